-- amounts(): how articles say sums beyond a plain number and currency.
-- Each line: name, then a condition that must be 1.
-- Qualifiers after the sum.
select 'after-en', (select kind || ' ' || low from amounts('$5 million or more', 'en')) = 'min 5000000.0';
select 'after-en-max', (select kind || ' ' || high from amounts('3 billion euros or less', 'en')) = 'max 3000000000.0';
select 'after-it', (select kind from amounts('5 milioni di euro e oltre', 'it')) = 'min';
select 'after-zh', (select kind || ' ' || value from amounts('投资5亿元以上', 'zh')) = 'min 500000000.0';
select 'after-vi', (select kind from amounts('5 tỷ USD trở lên', 'vi')) = 'min';
select 'after-ko', (select kind from amounts('1억 원 이상', 'ko')) = 'min';
select 'after-ja', (select kind from amounts('100億円以上', 'ja')) = 'min';
-- 多 and 余 inside a Chinese number, or before its unit.
select 'duo-inside', (select group_concat(value || ' ' || kind, '|') from amounts('十多万元，3000多万元，100余亿美元', 'zh'))
  = '100000.0 min|30000000.0 min|10000000000.0 min';
select 'duo-before-unit', (select value || ' ' || kind from amounts('5亿多元', 'zh')) = '500000000.0 min';
-- Verbs that bound a sum.
select 'verb-en', (select group_concat(kind, '|') from amounts('exports exceeded $5 million and approached $6 million', 'en')) = 'min|approx';
select 'verb-it', (select group_concat(kind, '|') from amounts('ha superato i 5 milioni di euro, sfiorato 6 milioni di euro', 'it')) = 'min|approx';
select 'verb-fr', (select group_concat(kind, '|') from amounts('a dépassé 5 millions d''euros, frôlé 6 millions d''euros', 'fr')) = 'min|approx';
select 'verb-de', (select kind from amounts('übersteigt 5 Mio. Euro', 'de')) = 'min';
select 'verb-vi', (select kind from amounts('vượt 5 tỷ USD', 'vi')) = 'min';
select 'verb-zh', (select kind from amounts('突破5亿美元', 'zh')) = 'min';
-- "Up to" under a change word is the level reached.
select 'up-to-change-vi', (select kind || ' ' || role from amounts('Xuất khẩu tăng lên tới 5 tỷ USD', 'vi')) = 'exact to';
select 'up-to-level-vi', (select kind || ' ' || role from amounts('vốn lên tới 3 tỷ USD', 'vi')) = 'max level';
-- Vague magnitudes: the least they mean.
select 'vague-en', (select group_concat(value || ' ' || kind, '|') from amounts('several hundred thousand dollars, several million dollars, tens of millions of dollars', 'en'))
  = '200000.0 min|2000000.0 min|10000000.0 min';
select 'vague-zh', (select group_concat(value || ' ' || kind, '|') from amounts('数十亿元，上百亿美元', 'zh')) = '1000000000.0 min|10000000000.0 min';
select 'vague-vi', (select value || ' ' || kind from amounts('hàng chục triệu đồng', 'vi')) = '10000000.0 min';
select 'vague-it', (select kind from amounts('decine di miliardi di euro', 'it')) = 'min';
select 'vague-de', (select value || ' ' || kind from amounts('mehrere Milliarden Euro', 'de')) = '2000000000.0 min';
-- Spoken decimal points.
select 'point-en', (select group_concat(value, '|') from amounts('1 point 5 billion dollars, one point five million dollars', 'en')) = '1500000000.0|1500000.0';
select 'point-zh', (select group_concat(value, '|') from amounts('一点五亿元，3点5亿美元', 'zh')) = '150000000.0|350000000.0';
select 'point-vi', (select value from amounts('1 phẩy 5 tỷ đồng', 'vi')) = 1500000000;
select 'point-fr', (select value from amounts('2 virgule 5 milliards d''euros', 'fr')) = 2500000000;
-- Compound sums and slang.
select 'compound-en', extract_amount('5 dollars and 20 cents', 'en') = 5.2;
select 'compound-myr', (select value || ' ' || currency from amounts('3 ringgit 50 sen', 'en')) = '3.5 MYR';
select 'slang-quid', (select value || ' ' || currency from amounts('5 quid', 'en')) = '5.0 GBP';
select 'slang-bucks', (select currency from amounts('20 bucks', 'en')) = 'USD';
select 'slang-k', extract_amount('$5k', 'en') = 5000;
select 'slang-kuai', (select group_concat(value || ' ' || currency, '|') from amounts('花了50块钱，20块', 'zh')) = '50.0 CNY|20.0 CNY';
-- English names in other languages, and the signs of every region's press.
select 'english-fr', (select group_concat(currency, '|') from amounts('300 euros, 20 US dollars', 'fr')) = 'EUR|USD';
select 'english-it', (select currency from amounts('5 milioni di US dollars', 'it')) = 'USD';
select 'english-vi', (select currency from amounts('300 euros', 'vi')) = 'EUR';
select 'english-es-shared', (select value || ' ' || ifnull(currency, '-') from amounts('5 Rupees', 'es')) = '5.0 -';
select 'adjective-fr', (select currency from amounts('3 millions de dollars australiens', 'fr')) = 'AUD';
select 'region-signs', (select group_concat(currency, '|') from amounts('S/ 500, KSh 2 billion, ₦5 billion, GH₵ 3 million, RM 5, Rp 5, ₱5 billion', 'en'))
  = 'PEN|KES|NGN|GHS|MYR|IDR|PHP';
select 'region-sign-es', (select currency from amounts('S/ 500 millones', 'es')) = 'PEN';
-- Not money: a region's sign in small letters elsewhere, one letter, words that hold a money syllable.
select 'not-den', (select count(*) from amounts('für den 300 Euro', 'de')) = 1
   and (select text from amounts('für den 300 Euro', 'de')) = '300 Euro';
