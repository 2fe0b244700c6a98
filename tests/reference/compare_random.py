#!/usr/bin/env python3
"""Differential check of the engine against the Python reference on random scenarios.

Usage:
  compare_random.py --build BUILD_DIR [--count N] [--seed S] [--format 1|2]
      runs BUILD_DIR/bin/gevinst compute FILE (or --gevinst PATH) on each scenario;
  compare_random.py --reference-only [--count N] [--seed S] [--format 1|2]
      no engine: checks the reference against itself (a format-1 scenario and the
      same scenario as format 2 with the standard vocabulary and basis "all" give
      identical results; the ledger adds up);
  compare_random.py GOLDEN_RUNNER [COUNT] [SEED]
      the former form: format 1 through golden_runner --print.

Generates N valid random scenarios (seeded, reproducible) of format 1 (spec section 2,
with a random section 7 ledger block) or format 2 (section 2a: random vocabularies,
several receivers of each kind, `role` receivers, ledger blocks, basis gap, all or
absent), computes each with the engine and with gevinst_reference.py, and reports every
value that differs beyond the golden tolerance (relative 1e-9, absolute 1e-6 below
1e-3), including the ledger. A scenario that differs is written to
/tmp/gevinst-random-<format>-<i>.json. Exit code 0 when all agree. Not a CTest test: a
tool for finding new golden cases.
"""

import argparse
import json
import math
import os
import random
import re
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
        share = math.floor(rng.uniform(0, room) * 1e4) / 1e4  # never above the room left
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


def ledger_block(rng):
    """A random section 7 ledger block: every field optional."""
    ledger = {}
    if rng.random() < 0.8:
        ledger["task_worker_annual_wage_nok"] = rng.choice([0.0, rng.uniform(2e5, 7e5)])
    if rng.random() < 0.8:
        municipal = rng.random() * 0.3
        tax = {"municipal_rate": municipal, "state_rate": rng.random() * (1.0 - municipal)}
        if rng.random() < 0.2:
            tax.pop(rng.choice(["municipal_rate", "state_rate"]))
        ledger["income_tax"] = tax
    if rng.random() < 0.7:
        ledger["employer_tax_rate"] = rng.choice([0.0, 0.141, rng.random()])
    if rng.random() < 0.7:
        benefits = {"share_of_hires_on_state_benefits": rng.random(),
                    "annual_benefit_per_person_nok": rng.uniform(0, 4e5),
                    "reduction_when_employed": rng.random()}
        for key in list(benefits):
            if rng.random() < 0.15:
                del benefits[key]
        ledger["state_benefits"] = benefits
    if rng.random() < 0.7:
        ledger["tax_financing_rate"] = rng.choice([0.2, rng.random()])
    return ledger


ID_START = "abcdefghijklmnopqrstuvwxyz"
ID_REST = ID_START + "0123456789_"


def random_id(rng, taken):
    """A fresh id matching [a-z][a-z0-9_]{0,39} (spec section 2a)."""
    while True:
        length = rng.choice([1, 2, 5, 8, 12, rng.randint(1, 40), 40])
        ident = rng.choice(ID_START) + "".join(rng.choice(ID_REST) for _ in range(length - 1))
        if ident not in taken:
            taken.add(ident)
            return ident


def random_age_bands(rng):
    """Non-overlapping bands N-M / N+ with 0 <= N <= M <= 120, gaps allowed, any order."""
    count = rng.choice([1, 2, 3, 4, 4, 5, 8, rng.randint(1, 32)])
    cuts = sorted(rng.sample(range(0, 121), count))
    bands = []
    for i, low in enumerate(cuts):
        high_limit = cuts[i + 1] - 1 if i + 1 < len(cuts) else 120
        if i + 1 == len(cuts) and rng.random() < 0.6:
            bands.append(f"{low}+")
        else:
            bands.append(f"{low}-{rng.randint(low, high_limit)}")
    if rng.random() < 0.3:
        rng.shuffle(bands)
    return bands


