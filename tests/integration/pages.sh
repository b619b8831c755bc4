#!/usr/bin/env bash
# Saved web pages (tests/pages/, with gold.jsonl): title, date and how it
# is known, language and locale, source, url, the body's first and last
# sentences, and no page furniture (nav, cookie banners, scripts, share
# bars, related lists, comments, footers) in the body; each amount of the
# body found once. TN_SO and TN_TOP name the extension and the repository.
set -eu
if [ -n "${TN_PRELOAD:-}" ]; then export LD_PRELOAD=$TN_PRELOAD ASAN_OPTIONS=detect_leaks=0; fi
/usr/bin/python3 - "$TN_SO" "$TN_TOP/tests/pages" <<'PY'
import json, sqlite3, sys
so, folder = sys.argv[1], sys.argv[2]
db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension(so)
failed = []
for line in open(f"{folder}/gold.jsonl", encoding="utf-8"):
    g = json.loads(line)
    row = db.execute("SELECT title, published, published_how, lang, locale, source, url, body, format, error "
                     "FROM articles(?) WHERE path = ?", (folder, g["file"])).fetchone()
    if row is None:
        failed.append(f"{g['file']}: no row"); continue
    title, published, how, lang, locale, source, url, body, fmt, error = row
    want = {"title": g["title"], "published": g["published"], "published_how": g["published_how"],
            "lang": g["lang"], "locale": g["locale"], "source": g["source"], "url": g["url"], "format": "html"}
    got = {"title": title, "published": published, "published_how": how, "lang": lang, "locale": locale,
           "source": source, "url": url, "format": fmt}
    for k in want:
        if want[k] != got[k]:
            failed.append(f"{g['file']}: {k}: want {want[k]!r}, got {got[k]!r}")
    body = body or ""
    if not body.startswith(g["first"]):
        failed.append(f"{g['file']}: body does not start with the first sentence: {body[:80]!r}")
    if not body.rstrip().endswith(g["last"]):
        failed.append(f"{g['file']}: body does not end with the last sentence: {body[-80:]!r}")
    for s in g["not_in_body"]:
        if s in body:
            failed.append(f"{g['file']}: page furniture in the body: {s!r}")
    # Each amount once: neither the title nor the standfirst above the text
    # is repeated in the body ("$85 billion" stands in both in en.html).
    spans = [r[0] for r in db.execute("SELECT text FROM amounts(?, ?)", (body, locale or lang))]
    if title and title in body.split("\n\n"):
        failed.append(f"{g['file']}: the title is repeated in the body")
    if g["file"] == "en.html" and sum("$85 billion" in x for x in spans) != 1:
        failed.append(f"en.html: '$85 billion' not found exactly once: {spans}")
for f in failed:
    print(f)
sys.exit(1 if failed else 0)
PY
