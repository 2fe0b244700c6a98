#include "MonteCarlo.h"

#include "Engine.h"
#include "OnThreads.h"
#include "Percentiles.h"
#include "RandomStream.h"
#include "UncertainInputs.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <new>
#include <memory>
#include <stdexcept>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace gevinst {

namespace {

/// Where each value of one draw sits in its row of stored values.
enum SummaryCell {
    NpvBudget,
    NpvCapacityValue,
    PaybackYear,
    FreedFteEnd,
    GapClosedShareEnd,
    NetCostPerFreedFte,
    SubsidiesTotal,
    SocialAssistanceSavingsTotal,
    CostTotal,
    FreedFteSum,
    LedgerNpv0,
    SummaryCellCount = LedgerNpv0 + kLedgerNpvCount
};

/// Cells of one draw: every series per year, each utilised role per year and its
/// baseline, then the summary figures.
struct CellLayout {
    CellLayout(int years, int roles) : years(years), roles(roles) {}
    int years;
    int roles; ///< roles with utilisation
    std::size_t series(int s) const { return std::size_t(s) * years; }
    std::size_t utilisation(int role) const { return std::size_t(kSeriesCount + role) * years; }
    std::size_t baseline(int role) const { return std::size_t(kSeriesCount + roles) * years + role; }
    std::size_t summary(int cell) const { return std::size_t(kSeriesCount + roles) * years + roles + cell; }
    std::size_t count() const { return summary(SummaryCellCount); }
};

/// The roles a result of this scenario reports utilisation for (spec §2a).
int utilisedRoles(const Scenario& s)
{
    int n = 0;
    for (std::size_t r = 0; r < s.vocabulary.roles.size(); ++r)
        n += s.roles[r].present && !s.vocabulary.roles[r].matching.empty() ? 1 : 0;
    return n;
}

constexpr double kNull = std::numeric_limits<double>::quiet_NaN();

double orNull(const std::optional<double>& v)
{
    return v ? *v : kNull;
}

/// Keeps every value of every draw in its cell's column (cell-major: cell c of draw
/// i at c·draws + i), so each cell's percentiles read one contiguous column. A thread
/// writes a chunk of draws row by row into its own small buffer (row(), one row of
/// count() values per draw) and then moves the chunk into the columns (put()): each
/// cell's slots of the chunk are neighbours, where writing each draw straight into
/// the columns touched a distant page per cell and draw and cost most of the run.
class DrawColumns {
public:
    DrawColumns(const CellLayout& layout, int draws)
        : m_layout(layout), m_draws(draws), m_values(allocate(layout.count() * std::size_t(draws))) // every slot is written
    {
    }

    double* column(std::size_t cell) { return m_values.get() + cell * m_draws; }

    /// Copies `count` rows of `rows` (draws first … first + count − 1) into the columns.
    void put(const double* rows, int first, int count)
    {
        // A block of 8 cells at a time: 8 neighbouring values of each row (one cache
        // line) go to 8 columns, so neither side jumps a page per value.
        const std::size_t C = m_layout.count();
        constexpr std::size_t kBlock = 8;
        for (std::size_t block = 0; block < C; block += kBlock) {
            const std::size_t width = std::min(kBlock, C - block);
            for (int k = 0; k < count; ++k) {
                const double* in = rows + std::size_t(k) * C + block;
                for (std::size_t c = 0; c < width; ++c)
                    m_values[(block + c) * m_draws + std::size_t(first) + std::size_t(k)] = in[c];
            }
        }
    }

