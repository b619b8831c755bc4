-- The FTS5 tokenizer "tradenews" and tokens(). Each line: name, then a condition that must be 1.
CREATE VIRTUAL TABLE d USING fts5(title, body, tokenize = 'tradenews');
INSERT INTO d(rowid, title, body) VALUES
  (1, '中国出口', '今年前三季度，中国出口额增长9.9%，进出口总额达1.234,5亿元。'),
  (2, 'Xuất khẩu', 'Kim ngạch xuất khẩu đạt 43,7 tỷ USD; Đà Nẵng đón đoàn đầu tư.'),
  (3, 'Europa', 'Il peso dell''Europa e l''export italiano; 2,1 milioni di giocattoli, 1''250 franchi.'),
  (4, 'ไทย', 'ประเทศไทยส่งออกข้าวมากที่สุดในโลก'),
  (5, '日本', '日本の輸出はトヨタ自動車が牽引した。'),
  (6, 'Économie', 'L''économie française et l''euro; 3 milliards d''euros.'),
  (7, 'Canton Fair', 'The Canton Fair in Guangzhou drew buyers from Alibaba and others.'),
  (8, 'vuoto', ''),
  (9, 'bad', CAST(x'4578706f727420ff20646f6e6e6565' AS TEXT));
-- Chinese words of two and more characters inside sentences, cut any way.
select 'zh-two', (select group_concat(rowid) from d where d match '出口') = '1';
select 'zh-three', (select group_concat(rowid) from d where d match '出口额') = '1';
select 'zh-across-words', (select group_concat(rowid) from d where d match '进出口总额') = '1';
select 'zh-not-apart', (select count(*) from d where d match '出额') = 0;
-- Japanese with kanji and kana.
select 'ja-kanji', (select group_concat(rowid) from d where d match '輸出') = '5';
select 'ja-katakana', (select group_concat(rowid) from d where d match 'トヨタ') = '5';
select 'ja-mixed', (select group_concat(rowid) from d where d match '自動車') = '5';
-- Thai without spaces.
select 'th-word', (select group_concat(rowid) from d where d match 'ส่งออก') = '4';
select 'th-rice', (select group_concat(rowid) from d where d match 'ข้าว') = '4';
-- Vietnamese with and without diacritics, and đ.
select 'vi-diacritics', (select group_concat(rowid) from d where d match '"xuất khẩu"') = '2';
select 'vi-plain', (select group_concat(rowid) from d where d match '"xuat khau"') = '2';
select 'vi-d', (select group_concat(rowid) from d where d match '"da nang"') = '2';
select 'vi-d-upper', (select group_concat(rowid) from d where d match '"Đà Nẵng"') = '2';
-- Elisions: Italian and French.
select 'it-elision', (select group_concat(rowid) from d where d match 'europa') = '3';
select 'it-elision-export', (select group_concat(rowid) from d where d match 'export') = '3,9';
select 'fr-elision', (select group_concat(rowid) from d where d match 'economie') = '6';
select 'fr-elision-euros', (select group_concat(rowid) from d where d match 'euros') = '6';
-- Numbers, one term in any format.
select 'num-comma', (select group_concat(rowid) from d where d match '"43,7"') = '2';
select 'num-grouped', (select group_concat(rowid) from d where d match '"1.234,5"') = '1';
select 'num-apostrophe', (select group_concat(rowid) from d where d match '"1''250"') = '3';
select 'num-not-part', (select count(*) from d where d match '43') = 0;
-- Phrases, NEAR, prefixes, AND/OR.
select 'phrase', (select group_concat(rowid) from d where d match '"canton fair"') = '7';
select 'phrase-not', (select count(*) from d where d match '"fair canton"') = 0;
select 'near', (select group_concat(rowid) from d where d match 'NEAR(canton alibaba, 10)') = '7';
select 'near-not', (select count(*) from d where d match 'NEAR(canton alibaba, 2)') = 0;
select 'prefix', (select group_concat(rowid) from d where d match 'expo*') = '3,9';
select 'prefix-vi', (select group_concat(rowid) from d where d match 'kha*') = '2';
select 'and-or', (select group_concat(rowid) from d where d match 'alibaba OR giocattoli') = '3,7';
select 'column', (select group_concat(rowid) from d where d match 'title : europa') = '3';
-- Highlight and snippet cut on characters in each script.
select 'highlight-zh', (select highlight(d, 1, '[', ']') from d where d match '出口额') = '今年前三季度，中国[出口额]增长9.9%，进出口总额达1.234,5亿元。';
select 'highlight-vi', (select highlight(d, 1, '[', ']') from d where d match 'khau') = 'Kim ngạch xuất [khẩu] đạt 43,7 tỷ USD; Đà Nẵng đón đoàn đầu tư.';
select 'highlight-th', (select highlight(d, 1, '[', ']') from d where d match 'ส่งออก') = 'ประเทศไทย[ส่งออก]ข้าวมากที่สุดในโลก';
select 'highlight-ja', (select highlight(d, 1, '[', ']') from d where d match 'トヨタ') = '日本の輸出は[トヨタ]自動車が牽引した。';
select 'snippet-it', (select snippet(d, 1, '[', ']', '…', 4) from d where d match 'export' and rowid = 3) = '…l''[export] italiano; 2,1…';
-- An invalid UTF-8 document and an empty one are indexed; what is valid is found.
select 'invalid-utf8', (select group_concat(rowid) from d where d match 'donnee') = '9';
select 'empty', (select count(*) from d where rowid = 8) = 1;
INSERT INTO d(d) VALUES ('integrity-check');
select 'integrity', (select count(*) from d) = 9;
-- Arguments: a locale and remove_diacritics.
CREATE VIRTUAL TABLE keep USING fts5(body, tokenize = 'tradenews locale vi remove_diacritics 0');
INSERT INTO keep VALUES ('Kim ngạch xuất khẩu');
select 'keep-diacritics', (select count(*) from keep where keep match '"xuất khẩu"') = 1
   and (select count(*) from keep where keep match '"xuat khau"') = 0;
