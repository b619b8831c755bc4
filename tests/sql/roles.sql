-- amounts(): changes are not ranges (role), and restatements (restates).
-- Each line: name, then a condition that must be 1.
-- "from X to Y" governed by a change word: two amounts, a from and a to.
select 'change-en', (select group_concat(value || ' ' || currency || ' ' || role, '|') from amounts('Exports rose from $8 billion to $10 billion last year.', 'en'))
  = '8000000000.0 USD from|10000000000.0 USD to';
select 'change-en-fell', (select group_concat(value || ' ' || role, '|') from amounts('Imports fell from $10 billion to $8 billion.', 'en'))
  = '10000000000.0 from|8000000000.0 to';
select 'change-it', (select group_concat(value || ' ' || currency || ' ' || role, '|') from amounts('Le vendite dovrebbero passare da 3 a 5 miliardi di euro.', 'it'))
  = '3000000000.0 EUR from|5000000000.0 EUR to';
select 'change-de', (select group_concat(value || ' ' || currency || ' ' || role, '|') from amounts('Der Umsatz stieg von 3 auf 5 Mrd. Euro.', 'de'))
  = '3000000000.0 EUR from|5000000000.0 EUR to';
select 'change-de-units', (select group_concat(role, '|') from amounts('von 3 Mrd. Euro auf 5 Mrd. Euro', 'de')) = 'from|to';
select 'change-fr', (select group_concat(value || ' ' || role, '|') from amounts('les ventes sont passées de 3 à 5 milliards d''euros', 'fr'))
  = '3000000000.0 from|5000000000.0 to';
select 'change-es', (select group_concat(value || ' ' || role, '|') from amounts('las ventas pasaron de 3 a 5 millones de euros', 'es'))
  = '3000000.0 from|5000000.0 to';
select 'change-pt', (select group_concat(value || ' ' || role, '|') from amounts('as exportações passaram de US$ 3 bilhões para US$ 5 bilhões', 'pt'))
  = '3000000000.0 from|5000000000.0 to';
select 'change-vi', (select group_concat(value || ' ' || role, '|') from amounts('Xuất khẩu tăng từ 3 tỷ USD lên 5 tỷ USD.', 'vi'))
  = '3000000000.0 from|5000000000.0 to';
select 'change-zh', (select group_concat(value || ' ' || role, '|') from amounts('出口从50亿元增至80亿元', 'zh'))
  = '5000000000.0 from|8000000000.0 to';
select 'change-percent', (select group_concat(value || ' ' || role, '|') from percents('Unemployment fell from 5.2% to 4.9%.', 'en'))
  = '5.2 from|4.9 to';
-- The to's span keeps its own currency sign; the from takes the to's unit and scale.
select 'change-spans', (select group_concat(text, '|') from amounts('rose from $8 billion to $10 billion', 'en')) = '$8 billion|$10 billion';
select 'change-scale-from-to', (select group_concat(text || '=' || value, '|') from amounts('passare da 3 a 5 miliardi di euro', 'it'))
  = '3=3000000000.0|5 miliardi di euro=5000000000.0';
-- "by X to Y": the change and the level reached.
select 'by-en', (select group_concat(value || ' ' || role, '|') from amounts('Sales increased by $2 billion to $10 billion.', 'en'))
  = '2000000000.0 change|10000000000.0 to';
select 'by-de', (select group_concat(value || ' ' || role, '|') from amounts('Der Umsatz stieg um 2 Mrd. Euro auf 10 Mrd. Euro.', 'de'))
  = '2000000000.0 change|10000000000.0 to';
-- "by X billion to Y billion": the first bound's own scale word makes it
-- the change, not the low bound of a range.
select 'by-pair-ru', (select group_concat(value || ' ' || currency || ' ' || role, '|') from amounts('Выручка выросла на 2 млрд до 5 млрд рублей.', 'ru'))
  = '2000000000.0 RUB change|5000000000.0 RUB to';
select 'by-pair-cs', (select group_concat(value || ' ' || role, '|') from amounts('Tržby stouply o 3 miliardy na 8 miliard korun.', 'cs'))
  = '3000000000.0 change|8000000000.0 to';
select 'by-pair-en', (select group_concat(value || ' ' || role, '|') from amounts('Sales rose by 2 billion to 5 billion dollars.', 'en'))
  = '2000000000.0 change|5000000000.0 to';
select 'by-pair-de', (select group_concat(value || ' ' || role, '|') from amounts('Der Umsatz stieg um 2 Mrd. auf 10 Mrd. Euro.', 'de'))
  = '2000000000.0 change|10000000000.0 to';
-- Italian "di" after a change word is "by" ("da" is from): a bare first
-- sum takes the to's unit and scale; French and Spanish "de" stay from.
select 'by-it-di', (select group_concat(text || '=' || value || ' ' || currency || ' ' || role, '|')
                    from amounts('Il fatturato è sceso di 2 miliardi a 5 miliardi di euro.', 'it'))
  = '2 miliardi=2000000000.0 EUR change|5 miliardi di euro=5000000000.0 EUR to';
select 'by-it-di-bare', (select group_concat(value || ' ' || role, '|') from amounts('L''export è cresciuto di 3 a 5 miliardi di dollari.', 'it'))
  = '3000000000.0 change|5000000000.0 to';