def scenario_v2(rng, i):
    """A random valid gevinstmodell-scenario/2 file."""
    start = rng.randint(2020, 2030)
    end = start + rng.choice([0, 1, 2, 5, 10, 10, 10, 20, 40])
    taken = set()
    bands = random_age_bands(rng)
    categories = [random_id(rng, taken) for _ in range(rng.choice([1, 2, 3, 5, 6, 8, rng.randint(1, 32)]))]
    role_ids = [random_id(rng, taken) for _ in range(rng.choice([1, 2, 3, 4, 6, rng.randint(1, 12)]))]
    vocab_roles = {}
    for r in role_ids:
        matching = [c for c in categories if rng.random() < 0.3]
        vocab_roles[r] = {"professional": rng.random() < 0.7, "matching": matching}

    roles = {}
    for r in role_ids:
        if rng.random() < 0.8 or r == role_ids[0]:
            present = [c for c in categories if rng.random() < 0.7] or [rng.choice(categories)]
            values = shares(rng, len(present))
            roles[r] = {"fte": 0 if rng.random() < 0.15 else rng.uniform(0, 300),
                        "annual_cost_nok": rng.uniform(4e5, 1e6), "task_shares": dict(zip(present, values))}

    receivers_vocab = {}
    for kind, counts in [("task_worker", [0, 1, 1, 2, 3]), ("volunteer", [0, 1, 1, 2]),
                         ("technology", [0, 1, 1, 2])]:
        for _ in range(rng.choice(counts)):
            receivers_vocab[random_id(rng, taken)] = {"kind": kind}
    # `role` receivers: roles present in the scenario (an absent role taking tasks over
    # would have no annual cost; the spec is silent on it, so it is left out here).
    for r in roles:
        if rng.random() < 0.35:
            receivers_vocab[r] = {"kind": "role"}
    if not receivers_vocab:
        receivers_vocab[random_id(rng, taken)] = {"kind": "task_worker"}
    receiver_ids = list(receivers_vocab)
    if rng.random() < 0.3:
        rng.shuffle(receiver_ids)
        receivers_vocab = {k: receivers_vocab[k] for k in receiver_ids}

    sharing = []
    used = {}
    for _ in range(rng.randint(0, 12)):
        frm = rng.choice(role_ids)
        cat = rng.choice(categories)
        to = rng.choice(receiver_ids)
        if to == frm:
            continue
        room = 1.0 - used.get((frm, cat), 0.0)
        if room <= 1e-6:
            continue
        share = math.floor(rng.uniform(0, room) * 1e4) / 1e4  # never above the room left
        used[(frm, cat)] = used.get((frm, cat), 0.0) + share
        sharing.append({"from": frm, "category": cat, "to": to, "share": share})
    used_receivers = {m["to"] for m in sharing}

    receivers = {}
    for k, v in receivers_vocab.items():
        if k not in used_receivers and rng.random() < 0.5:
            continue  # parameters are required only when a measure uses the receiver
        if v["kind"] == "task_worker":
            receivers[k] = {"annual_cost_nok": rng.uniform(3e5, 7e5), "time_factor": rng.uniform(0, 2),
                            "position_share": rng.choice([1.0, 0.5, rng.uniform(0.05, 1)]),
                            "turnover": rng.choice([0.0, 1.0, rng.random()])}
        elif v["kind"] == "volunteer":
            receivers[k] = {"time_factor": rng.uniform(0, 3), "coordination_cost_per_hour_nok": rng.uniform(0, 200)}
        elif v["kind"] == "technology":
            receivers[k] = {"cost_per_shifted_hour_nok": rng.uniform(0, 500)}
        else:
            receivers[k] = {"time_factor": rng.uniform(0.5, 2.0)}

    # Population: one anchor band present in every given year with people and a
    # positive service rate, so the start year has recipients; other bands may be
    # missing from a year (counts 0).
    anchor = rng.choice(bands)
    pop_years = sorted(rng.sample(range(start - 10, end + 10), rng.randint(1, 4)))
    if all(y > start for y in pop_years) or rng.random() < 0.5:
        pop_years = sorted(set(pop_years + [start]))
    population = {}
    for y in pop_years:
        year = {b: round(rng.uniform(0, 40000), rng.choice([0, 2])) for b in bands if rng.random() < 0.8}
        year[anchor] = rng.uniform(100, 40000)
        population[str(y)] = year
    service_rate = {b: rng.choice([0.0, rng.random() * 0.3]) for b in bands if rng.random() < 0.8}
    service_rate[anchor] = rng.uniform(0.01, 0.5)

    schedule = [{"months": rng.choice([0, 3, 6, 7.5, 9, 12, 13]), "rate": round(rng.random(), 3)}
                for _ in range(rng.randint(0, 4))]
    realisation = {"budget_share_of_freed_capacity": rng.choice([0.0, 1.0, rng.random()])}
    basis = rng.choice([None, "gap", "all"])
    if basis is not None:
        realisation["basis"] = basis
    sc = {
        "format": "gevinstmodell-scenario/2",
        "name": f"Tilfeldig v2 {i}",
        "unit": {"id": "9999", "name": "Test", "level": "kommune", "parent": None},
        "service_area": rng.choice(["hjemmetjenester", "sykehjem", "annet"]),
        "vocabulary": {"age_bands": bands, "categories": categories, "roles": vocab_roles,
                       "receivers": receivers_vocab},
        "years": {"start": start, "end": end},
        "discount_rate": rng.choice([0.0, 0.04, rng.random() * 0.2]),
        "hours_per_fte": rng.uniform(1000, 2000),
        "demography": {"population": population, "service_rate": service_rate},
        "staff_growth_per_year": rng.choice([0.0, rng.uniform(-0.05, 0.05)]),
        "roles": roles,
        "sharing": sharing,
        "ramp": {"start_year": rng.randint(start, end), "years_to_full": rng.choice([1, 2, 3, 4, 0.5, 2.5])},
        "receivers": receivers,
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
        "realisation": realisation,
    }
    if rng.random() < 0.75:
        sc["ledger"] = ledger_block(rng)
    return sc


