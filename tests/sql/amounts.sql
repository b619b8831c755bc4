-- amounts(), extract_amount(), extract_currency(): what the issue asks them to read.
-- Locale number formats.
select 'it-decimal-comma', extract_amount('2,1 milioni di euro', 'it') = 2100000;
select 'en-decimal-point', extract_amount('$3.8 billion', 'en') = 3.8e9 and extract_currency('$3.8 billion', 'en') = 'USD';
select 'vi-decimal-comma', extract_amount('43,7 tỷ USD', 'vi') = 43.7e9;
select 'de-grouping', extract_amount('1.234,5 Mio. €', 'de') = 1234.5e6 and extract_currency('1.234,5 Mio. €', 'de') = 'EUR';
select 'grouping-comma', extract_amount('$ 300,000', 'en') = 300000;
select 'grouping-dot-it', extract_amount('309.381 yen', 'it') = 309381;
select 'grouping-dot-vi', extract_amount('4.000 tỷ nhân dân tệ', 'vi') = 4e12;
select 'grouping-apostrophe', extract_amount('CHF 1''000', 'de') = 1000 and extract_currency('CHF 1''000', 'de') = 'CHF';
select 'grouping-space', extract_amount('1 000 000 €', 'fr') = 1e6;
select 'grouping-thin-space', extract_amount('2' || char(8239) || '500 €', 'fr') = 2500;
select 'indian-grouping', extract_amount('12,34,567.89 rupees', 'en') = 1234567.89 and extract_currency('12,34,567.89 rupees', 'en') = 'INR';
select 'full-width', extract_amount('１２３４元', 'zh') = 1234;
select 'lang-decides', extract_amount('1.234 euro', 'it') = 1234 and extract_amount('$1.234', 'en') = 1.234;
-- Scale words.
select 'scale-it', extract_amount('2,73 miliardi di yuan', 'it') = 2.73e9 and extract_amount('5 mila euro', 'it') = 5000;
select 'scale-vi', extract_amount('5 triệu đồng', 'vi') = 5e6 and extract_currency('5 triệu đồng', 'vi') = 'VND';
select 'scale-es', extract_amount('3 mil millones de dólares', 'es') = 3e9;
select 'scale-fr', extract_amount('2 milliards d''euros', 'fr') = 2e9;
select 'scale-zh', extract_amount('1200亿美元', 'zh') = 1.2e11 and extract_amount('3万亿元', 'zh') = 3e12;
select 'scale-ja', extract_amount('5億円', 'ja') = 5e8 and extract_amount('2兆円', 'ja') = 2e12;
select 'scale-ko', extract_amount('10억 달러', 'ko') = 1e9 and extract_amount('3조 원', 'ko') = 3e12;
select 'scale-hi', extract_amount('5 लाख रुपये', 'hi') = 5e5 and extract_amount('2 करोड़ रुपये', 'hi') = 2e7;
select 'scale-short', extract_amount('$5bn', 'en') = 5e9 and extract_amount('€3 mln', 'en') = 3e6 and extract_amount('$10k', 'en') = 1e4;
-- Spelled-out numbers.
select 'spelled-en', extract_amount('ten million dollars', 'en') = 1e7;
select 'spelled-it', extract_amount('dieci milioni di euro', 'it') = 1e7;
select 'spelled-vi', extract_amount('mười triệu đồng', 'vi') = 1e7;
select 'spelled-zh', extract_amount('三千万元', 'zh') = 3e7 and extract_amount('四十九兆九千五百九十二億元', 'zh') = 49959200000000;
-- Currency before or after, as symbol, code or name.
select 'cur-symbols', (select group_concat(currency, ' ') from amounts('$1, US$2, HK$3, NT$4, R$5, €6, £7, ₫8, ₩9, ₹10', 'en')) = 'USD USD HKD TWD BRL EUR GBP VND KRW INR';
select 'cur-codes', (select group_concat(currency, ' ') from amounts('USD 1, 2 CNY, RMB 3, 4 EUR, VND 5', 'en')) = 'USD CNY CNY EUR VND';
select 'yen-sign-zh', extract_currency('¥100', 'zh') = 'CNY';
select 'yen-sign-ja', extract_currency('¥100', 'ja') = 'JPY';
select 'cur-names', (select group_concat(currency, ' ') from amounts('5 dollars, 6 yuan, 7 euro', 'en')) = 'USD CNY EUR';
select 'cur-cjk', (select group_concat(currency, ' ') from amounts('5元 6美元 7港元 8欧元 9日元', 'zh')) = 'CNY USD HKD EUR JPY';
select 'cur-dong', extract_currency('300 nghìn đồng', 'vi') = 'VND';
select 'subunit', extract_amount('50 cents', 'en') = 0.5;
select 'subunit-after', extract_amount('2222円13銭', 'ja') = 2222.13;
select 'subunit-and', extract_amount('dreizehn Euro und fünfundvierzig Cent', 'de') = 13.45;
-- Qualifiers and ranges.
select 'kind-min', (select kind || ' ' || low from amounts('oltre 10 miliardi di yuan', 'it')) = 'min 10000000000.0';
select 'kind-approx', (select kind from amounts('circa 14,2 milioni di dollari', 'it')) = 'approx';
select 'kind-max', (select kind || ' ' || high from amounts('up to $5 million', 'en')) = 'max 5000000.0';
select 'kind-vi', (select kind from amounts('khoảng 5 tỷ USD', 'vi')) = 'approx';
select 'kind-zh', (select kind from amounts('逾100亿元', 'zh')) = 'min';
select 'range-en', (select kind || ' ' || low || ' ' || high || ' ' || currency from amounts('between 2 and 3 billion yuan', 'en')) = 'range 2000000000.0 3000000000.0 CNY';
select 'range-vi', (select low || ' ' || high from amounts('2-3 tỷ USD', 'vi')) = '2000000000.0 3000000000.0';
select 'range-zh', (select low || ' ' || high from amounts('2至3亿元', 'zh')) = '200000000.0 300000000.0';
-- Not money.
select 'not-money', (select count(*) from amounts('Nel 2021 il 45% delle 44.000 aziende ha venduto 2,1 milioni di giocattoli; tel. 055 123 4567, modello A320, 3-1.', 'it')) = 0;
-- A conversion in parentheses gives both amounts.
select 'parentheses', (select group_concat(value || ' ' || currency, '; ') from amounts('100 milioni di yuan (circa 14,2 milioni di dollari)', 'it')) = '100000000.0 CNY; 14200000.0 USD';
-- Spans: substr(text, pos, len) is the span, in characters.
select 'span', (select count(*) from (select 'Thành phố thu về 300 tỷ nhân dân tệ (43,7 tỷ USD)' as t), amounts(t, 'vi') where substr(t, pos, len) = text) = 2;
-- The language: detected when omitted.
select 'detected', extract_amount('Il distretto ha esportato articoli per un valore di 2,73 miliardi di yuan.') = 2.73e9;
-- NULL in, NULL out.
select 'null-text', extract_amount(null) is null and extract_currency(null, 'it') is null;
select 'null-lang', extract_amount('5 euro', null) is null;
select 'null-rows', (select count(*) from amounts(null)) = 0;
select 'none', extract_amount('nessun importo qui', 'it') is null;
select 'lang-case', extract_amount('5 euro', 'IT') = 5 and extract_amount('5 euro', 'pt-BR') = 5;
-- Change after the unit with its sub-unit unsaid: only 1-99, a currency with
-- cents, and where the clause ends.
select 'unsaid-change', extract_amount('Het bedrag is 5 euro 50', 'nl') = 5.5
  and extract_amount('het kost slechts 15 dollar en 15.', 'nl') = 15.15
  and extract_amount('Es kostet 13 Euro 45.', 'de') = 13.45;
