-- dashboard.sql: one self-contained HTML page about a news database made
-- by sql/build.sql: the headline figures, then one inline SVG chart per
-- section (money by currency, over time, the largest amounts, languages and
-- sources, stated conversions against ours). No JavaScript, no network, no
-- extension: plain SQL over the built tables. Hovering a mark shows its
-- details (SVG <title>).
--
--   sqlite3 -readonly news.db < sql/dashboard.sql > dashboard.html
--
-- How it works: every section fills `mark` with one row per thing to draw
-- (a label, a value and its unit, a note); three renderers (figures, bars,
-- timeline) turn marks into SVG lines, and the page is those lines in order.
-- A new chart is a new section and an INSERT into `mark`.
.bail on
.mode list
.headers off

CREATE TEMP TABLE section(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  intro TEXT NOT NULL,
  chart TEXT NOT NULL CHECK (chart IN ('figures', 'bars', 'timeline'))
);
CREATE TEMP TABLE mark(
  section INTEGER NOT NULL REFERENCES section(id),
  ord INTEGER NOT NULL,
  label TEXT NOT NULL,
  value REAL,                        -- NULL: nothing to draw, the note says why
  unit TEXT NOT NULL CHECK (unit IN ('count', 'usd', 'ratio')),
  note TEXT
);

INSERT INTO section VALUES
  (1, 'Headline figures', 'US dollars are at each article''s own date, or, estimated, at the '
      || 'period an undated article reports on; a sum stated in two currencies counts once.', 'figures'),
  (2, 'Money by currency', 'Total in US dollars of the amounts stated in each currency.', 'bars'),
  (3, 'Money over time', 'US dollars by month of publication, every month from the first to '
      || 'the last.', 'timeline'),
  (4, 'Largest amounts', (SELECT CASE WHEN n>=10 THEN 'The ten largest sums, in US dollars at the article''s date.'
                             WHEN n=0 AND (SELECT count(*) FROM news_amounts)=0 THEN 'No amounts of money yet.'
                             WHEN n=0 THEN 'No amount has a US dollar value yet: its article has no date or period, or there is no rate.'
                             ELSE 'All ' || n || CASE n WHEN 1 THEN ' sum' ELSE ' sums' END || ' with a US dollar value, largest first: '
                                  || 'the others have no date, period or rate.' END
                           FROM (SELECT count(*) AS n FROM news_amounts WHERE usd IS NOT NULL AND restates IS NULL)), 'bars'),
  (5, 'Languages and sources', 'Articles per language and source.', 'bars'),
  (6, 'Stated conversions against to_usd()', 'Where an article gives a sum in two currencies: '
      || 'its conversion divided by ours (1.000 means they agree).', 'bars');

INSERT INTO mark
SELECT 1, 1, CASE articles WHEN 1 THEN 'article' ELSE 'articles' END, articles, 'count',
                 unreadable || ' unreadable' FROM news_summary
UNION ALL SELECT 1, 2, CASE dated WHEN 1 THEN 'dated article' ELSE 'dated articles' END, dated, 'count', NULL
          FROM news_summary
UNION ALL SELECT 1, 3, CASE languages WHEN 1 THEN 'language' ELSE 'languages' END, languages, 'count', NULL
          FROM news_summary
UNION ALL SELECT 1, 4, CASE amounts WHEN 1 THEN 'amount of money' ELSE 'amounts of money' END, amounts, 'count',
                 restatements || CASE restatements WHEN 1 THEN ' restates another' ELSE ' restate another' END
          FROM news_summary
UNION ALL SELECT 1, 5, CASE currencies WHEN 1 THEN 'currency' ELSE 'currencies' END, currencies, 'count', NULL
          FROM news_summary
UNION ALL SELECT 1, 6, 'total in US dollars', total_usd, 'usd',
                 CASE WHEN estimated_usd > 0 THEN 'estimates included' END FROM news_summary
UNION ALL SELECT 1, 7, 'of which estimated', coalesce(estimated_usd, 0), 'usd',
                 'at the period an undated article reports on' FROM news_summary
UNION ALL SELECT 1, 8, CASE without_usd WHEN 1 THEN 'amount without USD' ELSE 'amounts without USD' END,
                 without_usd, 'count', 'no date, no period, or no rate' FROM news_summary;

INSERT INTO mark
SELECT 2, row_number() OVER (ORDER BY total_usd IS NULL, total_usd DESC, code),
       code || ' ' || coalesce(name, ''), total_usd, 'usd',
       amounts || CASE amounts WHEN 1 THEN ' amount in ' ELSE ' amounts in ' END
       || articles || CASE articles WHEN 1 THEN ' article' ELSE ' articles' END
       || CASE WHEN without_usd > 0 THEN ', ' || without_usd || ' without USD' ELSE '' END
