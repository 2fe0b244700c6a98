// Properties of the engine that hold for every scenario (issue 7), checked on the
// shipped scenarios and on variations of them: zero shares give nothing but the
// hub's costs; scaling FTE and population by k scales every additive series except
// the hub's costs by k; the order of measures does not matter; moving more tasks
// out of the professional roles never frees fewer professional hours.

#include "Engine.h"
#include "ScenarioReader.h"
#include "ScenarioWriter.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using gevinst::Engine;
using gevinst::Result;
using gevinst::Scenario;
using gevinst::SeriesId;

namespace {

// The shipped scenarios: three home-care ones with the standard vocabulary and a
// nursing home (bodo-sykehjem) with its own.
const std::vector<std::string> kShipped{"nordre-follo-hjemmetjenester.json", "oslo-alna-hjemmetjenester.json",
                                        "roros-hjemmetjenester.json", "bodo-sykehjem.json"};

Scenario shipped(const std::string& file)
{
    std::ifstream in(gevinst::test::scenariosDir() + "/" + file);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    auto outcome = gevinst::ScenarioReader::fromText(text.str());
    REQUIRE(outcome.ok());
    return *outcome.scenario;
}

/// Same value within a relative 1e-9 of the larger magnitude (absolute 1e-6 near 0).
bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)) + 1e-6;
}

void requireSameSeries(const Eigen::ArrayXd& actual, const Eigen::ArrayXd& expected, const std::string& name)
{
    REQUIRE(actual.size() == expected.size());
    for (Eigen::Index t = 0; t < actual.size(); ++t) {
        INFO(name << "[" << t << "]: " << actual[t] << " vs " << expected[t]);
        CHECK(same(actual[t], expected[t]));
    }
}

void requireSameResult(const Result& a, const Result& b)
{
    for (int i = 0; i < gevinst::kSeriesCount; ++i) {
        const auto id = static_cast<SeriesId>(i);
        requireSameSeries(a[id], b[id], std::string(gevinst::idOf(id)));
    }
    REQUIRE(a.utilisation.size() == b.utilisation.size());
    for (std::size_t r = 0; r < a.utilisation.size(); ++r) {
        REQUIRE(a.utilisation[r].roleId == b.utilisation[r].roleId);
        requireSameSeries(a.utilisation[r].series, b.utilisation[r].series, "utilisation " + a.utilisation[r].roleId);
        CHECK(same(a.utilisation[r].baseline, b.utilisation[r].baseline));
    }
    CHECK(same(a.summary.npvBudgetNok, b.summary.npvBudgetNok));
    CHECK(same(a.summary.npvCapacityValueNok, b.summary.npvCapacityValueNok));
    CHECK(a.summary.paybackYear == b.summary.paybackYear);
    CHECK(same(a.summary.freedFteEnd, b.summary.freedFteEnd));
    CHECK(same(a.summary.netCostPerFreedFteNok.value_or(NAN), b.summary.netCostPerFreedFteNok.value_or(NAN)));
    for (std::size_t i = 0; i < a.summary.ledgerNpv.size(); ++i)
        CHECK(same(a.summary.ledgerNpv[i], b.summary.ledgerNpv[i]));
}

/// A receiver that is one of the scenario's professional roles (its hours count against the freed ones).
bool isProfessionalReceiver(const Scenario& s, int to)
{
    const auto& receiver = s.vocabulary.receivers[static_cast<std::size_t>(to)];
    return receiver.kind == gevinst::ReceiverKind::Role && receiver.role >= 0 &&
           s.vocabulary.roles[static_cast<std::size_t>(receiver.role)].professional;
}

/// How many times the hub's cost a series holds with a negative sign, for the series
/// that are not proportional to the scale of the unit: cost_total holds +1 hub;
/// budget effect, kommune_helse_omsorg, public and society net −1; tax financing
/// −rate; society with tax financing −(1 + rate) (spec §3, §7).
double hubCoefficient(SeriesId id, const Scenario& s)
{
    const double rate = s.ledger.taxFinancingRate;
    switch (id) {
    case SeriesId::CostTotalNok: return 1.0;
    case SeriesId::BudgetEffectNok:
    case SeriesId::LedgerKommuneHelseOmsorg:
    case SeriesId::LedgerPublicNet:
    case SeriesId::LedgerSocietyNet: return -1.0;
    case SeriesId::LedgerTaxFinancing: return -rate;
    case SeriesId::LedgerSocietyWithTaxFinancing: return -(1.0 + rate);
    default: return 0.0;
    }
}

} // namespace