select 'unsaid-change-not-before-word', extract_amount('It cost 15 dollars 20 times a day', 'en') = 15.0
  and extract_amount('It cost 15 dollars, 20 people paid.', 'en') = 15.0
  and extract_amount('It cost 15 dollars 120.', 'en') = 15.0;
select 'unsaid-change-no-cents', extract_amount('Costa 500 yen 50.', 'it') = 500.0;
-- Korean compound scale words after a group, and units after a small scale.
select 'ko-compound-scale', extract_amount('7천 5백만 달러', 'ko') = 75000000
  and extract_amount('2억 4천 7백만 달러', 'ko') = 247000000
  and extract_amount('천 4백만 달러', 'ko') = 14000000;
select 'units-after-small-scale', extract_amount('1만 2천 345 달러부터', 'ko') = 12345
  and extract_amount('30만9천381엔', 'ko') = 309381
  and extract_amount('5 thousand 200 dollars', 'en') = 5200;
select 'no-units-after-big-scale', extract_amount('10 million 2020 dollars', 'en') = 2020;
-- A symbol spelled with capitals matches only capitals: the article "a" and
-- the Spanish preposition "a" before "$" are not Australian dollars.
select 'letter-symbols-upper', extract_currency('won a $48.2 million contract', 'en') = 'USD'
  and extract_currency('aumentó a $ 63,45', 'es') = 'USD'
  and extract_currency('worth A$ 5 million', 'en') = 'AUD'
  and extract_currency('the S$ 12 billion deal', 'en') = 'SGD';
