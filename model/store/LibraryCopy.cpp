// `gevinst db copy`: a whole library from one place to another (SQLite ↔ PostgreSQL), in
// one transaction on the target, keeping every key so that plans, benefits and actuals
// keep pointing at the same scenarios and versions.

#include "CopySql.h"
#include "LibraryLocation.h"
#include "LibrarySchema.h"
#include "LibrarySql.h"
#include "ScenarioLibraryImpl.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QVariant>

namespace gevinst::store {

namespace {

/// Reads the source as one consistent snapshot; ends the read transaction when done.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const LibraryDatabase& database) : m_database(database) {}
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_database.execOne(sql::kRollback);
    }
    StoreResult<void> begin()
    {
        auto r = m_database.execOne(m_database.isPostgres() ? sql::kBeginSnapshotPostgres : sql::kBeginSnapshotSqlite);
        m_open = r.ok();
        return r;
    }

private:
    const LibraryDatabase& m_database;
    bool m_open = false;
};

/// Every row of `select` on `from`, written with `insert` on `to` (columns bound as :c0 … or by `names`).
StoreResult<int> copyRows(const LibraryDatabase& from, const LibraryDatabase& to, const char* select, const char* insert,
                          const std::vector<QString>& names)
{
    auto read = from.prepare(select);
    if (!read)
        return read.error();
    if (auto r = from.exec(*read); !r)
        return r.error();
    auto write = to.prepare(insert);
    if (!write)
        return write.error();
    int rows = 0;
    while (read->next()) {
        for (std::size_t c = 0; c < names.size(); ++c)
            write->bindValue(names[c], read->value(int(c)));
        if (auto r = to.exec(*write); !r) {
            StoreError e = r.error();
            e.message = QStringLiteral("copying row %1 of %2: %3").arg(rows + 1).arg(QString::fromUtf8(select).section(QLatin1Char(' '), -3, -3), e.message);
            return e;
        }
        ++rows;
    }
    return rows;
}

std::vector<QString> numbered(int columns)
{
    std::vector<QString> names;
    for (int c = 0; c < columns; ++c)
        names.push_back(QStringLiteral(":c%1").arg(c));
    return names;
}

std::vector<QString> named(std::initializer_list<const char*> list)
{
    std::vector<QString> names;
    for (const char* n : list)
        names.push_back(QString::fromUtf8(n));
    return names;
}

} // namespace

StoreResult<CopySummary> ScenarioLibrary::copyFrom(const ScenarioLibrary& source)
{
    const LibraryDatabase& from = *source.m_impl;
    const LibraryDatabase& to = *m_impl;
    if (&from == &to)
        return StoreError{StoreError::Kind::InvalidInput, QCoreApplication::translate("gevinst::store::StoreError", "et bibliotek kan ikke kopieres inn i seg selv"), to.path(), 0,
                          QStringLiteral("to")};
    ReadSnapshot snapshot(from);
    if (auto r = snapshot.begin(); !r)
        return r.error();
    WriteTransaction transaction(to);
    if (auto r = transaction.begin(); !r)
        return r.error();

    auto existing = to.prepare(sql::kCountAllScenarios);
    if (!existing)
        return existing.error();
    if (auto r = to.exec(*existing); !r)
        return r.error();
    const int already = existing->next() ? existing->value(0).toInt() : 0;
    existing->finish();
    if (already > 0)
        return StoreError{StoreError::Kind::Conflict,
                          QStringLiteral("the target library already holds %1 scenarios (the trash counted); copy into a new file or "
                                         "an empty database – nothing was copied")
                              .arg(already),
                          to.path(), 0, QStringLiteral("to")};

    CopySummary summary;
    // Units and population are merged into what the target has (a target made by db init has the shipped ones).
    auto units = copyRows(from, to, sql::kCopySelectUnits, sql::kInsertUnit,
                          named({":id", ":name", ":alt_name", ":level", ":parent_id", ":county_id"}));
    if (!units)
        return units.error();
    summary.units = *units;
    auto population = copyRows(from, to, sql::kCopySelectPopulation, sql::kInsertPopulation,
                               named({":unit", ":year", ":p0", ":p1", ":p2", ":p3", ":source"}));
    if (!population)
        return population.error();
    summary.populationRows = *population;

    // SSB's projections replace the target's of the same unit × alternative.
    {
        auto read = from.prepare(sql::kCopySelectSsbProjections);
        if (!read)
            return read.error();
        if (auto r = from.exec(*read); !r)
            return r.error();
        auto remove = to.prepare(sql::kDeleteSsbProjection);
        if (!remove)
            return remove.error();
        auto insert = to.prepare(sql::kInsertSsbProjection);
        if (!insert)
            return insert.error();
        while (read->next()) {
            remove->bindValue(QStringLiteral(":unit"), read->value(0));
            remove->bindValue(QStringLiteral(":alternative"), read->value(1));
            if (auto r = to.exec(*remove); !r)
                return r.error();
            const char* names[] = {":unit", ":alternative", ":table_id", ":fetched_at", ":source"};
            for (int c = 0; c < 5; ++c)
                insert->bindValue(QString::fromUtf8(names[c]), read->value(c));
            if (auto r = to.exec(*insert); !r)
                return r.error();
            ++summary.ssbProjections;
        }
    }
    if (auto years = copyRows(from, to, sql::kCopySelectSsbProjectionYears, sql::kInsertSsbProjectionYear,
                              named({":unit", ":alternative", ":year", ":p0", ":p1", ":p2", ":p3"}));
        !years)
        return years.error();

    int* counts[] = {&summary.scenarios, &summary.versions, &summary.plans, &summary.benefits, &summary.targets, &summary.actuals};
    int index = 0;
    for (const sql::CopyTable& table : sql::kCopyTables) {
        auto rows = copyRows(from, to, table.select, table.insert, numbered(table.columns));
        if (!rows)
            return rows.error();
        *counts[index++] = *rows;
    }
    // Rows came with their own keys: the server's key counters must continue after them.
    if (to.isPostgres())
        if (auto r = to.execAll(sql::kResyncIdentityPostgres); !r)
            return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return summary;
}

