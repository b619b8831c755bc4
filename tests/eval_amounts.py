#!/usr/bin/python3
"""make eval (money part): precision, recall and F1 of amounts() per language.

    python3 tests/eval_amounts.py EXTENSION.so [--misses LANG]

Reads ../shared/corpora/recognizers/*.jsonl and ../shared/corpora/seeds/gold.jsonl
(skipping with a message when ../shared is absent), and tests/money/gold.jsonl: 48
passages of news in 8 languages written for this, every amount labelled with its kind,
role and what it restates (those three are scored on the matched amounts). A found amount counts when
its value is within 0.5% of the gold value and its ISO code matches (a gold
currency of null accepts any); ranges match on their bounds; matching is one
to one, in order. The locale given to amounts() is the record's "locale"
where the corpus gives one (scored per language and again per locale), else
its "lang" label.
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
    if gold.get("currency") and found["currency"] != gold["currency"]:
        return False
    if gold.get("kind") in ("interval", "range"):
        return close(found["low"], gold.get("min", gold.get("low"))) and \
               close(found["high"], gold.get("max", gold.get("high")))
    return close(found["value"], gold["value"])


def score(found, gold):
    """One-to-one matching in order: each gold takes the first unused match after the last one.
    Returns the matches and, of those, how many have the gold's kind, role and restated amount
    (where the gold says them)."""
    tp, at, same = 0, 0, [0, 0, 0, 0, 0]     # kind right; role right, asked; restates right, asked
    pairs = {}
    for gi, g in enumerate(gold):
        for k in range(at, len(found)):
            if matches(found[k], g):
                tp, at = tp + 1, k + 1
                pairs[gi] = k
                f = found[k]
                kind = {"interval": "range"}.get(g.get("kind"), g.get("kind") or "exact")
                same[0] += f["kind"] == kind
                if "role" in g:
                    same[1] += f["role"] == g["role"]
                    same[2] += 1
                if "restates" in g:
                    want, got = g["restates"], f["restates"]
                    same[3] += (want is None and got is None) or (want is not None and got is not None
                                                                  and pairs.get(want - 1) == got - 1)
                    same[4] += 1
                break
    return tp, same


def main():
    so = sys.argv[1]
    misses = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--misses" else None
    if not shared.is_dir():
        print(f"eval: {shared} not found, skipping (it lives in ../shared beside the checkout)")
        return
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath(so))
    sets = [("recognizers", p) for p in sorted((shared / "recognizers").glob("*.jsonl"))]
    sets.append(("seeds", shared / "seeds" / "gold.jsonl"))
    sets.append(("articles", top / "tests" / "money" / "gold.jsonl"))
    sets.append(("blind", top / "tests" / "money" / "blind.jsonl"))
    stats = {}
    for name, path in sets:
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            lang = rec["lang"]
            locale = rec.get("locale") or lang
            keys = [(name, lang)] + ([(name, locale)] if locale != lang else [])
            text = rec["text"]
            if name == "seeds":
                text = (top / "seeds" / rec["file"]).read_text(encoding="utf-8")
            gold = [a for a in rec.get("amounts", []) if a.get("value") is not None or a.get("min") is not None]
            found = [dict(zip(("value", "currency", "low", "high", "text", "kind", "role", "restates"), row)) for row in
                     db.execute("SELECT value, currency, low, high, text, kind, role, restates FROM amounts(?, ?)", (text, locale))]
            tp, same = score(found, gold)
            for key in keys:
                s = stats.setdefault(key, [0, 0, 0, 0, 0, 0, 0, 0, 0])
                s[0] += tp
                s[1] += len(found)
                s[2] += len(gold)
                s[3] += 1
                for i in range(5):
                    s[4 + i] += same[i]
            if misses == lang and (tp < len(gold) or tp < len(found)):
                print("MISS", rec.get("id"), text[:200])
                print("   gold ", [(g["text"], g.get("value"), g.get("currency"), g.get("role"), g.get("restates")) for g in gold])
                print("   found", [(f["text"], f["value"], f["currency"], f["role"], f["restates"]) for f in found])
    print(f"{'set':<12} {'lang':<7} {'texts':>6} {'gold':>6} {'found':>6} {'right':>6} {'P':>6} {'R':>6} {'F1':>6}"
          f" {'kind':>6} {'role':>6} {'restat':>6}")
    for name in ("recognizers", "seeds", "articles", "blind"):
        keys = sorted(k for k in stats if k[0] == name)
        rows = [(k[1], stats[k]) for k in keys]
        langs = [s for k, s in rows if "-" not in k]       # a locale's texts are in its language's too
        total = [sum(s[i] for s in langs) for i in range(9)]
        for lang, s in rows + [("all", total)]:
            p = s[0] / s[1] if s[1] else 1.0
            r = s[0] / s[2] if s[2] else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            kind = s[4] / s[0] if s[0] else 1.0
            role = f"{s[5] / s[6]:.3f}" if s[6] else "-"
            restates = f"{s[7] / s[8]:.3f}" if s[8] else "-"
            print(f"{name:<12} {lang:<7} {s[3]:>6} {s[2]:>6} {s[1]:>6} {s[0]:>6} {p:>6.3f} {r:>6.3f} {f1:>6.3f}"
                  f" {kind:>6.3f} {role:>6} {restates:>6}")


if __name__ == "__main__":
    main()
