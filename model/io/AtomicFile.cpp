#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace gevinst::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::io::AtomicFile", text);
}
} // namespace

bool AtomicFile::write(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("kan ikke skrive %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("kan ikke skrive %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QString AtomicFile::temporaryPathFor(const QString& path, QString* error)
{
    const QFileInfo info(path);
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    temp.setAutoRemove(false);
    if (!temp.open()) {
        if (error)
            *error = tr("kan ikke skrive i mappen %1: %2").arg(info.absolutePath(), temp.errorString());
        return {};
    }
    const QString name = temp.fileName();
    temp.close();
    return name;
}

bool AtomicFile::commit(const QString& temporaryPath, const QString& path, QString* error)
{
    // rename(2) replaces the target in one step on the same file system.
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(temporaryPath);
        if (error)
            *error = tr("kan ikke skrive %1: %2").arg(path, reason);
        return false;
    }
    return true;
}

} // namespace gevinst::io