select 'not-one-letter', (select count(*) from amounts('Form R 5 was filed', 'en')) = 0;
select 'not-vi-words', (select group_concat(text, '|') from amounts('hợp đồng 500 triệu, 5 đồng hồ, cộng đồng 5 tỷ, 5 tỷ đồng', 'vi')) = '5 tỷ đồng';
-- Not money: vague counts, spoken decimals and "more" of counts.
select 'not-vague-count', (select count(*) from amounts('several hundred thousand people and tens of millions of viewers', 'en')) = 0;
select 'not-vague-zh', (select count(*) from amounts('数十亿人，十多万人', 'zh')) = 0;
select 'not-point', (select count(*) from amounts('rates rose 1 point 5 times', 'en')) = 0;
select 'not-after-count', (select count(*) from amounts('5,000 workers or more', 'en')) = 0;
select 'not-time-zh', (select count(*) from amounts('下午3点30分开会', 'zh')) = 0;
-- Spoken Chinese sums: one numeral after 块 or 元 is 角 (tenths), after 毛 分.
select 'kuai-tenths', (select group_concat(value, '|') from amounts('一块二，三块五，一块二毛五', 'zh')) = '1.2|3.5|1.25';
select 'jiao-any-yuan', (select value || ' ' || currency from amounts('3元5角', 'zh-TW')) = '3.5 TWD';
select 'euro-cents-unsaid', extract_amount('5 euro 50', 'it') = 5.5;
select 'traditional-zh', (select group_concat(currency, '|') from amounts('港幣5億元，人民幣300億元，5000萬美金', 'zh-TW')) = 'HKD|CNY|USD';
-- The currency of the paragraph: a sum with a money scale and no currency, ending its
-- clause in a sentence about money, takes the currency of the amount before it.
select 'paragraph-it', (select group_concat(ifnull(currency, '-'), '|') from amounts('Nel 2021 le esportazioni hanno raggiunto 100 milioni di euro. Il fatturato è salito a 3 mld.', 'it')) = 'EUR|EUR';
select 'paragraph-en', (select group_concat(value || ' ' || currency, '|') from amounts('Exports reached $5 billion. Imports were 3 billion.', 'en')) = '5000000000.0 USD|3000000000.0 USD';
select 'paragraph-zh', (select group_concat(currency, '|') from amounts('去年出口额达50亿美元。进口额为30亿。', 'zh')) = 'USD|USD';
select 'paragraph-vi', (select group_concat(currency, '|') from amounts('Kim ngạch xuất khẩu đạt 5 tỷ USD. Nhập khẩu đạt 3 tỷ.', 'vi')) = 'USD|USD';
select 'paragraph-de', (select group_concat(currency, '|') from amounts('Der Umsatz lag bei 5 Mrd. Euro. Der Gewinn stieg auf 1,2 Mrd.', 'de')) = 'EUR|EUR';
-- ... and not on counts, without a subject of money, across a blank line, or with no amount before.
select 'paragraph-not-count-it', (select count(*) from amounts('Le vendite sono state di 100 milioni di euro. Sono stati prodotti 2,1 milioni di giocattoli.', 'it')) = 1;
select 'paragraph-not-units-en', (select count(*) from amounts('Sales reached $5 billion. Sales were 3 million units.', 'en')) = 1;
select 'paragraph-not-subject-en', (select count(*) from amounts('Exports reached $5 billion. The population is 3 million.', 'en')) = 1;
select 'paragraph-not-people-zh', (select count(*) from amounts('出口额达50亿美元，人口为14亿人。', 'zh')) = 1;
select 'paragraph-not-blank-line', (select count(*) from amounts('Exports reached $5 billion.' || char(10) || char(10) || 'Imports were 3 billion.', 'en')) = 1;
select 'paragraph-not-first', (select count(*) from amounts('Exports were 3 billion.', 'en')) = 0;
-- Signs the press writes beyond CLDR's; "Bs." is the bolívar of the region's locale.
select 'press-signs', (select group_concat(currency, '|') from amounts('S/. 500, Tk 500 crore, Dhs 5 million, RD$ 500, ₵ 3 million, USh 2 billion', 'en'))
  = 'PEN|BDT|AED|DOP|GHS|UGX';
select 'press-bs-region', (select currency from amounts('Bs. 30 millones', 'es-BO')) = 'BOB'
   and (select currency from amounts('Bs. 30 millones', 'es-VE')) = 'VES'
   and (select currency from amounts('Bs. 30 millones', 'es')) IS NULL;
-- A bare sum right after an amount of the same scale in its sentence takes its currency.
select 'sentence-fr', (select group_concat(value || ' ' || currency, '|') from amounts('un plan d''économies de 10 milliards d''euros pour 2024, dont 5 milliards sur le budget de l''État', 'fr'))
  = '10000000000.0 EUR|5000000000.0 EUR';
