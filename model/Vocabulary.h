#pragma once
// The fixed vocabulary of the gevinstmodell scenario format (spec §2): age bands,
// staff roles, task categories and receivers of shared tasks. Ids are the
// Norwegian strings of the file format; display names are the UI's job.

#include <array>
#include <optional>
#include <string_view>

namespace gevinst {

enum class AgeBand { Age0_19, Age20_66, Age67_79, Age80Plus };
enum class Role { Sykepleier, Helsefagarbeider, Assistent };
enum class TaskCategory { Helsefaglig, Kompetanse, Service, Kjoring, Mestring };
enum class Receiver { Oppgavemedarbeider, Frivillig, Teknologi, Helsefagarbeider };

inline constexpr int kAgeBandCount = 4;
inline constexpr int kRoleCount = 3;
inline constexpr int kCategoryCount = 5;
inline constexpr int kReceiverCount = 4;

inline constexpr std::array<std::string_view, kAgeBandCount> kAgeBandIds{"0-19", "20-66", "67-79", "80+"};
inline constexpr std::array<std::string_view, kRoleCount> kRoleIds{"sykepleier", "helsefagarbeider", "assistent"};
inline constexpr std::array<std::string_view, kCategoryCount> kCategoryIds{"helsefaglig", "kompetanse", "service",
                                                                             "kjoring", "mestring"};
inline constexpr std::array<std::string_view, kReceiverCount> kReceiverIds{"oppgavemedarbeider", "frivillig",
                                                                             "teknologi", "helsefagarbeider"};

/// The professional roles whose freed hours count as capacity (spec §2).
inline constexpr std::array<Role, 2> kProfessionalRoles{Role::Sykepleier, Role::Helsefagarbeider};

constexpr int index(AgeBand v) { return static_cast<int>(v); }
constexpr int index(Role v) { return static_cast<int>(v); }
constexpr int index(TaskCategory v) { return static_cast<int>(v); }
constexpr int index(Receiver v) { return static_cast<int>(v); }

constexpr std::string_view idOf(AgeBand v) { return kAgeBandIds[index(v)]; }
constexpr std::string_view idOf(Role v) { return kRoleIds[index(v)]; }
constexpr std::string_view idOf(TaskCategory v) { return kCategoryIds[index(v)]; }
constexpr std::string_view idOf(Receiver v) { return kReceiverIds[index(v)]; }

std::optional<AgeBand> ageBandFromId(std::string_view id);
std::optional<Role> roleFromId(std::string_view id);
std::optional<TaskCategory> categoryFromId(std::string_view id);
std::optional<Receiver> receiverFromId(std::string_view id);

/// Whether a category needs the competence of a professional role (spec §2:
/// sykepleier → {helsefaglig}; helsefagarbeider → {helsefaglig, kompetanse}).
constexpr bool matchesCompetence(Role role, TaskCategory category)
{
    switch (role) {
    case Role::Sykepleier: return category == TaskCategory::Helsefaglig;
    case Role::Helsefagarbeider:
        return category == TaskCategory::Helsefaglig || category == TaskCategory::Kompetanse;
    case Role::Assistent: return false;
    }
    return false;
}

} // namespace gevinst
