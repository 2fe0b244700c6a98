#include "LibraryTypes.h"
#include "StoreResult.h"

namespace gevinst::store {

QString unitLevelName(UnitLevel level)
{
    switch (level) {
    case UnitLevel::County: return QStringLiteral("fylke");
    case UnitLevel::Kommune: return QStringLiteral("kommune");
    case UnitLevel::Bydel: return QStringLiteral("bydel");
    }
    return {};
}

int ageBandOfAge(int age)
{
    if (age < 20)
        return 0;
    if (age < 67)
        return 1;
    if (age < 80)
        return 2;
    return 3;
}

QString StoreError::text() const
{
    QString where = file;
    if (line > 0)
        where += (where.isEmpty() ? QStringLiteral("line %1") : QStringLiteral(":%1")).arg(line);
    QString out = where;
    if (!field.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(": ")) + field;
    if (!message.isEmpty())
        out += (out.isEmpty() ? QString() : QStringLiteral(": ")) + message;
    return out;
}

} // namespace gevinst::store
