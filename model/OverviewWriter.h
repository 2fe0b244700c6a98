#pragma once
// Writes Kommunebildet (issue 15) as `gevinstmodell-overview/1` JSON, as CSV the way
// Norwegian Excel opens it (semicolon, decimal comma, like CsvExporter) and as XLSX
// (numbers as numbers). One row per unit, then the counties, the country and Oslo's
// bydeler rolled up; a flagged unit has empty figures and its reason.

#include "Overview.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace gevinst::io {

/// What the files say about the run beside the figures.
struct OverviewMeta {
    std::string package;     ///< the package's label ("Hjemmetjenester (mal for Nordre Follo)")
    std::string serviceArea; ///< the package's service area id
    int startYear = 0;
    int endYear = 0;
};

class OverviewWriter {
public:
    static constexpr const char* kFormat = "gevinstmodell-overview/1";

    static nlohmann::ordered_json json(const Overview& overview, const OverviewMeta& meta);
    static QByteArray csv(const Overview& overview, const OverviewMeta& meta);
    /// Writes the .xlsx atomically; false with `error` set on failure.
    static bool xlsx(const QString& path, const Overview& overview, const OverviewMeta& meta, QString* error);
};

} // namespace gevinst::io
