#pragma once
// Checks shared by the SSB import fuzz targets: an import either gives figures that
// make sense (every unit and year present, no negative count) or one error that
// says what is wrong; anything else aborts the fuzz run.

#include "SsbImporter.h"

#include <cstdio>
#include <cstdlib>

namespace gevinst::fuzz {

[[noreturn]] inline void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz ssb: %s (%s)\n", what, qPrintable(detail));
    std::abort();
}

inline void checkError(const store::StoreError& error)
{
    if (error.message.isEmpty())
        fail("error without a message", error.text());
    if (error.line < 0)
        fail("negative line", error.text());
}

inline void checkTable(const store::StoreResult<store::PopulationTable>& table)
{
    if (!table.ok())
        return checkError(table.error());
    if (table->records.empty())
        fail("accepted without figures", table->sourceFile);
    for (const auto& record : table->records) {
        if (record.unitId.isEmpty())
            fail("record without a unit", table->sourceFile);
        for (qint64 persons : record.persons)
            if (persons < 0)
                fail("negative persons", record.unitId);
    }
}

template <class T>
void checkUnits(const store::StoreResult<T>& units)
{
    if (!units.ok())
        return checkError(units.error());
    for (const auto& unit : *units)
        if (unit.id.isEmpty())
            fail("unit without an id", unit.name);
}

} // namespace gevinst::fuzz
