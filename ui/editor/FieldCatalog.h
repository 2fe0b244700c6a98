#pragma once
// What each field of an open scenario means to a person: its label, unit, how it is
// shown (a share as percent, money in kroner, a year), its bounds and a sentence of
// help. Numeric inputs take all of it from the engine's input catalogue
// (InputCatalogue: bound, unit, label and help in the "gevinst::Inputs" context),
// their placeholders filled with the display names of the scenario's vocabulary
// (VocabularyLabels, through ExportLabels). Only what the catalogue does not hold
// is worded here: the name, the years, and the non-numeric parts of a measure.

#include "DocumentJson.h"
#include "InputCatalogue.h"
#include "Vocabulary.h"

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
    std::optional<Bound> bound; ///< from the input catalogue; years have none
};

/// What a label needs to know about the document: its vocabulary, its service area
/// (whose names the ids get) and the document itself (for a measure's from/category/to).
struct FieldContext {
    const Vocabulary* vocabulary = &Vocabulary::standard();
    std::string serviceArea;
    const Json* document = nullptr;
};

class FieldCatalog {
    Q_DECLARE_TR_FUNCTIONS(gevinst::ui::FieldCatalog)
public:
    static FieldInfo info(const std::string& path, const FieldContext& context);
    static QString label(const std::string& path, const FieldContext& context);
    /// "Gyldig: 0–100 %" etc. for the tooltip.
    static QString boundsText(const FieldInfo& info);
    /// The unit an input of `unit` is shown in ("kr", "%", "årsverk" …).
    static QString unitText(InputUnit unit);

    /// The display name of a vocabulary id (role, category, receiver, age band).
    static QString name(const FieldContext& context, const std::string& id);
    /// The name with a capital first letter, for headings and lists.
    static QString title(const FieldContext& context, const std::string& id);
    /// A short name for a table heading.
    static QString shortName(const FieldContext& context, const std::string& id);
    /// "<category> fra <role> til <receiver>", with display names, for measure `index` of the document.
    static QString measure(const FieldContext& context, std::size_t index);
    /// What a receiver kind is called: "Oppgavemedarbeidere (nyansatte)", "Frivillige" …
    static QString kindName(ReceiverKind kind);
};

} // namespace gevinst::ui
