#!/usr/bin/python3
"""make eval (dates part): how well articles() reads each article's own date,
dateline place and source.

    python3 tests/eval_dates.py EXTENSION.so [--misses]

Sets: tests/articles/ (48 articles written for this test in 8 languages, with
tests/articles/gold.jsonl) and ../shared/corpora/seeds/gold.jsonl over seeds/
(skipped when ../shared is absent). For each field: how many articles the gold
gives a value (gold), how many we give one (found), how many of ours are right,
precision and recall; and, for published, how many dates we invent where the
gold has none.

Then dates() on tests/dates/gold.jsonl (120 sentences in 8 languages): a found
expression is right when its text and its period (start, end) are the gold's;
"span" counts the text alone.
"""
import json, os, sqlite3, sys
from pathlib import Path

top = Path(__file__).resolve().parent.parent
shared = top.parent / "shared" / "corpora"
FIELDS = ("published", "dateline", "source")


def rows(db, folder):
    q = "SELECT path, published, dateline, source FROM articles(?)"
    return {r[0]: dict(zip(FIELDS, r[1:])) for r in db.execute(q, (str(folder),))}


def main():
    so = sys.argv[1]
    misses = "--misses" in sys.argv
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(so))
    sets = [("articles", top / "tests" / "articles", top / "tests" / "articles" / "gold.jsonl")]
    if (shared / "seeds" / "gold.jsonl").exists():
        sets.append(("seeds", top / "seeds", shared / "seeds" / "gold.jsonl"))
    else:
        print(f"eval: {shared} not found, the seeds' gold is skipped")
    print(f"{'set':<9} {'field':<10} {'gold':>5} {'found':>6} {'right':>6} {'P':>6} {'R':>6}  invented")
    for name, folder, gold_path in sets:
        got = rows(db, folder)
        for field in FIELDS:
            gold_n = found = right = invented = 0
            for line in gold_path.open(encoding="utf-8"):
                g = json.loads(line)
                want, have = g.get(field), got.get(g["file"], {}).get(field)
                gold_n += want is not None
                found += have is not None
                right += have is not None and want is not None and have == want
                invented += have is not None and want is None
                if misses and have != want:
                    print(f"  MISS {name} {g['file']} {field}: want {want!r}, got {have!r}")
            p = right / found if found else 1.0
            r = right / gold_n if gold_n else 1.0
            print(f"{name:<9} {field:<10} {gold_n:>5} {found:>6} {right:>6} {p:>6.3f} {r:>6.3f}  {invented}")
    eval_dates(db, misses)


def eval_dates(db, misses):
    path = top / "tests" / "dates" / "gold.jsonl"
    stats = {}
    for line in path.open(encoding="utf-8"):
        g = json.loads(line)
        found = db.execute("SELECT text, start, end FROM dates(?, ?, ?)", (g["text"], g["lang"], g["ref"])).fetchall()
        gold = [(d["text"], d["start"], d["end"]) for d in g["dates"]]
        s = stats.setdefault(g["lang"], [0, 0, 0, 0])
        s[0] += len(gold)
        s[1] += len(found)
        s[2] += sum(1 for f in found if f in gold)
        s[3] += sum(1 for f in found if f[0] in [x[0] for x in gold])
        if misses and sorted(found) != sorted(gold):
            print(f"  MISS dates {g['lang']}: {g['text'][:90]}\n      want {gold}\n      got  {found}")
    print(f"{'dates()':<9} {'lang':<6} {'gold':>5} {'found':>6} {'right':>6} {'P':>6} {'R':>6}  span P/R")
    total = [sum(v[i] for v in stats.values()) for i in range(4)]
    for lang, v in sorted(stats.items()) + [("all", total)]:
        p = v[2] / v[1] if v[1] else 1.0
        r = v[2] / v[0] if v[0] else 1.0
        sp = v[3] / v[1] if v[1] else 1.0
        sr = v[3] / v[0] if v[0] else 1.0
        print(f"{'dates()':<9} {lang:<6} {v[0]:>5} {v[1]:>6} {v[2]:>6} {p:>6.3f} {r:>6.3f}  {sp:.3f}/{sr:.3f}")


if __name__ == "__main__":
    main()