    /// Writes the values of one draw into `row` (cell c at row[c]).
    void row(const Result& r, double* row) const
    {
        const int T = m_layout.years;
        auto put = [&](std::size_t cell, double v) { row[cell] = v; };
        for (int s = 0; s < kSeriesCount; ++s)
            for (int t = 0; t < T; ++t)
                put(m_layout.series(s) + t, r.series[s][t]);
        for (int role = 0; role < m_layout.roles; ++role) {
            const RoleUtilisation& u = r.utilisation[std::size_t(role)];
            for (int t = 0; t < T; ++t)
                put(m_layout.utilisation(role) + t, u.series[t]);
            put(m_layout.baseline(role), u.baseline);
        }
        const Summary& sum = r.summary;
        put(m_layout.summary(NpvBudget), sum.npvBudgetNok);
        put(m_layout.summary(NpvCapacityValue), sum.npvCapacityValueNok);
        put(m_layout.summary(PaybackYear), sum.paybackYear ? double(*sum.paybackYear) : kNull);
        put(m_layout.summary(FreedFteEnd), sum.freedFteEnd);
        put(m_layout.summary(GapClosedShareEnd), orNull(sum.gapClosedShareEnd));
        put(m_layout.summary(NetCostPerFreedFte), orNull(sum.netCostPerFreedFteNok));
        put(m_layout.summary(SubsidiesTotal), sum.subsidiesTotalNok);
        put(m_layout.summary(SocialAssistanceSavingsTotal), sum.socialAssistanceSavingsTotalNok);
        put(m_layout.summary(CostTotal), sum.costTotalNok);
        put(m_layout.summary(FreedFteSum), sum.freedFteSum);
        for (int i = 0; i < kLedgerNpvCount; ++i)
            put(m_layout.summary(LedgerNpv0 + i), sum.ledgerNpv[std::size_t(i)]);
    }

private:
    struct Free {
        void operator()(double* p) const { std::free(p); }
    };
    /// Room for `count` values. Large blocks ask the kernel for huge pages: the values are
    /// written once each, and faulting in tens of megabytes 4 KiB at a time was a quarter
    /// of the run.
    static std::unique_ptr<double[], Free> allocate(std::size_t count)
    {
        constexpr std::size_t kHugePage = std::size_t(2) << 20;
        std::size_t bytes = count * sizeof(double);
        if (bytes < kHugePage) {
            void* p = std::malloc(std::max<std::size_t>(bytes, sizeof(double)));
            if (!p)
                throw std::bad_alloc();
            return std::unique_ptr<double[], Free>(static_cast<double*>(p));
        }
        bytes = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        void* p = std::aligned_alloc(kHugePage, bytes);
        if (!p)
            throw std::bad_alloc();
#ifdef __linux__
        madvise(p, bytes, MADV_HUGEPAGE); // a hint: without it the pages are merely small
#endif
        return std::unique_ptr<double[], Free>(static_cast<double*>(p));
    }

