#pragma once
// Helpers for the store tests: a QCoreApplication for Qt Sql, temporary folders,
// seeded libraries and file reading.

#include "ScenarioLibrary.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace gevinst::test {

/// Makes sure a QCoreApplication exists (Qt Sql's driver plugins need one).
void ensureApplication();
/// The project's source folder (shipped scenarios and resources/data live there).
QString projectDir();
/// tests/store/data.
QString storeDataDir();
/// The bytes of a file; fails the test when it cannot be read.
QByteArray readBytes(const QString& path);
/// Opens (creating and seeding from the source tree) the library at `path`; fails the test on error.
std::unique_ptr<store::ScenarioLibrary> openSeeded(const QString& path);
/// A shipped scenario's text (scenarios/<name>).
QByteArray shippedScenario(const QString& name);

} // namespace gevinst::test

/// REQUIRE(result.ok()), showing the StoreError's text when it fails.
#define REQUIRE_OK(result)                                                                      \
    do {                                                                                        \
        const auto& requireOkResult = (result);                                                 \
        INFO((requireOkResult.ok() ? QString() : requireOkResult.error().text()).toStdString()); \
        REQUIRE(requireOkResult.ok());                                                          \
    } while (false)
