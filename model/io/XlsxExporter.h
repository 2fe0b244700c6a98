#pragma once
// A result as an Excel workbook (libxlsxwriter): real numbers with number formats,
// one sheet per table — «Nøkkeltall» (with per-capita columns when a base is
// given), «Per år» (every series) and «Forutsetninger» (every assumption with its
// source). Written to a temporary file beside the target and renamed into place.

#include "Aggregation.h"
#include "Result.h"
#include "Scenario.h"
#include "SourceLine.h"

#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>

namespace gevinst::io {

struct XlsxContent {
    const Result* result = nullptr;
    const Scenario* scenario = nullptr;   ///< for the assumptions sheet; may be null (a roll-up)
    std::optional<UnitBase> base;         ///< adds the per-capita columns
    SourceLine source;
};

class XlsxExporter {
public:
    /// False with `error` (Norwegian) set when the workbook cannot be written; the
    /// target is then untouched.
    static bool write(const QString& path, const XlsxContent& content, QString* error);

    /// Lines `text` takes when wrapped in a column `width` wide (Excel's unit: widths of
    /// the digit 0), in the workbook's font (Calibri 11; LibreOffice uses the
    /// metric-compatible Carlito), breaking between words as a spreadsheet does.
    static int wrappedLines(const QString& text, double width, bool bold = false);
    /// The height in points for a row whose wrapped cells hold these texts in columns of
    /// these widths, or 0 when every text fits on one line (the default height).
    /// LibreOffice and Excel do not grow a row for wrapped text in a generated file.
    static double wrappedRowHeight(std::initializer_list<std::pair<QString, double>> cells, bool bold = false);
};

} // namespace gevinst::io
