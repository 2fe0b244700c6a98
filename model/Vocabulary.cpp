#include "Vocabulary.h"

namespace gevinst {

namespace {
template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::string_view, N>& ids, std::string_view id)
{
    for (std::size_t i = 0; i < N; ++i)
        if (ids[i] == id)
            return static_cast<Enum>(i);
    return std::nullopt;
}
} // namespace

std::optional<AgeBand> ageBandFromId(std::string_view id) { return lookup<AgeBand>(kAgeBandIds, id); }
std::optional<Role> roleFromId(std::string_view id) { return lookup<Role>(kRoleIds, id); }
std::optional<TaskCategory> categoryFromId(std::string_view id) { return lookup<TaskCategory>(kCategoryIds, id); }
std::optional<Receiver> receiverFromId(std::string_view id) { return lookup<Receiver>(kReceiverIds, id); }

} // namespace gevinst
