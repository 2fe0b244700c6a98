#pragma once
// Writing a user's file so that a failed write leaves the old file (or none), never
// a broken one. Every file the program writes goes through here: the command line's
// -o, the window's exports and autosave, charts, reports and workbooks.
//
// The bytes go to a temporary file in the target's folder; every write is checked,
// the file is fsync'ed, its size compared with what was meant to be written, and only
// then is it renamed over the target. (QSaveFile is not used: Qt 6.4's commit()
// renames even when its final flush failed, so a full disk replaced a good file by
// an empty one.) A symbolic link is followed, so the file it points to is replaced and
// the link stays. A target that exists and is not a regular file (a device, a named
// pipe, a folder) is refused. New files get the mode a plain file creation would
// (0666 less the umask); a replaced file keeps its mode.

#include <QByteArray>
#include <QString>

namespace gevinst::io {

class AtomicFile {
public:
    /// Writes `bytes` to `path`. On failure returns false, leaves the old file as it was,
    /// removes the temporary file and sets `error` (Norwegian, naming the file and the
    /// cause, e.g. "disken er full") and `reason` (the cause alone), when given.
    static bool write(const QString& path, const QByteArray& bytes, QString* error, QString* reason = nullptr);

    /// For writers that insist on writing a file by name themselves (libxlsxwriter): a
    /// fresh, empty temporary file next to the file `path` stands for, with the mode the
    /// result should have; empty with `error` set when it cannot be made (or `path` may
    /// not be written: not a regular file, name too long, folder missing).
    static QString temporaryPathFor(const QString& path, QString* error, QString* reason = nullptr);
    /// Checks `temporaryPath` (fsync, at least `minimumSize` bytes) and renames it over the
    /// file `path` stands for. On failure removes the temporary file and sets `error`.
    static bool commit(const QString& temporaryPath, const QString& path, QString* error, qint64 minimumSize = 1,
                       QString* reason = nullptr);
    /// Removes a temporary file from temporaryPathFor() that will not be committed.
    static void discard(const QString& temporaryPath);

    /// The file a write to `path` replaces: symbolic links followed to the end. Empty with
    /// `reason` set when that file exists and is not a regular file, or links loop.
    static QString resolveTarget(const QString& path, QString* reason);
    /// Norwegian words for an errno value ("disken er full", "ingen skrivetilgang", …).
    static QString reasonOf(int errorNumber);
};

} // namespace gevinst::io
