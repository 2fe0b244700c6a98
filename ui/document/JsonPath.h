#pragma once
// Field paths of the scenario format ("roles.sykepleier.fte", "sharing[2].share")
// turned into JSON pointers into the scenario document, so that an engine error's
// path finds the value (and the editor's widget) it speaks of.

#include <nlohmann/json.hpp>

#include <string>

namespace gevinst::ui {

class JsonPath {
public:
    static nlohmann::json::json_pointer toPointer(const std::string& fieldPath);
    /// The value at `fieldPath`, or nullptr when the document has none there.
    static const nlohmann::json* find(const nlohmann::json& document, const std::string& fieldPath);
    /// Sets the value at `fieldPath`, creating objects on the way.
    static void set(nlohmann::json& document, const std::string& fieldPath, const nlohmann::json& value);
    /// Whether `path` is `prefix` or lies below it ("a.b" is below "a", "a[1]" below "a").
    static bool isWithin(const std::string& path, const std::string& prefix);
};

} // namespace gevinst::ui
