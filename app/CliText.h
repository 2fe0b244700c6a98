#pragma once
// The command line's words in the user's language: tr() texts (source bokmål,
// English in resources/translations/gevinst_en.ts, installed by main() for
// --lang en) turned into std::string for the terminal, and the model's and the
// store's errors worded from their kinds (io::ErrorText).

#include <QCoreApplication>
#include <QString>

#include <string>

namespace gevinst::store {
struct StoreError;
}

namespace gevinst::cli {

struct Command;

class CliText {
    Q_DECLARE_TR_FUNCTIONS(gevinst::cli::CliText)
public:
    /// UTF-8 text for the terminal, no-break spaces as plain ones.
    static std::string text(QString text);
    /// A std::string argument for QString::arg().
    static QString q(const std::string& text) { return QString::fromStdString(text); }
    /// A library error worded for the user (store::LibraryErrorText), followed by the
    /// store's technical detail in brackets: the line or field to fix in an import file.
    static QString storeError(const store::StoreError& error);
    /// The command's one-line description, translated.
    static std::string description(const Command& command);
};

} // namespace gevinst::cli
