#pragma once
// The one-at-a-time sensitivity of spec §6: each ranged input at its low and at
// its high while every other ranged input stays at its mode, and the inputs
// ranked by how far they swing `npv_budget_nok` and `freed_fte_end` — and, for
// who pays and who gains (spec §7), each ledger actor's and total's NPV.

#include "Result.h"
#include "Scenario.h"

#include <array>
#include <string>
#include <vector>

namespace gevinst {

struct TornadoBar {
    std::string path;
    Range range;
    double npvAtLow = 0;
    double npvAtHigh = 0;
    double freedFteEndAtLow = 0;
    double freedFteEndAtHigh = 0;
    std::array<double, kLedgerNpvCount> ledgerNpvAtLow{};  ///< Summary::ledgerNpv order
    std::array<double, kLedgerNpvCount> ledgerNpvAtHigh{};

    double npvSwing() const;          ///< |npvAtHigh − npvAtLow|
    double freedFteEndSwing() const;  ///< |freedFteEndAtHigh − freedFteEndAtLow|
};

struct TornadoResult {
    double baseNpv = 0;               ///< every ranged input at its mode
    double baseFreedFteEnd = 0;
    std::array<double, kLedgerNpvCount> baseLedgerNpv{};
    std::vector<TornadoBar> bars;     ///< in path order
    std::vector<std::size_t> byNpvSwing;         ///< indices into bars, largest swing first
    std::vector<std::size_t> byFreedFteEndSwing; ///< likewise for freed_fte_end
    /// "uncertainty.<path>.low" (or .high, or "base") for every end of a range at which the
    /// result is not a finite number (extreme inputs that overflow); the bars of those are
    /// not to be shown or written: callers refuse the scenario naming these fields.
    std::vector<std::string> notFinite;
};

class Tornado {
public:
    /// `scenario` must be valid. With no ranges, bars are empty and the base is the deterministic result.
    static TornadoResult run(const Scenario& scenario);
};

} // namespace gevinst
