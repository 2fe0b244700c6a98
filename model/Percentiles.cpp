#include "Percentiles.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace gevinst {

namespace {

/// Floyd–Rivest selection: afterwards values[k] is the k-th smallest of
/// values[left..right] (inclusive), smaller ones before it and larger ones after.
/// It first narrows the range around k from a small sample, so it needs about
/// n + min(k, n − k) comparisons, fewer than std::nth_element's introselect.
void floydRivest(double* a, std::ptrdiff_t left, std::ptrdiff_t right, std::ptrdiff_t k)
{
    while (right > left) {
        if (right - left > 600) {
            const double n = double(right - left + 1);
            const double i = double(k - left + 1);
            const double z = std::log(n);
            const double sample = 0.5 * std::exp(2.0 * z / 3.0);
            const double deviation = 0.5 * std::sqrt(z * sample * (n - sample) / n) * (i - n / 2 < 0 ? -1.0 : 1.0);
            const auto newLeft = std::max(left, std::ptrdiff_t(double(k) - i * sample / n + deviation));
            const auto newRight = std::min(right, std::ptrdiff_t(double(k) + (n - i) * sample / n + deviation));
            floydRivest(a, newLeft, newRight, k);
        }
        const double pivot = a[k];
        std::ptrdiff_t i = left;
        std::ptrdiff_t j = right;
        std::swap(a[left], a[k]);
        if (a[right] > pivot)
            std::swap(a[right], a[left]);
        while (i < j) {
            std::swap(a[i], a[j]);
            ++i;
            --j;
            while (a[i] < pivot)
                ++i;
            while (a[j] > pivot)
                --j;
        }
        if (a[left] == pivot) {
            std::swap(a[left], a[j]);
        } else {
            ++j;
            std::swap(a[j], a[right]);
        }
        if (j <= k)
            left = j + 1;
        if (k <= j)
            right = j - 1;
    }
}

/// Places the order statistics of `ranks` (ascending) at their positions in `values`
/// [from, to), the middle rank first so each later selection works on half the range.
void placeRanks(std::span<double> values, std::size_t from, std::size_t to, std::span<const std::size_t> ranks)
{
    if (ranks.empty() || from >= to)
        return;
    const std::size_t middle = ranks.size() / 2;
    const std::size_t rank = ranks[middle];
    floydRivest(values.data(), std::ptrdiff_t(from), std::ptrdiff_t(to) - 1, std::ptrdiff_t(rank));
    std::size_t below = middle;
    while (below > 0 && ranks[below - 1] == rank)
        --below;
    std::size_t above = middle + 1;
    while (above < ranks.size() && ranks[above] == rank)
        ++above;
    placeRanks(values, from, rank, ranks.first(below));
    placeRanks(values, rank + 1, to, ranks.subspan(above));
}

template <typename Pick>
void select(std::span<double> all, std::span<const double> levels, std::span<double> out, Pick pick)
{
    // Nulls out, keeping the smallest and largest value.
    std::size_t n = 0;
    double lowest = INFINITY;
    double highest = -INFINITY;
    for (double v : all)
        if (!std::isnan(v)) {
            all[n++] = v;
            lowest = std::min(lowest, v);
            highest = std::max(highest, v);
        }
    if (n == 0 || lowest == highest) {
        std::fill(out.begin(), out.end(), n == 0 ? NAN : lowest);
        return;
    }
    std::span<double> values = all.first(n);

    constexpr std::size_t kMaxLevels = 16;
    std::size_t rankStore[kMaxLevels];
    double fractions[kMaxLevels];
    const std::size_t count = std::min(levels.size(), kMaxLevels);
    for (std::size_t i = 0; i < count; ++i) {
        const double h = double(n - 1) * std::clamp(levels[i], 0.0, 1.0);
        rankStore[i] = std::min(n - 1, static_cast<std::size_t>(std::floor(h)));
        fractions[i] = h - double(rankStore[i]);
    }
    const std::span<const std::size_t> ranks(rankStore, count);
    placeRanks(values, 0, n, ranks);

    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t rank = ranks[i];
        // The next order statistic: the smallest value between this rank and the next placed one.
        std::size_t end = n;
        for (std::size_t j = i + 1; j < count; ++j)
            if (ranks[j] > rank) {
                end = ranks[j];
                break;
            }
        double next = values[rank];
        if (rank + 1 < end)
            next = *std::min_element(values.begin() + rank + 1, values.begin() + end);
        else if (rank + 1 < n)
            next = values[rank + 1];
        out[i] = pick(values[rank], next, fractions[i]);
    }
}

} // namespace

void Percentiles::linear(std::span<double> values, std::span<const double> levels, std::span<double> out)
{
    select(values, levels, out, [](double low, double high, double fraction) {
        if (fraction == 0 || low == high)
            return low;
        return std::clamp(low + fraction * (high - low), low, high);
    });
}

void Percentiles::nearestRank(std::span<double> values, std::span<const double> levels, std::span<double> out)
{
    select(values, levels, out, [](double low, double high, double fraction) { return fraction < 0.5 ? low : high; });
}

} // namespace gevinst
