#pragma once
// The source line under every exported chart and table:
// «Kilde: Gevinstmodell, scenario X, versjon Y, 23.11.2026». A scenario read from
// a file has no library version; then the file name stands in its place.

#include <QDate>
#include <QString>

namespace gevinst::io {

class SourceLine {
public:
    QString scenarioName;
    QString version;  ///< library version, or empty
    QString fileName; ///< the scenario file, when it came from one
    QDate date = QDate::currentDate();

    QString text() const;
};

} // namespace gevinst::io
