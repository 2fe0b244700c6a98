#!/usr/bin/env python3
"""Independent check of `gevinst plan status --json` (issue 13, item 4).

Written from the issue's text and docs/gevinstrealisering.md alone, with the Python
standard library only, sharing no code with model/plan/PlanStatusCalculator.*:

1. builds a fresh library with the shipped Nordre Follo scenario, approves version 1,
   adds a money benefit (social_assistance_savings_nok, a flow) and a level benefit
   (freed_fte), with plan thresholds 0.85 / 0.6 for one of the checks;
2. imports actuals for two years (annual and tertial rows) from a CSV written here;
3. saves a changed version 2 (the forecast);
4. recomputes every period's planned value from `gevinst compute` JSON of the
   approved version (version 1), the forecast from version 2, and deviation, realised
   share to date and status from the CSV, and compares with `plan status --json`.

Rules (docs/gevinstrealisering.md): a tertial's plan is the year's / 3 for flows and the
year's value for levels; realised share to date: flows Σ actual / Σ planned over the
periods so far with an actual, a year's annual actual replacing its tertials; levels the
latest actual / its planned; status green ≥ green, yellow ≥ yellow, else red.

Usage: plan_status_reference.py --gevinst PATH/TO/gevinst --source PROJECT_DIR
Exit 0 when everything agrees (relative tolerance 1e-9), 1 with the differences otherwise.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

TOL = 1e-9


def run(gevinst, args, expect=0):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    p = subprocess.run([gevinst] + args, capture_output=True, text=True, env=env)
    if p.returncode != expect:
        sys.exit("gevinst %s: exit %d (expected %d)\n%s" % (" ".join(args), p.returncode, expect, p.stderr))
    return p.stdout


def order(period):
    """2026-T1 < 2026-T2 < 2026-T3 < 2026 < 2027-T1."""
    if "-T" in period:
        year, t = period.split("-T")
        return int(year) * 4 + int(t) - 1
    return int(period) * 4 + 3


def number(text):
    return float(text.strip().replace(" ", "").replace(",", "."))


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= TOL * max(1.0, abs(a), abs(b))


def planned_of(yearly, period, flow):
    year = int(period.split("-T")[0])
    if year not in yearly:
        return None
    if "-T" in period and flow:
        return yearly[year] / 3.0
    return yearly[year]


def reference_rows(yearly_plan, yearly_forecast, actuals, flow, green, yellow):
    periods = set("%d" % y for y in yearly_plan) | set(actuals)
    rows = []
    for p in sorted(periods, key=order):
        planned = planned_of(yearly_plan, p, flow)
        actual = actuals.get(p)
        rows.append({"period": p, "planned": planned, "actual": actual,
                     "deviation": actual - planned if actual is not None and planned is not None else None,
                     "forecast": planned_of(yearly_forecast, p, flow)})
    for i, row in enumerate(rows):
        share = None
        if row["actual"] is not None:
            so_far = [r for r in rows[: i + 1] if r["actual"] is not None and r["planned"] is not None]
            if flow:
                annual_years = set(r["period"] for r in so_far if "-T" not in r["period"])
                counted = [r for r in so_far if "-T" not in r["period"] or r["period"].split("-T")[0] not in annual_years]
                a = sum(r["actual"] for r in counted)
                pl = sum(r["planned"] for r in counted)
                share = a / pl if counted and pl != 0 else None
            elif so_far:
                last = so_far[-1]
                share = last["actual"] / last["planned"] if last["planned"] != 0 else None
        row["realised_share"] = share
        if share is None:
            row["status"] = "none"
        elif share >= green:
            row["status"] = "green"
        elif share >= yellow:
            row["status"] = "yellow"
        else:
            row["status"] = "red"
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gevinst", required=True)
    ap.add_argument("--source", required=True)
    a = ap.parse_args()
    g = a.gevinst
    scenario = os.path.join(a.source, "scenarios", "nordre-follo-hjemmetjenester.json")
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        db = ["--db", os.path.join(tmp, "reference.sqlite")]
        sid = run(g, ["db", "import", scenario] + db).strip()
        green, yellow = 0.85, 0.6
        run(g, ["plan", "approve", "--id", sid, "--note", "referanse", "--green", str(green), "--yellow", str(yellow)] + db)
        run(g, ["plan", "benefit", "add", "--id", sid, "--figure", "social_assistance_savings_nok", "--owner", "Kari"] + db)
        run(g, ["plan", "benefit", "add", "--id", sid, "--figure", "freed_fte", "--owner", "Ola"] + db)
        approved = json.loads(run(g, ["compute", "--id", sid, "--version", "1"] + db))

        csv = ("gevinst;periode;verdi;kilde;kommentar\n"
               "social_assistance_savings_nok;2026-T1;150000;NAV;\n"
               "social_assistance_savings_nok;2026-T2;210000,5;NAV;\n"
               "social_assistance_savings_nok;2026;610000;NAV;årsregnskap\n"
               "social_assistance_savings_nok;2027-T1;200000;NAV;\n"
               "social_assistance_savings_nok;2027-T2;300000;NAV;\n"
               "freed_fte;2026;12.9;HR;\n"
               "freed_fte;2027-T1;17,5;HR;\n"
               "freed_fte;2027-T2;23;HR;\n")
        csv_path = os.path.join(tmp, "faktisk.csv")
        with open(csv_path, "w", encoding="utf-8") as f:
            f.write(csv)
        run(g, ["plan", "actuals", "import", csv_path, "--id", sid] + db)

        with open(scenario, encoding="utf-8") as f:
            doc = json.load(f)
        doc["recruitment"]["social_assistance"]["share_of_hires_on_assistance"] = 0.3
        v2 = os.path.join(tmp, "v2.json")
        with open(v2, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
        run(g, ["db", "save", sid, v2, "--note", "prognose"] + db)
        newest = json.loads(run(g, ["compute", "--id", sid] + db))
        status = json.loads(run(g, ["plan", "status", "--id", sid, "--json"] + db))

        # Actuals from the CSV, read here.
        actuals = {}
        for line in csv.splitlines()[1:]:
            key, period, value = line.split(";")[:3]
            actuals.setdefault(key, {})[period] = number(value)

        if status.get("format") != "gevinstmodell-plan-status/1":
            problems.append("format is %r" % status.get("format"))
        if status.get("approved_version") != 1:
            problems.append("approved_version is %r" % status.get("approved_version"))
        if not close(status["thresholds"]["green"], green) or not close(status["thresholds"]["yellow"], yellow):
            problems.append("thresholds %r" % status["thresholds"])
        flows = {"social_assistance_savings_nok": True, "freed_fte": False}
        for b in status["benefits"]:
            key = b["key"]
            plan = dict(zip(approved["years"], approved["series"][b["figure"]]))
            forecast = dict(zip(newest["years"], newest["series"][b["figure"]]))
            expected = reference_rows(plan, forecast, actuals.get(key, {}), flows[key], green, yellow)
            got = b["periods"]
            if [r["period"] for r in got] != [r["period"] for r in expected]:
                problems.append("%s: periods %r, expected %r" % (key, [r["period"] for r in got], [r["period"] for r in expected]))
                continue
            for g_row, e_row in zip(got, expected):
                for field in ("planned", "actual", "deviation", "realised_share", "forecast"):
                    if not close(g_row[field], e_row[field]):
                        problems.append("%s %s %s: %r, expected %r" % (key, g_row["period"], field, g_row[field], e_row[field]))
                if g_row["status"] != e_row["status"]:
                    problems.append("%s %s status: %r, expected %r" % (key, g_row["period"], g_row["status"], e_row["status"]))
        if sorted(b["key"] for b in status["benefits"]) != sorted(flows):
            problems.append("benefits %r" % [b["key"] for b in status["benefits"]])
        statuses = set(r["status"] for b in status["benefits"] for r in b["periods"])
        if not {"green", "none"} <= statuses or len(statuses) < 3:
            problems.append("the case should show several statuses, got %r" % sorted(statuses))
    if problems:
        print("plan status differs from the reference:\n  " + "\n  ".join(problems))
        return 1
    print("plan status agrees with the reference: 2 benefits, every period's planned, actual, deviation, "
          "realised share, status and forecast")
    return 0


if __name__ == "__main__":
    sys.exit(main())
