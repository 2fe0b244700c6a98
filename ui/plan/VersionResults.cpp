#include "VersionResults.h"

#include "Engine.h"
#include "ErrorText.h"
#include "ScenarioLibrary.h"
#include "ScenarioReader.h"
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
    auto loaded = library.load(id, version);
    if (!loaded) {
        if (why)
            *why = StoreErrorText::message(loaded.error());
        return nullptr;
    }
    const ReadOutcome outcome = ScenarioReader::fromText(std::string_view(loaded->json.constData(), std::size_t(loaded->json.size())));
    if (!outcome.ok()) {
        if (why)
            *why = outcome.errors.empty() ? QCoreApplication::translate("gevinst::ui::VersionResults", "Versjonen kan ikke leses.")
                                          : ErrorText::reason(outcome.errors.front());
        return nullptr;
    }
    auto result = std::make_shared<const Result>(Engine::compute(*outcome.scenario));
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
