#!/usr/bin/python3
"""Writes the open name lists of the entities module from Debian's data packages.

usage: /usr/bin/python3 data/lists/make_open_name_lists.py lib/data/entities

Needs the Debian packages python3-fake-factory (Faker's name lists, MIT/Expat), tzdata (the
tz database's zone names, public domain), iso-codes (ISO 3166, LGPL-2.1+) and wamerican (the
word list). Writes, sorted, so that the same packages give the same bytes:

- given_names_open.txt: the given names Faker lists for its 49 locales, in Latin script, three
  letters or more, that are no lower-case English word ("Will", "Rose"), no place of the list
  below, no country and no name of a company named after a person (KNOWN_BRANDS).
- surnames_open.txt: the last names of the same lists, filtered alike.
- places_open.txt: the cities of the tz database's zone names ("America/Los_Angeles" gives
  "Los Angeles") and the subdivisions of ISO 3166-2 (states, provinces, regions), in Latin
  script, four letters or more, that are no lower-case English word.
"""
import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

LATIN = re.compile(r"[A-Z][a-zA-Z\u00C0-\u024F'\-]+( [A-Z][a-zA-Z\u00C0-\u024F'\-]+){0,3}")
# Given names that are better known as companies or brands in news.
KNOWN_BRANDS = {
    "Bayer", "Bell", "Bentley", "Bosch", "Buick", "Campbell", "Chevrolet", "Davidson", "Dow", "Ericsson",
    "Ferrari", "Ford", "Fox", "Harley", "Heinz", "Hilton", "Hyatt", "Kia", "Lynch", "Mac", "Macy",
    "Mercedes", "Moody", "Morgan", "Nielsen", "Porsche", "Prada", "Renault", "Roche", "Royce", "Schwab",
    "Stanley", "Warner", "Wells",
}


def lower_words(path):
    out = set()
    for w in Path(path).read_text(encoding="utf-8", errors="replace").split("\n"):
        w = w.strip()
        if w and w[0].islower():
            out.add(w.lower())
    return out


def places(common):
    out = set()
    for tab in ("/usr/share/zoneinfo/zone1970.tab", "/usr/share/zoneinfo/zone.tab"):
        for line in Path(tab).read_text(encoding="utf-8").split("\n"):
            if not line or line.startswith("#"):
                continue
            for part in line.split("\t")[2].split("/")[1:]:
                out.add(part.replace("_", " "))
    iso2 = json.loads(Path("/usr/share/iso-codes/json/iso_3166-2.json").read_text(encoding="utf-8"))
    for s in iso2["3166-2"]:
        name = s["name"].split(" [")[0]
        if "," not in name and "(" not in name:
            out.add(name)
    return sorted(p for p in out if LATIN.fullmatch(p) and len(p) >= 4 and p.lower() not in common)


def person_names(common, place_set, attrs):
    import faker.providers.person as person
    iso1 = json.loads(Path("/usr/share/iso-codes/json/iso_3166-1.json").read_text(encoding="utf-8"))
    countries = {c.get("common_name") or c["name"] for c in iso1["3166-1"]}
    names = set()
    for m in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for attr in attrs:
            v = getattr(provider, attr, None)
            if v:
                names.update(v.keys() if isinstance(v, dict) else v)
    return sorted(n for n in names if LATIN.fullmatch(n) and " " not in n and "'" not in n and len(n) >= 3
                  and n.lower() not in common and n not in place_set and n not in countries
                  and n not in KNOWN_BRANDS)


def main():
    out = Path(sys.argv[1])
    common = lower_words("/usr/share/dict/american-english")
    place_list = places(common)
    given = person_names(common, set(place_list),
                         ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"))
    surnames = sorted(set(person_names(common, set(place_list), ("last_names",))) - set(given))
    header = ("# Given names of Faker's person lists (MIT/Expat; Debian package python3-fake-factory),\n"
              "# filtered by data/lists/make_open_name_lists.py: one a line.\n")
    (out / "given_names_open.txt").write_text(header + "\n".join(given) + "\n", encoding="utf-8")
    header = ("# Last names of Faker's person lists (MIT/Expat; Debian package python3-fake-factory)\n"
              "# that are no given name of given_names_open.txt, filtered by\n"
              "# data/lists/make_open_name_lists.py: one a line.\n")
    (out / "surnames_open.txt").write_text(header + "\n".join(surnames) + "\n", encoding="utf-8")
    header = ("# Cities of the tz database's zone names (public domain; Debian package tzdata) and the\n"
              "# subdivisions of ISO 3166-2 (Debian package iso-codes, LGPL-2.1+), filtered by\n"
              "# data/lists/make_open_name_lists.py: one a line.\n")
    (out / "places_open.txt").write_text(header + "\n".join(place_list) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