StoreResult<CopySummary> ScenarioLibrary::copy(const QString& fromText, const QString& toText, const OpenOptions& options)
{
    if (fromText == toText)
        return StoreError{StoreError::Kind::InvalidInput, QCoreApplication::translate("gevinst::store::StoreError", "--from og --to er det samme biblioteket"), toText, 0,
                          QStringLiteral("to")};
    // The source: upgraded if older and writable, else read as it is.
    auto source = open(fromText, [&] {
        OpenOptions o = options;
        o.createIfMissing = false;
        return o;
    }());
    if (!source && (source.error().kind == StoreError::Kind::ReadOnly || source.error().kind == StoreError::Kind::Io)) {
        OpenOptions o = options;
        o.readOnly = true;
        source = open(fromText, o);
    }
    if (!source) {
        StoreError e = source.error();
        e.field = QStringLiteral("from");
        return e;
    }

    auto location = LibraryLocation::parse(toText);
    if (!location) {
        StoreError e = location.error();
        e.field = QStringLiteral("to");
        return e;
    }
    OpenOptions targetOptions = options;
    targetOptions.readOnly = false;
    if (!location->isServer()) {
        const QString path = QFileInfo(toText).absoluteFilePath();
        const bool existed = QFileInfo::exists(path);
        targetOptions.seed = false; // a new file gets the source's units and scenarios, not the shipped ones
        targetOptions.createIfMissing = true;
        StoreResult<CopySummary> result = CopySummary{};
        {
            auto target = open(path, targetOptions);
            if (!target)
                return target.error();
            result = (*target)->copyFrom(**source);
        }
        if (!result && !existed)
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        return result;
    }

    auto connected = connectServerLibrary(*location, targetOptions);
    if (!connected)
        return connected.error();
    ScenarioLibrary& target = **connected;
    auto empty = LibrarySchema::serverDatabaseIsEmpty(*target.m_impl);
    if (!empty)
        return empty.error();
    if (!*empty) {
        if (auto r = LibrarySchema::checkAndMigrate(*target.m_impl); !r)
            return r.error();
        return target.copyFrom(**source);
    }
    // An empty database: its schema and the copy in one transaction.
    WriteTransaction transaction(*target.m_impl);
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = LibrarySchema::initialize(*target.m_impl); !r)
        return r.error();
    auto summary = target.copyFrom(**source);
    if (!summary)
        return summary;
    if (auto r = transaction.commit(); !r)
        return r.error();
    return summary;
}

} // namespace gevinst::store
