#!/usr/bin/env python3
"""Validate JSON Lines records against a JSON Schema, and check that spans fit the text.

usage: validate.py SCHEMA.json RECORDS.jsonl
Exits 1 naming the line and the problem of the first bad record.
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    n = 0
    for no, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        errors = sorted(validator.iter_errors(rec), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            sys.exit(f"{sys.argv[2]}:{no}: {'/'.join(map(str, e.path))}: {e.message}")
        text = rec.get("text")
        if rec.get("schema") == "dossier.document/1":
            size = len(text)
            spans = list(rec["paragraphs"]) + list(rec["sentences"])
            spans += [m for e in rec.get("entities", []) for m in e["mentions"]]
            spans += [q["span"] for q in rec.get("quotes", [])]
            spans += [t["span"] for t in rec.get("timexes", [])]
            for s, e in spans:
                if not 0 <= s <= e <= size:
                    sys.exit(f"{sys.argv[2]}:{no}: span [{s}, {e}] outside the text ({size} code points)")
            for t in rec.get("timexes", []):
                s, e = t["span"]
                if text[s:e] != t["text"]:
                    sys.exit(f"{sys.argv[2]}:{no}: timex {t['id']} text does not match its span")
        n += 1
    print(f"{n} records valid against {sys.argv[1]}")


if __name__ == "__main__":
    main()
