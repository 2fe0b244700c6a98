#pragma once
// Writing a user's file so that a failed write leaves the old file (or none),
// never a broken one: bytes through QSaveFile, and for writers that insist on
// writing a file themselves (libxlsxwriter), a temporary path in the same folder
// that is renamed into place only when the writer succeeded.

#include <QByteArray>
#include <QString>

namespace gevinst::io {

class AtomicFile {
public:
    /// Writes `bytes` to `path`; on failure returns false and sets `error` (Norwegian).
    static bool write(const QString& path, const QByteArray& bytes, QString* error);

    /// A fresh temporary path next to `path` (same folder, so rename is atomic);
    /// empty with `error` set when the folder is not writable.
    static QString temporaryPathFor(const QString& path, QString* error);
    /// Renames `temporaryPath` over `path`; removes the temporary file on failure.
    static bool commit(const QString& temporaryPath, const QString& path, QString* error);
};

} // namespace gevinst::io
