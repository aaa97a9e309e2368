#!/usr/bin/python3
"""Writes the open name lists of the entities module from Debian's data packages.

usage: /usr/bin/python3 data/lists/make_open_name_lists.py lib/data/entities

Needs the Debian packages wordnet-base (WordNet 3.0, its licence below), python3-fake-factory (Faker's name lists, MIT/Expat), tzdata (the
tz database's zone names, public domain), iso-codes (ISO 3166, LGPL-2.1+), libgeonames-common
(GeoNames' English city names, CC BY 4.0), wamerican and wbritish (the word lists of both spellings). Writes, sorted, so that the same packages give the same bytes:

- given_names_open.txt: the given names Faker lists for its 49 locales, in Latin script, three
  letters or more, that are no lower-case English word ("Will", "Rose"), no place of the list
  below, no country and no name of a company named after a person (KNOWN_BRANDS).
- surnames_open.txt: the last names of the same lists, filtered alike.
- wordnet_names.tsv: the proper names of WordNet's instance nouns whose every sense is a
  person, a populated place (country, city, state, district) or another location, senses of
  none of these aside ("Einstein"
  PERSON, "Lucknow" GPE, "Mesopotamia" LOC), with that type (a name whose senses are a
  populated place and another location, "Persia", is GPE unless a person's list has it); names of companies named after a
  person (KNOWN_BRANDS) are left out. Names of natural features (islands, peninsulas,
  mountains, seas, rivers: "Anatolia", "Ladoga") are LOC where no such sense claims them and
  they are no person's name, English word, nationality's adjective or code ("GB", "Ob").
- places_open.txt: the cities of the tz database's zone names ("America/Los_Angeles" gives
  "Los Angeles") and the subdivisions of ISO 3166-2 (states, provinces, regions), in Latin
  script, four letters or more, that are no lower-case English word and no company's name.
- places_geonames.txt: the English names of the cities GeoNames lists (its message catalogue
  of Debian's libgeonames-common), filtered like places_open.txt, and besides no name of the
  lists above that is a person's (an open given name or surname, a WordNet person: "Austin",
  "Bristol" as a given name, "Castro") and no name of the built-in gazetteer ("Obama", Japan's
  city; its organisations and people), nor a name places_open.txt already has.
"""
import gettext
import importlib
import json
import pkgutil
import re
import sys
from pathlib import Path

LATIN = re.compile(r"[A-Z][a-zA-Z\u00C0-\u024F'\-]+( [A-Z][a-zA-Z\u00C0-\u024F'\-]+){0,3}")
# Given names that are better known as companies or brands in news.
KNOWN_BRANDS = {
    "Armani", "Bayer", "Bell", "Bentley", "Bosch", "Buick", "Campbell", "Cartier", "Chanel", "Chase",
    "Chevrolet", "Daimler", "Davidson", "Dior", "Disney", "Dow", "Dreyfus", "Ericsson", "Fargo",
    "Ferrari", "Ford", "Fox", "Gallup", "Goldman", "Goodyear", "Guinness", "Harley", "Heinz", "Hilton",
    "Hyatt", "Kellogg", "Kia", "Krupp", "Lynch", "Mac", "Macy", "Mercedes", "Moody", "Morgan",
    "Nielsen", "Northrop", "Opel", "Pontiac", "Porsche", "Prada", "Renault", "Ritz", "Roche", "Royce",
    "Schwab", "Siemens", "Sikorsky", "Stanley", "Tata", "Tesla", "Tiffany", "Toyota", "Versace",
    "Warner", "Wells",
}


def lower_words(path):
    out = set()
    for w in Path(path).read_text(encoding="utf-8", errors="replace").split("\n"):
        w = w.strip()
        if w and w[0].islower():
            out.add(w.lower())
    return out