TEST_CASE("All shares 0: no gains and no costs but the hub's", "[property]")
{
    for (const auto& file : kShipped) {
        INFO(file);
        Scenario s = shipped(file);
        REQUIRE_FALSE(s.sharing.empty());
        for (auto& m : s.sharing)
            m.share = 0;
        const Result r = Engine::compute(s);
        const Eigen::ArrayXd& hub = r[SeriesId::CostHubNok];
        REQUIRE(hub.maxCoeff() > 0); // the property says something only if the hub costs
        for (SeriesId zero : {SeriesId::FreedHoursProfessional, SeriesId::FreedFte, SeriesId::ExtraRecipients,
                              SeriesId::TaskWorkerFte, SeriesId::TaskWorkerHeadcount, SeriesId::Hires,
                              SeriesId::NavHires, SeriesId::WageSubsidyNok, SeriesId::MentorSubsidyNok,
                              SeriesId::SocialAssistanceSavingsNok, SeriesId::CostTaskWorkersNok,
                              SeriesId::CostTrainingNok, SeriesId::CostVolunteersNok, SeriesId::CostTechnologyNok,
                              SeriesId::CapacityValueNok, SeriesId::RealisedCapacityNok,
                              SeriesId::LedgerKommuneSosial, SeriesId::LedgerKommuneSkatt, SeriesId::LedgerStatNav,
                              SeriesId::LedgerStatSkatt, SeriesId::LedgerArbeidstakere,
                              SeriesId::LedgerCapacityTime, SeriesId::LedgerStateBenefitSavings,
                              SeriesId::LedgerNewWageBase})
            requireSameSeries(r[zero], Eigen::ArrayXd::Zero(r.yearCount()), std::string(gevinst::idOf(zero)));
        requireSameSeries(r[SeriesId::CostTotalNok], hub, "cost_total_nok");
        requireSameSeries(r[SeriesId::BudgetEffectNok], -hub, "budget_effect_nok");
        requireSameSeries(r[SeriesId::LedgerKommuneHelseOmsorg], -hub, "ledger.kommune_helse_omsorg");
        requireSameSeries(r[SeriesId::LedgerPublicNet], -hub, "ledger.public_net_nok");
        requireSameSeries(r[SeriesId::LedgerSocietyNet], -hub, "ledger.society_net_nok");
        // Utilisation stays at its baseline.
        REQUIRE_FALSE(r.utilisation.empty());
        for (const auto& u : r.utilisation)
            requireSameSeries(u.series, Eigen::ArrayXd::Constant(r.yearCount(), u.baseline), "utilisation " + u.roleId);
        CHECK_FALSE(r.summary.netCostPerFreedFteNok.has_value());
    }
}

TEST_CASE("Scaling every FTE and the population by k scales the additive series by k", "[property]")
{
    for (const auto& file : kShipped)
        for (double k : {0.25, 3.0, 17.5}) {
            INFO(file << ", k = " << k);
            const Scenario base = shipped(file);
            Scenario scaled = base;
            for (auto& role : scaled.roles)
                role.fte *= k;
            for (auto& year : scaled.population)
                for (double& p : year.byBand)
                    p *= k;
            const Result a = Engine::compute(base);
            const Result b = Engine::compute(scaled);
            const Eigen::ArrayXd& hub = a[SeriesId::CostHubNok];
            REQUIRE(same(b[SeriesId::CostHubNok].sum(), hub.sum()));
            for (int i = 0; i < gevinst::kSeriesCount; ++i) {
                const auto id = static_cast<SeriesId>(i);
                const std::string name(gevinst::idOf(id));
                if (id == SeriesId::CostHubNok)
                    continue;
                if (!gevinst::isAdditive(id)) { // ratios stay as they were
                    requireSameSeries(b[id], a[id], name);
                } else if (id == SeriesId::CumulativeBudgetEffectNok) {
                    continue; // the running sum of budget_effect_nok
                } else {
                    // The part that is not the hub's scales by k (under basis "gap" too:
                    // gap and freed FTE both scale by k, so their ratio stays).
                    const double h = hubCoefficient(id, base);
                    requireSameSeries(b[id], k * (a[id] - h * hub) + h * hub, name);
                }
            }
            REQUIRE(a[SeriesId::FreedFte].maxCoeff() > 0);
            REQUIRE(a.utilisation.size() == b.utilisation.size());
            for (std::size_t u = 0; u < a.utilisation.size(); ++u)
                requireSameSeries(b.utilisation[u].series, a.utilisation[u].series, "utilisation");
            CHECK(same(b.summary.npvCapacityValueNok, k * a.summary.npvCapacityValueNok));
            CHECK(same(b.summary.freedFteEnd, k * a.summary.freedFteEnd));
        }
}