FROM news_currencies;

INSERT INTO mark
SELECT 3, row_number() OVER (ORDER BY m.month), m.month, coalesce(b.total_usd, 0), 'usd',
       coalesce(b.articles, 0) || CASE coalesce(b.articles, 0) WHEN 1 THEN ' article, ' ELSE ' articles, ' END
       || coalesce(b.amounts, 0) || CASE coalesce(b.amounts, 0) WHEN 1 THEN ' amount' ELSE ' amounts' END
FROM news_months AS m LEFT JOIN news_by_month AS b USING (month);

INSERT INTO mark
SELECT 4, row_number() OVER (), text, usd, 'usd',
       coalesce(published, 'estimated at ' || rate_period) || ' · ' || path
FROM (SELECT * FROM news_largest_amounts WHERE usd IS NOT NULL LIMIT 10);

INSERT INTO mark
SELECT 5, row_number() OVER (ORDER BY count(*) DESC, label), label, count(*), 'count',
       coalesce(sum(m.amounts), 0) || CASE coalesce(sum(m.amounts), 0) WHEN 1 THEN ' amount' ELSE ' amounts' END
FROM (SELECT path, record, CASE WHEN error IS NOT NULL THEN 'unreadable files'
                        ELSE coalesce(lang, 'language not told') || ' · ' || coalesce(source, 'no source') END AS label
      FROM news_articles) AS a
     LEFT JOIN news_article_totals AS m USING (path, record)
GROUP BY label;

INSERT INTO mark
SELECT 6, row_number() OVER (ORDER BY path, record, seq), stated || ' → ' || conversion, ratio, 'ratio',
       printf('%.4f %s/USD stated', implied_rate, currency)
       || CASE WHEN our_rate IS NULL THEN ', undated' ELSE printf(', ours %.4f', our_rate) END
FROM news_conversions;

