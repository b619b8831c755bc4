-- build.sql: a folder of articles as a plain, indexed SQLite database that
-- any tool can read without the extension, built and then kept up to date.
--
--   sqlite3 news.db -cmd '.load ./tradenews' -cmd '.parameter set :dir seeds' < sql/build.sql
--
-- The first run reads every file. Each later run is a refresh: it reads only
-- the files that are new or changed, drops the rows of files that are gone,
-- and leaves the rest alone; on an unchanged folder it writes nothing. The
-- whole run is one transaction, so a run that fails or is killed leaves the
-- database as it was.
--
-- A file counts as changed when its size or mtime differs from the stored
-- one, and also when its mtime is not older than the second the previous run
-- started (mtimes have one-second resolution here, so a file rewritten in
-- that same second could keep both; such "racy" files are read again, as git
-- does for its index). A change of folder or of tradenews version reads
-- everything again.
--
-- Tables (their names do not collide with the extension's, so the database
-- works with and without it): news_articles, news_amounts, news_currencies,
-- news_build; views: news_summary, news_largest_amounts, news_article_totals,
-- news_by_month, news_months, news_by_language_source, news_conversions.
-- README.md documents every column.
.bail on

-- Without the extension nothing can be read: say so, not "no such table".
DROP TABLE IF EXISTS temp.build_extension;
CREATE TEMP TABLE build_extension(
  loaded INTEGER CONSTRAINT "build.sql needs the tradenews extension: sqlite3 news.db -cmd '.load ./tradenews' -cmd '.parameter set :dir FOLDER' < sql/build.sql"
      CHECK (loaded)
);
INSERT INTO temp.build_extension SELECT EXISTS (SELECT 1 FROM pragma_module_list WHERE name = 'articles');

-- Without a folder articles() would read as empty and the refresh would
-- delete every row: stop first.
DROP TABLE IF EXISTS temp.build_args;
CREATE TEMP TABLE build_args(
  dir TEXT CONSTRAINT "build.sql needs the folder: .parameter set :dir FOLDER"
      CHECK (typeof(dir) = 'text' AND dir <> ''),
  started TEXT NOT NULL
);
INSERT INTO temp.build_args VALUES (:dir, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- A database built by an older tradenews whose tables lack a column of
-- today's cannot be refreshed in place: stop before touching it.
DROP TABLE IF EXISTS temp.build_schema;
CREATE TEMP TABLE build_schema(
  current INTEGER CONSTRAINT "this database was built by an older tradenews: delete it and run build.sql again"
      CHECK (current)
);
INSERT INTO temp.build_schema
SELECT NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'news_articles')
    OR ((SELECT count(*) FROM pragma_table_info('news_articles') WHERE name IN ('locale_how', 'period', 'record')) = 3
        AND (SELECT count(*) FROM pragma_table_info('news_amounts') WHERE name IN ('usd_basis', 'role')) = 2
        AND EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'news_search'));

BEGIN IMMEDIATE;

CREATE TABLE IF NOT EXISTS news_build(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  dir TEXT NOT NULL,                 -- the folder, as given to build.sql
  started TEXT NOT NULL,             -- UTC second the last run that read files began
  tradenews_version TEXT NOT NULL    -- the extension that read them
);

