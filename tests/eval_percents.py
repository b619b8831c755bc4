#!/usr/bin/python3
"""make eval (percents): precision, recall and F1 of percents() per language, and
how often the kind of a matched percentage is right.

    python3 tests/eval_percents.py EXTENSION.so [--misses LANG]

Reads tests/percents/gold.jsonl (48 paragraphs of news in 8 languages, written
for this evaluation, every percentage labelled) and the percentages of the
seeds' gold, ../shared/corpora/seeds/gold.jsonl (when ../shared is there). A
found percentage counts when its unit is the gold's and its value (a range: its
bounds) is within 0.5% of the gold's; matching is one to one, in order.
"""
import json, os, sqlite3, sys
from pathlib import Path

top = Path(__file__).resolve().parent.parent
shared = top.parent / "shared" / "corpora"


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(b), 1e-12)


def matches(found, gold):
    if found["unit"] != gold.get("unit", "percent"):
        return False
    if gold.get("kind") == "range":
        return close(found["low"], gold["low"]) and close(found["high"], gold["high"])
    return close(found["value"], gold["value"])


def score(found, gold):
    """One-to-one matching in order; returns (matched, kinds right)."""
    tp, kinds, at = 0, 0, 0
    for g in gold:
        for k in range(at, len(found)):
            if matches(found[k], g):
                tp, at = tp + 1, k + 1
                kinds += found[k]["kind"] == g.get("kind", "exact")
                break
    return tp, kinds


def main():
    so = sys.argv[1]
    misses = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--misses" else None
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(so))
    records = [("written", json.loads(l)) for l in (top / "tests" / "percents" / "gold.jsonl").open(encoding="utf-8")]
    seeds = shared / "seeds" / "gold.jsonl"
    if seeds.is_file():
        for line in seeds.open(encoding="utf-8"):
            rec = json.loads(line)
            rec["text"] = (top / "seeds" / rec["file"]).read_text(encoding="utf-8")
            records.append(("seeds", rec))
    stats = {}
    for name, rec in records:
        gold = rec.get("percents", [])
        found = [dict(zip(("value", "unit", "kind", "low", "high", "text"), row)) for row in
                 db.execute("SELECT value, unit, kind, low, high, text FROM percents(?, ?)", (rec["text"], rec["lang"]))]
        tp, kinds = score(found, gold)
        for key in ((name, rec["lang"]), (name, "all")):
            s = stats.setdefault(key, [0, 0, 0, 0, 0])
            s[0] += tp; s[1] += len(found); s[2] += len(gold); s[3] += 1; s[4] += kinds
        if misses == rec["lang"] and (tp < len(gold) or tp < len(found)):
            print("MISS", rec.get("id"), rec["text"][:300])
            print("   gold ", [(g["text"], g["value"], g.get("unit"), g.get("kind")) for g in gold])
            print("   found", [(f["text"], f["value"], f["unit"], f["kind"]) for f in found])
    print(f"{'set':<10} {'lang':<5} {'texts':>6} {'gold':>6} {'found':>6} {'right':>6} {'P':>6} {'R':>6} {'F1':>6} {'kind':>6}")
    for key in sorted(stats, key=lambda k: (k[0], k[1] == "all", k[1])):
        s = stats[key]
        p = s[0] / s[1] if s[1] else 1.0
        r = s[0] / s[2] if s[2] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        kind = s[4] / s[0] if s[0] else 1.0
        print(f"{key[0]:<10} {key[1]:<5} {s[3]:>6} {s[2]:>6} {s[1]:>6} {s[0]:>6} {p:>6.3f} {r:>6.3f} {f1:>6.3f} {kind:>6.3f}")


if __name__ == "__main__":
    main()
