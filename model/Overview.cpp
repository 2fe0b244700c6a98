#include "Overview.h"

#include "Engine.h"
#include "OnThreads.h"
#include "Percentiles.h"
#include "RandomStream.h"
#include "UncertainInputs.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <map>
#include <stdexcept>

namespace gevinst {

namespace {

constexpr double kNull = std::numeric_limits<double>::quiet_NaN();
constexpr int kLedgerFigures = kOverviewFigureCount - kFirstOverviewLedgerFigure;
constexpr std::array<double, 3> kLevels{0.10, 0.50, 0.90};

/// The additive parts of one draw, flat (the layout of OverviewParts).
enum PartCell {
    GapCell,
    FreedCell,
    Persons67Cell,
    NpvBudgetCell,
    NetCostCell,
    FreedSumCell,
    LedgerCell0,
    PartCellCount = LedgerCell0 + kLedgerFigures
};

void storeParts(const OverviewParts& p, double* out)
{
    out[GapCell] = p.gapFte;
    out[FreedCell] = p.freedFte;
    out[Persons67Cell] = p.persons67Plus;
    out[NpvBudgetCell] = p.npvBudgetNok;
    out[NetCostCell] = p.netCostNok;
    out[FreedSumCell] = p.freedFteSum;
    for (int i = 0; i < kLedgerFigures; ++i)
        out[LedgerCell0 + i] = p.ledgerNpvNok[std::size_t(i)];
}

OverviewParts partsFrom(const double* in, bool ledger)
{
    OverviewParts p;
    p.gapFte = in[GapCell];
    p.freedFte = in[FreedCell];
    p.persons67Plus = in[Persons67Cell];
    p.npvBudgetNok = in[NpvBudgetCell];
    p.netCostNok = in[NetCostCell];
    p.freedFteSum = in[FreedSumCell];
    for (int i = 0; i < kLedgerFigures; ++i)
        p.ledgerNpvNok[std::size_t(i)] = in[LedgerCell0 + i];
    p.ledger = ledger;
    return p;
}

void addParts(OverviewParts& sum, const OverviewParts& p)
{
    sum.gapFte += p.gapFte;
    sum.freedFte += p.freedFte;
    sum.persons67Plus += p.persons67Plus;
    sum.npvBudgetNok += p.npvBudgetNok;
    sum.netCostNok += p.netCostNok;
    sum.freedFteSum += p.freedFteSum;
    for (int i = 0; i < kLedgerFigures; ++i)
        sum.ledgerNpvNok[std::size_t(i)] += p.ledgerNpvNok[std::size_t(i)];
    sum.ledger = sum.ledger || p.ledger;
}

/// Persons in the bands that start at 67 or later (the standard 67-79 and 80+).
double persons67Plus(const Scenario& s, int year)
{
    const std::vector<double> pop = Engine::populationIn(s, year);
    double sum = 0;
    for (std::size_t a = 0; a < pop.size() && a < s.vocabulary.ageBands.size(); ++a)
        if (s.vocabulary.ageBands[a].low >= 67)
            sum += pop[a];
    return sum;
}

double inhabitantsOf(const Scenario& s)
{
    double sum = 0;
    for (double v : Engine::populationIn(s, s.startYear))
        sum += v;
    return sum;
}

/// P10/P50/P90 of each figure over draws whose parts are `draws` (PartCellCount per draw):
/// each draw's figures are worked out once into `columns` (figure-major), then each
/// figure's column is selected on its own (Percentiles: NaN, a null, left out).
OverviewPercentiles percentilesOf(const std::vector<double>& draws, int n, bool ledger, std::vector<double>& columns)
{
    OverviewPercentiles out;
    const std::size_t N = std::size_t(n);
    columns.resize(N * kOverviewFigureCount);
    for (std::size_t i = 0; i < N; ++i) {
        const OverviewValues v = OverviewCalculator::valuesOf(partsFrom(draws.data() + i * PartCellCount, ledger));
        for (std::size_t f = 0; f < std::size_t(kOverviewFigureCount); ++f)
            columns[f * N + i] = v[f] ? *v[f] : kNull;
    }
    std::array<double, 3> values{};
    for (std::size_t f = 0; f < std::size_t(kOverviewFigureCount); ++f) {
        if (int(f) >= kFirstOverviewLedgerFigure && !ledger)
            continue;
        Percentiles::linear(std::span<double>(columns.data() + f * N, N), kLevels, values);
        for (std::size_t l = 0; l < 3; ++l)
            if (!std::isnan(values[l]))
                out.levels[l][f] = values[l];
    }
    return out;
}

/// Sums of the parts over the units of one total; draw by draw when drawn.
struct TotalBuilder {
    OverviewTotal total;
    OverviewParts parts;
    std::vector<double> draws; ///< Σ parts per draw (PartCellCount each)
    bool any = false;
};

} // namespace

std::optional<OverviewFigure> overviewFigureFromId(std::string_view id)
{
    for (int f = 0; f < kOverviewFigureCount; ++f)
        if (kOverviewFigureIds[std::size_t(f)] == id)
            return static_cast<OverviewFigure>(f);
    return std::nullopt;
}

std::string_view idOf(OverviewMissing::Kind kind)
{
    switch (kind) {
    case OverviewMissing::Kind::SuppressedRates: return "suppressed_rates";
    case OverviewMissing::Kind::SuppressedNurses: return "suppressed_nurses";
    case OverviewMissing::Kind::NoScenario: return "no_scenario";
    case OverviewMissing::Kind::Failed: return "failed";
    }
    return "failed";
}

OverviewParts OverviewCalculator::partsOf(const Scenario& scenario, const Result& result, int year)
{
    return partsWith(scenario, result, year, persons67Plus(scenario, year));
}

OverviewParts OverviewCalculator::partsWith(const Scenario& scenario, const Result& result, int year, double persons67)
{
    const int t = year - scenario.startYear;
    OverviewParts p;
    p.gapFte = result[SeriesId::GapFte][t];
    p.freedFte = result[SeriesId::FreedFte][t];
    p.persons67Plus = persons67;
    const Summary& s = result.summary;
    p.npvBudgetNok = s.npvBudgetNok;
    // The numerator of net_cost_per_freed_fte_nok, summed as Engine::summariseSeries does.
    p.netCostNok = s.costTotalNok - s.subsidiesTotalNok - s.socialAssistanceSavingsTotalNok;
    p.freedFteSum = s.freedFteSum;
    for (int i = 0; i < kLedgerFigures; ++i)
        p.ledgerNpvNok[std::size_t(i)] = s.ledgerNpv[std::size_t(i)];
    p.ledger = scenario.ledger.present;
    return p;
}

OverviewValues OverviewCalculator::valuesOf(const OverviewParts& p)
{
    OverviewValues v;
    auto set = [&](OverviewFigure f, double x) { v[std::size_t(f)] = x; };
    set(OverviewFigure::GapFte, p.gapFte);
    if (p.persons67Plus > 0)
        set(OverviewFigure::GapPer1000Aged67Plus, p.gapFte / p.persons67Plus * 1000.0);
    if (p.gapFte > 0) // spec §3: as the engine's gap_closed_share
        set(OverviewFigure::GapClosedShare, std::min(1.0, p.freedFte / p.gapFte));
    set(OverviewFigure::FreedFte, p.freedFte);
    set(OverviewFigure::NpvBudgetNok, p.npvBudgetNok);
    if (p.freedFteSum > 0) // spec §3: null when no professional FTE is freed
        set(OverviewFigure::NetCostPerFreedFteNok, p.netCostNok / p.freedFteSum);
    if (p.ledger)
        for (int i = 0; i < kLedgerFigures; ++i)
            v[std::size_t(kFirstOverviewLedgerFigure + i)] = p.ledgerNpvNok[std::size_t(i)];
    return v;
}

std::optional<OverviewError> OverviewCalculator::check(const std::vector<OverviewUnitInput>& inputs, const OverviewOptions& options)
{
    using Kind = OverviewError::Kind;
    const Scenario* first = nullptr;
    for (const auto& in : inputs)
        if (in.scenario) {
            if (!first)
                first = &*in.scenario;
            else if (in.scenario->startYear != first->startYear || in.scenario->endYear != first->endYear)
                return OverviewError{Kind::MixedHorizons, "units",
                                     "unit " + in.unit.id + " has the horizon " + std::to_string(in.scenario->startYear) + "-" +
                                         std::to_string(in.scenario->endYear) + ", others " + std::to_string(first->startYear) +
                                         "-" + std::to_string(first->endYear)};
        }
    if (!first)
        return OverviewError{Kind::NoUnits, "units", "no unit has a scenario to compute"};
    if (options.year != 0 && (options.year < first->startYear || options.year > first->endYear))
        return OverviewError{Kind::BadYear, "year",
                             "year " + std::to_string(options.year) + " is outside the horizon " + std::to_string(first->startYear) +
                                 "-" + std::to_string(first->endYear)};
    if (options.draws < 0 || options.draws > kMaxDraws)
        return OverviewError{Kind::BadDraws, "draws",
                             "draws must be between 0 and " + std::to_string(kMaxDraws) + ", not " + std::to_string(options.draws)};
    return std::nullopt;
}

Overview OverviewCalculator::compute(const std::vector<OverviewUnitInput>& inputs, const OverviewOptions& options)
{
    if (const auto error = check(inputs, options))
        throw std::invalid_argument("OverviewCalculator::compute: " + error->detail);
    const int U = int(inputs.size());
    const int N = options.draws;
    int year = options.year;
    for (const auto& in : inputs)
        if (in.scenario && year == 0)
            year = in.scenario->endYear;
    const int threads = threadCount(options.threads, U);

    Overview out;
    out.year = year;
    out.draws = N;
    out.seed = options.seed;
    out.units.resize(std::size_t(U));
    std::vector<std::vector<double>> unitDraws(N > 0 ? std::size_t(U) : 0);

    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    std::atomic<int> nextUnit{0};
    std::atomic<int> done{0};
    onThreads(threads, [&](int) {
        Result result; // reused across units and draws
        std::vector<double> column;
        for (;;) {
            const int u = nextUnit.fetch_add(1, std::memory_order_relaxed);
            if (u >= U || cancelled())
                return;
            const OverviewUnitInput& in = inputs[std::size_t(u)];
            OverviewRow& row = out.units[std::size_t(u)];
            row.unit = in.unit;
            row.countyId = in.countyId;
            row.countyName = in.countyName;
            row.missing = in.missing;
            if (in.scenario) {
                const Scenario& s = *in.scenario;
                row.inhabitants = inhabitantsOf(s);
                try {
                    Engine::compute(s, result);
                    row.parts = partsOf(s, result, year);
                    if (!row.missing) {
                        // The unit's own figures, as its result has them.
                        row.values = valuesOf(*row.parts);
                        const int t = year - s.startYear;
                        const double closed = result[SeriesId::GapClosedShare][t];
                        row.values[std::size_t(OverviewFigure::GapClosedShare)] =
                            std::isnan(closed) ? std::nullopt : std::optional<double>(closed);
                        row.values[std::size_t(OverviewFigure::NetCostPerFreedFteNok)] = result.summary.netCostPerFreedFteNok;
                    }
                    if (N > 0) {
                        std::vector<double>& draws = unitDraws[std::size_t(u)];
                        draws.resize(std::size_t(N) * PartCellCount);
                        Scenario working = s;
                        UncertainInputs ranged(working);
                        // Persons 67+ change only when a population figure is ranged.
                        const bool populationRanged =
                            std::any_of(ranged.inputs().begin(), ranged.inputs().end(),
                                        [](const UncertainInputs::Input& i) { return i.path.rfind("demography.population", 0) == 0; });
                        const double persons67 = row.parts->persons67Plus;
                        for (int i = 0; i < N; ++i) {
                            if ((i & 255) == 255 && cancelled())
                                return;
                            RandomStream stream(options.seed, std::uint64_t(i));
                            ranged.draw(stream);
                            Engine::compute(working, result);
                            storeParts(partsWith(working, result, year, populationRanged ? persons67Plus(working, year) : persons67),
                                       draws.data() + std::size_t(i) * PartCellCount);
                        }
                        if (!row.missing)
                            row.drawn = percentilesOf(draws, N, s.ledger.present, column);
                    }
                } catch (const std::exception& e) {
                    row.parts.reset();
                    row.values = {};
                    row.missing = OverviewMissing{OverviewMissing::Kind::Failed, e.what()};
                    if (N > 0)
                        unitDraws[std::size_t(u)].clear();
                }
            } else if (!row.missing) {
                row.missing = OverviewMissing{OverviewMissing::Kind::NoScenario, {}};
            }
            const int finished = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (options.progress)
                options.progress(finished, U);
        }
    });
    if (cancelled()) {
        Overview stopped;
        stopped.year = year;
        stopped.draws = N;
        stopped.seed = options.seed;
        stopped.cancelled = true;
        return stopped;
    }

    // Totals (spec §5): parts summed in unit order, ratios recomputed from the sums.
    std::map<std::string, TotalBuilder> counties;
    TotalBuilder country;
    country.total.id = "NO";
    country.total.name = "Hele landet";
    country.total.level = "land";
    TotalBuilder bydeler;
    bydeler.total.level = "bydeler";
    auto add = [&](TotalBuilder& b, const OverviewRow& row, int u) {
        ++b.total.units;
        if (!row.parts) {
            ++b.total.unitsFailed;
            return;
        }
        if (row.missing)
            ++b.total.unitsMissing;
        b.total.inhabitants += row.inhabitants;
        addParts(b.parts, *row.parts);
        b.any = true;
        if (N > 0) {
            const std::vector<double>& d = unitDraws[std::size_t(u)];
            if (b.draws.empty())
                b.draws.assign(std::size_t(N) * PartCellCount, 0.0);
            for (std::size_t k = 0; k < d.size(); ++k)
                b.draws[k] += d[k];
        }
    };
    for (int u = 0; u < U; ++u) {
        const OverviewRow& row = out.units[std::size_t(u)];
        if (row.unit.level == "bydel") {
            if (bydeler.total.id.empty()) {
                bydeler.total.id = row.unit.parent.value_or("0301");
                bydeler.total.name = "Oslo, bydelene samlet";
            }
            add(bydeler, row, u);
            continue;
        }
        TotalBuilder& county = counties[row.countyId];
        if (county.total.id.empty()) {
            county.total.id = row.countyId;
            county.total.name = row.countyName;
            county.total.level = "fylke";
        }
        add(county, row, u);
        add(country, row, u);
    }
    std::vector<double> column;
    auto finish = [&](TotalBuilder& b) {
        if (b.any) {
            b.total.values = valuesOf(b.parts);
            if (N > 0 && !b.draws.empty())
                b.total.drawn = percentilesOf(b.draws, N, b.parts.ledger, column);
        }
        return b.total;
    };
    for (auto& [id, b] : counties)
        out.counties.push_back(finish(b));
    out.country = finish(country);
    if (bydeler.total.units > 0)
        out.osloBydeler = finish(bydeler);
    return out;
}

} // namespace gevinst
