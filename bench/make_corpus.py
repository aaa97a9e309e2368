#!/usr/bin/env python3
"""Build a benchmark corpus of varied news documents from the seed corpus.

usage: make_corpus.py SEEDS_DIR OUT_DIR MEGABYTES [--seed N]

Each generated document takes a seed document's layout (boilerplate lines, title, dateline,
paragraphs) and varies it: paragraphs are drawn from all seeds and reordered, names,
numbers, weekdays and months are substituted, and documents differ in length (3 to 60
paragraphs), so no two files are byte-identical and the tools see realistic text.
Writes OUT_DIR/docs/NNNNNN.txt and OUT_DIR/manifest.jsonl (a dct per document).
Deterministic for the same --seed.
"""
import json
import os
import random
import re
import sys
from pathlib import Path

NAMES = ["Sergei Lavrov", "Dmitry Medvedev", "Javier Solana", "Anders Fogh Rasmussen", "Hillary Clinton",
         "Guido Westerwelle", "Sergei Ryabkov", "Dora Bakoyannis", "Jens Stoltenberg", "Antony Blinken",
         "Olaf Scholz", "Emmanuel Macron", "Josep Borrell", "Ursula von der Leyen", "Wendy Sherman"]
PLACES = ["Moscow", "Brussels", "Geneva", "Vienna", "Helsinki", "Corfu", "Athens", "Berlin", "Paris",
          "Warsaw", "Kyiv", "Tbilisi", "Munich", "Istanbul", "Washington"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    seeds, out, mb = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--seed" else 7)
    layouts, pool = [], []
    for f in sorted(seeds.glob("*.txt")):
        blocks = [b for b in f.read_text(encoding="utf-8").split("\n\n")]
        layouts.append(blocks)
        pool += [b for b in blocks if len(b) > 120]
    name_re = re.compile("|".join(re.escape(n) for n in NAMES + ["Lavrov", "Medvedev", "Solana", "Rasmussen"]))
    place_re = re.compile(r"\b(" + "|".join(PLACES) + r")\b")
    day_re = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
    month_re = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
    num_re = re.compile(r"\b(19|20)\d\d\b")

    def vary(text):
        text = name_re.sub(lambda m: rng.choice(NAMES), text)
        text = place_re.sub(lambda m: rng.choice(PLACES), text)
        text = day_re.sub(lambda m: rng.choice(WEEKDAYS), text)
        text = month_re.sub(lambda m: rng.choice(MONTHS), text)
        return num_re.sub(lambda m: str(rng.randint(1990, 2024)), text)

    (out / "docs").mkdir(parents=True, exist_ok=True)
    target = int(mb * 1e6)
    total, n = 0, 0
    with open(out / "manifest.jsonl", "w", encoding="utf-8") as manifest:
        while total < target:
            layout = rng.choice(layouts)
            head = [b for b in layout[:3]]
            body = [vary(rng.choice(pool)) for _ in range(rng.randint(3, 60))]
            tail = [b for b in layout[-3:] if len(b) < 400]
            text = "\n\n".join(head + body + tail) + "\n"
            name = f"{n:06d}.txt"
            sub = out / "docs" / name[:3]
            sub.mkdir(exist_ok=True)
            data = text.encode("utf-8")
            (sub / name).write_bytes(data)
            dct = f"{rng.randint(2000, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            manifest.write(json.dumps({"path": f"docs/{name[:3]}/{name}", "dct": dct}) + "\n")
            total += len(data)
            n += 1
    print(f"{n} documents, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
