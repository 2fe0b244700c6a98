#pragma once
// What each field of the scenario format means to a person: its Norwegian label,
// its unit, how it is shown (a share as percent, money in kroner, a year) and a
// sentence of help for the tooltip. Keyed by field path; indexed paths
// ("sharing[2].share", "demography.population.2030.80+") match their pattern.

#include "NumericFields.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace gevinst::ui {

enum class FieldDisplay {
    Percent,  ///< a share 0..1 shown as 0..100 %
    Money,    ///< kroner
    Number,   ///< a plain number (FTE, hours, factors, persons)
    Year,     ///< a calendar year, no group separator
};

struct FieldInfo {
    QString label;
    QString unit;
    QString help;
    FieldDisplay display = FieldDisplay::Number;
    std::optional<Bound> bound; ///< from NumericFields; years have none
};

class FieldCatalog {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::FieldCatalog)
public:
    static FieldInfo info(const std::string& path);
    static QString label(const std::string& path);
    /// "Gyldig: 0–100 %" etc. for the tooltip.
    static QString boundsText(const FieldInfo& info);

    static QString roleName(std::string_view roleId);
    static QString roleNamePlural(std::string_view roleId);
    static QString categoryName(std::string_view categoryId);
    /// One word for a table header: "Kjøring".
    static QString categoryShortName(std::string_view categoryId);
    static QString receiverName(std::string_view receiverId);
    static QString ageBandName(std::string_view bandId);
};

} // namespace gevinst::ui
