#pragma once
// Norwegian display names of everything an export shows: the series of a result,
// the key figures, roles, task categories, receivers and units of measure. All
// text goes through QCoreApplication::translate (context "gevinst::io::ExportLabels").

#include "KeyFigures.h"
#include "Result.h"
#include "Vocabulary.h"

#include <QString>

namespace gevinst::io {

class ExportLabels {
public:
    static QString series(SeriesId id);
    static ValueKind seriesKind(SeriesId id);
    /// `endYear` is put into figures that are read in the last year ("Frigjorte årsverk 2035").
    static QString keyFigure(KeyFigureId id, int endYear);
    /// "årsverk", "kr", "%", "personer", "timer", "" …
    static QString unit(ValueKind kind);
    static QString role(Role role);
    static QString category(TaskCategory category);
    static QString receiver(Receiver receiver);
    static QString ageBand(AgeBand band);
    static QString utilisation(Role role); ///< "Utnyttelsesgrad sykepleier"
    static QString unitLevel(const std::string& level); ///< "kommune" / "bydel"
    /// What the payback year reads when the budget effect is not paid back: "ikke innen 2035".
    static QString noPayback(int endYear);
};

} // namespace gevinst::io