CREATE VIRTUAL TABLE tr USING fts5(body, tokenize = 'tradenews locale tr');
INSERT INTO tr VALUES ('İSTANBUL BORSASI');
select 'locale-tr', (select count(*) from tr where tr match 'istanbul') = 1;
-- tokens(): what the tokenizer makes, with where each word is in characters.
select 'tokens-vi', (select group_concat(token || '@' || pos || '+' || len, ' ') from tokens('Xuất khẩu đạt 43,7 tỷ USD', 'vi'))
  = 'xuat@1+4 khau@6+4 dat@11+3 43,7@15+4 ty@20+2 usd@23+3';
select 'tokens-zh', (select group_concat(token, ' ') from tokens('出口额增长9.9%')) = '出 口 额 增 长 9.9';
select 'tokens-elision', (select group_concat(token, ' ') from tokens('dell''Europa, l’export', 'it')) = 'dell europa l export';
select 'tokens-nfkc', (select group_concat(token, ' ') from tokens('Straße ＡＢＣ ﬁne')) = 'strasse abc fine';
select 'tokens-span', (select group_concat(substr('Il peso dell''Europa', pos, len), '|') from tokens('Il peso dell''Europa')) = 'Il|peso|dell|Europa';
select 'tokens-null', (select count(*) from tokens(NULL)) = 0 and (select count(*) from tokens('x', NULL)) = 0;
select 'tokens-empty', (select count(*) from tokens('')) = 0 and (select count(*) from tokens(' ,.; ')) = 0;
-- Korean words take their particles: syllables are terms, a word their phrase.
CREATE VIRTUAL TABLE ko USING fts5(body, tokenize = 'tradenews');
INSERT INTO ko VALUES ('서울에서 열린 회의에서 수출이 증가했다');
select 'ko-particle', (select count(*) from ko where ko match '서울') = 1 and (select count(*) from ko where ko match '수출') = 1;
select 'ko-not-apart', (select count(*) from ko where ko match '울서') = 0;
-- German elisions.
CREATE VIRTUAL TABLE de USING fts5(body, tokenize = 'tradenews');
INSERT INTO de VALUES ('Gibt''s Geld für den Ku''damm?');
select 'de-elision', (select count(*) from de where de match 'gibt') = 1 and (select count(*) from de where de match 'damm') = 1;
