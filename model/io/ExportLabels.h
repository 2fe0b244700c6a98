#pragma once
// Norwegian display names of everything an export shows: the series of a result,
// the key figures, the inputs (from the input catalogue), the vocabulary's ids
// (from the label catalogue) and units of measure. All text goes through
// QCoreApplication::translate (context "gevinst::io::ExportLabels", inputs "gevinst::Inputs").

#include "KeyFigures.h"
#include "Result.h"
#include "InputCatalogue.h"
#include "Scenario.h"

#include <QString>

namespace gevinst::io {

class ExportLabels {
public:
    static QString series(SeriesId id);
    static ValueKind seriesKind(SeriesId id);
    /// The DFØ benefit class of a ledger line: budget effect in own organisation, other
    /// use of freed time, priced effect elsewhere in the public sector, or private.
    static QString ledgerClass(SeriesId id);
    /// `endYear` is put into figures that are read in the last year ("Frigjorte årsverk 2035").
    static QString keyFigure(KeyFigureId id, int endYear);
    /// "årsverk", "kr", "%", "personer", "timer", "" …
    static QString unit(ValueKind kind);
    /// The display name of a vocabulary id (role, category, receiver, age band) in
    /// the scenario's service area, from the label catalogue (VocabularyLabels).
    static QString vocabularyName(const std::string& serviceArea, const std::string& id);
    static QString vocabularyShortName(const std::string& serviceArea, const std::string& id);
    static QString utilisation(const std::string& serviceArea, const std::string& roleId); ///< "Utnyttelsesgrad <rolle>"
    /// "<category> fra <role> til <receiver>", in display names
    static QString measure(const Scenario& scenario, const SharingMeasure& measure);
    /// The input catalogue's label of one input, its placeholders filled with display names.
    static QString inputLabel(const Scenario& scenario, const BoundInput& input);
    static QString inputLabel(const Scenario& scenario, const std::string& path);
    static QString inputHelp(const InputSpec& spec);
    static ValueKind inputKind(InputUnit unit);
    static QString unitLevel(const std::string& level); ///< "kommune" / "bydel"
    /// What the payback year reads when the budget effect is not paid back: "ikke innen 2035".
    static QString noPayback(int endYear);
};

} // namespace gevinst::io
