#!/usr/bin/env python3
"""Scores jusText (the issue's reference) and the cleaner on the same fixture sets.

Usage:
    python3 -m venv /tmp/jt && /tmp/jt/bin/pip install justext lxml_html_clean
    cargo build -p clean --release --example clean_file
    /tmp/jt/bin/python plugins/clean/tools/justext_baseline.py tests/fixtures/cleaning*/

For every `raw/X.txt` with an `expected/X.json` it compares the kept lines with
the expected body, paragraph by paragraph, the way `tests/gold.rs` does. jusText
gets the flat text as HTML, one `<p>` per line (these pages come as flat text),
with its Vietnamese stoplist and default settings; the line the expected JSON
names as the title is not counted against it. Lines are compared without
diacritics, case or spacing differences, because jusText does not normalise
tone marks and the expected body is normalised. "Furniture kept" is the share
of the page's non-body lines (blank lines aside) that a tool kept in the body.
"""

import html
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import justext

ROOT = Path(__file__).resolve().parents[3]
CLEAN_FILE = Path(os.environ.get("CLEAN_FILE", ROOT / "target/release/examples/clean_file"))
STOPLIST = justext.get_stoplist("Vietnamese")


def key(line):
    """A line's identity for matching: no diacritics, case or extra spaces."""
    decomposed = unicodedata.normalize("NFD", line.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.lower().split())


def justext_body(text):
    lines = [l for l in text.splitlines() if l.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in lines) + "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), STOPLIST, encoding="utf-8")
    return [p.text for p in paragraphs if not p.is_boilerplate]


def cleaner_body(path):
    out = subprocess.run([str(CLEAN_FILE), "--json", str(path)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)["body"]


class Tally:
    def __init__(self):
        self.tp = self.fp = self.fn = self.noise = self.noise_kept = 0

    def add(self, kept, gold, title, raw_lines):
        gold_keys = {key(p) for p in gold}
        kept_keys = [key(p) for p in kept if key(p) != key(title or "")]
        self.tp += sum(1 for k in kept_keys if k in gold_keys)
        self.fp += sum(1 for k in kept_keys if k not in gold_keys)
        self.fn += len(gold_keys - set(kept_keys))
        noise = {key(l) for l in raw_lines if l.strip()} - gold_keys - {key(title or "")}
        self.noise += len(noise)
        self.noise_kept += len(noise & set(kept_keys))

    def row(self):
        p = self.tp / max(self.tp + self.fp, 1)
        r = self.tp / max(self.tp + self.fn, 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        kept = self.noise_kept / max(self.noise, 1)
        return f"{p:.3f} / {r:.3f} / {f1:.3f}, lost {self.fn}, furniture kept {kept:.0%}"


def main(folders):
    if not CLEAN_FILE.exists():
        sys.exit(f"{CLEAN_FILE} missing: cargo build -p clean --release --example clean_file")
    print("| set | articles | jusText P / R / F1 | cleaner P / R / F1 |")
    print("| --- | --- | --- | --- |")
    for folder in folders:
        folder = Path(folder)
        tallies = (Tally(), Tally())
        articles = 0
        for raw in sorted((folder / "raw").glob("*.txt")):
            expected = folder / "expected" / (raw.stem + ".json")
            if not expected.exists():
                continue
            text = raw.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
            text = unicodedata.normalize("NFC", text)
            gold = json.loads(expected.read_text(encoding="utf-8"))
            raw_lines = text.splitlines()
            tallies[0].add(justext_body(text), gold["body"], gold["title"], raw_lines)
            tallies[1].add(cleaner_body(raw), gold["body"], gold["title"], raw_lines)
            articles += 1
        if articles:
            print(f"| `{folder.name}` | {articles} | {tallies[0].row()} | {tallies[1].row()} |")


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(str(p) for p in (ROOT / "tests/fixtures").glob("cleaning*")))
