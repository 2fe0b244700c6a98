#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gevinst::io {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("gevinst::io::AtomicFile", text);
}

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

/// "kan ikke skrive FILE: REASON", and when an old file is there, that it was kept.
QString failure(const QString& path, const QString& reason, bool oldFileKept)
{
    QString text = QCoreApplication::translate("gevinst::io::AtomicFile", "kan ikke skrive %1: %2").arg(path, reason);
    if (oldFileKept)
        text += QCoreApplication::translate("gevinst::io::AtomicFile", " (den forrige filen er beholdt uendret)");
    return text;
}

void report(QString* error, QString* reasonOut, const QString& path, const QString& reason, bool oldFileKept)
{
    if (error)
        *error = failure(path, reason, oldFileKept);
    if (reasonOut)
        *reasonOut = reason;
}

bool exists(const QByteArray& path)
{
    struct stat st {};
    return ::stat(path.constData(), &st) == 0;
}

/// Checks the final name's length against the folder's file system (bytes, as the file system counts).
QString nameTooLong(const QString& target)
{
    const QFileInfo info(target);
    const QByteArray name = native(info.fileName());
    long limit = ::pathconf(native(info.absolutePath()).constData(), _PC_NAME_MAX);
    if (limit <= 0)
        limit = NAME_MAX;
    if (name.size() > limit)
        return QCoreApplication::translate("gevinst::io::AtomicFile", "filnavnet er for langt for filsystemet (%1 byte, høyst %2 byte er tillatt; æ, ø og å teller to)")
            .arg(name.size())
            .arg(limit);
    return {};
}

/// The mode a new temporary file gets: the replaced file's, or (-1) a plain creation's.
int modeOfExisting(const QByteArray& target)
{
    struct stat st {};
    if (::stat(target.constData(), &st) == 0 && S_ISREG(st.st_mode))
        return int(st.st_mode & 07777);
    return -1;
}

/// Creates a fresh temporary file beside `target`; returns its descriptor (or -1 with errno set).
int createTemporary(const QString& target, QString* temporaryPath)
{
    const QFileInfo info(target);
    // A short stem, so that the temporary name fits wherever the final name fits.
    const QString stem = info.fileName().left(24);
    const int mode = modeOfExisting(native(target));
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = info.absolutePath() + QStringLiteral("/.") + stem + QStringLiteral(".tmp-") +
                                  QString::number(QRandomGenerator::global()->generate(), 36);
        // 0666 less the umask, like any plain file creation; a replaced file's mode is copied below.
        const int fd = ::open(native(candidate).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return -1;
        }
        if (mode >= 0)
            (void)::fchmod(fd, mode_t(mode));
        *temporaryPath = candidate;
        return fd;
    }
    errno = EEXIST;
    return -1;
}

bool writeAll(int fd, const char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size_t(std::min<qint64>(size - done, 1 << 30)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (n == 0) {
            errno = EIO;
            return false;
        }
        done += n;
    }
    return true;
}

/// fsyncs the folder so that the rename itself survives a power cut (best effort).
void syncFolder(const QString& folder)
{
    const int fd = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

/// fsync, size check, close and rename; removes the temporary file on failure. `fd` is closed.
bool finish(int fd, const QString& temporary, const QString& target, qint64 expectedSize, qint64 minimumSize, int* failedErrno,
            QString* failedReason)
{
    int err = 0;
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        err = errno;
    struct stat st {};
    if (!err && ::fstat(fd, &st) != 0)
        err = errno;
    if (::close(fd) != 0 && !err && errno != EINTR)
        err = errno;
    if (!err && ((expectedSize >= 0 && st.st_size != expectedSize) || st.st_size < minimumSize)) {
        ::unlink(native(temporary).constData());
        *failedReason = expectedSize >= 0
                            ? QCoreApplication::translate("gevinst::io::AtomicFile", "bare %1 av %2 byte ble skrevet").arg(qint64(st.st_size)).arg(expectedSize)
                            : QCoreApplication::translate("gevinst::io::AtomicFile", "filen ble ikke skrevet ferdig (%1 byte)").arg(qint64(st.st_size));
        return false;
    }
    if (!err && ::rename(native(temporary).constData(), native(target).constData()) != 0)
        err = errno;
    if (err) {
        ::unlink(native(temporary).constData());
        *failedErrno = err;
        return false;
    }
    syncFolder(QFileInfo(target).absolutePath());
    return true;
}

} // namespace