def scenario_v1(rng, i):
    """A random valid gevinstmodell-scenario/1 file, with a ledger block now and then."""
    sc = scenario(rng, i)
    if rng.random() < 0.6:
        sc["ledger"] = ledger_block(rng)
    return sc


def as_format_2(sc):
    """The same scenario as format 2 with the standard vocabulary and basis "all"."""
    out = json.loads(json.dumps(sc))
    out["format"] = gevinst_reference.FORMAT_2
    out["vocabulary"] = json.loads(json.dumps(gevinst_reference.STANDARD_VOCABULARY))
    out["realisation"]["basis"] = "all"
    return out


ID_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")
BAND_PATTERN = re.compile(r"(0|[1-9][0-9]*)(?:-(0|[1-9][0-9]*)|(\+))")
PARAMETERS = {"task_worker": ["annual_cost_nok", "time_factor", "position_share", "turnover"],
              "volunteer": ["time_factor", "coordination_cost_per_hour_nok"],
              "technology": ["cost_per_shifted_hour_nok"], "role": ["time_factor"]}


def format_2_problems(sc):
    """The section 2a rules a generated format-2 scenario must keep (a check of this
    generator, not a validator: the engine's validation is tested elsewhere)."""
    problems = []
    v = sc["vocabulary"]
    intervals = []
    for i, band in enumerate(v["age_bands"]):
        m = BAND_PATTERN.fullmatch(band)
        low = int(m.group(1)) if m else -1
        high = int(m.group(2)) if m and m.group(2) else math.inf
        if not m or low > 120 or (high != math.inf and not low <= high <= 120):
            problems.append(f"vocabulary.age_bands[{i}]")
        intervals.append((low, high))
    intervals.sort()
    for (a0, b0), (a1, b1) in zip(intervals, intervals[1:]):
        if a1 <= b0:
            problems.append("vocabulary.age_bands: overlap")
    for part in ("age_bands", "categories", "roles", "receivers"):
        if len(v[part]) > 32:
            problems.append(f"vocabulary.{part}: more than 32")
    for part in ("categories", "roles", "receivers"):
        for ident in v[part]:
            if not ID_PATTERN.fullmatch(ident):
                problems.append(f"vocabulary.{part}.{ident}")
    for r, role in v["roles"].items():
        problems += [f"vocabulary.roles.{r}.matching" for c in role["matching"] if c not in v["categories"]]
    for k, receiver in v["receivers"].items():
        if receiver["kind"] == "role" and k not in v["roles"]:
            problems.append(f"vocabulary.receivers.{k}")
    for r, role in sc["roles"].items():
        if r not in v["roles"]:
            problems.append(f"roles.{r}")
        problems += [f"roles.{r}.task_shares.{c}" for c in role["task_shares"] if c not in v["categories"]]
        if abs(sum(role["task_shares"].values()) - 1.0) > 0.001:
            problems.append(f"roles.{r}.task_shares: sum")
    sums = {}
    for i, m in enumerate(sc["sharing"]):
        if m["from"] not in v["roles"] or m["category"] not in v["categories"] or m["to"] not in v["receivers"]:
            problems.append(f"sharing[{i}]: unknown id")
        if m["from"] == m["to"]:
            problems.append(f"sharing[{i}].to: from == to")
        key = (m["from"], m["category"])
        sums[key] = sums.get(key, 0.0) + m["share"]
        if sums[key] > 1.0 + 1e-12:
            problems.append(f"sharing[{i}].share: sum above 1")
        kind = v["receivers"].get(m["to"], {}).get("kind")
        for field in PARAMETERS.get(kind, []):
            if field not in sc["receivers"].get(m["to"], {}):
                problems.append(f"receivers.{m['to']}.{field}")
    for key in sc["demography"]["service_rate"]:
        if key not in v["age_bands"]:
            problems.append(f"demography.service_rate.{key}")
    for year, bands in sc["demography"]["population"].items():
        if not re.fullmatch(r"[1-9][0-9]{3}", year):
            problems.append(f"demography.population.{year}")
        problems += [f"demography.population.{year}.{b}" for b in bands if b not in v["age_bands"]]
    start, end = sc["years"]["start"], sc["years"]["end"]
    for path, year in (("ramp.start_year", sc["ramp"]["start_year"]), ("hub.one_off_year", sc["hub"]["one_off_year"])):
        if not start <= year <= end:
            problems.append(path)
    if sc["realisation"].get("basis", "gap") not in ("gap", "all"):
        problems.append("realisation.basis")
    tax = sc.get("ledger", {}).get("income_tax", {})
    if tax.get("municipal_rate", 0.0) + tax.get("state_rate", 0.0) > 1.0:
        problems.append("ledger.income_tax")
    return problems


