-- Locales: the region decides what "$", "pesos" or "francs" mean; the
-- language alone keeps its own reading; explicit currencies always win.
-- (Each language's own examples are in data/lang/*/examples.tsv.)
select 'es.usd', extract_currency('Las ventas sumaron $500 millones.', 'es') = 'USD';
select 'es-MX.mxn', extract_currency('Las ventas sumaron $500 millones.', 'es-MX') = 'MXN';
select 'es_MX.posix', extract_currency('Las ventas sumaron $500 millones.', 'es_MX') = 'MXN';
select 'fr-CA.cad', extract_currency('Las ventas sumaron $500 millones.', 'fr-CA') = 'CAD';
select 'es-MX.pesos', (select currency from amounts('una multa de 20 millones de pesos', 'es-MX')) = 'MXN';
select 'es.pesos-unknown', (select currency is null and value = 2e7 from amounts('una multa de 20 millones de pesos', 'es'));
select 'es-MX.explicit-usd', (select group_concat(currency) from amounts('3 millones de dólares y US$2 millones', 'es-MX')) = 'USD,USD';
select 'fr-CA.explicit-usd', extract_currency('2 millions de dollars américains', 'fr-CA') = 'USD';
select 'it.explicit-usd', extract_currency('3 milioni di dollari USA', 'it-CH') = 'USD';
select 'zh-TW.explicit-usd', extract_currency('約合1.6億美元', 'zh-TW') = 'USD';
select 'en-AU.dollars', extract_currency('40 billion dollars', 'en-AU') = 'AUD';
select 'de-CH.fr', (select text = 'Fr. 3''400.–' and value = 3400 and currency = 'CHF'
  from amounts('Der Preis beträgt Fr. 3''400.– pro Monat.', 'de-CH'));
select 'de-CH.decimal', extract_amount('1.5 Millionen Franken', 'de-CH') = 1500000;
select 'de.decimal', extract_amount('1,5 Millionen Franken', 'de') = 1500000;
select 'fr-SN.fcfa', extract_currency('10 milliards FCFA', 'fr-SN') = 'XOF';
select 'fr-CM.fcfa', extract_currency('10 milliards FCFA', 'fr-CM') = 'XAF';
select 'fr.fcfa-unknown', extract_currency('10 milliards FCFA', 'fr') is null and extract_amount('10 milliards FCFA', 'fr') = 1e10;
select 'pt-PT.bilioes', extract_amount('2 biliões de euros', 'pt-PT') = 2e12;
select 'pt-BR.bilhoes', extract_amount('2 bilhões de reais', 'pt-BR') = 2e9;
select 'th.words', (select value = 5e6 and currency = 'THB' from amounts('5 ล้านบาท', 'th'));
select 'sv-SE.kr', extract_currency('200 miljoner kr', 'sv-SE') = 'SEK';
select 'en-IN.rupees', extract_currency('20 lakh rupees', 'en-IN') = 'INR';
select 'en-PK.rs', extract_currency('Rs 9.4 trillion', 'en-PK') = 'PKR';
-- NULL in, nothing out; bad locales are errors (tests/golden/amounts_errors.sql).
select 'null-locale', (select count(*) from amounts('$5 million', NULL)) = 0;
select 'null-locale.scalar', extract_currency('$5 million', NULL) is null;
select 'currencies.locale', (select symbol from currencies('es-MX') where code = 'MXN') = '$';

-- articles: the locale of each file, and how it is known.
select 'articles.front-locale', (select lang = 'es' and locale = 'es-MX' and locale_how = 'front matter' and error is null
  from articles('fx/locale') where path = 'front-locale.txt');
select 'articles.front-lang-region', (select lang = 'fr' and locale = 'fr-CA' and locale_how = 'front matter'
  from articles('fx/locale') where path = 'front-lang-region.txt');
select 'articles.dateline', (select lang = 'es' and locale = 'es-MX' and locale_how = 'dateline'
  from articles('fx/locale') where path = 'dateline-es-mx.txt');
select 'articles.dateline-not-official', (select lang = 'en' and locale = 'en' and locale_how = 'language'
  from articles('fx/locale') where path = 'dateline-en-mx.txt');
select 'articles.dateline-italian-in-china', (select locale = 'it' and locale_how = 'language'
  from articles('fx/locale') where path = 'dateline-it-cn.txt');
select 'articles.language', (select locale = 'it' and locale_how = 'language'
  from articles('fx/locale') where path = 'language.txt');
select 'articles.bad-lang', (select lang = 'it' and locale = 'it' and body like 'Il valore%'
  and error = 'front matter: lang ''Italian'' is not a language code ICU knows (expected ''it'' or ''es-MX'')'
  from articles('fx/locale') where path = 'bad-lang.txt');
select 'articles.bad-locale', (select lang = 'it' and locale = 'it'
  and error = 'front matter: locale ''zz-ZZ'' is not a language code ICU knows (expected ''it'' or ''es-MX''); front matter: date ''someday'' is not a date like 2021-12-14'
  from articles('fx/locale') where path = 'bad-locale.txt');
select 'articles.amounts-by-locale', (select group_concat(a.path || ':' || m.currency, ' ')
  from articles('fx/locale') as a, amounts(a.body, a.locale) as m
  where a.path in ('dateline-es-mx.txt', 'dateline-en-mx.txt', 'front-lang-region.txt')) =
  'dateline-en-mx.txt:USD dateline-es-mx.txt:MXN front-lang-region.txt:CAD';