QString AtomicFile::reasonOf(int e)
{
    switch (e) {
    case ENOSPC: return tr("disken er full");
#ifdef EDQUOT
    case EDQUOT: return tr("diskkvoten er brukt opp");
#endif
    case EFBIG: return tr("filen er for stor for filsystemet");
    case EROFS: return tr("filsystemet er skrivebeskyttet");
    case EACCES:
    case EPERM: return tr("ingen skrivetilgang");
    case ENAMETOOLONG: return tr("filnavnet er for langt for filsystemet");
    case ENOENT:
    case ENOTDIR: return tr("mappen finnes ikke");
    case EISDIR: return tr("det er en mappe, ikke en fil");
    case EIO: return tr("lese- eller skrivefeil på disken");
    case ELOOP: return tr("symbolske lenker går i ring");
    default: return QString::fromLocal8Bit(std::strerror(e));
    }
}

QString AtomicFile::resolveTarget(const QString& path, QString* reason)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (::lstat(native(current).constData(), &st) != 0) {
            if (errno == ENOENT || errno == ENAMETOOLONG)
                return current; // absent: created (a name too long is reported with the limit by the caller)
            if (reason)
                *reason = reasonOf(errno);
            return {};
        }
        if (S_ISLNK(st.st_mode)) {
            // Follow the link (also a dangling one): the file it names is written, the link stays.
            const QString link = QFile::symLinkTarget(current);
            if (link.isEmpty()) {
                if (reason)
                    *reason = tr("den symbolske lenken kan ikke leses");
                return {};
            }
            current = QFileInfo(link).isAbsolute() ? QDir::cleanPath(link)
                                                   : QDir::cleanPath(QFileInfo(current).absolutePath() + u'/' + link);
            continue;
        }
        if (S_ISREG(st.st_mode))
            return current;
        if (reason)
            *reason = S_ISDIR(st.st_mode) ? tr("det er en mappe, ikke en fil")
                                          : tr("det er ikke en vanlig fil (en enhet eller et rør); ingenting ble skrevet");
        return {};
    }
    if (reason)
        *reason = reasonOf(ELOOP);
    return {};
}

bool AtomicFile::write(const QString& path, const QByteArray& bytes, QString* error, QString* reasonOut)
{
    QString reason;
    const QString target = resolveTarget(path, &reason);
    if (target.isEmpty()) {
        report(error, reasonOut, path, reason, false);
        return false;
    }
    if (const QString tooLong = nameTooLong(target); !tooLong.isEmpty()) {
        report(error, reasonOut, path, tooLong, false);
        return false;
    }
    const bool hadOld = exists(native(target));
    QString temporary;
    const int fd = createTemporary(target, &temporary);
    if (fd < 0) {
        report(error, reasonOut, path, reasonOf(errno), hadOld);
        return false;
    }
    if (!writeAll(fd, bytes.constData(), bytes.size())) {
        const int e = errno;
        ::close(fd);
        ::unlink(native(temporary).constData());
        report(error, reasonOut, path, reasonOf(e), hadOld);
        return false;
    }
    int failedErrno = 0;
    QString failedReason;
    if (!finish(fd, temporary, target, bytes.size(), 0, &failedErrno, &failedReason)) {
        report(error, reasonOut, path, failedErrno ? reasonOf(failedErrno) : failedReason, hadOld);
        return false;
    }
    return true;
}

QString AtomicFile::temporaryPathFor(const QString& path, QString* error, QString* reasonOut)
{
    QString reason;
    const QString target = resolveTarget(path, &reason);
    if (target.isEmpty()) {
        report(error, reasonOut, path, reason, false);
        return {};
    }
    if (const QString tooLong = nameTooLong(target); !tooLong.isEmpty()) {
        report(error, reasonOut, path, tooLong, false);
        return {};
    }
    QString temporary;
    const int fd = createTemporary(target, &temporary);
    if (fd < 0) {
        report(error, reasonOut, path, reasonOf(errno), exists(native(target)));
        return {};
    }
    ::close(fd);
    return temporary;
}

bool AtomicFile::commit(const QString& temporaryPath, const QString& path, QString* error, qint64 minimumSize,
                        QString* reasonOut)
{
    QString reason;
    const QString target = resolveTarget(path, &reason);
    if (target.isEmpty()) {
        discard(temporaryPath);
        report(error, reasonOut, path, reason, false);
        return false;
    }
    const bool hadOld = exists(native(target));
    const int fd = ::open(native(temporaryPath).constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        const int e = errno;
        discard(temporaryPath);
        report(error, reasonOut, path, reasonOf(e), hadOld);
        return false;
    }
    int failedErrno = 0;
    QString failedReason;
    if (!finish(fd, temporaryPath, target, -1, minimumSize, &failedErrno, &failedReason)) {
        report(error, reasonOut, path, failedErrno ? reasonOf(failedErrno) : failedReason, hadOld);
        return false;
    }
    return true;
}

void AtomicFile::discard(const QString& temporaryPath)
{
    if (!temporaryPath.isEmpty())
        ::unlink(native(temporaryPath).constData());
}

} // namespace gevinst::io