def differences(expected, actual, path=""):
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            yield f"{path}: expected an object, engine {actual!r}"
            return
        for key, value in expected.items():
            if key not in actual:
                yield f"{path}.{key}: missing"
                continue
            yield from differences(value, actual[key], f"{path}.{key}")
        if path in (".utilisation", ".utilisation_baseline", ".ledger.actors", ".ledger.npv"):
            for key in actual:
                if key not in expected:
                    yield f"{path}.{key}: not expected"
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
        if not isinstance(actual, (int, float)) or isinstance(actual, bool):
            yield f"{path}: expected {expected!r}, engine {actual!r}"
            return
        m = max(abs(expected), abs(actual))
        if abs(expected - actual) > (1e-6 if m < 1e-3 else 1e-9 * m):
            yield f"{path}: expected {expected!r}, engine {actual!r}"
    elif expected != actual:
        yield f"{path}: expected {expected!r}, engine {actual!r}"


def reference_self_check(sc):
    """Differences the reference finds with itself (no engine needed)."""
    result = gevinst_reference.compute(sc)
    problems = []
    if sc["format"] == gevinst_reference.FORMAT_1:
        again = gevinst_reference.compute(as_format_2(sc))
        if again != result:
            problems.append("format 1 and the same scenario as format 2 (standard vocabulary) differ")
    ledger = result["ledger"]
    for t in range(len(result["years"])):
        public = sum(ledger["actors"][a][t] for a in gevinst_reference.PUBLIC_ACTORS)
        society = public + ledger["actors"]["arbeidstakere"][t]
        for name, value in (("public_net_nok", public), ("society_net_nok", society)):
            if abs(value - ledger[name][t]) > 1e-6 * max(1.0, abs(value)):
                problems.append(f"ledger.{name}[{t}] does not add up")
    return problems