select 'by-it-di-within', (select group_concat(value || ' ' || role, '|') from amounts('Il debito è aumentato di 10 miliardi di euro, a 2.800 miliardi.', 'it'))
  = '10000000000.0 change|2800000000000.0 to';
select 'from-it-da', (select group_concat(role, '|') from amounts('Il fatturato è passato da 3 a 5 miliardi di euro.', 'it')) = 'from|to';
select 'from-fr-de', (select group_concat(role, '|') from amounts('Les ventes ont augmenté de 3 à 5 milliards d''euros.', 'fr')) = 'from|to';
select 'by-none-en', (select group_concat(role, '|') from amounts('Exports rose $2 billion to $10 billion.', 'en')) = 'change|to';
select 'to-alone-en', (select role from amounts('Exports rose to $10 billion.', 'en')) = 'to';
select 'to-alone-vi', (select role from amounts('Xuất khẩu tăng lên 10 tỷ USD.', 'vi')) = 'to';
-- Ranges stay ranges where no change word governs them.
select 'range-between-en', (select kind || ' ' || role from amounts('between $3 and $4 million', 'en')) = 'range level';
select 'range-from-to-en', (select kind || ' ' || role from amounts('Prices range from $5 to $10.', 'en')) = 'range level';
select 'range-it', (select kind || ' ' || role from amounts('tra 2 e 3 milioni di euro', 'it')) = 'range level';
select 'range-vi', (select kind from amounts('2-3 tỷ USD', 'vi')) = 'range';
select 'range-zh', (select kind from amounts('2至3亿元', 'zh')) = 'range';
select 'range-es-not', (select group_concat(text, '|') from amounts('1.1990 a 1.015 francos por acción', 'es')) = '1.015 francos';
-- Levels: a change word in another clause governs nothing.
select 'level-en', (select role from amounts('Exports rose. The deal is worth $5 million.', 'en')) = 'level';
select 'level-far', (select role from amounts('Sales rose sharply in the first half of the year after $5 million', 'en')) = 'level';
-- Restatements: a restating word, anywhere.
select 'restates-it', (select group_concat(coalesce(restates, '-') || ' ' || kind, '|') from amounts('Il fatturato è di 100 milioni di yuan, pari a circa 14,2 milioni di dollari.', 'it'))
  = '- exact|1 approx';
select 'restates-en', (select group_concat(coalesce(restates, '-'), '|') from amounts('100 million yuan, equivalent to $14 million', 'en')) = '-|1';
select 'restates-en-or-about', (select group_concat(coalesce(restates, '-'), '|') from amounts('1 billion yuan, or about $140 million', 'en')) = '-|1';
select 'restates-fr', (select group_concat(coalesce(restates, '-'), '|') from amounts('5 milliards d''euros, soit 5,4 milliards de dollars', 'fr')) = '-|1';
select 'restates-de', (select group_concat(coalesce(restates, '-'), '|') from amounts('100 Mio. Yuan, das entspricht 14 Mio. Euro', 'de')) = '-|1';
select 'restates-pt', (select group_concat(coalesce(restates, '-'), '|') from amounts('R$ 5 bilhões, o equivalente a US$ 1 bilhão', 'pt')) = '-|1';
select 'restates-vi', (select group_concat(coalesce(restates, '-'), '|') from amounts('300 tỷ nhân dân tệ, tương đương 42 tỷ USD', 'vi')) = '-|1';
select 'restates-zh', (select group_concat(coalesce(restates, '-') || ' ' || kind, '|') from amounts('投资100亿元人民币，约合14亿美元', 'zh')) = '- exact|1 approx';
select 'restates-zh-zhehe', (select group_concat(coalesce(restates, '-'), '|') from amounts('5000万美元，折合人民币3.5亿元', 'zh')) = '-|1';
-- ... or a parenthesis on a sum in another currency.
select 'restates-paren-it', (select group_concat(coalesce(restates, '-'), '|') from amounts('un accordo da 100 milioni di yuan (circa 14,2 milioni di dollari)', 'it')) = '-|1';
select 'restates-paren-en', (select group_concat(coalesce(restates, '-'), '|') from amounts('a €5 million ($5.4 million) deal', 'en')) = '-|1';
-- Not restatements: the same currency in a parenthesis, a sum in another clause, no marker.
select 'not-restates-same-currency', (select group_concat(coalesce(restates, '-'), '|') from amounts('$5 million ($3 million in cash)', 'en')) = '-|-';
select 'not-restates-clause', (select group_concat(coalesce(restates, '-'), '|') from amounts('100 million yuan. Equivalent to that, $14 million went abroad.', 'en')) = '-|-';
select 'not-restates-plain', (select group_concat(coalesce(restates, '-'), '|') from amounts('$5 million and €3 million', 'en')) = '-|-';
-- The numbers restates points at are rows of amounts() in order.
select 'restates-index', (select group_concat(coalesce(restates, '-'), '|') from amounts('$1 million, then 100 million yuan (14 million dollars)', 'en')) = '-|-|2';
-- Not money still: counts, years.
select 'not-money-change', (select count(*) from amounts('Employees rose from 2,000 to 3,000 in 2021.', 'en')) = 0;
select 'not-money-change-it', (select count(*) from amounts('i giocattoli sono passati da 2,1 a 3 milioni', 'it')) = 0;