def chinese_short_name(name):
    """ISO 3166-2 names China's subdivisions with their designator ("Guizhou Sheng",
    "Beijing Shi", "Guangxi Zhuangzu Zizhiqu"); news names them without it ("Guizhou")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in ("Sheng", "Shi", "Zizhiqu"):
        return []
    words = words[:-1]
    # "Guangxi Zhuangzu", "Ningxia Huizi", "Xinjiang Uygur": the people the region is named for.
    if len(words) > 1 and (words[-1].endswith("zu") or words[-1] in ("Huizi", "Uygur")):
        words = words[:-1]
    return [" ".join(words)]


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
            if s["code"].startswith("CN-"):
                out.update(chinese_short_name(name))
    return sorted(p for p in out if LATIN.fullmatch(p) and len(p) >= 4 and p.lower() not in common
                  and p not in KNOWN_BRANDS)


GEONAMES = "/usr/share/locale/en/LC_MESSAGES/geonames.mo"


def demonyms(folder):
    """The nationality adjectives of demonyms.tsv, in lower case ("canadian", also a river's name)."""
    rows = (folder / "demonyms.tsv").read_text(encoding="utf-8").split("\n")
    return {line.split("\t")[0].lower() for line in rows if line and not line.startswith("#")}


def gazetteer_names(folder):
    """The names and aliases of the built-in gazetteer's people and organisations."""
    out = set()
    for name in ("organisations.tsv", "people.tsv"):
        for line in (folder / name).read_text(encoding="utf-8").split("\n"):
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            out.add(cols[1])
            if len(cols) > 3:
                out.update(a for a in cols[3].split("|") if a)
    return out


def geonames_places(common, known, persons):
    """GeoNames' city names of the catalogue (message id: the GeoNames id; text: the English
    name), filtered; KNOWN: names of other lists, PERSONS: names that are people's."""
    with open(GEONAMES, "rb") as f:
        catalogue = gettext.GNUTranslations(f)._catalog  # pylint: disable=protected-access
    names = {v for k, v in catalogue.items() if k}
    return sorted(n for n in names if LATIN.fullmatch(n) and len(n) >= 4 and n.lower() not in common
                  and n not in KNOWN_BRANDS and n not in known and n not in persons)


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


WORDNET = "/usr/share/wordnet/data.noun"
# Synsets of WordNet 3.0 whose hyponyms' instances are names of a type: person.n.01;
# administrative_district.n.01, country and city senses; location.n.01.
WORDNET_ROOTS = {"00007846": "PERSON", "08491826": "GPE", "08544813": "GPE", "08168978": "GPE",
                 "08226335": "GPE", "08524735": "GPE", "08540903": "GPE", "00027167": "LOC"}
# Natural features, which WordNet files under objects, not locations: land.n.04 (islands,
# peninsulas, continents' regions: "Anatolia"), geological_formation.n.01 (mountains, valleys,
# falls), body_of_water.n.01 (seas, rivers, lakes). Their names are places (LOC) where no
# sense of the roots above claims the name ("Hudson", a river and a person, stays a person).
NATURAL_ROOTS = ("09334396", "09287968", "09225146")
WORDNET_NOTICE = """# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR
# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION
# WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database.  Title to copyright in this
# software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""


def wordnet_names(persons=frozenset(), common=frozenset()):
    synsets = {}
    for line in Path(WORDNET).read_text(encoding="latin-1").split("\n"):
        if not line or line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        count = int(f[3], 16)
        words = [f[4 + 2 * i] for i in range(count)]
        k = 4 + 2 * count
        ptrs = []
        for i in range(int(f[k])):
            sym, offset, pos = f[k + 1 + 4 * i:k + 4 + 4 * i]
            if pos == "n" and sym in ("@", "@i"):
                ptrs.append((sym, offset))
        synsets[f[0]] = (words, ptrs)
    memo = {}

    def ancestors(offset):
        if offset not in memo:
            memo[offset] = set()
            out = {offset}
            for _, parent in synsets[offset][1]:
                out |= ancestors(parent)
            memo[offset] = out
        return memo[offset]

    types, natural = {}, set()
    for offset, (words, ptrs) in synsets.items():
        if not any(sym == "@i" for sym, _ in ptrs):
            continue
        above = ancestors(offset)
        found = {WORDNET_ROOTS[r] for r in above if r in WORDNET_ROOTS}
        if not found and not any(r in above for r in NATURAL_ROOTS):
            continue  # a battle, a work, a deity: says nothing of the name's type
        kind = "PERSON" if "PERSON" in found else "GPE" if "GPE" in found else "LOC"
        for w in words:
            w = re.sub(r"\(.*\)$", "", w).replace("_", " ")
            if w[:1].isupper() and w not in KNOWN_BRANDS:
                (types.setdefault(w, set()).add(kind) if found else natural.add(w))
    # A feature's name that is a person's ("Lena", a river), an English word, a nationality's
    # adjective ("Canadian", a river), in capitals ("GB", an island's code) or of two letters
    # ("Ob") stays out.
    for w in natural:
        if w not in persons and w.lower() not in common and len(w) > 2 and not w.isupper():
            types.setdefault(w, {"LOC"})
    # A name of a country and of its older realm or region ("Persia": Iran, GPE, and the
    # ancient empire, LOC) is a place either way: GPE, as for a country; unless a person's
    # name list has it too ("Leon", "Virginia").
    def one_type(w, kinds):
        if len(kinds) == 1:
            return next(iter(kinds))
        return "GPE" if kinds == {"GPE", "LOC"} and w not in persons else None
    return sorted((w, one_type(w, k)) for w, k in types.items() if one_type(w, k))


def main():
    out = Path(sys.argv[1])
    common = lower_words("/usr/share/dict/american-english") | lower_words("/usr/share/dict/british-english")
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
    curated_given = set()
    for line in (out / "given_names.txt").read_text(encoding="utf-8").split("\n"):
        if not line.startswith("#"):
            curated_given.update(line.split())
    header = ("# Proper names of WordNet's instance nouns of one type, by\n"
              "# data/lists/make_open_name_lists.py: name, tab, type.\n" + WORDNET_NOTICE)
    rows = "".join(f"{w}\t{t}\n" for w, t in wordnet_names(set(given) | set(surnames) | curated_given, common | demonyms(out)))
    (out / "wordnet_names.tsv").write_text(header + rows, encoding="utf-8")
    header = ("# Cities of the tz database's zone names (public domain; Debian package tzdata) and the\n"
              "# subdivisions of ISO 3166-2 (Debian package iso-codes, LGPL-2.1+), filtered by\n"
              "# data/lists/make_open_name_lists.py: one a line.\n")
    (out / "places_open.txt").write_text(header + "\n".join(place_list) + "\n", encoding="utf-8")
    wordnet_people = {w for w, t in wordnet_names() if t == "PERSON"}
    persons = set(given) | set(surnames) | wordnet_people | gazetteer_names(out) | curated_given
    geo = geonames_places(common, set(place_list), persons)
    header = ("# English names of the cities of GeoNames (https://www.geonames.org, CC BY 4.0; Debian\n"
              "# package libgeonames-common), filtered by data/lists/make_open_name_lists.py: one a line.\n")
    (out / "places_geonames.txt").write_text(header + "\n".join(geo) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
