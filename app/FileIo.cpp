#include "FileIo.h"
#include "CliText.h"

#include "AtomicFile.h"
#include "CliArgs.h"

#include <QFile>
#include <QFileInfo>

namespace gevinst::cli {

// The texts below name gevinst::cli::CliText in full: after a return type such as std::string lupdate
// would file CliText::tr under the context "CliText", and the English would not be found.
std::string readFile(const std::string& path, std::size_t maxBytes)
{
    const QString name = QString::fromStdString(path);
    const QFileInfo info(name);
    if (!info.exists())
        throw CliError(ExitFailure, gevinst::cli::CliText::tr("%1: filen finnes ikke").arg(CliText::q(path)));
    if (info.isDir())
        throw CliError(ExitFailure, gevinst::cli::CliText::tr("%1: er en mappe, ikke en fil").arg(CliText::q(path)));
    if (static_cast<std::size_t>(info.size()) > maxBytes)
        throw CliError(ExitInvalidInput, gevinst::cli::CliText::tr("%1: filen er %2 byte, større enn de %3 som er tillatt")
                                             .arg(CliText::q(path))
                                             .arg(info.size())
                                             .arg(qulonglong(maxBytes)));
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(ExitFailure, gevinst::cli::CliText::tr("%1: kan ikke leses (%2)").arg(CliText::q(path), file.errorString()));
    const QByteArray bytes = file.read(static_cast<qint64>(maxBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        throw CliError(ExitFailure, gevinst::cli::CliText::tr("%1: kan ikke leses (%2)").arg(CliText::q(path), file.errorString()));
    if (static_cast<std::size_t>(bytes.size()) > maxBytes)
        throw CliError(ExitInvalidInput, gevinst::cli::CliText::tr("%1: filen er større enn de %2 byte som er tillatt").arg(CliText::q(path)).arg(qulonglong(maxBytes)));
    return bytes.toStdString();
}

void writeFileAtomically(const std::string& path, const std::string& bytes)
{
    QString reason;
    if (!io::AtomicFile::write(QString::fromStdString(path), QByteArray::fromStdString(bytes), nullptr, &reason))
        throw CliError(ExitFailure, CliText::tr("%1: kan ikke skrives (%2; en tidligere fil der er beholdt)").arg(CliText::q(path), reason));
}

} // namespace gevinst::cli
