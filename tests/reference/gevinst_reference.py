#!/usr/bin/env python3
"""Independent reference implementation of the gevinstmodell calculation.

Written from /work/shared/spec/gevinstmodell.md (v2) alone -- section 2a (format 2,
the vocabulary as data), section 3 (calculation), section 4 (result file) and
section 7 (the ledger: who pays and who gains) -- with the Python standard library
only.  It is deliberately plain and loop-based (no vectorisation, cohort sums
written out as double loops) so that it shares no structure with the C++ engine.

Usage: gevinst_reference.py SCENARIO.json [OUT.json]
Writes the gevinstmodell-result/1 JSON to OUT.json or stdout.

Reads `gevinstmodell-scenario/1` as a format-2 scenario with the standard
vocabulary and realisation.basis "all" (section 2a), and
`gevinstmodell-scenario/2` with the vocabulary it carries.

It assumes a valid scenario (sections 2 and 2a); it checks only what it needs to
avoid computing nonsense and raises ValueError otherwise.
"""

import json
import math
import sys

FORMAT_1 = "gevinstmodell-scenario/1"
FORMAT_2 = "gevinstmodell-scenario/2"

# Section 2a: "This block is the standard vocabulary: a format-1 file is read as a
# format-2 file with exactly this vocabulary and realisation.basis = "all"".
STANDARD_VOCABULARY = {
    "age_bands": ["0-19", "20-66", "67-79", "80+"],
    "categories": ["helsefaglig", "kompetanse", "service", "kjoring", "mestring"],
    "roles": {
        "sykepleier": {"professional": True, "matching": ["helsefaglig"]},
        "helsefagarbeider": {"professional": True, "matching": ["helsefaglig", "kompetanse"]},
        "assistent": {"professional": False, "matching": []},
    },
    "receivers": {
        "oppgavemedarbeider": {"kind": "task_worker"},
        "frivillig": {"kind": "volunteer"},
        "teknologi": {"kind": "technology"},
        "helsefagarbeider": {"kind": "role"},
    },
}

# Section 4, in the order the section lists them (realised_capacity_nok is new in v2).
SERIES_ORDER = [
    "recipients", "demand_index", "need_fte", "avail_fte", "gap_fte", "ramp",
    "freed_hours_professional", "freed_fte", "gap_closed_share",
    "extra_recipients", "task_worker_fte", "task_worker_headcount", "hires",
    "nav_hires", "wage_subsidy_nok", "mentor_subsidy_nok",
    "social_assistance_savings_nok", "cost_task_workers_nok",
    "cost_training_nok", "cost_volunteers_nok", "cost_technology_nok",
    "cost_hub_nok", "cost_total_nok", "capacity_value_nok",
    "realised_capacity_nok", "budget_effect_nok", "cumulative_budget_effect_nok",
]

# Section 7: the actor ids (fixed), the five public actors first.
PUBLIC_ACTORS = ["kommune_helse_omsorg", "kommune_sosial", "kommune_skatt", "stat_nav", "stat_skatt"]
ACTORS = PUBLIC_ACTORS + ["arbeidstakere"]
LEDGER_TOTALS = ["public_net_nok", "society_net_nok", "tax_financing_nok",
                 "society_with_tax_financing_nok", "capacity_time_nok"]


# --------------------------------------------------------------------------
# Section 2a: reading the scenario's vocabulary
# --------------------------------------------------------------------------

def vocabulary_and_basis(sc):
    """The vocabulary the scenario is read with and its realisation.basis.

    Format 1: the standard vocabulary; basis default "all".
    Format 2: the scenario's own vocabulary; basis default "gap" (section 3).
    An explicit realisation.basis is taken as written in both formats."""
    fmt = sc.get("format")
    if fmt == FORMAT_1:
        vocabulary = STANDARD_VOCABULARY
        default_basis = "all"
    elif fmt == FORMAT_2:
        vocabulary = sc["vocabulary"]
        default_basis = "gap"
    else:
        raise ValueError(f"format: {fmt!r} is neither {FORMAT_1} nor {FORMAT_2}")
    basis = sc.get("realisation", {}).get("basis", default_basis)
    if basis not in ("gap", "all"):
        raise ValueError(f"realisation.basis: {basis!r} is neither gap nor all")
    return vocabulary, basis


