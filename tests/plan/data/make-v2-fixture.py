#!/usr/bin/env python3
"""Writes library-v2.sqlite (run from this folder; output is committed): a scenario
library as schema version 2 wrote it (before the benefits plans of schema 3), with two
versions of the shipped Nordre Follo scenario and one scenario in the trash. The schema
is version 1 plus the migration 1 → 2, exactly as model/store/LibrarySql.h has them."""
import os, sqlite3

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))

V1 = """
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
"""

V1_TO_V2 = """
ALTER TABLE unit ADD COLUMN alt_name TEXT NOT NULL DEFAULT '';
ALTER TABLE unit ADD COLUMN county_id TEXT REFERENCES unit (id);
UPDATE unit SET county_id = CASE level WHEN 'fylke' THEN id WHEN 'kommune' THEN parent_id
  ELSE (SELECT p.parent_id FROM unit p WHERE p.id = unit.parent_id) END;
ALTER TABLE scenario ADD COLUMN trashed_at TEXT;
CREATE INDEX unit_parent ON unit (parent_id);
CREATE INDEX scenario_unit ON scenario (unit_id);
CREATE INDEX scenario_listing ON scenario (trashed_at, modified);
UPDATE schema_version SET version = 2;
"""

def main():
    path = "library-v2.sqlite"
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript(V1)
    db.executemany("INSERT INTO unit (id, name, level, parent_id) VALUES (?, ?, ?, ?)", [
        ("30", "Akershus", "fylke", None),
        ("3207", "Nordre Follo", "kommune", "30"),
        ("50", "Trøndelag", "fylke", None),
        ("5025", "Røros", "kommune", "50"),
    ])
    db.executescript(V1_TO_V2)
    db.execute("UPDATE unit SET alt_name = 'Plassje' WHERE id = '5025'")
    db.execute("INSERT INTO population VALUES ('3207', 2024, 16111, 37575, 6937, 2937, 'SSB 07459')")
    doc = open(os.path.join(ROOT, "scenarios", "nordre-follo-hjemmetjenester.json"), encoding="utf-8").read()
    doc2 = doc.replace('"discount_rate": 0.04', '"discount_rate": 0.035')
    assert doc2 != doc
    roros = open(os.path.join(ROOT, "scenarios", "roros-hjemmetjenester.json"), encoding="utf-8").read()
    db.execute("INSERT INTO scenario (id, name, unit_id, unit_name, service_area, created, modified, latest_version, shipped)"
               " VALUES (1, 'Hjemmetjenesten', '3207', 'Nordre Follo', 'hjemmetjenester',"
               " '2025-01-02T10:00:00.000Z', '2025-02-03T11:00:00.000Z', 2, 1)")
    db.execute("INSERT INTO scenario_version VALUES (1, 1, '2025-01-02T10:00:00.000Z', 'første', ?)", (doc,))
    db.execute("INSERT INTO scenario_version VALUES (1, 2, '2025-02-03T11:00:00.000Z', 'rente 3,5 %', ?)", (doc2,))
    db.execute("INSERT INTO scenario (id, name, unit_id, unit_name, service_area, created, modified, latest_version, shipped,"
               " trashed_at) VALUES (2, 'Røros', '5025', 'Røros', 'hjemmetjenester', '2025-03-01T09:00:00.000Z',"
               " '2025-03-01T09:00:00.000Z', 1, 0, '2025-04-01T09:00:00.000Z')")
    db.execute("INSERT INTO scenario_version VALUES (2, 1, '2025-03-01T09:00:00.000Z', '', ?)", (roros,))
    db.commit()
    db.close()

if __name__ == "__main__":
    main()
