#include "VersionResults.h"

#include "Engine.h"
#include "ErrorText.h"
#include "ScenarioLibrary.h"
#include "StoreErrorText.h"

#include <QCoreApplication>

namespace gevinst::ui {

namespace {
constexpr std::size_t kKept = 8;
}

std::shared_ptr<const Result> VersionResults::of(const store::ScenarioLibrary& library, qint64 id, int version, QString* why)
{
    const auto key = std::make_pair(id, version);
    if (auto it = cache_.find(key); it != cache_.end())
        return it->second;
    auto loaded = library.loadScenario(id, version);
    if (!loaded) {
        if (why) {
            const auto& readErrors = loaded.error().readErrors;
            *why = readErrors.empty() ? StoreErrorText::message(loaded.error()) : ErrorText::reason(readErrors.front());
        }
        return nullptr;
    }
    auto result = std::make_shared<const Result>(Engine::compute(loaded->scenario));
    if (cache_.size() >= kKept)
        cache_.erase(cache_.begin());
    cache_[key] = result;
    return result;
}

int VersionResults::newestVersion(const store::ScenarioLibrary& library, qint64 id)
{
    auto info = library.scenario(id);
    return info ? info->latestVersion : 0;
}

} // namespace gevinst::ui
