#!/usr/bin/python3
"""Writes lib/data/entities/languages.txt from the ISO 639 language names of iso-codes.

usage: /usr/bin/python3 data/lists/make_languages.py lib/data/entities BUILD/lib/gen/entities/words_lower.txt

Needs the Debian package iso-codes (© 2001-2008 Alastair McKinstry, © 2004-2016 Christian
Perrier, © 2005-2023 Tobias Quathamer; LGPL-2.1 or later, text in data/lists/LGPL-2.1.txt).
Takes the one-word names of ISO 639-2 (languages: "Latin", "Tatar") and of ISO 639-5
(families: "Bantu languages" gives "Bantu"), in Latin script, five letters or more (shorter
names are as often surnames: "Yao", "Lao", "Iban"), that
are no lower-case English word ("Ewe"), no nationality word already listed, and no name of
the entity lists of the folder (places, people, organisations, countries, the open place and
person lists, WordNet's names: "Tonga", "Nauru", "Chamorro"). Writes them sorted.
"""
import json
import re
import sys
from pathlib import Path

WORD = re.compile(r"[A-Z][a-z\u00E0-\u024F'\-]{4,}")
# Names better known in news as a company's, a product's or a weapon's.
OTHER_SENSES = {"Apache", "Mohawk", "Klingon"}


def main():
    folder, lower_path = Path(sys.argv[1]), Path(sys.argv[2])
    lower = {w.strip().lower() for w in lower_path.read_text(encoding="utf-8").split("\n") if w.strip()}
    known = set()
    for name in ("places_open.txt", "places_geonames.txt", "given_names_open.txt", "surnames_open.txt",
                 "religions.txt", "not_names.txt", "given_names.txt"):
        known |= {l.strip() for l in (folder / name).read_text(encoding="utf-8").split("\n") if l and not l.startswith("#")}
    for name in ("countries.tsv", "demonyms.tsv", "places.tsv", "people.tsv", "organisations.tsv", "wordnet_names.tsv",
                 "variants.tsv"):
        for line in (folder / name).read_text(encoding="utf-8").split("\n"):
            if not line or line.startswith("#"):
                continue
            for field in line.split("\t"):
                known |= {a.strip() for a in field.split("|")}
    names = set()
    iso = Path("/usr/share/iso-codes/json")
    for entry in json.loads((iso / "iso_639-2.json").read_text(encoding="utf-8"))["639-2"]:
        names |= {n.strip() for n in entry["name"].split(";")}
    for entry in json.loads((iso / "iso_639-5.json").read_text(encoding="utf-8"))["639-5"]:
        for n in entry["name"].split(";"):
            n = n.strip()
            if n.endswith(" languages"):
                names.add(n[: -len(" languages")])
    out = sorted(n for n in names if WORD.fullmatch(n) and n.lower() not in lower and n not in known and n not in OTHER_SENSES)
    header = ("# Language and language-family names: the one-word names of ISO 639-2 and ISO 639-5, from\n"
              "# iso-codes (LGPL-2.1 or later, see ATTRIBUTION.md), written by data/lists/make_languages.py.\n"
              "# Like nationality words (demonyms.tsv) they name no entity on their own (\"Latin\", \"Bantu\",\n"
              "# \"the Tatars\"), though they may open a longer name.\n")
    (folder / "languages.txt").write_text(header + "".join(n + "\n" for n in out), encoding="utf-8")


main()
