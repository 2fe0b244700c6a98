// Property of the bydel roll-up (spec §5, issue 7): for bydeler of different size and
// measures, every additive series of the roll-up is the sum of the parts, the ratios
// are recomputed from the summed parts (never averaged), and NPVs add.

#include "Aggregation.h"
#include "Engine.h"
#include "ScenarioReader.h"
#include "ScenarioValidator.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using gevinst::Aggregation;
using gevinst::Engine;
using gevinst::Result;
using gevinst::Scenario;
using gevinst::SeriesId;

namespace {

Scenario alna()
{
    std::ifstream in(gevinst::test::scenariosDir() + "/oslo-alna-hjemmetjenester.json");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    auto outcome = gevinst::ScenarioReader::fromText(text.str());
    REQUIRE(outcome.ok());
    REQUIRE(outcome.scenario->unit.level == "bydel");
    return *outcome.scenario;
}

/// Another bydel of the same kommune: `size` times the staff and population, other shares.
Scenario otherBydel(const std::string& id, double size, double shareFactor)
{
    Scenario s = alna();
    s.unit.id = id;
    s.unit.name = "Bydel " + id;
    for (auto& role : s.roles)
        role.fte *= size;
    for (auto& year : s.population)
        for (std::size_t a = 0; a < year.byBand.size(); ++a)
            year.byBand[a] *= size * (1.0 + 0.1 * double(a) * (shareFactor - 1.0)); // a different age mix
    for (auto& m : s.sharing)
        m.share *= shareFactor;
    return s;
}

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)) + 1e-6;
}

} // namespace

TEST_CASE("The bydel roll-up equals the sum of its parts; ratios come from the sums", "[property]")
{
    const std::vector<Scenario> scenarios{alna(), otherBydel("030101", 0.6, 0.5), otherBydel("030105", 1.7, 1.0 / 3.0)};
    std::vector<Result> results;
    for (const auto& s : scenarios) {
        gevinst::FieldErrors errors;
        gevinst::ScenarioValidator::validate(s, errors);
        REQUIRE(errors.empty());
        results.push_back(Engine::compute(s));
    }
    std::vector<gevinst::AggregationPart> parts;
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        parts.push_back({&scenarios[i], &results[i]});
    const auto outcome = Aggregation::rollUp(parts);
    REQUIRE(outcome.ok());
    const Result& sum = outcome.rollUp->result;
    const int T = results.front().yearCount();
    REQUIRE(sum.yearCount() == T);

    for (int i = 0; i < gevinst::kSeriesCount; ++i) {
        const auto id = static_cast<SeriesId>(i);
        if (!gevinst::isAdditive(id))
            continue;
        for (int t = 0; t < T; ++t) {
            double expected = 0;
            for (const auto& r : results)
                expected += r[id][t];
            INFO(gevinst::idOf(id) << "[" << t << "]");
            CHECK(same(sum[id][t], expected));
        }
    }
    // Ratios recomputed from the summed parts.
    const auto& recipients = sum[SeriesId::Recipients];
    const auto& gap = sum[SeriesId::GapFte];
    bool positiveGap = false;
    for (int t = 0; t < T; ++t) {
        INFO("year " << t);
        CHECK(same(sum[SeriesId::DemandIndex][t], recipients[t] / recipients[0]));
        if (gap[t] > 0) {
            positiveGap = true;
            CHECK(same(sum[SeriesId::GapClosedShare][t], std::min(1.0, sum[SeriesId::FreedFte][t] / gap[t])));
        } else {
            CHECK(std::isnan(sum[SeriesId::GapClosedShare][t]));
        }
        // Utilisation: weighted by each part's hours of that role in that year.
        REQUIRE(sum.utilisation.size() == 2); // sykepleier and helsefagarbeider in Alna
        for (const char* roleId : {"sykepleier", "helsefagarbeider"}) {
            INFO(roleId);
            const int role = scenarios.front().vocabulary.roleIndex(roleId);
            REQUIRE(role >= 0);
            double weighted = 0, hours = 0;
            for (std::size_t p = 0; p < results.size(); ++p) {
                const double w = scenarios[p].role(role).fte * results[p][SeriesId::DemandIndex][t] *
                                 scenarios[p].hoursPerFte;
                const gevinst::RoleUtilisation* part = results[p].utilisationOf(roleId);
                REQUIRE(part != nullptr);
                weighted += w * part->series[t];
                hours += w;
            }
            const gevinst::RoleUtilisation* rolled = sum.utilisationOf(roleId);
            REQUIRE(rolled != nullptr);
            CHECK(same(rolled->series[t], weighted / hours));
        }
    }
    CHECK(positiveGap); // the gap ratio was exercised
    // The parts differ, so an average of their ratios would not do.
    CHECK_FALSE(same(results[1][SeriesId::GapClosedShare][T - 1], results[2][SeriesId::GapClosedShare][T - 1]));

    double npvBudget = 0, npvCapacity = 0;
    for (const auto& r : results) {
        npvBudget += r.summary.npvBudgetNok;
        npvCapacity += r.summary.npvCapacityValueNok;
    }
    CHECK(same(sum.summary.npvBudgetNok, npvBudget));
    CHECK(same(sum.summary.npvCapacityValueNok, npvCapacity));
    // The ledger's NPVs add too (spec §7: the roll-up sums every ledger series and NPV).
    for (std::size_t i = 0; i < sum.summary.ledgerNpv.size(); ++i) {
        double npv = 0;
        for (const auto& r : results)
            npv += r.summary.ledgerNpv[i];
        INFO("ledger NPV " << i);
        CHECK(same(sum.summary.ledgerNpv[i], npv));
    }
    CHECK(same(sum.summary.freedFteEnd, sum[SeriesId::FreedFte][T - 1]));
}