-- Marks as text for the page: escaped, the value written for a reader, and
-- the section's largest value and size for scaling.
CREATE TEMP VIEW shown AS
SELECT m.section, m.ord, m.value,
       replace(replace(replace(replace(m.label, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')
         AS label,
       replace(replace(replace(replace(coalesce(m.note, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
               '"', '&quot;') AS note,
       CASE WHEN m.value IS NULL THEN 'n/a'
            WHEN m.unit = 'ratio' THEN printf('%.3f', m.value)
            WHEN m.unit = 'count' THEN printf('%,d', CAST(m.value AS INTEGER))
            WHEN abs(m.value) >= 1e12 THEN printf('$%.2f tn', m.value / 1e12)
            WHEN abs(m.value) >= 1e9 THEN printf('$%.2f bn', m.value / 1e9)
            WHEN abs(m.value) >= 1e6 THEN printf('$%.1f m', m.value / 1e6)
            ELSE printf('$%,d', CAST(round(m.value) AS INTEGER)) END AS text,
       max(m.value) OVER (PARTITION BY m.section) AS top,
       count(*) OVER (PARTITION BY m.section) AS n
FROM mark AS m;

-- The page, as lines: (section, part, ord) orders them.
CREATE TEMP TABLE page(section INTEGER, part INTEGER, ord INTEGER, line TEXT);

INSERT INTO page VALUES
  (0, 0, 0, '<!DOCTYPE html>'),
  (0, 0, 1, '<html lang="en"><head><meta charset="utf-8"/><title>tradenews dashboard</title>'),
  (0, 0, 2, '<style>body{font:15px/1.4 system-ui,sans-serif;margin:2em auto;max-width:800px;color:#222}'
            || 'h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em}p{color:#555}'
            || 'svg{display:block;max-width:100%;height:auto}'
            || '.bar{fill:#3b6ea5}.tile{fill:#eef3f8}.big{font-size:26px;font-weight:600;fill:#1d3b5c}'
            || 'text{font-family:system-ui,sans-serif;font-size:13px;fill:#333}.note{fill:#777}</style>'),
  (0, 0, 3, '</head><body>'),
  (0, 0, 4, '<h1>tradenews: money in the news</h1>');
INSERT INTO page
SELECT 0, 0, 5, '<p>' || articles || ' articles of <code>'
       || replace(replace(dir, '&', '&amp;'), '<', '&lt;') || '</code>, read '
       || started || ' by tradenews ' || tradenews_version || '.</p>'
FROM news_summary, news_build;

-- Each section: heading, introduction, and its SVG.
INSERT INTO page
SELECT id, 0, 0, '<section id="s' || id || '"><h2>' || title || '</h2><p>'
       || replace(replace(intro, '&', '&amp;'), '<', '&lt;') || '</p>'
FROM section;
INSERT INTO page
SELECT id, 1, 0,
       printf('<svg xmlns="http://www.w3.org/2000/svg" width="760" height="%d" viewBox="0 0 760 %d" '
              || 'role="img" aria-label="%s">', h, h, title)
       || CASE WHEN n = 0 THEN '<text x="0" y="20" class="note">Nothing to show yet.</text>' ELSE '' END
FROM (SELECT id, title, n,
             CASE chart WHEN 'figures' THEN max(98, 98 * ((n + 3) / 4))
                        WHEN 'timeline' THEN CASE WHEN n>0 THEN 215 ELSE 30 END
                        ELSE max(30, 36 * n + 4) END AS h
      FROM (SELECT s.*, (SELECT count(*) FROM mark WHERE mark.section = s.id) AS n FROM section AS s));

-- Figures: a tile each, four to a row.
INSERT INTO page
SELECT m.section, 2, m.ord,
       printf('<g><title>%s: %s%s</title><rect class="tile" x="%d" y="%d" width="180" height="90" rx="6"/>'
              || '<text class="big" x="%d" y="%d">%s</text><text x="%d" y="%d">%s</text></g>',
              m.label, m.text, CASE WHEN m.note <> '' THEN ' (' || m.note || ')' ELSE '' END,
              x, y, x + 12, y + 44, m.text, x + 12, y + 72, m.label)
FROM (SELECT shown.*, ((ord - 1) % 4) * 188 AS x, ((ord - 1) / 4) * 98 AS y FROM shown) AS m
     JOIN section AS s ON s.id = m.section
WHERE s.chart = 'figures';

-- Bars: label and note on the left, the bar and its value on the right.
INSERT INTO page
SELECT m.section, 2, m.ord,
       printf('<g><title>%s: %s</title><text x="290" y="%d" text-anchor="end">%s</text>'
              || '<text x="290" y="%d" text-anchor="end" class="note" font-size="11">%s</text>'
              || '<rect class="bar" x="300" y="%d" width="%.1f" height="22"/>'
              || '<text x="%.1f" y="%d">%s</text></g>',
              m.label, m.text, y + 14, substr(m.label, 1, 40), y + 29,
              CASE WHEN length(m.note)>34 THEN substr(m.note, 1, 33) || '…' ELSE m.note END,
              y + 6, w, 306 + w, y + 22, m.text)
FROM (SELECT shown.*, (ord - 1) * 36 + 2 AS y,
             CASE WHEN value > 0 AND top > 0 THEN 300.0 * value / top ELSE 0 END AS w
      FROM shown) AS m
     JOIN section AS s ON s.id = m.section
WHERE s.chart = 'bars';

-- Timeline: a column per month over a baseline, every k-th month named.
INSERT INTO page
SELECT m.section, 2, m.ord,
       printf('<g><title>%s: %s, %s</title><rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f"/>',
              m.label, m.text, m.note, x, 180 - h, max(bw - 2, 1), h)
       || CASE WHEN (m.ord - 1) % ((m.n + 11) / 12) = 0
               THEN printf('<text x="%.1f" y="198" text-anchor="middle" font-size="11">%s</text>',
                           x + bw / 2, m.label)
               ELSE '' END
       || '</g>'
FROM (SELECT shown.*, 640.0 / n AS bw, 90 + (ord - 1) * 640.0 / n AS x,
             CASE WHEN top > 0 THEN 160.0 * coalesce(value, 0) / top ELSE 0 END AS h
      FROM shown) AS m
     JOIN section AS s ON s.id = m.section
WHERE s.chart = 'timeline';
INSERT INTO page
SELECT s.id, 3, 0,
       printf('<line x1="90" y1="180" x2="730" y2="180" stroke="#999"/>'
              || '<text x="84" y="24" text-anchor="end">%s</text>'
              || '<text x="84" y="180" text-anchor="end">0</text>',
              (SELECT text FROM shown WHERE section = s.id ORDER BY value DESC LIMIT 1))
FROM section AS s
WHERE s.chart = 'timeline' AND EXISTS (SELECT 1 FROM mark WHERE section = s.id);

INSERT INTO page SELECT id, 4, 0, '</svg></section>' FROM section;
INSERT INTO page VALUES (1000, 0, 0, '</body></html>');

SELECT line FROM page ORDER BY section, part, ord;
