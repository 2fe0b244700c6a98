#include "CliText.h"

#include "Commands.h"
#include "Language.h"
#include "LibraryErrorText.h"

#include <QCoreApplication>

namespace gevinst::cli {

std::string CliText::text(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')).toStdString();
}

QString CliText::tr(const char* source, const char* disambiguation, int n)
{
    return QCoreApplication::translate("gevinst::cli::CliText", source, disambiguation, n);
}

QString CliText::storeError(const store::StoreError& error)
{
    using Kind = store::StoreError::Kind;
    const QString worded = store::LibraryErrorText::message(error);
    // Where the wording by kind says all there is (a conflict, a damaged or newer file, a
    // lock, no write access, a database to initialise) the store's detail is left out.
    // Where it names something more — which line of an import is wrong, which scenario or
    // unit is missing — the detail follows; the store writes those in the user's language.
    // The database's or server's own words (Database, Connection) are technical English:
    // shown in English only, so that a Norwegian line carries no English words.
    switch (error.kind) {
    case Kind::NotFound:
        if (error.message.contains(QLatin1String("db init")))
            return worded;
        break;
    case Kind::InvalidInput:
    case Kind::Io: break;
    case Kind::Database:
    case Kind::Connection:
        if (io::UserLanguage::current() != io::Language::English)
            return worded;
        break;
    default: return worded;
    }
    if (error.message.isEmpty())
        return worded;
    return worded + QStringLiteral(" [") + error.message + QLatin1Char(']');
}

std::string CliText::description(const Command& command)
{
    const std::string source(command.description);
    return text(QCoreApplication::translate("gevinst::cli::Commands", source.c_str()));
}

} // namespace gevinst::cli
