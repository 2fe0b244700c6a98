#include "FileIo.h"

#include "AtomicFile.h"
#include "CliArgs.h"

#include <QFile>
#include <QFileInfo>

namespace gevinst::cli {

std::string readFile(const std::string& path, std::size_t maxBytes)
{
    const QString name = QString::fromStdString(path);
    const QFileInfo info(name);
    if (!info.exists())
        throw CliError(ExitFailure, path + ": no such file");
    if (info.isDir())
        throw CliError(ExitFailure, path + ": is a folder, not a file");
    if (static_cast<std::size_t>(info.size()) > maxBytes)
        throw CliError(ExitInvalidInput, path + ": the file is " + std::to_string(info.size()) +
                                             " bytes, larger than the " + std::to_string(maxBytes) + " allowed");
    QFile file(name);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(ExitFailure, path + ": cannot be read (" + file.errorString().toStdString() + ")");
    const QByteArray bytes = file.read(static_cast<qint64>(maxBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        throw CliError(ExitFailure, path + ": cannot be read (" + file.errorString().toStdString() + ")");
    if (static_cast<std::size_t>(bytes.size()) > maxBytes)
        throw CliError(ExitInvalidInput, path + ": the file is larger than the " + std::to_string(maxBytes) + " bytes allowed");
    return bytes.toStdString();
}

void writeFileAtomically(const std::string& path, const std::string& bytes)
{
    QString reason;
    if (!io::AtomicFile::write(QString::fromStdString(path), QByteArray::fromStdString(bytes), nullptr, &reason))
        throw CliError(ExitFailure, path + ": cannot be written (" + reason.toStdString() + "; an earlier file there is kept)");
}

} // namespace gevinst::cli