TEST_CASE("Results do not depend on the order of the measures", "[property]")
{
    std::mt19937 random(20261123);
    for (const auto& file : kShipped) {
        INFO(file);
        const Scenario base = shipped(file);
        REQUIRE(base.sharing.size() >= 3);
        const Result expected = Engine::compute(base);
        Scenario shuffled = base;
        std::reverse(shuffled.sharing.begin(), shuffled.sharing.end());
        requireSameResult(Engine::compute(shuffled), expected);
        for (int round = 0; round < 10; ++round) {
            std::shuffle(shuffled.sharing.begin(), shuffled.sharing.end(), random);
            requireSameResult(Engine::compute(shuffled), expected);
        }
        // The same through the file: measures listed in reverse order read and compute the same.
        auto document = gevinst::ScenarioWriter::toJson(base);
        std::reverse(document["sharing"].begin(), document["sharing"].end());
        const auto reread = gevinst::ScenarioReader::fromText(document.dump());
        REQUIRE(reread.ok());
        REQUIRE(reread.scenario->sharing.front().share == base.sharing.back().share);
        requireSameResult(Engine::compute(*reread.scenario), expected);
    }
}

TEST_CASE("More tasks to a receiver outside the professions never frees fewer professional hours", "[property]")
{
    int raised = 0;
    for (const auto& file : kShipped) {
        const Scenario base = shipped(file);
        const Result before = Engine::compute(base);
        for (std::size_t i = 0; i < base.sharing.size(); ++i) {
            const auto& m = base.sharing[i];
            if (isProfessionalReceiver(base, m.to))
                continue;
            // Room left for this role and category (their shares sum to at most 1).
            double others = 0;
            for (std::size_t j = 0; j < base.sharing.size(); ++j)
                if (j != i && base.sharing[j].from == m.from && base.sharing[j].category == m.category)
                    others += base.sharing[j].share;
            const double room = 1.0 - others - m.share;
            for (double step : {0.25, 0.5, 1.0}) {
                INFO(file << ", measure " << i << " raised by " << step * room);
                Scenario more = base;
                more.sharing[i].share = m.share + step * room;
                const Result after = Engine::compute(more);
                const Eigen::ArrayXd& h0 = before[SeriesId::FreedHoursProfessional];
                const Eigen::ArrayXd& h1 = after[SeriesId::FreedHoursProfessional];
                for (Eigen::Index t = 0; t < h0.size(); ++t)
                    CHECK(h1[t] >= h0[t] - 1e-9 * std::abs(h0[t]));
                if (base.vocabulary.roles[static_cast<std::size_t>(m.from)].professional && room > 0.01 &&
                    base.role(m.from).fte > 0 &&
                    base.role(m.from).taskShares[static_cast<std::size_t>(m.category)] > 0) {
                    CHECK(h1.sum() > h0.sum()); // and strictly more when it moves anything
                    ++raised;
                }
            }
        }
        // A measure that is new, to technology from every professional category with room left.
        Scenario added = base;
        const int technology = base.vocabulary.receiverIndex("teknologi");
        REQUIRE(technology >= 0);
        REQUIRE(base.vocabulary.receivers[static_cast<std::size_t>(technology)].kind ==
                gevinst::ReceiverKind::Technology);
        const int roleCount = static_cast<int>(base.vocabulary.roles.size());
        const int categoryCount = static_cast<int>(base.vocabulary.categories.size());
        for (int from = 0; from < roleCount; ++from) {
            if (!base.vocabulary.roles[static_cast<std::size_t>(from)].professional)
                continue;
            for (int c = 0; c < categoryCount; ++c) {
                double used = 0;
                for (const auto& m : base.sharing)
                    if (m.from == from && m.category == c)
                        used += m.share;
                if (used < 1.0)
                    added.sharing.push_back({from, c, technology, (1.0 - used) / 2});
            }
        }
        added.receivers[static_cast<std::size_t>(technology)].present = true;
        const Result after = Engine::compute(added);
        for (Eigen::Index t = 0; t < after.yearCount(); ++t)
            CHECK(after[SeriesId::FreedHoursProfessional][t] >=
                  before[SeriesId::FreedHoursProfessional][t] * (1 - 1e-12));
    }
    CHECK(raised > 5); // the property was exercised on real measures
}
