#pragma once
// The key figures of one result, in the order people read them: what a
// comparison table, the council report and the exports show. Each figure says
// what kind of number it is and whether it adds up across units (only those are
// normalised per 1 000 inhabitants 67+ and per base-year FTE, spec §5).

#include "Result.h"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace gevinst {

enum class KeyFigureId {
    FreedFteEnd,
    GapFteEnd,
    GapClosedShareEnd,
    ExtraRecipientsEnd,
    NpvBudgetNok,
    NpvCapacityValueNok,
    SubsidiesTotalNok,
    SocialAssistanceSavingsTotalNok,
    CostTotalNok,
    NetCostPerFreedFteNok,
    PaybackYear,
};
inline constexpr int kKeyFigureCount = 11;

/// What a number is, for its unit and format.
enum class ValueKind { Fte, Nok, Share, Persons, Year, Hours, Index, Plain };

struct KeyFigure {
    KeyFigureId id;
    std::optional<double> value;
};

class KeyFigures {
public:
    /// Every key figure of `result`, in the order of KeyFigureId.
    static std::vector<KeyFigure> of(const Result& result);
    static std::optional<double> value(const Result& result, KeyFigureId id);

    static std::string_view idOf(KeyFigureId id); ///< stable id, e.g. "npv_budget_nok"
    static ValueKind kindOf(KeyFigureId id);
    /// Whether the figure adds up across units (and so may be normalised).
    static bool isAdditive(KeyFigureId id);
    static const std::array<KeyFigureId, kKeyFigureCount>& all();
};

} // namespace gevinst
