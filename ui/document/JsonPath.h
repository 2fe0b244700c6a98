#pragma once
// Field paths of the scenario format ("roles.<role>.fte", "sharing[2].share")
// turned into JSON pointers into the scenario document, so that an engine error's
// path finds the value (and the editor's widget) it speaks of.

#include "DocumentJson.h"

#include <string>

namespace gevinst::ui {

class JsonPath {
public:
    static Json::json_pointer toPointer(const std::string& fieldPath);
    /// The value at `fieldPath`, or nullptr when the document has none there.
    static const Json* find(const Json& document, const std::string& fieldPath);
    /// Sets the value at `fieldPath`, creating objects on the way.
    static void set(Json& document, const std::string& fieldPath, const Json& value);
    /// Whether `path` is `prefix` or lies below it ("a.b" is below "a", "a[1]" below "a").
    static bool isWithin(const std::string& path, const std::string& prefix);
};

} // namespace gevinst::ui