    const CellLayout& m_layout;
    std::size_t m_draws;
    std::unique_ptr<double[], Free> m_values;
};

std::optional<double> optionalOf(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

/// One percentile's Result from its row of values.
Result resultOf(const std::vector<double>& row, const CellLayout& layout, const Result& shape)
{
    const int T = layout.years;
    Result r;
    r.scenarioName = shape.scenarioName;
    r.unit = shape.unit;
    r.serviceArea = shape.serviceArea;
    r.years = shape.years;
    for (int s = 0; s < kSeriesCount; ++s)
        r.series[s] = Eigen::Map<const Eigen::ArrayXd>(row.data() + layout.series(s), T);
    r.utilisation = shape.utilisation;
    for (int role = 0; role < layout.roles; ++role) {
        r.utilisation[std::size_t(role)].series = Eigen::Map<const Eigen::ArrayXd>(row.data() + layout.utilisation(role), T);
        r.utilisation[std::size_t(role)].baseline = row[layout.baseline(role)];
    }
    const double* in = row.data() + layout.summary(0);
    Summary& sum = r.summary;
    sum.npvBudgetNok = in[NpvBudget];
    sum.npvCapacityValueNok = in[NpvCapacityValue];
    if (std::isfinite(in[PaybackYear]))
        sum.paybackYear = static_cast<int>(std::lround(in[PaybackYear]));
    sum.freedFteEnd = in[FreedFteEnd];
    sum.gapClosedShareEnd = optionalOf(in[GapClosedShareEnd]);
    sum.netCostPerFreedFteNok = optionalOf(in[NetCostPerFreedFte]);
    sum.subsidiesTotalNok = in[SubsidiesTotal];
    sum.socialAssistanceSavingsTotalNok = in[SocialAssistanceSavingsTotal];
    sum.costTotalNok = in[CostTotal];
    sum.freedFteSum = in[FreedFteSum];
    for (int i = 0; i < kLedgerNpvCount; ++i)
        sum.ledgerNpv[std::size_t(i)] = in[LedgerNpv0 + i];
    return r;
}

} // namespace

int MonteCarlo::maxDraws(const Scenario& scenario)
{
    const CellLayout layout(std::max(1, scenario.yearCount()), utilisedRoles(scenario));
    const std::size_t byMemory = kMaxStoredBytes / (layout.count() * sizeof(double));
    return static_cast<int>(std::min<std::size_t>(byMemory, kMaxDraws));
}

MonteCarloResult MonteCarlo::run(const Scenario& scenario, const MonteCarloOptions& options)
{
    if (options.draws < 1 || options.draws > maxDraws(scenario))
        throw std::invalid_argument("draws must be between 1 and " + std::to_string(maxDraws(scenario)));
    const int N = options.draws;
    const CellLayout layout(scenario.yearCount(), utilisedRoles(scenario));
    const std::size_t C = layout.count();
    const int threads = threadCount(options.threads, N);

    MonteCarloResult out;
    out.draws = N;
    out.seed = options.seed;
    {
        Scenario probe = scenario;
        const UncertainInputs ranged(probe);
        for (const auto& input : ranged.inputs())
            out.inputs.push_back(input.path);
    }

    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    // Draws.
    DrawColumns columns(layout, N);
    constexpr int kChunk = 64;
    std::atomic<int> nextDraw{0};
    onThreads(threads, [&](int) {
        Scenario working = scenario;
        UncertainInputs inputs(working);
        Result result; // reused by every draw of this thread: no allocation per draw
        std::vector<double> rows(std::size_t(kChunk) * C);
        for (;;) {
            const int first = nextDraw.fetch_add(kChunk, std::memory_order_relaxed);
            if (first >= N || cancelled())
                return;
            const int last = std::min(N, first + kChunk);
            for (int i = first; i < last; ++i) {
                RandomStream stream(options.seed, std::uint64_t(i));
                inputs.draw(stream);
                Engine::compute(working, result);
                columns.row(result, rows.data() + std::size_t(i - first) * C);
            }
            columns.put(rows.data(), first, last - first);
            if (options.progress)
                options.progress->fetch_add(last - first, std::memory_order_relaxed);
        }
    });
    if (cancelled()) {
        out.cancelled = true;
        return out;
    }

    const double* npv = columns.column(layout.summary(NpvBudget));
    const std::size_t paybackCell = layout.summary(PaybackYear);
    const double* payback = columns.column(paybackCell);
    int npvPositive = 0;
    int paysBack = 0;
    double* paybackColumn = columns.column(paybackCell);
    for (int i = 0; i < N; ++i) {
        npvPositive += npv[i] > 0 ? 1 : 0;
        paysBack += std::isnan(payback[i]) ? 0 : 1;
        // A draw that does not pay back within the horizon pays back later than every
        // year: it stays in the percentiles as +∞ (read back as "not within the horizon").
        if (std::isnan(paybackColumn[i]))
            paybackColumn[i] = std::numeric_limits<double>::infinity();
    }
    out.probabilityNpvPositive = double(npvPositive) / N;
    out.probabilityPayback = double(paysBack) / N;

    // Percentiles of each cell on its own; the columns are working space from here on.
    std::array<std::vector<double>, 3> percentileRows;
    for (auto& row : percentileRows)
        row.assign(C, kNull);
    std::atomic<std::size_t> nextCell{0};
    onThreads(threads, [&](int) {
        std::array<double, 3> values{};
        for (;;) {
            const std::size_t cell = nextCell.fetch_add(1, std::memory_order_relaxed);
            if (cell >= C)
                return;
            const std::span<double> column(columns.column(cell), std::size_t(N));
            if (cell == paybackCell)
                Percentiles::nearestRank(column, kLevels, values);
            else
                Percentiles::linear(column, kLevels, values);
            for (int p = 0; p < 3; ++p)
                percentileRows[p][cell] = values[p];
        }
    });

    // The shape (years, unit, roles present) of every percentile result.
    Result shape;
    shape.scenarioName = scenario.name;
    shape.unit = scenario.unit;
    shape.serviceArea = scenario.serviceArea;
    for (int t = 0; t < scenario.yearCount(); ++t)
        shape.years.push_back(scenario.startYear + t);
    for (std::size_t r = 0; r < scenario.vocabulary.roles.size(); ++r)
        if (scenario.roles[r].present && !scenario.vocabulary.roles[r].matching.empty()) {
            RoleUtilisation u;
            u.roleId = scenario.vocabulary.roles[r].id;
            u.professional = scenario.vocabulary.roles[r].professional;
            shape.utilisation.push_back(u);
        }
    for (int p = 0; p < 3; ++p)
        out.percentiles[p] = resultOf(percentileRows[p], layout, shape);
    return out;
}

} // namespace gevinst
