#!/usr/bin/python3
"""Generates the entities module's build-time tables from Debian's data packages.

usage: entities_tables.py OUTDIR ISO_3166_1_JSON ISO_3166_2_JSON WORDLIST [WORDLIST ...]

- OUTDIR/entities/countries.jsonl: one gazetteer entry (type GPE) per ISO 3166-1 country or
  territory, named by its common name, with the ISO short and official names as aliases, plus
  the first-level subdivisions of a few federal states (US states, UK nations, Canadian
  provinces and territories) whose English names the standard gives.
- OUTDIR/entities/words_lower.txt: every word a word list spells in lower case (the lists
  of American and British spellings together: "defense" and "defence"); a
  capitalized word found here may be a common word at the start of a sentence.
- OUTDIR/entities/words_proper.txt: capitalized words the lists have only capitalized
  (proper nouns: "Boeing", "Moscow").
Only the standard library is used; output is sorted so the build is reproducible.
"""
import json
import sys
from pathlib import Path

# Subdivisions whose names in iso_3166-2 are the English names used in news.
SUBDIVISION_COUNTRIES = {"US": {"State", "District"}, "GB": {"Country", "Province"}, "CA": {"Province", "Territory"}}


def country_entries(iso1):
    out = []
    for c in json.loads(Path(iso1).read_text(encoding="utf-8"))["3166-1"]:
        name = c.get("common_name") or c["name"]
        aliases = {name, c["name"]}
        if c.get("official_name"):
            aliases.add(c["official_name"])
        # "Korea, Republic of" is a catalogue form, never a surface form in text.
        aliases = sorted(a for a in aliases if "," not in a and "(" not in a)
        out.append({"name": name, "type": "GPE", "aliases": aliases, "iso": c["alpha_2"]})
    return out


def subdivision_entries(iso2):
    out = []
    for s in json.loads(Path(iso2).read_text(encoding="utf-8"))["3166-2"]:
        kinds = SUBDIVISION_COUNTRIES.get(s["code"][:2])
        if not kinds or s["type"] not in kinds or "parent" in s:
            continue
        name = s["name"].split(" [")[0]
        if "," in name or "(" in name:
            continue
        out.append({"name": name, "type": "GPE", "aliases": [name], "iso": s["code"]})
    return out


def word_tables(wordlists):
    lower, caps = set(), set()
    words = [w for path in wordlists for w in Path(path).read_text(encoding="utf-8", errors="replace").split("\n")]
    for w in words:
        w = w.strip()
        if not w or w.endswith("'s"):
            continue
        if w[0].islower():
            lower.add(w)
        elif w[0].isupper():
            caps.add(w)
    proper = sorted(w for w in caps if w.lower() not in lower)
    return sorted(lower), proper


def main():
    outdir, iso1, iso2, wordlists = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    d = Path(outdir) / "entities"
    d.mkdir(parents=True, exist_ok=True)
    countries = country_entries(iso1)
    taken = {a for c in countries for a in c["aliases"]}
    # Georgia the country, not the US state: a subdivision never takes a country's name.
    entries = countries + [s for s in subdivision_entries(iso2) if s["name"] not in taken]
    entries.sort(key=lambda e: e["iso"])
    with open(d / "countries.jsonl", "w", encoding="utf-8") as f:
        for e in entries:
            f.write(json.dumps(e, sort_keys=True, ensure_ascii=False) + "\n")
    lower, proper = word_tables(wordlists)
    (d / "words_lower.txt").write_text("\n".join(lower) + "\n", encoding="utf-8")
    (d / "words_proper.txt").write_text("\n".join(proper) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
