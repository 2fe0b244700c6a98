#pragma once
// Runs the built gevinst program as a user would, without a display, and collects
// its exit code, standard output and standard error. Shared by the command-line
// tests of every suite.

#include "TestPaths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>

namespace gevinst::test {

struct GevinstRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string readWhole(const std::filesystem::path& path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Runs `gevinst ARGUMENTS` (arguments already quoted for the shell); its output
/// goes through files named PREFIX-stdout.txt / PREFIX-stderr.txt in `scratch`.
inline GevinstRun runGevinst(const std::string& arguments, const std::filesystem::path& scratch,
                             const std::string& prefix = "run")
{
    const auto out = scratch / (prefix + "-stdout.txt");
    const auto err = scratch / (prefix + "-stderr.txt");
    // A fixed locale: the program speaks Norwegian unless --lang says otherwise.
    const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY -u LANGUAGE -u LC_MESSAGES LC_ALL=C.UTF-8 "
                                "QT_QPA_PLATFORM=offscreen '" + gevinstBinary() +
                                "' " + arguments + " >'" + out.string() + "' 2>'" + err.string() + "' </dev/null";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readWhole(out), readWhole(err)};
}

/// A folder of this test program's own, PREFIX-<pid> in the temporary folder, for the files
/// its runs read and write; made at first use and left behind for a look after a failure.
inline std::filesystem::path programScratch(const std::string& prefix)
{
    const auto dir = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

/// A scratch folder with its own library (lib.sqlite, made by the first run that needs it),
/// removed afterwards: runs gevinst with --db on that library, each run's output in its own files.
class ScratchLibrary {
public:
    /// The folder is PREFIX-<random number> in the temporary folder.
    explicit ScratchLibrary(const std::string& prefix)
    {
        std::random_device random;
        m_dir = std::filesystem::temp_directory_path() / (prefix + "-" + std::to_string(random()));
        std::filesystem::create_directories(m_dir);
    }
    ~ScratchLibrary()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    ScratchLibrary(const ScratchLibrary&) = delete;
    ScratchLibrary& operator=(const ScratchLibrary&) = delete;

    /// gevinst ARGUMENTS, with --db on the scratch library unless `withDb` is false.
    GevinstRun run(const std::string& arguments, bool withDb = true)
    {
        return runGevinst(arguments + (withDb ? " --db '" + (m_dir / "lib.sqlite").string() + "'" : std::string()), m_dir,
                          "run" + std::to_string(++m_runs));
    }
    std::filesystem::path path(const std::string& name) const { return m_dir / name; }

private:
    std::filesystem::path m_dir;
    int m_runs = 0;
};

} // namespace gevinst::test
