#include "Language.h"

#include "VocabularyLabels.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <atomic>
#include <memory>
#include <vector>

namespace gevinst::io {

namespace {

std::atomic<Language> g_language{Language::Norwegian};

/// The translators this class installed, so that a second install() replaces them.
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool load(QCoreApplication& app, const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, folder))
        return false;
    app.installTranslator(translator.get());
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

Language UserLanguage::current()
{
    return g_language.load();
}

std::optional<Language> UserLanguage::fromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c.startsWith(QLatin1String("nb")) || c.startsWith(QLatin1String("no")) || c.startsWith(QLatin1String("nn")))
        return Language::Norwegian;
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")) || c.startsWith(QLatin1String("en-")))
        return Language::English;
    return std::nullopt;
}

Language UserLanguage::forSystemLocale(const QString& localeName)
{
    if (localeName.isEmpty() || localeName == QLatin1String("C") || localeName == QLatin1String("POSIX"))
        return Language::Norwegian;
    return fromCode(localeName).value_or(Language::English);
}

QString UserLanguage::code(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("nb");
}

bool UserLanguage::install(QCoreApplication& app, Language language)
{
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    g_language = language;
    // The vocabulary's names (roles, categories, receivers) come from data in both languages.
    VocabularyLabels::instance().setLanguage(code(language).toStdString());

    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (language == Language::English)
        // Qt's own texts are English already; only the program's need a translation.
        return load(app, QStringLiteral("gevinst_en"), QStringLiteral(":/i18n"));

    // Norwegian: the program's texts are the source. Qt ships no bokmål translation of
    // its own texts (qt6-translations-l10n has qtbase_nn, nynorsk), so nynorsk is the
    // base and the program's bokmål translation of the texts a user of this window
    // meets (standard buttons, file dialog, context menus) is installed over it:
    // the translator installed last is asked first.
    load(app, QStringLiteral("qtbase_nn"), qtFolder);
    const bool qt = load(app, QStringLiteral("qtbase_nb"), QStringLiteral(":/i18n"));
    // The program's texts are bokmål already, but a %n text needs its plural forms.
    return load(app, QStringLiteral("gevinst_nb"), QStringLiteral(":/i18n")) && qt;
}

} // namespace gevinst::io
