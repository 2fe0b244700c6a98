#pragma once
// The ledger of spec §7 as the rows people read: the six actors' cash per year,
// the public and society totals with the tax-financing cost, and the freed time
// (a benefit, not cash, kept apart), each with its name, DFØ benefit class and
// net present value. One definition shared by the «Hvem betaler – hvem får» view,
// its clipboard text and the council report.

#include "Result.h"

#include <QString>

#include <vector>

namespace gevinst::ui {

struct LedgerRow {
    enum class Kind { Actor, Total, NotCash };
    SeriesId id;
    Kind kind = Kind::Actor;
    QString name;     ///< "Kommunen: helse og omsorg"
    QString dfoClass; ///< "Budsjetteffekt i egen virksomhet"
    std::vector<double> values; ///< kroner per year, fixed prices
    double npv = 0;   ///< Summary::ledgerNpv of the line
};

class LedgerTable {
public:
    /// The six actors in the spec's order.
    static constexpr SeriesId kActors[kLedgerActorCount] = {
        SeriesId::LedgerKommuneHelseOmsorg, SeriesId::LedgerKommuneSosial, SeriesId::LedgerKommuneSkatt,
        SeriesId::LedgerStatNav,            SeriesId::LedgerStatSkatt,     SeriesId::LedgerArbeidstakere};

    /// Actors, then the totals (public, society, tax financing, society with tax
    /// financing), then the freed time (not cash).
    static std::vector<LedgerRow> rows(const Result& result);
    /// The NPV of a ledger line with an NPV (the six actors and the five totals).
    static double npvOf(const Result& result, SeriesId id);
};

} // namespace gevinst::ui
