#pragma once
// Reads actuals to import (issue 13, item 3): CSV (UTF-8, ';'-separated, header
// "gevinst;periode;verdi;kilde;kommentar", decimal comma or point) or XLSX (the first
// sheet, the same columns; read with minizip + QXmlStreamReader). All or nothing: the
// first bad row is reported by line (1-based, the header is line 1) and column name,
// and no rows are returned. Whether a benefit key exists is the store's check
// (PlanLibrary::importActuals names the line too).

#include "PlanTypes.h"

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace gevinst::plan {

struct ActualsFileError {
    QString message; ///< English detail
    int line = 0;    ///< 1-based; 0 when it concerns the whole file
    QString column;  ///< "gevinst", "periode", "verdi", "kilde", "kommentar", or empty
};

using ActualsRead = std::variant<std::vector<ActualInput>, ActualsFileError>;

class ActualsFile {
public:
    /// Largest file accepted (bytes).
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;
    /// By extension: .xlsx → readXlsx, anything else → readCsv.
    static ActualsRead readFile(const QString& path);
    static ActualsRead readCsv(const QByteArray& bytes);
    static ActualsRead readXlsx(const QByteArray& bytes);
    /// A plain number with ',' or '.' as the decimal mark and optional spaces (also U+00A0,
    /// U+202F) between thousands: "1 234,5", "1234.5", "-12,5"; no units ("12 %" is refused).
    static std::optional<double> parseNumber(const QString& text);
};

} // namespace gevinst::plan