CREATE TABLE IF NOT EXISTS news_articles(
  path TEXT NOT NULL,                -- relative to the folder
  record INTEGER NOT NULL,           -- 0, 1, … the article's place in its file (JSON Lines, WARC)
  size INTEGER,
  mtime TEXT,
  format TEXT,                       -- 'text', 'html', 'jsonl', 'warc'
  encoding TEXT,
  lang TEXT,
  locale TEXT,                       -- what amounts() read the body in: 'es-MX', 'it'
  locale_how TEXT,                   -- 'front matter', 'dateline' or 'language'
  title TEXT,
  source TEXT,
  dateline TEXT,
  published TEXT,                    -- YYYY-MM-DD, or NULL when the text does not say
  published_how TEXT,
  period TEXT,                       -- the latest past period the text names: '2022-11'
  url TEXT,
  words INTEGER,
  error TEXT,                        -- why the file could not be read, else NULL
  body TEXT,
  PRIMARY KEY (path, record)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS news_articles_published ON news_articles(published);
CREATE INDEX IF NOT EXISTS news_articles_lang_source ON news_articles(lang, source);
-- What a refresh compares with the folder, a row a file: read from this
-- small index, not from the articles' rows.
CREATE INDEX IF NOT EXISTS news_articles_files ON news_articles(path, size, mtime) WHERE record = 0;

CREATE TABLE IF NOT EXISTS news_amounts(
  path TEXT NOT NULL,
  record INTEGER NOT NULL,           -- with path: the article (news_articles)
  seq INTEGER NOT NULL,              -- 1, 2, ... in order of appearance
  text TEXT NOT NULL,
  value REAL NOT NULL,
  currency TEXT,
  kind TEXT NOT NULL,
  low REAL,
  high REAL,
  pos INTEGER NOT NULL,
  len INTEGER NOT NULL,
  usd REAL,                          -- value / rate
  usd_basis TEXT,                    -- the date usd is at: 'published', or 'period' (an estimate)
  rate REAL,                         -- units of currency per USD at the article's date
  rate_period TEXT,                  -- the day or month whose rate that is
  role TEXT NOT NULL,                -- 'level', 'change', 'from', 'to': "rose from $8bn to $10bn"
  restates INTEGER,                  -- seq of the amount this one restates: "X yuan (Y dollars)",
                                     -- "X yuan, pari a Y dollari"; totals leave these out
  PRIMARY KEY (path, record, seq),
  FOREIGN KEY (path, record) REFERENCES news_articles(path, record)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS news_amounts_currency ON news_amounts(currency);
CREATE INDEX IF NOT EXISTS news_amounts_usd ON news_amounts(usd);

CREATE TABLE IF NOT EXISTS news_currencies(
  code TEXT PRIMARY KEY NOT NULL,
  name TEXT,
  symbol TEXT,
  amounts INTEGER NOT NULL,          -- amounts stated in it, restatements included
  restatements INTEGER NOT NULL,     -- of those, conversions of another amount
  articles INTEGER NOT NULL,
  total REAL NOT NULL,               -- sum of value over amounts that are not restatements
  total_usd REAL,                    -- the same in USD, over those with a rate
  without_usd INTEGER NOT NULL,      -- of those, how many have no USD value
  first_published TEXT,
  last_published TEXT
);

-- The search index: title and body of every article, cut into terms by
-- the extension's tokenizer (Chinese, Japanese, Thai words; Vietnamese
-- with or without diacritics). It holds no copy of the text: its content
-- is news_articles, through news_search_docs, which gives each article
-- the integer id FTS5 needs. Querying it needs the extension loaded.
CREATE TABLE IF NOT EXISTS news_search_docs(
  id INTEGER PRIMARY KEY,            -- the article's rowid in news_search
  path TEXT NOT NULL,
  record INTEGER NOT NULL,
  UNIQUE (path, record)
);
CREATE VIEW IF NOT EXISTS news_search_content AS
SELECT d.id, a.title, a.body FROM news_search_docs AS d JOIN news_articles AS a USING (path, record);
CREATE VIRTUAL TABLE IF NOT EXISTS news_search USING fts5(
  title, body, content = 'news_search_content', content_rowid = 'id', tokenize = 'tradenews');

-- 1. What is on disk now: names, sizes and mtimes only (no file is opened).
DROP TABLE IF EXISTS temp.on_disk;
CREATE TEMP TABLE on_disk AS SELECT DISTINCT path, size, mtime FROM articles(:dir);

-- 2. What to read and what to drop.
DROP TABLE IF EXISTS temp.to_read;
CREATE TEMP TABLE to_read AS
SELECT d.path
FROM temp.on_disk AS d LEFT JOIN news_articles AS a INDEXED BY news_articles_files
     ON a.path = d.path AND a.record = 0
WHERE a.path IS NULL
   OR a.size IS NOT d.size
   OR a.mtime IS NOT d.mtime
   OR d.mtime >= (SELECT started FROM news_build)
   OR (SELECT dir FROM news_build) IS NOT :dir
   OR (SELECT tradenews_version FROM news_build) IS NOT tradenews_version();
DROP TABLE IF EXISTS temp.to_drop;
CREATE TEMP TABLE to_drop AS
SELECT path FROM news_articles WHERE path NOT IN (SELECT path FROM temp.on_disk)
UNION ALL
SELECT path FROM temp.to_read;

DELETE FROM news_amounts WHERE path IN (SELECT path FROM temp.to_drop);
-- The index forgets an article with the text it indexed, before it goes.
INSERT INTO news_search(news_search, rowid, title, body)
SELECT 'delete', d.id, a.title, a.body
FROM news_search_docs AS d JOIN news_articles AS a USING (path, record)
WHERE d.path IN (SELECT path FROM temp.to_drop);
DELETE FROM news_search_docs WHERE path IN (SELECT path FROM temp.to_drop);
DELETE FROM news_articles WHERE path IN (SELECT path FROM temp.to_drop);

-- The files step 3 reads: all of to_read here, a part at a time with -j N.
DROP TABLE IF EXISTS temp.batch;
CREATE TEMP TABLE batch AS SELECT path FROM temp.to_read;

-- 3. Read the files of temp.batch (here every file to read): articles
-- (one `path = ?` lookup each) and their amounts, in USD at the article's
-- date, or, for an article with none, at the period its text reports on
-- (usd_basis says which, so an estimate is never taken for a dated
-- figure). amounts() says which amount restates another ("100 milioni di
-- yuan, pari a circa 14,2 milioni di dollari", "X yuan (Y dollars)"): its
-- row number, which is seq here.
-- `tradenews build -j N` runs this step in N workers, each on a part of the
-- batch in a database of its own holding news_articles and news_amounts
-- only, and copies their rows here; so step 3 reads nothing but temp.batch,
-- :dir and those two tables.
INSERT INTO news_articles(path, record, size, mtime, format, encoding, lang, locale, locale_how,
                          title, source, dateline, published, published_how, period, url, words,
                          error, body)
SELECT a.path, a.record, a.size, a.mtime, a.format, a.encoding, a.lang, a.locale, a.locale_how,
       a.title, a.source, a.dateline, a.published, a.published_how, a.period, a.url, a.words,
       a.error, a.body
FROM temp.batch AS r CROSS JOIN articles(:dir) AS a
WHERE a.path = r.path;
INSERT INTO news_amounts(path, record, seq, text, value, currency, kind, low, high, pos, len,
                         usd, usd_basis, rate, rate_period, role, restates)
SELECT path, record, seq, text, value, currency, kind, low, high, pos, len,
       to_usd(value, currency, day), CASE WHEN to_usd(value, currency, day) IS NOT NULL THEN basis END,
       fx_rate(currency, day), fx_period(currency, day), role, restates
FROM (
  SELECT a.path, a.record, coalesce(a.published, a.period) AS day,
         CASE WHEN a.published IS NOT NULL THEN 'published' WHEN a.period IS NOT NULL THEN 'period' END AS basis,
         m.text, m.value, m.currency, m.kind, m.low, m.high, m.pos, m.len, m.role, m.restates,
         row_number() OVER (PARTITION BY a.path, a.record ORDER BY m.rowid) AS seq
  FROM temp.batch AS r CROSS JOIN news_articles AS a ON a.path = r.path
       CROSS JOIN amounts(a.body, a.locale) AS m
);

-- 4. The search index of the articles read (with -j N: of each part, in
-- the order of the parts, so the ids are those of one pass).
INSERT INTO news_search_docs(path, record)
SELECT path, record FROM news_articles WHERE path IN (SELECT path FROM temp.batch) ORDER BY path, record;
INSERT INTO news_search(rowid, title, body)
SELECT d.id, a.title, a.body
FROM news_search_docs AS d JOIN news_articles AS a USING (path, record)
WHERE d.path IN (SELECT path FROM temp.batch);

-- 5. The currencies seen, recounted when anything changed.
DELETE FROM news_currencies WHERE EXISTS (SELECT 1 FROM temp.to_drop);
INSERT INTO news_currencies
SELECT t.code, c.name, c.symbol, t.amounts, t.restatements, n.articles, t.total, t.total_usd,
       t.without_usd, t.first_published, t.last_published
FROM (SELECT m.currency AS code, count(*) AS amounts, count(m.restates) AS restatements,
             total(m.value) FILTER (WHERE m.restates IS NULL) AS total,
             sum(m.usd) FILTER (WHERE m.restates IS NULL) AS total_usd,
             count(*) FILTER (WHERE m.restates IS NULL AND m.usd IS NULL) AS without_usd,
             min(a.published) AS first_published, max(a.published) AS last_published
      -- Articles first: their index is read in order, each article's amounts
      -- by key (the other way round costs a lookup of a wide row an amount).
      FROM news_articles AS a CROSS JOIN news_amounts AS m ON m.path = a.path AND m.record = a.record
      WHERE m.currency IS NOT NULL AND EXISTS (SELECT 1 FROM temp.to_drop)
      GROUP BY m.currency) AS t
     -- The articles of each currency, from news_amounts_currency in order.
     JOIN (SELECT currency AS code, count(*) AS articles
           FROM (SELECT DISTINCT currency, path, record FROM news_amounts WHERE currency IS NOT NULL)
           GROUP BY currency) AS n ON n.code = t.code
     LEFT JOIN currencies AS c ON c.code = t.code;

-- 6. Remember this run, when it read anything.
INSERT INTO news_build(id, dir, started, tradenews_version)
SELECT 1, dir, started, tradenews_version() FROM temp.build_args
WHERE EXISTS (SELECT 1 FROM temp.to_drop)
ON CONFLICT (id) DO UPDATE SET dir = excluded.dir, started = excluded.started,
                               tradenews_version = excluded.tradenews_version;

-- 7. Views for the common questions. news_found: the articles a search
-- finds, best first: SELECT * FROM news_found WHERE query MATCH '出口'
-- ORDER BY rank (the extension loaded; see sql/search.sql).
CREATE VIEW IF NOT EXISTS news_found AS
SELECT s.news_search AS query, s.rank AS rank, d.path, d.record, a.title, a.published,
       snippet(news_search, 1, '[', ']', '…', 16) AS snippet
FROM news_search AS s JOIN news_search_docs AS d ON d.id = s.rowid
     JOIN news_articles AS a ON a.path = d.path AND a.record = d.record;

-- Views for the common questions. Totals leave out restatements, so a
-- sum stated in two currencies counts once; a range counts at its low bound.
CREATE VIEW IF NOT EXISTS news_summary AS
SELECT (SELECT count(*) FROM news_articles) AS articles,
       (SELECT count(*) FROM news_articles WHERE error IS NOT NULL) AS unreadable,
       (SELECT count(*) FROM news_articles WHERE published IS NOT NULL) AS dated,
       (SELECT count(DISTINCT lang) FROM news_articles) AS languages,
       (SELECT min(published) FROM news_articles) AS first_published,
       (SELECT max(published) FROM news_articles) AS last_published,
       (SELECT count(*) FROM news_amounts) AS amounts,
       (SELECT count(*) FROM news_amounts WHERE restates IS NOT NULL) AS restatements,
       (SELECT count(*) FROM news_currencies) AS currencies,
       (SELECT sum(usd) FROM news_amounts WHERE restates IS NULL) AS total_usd,
       (SELECT sum(usd) FROM news_amounts WHERE restates IS NULL AND usd_basis = 'period') AS estimated_usd,
       (SELECT count(*) FROM news_amounts WHERE restates IS NULL AND usd IS NULL) AS without_usd;

CREATE VIEW IF NOT EXISTS news_largest_amounts AS
SELECT m.path, m.record, a.published, a.lang, a.source, a.title, m.seq, m.text, m.value, m.currency,
       m.kind, m.usd, m.usd_basis, m.rate_period
FROM news_amounts AS m JOIN news_articles AS a USING (path, record)
WHERE m.restates IS NULL
ORDER BY m.usd IS NULL, m.usd DESC, m.value DESC;

CREATE VIEW IF NOT EXISTS news_article_totals AS
SELECT path, record, count(*) AS amounts, sum(usd) AS total_usd
FROM news_amounts WHERE restates IS NULL
GROUP BY path, record;

CREATE VIEW IF NOT EXISTS news_by_month AS
SELECT substr(a.published, 1, 7) AS month, count(*) AS articles,
       coalesce(sum(m.amounts), 0) AS amounts, sum(m.total_usd) AS total_usd
FROM news_articles AS a
     LEFT JOIN news_article_totals AS m USING (path, record)
GROUP BY 1
ORDER BY month IS NULL, month;

-- Every month from the first publication to the last, for charts and
-- tables without gaps.
CREATE VIEW IF NOT EXISTS news_months AS
WITH RECURSIVE month(month) AS (
  SELECT substr(min(published), 1, 7) FROM news_articles
  UNION ALL
  SELECT strftime('%Y-%m', month || '-01', '+1 month') FROM month
  WHERE month < (SELECT substr(max(published), 1, 7) FROM news_articles)
)
SELECT month FROM month WHERE month IS NOT NULL;

CREATE VIEW IF NOT EXISTS news_by_language_source AS
SELECT a.lang, a.source, count(*) AS articles, coalesce(sum(a.words), 0) AS words,
       coalesce(sum(m.amounts), 0) AS amounts, sum(m.total_usd) AS total_usd
FROM news_articles AS a
     LEFT JOIN news_article_totals AS m USING (path, record)
GROUP BY a.lang, a.source
ORDER BY articles DESC, a.lang, a.source;

-- A stated conversion against ours: stated_usd is what the article says the
-- amount is worth, our_usd what to_usd() makes of it at the article's date;
-- implied_rate is the article's own units per USD.
CREATE VIEW IF NOT EXISTS news_conversions AS
SELECT x.path, x.record, a.published, x.seq, x.text AS stated, x.value, x.currency,
       y.text AS conversion,
       CASE WHEN y.currency = 'USD' THEN y.value ELSE y.usd END AS stated_usd,
       x.usd AS our_usd,
       x.value / CASE WHEN y.currency = 'USD' THEN y.value ELSE y.usd END AS implied_rate,
       x.rate AS our_rate,
       CASE WHEN y.currency = 'USD' THEN y.value ELSE y.usd END / x.usd AS ratio
FROM news_amounts AS y
     JOIN news_amounts AS x ON x.path = y.path AND x.record = y.record AND x.seq = y.restates
     JOIN news_articles AS a ON a.path = y.path AND a.record = y.record
ORDER BY x.path, x.record, x.seq;

COMMIT;
