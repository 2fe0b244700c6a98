#pragma once
// How Kommunebildet names and writes each figure of the overview (model/Overview.h):
// the column header, the map's title, the legend's number format and a cell's text
// in Norwegian format. One place so that the table, the map, the hover text and the
// exports agree.

#include "Overview.h"

#include <QString>

#include <optional>

namespace gevinst::ui {

class OverviewFigureText {
public:
    /// The full name with its unit: «Gap (årsverk)», «Nåverdi budsjetteffekt (mill. kr)».
    static QString title(OverviewFigure figure);
    /// The table's header: a short name, the unit on a second line.
    static QString header(OverviewFigure figure);
    /// A value as a cell shows it («12,3», «45,6 %», «1,23»), without the unit of the header.
    static QString cell(OverviewFigure figure, double value);
    /// A value with its unit, for the hover text: «12,3 årsverk», «1,23 mill. kr».
    static QString withUnit(OverviewFigure figure, double value);
    /// A class break in the legend (fewer decimals than a cell where they add nothing).
    static QString legend(OverviewFigure figure, double value);
    /// The value sorted by and coloured by (kroner stay kroner; only the text is in millions).
    static bool isLedger(OverviewFigure figure);
    /// Why a figure is empty for a unit with data («Ingen gap å lukke», …), for a tooltip.
    static QString whyUndefined(OverviewFigure figure);
};

} // namespace gevinst::ui
