#!/usr/bin/env python3
"""Audits the cleaner's metadata on real articles, which have no labels.

    cargo build -p clean --release --example clean_file
    python3 plugins/clean/tools/real_audit.py /tmp/real/public/*.txt

The articles come from `/work/shared/tools/real_corpus.py` and are never
committed. Comparing outputs between two builds shows what a change did; this
shows what is wrong in both: a title that is really a paragraph or a caption, an
author with a source glued to it (`Minh PhươngTheo Reuters`), a published date
that is not the page's own closing stamp. Each count lists a few examples.
"""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CLEAN_FILE = Path(os.environ.get("CLEAN_FILE", ROOT / "target/release/examples/clean_file"))
STAMP = re.compile(r"(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d)")
GLUED_CREDIT = re.compile(r"[a-zà-ỹ.](Theo |Video:|Ảnh:|Nguồn:)")


def main(paths):
    checks = {
        "title longer than 150 characters": [],
        "title ending in a full stop": [],
        "title with a photo credit": [],
        "author with a credit glued to it": [],
        "no author, the last line before the stamp has a glued credit": [],
        "published differs from the closing stamp": [],
    }
    counts = {"articles": 0, "title": 0, "author": 0, "published": 0, "source": 0, "body": 0}
    for path in paths:
        out = subprocess.run([str(CLEAN_FILE), "--json", path], capture_output=True, text=True)
        if out.returncode != 0:
            continue
        doc = json.loads(out.stdout)
        lines = [l.strip() for l in Path(path).read_text(encoding="utf-8-sig").splitlines() if l.strip()]
        name = os.path.basename(path)
        counts["articles"] += 1
        counts["body"] += len(doc["body"])
        for key in ("title", "author", "published", "source"):
            counts[key] += doc[key] is not None
        title, author = doc["title"] or "", doc["author"] or ""
        if len(title) > 150:
            checks["title longer than 150 characters"].append((name, title))
        if title.endswith(".") and not title.endswith(".."):
            checks["title ending in a full stop"].append((name, title))
        if re.search(r"ảnh:|\(ảnh|ảnh minh họa", title.lower()):
            checks["title with a photo credit"].append((name, title))
        if GLUED_CREDIT.search(author):
            checks["author with a credit glued to it"].append((name, author))
        if not author and len(lines) >= 2 and GLUED_CREDIT.search(lines[-2]):
            checks["no author, the last line before the stamp has a glued credit"].append((name, lines[-2]))
        stamp = STAMP.fullmatch(lines[-1]) if lines else None
        if stamp:
            want = f"{stamp[3]}-{stamp[2]}-{stamp[1]}T{stamp[4]}:{stamp[5]}"
            if doc["published"] != want:
                checks["published differs from the closing stamp"].append((name, f"{doc['published']} vs {want}"))
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    for check, hits in checks.items():
        print(f"{check}: {len(hits)}")
        for name, value in hits[:5]:
            print(f"    {name}: {value[:100]}")


if __name__ == "__main__":
    if not CLEAN_FILE.exists():
        sys.exit(f"{CLEAN_FILE} missing: cargo build -p clean --release --example clean_file")
    main(sys.argv[1:])
