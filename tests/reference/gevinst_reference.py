#!/usr/bin/env python3
"""Independent reference implementation of the gevinstmodell calculation.

Written from /work/shared/spec/gevinstmodell.md section 3 (calculation) and
section 4 (result file) alone, with the Python standard library only.  It is
deliberately plain and loop-based (no vectorisation, cohort sums written out
as double loops) so that it shares no structure with the C++ engine.

Usage: gevinst_reference.py SCENARIO.json [OUT.json]
Writes the gevinstmodell-result/1 JSON to OUT.json or stdout.

It assumes a valid scenario (spec section 2); it checks only what it needs to
avoid computing nonsense and raises ValueError otherwise.
"""

import json
import math
import sys

AGE_BANDS = ["0-19", "20-66", "67-79", "80+"]
ROLES = ["sykepleier", "helsefagarbeider", "assistent"]
PROFESSIONAL_ROLES = ["sykepleier", "helsefagarbeider"]
MATCHING = {
    "sykepleier": {"helsefaglig"},
    "helsefagarbeider": {"helsefaglig", "kompetanse"},
}

SERIES_ORDER = [
    "recipients", "demand_index", "need_fte", "avail_fte", "gap_fte", "ramp",
    "freed_hours_professional", "freed_fte", "gap_closed_share",
    "extra_recipients", "task_worker_fte", "task_worker_headcount", "hires",
    "nav_hires", "wage_subsidy_nok", "mentor_subsidy_nok",
    "social_assistance_savings_nok", "cost_task_workers_nok",
    "cost_training_nok", "cost_volunteers_nok", "cost_technology_nok",
    "cost_hub_nok", "cost_total_nok", "capacity_value_nok",
    "budget_effect_nok", "cumulative_budget_effect_nok",
]


def population(demography, year):
    """pop[a, year]: given years as written, linear between given years,
    clamped to the first/last given year outside them."""
    given = sorted((int(y), bands) for y, bands in demography["population"].items())
    result = {}
    for band in AGE_BANDS:
        points = [(y, float(bands[band])) for y, bands in given]
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


