#!/usr/bin/env python3
"""Write a corpus of document records with every kind of damage `check` looks for.

usage: make_damaged.py CLEAN.jsonl NEARDUP.jsonl OUT.jsonl
CLEAN.jsonl: ingest output of the seeds (with layers if any); NEARDUP.jsonl: ingest output
of a lightly edited copy of the first seed. Prints the finding kinds the corpus must raise.
"""
import json
import sys

clean = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
near = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
out = open(sys.argv[3], "w", encoding="utf-8")


def write(d):
    out.write(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n")


for d in clean:
    write(d)
write(clean[0])                      # duplicate-id
write(near[0])                       # near-duplicate of clean[0]
d = dict(clean[1]); d["text"] = ""; d["paragraphs"] = []; d["sentences"] = []; d["id"] = "00000000000000e1"
write(d)                             # empty (and id-mismatch is not raised for empty text)
d = dict(clean[1]); d["text"] = "Too short to be an article."; d["paragraphs"] = [[0, 27]]; d["sentences"] = [[0, 27]]
d["id"] = "00000000000000e2"; d.pop("entities", None); d.pop("quotes", None); d.pop("timexes", None); d.pop("positions", None)
write(d)                             # tiny, id-mismatch
d = dict(clean[2]); t = d["text"] + "\n\nShare on Facebook"; n = len(d["text"])
d["text"] = t; d["paragraphs"] = d["paragraphs"] + [[n + 2, len(t)]]; d["id"] = "00000000000000e3"
write(d)                             # boilerplate left in the text
d = dict(clean[3]); d["text"] = d["text"].replace("Russia's", "Russiaâ€™s", 1).replace("the", "th\ufffd", 1).replace("and", "a\u0007nd", 1)
d["id"] = "00000000000000e4"; d.pop("entities", None); d.pop("quotes", None); d.pop("timexes", None); d.pop("positions", None)
write(d)                             # encoding: mojibake, U+FFFD, control character
d = dict(clean[4]); d["dct"] = {"value": None, "source": "none"}; d["id"] = "00000000000000e5"
write(d)                             # missing-dct
d = dict(clean[4]); d["dct"] = {"value": "1066-10-14", "source": "option"}; d["published"] = "2022-01-14"; d["id"] = "00000000000000e6"
write(d)                             # implausible-date, date-after-dct
d = dict(clean[0]); d["id"] = "00000000000000e7"
d["entities"] = [{"id": "e1", "name": "NATO", "type": "ORG", "aliases": ["NATO"], "mentions": [[0, 4], [10**6, 10**6 + 4]]}]
d["quotes"] = [{"id": "q1", "text": "words that are not there", "span": [0, 10], "speech": True, "kind": "direct",
                "speaker": None, "cue": None}]
d["timexes"] = [{"id": "t1", "text": "Friday", "span": [0, 6], "type": "DATE", "value": "2010-02-05"}]
write(d)                             # span-mismatch (entity, quote, timex)
d = dict(clean[0]); d["id"] = "xyz"; d["entities"] = [{"id": "e1", "name": "X", "type": "THING", "aliases": [], "mentions": []}]
write(d)                             # schema
out.write('{"schema": "dossier.document/1", "id": "broken\n')   # unreadable
out.close()
print("duplicate-id near-duplicate empty tiny id-mismatch boilerplate encoding missing-dct implausible-date "
      "date-after-dct span-mismatch schema unreadable")
