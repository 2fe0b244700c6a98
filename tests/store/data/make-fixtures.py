#!/usr/bin/env python3
"""Writes the store test fixtures (run from this folder; output is committed):
library-v1.sqlite   a scenario library as schema version 1 wrote it (SSB's raw names,
                    no trash column), with two versions of one scenario;
ssb-14288-projection.json  a small JSON-stat2 dataset in the statbank API's shape:
                    Nordre Follo and Oslo by single age, 2024 (real 07459 figures) and 2040."""
import json, os, sqlite3

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))

def v1_library():
    path = "library-v1.sqlite"
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript("""
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE unit (id TEXT PRIMARY KEY, name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('fylke', 'kommune', 'bydel')), parent_id TEXT REFERENCES unit (id));
CREATE TABLE population (unit_id TEXT NOT NULL REFERENCES unit (id) ON DELETE CASCADE, year INTEGER NOT NULL,
  p0_19 INTEGER NOT NULL CHECK (p0_19 >= 0), p20_66 INTEGER NOT NULL CHECK (p20_66 >= 0),
  p67_79 INTEGER NOT NULL CHECK (p67_79 >= 0), p80p INTEGER NOT NULL CHECK (p80p >= 0),
  source TEXT NOT NULL, PRIMARY KEY (unit_id, year));
CREATE TABLE scenario (id INTEGER PRIMARY KEY, name TEXT NOT NULL, unit_id TEXT NOT NULL, unit_name TEXT NOT NULL,
  service_area TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, latest_version INTEGER NOT NULL,
  shipped INTEGER NOT NULL DEFAULT 0);
CREATE TABLE scenario_version (scenario_id INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
  version INTEGER NOT NULL, saved_at TEXT NOT NULL, note TEXT NOT NULL, document TEXT NOT NULL,
  PRIMARY KEY (scenario_id, version));
""")
    db.executemany("INSERT INTO unit VALUES (?, ?, ?, ?)", [
        ("03", "Oslo-Oslove", "fylke", None),
        ("0301", "Oslo-Oslove", "kommune", "03"),
        ("030112", "Alna", "bydel", "0301"),
        ("30", "Akershus", "fylke", None),
        ("3207", "Nordre Follo", "kommune", "30"),
        ("56", "Finnmark-Finnmárkku", "fylke", None),
        ("5610", "Kárášjohka-Karasjok", "kommune", "56"),
    ])
    db.execute("INSERT INTO population VALUES ('3207', 2024, 16111, 37575, 6937, 2937, 'SSB 07459')")
    doc = open(os.path.join(ROOT, "scenarios", "nordre-follo-hjemmetjenester.json"), encoding="utf-8").read()
    doc2 = doc.replace('"discount_rate": 0.04', '"discount_rate": 0.035')
    db.execute("INSERT INTO scenario VALUES (1, 'Hjemmetjenesten', '3207', 'Nordre Follo', 'hjemmetjenester',"
               " '2025-01-02T10:00:00.000Z', '2025-02-03T11:00:00.000Z', 2, 1)")
    db.execute("INSERT INTO scenario_version VALUES (1, 1, '2025-01-02T10:00:00.000Z', 'første', ?)", (doc,))
    db.execute("INSERT INTO scenario_version VALUES (1, 2, '2025-02-03T11:00:00.000Z', 'rente 3,5 %', ?)", (doc2,))
    db.commit()
    db.close()

def jsonstat():
    ages = {}
    with open(os.path.join(ROOT, "resources", "data", "ssb-07459-population-by-single-age-kommune-2024.csv"),
              encoding="latin-1") as f:
        for line in f.read().splitlines()[3:]:
            region, age, persons = [x.strip('"') for x in line.split(";")]
            code = region[2:6]
            if code in ("3207", "0301"):
                ages.setdefault(code, []).append(int(persons))
    regions = ["03", "3207", "0301"]
    age_codes = ["%03d" % a for a in range(105)] + ["105+"]
    years = ["2024", "2040"]
    values = []
    for r in regions:            # id order: Region, Alder, ContentsCode, Tid
        for a in range(106):
            for t in years:
                if r == "03":
                    values.append(ages["0301"][a] if t == "2024" else round(ages["0301"][a] * 1.1))
                else:
                    values.append(ages[r][a] if t == "2024" else round(ages[r][a] * 1.1))
    data = {
        "version": "2.0", "class": "dataset",
        "label": "14288: Framskrevet folkemengde 1. januar, etter region, alder, statistikkvariabel og år",
        "source": "Statistisk sentralbyrå",
        "id": ["Region", "Alder", "ContentsCode", "Tid"],
        "size": [len(regions), 106, 1, len(years)],
        "role": {"geo": ["Region"], "time": ["Tid"], "metric": ["ContentsCode"]},
        "dimension": {
            "Region": {"label": "region", "category": {
                "index": {c: i for i, c in enumerate(regions)},
                "label": {"03": "Oslo", "3207": "Nordre Follo", "0301": "Oslo"}}},
            "Alder": {"label": "alder", "category": {
                "index": {c: i for i, c in enumerate(age_codes)},
                "label": {c: ("105 år eller eldre" if c == "105+" else "%d år" % int(c)) for c in age_codes}}},
            "ContentsCode": {"label": "statistikkvariabel", "category": {
                "index": {"Personer1": 0}, "label": {"Personer1": "Folkemengde (MMMM)"}}},
            "Tid": {"label": "år", "category": {"index": {t: i for i, t in enumerate(years)}, "label": {t: t for t in years}}},
        },
        "value": values,
    }
    with open("ssb-14288-projection.json", "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)

v1_library()
jsonstat()
