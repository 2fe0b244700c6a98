#pragma once
// Reading a user's file whole (with a size cap) and writing one atomically, so
// that a failed write leaves the old file, not a broken one.

#include <string>

namespace gevinst::cli {

/// The file's bytes; CliError(ExitFailure) naming the file when it cannot be read,
/// CliError(ExitInvalidInput) when it is larger than `maxBytes`.
std::string readFile(const std::string& path, std::size_t maxBytes);

/// Writes `bytes` to `path` through io::AtomicFile (checked, fsync'ed, renamed into place);
/// CliError(ExitFailure) naming the file and the cause ("disken er full") otherwise.
void writeFileAtomically(const std::string& path, const std::string& bytes);

} // namespace gevinst::cli
