#!/usr/bin/env python3
"""Writes the PxWebAPI v2 fixtures for table 14288 that the fetch tests serve from 127.0.0.1.

The SHAPE is what SSB's PxWebAPI v2 returns (https://data.ssb.no/api/pxwebapi/v2/tables/14288/
metadata and .../data?lang=no&outputFormat=json-stat2&valueCodes[...]=...): a JSON-stat 2.0
dataset with dimensions Region, Alder (000 … 104, 105+), ContentsCode (the nine alternatives)
and Tid (2024 … 2050), roles geo/time/metric, category labels, and the px extension.
The FIGURES are not SSB's: 2024 is Bergen's registered population by single age (SSB 07459,
shipped in resources/data), and the later years are a plain ageing of it (fixed survival
by age, births 1.1 % of the persons aged 20–44) made only so that the test has a projection of
Bergen's size and shape. Run from this folder: python3 make-14288-fixture.py
"""
import csv
import json
import math
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]
SINGLE_AGES = ROOT / "resources" / "data" / "ssb-07459-population-by-single-age-kommune-2024.csv"
UNIT, UNIT_NAME = "4601", "Bergen"
YEARS = list(range(2024, 2051))
AGES = [f"{a:03d}" for a in range(105)] + ["105+"]
# The nine alternatives (fertility, life expectancy, internal migration, immigration).
ALTERNATIVES = ["MMMM", "LLML", "HHMH", "LLMN", "MMM0", "MHMM", "MLMM", "HMMM", "LMMM"]
TITLE = "14288: Framskrevet folkemengde 1. januar, etter region, alder, statistikkvariabel og år"


def base_population():
    persons = [0] * 106
    with open(SINGLE_AGES, encoding="latin-1") as f:
        rows = list(csv.reader(f, delimiter=";"))
    for row in rows:
        if len(row) == 3 and row[0].startswith(f"K-{UNIT} "):
            age = int(row[1].split()[0])
            persons[min(age, 105)] += int(row[2])
    assert sum(persons) > 0, "Bergen not found"
    return persons


def project(base):
    series = [base]
    for _ in YEARS[1:]:
        p = series[-1]
        q = [min(1.0, 0.0004 * math.exp(0.097 * max(a - 30, 0))) for a in range(106)]
        nxt = [0.0] * 106
        for a in range(105):
            nxt[a + 1] += p[a] * (1 - q[a])
        nxt[105] += p[105] * (1 - q[105])
        nxt[0] = 0.011 * sum(p[20:45])
        series.append([round(x) for x in nxt])
    return series


def category(index_codes, labels, **extra):
    out = {"index": {c: i for i, c in enumerate(index_codes)}, "label": {c: labels[c] for c in index_codes}}
    out.update(extra)
    return out


def dataset(region_codes, alternatives, years, values):
    ids = ["Region", "Alder", "ContentsCode", "Tid"]
    contents = {f"Personer{i + 1}": f"Folkemengde ({alt})" for i, alt in enumerate(ALTERNATIVES)}
    codes = [c for c in contents if contents[c][-5:-1] in alternatives]
    age_labels = {c: ("105 år eller eldre" if c == "105+" else f"{int(c)} år") for c in AGES}
    ds = {
        "version": "2.0",
        "class": "dataset",
        "label": TITLE,
        "source": "Statistisk sentralbyrå",
        "updated": "2024-06-13T06:00:00Z",
        "note": ["Tallene for 2024 er registrerte. Framskrivingene for 2025 og senere bygger på forutsetninger om "
                 "fruktbarhet, levealder, innenlandske flyttinger og nettoinnvandring."],
        "role": {"geo": ["Region"], "time": ["Tid"], "metric": ["ContentsCode"]},
        "id": ids,
        "size": [len(region_codes), len(AGES), len(codes), len(years)],
        "dimension": {
            "Region": {"label": "region", "category": category(region_codes, {UNIT: UNIT_NAME}),
                       "extension": {"elimination": False, "show": "value"}},
            "Alder": {"label": "alder", "category": category(AGES, age_labels),
                      "extension": {"elimination": False, "show": "value"}},
            "ContentsCode": {"label": "statistikkvariabel",
                             "category": category(codes, contents,
                                                  unit={c: {"base": "personer", "decimals": 0} for c in codes}),
                             "extension": {"elimination": False, "show": "value"}},
            "Tid": {"label": "år", "category": category([str(y) for y in years], {str(y): str(y) for y in years}),
                    "extension": {"elimination": False, "show": "code"}},
        },
        "extension": {
            "px": {"infofile": "None", "tableid": "14288", "decimals": 0, "official-statistics": True,
                   "aggregallowed": False, "language": "no", "matrix": "FolkFramK", "subject-code": "be"},
            "contact": [{"name": "Statistisk sentralbyrå", "mail": "statistikkbanken@ssb.no"}],
        },
    }
    if values is not None:
        ds["value"] = values
    return ds


def main():
    series = project(base_population())
    values = []  # row-major over Region, Alder, ContentsCode, Tid
    for a in range(106):
        for t in range(len(YEARS)):
            values.append(series[t][a])
    data = dataset([UNIT], ["MMMM"], YEARS, values)
    (HERE / "14288-data-4601-MMMM.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    meta = dataset([UNIT], ALTERNATIVES, YEARS, None)
    meta["size"][0] = 1
    (HERE / "14288-metadata.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("80+ in 2024:", sum(series[0][80:]), "2040:", sum(series[16][80:]), "2050:", sum(series[-1][80:]))


if __name__ == "__main__":
    main()