-- A symbol that is the ISO code ("ALL") matches like the code: capitals only.
select 'code-symbols-upper', extract_amount('All 70 of us and my pen 7 times', 'en') is null
  and extract_currency('it cost PEN 70', 'en') = 'PEN';
-- Terms are found without their accents too.
select 'unaccented', extract_amount('$ 48,2 milhoes', 'pt') = 48200000
  and extract_currency('90 millones de dolares', 'es') = 'USD'
  and extract_amount('5 ty dong', 'vi') = 5000000000;
-- Currencies of news archives and coins, as data: a word that does not say
-- which currency ("francs") or money with no ISO code (bitcoin) gives NULL.
select 'franc-no-code', (select value = 528e6 and currency is null from amounts('a value of 528 million francs', 'en'))
  and (select value = 2e10 and currency is null from amounts('20 milliards de francs', 'fr'));
select 'historic-currencies', extract_currency('6,65 mil millones de pesetas', 'es') = 'ESP'
  and extract_currency('250 millions de florins hollandais', 'fr') = 'NLG'
  and extract_amount('470 peniques por acción', 'es') = 4.7;
select 'coins', extract_amount('Een kwartje is weinig', 'nl') = 0.25
  and extract_amount('30 spänn för alltihop', 'sv') = 30 and extract_currency('30 spänn', 'sv') = 'SEK';
select 'bitcoin', (select value = 6.25 and currency is null from amounts('each block is now 6.25 BTC', 'en'))
  and extract_amount('the block reward is 6.25 btc', 'en') is null;
-- ICU's names of gold and fund units are not money: 계약금 holds 금 (gold).
select 'no-metals', extract_currency('계약금 5천 달러에 팔렸다', 'ko') = 'USD'
  and extract_amount('she won 5 gold medals', 'en') is null;
-- A currency word that is also a common word counts only after its number.
select 'currency-after', extract_amount('she won 5 medals', 'en') is null
  and extract_currency('it cost 5,000 won', 'en') = 'KRW'
  and extract_currency('R$ 5 e 1 real', 'pt') = 'BRL';
-- The katakana middle dot separates words: CLDR writes スイス フラン.
select 'katakana-dot', extract_currency('両替1.0092スイス・フラン', 'ja') = 'CHF';
select 'ja-man-oku', extract_amount('1万億円で', 'ja') = 1e12;
-- A hyphen joined to both sides links a number and its unit.
select 'hyphen-unit', extract_amount('a 12-cent-a-share dividend', 'en') = 0.12
  and extract_amount('its one-yen bid', 'en') = 1
  and (select kind = 'range' from amounts('2-3 million dollars', 'en'));
-- A scale after the unit.
select 'scale-after-unit', extract_amount('They lost 75 USD million', 'en') = 75e6;
-- A unit followed by a number opens the next amount when written against it
-- or when the amount before already has its unit; CJK writes no spaces.
select 'unit-leads-next', (select group_concat(value, ' ') from amounts('$ 20,000.00 $ 37,305.97 expenses', 'en')) = '20000.0 37305.97'
  and (select group_concat(text, '|') from amounts('1 $10 bill', 'en')) = '$10'
  and (select group_concat(text, '|') from amounts('4人民币5美元', 'zh')) = '4人民币|5美元';
-- A spelled-out number may end the text.
select 'spelled-at-end', extract_amount('it only cost thirteen dollars forty five', 'en') = 13.45
  and extract_amount('zwei Euro fünfzig', 'de') = 2.5;
-- Millions in the code ("120 MEUR"), and lower-case codes that are no word.
select 'mega-codes', extract_amount('an increase to 120 MEUR', 'en') = 120e6
  and extract_currency('revenues of about MAUD 60', 'en') = 'AUD'
  and extract_amount('revenues of about MAUD 60', 'en') = 60e6;
select 'lower-codes', (select group_concat(currency, ' ') from amounts('10 rmb 20 usd', 'en')) = 'CNY USD'
  and extract_amount('try 5 times', 'en') is null;
-- Sub-units after the unit, each smaller than the one before; 分 and 角
-- count only after their unit (on their own: a minute, the Pentagon).
select 'subunit-chain', extract_amount('50元6角3分', 'zh') = 50.63
  and extract_amount('5人民元と3角です', 'ja') = 5.3
  and extract_amount('545ドルと5セント', 'ja') = 545.05;
select 'subunit-after-only', extract_amount('五角大楼宣布了作战计划', 'zh') is null
  and extract_amount('比赛还剩三分钟', 'zh') is null;