def compute(sc):
    start = int(sc["years"]["start"])
    end = int(sc["years"]["end"])
    if end < start:
        raise ValueError("years.end < years.start")
    T = end - start + 1
    years = [start + t for t in range(T)]
    hours_per_fte = float(sc["hours_per_fte"])
    roles = sc["roles"]
    fte = {r: float(roles[r]["fte"]) if r in roles else 0.0 for r in ROLES}
    total_fte = sum(fte[r] for r in ROLES)
    receivers = sc["receivers"]
    recruitment = sc["recruitment"]
    hub = sc["hub"]
    ramp_spec = sc["ramp"]

    # --- Demand -----------------------------------------------------------
    rate = sc["demography"]["service_rate"]
    recipients = []
    for y in years:
        pop = population(sc["demography"], y)
        recipients.append(sum(float(rate[a]) * pop[a] for a in AGE_BANDS))
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

    # --- Hours per measure --------------------------------------------------
    measures = sc.get("sharing", [])
    H = []  # H[m][t]
    for m in measures:
        frm = m["from"]
        if frm in roles:
            share_from = float(roles[frm]["task_shares"][m["category"]])
        else:
            share_from = 0.0
        H.append([fte[frm] * demand_index[t] * hours_per_fte * share_from
                  * float(m["share"]) * ramp[t] for t in range(T)])

    def time_factor(k):
        return float(receivers[k]["time_factor"])

    R = {}
    for k in ["oppgavemedarbeider", "frivillig", "helsefagarbeider"]:
        series = [0.0] * T
        users = [i for i, m in enumerate(measures) if m["to"] == k]
        if users:
            tf = time_factor(k)
            for t in range(T):
                series[t] = sum(H[i][t] for i in users) * tf
        R[k] = series
    R_role = {r: R.get(r, [0.0] * T) for r in ROLES}

    F = {}
    for r in ROLES:
        F[r] = [sum(H[i][t] for i, m in enumerate(measures) if m["from"] == r)
                - R_role[r][t] for t in range(T)]

    freed_hours_professional = [F["sykepleier"][t] + F["helsefagarbeider"][t] for t in range(T)]
    freed_fte = [freed_hours_professional[t] / hours_per_fte for t in range(T)]
    gap_closed_share = [min(1.0, freed_fte[t] / gap_fte[t]) if gap_fte[t] > 0 else None
                        for t in range(T)]
    if total_fte > 0:
        hours_per_recipient = total_fte * hours_per_fte / recipients[0]
        extra_recipients = [freed_hours_professional[t] / hours_per_recipient for t in range(T)]
    else:
        extra_recipients = [None] * T

    # --- Utilisation --------------------------------------------------------
    utilisation = {}
    utilisation_baseline = {}
    for r in PROFESSIONAL_ROLES:
        if r not in roles:
            continue
        ts = roles[r]["task_shares"]
        base = sum(float(ts[c]) for c in MATCHING[r])
        utilisation_baseline[r] = base
        row = []
        for t in range(T):
            extra = 0.0
            for m in measures:
                if m["from"] == r and m["category"] not in MATCHING[r]:
                    extra += float(ts[m["category"]]) * float(m["share"]) * ramp[t]
            row.append(min(1.0, base + extra))
        utilisation[r] = row

    # --- Task workers -------------------------------------------------------
    uses_task_workers = any(m["to"] == "oppgavemedarbeider" for m in measures)
    om = receivers.get("oppgavemedarbeider", {})
    position_share = float(om.get("position_share", 1.0))
    turnover = float(om.get("turnover", 0.0))
    om_cost = float(om.get("annual_cost_nok", 0.0))
    if uses_task_workers and "oppgavemedarbeider" not in receivers:
        raise ValueError("receivers.oppgavemedarbeider missing")
    task_worker_fte = [R["oppgavemedarbeider"][t] / hours_per_fte for t in range(T)]
    task_worker_headcount = [task_worker_fte[t] / position_share for t in range(T)]
    hires = []
    previous = 0.0
    for t in range(T):
        hires.append(max(0.0, task_worker_headcount[t] - previous * (1.0 - turnover)))
        previous = task_worker_headcount[t]
    share_from_nav = float(recruitment["share_from_nav"])
    nav_hires = [hires[t] * share_from_nav for t in range(T)]

    def survival(k):
        return (1.0 - turnover) ** k

    # --- Subsidies and savings (explicit cohort double loops) ----------------
    ws = recruitment["wage_subsidy"]
    tranches = []
    a = 0.0
    for tranche in ws["schedule"]:
        b = a + float(tranche["months"])
        tranches.append((a, b, float(tranche["rate"])))
        a = b
    ms = recruitment["mentor_subsidy"]
    sa = recruitment["social_assistance"]
    wage_subsidy = []
    mentor_subsidy = []
    social_savings = []
    for t in range(T):
        w_sum = 0.0
        m_sum = 0.0
        s_sum = 0.0
        for tau in range(t + 1):
            k = t - tau
            s = survival(k)
            months_factor = sum(rate_i * overlap(k, a_i, b_i) / 12.0
                                for (a_i, b_i, rate_i) in tranches)
            w_sum += (nav_hires[tau] * float(ws["eligible_share"]) * om_cost
                      * position_share * s * months_factor)
            m_sum += (nav_hires[tau] * float(ms["eligible_share"]) * float(ms["hours_per_week"])
                      * (52.0 / 12.0) * overlap(k, 0.0, float(ms["months"]))
                      * float(ms["hourly_rate_nok"]) * s)
            s_sum += (nav_hires[tau] * float(sa["share_of_hires_on_assistance"])
                      * float(sa["annual_assistance_per_person_nok"])
                      * float(sa["reduction_when_employed"]) * s)
        wage_subsidy.append(w_sum)
        mentor_subsidy.append(m_sum)
        social_savings.append(s_sum)

    # --- Costs --------------------------------------------------------------
    cost_task_workers = [task_worker_fte[t] * om_cost for t in range(T)]
    cost_training = [hires[t] * float(recruitment["training_cost_per_hire_nok"]) for t in range(T)]
    if any(m["to"] == "frivillig" for m in measures):
        coord = float(receivers["frivillig"]["coordination_cost_per_hour_nok"])
    else:
        coord = float(receivers.get("frivillig", {}).get("coordination_cost_per_hour_nok", 0.0))
    cost_volunteers = [R["frivillig"][t] * coord for t in range(T)]
    tech_idx = [i for i, m in enumerate(measures) if m["to"] == "teknologi"]
    tech_rate = (float(receivers["teknologi"]["cost_per_shifted_hour_nok"]) if tech_idx
                 else float(receivers.get("teknologi", {}).get("cost_per_shifted_hour_nok", 0.0)))
    cost_technology = [sum(H[i][t] for i in tech_idx) * tech_rate for t in range(T)]
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
    # It can still have F != 0 when it is omitted yet receives tasks (helsefagarbeider):
    # its cost is then taken as 0 (the spec is silent; noted in the test report).
    capacity_value = []
    for t in range(T):
        v = 0.0
        for r in ROLES:
            cost = float(roles[r]["annual_cost_nok"]) if r in roles else 0.0
            v += F[r][t] * cost / hours_per_fte
        capacity_value.append(v)
    budget_share = float(sc["realisation"]["budget_share_of_freed_capacity"])
    budget_effect = [budget_share * capacity_value[t] + wage_subsidy[t] + mentor_subsidy[t]
                     + social_savings[t] - cost_total[t] for t in range(T)]
    cumulative = []
    running = 0.0
    for t in range(T):
        running += budget_effect[t]
        cumulative.append(running)

    # --- Summary ------------------------------------------------------------
    rate_d = float(sc["discount_rate"])
    npv_budget = sum(budget_effect[t] / (1.0 + rate_d) ** t for t in range(T))
    npv_capacity = sum(capacity_value[t] / (1.0 + rate_d) ** t for t in range(T))
    payback_year = None
    if all(c >= 0 for c in cumulative):
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
    net_cost_per_freed_fte = net_cost / total_freed if total_freed != 0 else None

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
        "capacity_value_nok": capacity_value, "budget_effect_nok": budget_effect,
        "cumulative_budget_effect_nok": cumulative,
    }
    summary = {
        "npv_budget_nok": npv_budget,
        "npv_capacity_value_nok": npv_capacity,
        "payback_year": payback_year,
        "freed_fte_end": freed_fte[-1],
        "gap_closed_share_end": gap_closed_share[-1],
        "net_cost_per_freed_fte_nok": net_cost_per_freed_fte,
    }
    for name, values in series.items():
        for v in values:
            if v is not None and not math.isfinite(v):
                raise ValueError(f"non-finite value in {name}")
    return {
        "format": "gevinstmodell-result/1",
        "scenario": sc.get("name"),
        "unit": sc.get("unit"),
        "years": years,
        "series": {name: series[name] for name in SERIES_ORDER},
        "utilisation": utilisation,
        "utilisation_baseline": utilisation_baseline,
        "summary": summary,
    }


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: gevinst_reference.py SCENARIO.json [OUT.json]\n")
        return 2
    with open(argv[1], encoding="utf-8") as f:
        scenario = json.load(f)
    if scenario.get("format") != "gevinstmodell-scenario/1":
        sys.stderr.write(f"{argv[1]}: format: not gevinstmodell-scenario/1\n")
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
