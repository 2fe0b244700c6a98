#pragma once
// Edits of a scenario document's vocabulary (spec §2a) as pure functions on the
// JSON: each takes the whole document and returns the whole new one, so that the
// editor can push it as one undoable command. Every edit first brings a format-1
// document to format 2 (the standard vocabulary written out and
// `realisation.basis: "all"` kept explicit, so the numbers stay as they were).
// Renaming rewrites every reference to the id (task shares, measures, receivers,
// matching lists, source and uncertainty paths); removing removes what depends on
// it (its measures, its parameters, its source and uncertainty entries) and
// renumbers the measure paths that follow. The names a user types are kept in the
// scenario's `labels` (language → id → name) and follow renames and removals.

#include "DocumentJson.h"
#include "Vocabulary.h"

#include <QString>

#include <functional>
#include <optional>
#include <string>

namespace gevinst::ui {

class VocabularyEdit {
public:
    /// The three lists of ids a user may extend.
    enum class Part { Role, Category, Receiver };

    /// Why an id cannot be used; None when it can.
    enum class IdProblem { None, Empty, Invalid, TakenByRole, TakenByCategory, TakenByReceiver, TooMany };

    static bool isFormat1(const Json& document);
    /// The document in format 2 (unchanged when it already is).
    static Json toFormat2(const Json& document);

    /// An id proposed from a typed name: "Fysioterapeut på natt" → "fysioterapeut_pa_natt".
    static std::string proposeId(const QString& name);
    /// Whether `id` may be given to a new (or renamed) entry of `part`; `renaming` is
    /// the entry's current id, which the new id may equal.
    static IdProblem checkId(const Json& document, Part part, const std::string& id, const std::string& renaming = {});

    static Json addRole(const Json& document, const std::string& id, bool professional);
    static Json addCategory(const Json& document, const std::string& id);
    /// For kind Role, `id` must be a role's id.
    static Json addReceiver(const Json& document, const std::string& id, ReceiverKind kind);

    static Json renameRole(const Json& document, const std::string& from, const std::string& to);
    static Json renameCategory(const Json& document, const std::string& from, const std::string& to);
    /// Receivers of kind role carry their role's id and are renamed with it.
    static Json renameReceiver(const Json& document, const std::string& from, const std::string& to);

    static Json removeRole(const Json& document, const std::string& id);
    static Json removeCategory(const Json& document, const std::string& id);
    static Json removeReceiver(const Json& document, const std::string& id);

    /// Sets the name of `id` in language `languageKey` ("nb", "en") in the scenario's
    /// labels; an empty name removes it (and an emptied labels block).
    static Json setName(const Json& document, const std::string& id, const QString& name, const std::string& languageKey);
    /// The scenario's own name of `id` in `languageKey`, or "" when it gives none.
    static std::string name(const Json& document, const std::string& id, const std::string& languageKey);

    static Json setProfessional(const Json& document, const std::string& roleId, bool professional);
    static Json setMatching(const Json& document, const std::string& roleId, const std::string& categoryId, bool matching);

    /// Removes measure `index` and renumbers the source and uncertainty paths of the
    /// measures after it.
    static Json removeMeasure(const Json& document, std::size_t index);
    /// Swaps measures `a` and `b` together with their source and uncertainty paths.
    static Json swapMeasures(const Json& document, std::size_t a, std::size_t b);

    /// The parameters a new receiver of `kind` starts with (neutral: factors 1, costs 0).
    static Json defaultReceiverParameters(ReceiverKind kind);
    /// A new role: no FTE, no cost, all its time in the vocabulary's first category.
    static Json defaultRole(const Json& vocabularyBlock);

private:
    /// Rewrites the keys of `sources` and `uncertainty`: `map` returns the new path, or nullopt to drop it.
    static void rewritePaths(Json& document, const std::function<std::optional<std::string>(const std::string&)>& map);
    /// Removes the measures `drop` says yes to, renumbering the paths of the rest.
    static void removeMeasuresWhere(Json& document, const std::function<bool(const Json&)>& drop);
};

} // namespace gevinst::ui