def number(obj, key):
    """A value that counts 0 when missing (section 2a: a category missing from
    task_shares, an age band missing from a population year or service_rate)."""
    return float(obj.get(key, 0.0))


# --------------------------------------------------------------------------
# Section 3 building blocks
# --------------------------------------------------------------------------

def population(demography, age_bands, year):
    """pop[a, year]: given years as written, linear between given years,
    clamped to the first/last given year outside them.  A band missing from a
    given year counts 0 in that year (section 2a)."""
    given = sorted((int(y), bands) for y, bands in demography["population"].items())
    result = {}
    for band in age_bands:
        points = [(y, number(bands, band)) for y, bands in given]
        if year <= points[0][0]:
            result[band] = points[0][1]
        elif year >= points[-1][0]:
            result[band] = points[-1][1]
        else:
            for (y0, v0), (y1, v1) in zip(points, points[1:]):
                if y0 <= year <= y1:
                    result[band] = v0 + (v1 - v0) * (year - y0) / (y1 - y0)
                    break
    return result


def overlap(k, a, b):
    """Months of [a, b) (months after hire) falling in the k-th year after hire."""
    return max(0.0, min(b, 12.0 * k + 12.0) - max(a, 12.0 * k))


def present_value(values, rate):
    """Section 3: sum_t x[t] / (1 + discount_rate)^t."""
    return sum(values[t] / (1.0 + rate) ** t for t in range(len(values)))


