#!/usr/bin/python3
"""Writes lib/data/entities/pinyin_syllables.txt: the syllables of Hanyu Pinyin without tones,
from the table of initials and the finals each takes (u-umlaut written u, as names write it).

usage: /usr/bin/python3 data/lists/make_pinyin_syllables.py > lib/data/entities/pinyin_syllables.txt
"""
# The syllables of Hanyu Pinyin without tones, by initial: each group lists the finals it takes.
finals_by_initial = {
 "b": "a o ai ei ao an en ang eng i ie iao ian in ing u",
 "p": "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
 "m": "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
 "f": "a o ei ou an en ang eng u",
 "d": "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un",
 "t": "a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un",
 "n": "a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan v ve",
 "l": "a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve",
 "g": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
 "k": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
 "h": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
 "j": "i ia ie iao iu ian in iang ing iong u ue uan un",
 "q": "i ia ie iao iu ian in iang ing iong u ue uan un",
 "x": "i ia ie iao iu ian in iang ing iong u ue uan un",
 "zh": "a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
 "ch": "a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang",
 "sh": "a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang",
 "r": "e i ao ou an en ang eng ong u ua uo ui uan un",
 "z": "a e i ai ei ao ou an en ang eng ong u uo ui uan un",
 "c": "a e i ai ao ou an en ang eng ong u uo ui uan un",
 "s": "a e i ai ao ou an en ang eng ong u uo ui uan un",
 "y": "a e i ao ou an in ang ing ong u ue uan un",
 "w": "a o u ai ei an en ang eng",
 "": "a o e ai ei ao ou an en ang eng er",
}
out = set()
for ini, fs in finals_by_initial.items():
    for f in fs.split():
        s = ini + f
        s = s.replace("v", "u")  # nü, lü are written nu, lu in names
        out.add(s)
print("# The syllables of Hanyu Pinyin, without tones and with u-umlaut written u as names write it")
print("# (nu, lu): a word made of one to three of them can be a Chinese given name (\"Kunming\",")
print("# \"Lijian\"). Written by data/lists/make_pinyin_syllables.py from the table of initials and finals.")
print("\n".join(sorted(out)))
