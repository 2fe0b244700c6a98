#pragma once
// The JSON type of an open scenario document: object keys stay in the order the
// file (or the user) gave them, so roles, receivers and task shares keep their
// order through edits, renames and saves.

#include <nlohmann/json.hpp>

namespace gevinst::ui {

using Json = nlohmann::ordered_json;

} // namespace gevinst::ui
