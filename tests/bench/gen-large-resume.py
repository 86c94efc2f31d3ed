#!/usr/bin/env python3
# Writes a JSON Resume far larger than any real one, to measure how the
# layout and the PDF export scale:
#
#   tests/bench/gen-large-resume.py keywords 16000 > k16k.json
#   tests/bench/gen-large-resume.py profiles 50000 > p50k.json
#   tests/bench/gen-large-resume.py bullets 10000 1500 > b10k.json
#   tests/bench/gen-large-resume.py long-bullet 60000 > long.json
#   /usr/bin/time -v _build/src/vitae export k16k.json -o k16k.pdf
#
# keywords: one skill group with N keywords; profiles: N profiles with a
# web address each; bullets: N bullets in entries of 100 (the most a file
# may hold is 10,000 bullets), of about SIZE bytes each when a third
# argument is given; bullets-one-entry: N bullets in one entry;
# long-bullet: one bullet of about N bytes.

import json
import sys

WORDS = ("Cut deploy time from forty minutes to six by caching container layers "
         "and splitting the integration suite across eight runners").split()


def sentence(i):
    n = 12 + i % 9
    return " ".join(WORDS[(i + k) % len(WORDS)] for k in range(n)) + f" ({i})."


def paragraph(i, size):
    text = [sentence(i)]
    while sum(len(t) + 1 for t in text) < size:
        text.append(sentence(i + len(text)))
    return " ".join(text)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: gen-large-resume.py keywords|profiles|bullets|bullets-one-entry|long-bullet N [SIZE]")
    kind, n = sys.argv[1], int(sys.argv[2])
    size = int(sys.argv[3]) if len(sys.argv) == 4 else 0
    resume = {"basics": {"name": "Test Person", "email": "test@example.com"}}

    if kind == "keywords":
        resume["skills"] = [{"name": "Tools", "keywords": [f"tool-{i}" for i in range(n)]}]
    elif kind == "profiles":
        resume["basics"]["profiles"] = [
            {"network": "Web", "url": f"https://example.com/people/{i}"} for i in range(n)]
    elif kind == "bullets":
        resume["work"] = [
            {"name": f"Company {e}", "position": "Engineer", "startDate": "2020-01",
             "highlights": [paragraph(e * 100 + b, size) for b in range(min(100, n - e * 100))]}
            for e in range((n + 99) // 100)]
    elif kind == "bullets-one-entry":
        resume["work"] = [{"name": "Company", "position": "Engineer", "startDate": "2020-01",
                           "highlights": [sentence(b) for b in range(n)]}]
    elif kind == "long-bullet":
        resume["work"] = [{"name": "Company", "position": "Engineer", "highlights": [paragraph(0, n)]}]
    else:
        sys.exit(f"unknown kind {kind}")

    json.dump(resume, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
