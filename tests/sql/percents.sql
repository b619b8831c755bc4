-- percents(): every percentage of a text, in each language's forms; and
-- negative sums in amounts(). Each line: name, then a condition that must be 1.
-- Signs and words after the number, in CLDR's names and the press's.
select 'sign-en', (select value || ' ' || unit from percents('Exports rose 9.9% in May', 'en')) = '9.9 percent';
select 'sign-fr-space', (select value from percents('une hausse de 9,9 % sur un an', 'fr')) = 9.9;
select 'sign-fullwidth-zh', (select value from percents('出口增长９.９％', 'zh')) = 9.9;
select 'sign-vi', (select value from percents('kim ngạch tăng 43,7%', 'vi')) = 43.7;
select 'word-en', (select text from percents('up 3.5 per cent on the year', 'en')) = '3.5 per cent';
select 'word-it', (select value || ' ' || text from percents('in crescita del 16,5 per cento', 'it')) = '16.5 16,5 per cento';
select 'word-de', (select value from percents('ein Plus von 3,5 Prozent', 'de')) = 3.5;
select 'word-es', (select value from percents('un aumento del 12,3 por ciento', 'es')) = 12.3;
select 'word-pt', (select value from percents('alta de 4,1 por cento', 'pt')) = 4.1;
select 'word-vi', (select value from percents('tăng 5 phần trăm', 'vi')) = 5;
select 'word-ja', (select value from percents('前年比5パーセント増', 'ja')) = 5;
-- Before the number.
select 'before-zh', (select value from percents('增长百分之十五', 'zh')) = 15;
select 'before-tr', (select value from percents('ihracat yüzde 5 arttı', 'tr')) = 5;
select 'before-tr-sign', (select group_concat(value) from percents('%15 ve 20%', 'tr')) = '15.0,20.0';
select 'before-th', (select value from percents('เพิ่มขึ้นร้อยละ 7', 'th')) = 7;
-- Percentage points and basis points (as points / 100).
select 'point-en', (select value || ' ' || unit from percents('margins widened 2 percentage points', 'en')) = '2.0 point';
select 'point-it', (select unit from percents('2 punti percentuali', 'it')) = 'point';
select 'point-de', (select value || ' ' || unit from percents('um 1,5 Prozentpunkte', 'de')) = '1.5 point';
select 'point-zh', (select value || ' ' || unit from percents('下降0.5个百分点', 'zh')) = '0.5 point';
select 'point-fr', (select unit from percents('3 points de pourcentage', 'fr')) = 'point';
select 'bps-en', (select value || ' ' || unit from percents('a cut of 50 basis points', 'en')) = '0.5 point';
select 'bps-short', (select value from percents('raised rates 25bps', 'en')) = 0.25;
select 'bps-es', (select value from percents('25 puntos básicos', 'es')) = 0.25;
select 'bps-zh', (select value from percents('下调25个基点', 'zh')) = 0.25;
select 'permille', (select value || ' ' || unit from percents('2 ‰', 'de')) = '2.0 permille';
select 'permille-zh', (select unit from percents('千分之五', 'zh')) = 'permille';
-- Spelled-out numbers.
select 'spelled-en', (select value from percents('about fifteen percent', 'en')) = 15;
select 'spelled-it', (select value from percents('il dieci per cento', 'it')) = 10;
select 'spelled-fr', (select value from percents('vingt pour cent', 'fr')) = 20;
select 'spelled-de', (select value from percents('zwanzig Prozent', 'de')) = 20;
-- Kinds and bounds, as in amounts().
select 'min-en', (select kind || ' ' || low from percents('more than 10%', 'en')) = 'min 10.0';
select 'min-it', (select kind from percents('oltre il 10%', 'it')) = 'min';
select 'min-es', (select kind from percents('más del 10%', 'es')) = 'min';
select 'min-fr', (select kind from percents('plus de 10 %', 'fr')) = 'min';
select 'approx-de', (select kind from percents('rund 3 Prozent', 'de')) = 'approx';
select 'approx-zh', (select kind from percents('约5%', 'zh')) = 'approx';
select 'max-en', (select kind || ' ' || high from percents('up to 5%', 'en')) = 'max 5.0';
select 'range-en', (select kind || ' ' || low || ' ' || high from percents('2-3%', 'en')) = 'range 2.0 3.0';
select 'range-between-en', (select kind || ' ' || low || ' ' || high from percents('between 3% and 5%', 'en')) = 'range 3.0 5.0';
select 'range-between-it', (select kind || ' ' || low || ' ' || high from percents('tra 3 e 5%', 'it')) = 'range 3.0 5.0';
select 'range-vi', (select kind from percents('2-3%', 'vi')) = 'range';
select 'range-zh', (select kind || ' ' || high from percents('3至5%', 'zh')) = 'range 5.0';
-- Negative percentages.
select 'negative-en', (select value from percents('GDP growth was -0.5% in the quarter', 'en')) = -0.5;
select 'negative-minus-sign', (select value from percents('PIL −1,2%', 'it')) = -1.2;
select 'negative-paren', (select value from percents('(-3%)', 'en')) = -3;
select 'not-negative-range', (select group_concat(value) from percents('2019-5%', 'en')) = '5.0';
-- Spans in characters, and NULLs.
select 'span', (select pos || ' ' || len from percents('Xuất khẩu tăng 9,9%', 'vi')) = '16 4';
select 'null-text', (select count(*) from percents(NULL)) = 0;
select 'null-locale', (select count(*) from percents('5%', NULL)) = 0;
select 'no-locale', (select value from percents('Exports rose 9.9%')) = 9.9;
-- Percentages are never money, money never a percentage.
select 'not-money', (select count(*) from amounts('Exports rose 9.9% to 5 percent', 'en')) = 0;
select 'not-money-zh', (select count(*) from amounts('增长百分之十五', 'zh')) = 0;
select 'not-percent', (select count(*) from percents('$5 million, 300 tỷ đồng, 3 years', 'en')) = 0;
select 'not-percent-counts', (select count(*) from percents('2,1 milioni di giocattoli nel 2021', 'it')) = 0;
select 'percent-of-money', (select group_concat(text, '|') from percents('5% of $2 million', 'en')) = '5%'
   and (select group_concat(text, '|') from amounts('5% of $2 million', 'en')) = '$2 million';
