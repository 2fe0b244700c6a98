#!/usr/bin/env python3
"""Independent reference of the population projection (spec section 8).

Written from /work/shared/spec/gevinstmodell.md section 8 and the data README
alone, with the Python standard library only, in plain loops, so that it shares
no code or structure with the C++ module (model/PopulationProjection.*).

Usage:
  projection_reference.py DATA_DIR UNIT [TO_YEAR [BANDS]] [-o OUT.json]

DATA_DIR holds the shipped files (resources/data): the SSB 07459 / 10826
single-age exports for 1 January 2024, population-single-age-2019.csv and
life-table-norway.csv.  UNIT is a kommune number ("4601") or an Oslo bydel
("030112").  BANDS is a comma list like "0-19,20-66,67-79,80+".
Prints {"unit", "to", "band_list", "base_year", "years",
"bands": {band: [value per year]}}: the request and the projection.
"""

import json
import sys

BASE_YEAR = 2024
TOP = 105                 # the open group 105+ is age index 105
R = 0.015                 # mortality improvement a year
MORTALITY_YEAR = 2023     # the life table's year


def read_statbank_2024(data_dir, unit):
    """Persons by age 0..105 on 1 Jan 2024 for a kommune (07459) or bydel (10826)."""
    if len(unit) == 4:
        name = "ssb-07459-population-by-single-age-kommune-2024.csv"
        wanted = "K-" + unit
    else:
        name = "ssb-10826-population-by-single-age-bydel-2024.csv"
        # Oslo's current bydeler carry the suffix "a" in the export ("030112a Alna");
        # the codes without it are the districts of 1988-2003.
        wanted = unit + "a" if unit.startswith("0301") else unit
    persons = [None] * (TOP + 1)
    with open(data_dir + "/" + name, encoding="latin-1") as f:
        lines = f.read().splitlines()
    for line in lines:
        parts = line.split(";")
        if len(parts) != 3:
            continue
        region = parts[0].strip('"')
        if region.split(" ")[0] != wanted:
            continue
        # "030112 Manglerud (1988-2003)": a district of an earlier division, which
        # reuses the number; "K-1818 Herøy (Nordland)" is a kommune's full name.
        if region.endswith(")"):
            period = region[region.rindex("(") + 1:-1]
            if period and all(c in "0123456789- " for c in period):
                continue
        age_text = parts[1].strip('"')
        age = int(age_text.split(" ")[0])
        persons[age] = float(parts[2])
    if any(p is None for p in persons):
        return None
    return persons


def read_2019(data_dir, unit):
    persons = [None] * (TOP + 1)
    with open(data_dir + "/population-single-age-2019.csv", encoding="utf-8") as f:
        header = f.readline().strip().split(",")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split(",")))
            if row["code"] != unit or row["region_type"] not in ("kommune", "oslo_bydel"):
                continue
            age = TOP if row["age"] == "105+" else int(row["age"])
            persons[age] = float(row["persons"])
    if all(p is None for p in persons):
        return None
    return [p if p is not None else 0.0 for p in persons]


def read_life_table(data_dir):
    q = [None] * (TOP + 1)
    with open(data_dir + "/life-table-norway.csv", encoding="utf-8") as f:
        header = f.readline().strip().split(",")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split(",")))
            if row["sex"] == "both_derived" and row["year"] == "2022-2024":
                age = int(row["age"])
                if age <= TOP:
                    q[age] = float(row["qx"])
    assert all(v is not None for v in q)
    return q


def migration(p_now, p_before, q):
    m = [0.0] * (TOP + 1)
    if p_before is None:
        return m
    for g in range(5, 100, 5):
        observed = 0.0
        expected = 0.0
        for a in range(g, g + 5):
            observed += p_now[a]
            survive = 1.0
            for i in range(5):
                survive *= 1.0 - q[a - 5 + i]
            expected += p_before[a - 5] * survive
        if observed == 0 or expected == 0:
            rate = 0.0
        else:
            rate = 0.5 * ((observed / expected) ** (1.0 / 5.0) - 1.0)
            rate = max(-0.025, min(0.025, rate))
        for a in range(g, g + 5):
            m[a] = rate
    return m


def project(p_base, p_before, q, to_year):
    m = migration(p_base, p_before, q)
    women_ages = range(20, 45)
    denominator = sum(p_base[a] for a in women_ages)
    beta = p_base[0] / denominator if denominator > 0 else 0.0
    years = [BASE_YEAR]
    rows = [list(p_base)]
    p = list(p_base)
    for y in range(BASE_YEAR, to_year):
        s = [1.0 - min(1.0, q[a] * (1.0 - R) ** (y - MORTALITY_YEAR)) for a in range(TOP + 1)]
        nxt = [0.0] * (TOP + 1)
        for a in range(0, TOP - 1):          # a = 0 .. 103
            nxt[a + 1] = p[a] * s[a] * (1.0 + m[a + 1])
        nxt[TOP] = (p[TOP - 1] * s[TOP - 1] + p[TOP] * s[TOP]) * (1.0 + m[TOP])
        nxt[0] = beta * sum(nxt[a] for a in women_ages)
        p = nxt
        years.append(y + 1)
        rows.append(list(p))
    return years, rows


def band_sum(p, band):
    if band.endswith("+"):
        low, high = int(band[:-1]), 10 ** 9
    else:
        low, high = (int(x) for x in band.split("-"))
    total = 0.0
    for a in range(TOP + 1):
        if low <= a <= high:
            total += p[a]
    return total


def main(argv):
    out = None
    if "-o" in argv:
        i = argv.index("-o")
        out = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    data_dir, unit = argv[1], argv[2]
    to_year = int(argv[3]) if len(argv) > 3 else 2050
    bands = argv[4].split(",") if len(argv) > 4 else ["0-19", "20-66", "67-79", "80+"]
    p_base = read_statbank_2024(data_dir, unit)
    if p_base is None:
        raise SystemExit("no 2024 figures for " + unit)
    years, rows = project(p_base, read_2019(data_dir, unit), read_life_table(data_dir), to_year)
    doc = {"unit": unit, "to": to_year, "band_list": ",".join(bands), "base_year": BASE_YEAR, "years": years,
           "bands": {b: [band_sum(r, b) for r in rows] for b in bands}}
    text = json.dumps(doc, indent=1) + "\n"
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv)
