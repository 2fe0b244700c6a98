#pragma once
// The command line's words in the user's language: tr() texts (source bokmål,
// English in resources/translations/gevinst_en.ts, installed by main() for
// --lang en) turned into std::string for the terminal, and the model's and the
// store's errors worded from their kinds (io::ErrorText).

#include <QString>

#include <string>

namespace gevinst::store {
struct StoreError;
}

namespace gevinst::cli {

struct Command;

class CliText {
public:
    /// QCoreApplication::translate in the context "gevinst::cli::CliText". (Declared here
    /// rather than with Q_DECLARE_TR_FUNCTIONS so that the commands do not include
    /// QCoreApplication, whose `emit` macro clashes with their own names.)
    static QString tr(const char* source, const char* disambiguation = nullptr, int n = -1);
    /// UTF-8 text for the terminal, no-break spaces as plain ones.
    static std::string text(QString text);
    /// A std::string argument for QString::arg().
    static QString q(const std::string& text) { return QString::fromStdString(text); }
    /// A library error worded for the user (store::LibraryErrorText), followed in brackets
    /// by the store's detail where it names more (the line of an import file to fix, the
    /// scenario or unit not found); a database's own English words in English only.
    static QString storeError(const store::StoreError& error);
    /// The command's one-line description, translated.
    static std::string description(const Command& command);
};

} // namespace gevinst::cli
