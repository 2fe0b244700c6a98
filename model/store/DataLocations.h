#pragma once
// Where the program finds its shipped files (scenarios/ and resources/data/), looking
// in order: $GEVINST_DATA_DIR, <exe dir>/../share/gevinstmodell, then the source tree
// compiled in (GEVINST_SOURCE_DATA_DIR). Each folder mirrors the source tree:
// scenarios/*.json, resources/data/*.csv and resources/service-areas/*.json. The first folder that has the file wins.

#include <QString>
#include <QStringList>

namespace gevinst::store {

class DataLocations {
public:
    /// The folders searched, in order (only those that exist).
    static QStringList searchDirs();
    /// The first search dir containing `relativePath` (e.g. "scenarios" or
    /// "resources/data/kommuner-2024.csv"), or empty when none has it.
    static QString dataDir(const QString& relativePath = QStringLiteral("scenarios"));
    /// Absolute path of `relativePath` in the first dir that has it, or empty.
    static QString find(const QString& relativePath);
};

} // namespace gevinst::store
