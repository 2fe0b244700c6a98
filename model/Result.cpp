#include "Result.h"

namespace gevinst {

std::optional<SeriesId> seriesFromId(std::string_view id)
{
    for (int i = 0; i < kSeriesCount; ++i)
        if (kSeriesIds[i] == id)
            return static_cast<SeriesId>(i);
    return std::nullopt;
}

} // namespace gevinst

namespace gevinst {

const RoleUtilisation* Result::utilisationOf(std::string_view roleId) const
{
    for (const auto& u : utilisation)
        if (u.roleId == roleId)
            return &u;
    return nullptr;
}

} // namespace gevinst
