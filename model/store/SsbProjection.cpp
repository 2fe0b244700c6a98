#include "SsbProjection.h"

#include "LibraryDatabase.h"
#include "LibrarySql.h"
#include "SsbImporter.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>

namespace gevinst::store {

const AgeBandPopulation* SsbProjection::year(int y) const
{
    const auto it = std::find_if(years.begin(), years.end(), [y](const AgeBandPopulation& p) { return p.year == y; });
    return it == years.end() ? nullptr : &*it;
}

bool isSsbAlternative(const QString& alternative)
{
    return std::any_of(std::begin(kSsbAlternatives), std::end(kSsbAlternatives),
                       [&](const char* a) { return alternative == QLatin1String(a); });
}

StoreResult<void> SsbProjectionStore::save(const LibraryDatabase& database, const SsbProjection& projection)
{
    if (!isSsbAlternative(projection.alternative))
        return StoreError{StoreError::Kind::InvalidInput,
                          QCoreApplication::translate("gevinst::store::StoreError", "alternativet «%1» er ikke et av MMMM, LLML, HHMH").arg(projection.alternative), {}, 0,
                          QStringLiteral("alternative")};
    if (projection.years.empty())
        return StoreError{StoreError::Kind::InvalidInput, QCoreApplication::translate("gevinst::store::StoreError", "framskrivingen har ingen år"), {}, 0, QStringLiteral("years")};
    WriteTransaction transaction(database);
    if (auto r = transaction.begin(); !r)
        return r;
    auto exists = database.prepare(sql::kUnitExists);
    if (!exists)
        return exists.error();
    exists->bindValue(QStringLiteral(":id"), projection.unitId);
    if (auto r = database.exec(*exists); !r)
        return r;
    if (!exists->next() || exists->value(0).toInt() == 0)
        return StoreError{StoreError::Kind::NotFound, QCoreApplication::translate("gevinst::store::StoreError", "enheten %1 finnes ikke i biblioteket").arg(projection.unitId), {}, 0,
                          QStringLiteral("unit")};
    exists->finish();

    auto remove = database.prepare(sql::kDeleteSsbProjection);
    auto head = database.prepare(sql::kInsertSsbProjection);
    auto row = database.prepare(sql::kInsertSsbProjectionYear);
    if (!remove)
        return remove.error();
    if (!head)
        return head.error();
    if (!row)
        return row.error();
    remove->bindValue(QStringLiteral(":unit"), projection.unitId);
    remove->bindValue(QStringLiteral(":alternative"), projection.alternative);
    if (auto r = database.exec(*remove); !r)
        return r;
    head->bindValue(QStringLiteral(":unit"), projection.unitId);
    head->bindValue(QStringLiteral(":alternative"), projection.alternative);
    head->bindValue(QStringLiteral(":table_id"), projection.tableId);
    head->bindValue(QStringLiteral(":fetched_at"), projection.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    head->bindValue(QStringLiteral(":source"), projection.source);
    if (auto r = database.exec(*head); !r)
        return r;
    for (const AgeBandPopulation& p : projection.years) {
        if (p.unitId != projection.unitId)
            return StoreError{StoreError::Kind::InvalidInput,
                              QCoreApplication::translate("gevinst::store::StoreError", "året %1 hører til enheten %2, ikke %3").arg(p.year).arg(p.unitId, projection.unitId), {}, 0,
                              QStringLiteral("years")};
        row->bindValue(QStringLiteral(":unit"), projection.unitId);
        row->bindValue(QStringLiteral(":alternative"), projection.alternative);
        row->bindValue(QStringLiteral(":year"), p.year);
        for (int b = 0; b < 4; ++b)
            row->bindValue(QStringLiteral(":p%1").arg(b), p.persons[std::size_t(b)]);
        if (auto r = database.exec(*row); !r)
            return r;
    }
    return transaction.commit();
}

StoreResult<std::vector<SsbProjection>> SsbProjectionStore::load(const LibraryDatabase& database, const QString& unitId)
{
    auto heads = database.prepare(sql::kSelectSsbProjections);
    if (!heads)
        return heads.error();
    heads->bindValue(QStringLiteral(":unit"), unitId);
    if (auto r = database.exec(*heads); !r)
        return r.error();
    std::vector<SsbProjection> out;
    while (heads->next()) {
        SsbProjection p;
        p.unitId = heads->value(0).toString();
        p.alternative = heads->value(1).toString();
        p.tableId = heads->value(2).toString();
        p.fetchedAt = QDateTime::fromString(heads->value(3).toString(), Qt::ISODateWithMs);
        p.source = heads->value(4).toString();
        out.push_back(std::move(p));
    }
    heads->finish();
    auto rows = database.prepare(sql::kSelectSsbProjectionYears);
    if (!rows)
        return rows.error();
    for (SsbProjection& p : out) {
        rows->bindValue(QStringLiteral(":unit"), p.unitId);
        rows->bindValue(QStringLiteral(":alternative"), p.alternative);
        if (auto r = database.exec(*rows); !r)
            return r.error();
        while (rows->next()) {
            AgeBandPopulation y;
            y.unitId = p.unitId;
            y.year = rows->value(0).toInt();
            for (int b = 0; b < 4; ++b)
                y.persons[std::size_t(b)] = rows->value(1 + b).toLongLong();
            y.source = p.source;
            p.years.push_back(y);
        }
        rows->finish();
    }
    return out;
}

StoreResult<SsbProjection> SsbProjectionStore::fromTable(const PopulationTable& table, const QString& unitId, const QString& alternative,
                                                         const QString& tableId, const QDateTime& fetchedAt, const QString& source)
{
    SsbProjection p;
    p.unitId = unitId;
    p.alternative = alternative;
    p.tableId = tableId;
    p.fetchedAt = fetchedAt;
    p.source = source;
    for (const AgeBandPopulation& r : table.records)
        if (r.unitId == unitId) {
            AgeBandPopulation y = r;
            y.source = source;
            p.years.push_back(y);
        }
    std::sort(p.years.begin(), p.years.end(), [](const AgeBandPopulation& a, const AgeBandPopulation& b) { return a.year < b.year; });
    if (p.years.empty())
        return StoreError{StoreError::Kind::InvalidInput, QCoreApplication::translate("gevinst::store::StoreError", "svaret har ingen tall for enheten %1").arg(unitId),
                          table.sourceFile, 0, QStringLiteral("Region")};
    return p;
}

} // namespace gevinst::store