def compute(sc):
    vocabulary, basis = vocabulary_and_basis(sc)
    age_bands = list(vocabulary["age_bands"])
    role_ids = list(vocabulary["roles"].keys())
    professional = [r for r in role_ids if vocabulary["roles"][r]["professional"] is True]
    matching = {r: list(vocabulary["roles"][r].get("matching", [])) for r in role_ids}
    receiver_kind = {k: v["kind"] for k, v in vocabulary["receivers"].items()}

    def receivers_of(kind):
        return [k for k in vocabulary["receivers"] if receiver_kind[k] == kind]

    start = int(sc["years"]["start"])
    end = int(sc["years"]["end"])
    if end < start:
        raise ValueError("years.end < years.start")
    T = end - start + 1
    years = [start + t for t in range(T)]
    hours_per_fte = float(sc["hours_per_fte"])
    roles = sc["roles"]
    # Section 2a: "A role listed in the vocabulary but absent from roles has 0 FTE."
    fte = {r: float(roles[r]["fte"]) if r in roles else 0.0 for r in role_ids}
    total_fte = sum(fte[r] for r in role_ids)
    receivers = sc.get("receivers", {})
    recruitment = sc["recruitment"]
    hub = sc["hub"]
    ramp_spec = sc["ramp"]
    measures = sc.get("sharing", [])

    def task_share(r, category):
        """task_shares_r[category]; 0 for a missing category or an absent role."""
        if r not in roles:
            return 0.0
        return number(roles[r]["task_shares"], category)

    # --- Demand -----------------------------------------------------------
    rate = sc["demography"]["service_rate"]
    recipients = []
    for y in years:
        pop = population(sc["demography"], age_bands, y)
        recipients.append(sum(number(rate, a) * pop[a] for a in age_bands))
    if not recipients[0] > 0:
        raise ValueError("no service recipients in the start year")
    demand_index = [recipients[t] / recipients[0] for t in range(T)]

    # --- Staff gap --------------------------------------------------------
    growth = float(sc["staff_growth_per_year"])
    need_fte = [total_fte * demand_index[t] for t in range(T)]
    avail_fte = [total_fte * (1.0 + growth) ** t for t in range(T)]
    gap_fte = [need_fte[t] - avail_fte[t] for t in range(T)]

    # --- Ramp -------------------------------------------------------------
    ramp = []
    for y in years:
        x = (y - int(ramp_spec["start_year"]) + 1) / float(ramp_spec["years_to_full"])
        ramp.append(min(1.0, max(0.0, x)))

    # --- Hours per measure: H[m,t] ------------------------------------------
    H = []  # H[m][t]
    for m in measures:
        frm = m["from"]
        share_from = task_share(frm, m["category"])
        H.append([fte[frm] * demand_index[t] * hours_per_fte * share_from
                  * float(m["share"]) * ramp[t] for t in range(T)])

    def shifted_hours(k):
        """sum_{m: to=k} H[m,t] per year."""
        users = [i for i, m in enumerate(measures) if m["to"] == k]
        return [sum(H[i][t] for i in users) for t in range(T)], bool(users)

    # --- Hours a receiver must put in: R[k,t] (every kind but technology) -----
    R = {}
    for k in vocabulary["receivers"]:
        if receiver_kind[k] == "technology":
            continue
        hours, used = shifted_hours(k)
        tf = float(receivers[k]["time_factor"]) if used else 0.0
        R[k] = [hours[t] * tf for t in range(T)]

    # --- Net freed hours per role: F[r,t] -----------------------------------
    # Section 2a: "F[r,t] subtracts R[r,t] for every receiver of kind role".
    F = {}
    for r in role_ids:
        given = [sum(H[i][t] for i, m in enumerate(measures) if m["from"] == r) for t in range(T)]
        taken = R[r] if r in R and receiver_kind.get(r) == "role" else [0.0] * T
        F[r] = [given[t] - taken[t] for t in range(T)]

    freed_hours_professional = [sum(F[r][t] for r in professional) for t in range(T)]
    freed_fte = [freed_hours_professional[t] / hours_per_fte for t in range(T)]
    gap_closed_share = [min(1.0, freed_fte[t] / gap_fte[t]) if gap_fte[t] > 0 else None
                        for t in range(T)]
    if total_fte > 0:
        hours_per_recipient = total_fte * hours_per_fte / recipients[0]
        extra_recipients = [freed_hours_professional[t] / hours_per_recipient for t in range(T)]
    else:
        # No staff at all: hours_per_recipient is 0, the ratio undefined.
        extra_recipients = [None] * T

    # --- Utilisation ---------------------------------------------------------
    # Section 2a: for every role present in the scenario whose matching set is
    # not empty (with the standard vocabulary: sykepleier and helsefagarbeider).
    utilisation = {}
    utilisation_baseline = {}
    for r in role_ids:
        if r not in roles or not matching[r]:
            continue
        base = sum(task_share(r, c) for c in matching[r])
        utilisation_baseline[r] = base
        row = []
        for t in range(T):
            extra = 0.0
            for m in measures:
                if m["from"] == r and m["category"] not in matching[r]:
                    extra += task_share(r, m["category"]) * float(m["share"]) * ramp[t]
            row.append(min(1.0, base + extra))
        utilisation[r] = row

    # --- Task workers, per task-worker receiver k (section 2a) -----------------
    share_from_nav = float(recruitment["share_from_nav"])
    ws = recruitment["wage_subsidy"]
    tranches = []
    a = 0.0
    for tranche in ws["schedule"]:
        b = a + float(tranche["months"])
        tranches.append((a, b, float(tranche["rate"])))
        a = b
    ms = recruitment["mentor_subsidy"]
    sa = recruitment["social_assistance"]

    ledger_in = sc.get("ledger", {})
    wage_nok = float(ledger_in.get("task_worker_annual_wage_nok", 0.0))
    sb = ledger_in.get("state_benefits", {})
    sb_share = float(sb.get("share_of_hires_on_state_benefits", 0.0))
    sb_amount = float(sb.get("annual_benefit_per_person_nok", 0.0))
    sb_reduction = float(sb.get("reduction_when_employed", 0.0))

    zeros = [0.0] * T
    task_worker_fte = list(zeros)
    task_worker_headcount = list(zeros)
    hires = list(zeros)
    nav_hires = list(zeros)
    wage_subsidy = list(zeros)
    mentor_subsidy = list(zeros)
    social_savings = list(zeros)
    cost_task_workers = list(zeros)
    new_wage_base = list(zeros)
    state_benefit_savings = list(zeros)
    for k in receivers_of("task_worker"):
        if not any(m["to"] == k for m in measures):
            continue  # R[k,t] = 0 every year: every series of k is 0.
        p = receivers[k]
        cost_k = float(p["annual_cost_nok"])
        position_share_k = float(p["position_share"])
        turnover_k = float(p["turnover"])

        fte_k = [R[k][t] / hours_per_fte for t in range(T)]
        headcount_k = [fte_k[t] / position_share_k for t in range(T)]
        hires_k = []
        previous = 0.0  # task_worker_headcount[-1] = 0
        for t in range(T):
            hires_k.append(max(0.0, headcount_k[t] - previous * (1.0 - turnover_k)))
            previous = headcount_k[t]
        nav_hires_k = [hires_k[t] * share_from_nav for t in range(T)]

        def survival(j):
            return (1.0 - turnover_k) ** j

        # Subsidies, savings and the section 7 cohorts: explicit cohort double loops.
        for t in range(T):
            w_sum = 0.0
            m_sum = 0.0
            s_sum = 0.0
            base_sum = 0.0
            benefit_sum = 0.0
            for tau in range(t + 1):
                j = t - tau
                s = survival(j)
                months_factor = sum(rate_i * overlap(j, a_i, b_i) / 12.0
                                    for (a_i, b_i, rate_i) in tranches)
                w_sum += (nav_hires_k[tau] * float(ws["eligible_share"]) * cost_k
                          * position_share_k * s * months_factor)
                m_sum += (nav_hires_k[tau] * float(ms["eligible_share"]) * float(ms["hours_per_week"])
                          * (52.0 / 12.0) * overlap(j, 0.0, float(ms["months"]))
                          * float(ms["hourly_rate_nok"]) * s)
                s_sum += (nav_hires_k[tau] * float(sa["share_of_hires_on_assistance"])
                          * float(sa["annual_assistance_per_person_nok"])
                          * float(sa["reduction_when_employed"]) * s)
                # Section 7: only NAV hires create new tax and save state benefits.
                base_sum += nav_hires_k[tau] * position_share_k * wage_nok * s
                benefit_sum += nav_hires_k[tau] * sb_share * sb_amount * sb_reduction * s
            task_worker_fte[t] += fte_k[t]
            task_worker_headcount[t] += headcount_k[t]
            hires[t] += hires_k[t]
            nav_hires[t] += nav_hires_k[t]
            wage_subsidy[t] += w_sum
            mentor_subsidy[t] += m_sum
            social_savings[t] += s_sum
            cost_task_workers[t] += fte_k[t] * cost_k
            new_wage_base[t] += base_sum
            state_benefit_savings[t] += benefit_sum

    # --- Costs ---------------------------------------------------------------
    cost_training = [hires[t] * float(recruitment["training_cost_per_hire_nok"]) for t in range(T)]
    cost_volunteers = list(zeros)
    for k in receivers_of("volunteer"):
        if not any(m["to"] == k for m in measures):
            continue
        coord = float(receivers[k]["coordination_cost_per_hour_nok"])
        for t in range(T):
            cost_volunteers[t] += R[k][t] * coord
    cost_technology = list(zeros)
    for k in receivers_of("technology"):
        hours, used = shifted_hours(k)
        if not used:
            continue
        per_hour = float(receivers[k]["cost_per_shifted_hour_nok"])
        for t in range(T):
            cost_technology[t] += hours[t] * per_hour
    cost_hub = []
    for y in years:
        c = 0.0
        if y >= int(ramp_spec["start_year"]):
            c += float(hub["coordinator_fte"]) * float(hub["annual_cost_per_fte_nok"])
        if y == int(hub["one_off_year"]):
            c += float(hub["one_off_cost_nok"])
        cost_hub.append(c)
    cost_total = [cost_task_workers[t] + cost_training[t] + cost_volunteers[t]
                  + cost_technology[t] + cost_hub[t] for t in range(T)]

    # --- Value and budget ---------------------------------------------------
    # An omitted role has no annual cost in the file; the spec gives it 0 FTE only.
    # It can still have F != 0 when it is omitted yet receives tasks (a `role`
    # receiver): its cost is then taken as 0 (the spec is silent).
    capacity_value = []
    for t in range(T):
        v = 0.0
        for r in role_ids:
            cost = float(roles[r]["annual_cost_nok"]) if r in roles else 0.0
            v += F[r][t] * cost / hours_per_fte
        capacity_value.append(v)
    # realisation.basis: c[t] (section 3).
    c = []
    for t in range(T):
        if basis == "all":
            c.append(1.0)
        elif freed_fte[t] > 0:
            c.append(min(1.0, max(0.0, gap_fte[t]) / freed_fte[t]))
        else:
            c.append(1.0)
    realised_capacity = [c[t] * capacity_value[t] for t in range(T)]
    budget_share = float(sc["realisation"]["budget_share_of_freed_capacity"])
    budget_effect = [budget_share * realised_capacity[t] + wage_subsidy[t] + mentor_subsidy[t]
                     + social_savings[t] - cost_total[t] for t in range(T)]
    cumulative = []
    running = 0.0
    for t in range(T):
        running += budget_effect[t]
        cumulative.append(running)

    # --- Summary ------------------------------------------------------------
    rate_d = float(sc["discount_rate"])
    npv_budget = present_value(budget_effect, rate_d)
    npv_capacity = present_value(capacity_value, rate_d)
    payback_year = None
    if all(x >= 0 for x in cumulative):
        payback_year = years[0]
    else:
        been_negative = False
        for t in range(T):
            if cumulative[t] < 0:
                been_negative = True
            elif been_negative:
                payback_year = years[t]
                break
    total_freed = sum(freed_fte)
    net_cost = (sum(cost_total) - sum(wage_subsidy) - sum(mentor_subsidy) - sum(social_savings))
    # Null when sum_t freed_fte <= 0 (section 3).
    net_cost_per_freed_fte = net_cost / total_freed if total_freed > 0 else None

    # --- Section 7: the ledger ------------------------------------------------
    income_tax = ledger_in.get("income_tax", {})
    municipal_rate = float(income_tax.get("municipal_rate", 0.0))
    state_rate = float(income_tax.get("state_rate", 0.0))
    employer_tax_rate = float(ledger_in.get("employer_tax_rate", 0.0))
    tax_financing_rate = float(ledger_in.get("tax_financing_rate", 0.0))
    actors = {
        "kommune_helse_omsorg": [budget_share * realised_capacity[t] + wage_subsidy[t]
                                 + mentor_subsidy[t] - cost_total[t] for t in range(T)],
        "kommune_sosial": list(social_savings),
        "kommune_skatt": [municipal_rate * new_wage_base[t] for t in range(T)],
        "stat_nav": [state_benefit_savings[t] - wage_subsidy[t] - mentor_subsidy[t] for t in range(T)],
        "stat_skatt": [(state_rate + employer_tax_rate) * new_wage_base[t] for t in range(T)],
        "arbeidstakere": [(1.0 - municipal_rate - state_rate) * new_wage_base[t]
                          - social_savings[t] - state_benefit_savings[t] for t in range(T)],
    }
    for t in range(T):
        lhs = actors["kommune_helse_omsorg"][t] + actors["kommune_sosial"][t]
        scale = max(1.0, abs(budget_effect[t]), abs(cost_total[t]), abs(social_savings[t]))
        assert abs(lhs - budget_effect[t]) <= 1e-12 * scale, \
            f"kommune_helse_omsorg + kommune_sosial != budget_effect_nok in {years[t]}"
    public_net = [sum(actors[a][t] for a in PUBLIC_ACTORS) for t in range(T)]
    society_net = [sum(actors[a][t] for a in ACTORS) for t in range(T)]
    tax_financing = [tax_financing_rate * public_net[t] for t in range(T)]
    society_with_tax_financing = [society_net[t] + tax_financing[t] for t in range(T)]
    capacity_time = [capacity_value[t] - budget_share * realised_capacity[t] for t in range(T)]
    totals = {
        "public_net_nok": public_net,
        "society_net_nok": society_net,
        "tax_financing_nok": tax_financing,
        "society_with_tax_financing_nok": society_with_tax_financing,
        "capacity_time_nok": capacity_time,
    }
    npv = {a: present_value(actors[a], rate_d) for a in ACTORS}
    npv.update({name: present_value(totals[name], rate_d) for name in LEDGER_TOTALS})
    ledger = {"actors": actors}
    ledger.update(totals)
    ledger["state_benefit_savings_nok"] = state_benefit_savings
    ledger["new_wage_base_nok"] = new_wage_base
    ledger["npv"] = npv

    series = {
        "recipients": recipients, "demand_index": demand_index, "need_fte": need_fte,
        "avail_fte": avail_fte, "gap_fte": gap_fte, "ramp": ramp,
        "freed_hours_professional": freed_hours_professional, "freed_fte": freed_fte,
        "gap_closed_share": gap_closed_share, "extra_recipients": extra_recipients,
        "task_worker_fte": task_worker_fte, "task_worker_headcount": task_worker_headcount,
        "hires": hires, "nav_hires": nav_hires, "wage_subsidy_nok": wage_subsidy,
        "mentor_subsidy_nok": mentor_subsidy,
        "social_assistance_savings_nok": social_savings,
        "cost_task_workers_nok": cost_task_workers, "cost_training_nok": cost_training,
        "cost_volunteers_nok": cost_volunteers, "cost_technology_nok": cost_technology,
        "cost_hub_nok": cost_hub, "cost_total_nok": cost_total,
        "capacity_value_nok": capacity_value, "realised_capacity_nok": realised_capacity,
        "budget_effect_nok": budget_effect, "cumulative_budget_effect_nok": cumulative,
    }
    summary = {
        "npv_budget_nok": npv_budget,
        "npv_capacity_value_nok": npv_capacity,
        "payback_year": payback_year,
        "freed_fte_end": freed_fte[-1],
        "gap_closed_share_end": gap_closed_share[-1],
        "net_cost_per_freed_fte_nok": net_cost_per_freed_fte,
    }
    check_finite("series", series)
    check_finite("ledger", ledger)
    check_finite("summary", summary)
    return {
        "format": "gevinstmodell-result/1",
        "scenario": sc.get("name"),
        "unit": sc.get("unit"),
        "years": years,
        "series": {name: series[name] for name in SERIES_ORDER},
        "utilisation": utilisation,
        "utilisation_baseline": utilisation_baseline,
        "summary": summary,
        "ledger": ledger,
    }


def check_finite(path, value):
    if isinstance(value, dict):
        for key, v in value.items():
            check_finite(f"{path}.{key}", v)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            check_finite(f"{path}[{i}]", v)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"non-finite value in {path}")


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: gevinst_reference.py SCENARIO.json [OUT.json]\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        scenario = json.load(f)
    if scenario.get("format") not in (FORMAT_1, FORMAT_2):
        sys.stderr.write(f"{argv[1]}: format: neither {FORMAT_1} nor {FORMAT_2}\n")
        return 2
    result = compute(scenario)
    text = json.dumps(result, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    if len(argv) == 3:
        with open(argv[2], "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
