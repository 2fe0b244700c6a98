#include "SqlDialect.h"

#include <QRegularExpression>

#include <array>

namespace gevinst::store::sql {

namespace {

/// Each rule's SQLite text as a whole-word pattern, compiled once.
const std::array<QRegularExpression, std::size(kPostgresRules)>& rulePatterns()
{
    static const auto patterns = [] {
        std::array<QRegularExpression, std::size(kPostgresRules)> out;
        for (std::size_t i = 0; i < std::size(kPostgresRules); ++i) {
            const QString text = QString::fromUtf8(kPostgresRules[i].sqlite);
            const QString escaped = QRegularExpression::escape(text);
            // Word boundaries only where the phrase begins or ends with a word character.
            const QString pattern = (text.front().isLetterOrNumber() ? QStringLiteral("\\b") : QString()) + escaped +
                                    (text.back().isLetterOrNumber() ? QStringLiteral("\\b") : QString());
            out[i] = QRegularExpression(pattern);
        }
        return out;
    }();
    return patterns;
}

} // namespace

QString toPostgres(const char* sqliteText)
{
    QString text = QString::fromUtf8(sqliteText);
    const auto& patterns = rulePatterns();
    for (std::size_t i = 0; i < std::size(kPostgresRules); ++i)
        text.replace(patterns[i], QString::fromUtf8(kPostgresRules[i].postgres));
    return text;
}

} // namespace gevinst::store::sql
