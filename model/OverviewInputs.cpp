#include "OverviewInputs.h"

#include "OnThreads.h"

namespace gevinst {

OverviewInputs::OverviewInputs(OverviewPackage package, const projection::ProjectionDataSet& population,
                               const baseline::KostraBaseline& kostra)
    : m_package(std::move(package))
    , m_kostra(kostra)
    , m_builder(m_package.scenario, m_package.areaName, m_package.label, m_package.kostra, population, kostra)
{
}

std::optional<OverviewMissing> OverviewInputs::missingOf(const baseline::KostraUnitBaseline& b)
{
    using baseline::RateBasis;
    std::string detail;
    for (int k = 0; k < baseline::kKostraBandCount; ++k) {
        const baseline::KostraRate& r = b.rates[std::size_t(k)];
        // Own and Derived (the unit's total less its other bands) are the unit's own figures;
        // a split of its total by the county's rates, the county's or the nation's rate are not.
        if (r.basis == RateBasis::Own || r.basis == RateBasis::Derived)
            continue;
        if (!detail.empty())
            detail += "; ";
        detail += "dekningsgrad " + std::string(baseline::kKostraBandIds[std::size_t(k)]) + " år: " + r.note;
    }
    if (!detail.empty())
        return OverviewMissing{OverviewMissing::Kind::SuppressedRates,
                               "SSB har skjermet enhetens tall for tjenestemottakere (KOSTRA, SSB tabell 12292); " + detail};
    if (b.nurseBasis != baseline::RateBasis::Own)
        return OverviewMissing{OverviewMissing::Kind::SuppressedNurses, b.nurseNote};
    return std::nullopt;
}

OverviewUnitInput OverviewInputs::buildOne(const OverviewUnitSpec& spec) const
{
    OverviewUnitInput in;
    in.unit = spec.unit;
    in.countyId = spec.countyId;
    in.countyName = spec.countyName;
    UnitScenarioRequest request;
    request.unit = spec.unit;
    request.startYear = m_package.startYear;
    request.endYear = m_package.endYear;
    request.yearsSource = m_package.yearsSource;
    request.registered = spec.registered;
    UnitScenarioOutcome outcome = m_builder.build(request);
    if (!outcome.ok()) {
        in.missing = OverviewMissing{OverviewMissing::Kind::NoScenario, outcome.error ? outcome.error->detail : std::string()};
        return in;
    }
    in.scenario = std::move(outcome.scenario);
    if (const auto b = m_kostra.forUnit(spec.unit.id, m_package.kostra.service))
        in.missing = missingOf(*b);
    return in;
}

std::vector<OverviewUnitInput> OverviewInputs::build(const std::vector<OverviewUnitSpec>& units, int threads,
                                                     const std::function<void(int, int)>& progress,
                                                     const std::atomic<bool>* cancel) const
{
    const int U = int(units.size());
    std::vector<OverviewUnitInput> out(units.size());
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    onThreads(threadCount(threads, U), [&](int) {
        for (;;) {
            const int u = next.fetch_add(1, std::memory_order_relaxed);
            if (u >= U || (cancel && cancel->load(std::memory_order_relaxed)))
                return;
            out[std::size_t(u)] = buildOne(units[std::size_t(u)]);
            const int finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (progress)
                progress(finished, U);
        }
    });
    if (cancel && cancel->load())
        return {};
    return out;
}

} // namespace gevinst
