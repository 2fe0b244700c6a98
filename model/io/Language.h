#pragma once
// The language the user reads: Norwegian bokmål (the source language of every
// tr() text) or English (resources/translations/gevinst_en.ts). One process-wide
// choice, made once at start-up by the command line or the window (--lang en),
// and read by NumberText so that numbers follow the words ("1 234 567 kr" or
// "1,234,567 NOK"). Installs the program's translation and Qt's own (standard
// buttons, file dialogs, context menus) on the application.

#include <QString>

#include <optional>

class QCoreApplication;

namespace gevinst::io {

enum class Language { Norwegian, English };

class UserLanguage {
public:
    /// The language chosen at start-up; Norwegian until install() says otherwise.
    static Language current();

    /// "nb", "no", "nn", "nb_NO" → Norwegian; "en", "en_GB" … → English; anything else: none.
    static std::optional<Language> fromCode(const QString& code);
    /// The language for a system locale name ("nb_NO", "de_DE", "C"): Norwegian for a
    /// Norwegian or unset (C/POSIX) locale, English for any other (the only translation).
    static Language forSystemLocale(const QString& localeName);

    /// Loads the translations for `language` onto `app` (removing earlier ones this
    /// class installed) and makes it current. Returns false if a translation the
    /// language needs could not be loaded (the texts then stay Norwegian).
    static bool install(QCoreApplication& app, Language language);

    /// The two-letter code: "nb" or "en".
    static QString code(Language language);
};

} // namespace gevinst::io
