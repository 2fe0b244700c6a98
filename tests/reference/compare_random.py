#!/usr/bin/env python3
"""Differential check of the engine against the Python reference on random scenarios.

Usage: compare_random.py GOLDEN_RUNNER [COUNT] [SEED]
  GOLDEN_RUNNER: the built golden_runner (build-x/bin/golden_runner); its --print
  option writes the engine's result document for a case folder.
Generates COUNT valid random scenarios (seeded, reproducible), computes each with
the engine and with gevinst_reference.py, and reports every value that differs
beyond the golden tolerance (relative 1e-9, absolute 1e-6 below 1e-3).
Exit code 0 when all agree. Not a CTest test: a tool for finding new golden cases.
"""

import json
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gevinst_reference  # noqa: E402

BANDS = ["0-19", "20-66", "67-79", "80+"]
CATEGORIES = ["helsefaglig", "kompetanse", "service", "kjoring", "mestring"]
ROLES = ["sykepleier", "helsefagarbeider", "assistent"]
RECEIVERS = ["oppgavemedarbeider", "frivillig", "teknologi", "helsefagarbeider"]


def shares(rng, n):
    raw = [rng.choice([0.0, rng.random()]) for _ in range(n)]
    if sum(raw) == 0:
        raw[rng.randrange(n)] = 1.0
    total = sum(raw)
    values = [round(x / total, 6) for x in raw]
    values[-1] = round(1.0 - sum(values[:-1]), 6)
    if values[-1] < 0:
        values[-1] = 0.0
    return values


def scenario(rng, i):
    start = rng.randint(2020, 2030)
    end = start + rng.choice([0, 1, 2, 5, 10, 10, 10, 20, 40])
    pop_years = sorted(rng.sample(range(start - 10, end + 10), rng.randint(1, 4)))
    if all(y > start for y in pop_years) or rng.random() < 0.5:
        pop_years = sorted(set(pop_years + [start]))
    population = {str(y): {b: round(rng.uniform(0, 40000), rng.choice([0, 2])) for b in BANDS}
                  for y in pop_years}
    population[str(min(pop_years))]["80+"] = rng.uniform(100, 5000)
    roles = {}
    for r in ROLES:
        if rng.random() < 0.85 or r == "sykepleier":
            ts = shares(rng, 5)
            roles[r] = {"fte": rng.choice([0, rng.uniform(0, 300)]), "annual_cost_nok": rng.uniform(4e5, 1e6),
                        "task_shares": dict(zip(CATEGORIES, ts))}
    sharing = []
    used = {}
    for _ in range(rng.randint(0, 8)):
        frm = rng.choice(ROLES)
        cat = rng.choice(CATEGORIES)
        to = rng.choice(RECEIVERS)
        if to == frm:
            continue
        room = 1.0 - used.get((frm, cat), 0.0)
        if room <= 1e-6:
            continue
        share = round(rng.uniform(0, room), 4)
        used[(frm, cat)] = used.get((frm, cat), 0.0) + share
        sharing.append({"from": frm, "category": cat, "to": to, "share": share})
    schedule = [{"months": rng.choice([0, 3, 6, 7.5, 9, 12, 13]), "rate": round(rng.random(), 3)}
                for _ in range(rng.randint(0, 4))]
    return {
        "format": "gevinstmodell-scenario/1",
        "name": f"Tilfeldig {i}",
        "unit": {"id": "9999", "name": "Test", "level": "kommune", "parent": None},
        "service_area": "hjemmetjenester",
        "years": {"start": start, "end": end},
        "discount_rate": rng.choice([0.0, 0.04, rng.random() * 0.2]),
        "hours_per_fte": rng.uniform(1000, 2000),
        "demography": {"population": population,
                       "service_rate": {b: rng.choice([0.0, rng.random() * 0.3]) for b in BANDS[:3]} | {"80+": rng.uniform(0.01, 0.5)}},
        "staff_growth_per_year": rng.choice([0.0, rng.uniform(-0.05, 0.05)]),
        "roles": roles,
        "sharing": sharing,
        "ramp": {"start_year": rng.randint(start, end), "years_to_full": rng.choice([1, 2, 3, 4, 0.5, 2.5])},
        "receivers": {
            "oppgavemedarbeider": {"annual_cost_nok": rng.uniform(3e5, 7e5), "time_factor": rng.uniform(0, 2),
                                   "position_share": rng.choice([1.0, 0.5, rng.uniform(0.05, 1)]),
                                   "turnover": rng.choice([0.0, 1.0, rng.random()])},
            "frivillig": {"time_factor": rng.uniform(0, 3), "coordination_cost_per_hour_nok": rng.uniform(0, 200)},
            "teknologi": {"cost_per_shifted_hour_nok": rng.uniform(0, 500)},
            "helsefagarbeider": {"time_factor": rng.uniform(0.5, 1.5)},
        },
        "recruitment": {
            "share_from_nav": rng.random(),
            "training_cost_per_hire_nok": rng.uniform(0, 50000),
            "wage_subsidy": {"eligible_share": rng.random(), "schedule": schedule},
            "mentor_subsidy": {"eligible_share": rng.random(), "hours_per_week": rng.uniform(0, 5),
                               "hourly_rate_nok": rng.uniform(0, 600), "months": rng.choice([0, 6, 12, 15, 30])},
            "social_assistance": {"share_of_hires_on_assistance": rng.random(),
                                  "annual_assistance_per_person_nok": rng.uniform(0, 2e5),
                                  "reduction_when_employed": rng.random()},
        },
        "hub": {"coordinator_fte": rng.uniform(0, 3), "annual_cost_per_fte_nok": rng.uniform(0, 1e6),
                "one_off_cost_nok": rng.choice([0, rng.uniform(0, 5e7)]), "one_off_year": rng.randint(start, end)},
        "realisation": {"budget_share_of_freed_capacity": rng.choice([0.0, 1.0, rng.random()])},
    }


