#include "JsonPath.h"

namespace gevinst::ui {

Json::json_pointer JsonPath::toPointer(const std::string& fieldPath)
{
    std::string pointer;
    std::string token;
    auto flush = [&] {
        if (token.empty())
            return;
        pointer += '/';
        for (char c : token) {
            if (c == '~')
                pointer += "~0";
            else if (c == '/')
                pointer += "~1";
            else
                pointer += c;
        }
        token.clear();
    };
    for (char c : fieldPath) {
        if (c == '.' || c == '[' || c == ']')
            flush();
        else
            token += c;
    }
    flush();
    return Json::json_pointer(pointer);
}

const Json* JsonPath::find(const Json& document, const std::string& fieldPath)
{
    const auto pointer = toPointer(fieldPath);
    // contains() throws on an array index that is not a number; treat it as absent.
    try {
        if (!document.contains(pointer))
            return nullptr;
        return &document.at(pointer);
    } catch (const Json::exception&) {
        return nullptr;
    }
}

void JsonPath::set(Json& document, const std::string& fieldPath, const Json& value)
{
    document[toPointer(fieldPath)] = value;
}

bool JsonPath::isWithin(const std::string& path, const std::string& prefix)
{
    if (prefix.empty())
        return true;
    if (path.size() < prefix.size() || path.compare(0, prefix.size(), prefix) != 0)
        return false;
    return path.size() == prefix.size() || path[prefix.size()] == '.' || path[prefix.size()] == '[';
}

} // namespace gevinst::ui