def run_engine(command, tmp, sc):
    """(result document or None, error text) from the engine for one scenario."""
    path = os.path.join(tmp, "scenario.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(sc, f)
    if command[-1] == "--print":  # golden_runner FOLDER --print
        argv = command[:-1] + [tmp, "--print"]
    else:  # gevinst compute FILE
        argv = command + [path]
    run = subprocess.run(argv, capture_output=True, text=True)
    if run.returncode != 0:
        return None, f"exit {run.returncode}: {run.stderr.strip()}"
    return json.loads(run.stdout), ""


def main(argv):
    if len(argv) > 1 and not argv[1].startswith("-"):
        # Former form: compare_random.py GOLDEN_RUNNER [COUNT] [SEED] (format 1).
        options = argparse.Namespace(count=int(argv[2]) if len(argv) > 2 else 200,
                                     seed=int(argv[3]) if len(argv) > 3 else 1, format=1,
                                     reference_only=False)
        command = [argv[1], "--print"]
    else:
        parser = argparse.ArgumentParser(description="Engine against the Python reference on random scenarios.")
        parser.add_argument("--build", default="build", help="build directory holding bin/gevinst (default: build)")
        parser.add_argument("--gevinst", help="the gevinst program (default: BUILD/bin/gevinst)")
        parser.add_argument("--count", type=int, default=200)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--format", type=int, choices=[1, 2], default=2)
        parser.add_argument("--reference-only", action="store_true",
                            help="no engine: check the reference against itself")
        options = parser.parse_args(argv[1:])
        program = options.gevinst or os.path.join(options.build, "bin", "gevinst")
        command = [program, "compute"]
        if not options.reference_only and not os.access(program, os.X_OK):
            sys.stderr.write(f"{program}: not found or not executable (give --build or --gevinst)\n")
            return 2
    rng = random.Random(options.seed)
    make = scenario_v2 if options.format == 2 else scenario_v1
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(options.count):
            sc = make(rng, i)
            if options.format == 2:
                invalid = format_2_problems(sc)
                assert not invalid, f"generator made an invalid scenario {i}: {invalid}"
            if options.reference_only:
                diffs = reference_self_check(sc)
                what = "the reference disagrees with itself"
            else:
                actual, error = run_engine(command, tmp, sc)
                if actual is None:
                    diffs = [f"engine refused it: {error}"]
                else:
                    diffs = list(differences(gevinst_reference.compute(sc), actual))
                what = f"{len(diffs)} differences"
            if diffs:
                failures += 1
                print(f"case {i}: {what}, first: " + "; ".join(diffs[:5]))
                with open(f"/tmp/gevinst-random-{options.format}-{i}.json", "w", encoding="utf-8") as f:
                    json.dump(sc, f, indent=2, ensure_ascii=False)
    print(f"{options.count - failures} of {options.count} random format-{options.format} scenarios agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
