#include "Tornado.h"

#include "Engine.h"
#include "UncertainInputs.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gevinst {

double TornadoBar::npvSwing() const
{
    return std::abs(npvAtHigh - npvAtLow);
}

double TornadoBar::freedFteEndSwing() const
{
    return std::abs(freedFteEndAtHigh - freedFteEndAtLow);
}

namespace {

std::vector<std::size_t> rankedBy(const std::vector<TornadoBar>& bars, double (TornadoBar::*swing)() const)
{
    std::vector<std::size_t> order(bars.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return (bars[a].*swing)() > (bars[b].*swing)(); });
    return order;
}

} // namespace

TornadoResult Tornado::run(const Scenario& scenario)
{
    Scenario working = scenario;
    UncertainInputs inputs(working);
    TornadoResult out;

    inputs.setAllToMode();
    const Result base = Engine::compute(working);
    out.baseNpv = base.summary.npvBudgetNok;
    out.baseFreedFteEnd = base.summary.freedFteEnd;
    out.baseLedgerNpv = base.summary.ledgerNpv;
    if (!std::isfinite(out.baseNpv) || !std::isfinite(out.baseFreedFteEnd))
        out.notFinite.push_back("base");

    for (std::size_t i = 0; i < inputs.inputs().size(); ++i) {
        const auto& input = inputs.inputs()[i];
        TornadoBar bar;
        bar.path = input.path;
        bar.range = input.range;
        inputs.setOneAt(i, input.range.low);
        const Summary atLow = Engine::compute(working).summary;
        inputs.setOneAt(i, input.range.high);
        const Summary atHigh = Engine::compute(working).summary;
        bar.npvAtLow = atLow.npvBudgetNok;
        bar.npvAtHigh = atHigh.npvBudgetNok;
        bar.freedFteEndAtLow = atLow.freedFteEnd;
        bar.freedFteEndAtHigh = atHigh.freedFteEnd;
        bar.ledgerNpvAtLow = atLow.ledgerNpv;
        bar.ledgerNpvAtHigh = atHigh.ledgerNpv;
        if (!std::isfinite(atLow.npvBudgetNok) || !std::isfinite(atLow.freedFteEnd))
            out.notFinite.push_back("uncertainty." + input.path + ".low");
        if (!std::isfinite(atHigh.npvBudgetNok) || !std::isfinite(atHigh.freedFteEnd))
            out.notFinite.push_back("uncertainty." + input.path + ".high");
        out.bars.push_back(std::move(bar));
    }
    out.byNpvSwing = rankedBy(out.bars, &TornadoBar::npvSwing);
    out.byFreedFteEndSwing = rankedBy(out.bars, &TornadoBar::freedFteEndSwing);
    return out;
}

} // namespace gevinst
