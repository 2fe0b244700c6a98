#include "DataLocations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace gevinst::store {

QStringList DataLocations::searchDirs()
{
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("GEVINST_DATA_DIR"); !env.isEmpty())
        candidates << env;
    if (QCoreApplication::instance()) {
        const QString exeDir = QCoreApplication::applicationDirPath();
        candidates << QDir(exeDir).absoluteFilePath(QStringLiteral("../share/gevinstmodell"));
    }
#ifdef GEVINST_SOURCE_DATA_DIR
    candidates << QStringLiteral(GEVINST_SOURCE_DATA_DIR);
#endif
    QStringList dirs;
    for (const QString& c : candidates) {
        const QFileInfo info(c);
        if (info.isDir() && !dirs.contains(info.absoluteFilePath()))
            dirs << QDir::cleanPath(info.absoluteFilePath());
    }
    return dirs;
}

QString DataLocations::dataDir(const QString& relativePath)
{
    for (const QString& dir : searchDirs())
        if (QFileInfo::exists(QDir(dir).filePath(relativePath)))
            return dir;
    return {};
}

QString DataLocations::find(const QString& relativePath)
{
    const QString dir = dataDir(relativePath);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(relativePath);
}

} // namespace gevinst::store
