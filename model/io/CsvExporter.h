#pragma once
// Tables of a result as CSV the way Norwegian Excel opens it: UTF-8 with a byte
// order mark, semicolon between fields and decimal comma (or, as an option,
// comma and decimal point). Numbers are written unrounded (15 significant
// digits, no thousands separator) so that they read back exactly.

#include "Aggregation.h"
#include "Result.h"
#include "Scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace gevinst::io {

struct CsvFormat {
    QChar separator = u';';
    QChar decimalPoint = u',';
    bool byteOrderMark = true;

    /// Comma between fields and a decimal point (international).
    static CsvFormat international() { return {u',', u'.', true}; }
};

class CsvExporter {
public:
    /// One row per year: the year and every column of YearlyTable::full().
    static QByteArray yearly(const Result& result, const CsvFormat& format = {});
    /// Key figure, value, unit, and (with `base`) per 1 000 inhabitants 67+ and per base-year FTE.
    static QByteArray keyFigures(const Result& result, const std::optional<UnitBase>& base,
                                 const CsvFormat& format = {});
    /// The ledger of spec §7: one row per year (YearlyTable::ledger), then a row of NPVs.
    static QByteArray ledger(const Result& result, const CsvFormat& format = {});
    /// Every assumption: label, value, unit, field path, source.
    static QByteArray assumptions(const Scenario& scenario, const CsvFormat& format = {});

    /// A number as written in a cell; empty for NaN.
    static QString number(double value, const CsvFormat& format);
    /// A text cell, quoted when it holds the separator, a quote or a line break.
    static QString text(const QString& value, const CsvFormat& format);

    /// Writes `bytes` atomically; false with `error` set on failure.
    static bool write(const QString& path, const QByteArray& bytes, QString* error);

private:
    static QByteArray finish(const std::vector<QStringList>& rows, const CsvFormat& format);
};

} // namespace gevinst::io