select 'sentence-es', (select group_concat(currency, '|') from amounts('La deuda se sitúa en 11.200 millones de euros, frente a 9.800 millones hace un año.', 'es')) = 'EUR|EUR';
select 'sentence-it', (select group_concat(currency, '|') from amounts('ha incassato 102,5 miliardi di euro dei 194,4 miliardi previsti', 'it')) = 'EUR|EUR';
select 'sentence-de', (select group_concat(currency, '|') from amounts('Ausgaben von 488,6 Milliarden Euro vor, rund 12 Milliarden weniger als im laufenden Jahr', 'de')) = 'EUR|EUR';
select 'sentence-not-count', (select count(*) from amounts('Sales of 100 milioni di euro e 2,1 milioni di giocattoli', 'it')) = 1;
select 'sentence-not-other-scale', (select count(*) from amounts('Sales reached $5 billion on 3 million units', 'en')) = 1;
select 'sentence-not-next', (select count(*) from amounts('Sales reached $5 billion. Then 3 billion people watched.', 'en')) = 1;
-- Scales joined by a hyphen; a year is no low bound of a range.
select 'hyphen-scale', (select group_concat(value, '|') from amounts('a $750-million loan and a 2-billion-euro deal', 'en')) = '750000000.0|2000000000.0';
select 'year-not-bound', (select group_concat(text, '|') from amounts('from 36,883 yuan in 2022 to 39,218 yuan', 'en')) = '36,883 yuan|39,218 yuan';
select 'year-range-between', (select kind from amounts('between 2000 and 3000 dollars', 'en')) = 'range';
-- Roles: a percentage between a change word and the level reached; "by" as a connector; "to reach".
select 'role-after-percent-fr', (select role from amounts('L''action a bondi de 7,2 % à 58,40 € à la Bourse', 'fr')) = 'to';
select 'role-after-percent-vi', (select role from amounts('cổ phiếu HAS tăng 4,3% lên 27.450 đồng', 'vi')) = 'to';
select 'role-connector-by-fr', (select group_concat(role, '|') from amounts('Le chiffre d''affaires a augmenté de 420 millions d''euros pour atteindre 3,6 milliards d''euros', 'fr')) = 'change|to';
select 'role-to-reach-en', (select group_concat(role, '|') from amounts('Sales increased by $2 billion to reach $10 billion', 'en')) = 'change|to';
-- Long scales: billón and bilião are 10^12; "mil milhões" 10^9; Vietnamese triệu tỷ 10^15.
select 'billones-es', (select value from amounts('$ 1,5 billones', 'es-AR')) = 1.5e12;
select 'bilioes-pt', (select value from amounts('34,6 biliões de kwanzas', 'pt-AO')) = 3.46e13;
select 'mil-milhoes-pt', (select value from amounts('3,2 mil milhões de euros', 'pt')) = 3.2e9;
select 'trieu-ty-vi', (select value from amounts('1,27 triệu tỷ đồng', 'vi')) = 1.27e15;
-- The dash of a price's "no cents" mark is no minus of the next sum (found by the fuzzer).
select 'no-cents-then-sum', (select group_concat(value, '|') from amounts('$3.-34,5 MEUR 2n 1', 'vi')) = '3.0|34500000.0';
-- A sub-unit alone is of the region's currency: cents in Australia,
-- centavos in Mexico, Rappen in Switzerland; with no region as before.
select 'cents-region', (select group_concat(value || ' ' || currency, '|') from amounts('Petrol rose 12 cents a litre, to $2.10.', 'en-AU'))
  = '0.12 AUD|2.1 AUD';
select 'cents-no-region', (select currency from amounts('Petrol rose 12 cents a litre.', 'en')) = 'USD';
select 'centavos-region', (select value || ' ' || currency from amounts('El litro subió 50 centavos.', 'es-MX')) = '0.5 MXN';
select 'centavos-no-region', (select value || ' ' || coalesce(currency, '-') from amounts('El litro subió 50 centavos.', 'es')) = '0.5 -';
select 'rappen-region', (select value || ' ' || currency from amounts('Der Liter kostet 20 Rappen mehr.', 'de-CH')) = '0.2 CHF';
select 'centavos-pt-region', (select value || ' ' || currency from amounts('A gasolina subiu 20 centavos por litro.', 'pt-BR')) = '0.2 BRL';
-- The Mexican press's mdd and mdp: millions of dollars, of pesos.
select 'mdd', (select group_concat(text || '=' || value || ' ' || currency, '|') from amounts('Una inversión de mil 98 mdd y otra de 350 mdp.', 'es-MX'))
  = 'mil 98 mdd=1098000000.0 USD|350 mdp=350000000.0 MXN';
select 'mmdd', (select value || ' ' || currency from amounts('Invertirá 2.5 mmdd en Nuevo León.', 'es')) = '2500000000.0 USD';
select 'not-mdd', (select count(*) from amounts('La mdd de la empresa', 'es-MX')) = 0;
-- After a "between" or "from" word, an "up to" word closes the range, as
-- many languages write "from X up to Y"; alone it stays "up to".
select 'from-upto-sk', (select kind || ' ' || low || ' ' || high from amounts('Náklady budú od 3 do 5 mil. eur.', 'sk')) = 'range 3000000.0 5000000.0';
select 'from-upto-ro', (select kind || ' ' || low || ' ' || high from amounts('Bugetul va fi de la 3 până la 5 milioane de euro.', 'ro')) = 'range 3000000.0 5000000.0';
select 'from-upto-el', (select kind || ' ' || low || ' ' || high from amounts('Το κόστος θα είναι από 3 έως 5 εκατ. ευρώ.', 'el')) = 'range 3000000.0 5000000.0';
select 'from-upto-hr', (select kind || ' ' || low || ' ' || high from amounts('Troškovi će biti od 3 do 5 milijuna eura.', 'hr')) = 'range 3000000.0 5000000.0';
select 'upto-alone-sk', (select kind || ' ' || value from amounts('Náklady budú do 5 mil. eur.', 'sk')) = 'max 5000000.0';
select 'upto-alone-el', (select kind || ' ' || value from amounts('Το κόστος θα είναι έως 5 εκατ. ευρώ.', 'el')) = 'max 5000000.0';
-- A scale word in CLDR's singular-only form is one of it: "milión eur",
-- "миллион долларов", "miljoona euroa"; plurals and English "million"
-- (one form for both) are not.
select 'scale-one-sk', (select value || ' ' || currency from amounts('Projekt stojí milión eur.', 'sk')) = '1000000.0 EUR';
select 'scale-one-ru', (select value || ' ' || currency from amounts('Проект стоит миллион долларов.', 'ru')) = '1000000.0 USD';
select 'scale-one-fi', (select value || ' ' || currency from amounts('Hanke maksaa miljoona euroa.', 'fi')) = '1000000.0 EUR';
select 'scale-one-pl', (select value || ' ' || currency from amounts('Inwestycja za milion złotych.', 'pl')) = '1000000.0 PLN';
select 'scale-plural-not-one', (select count(*) from amounts('Инвесторы потеряли миллионы, а не миллион.', 'ru')) = 0;
select 'scale-one-not-en', (select count(*) from amounts('The firm paid million dollars.', 'en')) = 0;
-- The decimal digits of every script, with the Arabic decimal and
-- thousands separators: "٣٫٥ مليار", "५ करोड़", "๕ ล้านบาท", "５０亿元".
select 'digits-arabic', (select group_concat(value, '|') from amounts('بلغت الصادرات ٣٫٥ مليار دولار و ١٬٢٠٠ جنيه', 'ar')) = '3500000000.0|1200.0';
select 'digits-devanagari', (select value || ' ' || currency from amounts('कंपनी ने ५ करोड़ रुपये का निवेश किया', 'hi')) = '50000000.0 INR';
select 'digits-thai', (select value || ' ' || currency from amounts('มูลค่า ๕ ล้านบาท', 'th')) = '5000000.0 THB';
select 'digits-persian', (select value from amounts('صادرات به ۵ میلیون دلار رسید', 'fa')) = 5000000.0;
select 'digits-fullwidth', (select value from amounts('出口增长至５０亿元', 'zh')) = 5000000000.0;
-- Ukrainian writes an apostrophe inside words ("п’ять", "дев'ятсот"); other
-- languages' apostrophes still part words ("d'euros", "dell'").
select 'apostrophe-uk', (select group_concat(value || ' ' || currency, '|') from amounts('Уряд виділив п’ять мільйонів гривень і дев''ятсот тисяч доларів.', 'uk'))
  = '5000000.0 UAH|900000.0 USD';
