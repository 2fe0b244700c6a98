#include "CliArgs.h"
#include "CliText.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace gevinst::cli {

CliError::CliError(int code, const QString& message) : CliError(code, CliText::text(message)) {}

std::optional<std::string> CliArgs::option(const std::string& name, const std::string& alias)
{
    std::optional<std::string> value;
    for (std::size_t i = 0; i < m_args.size();) {
        const std::string& a = m_args[i];
        const bool matches = a == name || (!alias.empty() && a == alias);
        if (matches) {
            if (i + 1 >= m_args.size())
                throw CliError(ExitInvalidInput, CliText::tr("%1 trenger en verdi").arg(CliText::q(a)));
            value = m_args[i + 1];
            m_args.erase(m_args.begin() + i, m_args.begin() + i + 2);
            continue;
        }
        if (a.rfind(name + "=", 0) == 0) {
            value = a.substr(name.size() + 1);
            m_args.erase(m_args.begin() + i);
            continue;
        }
        ++i;
    }
    return value;
}

std::vector<std::string> CliArgs::options(const std::string& name)
{
    std::vector<std::string> values;
    for (std::size_t i = 0; i < m_args.size();) {
        if (m_args[i] == name) {
            if (i + 1 >= m_args.size())
                throw CliError(ExitInvalidInput, CliText::tr("%1 trenger en verdi").arg(CliText::q(name)));
            values.push_back(m_args[i + 1]);
            m_args.erase(m_args.begin() + i, m_args.begin() + i + 2);
            continue;
        }
        ++i;
    }
    return values;
}

bool CliArgs::flag(const std::string& name, const std::string& alias)
{
    bool found = false;
    for (std::size_t i = 0; i < m_args.size();) {
        if (m_args[i] == name || (!alias.empty() && m_args[i] == alias)) {
            found = true;
            m_args.erase(m_args.begin() + i);
            continue;
        }
        ++i;
    }
    return found;
}

std::optional<double> CliArgs::numberOption(const std::string& name)
{
    const auto text = option(name);
    if (!text)
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const double v = std::strtod(text->c_str(), &end);
    if (text->empty() || *end != '\0' || errno == ERANGE || !std::isfinite(v))
        throw CliError(ExitInvalidInput, CliText::tr("%1: «%2» er ikke et tall").arg(CliText::q(name), CliText::q(*text)));
    return v;
}

std::vector<std::string> CliArgs::positionals()
{
    for (const auto& a : m_args)
        if (a.size() > 1 && a[0] == '-' && a != "-")
            throw CliError(ExitInvalidInput, CliText::tr("ukjent valg %1 (se gevinst --help)").arg(CliText::q(a)));
    return m_args;
}

} // namespace gevinst::cli
