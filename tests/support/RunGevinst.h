#pragma once
// Runs the built gevinst program as a user would, without a display, and collects
// its exit code, standard output and standard error. Shared by the command-line
// tests of every suite.

#include "TestPaths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

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

} // namespace gevinst::test
