#pragma once
// The vocabulary of a scenario (spec §2a): its age bands, task categories, staff
// roles and the receivers of shared tasks, as data. A format-2 scenario carries its
// own; a format-1 scenario is read with the standard vocabulary, which is compiled
// in from resources/vocabularies/standard.json. Ids are the strings of the file
// format; display names come from the label catalogue (Labels), never from code.

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gevinst {

struct FieldError;

/// What a receiver is, and so which parameters `receivers.<id>` holds (spec §2a).
enum class ReceiverKind { TaskWorker, Volunteer, Technology, Role };

std::string_view idOf(ReceiverKind kind);
std::optional<ReceiverKind> receiverKindFromId(std::string_view id);

/// An age band "N-M" (low..high) or "N+" (high = open).
struct AgeBand {
    std::string id;
    int low = 0;
    int high = 0;          ///< inclusive; kOpenEnd for "N+"
    static constexpr int kOpenEnd = 1'000;
    bool contains(int age) const { return age >= low && age <= high; }
    /// Parses "N-M" or "N+" with whole years 0 ≤ N ≤ M ≤ 120.
    static std::optional<AgeBand> parse(std::string_view id);
};

struct RoleSpec {
    std::string id;
    bool professional = false;
    std::vector<int> matching;   ///< category indices that need the role's education
    bool matches(int category) const;
};

struct ReceiverSpec {
    std::string id;
    ReceiverKind kind = ReceiverKind::TaskWorker;
    int role = -1;               ///< for kind Role: the index of the role it is
};

class Vocabulary {
public:
    static constexpr std::size_t kMaxEntries = 32;

    std::vector<AgeBand> ageBands;
    std::vector<std::string> categories;
    std::vector<RoleSpec> roles;
    std::vector<ReceiverSpec> receivers;

    /// The standard vocabulary (spec §2a), the one format 1 implies.
    static const Vocabulary& standard();
    bool isStandard() const;

    int ageBandIndex(std::string_view id) const;
    int categoryIndex(std::string_view id) const;
    int roleIndex(std::string_view id) const;
    int receiverIndex(std::string_view id) const;

    /// Whether `id` follows the id rule [a-z][a-z0-9_]{0,39}.
    static bool validId(std::string_view id);

    /// The `vocabulary` block of a format-2 document.
    nlohmann::ordered_json toJson() const;
    /// Reads a `vocabulary` block; problems are appended with paths under `path`.
    /// Returns nullopt when the block cannot be used at all.
    static std::optional<Vocabulary> fromJson(const nlohmann::json& block, const std::string& path,
                                              std::vector<FieldError>& errors);
    static std::optional<Vocabulary> fromOrderedJson(const nlohmann::ordered_json& block, const std::string& path,
                                                     std::vector<FieldError>& errors);

    bool operator==(const Vocabulary& other) const;
};

bool operator==(const AgeBand& a, const AgeBand& b);
bool operator==(const RoleSpec& a, const RoleSpec& b);
bool operator==(const ReceiverSpec& a, const ReceiverSpec& b);

} // namespace gevinst