-- Full-width separators inside full-width digits.
select 'full-width-decimal', extract_amount('兑换１．０７５３美元', 'zh') = 1.0753;
-- Suffixes glued to a currency word after its number, as data (Turkish).
select 'tr-suffixes', extract_currency('Fiyatı 100 avroydu', 'tr') = 'EUR'
  and extract_amount('Fiyatı 50 dolardan başlıyor', 'tr') = 50
  and extract_amount('100 milyar yuanı geçmiştir', 'tr') = 1e11
  and extract_amount('Fiyatı 50 dolardan başlıyor', 'en') is null;
-- Counts said only before a scale, as data per language: the article ("a
-- billion"), halves and quarters, and vague counts (at least: "tens of").
select 'count-article', extract_amount('They spent a billion dollars', 'en') = 1e9
  and extract_amount('un miliardo di dollari', 'it') = 1e9
  and extract_amount('mit einer Milliarde Euro', 'de') = 1e9
  and extract_amount('een miljard dollar', 'nl') = 1e9
  and extract_amount('a $5 bill', 'en') = 5;
select 'count-half', extract_amount('half a million pounds', 'en') = 5e5
  and extract_amount('a quarter of a billion dollars', 'en') = 2.5e8
  and extract_amount('un demi-milliard d''euros', 'fr') = 5e8
  and extract_amount('medio millón de dólares', 'es') = 5e5
  and extract_amount('eine halbe Million Euro', 'de') = 5e5;
select 'count-vague', (select kind || ' ' || low from amounts('tens of millions of dollars', 'en')) = 'min 10000000.0'
  and (select kind from amounts('centenas de milhões de reais', 'pt')) = 'min';
-- An article that is also the number one still reads as one: "un euro".
select 'count-or-one', extract_amount('un euro', 'fr') = 1 and extract_amount('uno euro', 'it') = 1;
-- A small scale word opens a number ("mil millones" is a thousand million);
-- groups of four digits only where the language counts so (万, 만).
select 'scale-first', extract_amount('mil millones de euros', 'es') = 1e9
  and extract_amount('mil milhões de euros', 'pt') = 1e9
  and extract_amount('300 mil milhões de euros', 'pt') = 3e11
  and extract_amount('mille euro', 'it') = 1000
  and extract_amount('7천 5백만 원', 'ko') = 7.5e7
  and extract_amount('I counted the dollars thousand of times', 'en') is null;
-- "from" with no range after it is not part of the amount.
select 'from-no-range', (select text from amounts('it fell from $52.1 billion', 'en')) = '$52.1 billion'
  and (select text from amounts('between 2 and 3 million dollars', 'en')) = 'between 2 and 3 million dollars';
-- Counts without "a" or "of a" ("half million"); "half" alone is no money.
select 'count-bare', extract_amount('It costs half million usd', 'en') = 5e5
  and extract_amount('three quarters billion us dollars', 'en') = 7.5e8
  and extract_amount('half of the exports', 'en') is null;
-- CLDR's narrow symbols that are signs of one currency only ("₡", "₾");
-- a sign several currencies share keeps its one meaning ("₩" is KRW).
select 'narrow-signs', (select group_concat(currency, ' ') from amounts('100 ₡, 100₾, 100,000 ₭ and 500 ₽', 'en')) = 'CRC GEL LAK RUB'
  and extract_currency('5 ₩', 'en') = 'KRW';
-- Bare unit words from CLDR's names, where the language puts the unit
-- ("Costa Rican colón", "조지아 라리", "boliviano"); one that several
-- currencies share says none ("pesos"), and none counts before a number.
select 'bare-units', (select group_concat(currency, ' ') from amounts('100 colóns, 100 lari, 100,000 kip and 500 rand', 'en')) = 'CRC GEL LAK ZAR'
  and extract_currency('100 라리를 지출했다', 'ko') = 'GEL'
  and extract_currency('50 bolivianos', 'es') = 'BOB'
  and extract_amount('9 pesos', 'en') = 9 and extract_currency('9 pesos', 'en') is null
  and extract_amount('lari 100', 'en') is null;
-- Positions are counted only when asked, in row order: asked of later rows only, and after
-- rows whose other columns alone were read, they are where the amounts are.
select 'pos-asked-late', (select group_concat(pos || ':' || len, ' ') from amounts('Früher €5 und €16 – später €70', 'de') where value > 5) = '15:3 28:3';
select 'pos-mixed-columns', (select group_concat(case when value = 16 then pos else value end, ' ') from amounts('Früher €5 und €16 – später €70', 'de')) = '5.0 15 70.0';
