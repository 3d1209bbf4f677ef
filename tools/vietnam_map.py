#!/usr/bin/env python3
"""Derive resources/map/vietnam.tsv from the npm package @svg-maps/vietnam (CC BY 4.0), once, never at build time.

    npm pack @svg-maps/vietnam && tar xzf svg-maps-vietnam-*.tgz
    python3 tools/vietnam_map.py package/index.js > resources/map/vietnam.tsv

Each row: the package's id, the gazetteer province the shape belongs to, and the SVG path (viewBox 0 0 812 873).
Hoang Sa and Truong Sa are island districts of Da Nang and Khanh Hoa: drawn, and shaded with those provinces.
"""
import json, sys, unicodedata, re

PARTS = {"hoangsa": "da-nang", "truongsa": "khanh-hoa", "hcm": "ho-chi-minh-city", "tthue": "thua-thien-hue",
         "baria": "ba-ria-vung-tau"}

def key(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())

def main(path):
    text = open(path, encoding="utf-8").read()
    data = json.loads(text[text.index("{"):text.rindex("}") + 1])
    gaz = json.load(open("resources/gazetteer/provinces.json", encoding="utf-8"))["provinces"]
    by_key = {key(p["en"]): p["id"] for p in gaz}
    print("# derived by tools/vietnam_map.py from @svg-maps/vietnam 2.0.0 (CC BY 4.0); viewBox " + data["viewBox"])
    seen = set()
    for loc in data["locations"]:
        gid = PARTS.get(loc["id"]) or by_key.get(key(loc["name"]))
        if gid is None:
            sys.exit("no gazetteer province for " + loc["id"])
        seen.add(gid)
        print(loc["id"] + "\t" + gid + "\t" + loc["path"])
    missing = set(by_key.values()) - seen
    if missing:
        sys.exit("provinces without a shape: " + ", ".join(sorted(missing)))

main(sys.argv[1])
