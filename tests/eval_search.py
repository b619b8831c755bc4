#!/usr/bin/python3
"""make eval (search): recall of the search tokenizer on names as written.

    python3 tests/eval_search.py EXTENSION.so

Indexes the articles of tests/articles, tests/pages and seeds/ (title and body,
as articles() reads them) with FTS5 and the tokenizer tradenews, then searches
every place name of data/places.txt that an article mentions (as a word of its
own; anywhere in Chinese and Japanese), as it is written there (a phrase
query), and counts how often the article comes back: per language, and for the
names in Chinese and Japanese characters apart.
"""
import os, re, sqlite3, sys
from pathlib import Path

top = Path(__file__).resolve().parent.parent


def main():
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(sys.argv[1]))
    db.execute("CREATE TABLE a AS SELECT path, lang, coalesce(title, '') AS title, body FROM ("
               " SELECT 'articles/' || path AS path, lang, title, body FROM articles(?, '*.txt') UNION ALL"
               " SELECT 'pages/' || path, lang, title, body FROM articles(?) UNION ALL"
               " SELECT 'seeds/' || path, lang, title, body FROM articles(?)) WHERE body IS NOT NULL",
               (str(top / "tests" / "articles"), str(top / "tests" / "pages"), str(top / "seeds")))
    db.execute("CREATE VIRTUAL TABLE s USING fts5(title, body, tokenize = 'tradenews')")
    db.execute("INSERT INTO s(rowid, title, body) SELECT rowid, title, body FROM a")
    names = set()
    for line in (top / "data" / "places.txt").open(encoding="utf-8"):
        if line.startswith("#") or "\t" not in line:
            continue
        name = line.rstrip("\n").split("\t")[1].strip()
        if len(name) >= 2:
            names.add(name)
    stats = {}
    for rowid, path, lang, title, body in db.execute("SELECT rowid, path, lang, title, body FROM a").fetchall():
        text = title + "\n" + body
        for name in names:
            if name not in text:
                continue
            cjk = any("\u3040" <= ch <= "\u9fff" for ch in name)
            # A mention is the name as a word of its own ("Milan", not inside "Milano");
            # Chinese and Japanese write no spaces, so there any place counts.
            if not cjk and not re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                continue
            query = '"' + name.replace('"', '""') + '"'
            found = {r[0] for r in db.execute("SELECT rowid FROM s WHERE s MATCH ?", (query,))}
            for key in (lang, "CJK names" if cjk else "other names", "all"):
                s = stats.setdefault(key, [0, 0])
                s[0] += rowid in found
                s[1] += 1
            if rowid not in found:
                print(f"MISS {path}: {name}")
    print(f"{'names in':<12} {'searched':>8} {'found':>6} {'recall':>7}")
    for key in sorted(stats, key=lambda k: (k == "all", k)):
        s = stats[key]
        print(f"{key:<12} {s[1]:>8} {s[0]:>6} {s[0] / s[1]:>7.3f}")


if __name__ == "__main__":
    main()
