#pragma once
// The arguments of one command-line subcommand: options with values (-o FILE),
// flags (--per-capita) and positional arguments, read once and checked for
// anything left over.

#include <QString>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace gevinst::cli {

/// Exit codes of every subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitInvalidInput = 2 };

/// A failure that ends the command with `code` and `message` on stderr.
class CliError : public std::runtime_error {
public:
    CliError(int code, const std::string& message) : std::runtime_error(message), code(code) {}
    CliError(int code, const char* message) : std::runtime_error(message), code(code) {}
    /// A message in the user's language (CliText::tr()).
    CliError(int code, const QString& message);
    int code;
};

class CliArgs {
public:
    explicit CliArgs(std::vector<std::string> args) : m_args(std::move(args)) {}

    /// Takes "--name VALUE" (or "--name=VALUE"); the last one wins.
    std::optional<std::string> option(const std::string& name, const std::string& alias = {});
    /// Takes every "--name VALUE".
    std::vector<std::string> options(const std::string& name);
    /// Takes "--name".
    bool flag(const std::string& name, const std::string& alias = {});
    /// Takes a number option, checking it is one.
    std::optional<double> numberOption(const std::string& name);
    /// What remains; an unknown "--option" left is an error.
    std::vector<std::string> positionals();
    bool empty() const { return m_args.empty(); }

private:
    std::vector<std::string> m_args;
};

} // namespace gevinst::cli
