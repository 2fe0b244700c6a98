#include "CliText.h"

#include "Commands.h"
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
    const QString worded = store::LibraryErrorText::message(error);
    return error.message.isEmpty() ? worded : worded + QStringLiteral(" [") + error.message + QLatin1Char(']');
}

std::string CliText::description(const Command& command)
{
    const std::string source(command.description);
    return text(QCoreApplication::translate("gevinst::cli::Commands", source.c_str()));
}

} // namespace gevinst::cli