def differences(expected, actual, path=""):
    if isinstance(expected, dict):
        for key, value in expected.items():
            yield from differences(value, actual.get(key) if isinstance(actual, dict) else None, f"{path}.{key}")
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            yield f"{path}: length"
            return
        for i, (e, a) in enumerate(zip(expected, actual)):
            yield from differences(e, a, f"{path}[{i}]")
    elif expected is None or actual is None:
        if expected is not actual:
            yield f"{path}: expected {expected}, engine {actual}"
    elif isinstance(expected, (int, float)) and not isinstance(expected, bool):
        m = max(abs(expected), abs(actual))
        if abs(expected - actual) > (1e-6 if m < 1e-3 else 1e-9 * m):
            yield f"{path}: expected {expected!r}, engine {actual!r}"
    elif expected != actual:
        yield f"{path}: expected {expected!r}, engine {actual!r}"


def main(argv):
    runner = argv[1]
    count = int(argv[2]) if len(argv) > 2 else 200
    rng = random.Random(int(argv[3]) if len(argv) > 3 else 1)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(count):
            sc = scenario(rng, i)
            with open(os.path.join(tmp, "scenario.json"), "w", encoding="utf-8") as f:
                json.dump(sc, f)
            run = subprocess.run([runner, tmp, "--print"], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"case {i}: engine refused it:\n{run.stderr}")
                failures += 1
                continue
            expected = gevinst_reference.compute(sc)
            diffs = list(differences(expected, json.loads(run.stdout)))
            if diffs:
                failures += 1
                print(f"case {i}: {len(diffs)} differences, first: " + "; ".join(diffs[:5]))
                with open(f"/tmp/gevinst-random-{i}.json", "w", encoding="utf-8") as f:
                    json.dump(sc, f, indent=2)
    print(f"{count - failures} of {count} random scenarios agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