select 'apostrophe-fr', (select value from amounts('un prêt de 5 millions d''euros', 'fr')) = 5000000.0;
-- CLDR's scale words from the nearest locale that has them: ur_IN writes
-- other digits and keeps the Latin-digit patterns in ur.
select 'scales-parent-ur-IN', (select group_concat(value, '|') from amounts('5 ارب ڈالر، 5 لاکھ روپے', 'ur-IN')) = '5000000000.0|500000.0';
-- A qualifier after the number and before its unit, with or without a
-- connector: "5亿多元", "5 сая орчим төгрөг", "3 milions i escaig d'euros".
select 'qualifier-inside-zh', (select kind || ' ' || value from amounts('投资5亿多元。', 'zh')) = 'min 500000000.0';
select 'qualifier-inside-mn', (select kind || ' ' || currency from amounts('Төсөл 5 сая орчим төгрөг зарцуулна.', 'mn')) = 'approx MNT';
select 'qualifier-inside-ca', (select kind || ' ' || currency from amounts('Costarà 3 milions i escaig d''euros.', 'ca')) = 'min EUR';
select 'qualifier-inside-en', (select kind || ' ' || value from amounts('5 million or more dollars', 'en')) = 'min 5000000.0';
-- Between two numbers, an "up to" word is the "to" of a range.
select 'upto-between-id', (select kind || ' ' || low || ' ' || high from amounts('Nilai proyek Rp 3 triliun hingga Rp 5 triliun.', 'id')) = 'range 3000000000000.0 5000000000000.0';
select 'upto-between-he', (select kind || ' ' || low || ' ' || high from amounts('העלות תהיה מ-20 עד 30 מיליון שקל.', 'he')) = 'range 20000000.0 30000000.0';
select 'upto-between-en', (select kind || ' ' || low || ' ' || high from amounts('The fund will invest $5 million up to $10 million.', 'en')) = 'range 5000000.0 10000000.0';
select 'upto-alone-id', (select kind from amounts('Nilai proyek hingga Rp 5 triliun.', 'id')) = 'max';
-- Groups of a number joined by "and": "3 مليارات و500 مليون", "۵۸ هزار و ۵۰۰".
select 'and-groups-ar', (select value from amounts('بلغت الاستثمارات 3 مليارات و500 مليون دولار', 'ar')) = 3500000000.0;
select 'and-groups-fa', (select value || ' ' || currency from amounts('۵۸ هزار و ۵۰۰ تومان', 'fa')) = '585000.0 IRR';
select 'and-groups-en', (select value from amounts('3 million and 500 thousand dollars', 'en')) = 3500000.0;
select 'and-groups-not-count', (select group_concat(text, '|') from amounts('$3 million and 500 jobs', 'en')) = '$3 million';
-- The dollar sign with its region or code, made from CLDR for every dollar whose code begins with its region's.
select 'dollar-region-fr', (select value || ' ' || currency from amounts('Les exportations ont atteint 10,05 milliards de $ HK.', 'fr')) = '10050000000.0 HKD';
select 'dollar-code-fr', (select value || ' ' || currency from amounts('Une charge de 300 millions de $CAD.', 'fr')) = '300000000.0 CAD';
select 'dollar-region-de', (select value || ' ' || currency from amounts('Der Auftrag hat einen Wert von 5 Mio. $CA.', 'de')) = '5000000.0 CAD';
select 'dollar-region-es', (select value || ' ' || currency from amounts('Vendió 300 millones de MX$ en bonos.', 'es')) = '300000000.0 MXN';
select 'dollar-region-en', (select group_concat(currency, ' ') from amounts('HK$5 million and CAD$ 3 million', 'en')) = 'HKD CAD';
select 'dollar-region-east-caribbean', (select currency from amounts('EC$ 5 million', 'en')) = 'XCD';
select 'dollar-us-ar', (select group_concat(value || ' ' || currency, '|') from amounts('Invirtió U$S 100 millones y u$s 5 millones.', 'es-AR')) = '100000000.0 USD|5000000.0 USD';
select 'dollar-us-uy', (select value || ' ' || currency from amounts('Un préstamo de U$D 30 millones.', 'es-UY')) = '30000000.0 USD';
-- A bound with a scale word and one without are no range: the second would repeat it.
select 'scaled-then-bare-pt', (select group_concat(text || ' ' || role, '|') from amounts('Um plano de R$ 5 bilhões para 2025.', 'pt-BR')) = 'R$ 5 bilhões level';
select 'scaled-then-bare-de', (select group_concat(text || ' ' || kind, '|') from amounts('Die Firma investiert 5 Mrd. Euro bis 2030.', 'de')) = '5 Mrd. Euro exact';
select 'scaled-then-bare-en', (select group_concat(text || ' ' || kind, '|') from amounts('It plans to invest $5 billion to 2030.', 'en')) = '$5 billion exact';
select 'scaled-then-bare-es', (select group_concat(text || ' ' || kind, '|') from amounts('Invertirá 2.500 millones de euros hasta 2027.', 'es')) = '2.500 millones de euros exact';
select 'scaled-then-scaled-es', (select kind || ' ' || low || ' ' || high from amounts('entre 2 y 3 millones de euros', 'es')) = 'range 2000000.0 3000000.0';
-- A change's first bound with its year before the "to": two amounts, the first taking the second's unit.
select 'change-year-fr', (select group_concat(value || ' ' || currency || ' ' || role || ' ' || kind, '|') from amounts('La charge de la dette passera de 52 milliards en 2024 à environ 72 milliards d''euros en 2027.', 'fr')) = '52000000000.0 EUR from exact|72000000000.0 EUR to approx';
select 'change-year-de', (select group_concat(value || ' ' || role, '|') from amounts('Der Umsatz stieg von 3 Mrd. im Jahr 2022 auf 5 Mrd. Euro.', 'de')) = '3000000000.0 from|5000000000.0 to';
select 'change-year-it', (select group_concat(value || ' ' || role, '|') from amounts('I ricavi sono passati da 3,2 miliardi nel 2022 a 3,9 miliardi di euro.', 'it')) = '3200000000.0 from|3900000000.0 to';
select 'change-year-es', (select group_concat(value || ' ' || currency || ' ' || role, '|') from amounts('El gasto pasó de 18.000 millones en 2022 a 22.000 millones de euros.', 'es')) = '18000000000.0 EUR from|22000000000.0 EUR to';
select 'change-year-en-sign', (select group_concat(value || ' ' || currency || ' ' || role, '|') from amounts('Exports grew from 52 billion in 2023 to $72 billion in 2024.', 'en')) = '52000000000.0 USD from|72000000000.0 USD to';
select 'change-year-not-range', (select group_concat(text, '|') from amounts('Between 52 in 2023 and $72 billion', 'en')) = '$72 billion';
-- Change left unsaid after a unit is read only without a scale: "$5 million and 6" is $5 million.
select 'unsaid-change-not-scaled', (select value from amounts('between $5 million and 6', 'en')) = 5000000.0;
-- Spelled-out numbers in every cardinal rule set of ICU's RBNF data: genders and cases.
select 'cardinal-feminine-ru', (select value from amounts('Цена составила двадцать одна тысяча рублей.', 'ru')) = 21000.0;
select 'cardinal-feminine-pl', (select value || ' ' || currency from amounts('Bilet kosztuje dwie złote.', 'pl')) = '2.0 PLN';
select 'cardinal-feminine-cs', (select value || ' ' || currency from amounts('Rohlík stojí dvě koruny.', 'cs')) = '2.0 CZK';
select 'cardinal-feminine-es', (select value || ' ' || currency from amounts('Pagó doscientas libras.', 'es')) = '200.0 GBP';
select 'cardinal-feminine-pt', (select value || ' ' || currency from amounts('Custou duas libras.', 'pt')) = '2.0 GBP';
select 'cardinal-genitive-fi', (select value || ' ' || currency from amounts('Yhtiö teki kahden miljardin euron kaupan.', 'fi')) = '2000000000.0 EUR';
-- A first word of currency names written before another name's unit word is an adjective, not a unit.
select 'adjective-not-unit-it', (select count(*) from amounts('È un nuovo record per il porto.', 'it')) = 0;
select 'adjective-not-unit-fr', (select count(*) from amounts('C''est un nouveau record pour le port.', 'fr')) = 0;
select 'adjective-not-unit-pt', (select count(*) from amounts('São 14 milhões de brasileiros.', 'pt')) = 0;
select 'adjective-dropped-it', (select value || ' ' || currency from amounts('Costa 5 dollari taiwanesi.', 'it')) = '5.0 TWD';
select 'adjective-dropped-es', (select value || ' ' || currency from amounts('Costó 7 dólares taiwaneses.', 'es')) = '7.0 TWD';
select 'adjective-dropped-fr', (select value || ' ' || currency from amounts('Il coûte 6 dollars taïwanais.', 'fr')) = '6.0 TWD';
-- A sub-unit word of another currency, worth a hundredth, after a unit of two decimals: that unit's.
select 'subunit-of-unit-en', (select value || ' ' || currency from amounts('It costs 5 euros and 20 cents.', 'en')) = '5.2 EUR';
select 'subunit-of-unit-it', (select value || ' ' || currency from amounts('Costa solo 15 dollari e 15 centesimi.', 'it')) = '15.15 USD';
select 'subunit-of-unit-en-yen', (select group_concat(value || ' ' || currency, '|') from amounts('5 yen and 20 cents', 'en')) = '5.0 JPY|0.2 USD';
-- Subjects of money of more than three tokens, and the full stops of other scripts.
select 'subject-apostrophe-fr', (select group_concat(value || ' ' || currency, '|') from amounts('Le groupe a levé 2 milliards d''euros. Son chiffre d''affaires a atteint 12 milliards.', 'fr')) = '2000000000.0 EUR|12000000000.0 EUR';
select 'sentence-end-hi', (select group_concat(value || ' ' || coalesce(currency, '-'), '|') from amounts('कंपनी ने 500 करोड़ रुपये का निवेश किया। देश की आबादी 140 करोड़ है।', 'hi')) = '5000000000.0 INR';
select 'sentence-end-ar', (select count(*) from amounts('استثمرت الشركة 5 ملايين دولار؟ يبلغ عدد السكان 3 ملايين.', 'ar')) = 1;
-- A subject of money right after a bare sum: it takes the paragraph's currency.
select 'subject-after-fr', (select group_concat(value || ' ' || currency, '|') from amounts('Dumont a réalisé 3,2 milliards d''euros. Le nouvel ensemble pèsera près de 12 milliards de chiffre d''affaires.', 'fr')) = '3200000000.0 EUR|12000000000.0 EUR';
select 'subject-after-it', (select group_concat(value || ' ' || currency, '|') from amounts('Ricavi a 3 miliardi di euro. Il gruppo punta a 5 miliardi di fatturato nel 2026.', 'it')) = '3000000000.0 EUR|5000000000.0 EUR';
select 'subject-after-de', (select group_concat(value || ' ' || currency, '|') from amounts('Der Umsatz lag bei 3 Mrd. Euro. Ziel sind 5 Mrd. Umsatz im Jahr 2026.', 'de')) = '3000000000.0 EUR|5000000000.0 EUR';
select 'subject-after-es', (select group_concat(value || ' ' || currency, '|') from amounts('Las ventas sumaron 3.000 millones de euros. El grupo espera 5.000 millones de ingresos en 2026.', 'es')) = '3000000000.0 EUR|5000000000.0 EUR';
select 'subject-after-not-count', (select count(*) from amounts('Las ventas sumaron 3.000 millones de euros. El país tiene 47 millones de habitantes.', 'es')) = 1;
-- The bare first bound of a range takes the second's scale, also for the sums after it.
select 'range-scale-es', (select group_concat(value || ' ' || currency, '|') from amounts('El Gobierno aportará entre 2 y 3 millones de euros por proyecto, y hasta 150 millones en total.', 'es')) = '2000000.0 EUR|150000000.0 EUR';
-- A "by" word followed by a "from" or connector says when: "sobe em janeiro de 820 para 870 euros".
select 'by-then-from-pt', (select group_concat(value || ' ' || role, '|') from amounts('O salário mínimo sobe em janeiro de 820 para 870 euros.', 'pt-PT')) = '820.0 from|870.0 to';
select 'by-alone-pt', (select role from amounts('As exportações subiram em 5 milhões de reais.', 'pt-BR')) = 'change';
-- A restatement after more words on the first sum, where the restating word stands just before it.
select 'restates-far-fr', (select group_concat(coalesce(restates, '-'), '|') from amounts('Les recettes devraient rapporter environ 300 milliards de FCFA la première année, soit près de 457 millions d''euros.', 'fr-SN')) = '-|1';
select 'restates-far-en', (select group_concat(coalesce(restates, '-'), '|') from amounts('Exports reached 5 billion yuan in the first half of the year, equivalent to 700 million dollars.', 'en')) = '-|1';
select 'restates-far-it', (select group_concat(coalesce(restates, '-'), '|') from amounts('L''accordo vale 100 milioni di yuan nei primi tre anni, pari a circa 14 milioni di dollari.', 'it')) = '-|1';
select 'restates-far-es', (select group_concat(coalesce(restates, '-'), '|') from amounts('La inversión será de 500 millones de pesos durante el primer año, equivalentes a 25 millones de dólares.', 'es-MX')) = '-|1';
select 'restates-far-not', (select group_concat(coalesce(restates, '-'), '|') from amounts('Exports reached 5 billion yuan in the first half of the year while imports were 700 million dollars.', 'en')) = '-|-';
-- A full-width comma joins full-width digits only.
select 'fullwidth-comma-zh', (select group_concat(text, '|') from amounts('在下面的价格中选一个，$20，300美圆, ￥300', 'zh')) = '$20|300美圆|￥300';
select 'fullwidth-digits-zh', (select value from amounts('１，０００元', 'zh')) = 1000.0;
select 'fullwidth-comma-ja', (select group_concat(value, '|') from amounts('価格は500円，300ドルです', 'ja')) = '500.0|300.0';
-- Units after a myriad where the unit follows: "50만 9375달러", "50万 9375元"; not a year.
select 'myriad-units-ko', (select value from amounts('50만 9375달러로 책정되었다', 'ko')) = 509375.0;
select 'myriad-units-zh', (select value from amounts('合同金额为50万 9375元', 'zh')) = 509375.0;
select 'myriad-units-not-year', (select group_concat(text, '|') from amounts('投资50万元 2020年完成', 'zh')) = '50万元';
-- Terms without their accents, nuktas or candrabindus, spelled-out numbers included.
select 'unaccented-spelled-es', (select value || ' ' || currency from amounts('Invirtió veintidos millones de dolares.', 'es')) = '22000000.0 USD';
select 'unaccented-spelled-pt', (select value || ' ' || currency from amounts('Recebeu tres milhoes de reais.', 'pt-BR')) = '3000000.0 BRL';
select 'nukta-hi', (select group_concat(value || ' ' || currency, '|') from amounts('10,000 स्विस फ्रैंक और 5 स्विस फ़्रैंक', 'hi')) = '10000.0 CHF|5.0 CHF';
select 'candrabindu-hi', (select value || ' ' || currency from amounts('पांच मिलियन येन', 'hi')) = '5000000.0 JPY';
select 'and-subunit-hi', (select value || ' ' || currency from amounts('इसकी कीमत केवल तेरह डॉलर और पैंतालीस सेंट है', 'hi')) = '13.45 USD';
-- A number word that is also a unit is the number where a unit follows.
select 'number-word-unit-fr', (select group_concat(value || ' ' || coalesce(currency, '-'), '|') from amounts('deux cents euros, vingt cents, trois cents millions de dollars', 'fr')) = '200.0 EUR|0.2 -|300000000.0 USD';
select 'zero-before-scale', (select count(*) from amounts('August''s 2 . 0 billion deficit, $0 dollars', 'en')) = 1;
-- After a word that compares a bare sum with the amount before it, or makes it a part of it: that amount's unit.
select 'versus-fr', (select group_concat(value || ' ' || currency, '|') from amounts('Le chiffre d''affaires a progressé à 1,04 milliard d''euros, contre 982 millions en 2023.', 'fr')) = '1040000000.0 EUR|982000000.0 EUR';
select 'versus-part-fr', (select group_concat(value || ' ' || currency, '|') from amounts('Le port prévoit d''investir près de 2,3 milliards d''euros d''ici 2030, dont 790 millions pour le terminal.', 'fr')) = '2300000000.0 EUR|790000000.0 EUR';
select 'versus-es', (select group_concat(value || ' ' || currency, '|') from amounts('El ebitda alcanzó los 6.210 millones de euros, frente a los 5.730 millones de 2023.', 'es')) = '6210000000.0 EUR|5730000000.0 EUR';
select 'versus-de', (select group_concat(value || ' ' || currency, '|') from amounts('Der Umsatz stieg auf 1,2 Mrd. Euro nach 1,0 Mrd. im Vorjahr.', 'de')) = '1200000000.0 EUR|1000000000.0 EUR';
select 'versus-en', (select group_concat(value || ' ' || currency, '|') from amounts('Net income was $1.45 billion, compared with 1.14 billion a year earlier.', 'en')) = '1450000000.0 USD|1140000000.0 USD';
select 'versus-part-it', (select group_concat(value || ' ' || currency, '|') from amounts('Il piano vale 5 miliardi di euro, di cui 2 miliardi al Sud.', 'it')) = '5000000000.0 EUR|2000000000.0 EUR';
select 'versus-not-count', (select count(*) from amounts('Il piano vale 5 miliardi di euro, di cui 2 milioni di abitanti beneficeranno.', 'it')) = 1;
-- A bare sum after a subject of money ends where a year or a joining word follows.
select 'subject-until-year-pt', (select group_concat(value || ' ' || currency, '|') from amounts('A empresa faturou 500 milhões de euros. Mantém um plano de investimento de 250 milhões até 2027.', 'pt-PT')) = '500000000.0 EUR|250000000.0 EUR';
select 'subject-not-count-en', (select count(*) from amounts('Sales were $5 billion. Exports reached 5 million tonnes.', 'en')) = 1;
-- After an "and", a number goes on only into a smaller group: "tra 28mila e 50mila euro" is a range.
select 'and-not-same-scale-it', (select kind || ' ' || low || ' ' || high from amounts('per i redditi tra 28mila e 50mila euro', 'it')) = 'range 28000.0 50000.0';
-- A "from" word right after a change word: the from and the to, in the to's currency.
select 'from-after-change-vi', (select group_concat(currency || ' ' || role, '|') from amounts('Công ty dự kiến chi khoảng 5 tỷ USD. Nợ vay ngân hàng giảm từ 18.600 tỷ xuống 15.200 tỷ đồng.', 'vi')) = 'USD level|VND from|VND to';
select 'scale-mds-fr', (select value || ' ' || currency from amounts('un chiffre d''affaires de 8,74 Mds€', 'fr')) = '8740000000.0 EUR';
select 'qualifier-superiori-it', (select kind || ' ' || value from amounts('ricavi superiori a 5,5 miliardi di euro', 'it')) = 'min 5500000000.0';
-- A bare sum that a change word after an amount governs, in its sentence: how much that changed.
select 'change-after-amount-fr', (select group_concat(value || ' ' || currency || ' ' || role, '|') from amounts('Hydro-Québec a affiché un bénéfice net de 3,28 milliards $ en 2024, en baisse de 323 millions par rapport à l''année précédente.', 'fr-CA')) = '3280000000.0 CAD level|323000000.0 CAD change';
select 'change-after-amount-en', (select group_concat(value || ' ' || currency || ' ' || role, '|') from amounts('Revenue was $5 billion, up 300 million from a year earlier.', 'en')) = '5000000000.0 USD level|300000000.0 USD change';
select 'change-after-amount-es', (select group_concat(value || ' ' || currency, '|') from amounts('Las ventas fueron de 5.000 millones de euros, un alza de 300 millones.', 'es')) = '5000000000.0 EUR|300000000.0 EUR';
select 'change-after-amount-not-count', (select count(*) from amounts('Revenue was $5 billion, up 300 million users from a year earlier.', 'en')) = 1;
-- A sum after a subject ends at a word before a year; subjects of deals and of what a thing costs.
select 'subject-until-year-it', (select group_concat(value || ' ' || currency, '|') from amounts('L''utile è di 300 milioni di euro. Il gruppo conferma ricavi superiori a 5,5 miliardi al 2027.', 'it')) = '300000000.0 EUR|5500000000.0 EUR';
select 'subject-deal-it', (select group_concat(value || ' ' || currency, '|') from amounts('I ricavi sono di 4,8 miliardi di euro. Annunciata l''acquisizione della tedesca Kessler per 115 milioni.', 'it')) = '4800000000.0 EUR|115000000.0 EUR';
select 'subject-deal-en', (select group_concat(value || ' ' || currency, '|') from amounts('Revenue rose to £2.1 billion. The acquisition of Kessler cost 115 million.', 'en')) = '2100000000.0 GBP|115000000.0 GBP';
-- A "to" that is itself a change governs the sum after it: the level reached.
select 'change-to-alone-zh', (select role from amounts('利润下滑至3亿元', 'zh')) = 'to';
select 'change-to-pair-zh', (select group_concat(role, '|') from amounts('营收从50亿元增至80亿元', 'zh')) = 'from|to';
select 'change-to-alone-vi', (select role from amounts('Doanh thu giảm xuống 3 tỷ USD.', 'vi')) = 'to';
select 'change-to-pair-de', (select group_concat(role, '|') from amounts('Der Umsatz stieg von 3 Mrd. Euro auf 5 Mrd. Euro.', 'de')) = 'from|to';
-- An "up to" after the percent of a change is the level reached; a "to" after a "by" wins.
select 'percent-then-upto-es', (select kind || ' ' || role from amounts('La cifra de negocio se redujo un 6 %, hasta 24.300 millones de euros', 'es')) = 'exact to';
select 'by-then-to-es', (select role from amounts('El precio subirá en agosto a $ 234.540', 'es-AR')) = 'to';
-- A sign of capitals is no sign in small letters, also between a change and its sum.
select 'case-in-gap-es', (select role from amounts('El precio subirá a $ 234.540', 'es-AR')) = 'to';
-- A typographic apostrophe is one.
select 'curly-apostrophe-fr', (select value || ' ' || currency from amounts('5 millions d’euros', 'fr')) = '5000000.0 EUR';
-- A larger scale right after one multiplies it: "lakh crore".
select 'lakh-crore-hi', (select value || ' ' || currency from amounts('1 लाख करोड़ रुपये का निवेश', 'hi')) = '1000000000000.0 INR';
select 'lakh-crore-en', (select group_concat(value, '|') from amounts('Rs 1.5 lakh crore and 5 thousand crore', 'en-IN')) = '1500000000000.0|50000000000.0';
select 'scale-after-digits-not-multiplied', (select group_concat(text, '|') from amounts('$5 million 2 billion', 'en')) = '$5 million';
-- A longer subject of money does not hide a unit: 100억원가량 is 원 and 가량.
select 'unit-before-subject-ko', (select value || ' ' || currency || ' ' || kind from amounts('투자 규모는 100억원가량이다', 'ko')) = '10000000000.0 KRW approx';
select 'cardinal-hundreds-compose-es', (select value || ' ' || currency from amounts('Pagó doscientas cincuenta libras.', 'es')) = '250.0 GBP';
-- An "up to" sum after a comma, further on in the sentence of a change with its percent: the level reached.
select 'reached-after-comma-es', (select kind || ' ' || role from amounts('El déficit comercial de España se redujo un 8,6 % en enero respecto al mismo mes del año anterior, hasta los 3.517 millones de euros, según los datos.', 'es')) = 'exact to';
select 'reached-after-comma-imperfect-es', (select kind || ' ' || role from amounts('Las acciones subían un 2,1 % a media sesión en la Bolsa de Madrid, hasta 13,45 euros.', 'es')) = 'exact to';
select 'reached-after-comma-not-es', (select kind || ' ' || role from amounts('La empresa creció un 5 % y ofrecerá préstamos de hasta 3 millones de euros.', 'es')) = 'max level';
select 'reached-after-comma-pt', (select kind || ' ' || role from amounts('As exportações subiram 4,2 % no primeiro trimestre face ao ano anterior, até 5,3 mil milhões de euros.', 'pt-PT')) = 'exact to';
-- A "more" word right after a sum makes it the size of a change.
select 'more-after-de', (select group_concat(role, '|') from amounts('insgesamt 19,6 Mrd. € bereit, das sind 2,4 Mrd. € mehr als im bisherigen Rahmen', 'de')) = 'level|change';
select 'more-after-pt', (select group_concat(role, '|') from amounts('US$ 102 bilhões em seu plano, US$ 600 milhões a mais que no plano anterior.', 'pt-BR')) = 'level|change';
select 'more-after-en', (select kind || ' ' || role from amounts('The provinces will contribute up to $1 billion more.', 'en')) = 'max change';
select 'more-after-it', (select role from amounts('Il governo stanzia 3 miliardi di euro in più.', 'it')) = 'change';
select 'more-qualifier-after-en', (select kind || ' ' || role from amounts('$3 billion or more', 'en')) = 'min level';
-- A change word, a plain connector, a sum and a short "to": the from and the to.
select 'plain-connector-from-fr', (select group_concat(role, '|') from amounts('Le bénéfice net est passé de 3,1 milliards $ à 3,4 milliards $ en 2023.', 'fr-CA')) = 'from|to';
select 'plain-connector-by-fr', (select group_concat(role, '|') from amounts('Le chiffre d''affaires a augmenté de 420 millions d''euros pour atteindre 3,6 milliards d''euros.', 'fr')) = 'change|to';
select 'connector-by-it', (select group_concat(role, '|') from amounts('L''indebitamento è sceso di 300 mln a 1,1 mld di euro.', 'it')) = 'change|to';
-- Words an amount may open with, before words of no sum (most of them in a text: passed over
-- without reading on), and before a number or another word of money.
select 'opener-before-words-fr', (select count(*) from amounts('Une hausse des prix, un accord signé. Le marché a baissé une fois de plus.', 'fr')) = 0;
select 'opener-before-money-fr', (select group_concat(value || ' ' || kind, '|') from amounts('un milliard d''euros, vingt-cinq euros, près de 5 millions d''euros', 'fr'))
  = '1000000000.0 exact|25.0 exact|5000000.0 approx';
