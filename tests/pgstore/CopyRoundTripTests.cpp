// Moving a library between a file and a server (issue 14, item 3 and «Done when»):
// `gevinst db copy` SQLite → PostgreSQL → SQLite keeps every unit, population figure,
// SSB projection, scenario (with its id), version (document, note, saved_by, saved_at),
// plan, benefit, target and actual exactly, and `db export` gives the same bytes from all
// three. A target that already holds scenarios is refused and left as it was; after the
// copy the server hands out new ids above the copied ones.

#include "LibrarySnapshot.h"
#include "PgCliSupport.h"
#include "PgTestServer.h"
#include "StoreTestSupport.h"

#include "PlanLibrary.h"
#include "ScenarioLibrary.h"
#include "SsbImporter.h"
#include "SsbProjection.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

using namespace gevinst;
using namespace gevinst::store;
using namespace gevinst::test;

namespace {

SsbProjection bergenProjection(const QString& alternative, qint64 old2040)
{
    SsbProjection p;
    p.unitId = QStringLiteral("4601");
    p.alternative = alternative;
    p.tableId = QStringLiteral("14288");
    p.fetchedAt = QDateTime::fromString(QStringLiteral("2026-11-30T12:00:00.123Z"), Qt::ISODateWithMs);
    p.source = QStringLiteral("SSB tabell 14288, alternativ %1 (Kilde: Statistisk sentralbyrå)").arg(alternative);
    for (int year : {2024, 2030, 2040}) {
        AgeBandPopulation y;
        y.unitId = p.unitId;
        y.year = year;
        y.persons = {60000, 190000, 30000 + year, year == 2040 ? old2040 : 13000};
        p.years.push_back(y);
    }
    return p;
}

plan::BenefitInput benefit(const char* figure, const char* owner)
{
    plan::BenefitInput in;
    in.figure = QString::fromLatin1(figure);
    in.ownerName = QString::fromUtf8(owner);
    in.ownerPosition = QStringLiteral("Enhetsleder «Øst»");
    in.benefitClass = plan::BenefitClass::Budget;
    return in;
}

plan::ActualInput actual(const char* key, const char* period, double value, const char* comment = "")
{
    plan::ActualInput a;
    a.benefitKey = QString::fromLatin1(key);
    a.period = *plan::Period::parse(QString::fromLatin1(period));
    a.value = value;
    a.source = QStringLiteral("Lønnssystemet");
    a.comment = QString::fromUtf8(comment);
    return a;
}

QByteArray edited(const QByteArray& json, const char* name, double rate)
{
    auto doc = nlohmann::ordered_json::parse(json.constData());
    doc["name"] = name;
    doc["discount_rate"] = rate;
    return QByteArray::fromStdString(doc.dump(2));
}

/// A file library with a bit of everything: extra population years, SSB projections,
/// scenarios with several versions, a rename, a copy, the trash, two approvals with
/// benefits (model figures and a custom indicator), targets and actuals.
void fillLibrary(ScenarioLibrary& lib)
{
    auto table = SsbImporter::readFile(storeDataDir() + QStringLiteral("/ssb-14288-projection.json"));
    REQUIRE_OK(table);
    REQUIRE_OK(lib.importPopulation(*table));
    REQUIRE_OK(lib.saveSsbProjection(bergenProjection(QStringLiteral("MMMM"), 23456)));
    REQUIRE_OK(lib.saveSsbProjection(bergenProjection(QStringLiteral("LLML"), 19876)));

    const QByteArray nf = shippedScenario("nordre-follo-hjemmetjenester.json");
    auto budget = lib.create(nf, QStringLiteral("første utkast – «sitat», 'apostrof' og \\ skråstrek"));
    REQUIRE_OK(budget);
    const qint64 id = budget->scenarioId;
    REQUIRE_OK(lib.save(id, edited(nf, "Budsjett 2027", 0.03), QStringLiteral("lavere rente")));
    REQUIRE_OK(lib.save(id, edited(nf, "Budsjett 2027", 0.035), QString()));
    REQUIRE_OK(lib.rename(id, QStringLiteral("Budsjett 2027 – vedtatt")));
    REQUIRE_OK(lib.duplicate(id, QStringLiteral("Budsjett 2027 – alternativ"), 2));

    auto trashed = lib.create(shippedScenario("roros-hjemmetjenester.json"), QStringLiteral("til papirkurven"));
    REQUIRE_OK(trashed);
    REQUIRE_OK(lib.moveToTrash(trashed->scenarioId));
    auto back = lib.create(shippedScenario("oslo-alna-hjemmetjenester.json"));
    REQUIRE_OK(back);
    REQUIRE_OK(lib.moveToTrash(back->scenarioId));
    REQUIRE_OK(lib.restoreFromTrash(back->scenarioId));
    REQUIRE_OK(lib.createForUnit(QStringLiteral("4601")));

    PlanLibrary plans(lib);
    REQUIRE_OK(plans.approve(id, 1, QStringLiteral("PS 12/26")));
    auto withBaseline = benefit("freed_fte", "Kari Nordmann");
    withBaseline.baselineValue = 12.25;
    withBaseline.baselineDate = QStringLiteral("2026-01-01");
    withBaseline.baselineSource = QStringLiteral("GAT");
    withBaseline.measuredHow = QStringLiteral("Årsverk i turnus");
    withBaseline.measuredBy = QStringLiteral("HR");
    withBaseline.notes = QStringLiteral("Måles per tertial");
    REQUIRE_OK(plans.addBenefit(id, withBaseline));
    REQUIRE_OK(plans.addBenefit(id, benefit("social_assistance_savings_nok", "Ola Nordmann")));
    auto custom = benefit("custom:sykefravaer", "Kari Nordmann");
    custom.name = QStringLiteral("Sykefravær");
    custom.unit = QStringLiteral("%");
    custom.customTargets = {{2026, 8.5}, {2027, 7.25}, {2028, 1.0 / 3.0}};
    REQUIRE_OK(plans.addBenefit(id, custom));
    REQUIRE_OK(plans.recordActuals(id, {actual("freed_fte", "2026-T1", 1.5, "første tertial"), actual("freed_fte", "2026", 4.0 / 3.0),
                                        actual("sykefravaer", "2026", 8.9, "«høyt»")}));
    REQUIRE_OK(plans.approve(id, 3, QStringLiteral("PS 40/26"), plan::Thresholds{0.95, 0.8}));
}

std::unique_ptr<ScenarioLibrary> openLocation(const QString& location)
{
    ensureApplication();
    auto opened = ScenarioLibrary::open(location);
    INFO(location.toStdString() << ": " << (opened ? QString() : opened.error().text()).toStdString());
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

} // namespace

TEST_CASE("db copy SQLite -> PostgreSQL -> SQLite keeps every scenario, version, plan and figure exactly", "[postgresql][copy]")
{
    auto server = PgTestDatabase::create();
    if (!server)
        return;
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    const QString fileA = dir.filePath(QStringLiteral("a.sqlite"));
    const QString fileC = dir.filePath(QStringLiteral("c.sqlite"));
    const QString uriB = server->uri();
    {
        auto a = openSeeded(fileA);
        fillLibrary(*a);
    }

    const GevinstRun there = runGevinstAs({}, "db copy --from " + shellQuoted(fileA) + " --to " + shellQuoted(uriB), scratch, "copy-there");
    INFO(there.err);
    REQUIRE(there.exitCode == 0);
    CHECK(there.out.find("Kopierte til") != std::string::npos);
    const GevinstRun back = runGevinstAs({}, "db copy --from " + shellQuoted(uriB) + " --to " + shellQuoted(fileC), scratch, "copy-back");
    INFO(back.err);
    REQUIRE(back.exitCode == 0);

    nlohmann::json snapA, snapB, snapC;
    std::vector<qint64> ids;
    {
        auto a = openLocation(fileA);
        auto b = openLocation(uriB);
        auto c = openLocation(fileC);
        CHECK(b->isServer());
        snapA = librarySnapshot(*a);
        snapB = librarySnapshot(*b);
        snapC = librarySnapshot(*c);
        for (bool trashed : {false, true}) {
            auto scenarios = a->scenarios({std::nullopt, trashed});
            REQUIRE_OK(scenarios);
            for (const ScenarioInfo& s : *scenarios)
                ids.push_back(s.id);
        }
    }
    REQUIRE(snapA["scenarios"].size() >= 9); // the shipped ones and five of its own
    REQUIRE(snapA["ssb_projections"].size() == 2);
    CHECK(snapA["trashed_count"] == 1);
    CHECK(firstDifference(snapA, snapB).empty());
    INFO("SQLite → PostgreSQL: " << firstDifference(snapA, snapB));
    CHECK(snapA == snapB);
    INFO("PostgreSQL → SQLite: " << firstDifference(snapA, snapC));
    CHECK(snapA == snapC);

    // `db export` of every scenario: the same bytes from the file, the server and the copy back.
    for (qint64 id : ids) {
        const std::string sid = std::to_string(id);
        const GevinstRun fromA = runGevinstAs({}, "db export " + sid + " --db " + shellQuoted(fileA), scratch, "export-a");
        const GevinstRun fromB = runGevinstAs({}, "db export " + sid + " --db " + shellQuoted(uriB), scratch, "export-b");
        const GevinstRun fromC = runGevinstAs({}, "db export " + sid + " --db " + shellQuoted(fileC), scratch, "export-c");
        INFO("scenario " << sid << ": " << fromA.err << fromB.err << fromC.err);
        CHECK(fromA.exitCode == 0);
        CHECK(fromB.exitCode == 0);
        CHECK(fromC.exitCode == 0);
        CHECK_FALSE(fromA.out.empty());
        CHECK(fromB.out == fromA.out);
        CHECK(fromC.out == fromA.out);
    }

    // After the copy the server hands out new ids above the copied ones (its sequences moved on).
    auto b = openLocation(uriB);
    auto fresh = b->create(shippedScenario("bodo-sykehjem.json"));
    REQUIRE_OK(fresh);
    CHECK(fresh->scenarioId > *std::max_element(ids.begin(), ids.end()));
    PlanLibrary plans(*b);
    REQUIRE_OK(plans.approve(fresh->scenarioId));
    REQUIRE_OK(plans.addBenefit(fresh->scenarioId, benefit("freed_fte", "Per")));
    REQUIRE_OK(plans.recordActuals(fresh->scenarioId, {actual("freed_fte", "2026", 1)}));
}

TEST_CASE("db copy refuses a target that holds scenarios and leaves it as it was", "[postgresql][copy]")
{
    auto server = PgTestDatabase::create();
    if (!server)
        return;
    QTemporaryDir dir;
    const std::filesystem::path scratch = dir.path().toStdString();
    const QString file = dir.filePath(QStringLiteral("lib.sqlite"));
    {
        auto lib = openSeeded(file);
        REQUIRE_OK(lib->create(shippedScenario("roros-hjemmetjenester.json"), QStringLiteral("bare i filen")));
    }
    // A server library made with `db init` holds the shipped scenarios.
    const GevinstRun init = runGevinstAs({}, "db init --db " + shellQuoted(server->uri()), scratch, "init");
    INFO(init.err);
    REQUIRE(init.exitCode == 0);
    nlohmann::json before;
    {
        auto b = openLocation(server->uri());
        before = librarySnapshot(*b);
    }
    const GevinstRun refused = runGevinstAs({}, "db copy --from " + shellQuoted(file) + " --to " + shellQuoted(server->uri()), scratch, "copy");
    CHECK(refused.exitCode != 0);
    CHECK_FALSE(refused.err.empty());
    auto b = openLocation(server->uri());
    INFO(firstDifference(before, librarySnapshot(*b)));
    CHECK(librarySnapshot(*b) == before);

    // An existing file is not overwritten either.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto lib = openSeeded(other);
    }
    const QByteArray otherBytes = readBytes(other);
    const GevinstRun toFile = runGevinstAs({}, "db copy --from " + shellQuoted(server->uri()) + " --to " + shellQuoted(other), scratch, "to-file");
    CHECK(toFile.exitCode != 0);
    CHECK(readBytes(other) == otherBytes);
}
