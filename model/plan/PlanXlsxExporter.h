#pragma once
// The plan as an Excel workbook (issue 13, item 5; libxlsxwriter): «Plan» (one row per
// benefit: owner, class, baseline, measuring, targets by year), «Status» (one row per
// benefit and period: planned, actual, deviation, realised share, status, forecast,
// comment) and «Vedtak» (every approval). Numbers are numbers with number formats.
// Written to a temporary file beside the target and renamed into place.

#include "PlanEvaluation.h"

#include <QString>

namespace gevinst::plan {

class PlanXlsxExporter {
public:
    /// False with `error` (Norwegian) set when the workbook cannot be written; the target is then untouched.
    static bool write(const QString& path, const PlanReportData& report, QString* error);
};

} // namespace gevinst::plan