-- Negative sums in amounts(): a minus before the sum or between the sign and the number.
select 'money-negative-before', extract_amount('Net income: -$3 million', 'en') = -3e6;
select 'money-negative-after-sign', extract_amount('a loss of $-5 million', 'en') = -5e6;
select 'money-negative-it', extract_amount('saldo −2,5 miliardi di euro', 'it') = -2.5e9;
select 'money-negative-vi', extract_amount('lợi nhuận -300 tỷ đồng', 'vi') = -3e11;
select 'money-negative-de', extract_amount('Ergebnis: -1,5 Mio. Euro', 'de') = -1.5e6;
-- Not negative: a hyphen joined to a word or number before, a dash of a list.
select 'money-not-negative-hyphen', extract_amount('the 2019-$5 million plan', 'en') = 5e6;
select 'money-not-negative-list', extract_amount('- $5 million for roads', 'en') = 5e6;
select 'money-not-negative-range', (select kind || ' ' || low from amounts('2-3 tỷ USD', 'vi')) = 'range 2000000000.0';
-- Ranges whose bounds each take an article, or "bis"; a minus after a Chinese character.
select 'range-articles-it', (select kind || ' ' || low || ' ' || high from percents('tra il 3 e il 5%', 'it')) = 'range 3.0 5.0';
select 'range-articles-es', (select kind || ' ' || low || ' ' || high from percents('entre el 2,5 % y el 3 %', 'es')) = 'range 2.5 3.0';
select 'range-bis-de', (select kind || ' ' || low || ' ' || high from percents('13 bis 14 Prozent', 'de')) = 'range 13.0 14.0';
select 'negative-zh', (select value from percents('CPI同比下降至-1.2%', 'zh')) = -1.2;
select 'negative-permille-zh', (select value || ' ' || unit from percents('自然增长率为-1.48‰', 'zh')) = '-1.48 permille';
select 'not-negative-word', (select value from percents('US-5%', 'en')) = 5;