select 'opener-before-money-it', (select group_concat(value || ' ' || kind, '|') from amounts('circa un mese dopo, circa un miliardo di euro, oltre due milioni di euro', 'it'))
  = '1000000000.0 approx|2000000.0 min';
select 'opener-minus-en', (select value from amounts('a loss of $-5 million', 'en')) = -5000000;
-- A number before a percent sign is no sum of money (passed over), and still a percentage.
select 'percent-not-money-fr', (select group_concat(value || ' ' || currency, '|') from amounts('Les ventes ont bondi de 55 % à 3 milliards d''euros, 5 % de plus que les 40 % prévus.', 'fr'))
  = '3000000000.0 EUR';
select 'percent-still-percent-fr', (select group_concat(value, '|') from percents('Les ventes ont bondi de 55 % à 3 milliards d''euros, 5 % de plus que les 40 % prévus.', 'fr'))
  = '55.0|5.0|40.0';
-- Spelled-out bounds of a range, as digits are read: "three and five" are two numbers, "vingt et un" one.
select 'spelled-between-en', (select kind || ' ' || low || ' ' || high from amounts('between three and five million dollars', 'en')) = 'range 3000000.0 5000000.0';
select 'spelled-between-fr', (select kind || ' ' || low || ' ' || high from amounts('entre trois et cinq millions d''euros', 'fr')) = 'range 3000000.0 5000000.0';
select 'spelled-between-it', (select kind || ' ' || low || ' ' || high from amounts('tra tre e cinque miliardi di euro', 'it')) = 'range 3000000000.0 5000000000.0';
select 'spelled-from-to-vi', (select kind || ' ' || low || ' ' || high from amounts('từ ba đến năm tỷ đồng', 'vi')) = 'range 3000000000.0 5000000000.0';
select 'spelled-to-en', (select kind || ' ' || low || ' ' || high from amounts('twenty-one to twenty-five million dollars', 'en')) = 'range 21000000.0 25000000.0';
select 'spelled-joined-fr', (select value from amounts('vingt et un millions d''euros', 'fr')) = 21000000;
select 'spelled-change-en', (select group_concat(value || ' ' || role, '|') from amounts('sales rose from three to five million dollars', 'en'))
  = '3000000.0 from|5000000.0 to';
