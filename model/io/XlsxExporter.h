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

#include <optional>

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
};

} // namespace gevinst::io
