// The benefits plans in the library (issue 13, items 1–3 and 7): approval with history,
// targets fixed from the approved version's computed values, actuals all or nothing,
// a scenario with a plan kept out of the trash, saving on a stale base refused, and the
// migration of a schema-2 library. The library cases run on SQLite and on the PostgreSQL
// test server (LibraryBackends.h).

#include "PlanLibrary.h"
#include "ScenarioLibrary.h"
#include "LibraryBackends.h"
#include "StoreTestSupport.h"

#include "Engine.h"
#include "FigureCatalogue.h"
#include "PlanEvaluation.h"
#include "ScenarioReader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace gevinst;
using namespace gevinst::store;
using gevinst::test::openSeeded;
using gevinst::test::shippedScenario;

namespace {

Result computed(const QByteArray& json)
{
    auto outcome = ScenarioReader::fromText(std::string_view(json.constData(), std::size_t(json.size())));
    REQUIRE(outcome.ok());
    return Engine::compute(*outcome.scenario);
}

/// A scenario with fewer hires on social assistance (the savings change, the targets must not).
QByteArray changed(const QByteArray& base)
{
    auto doc = nlohmann::ordered_json::parse(base.constData());
    doc["name"] = "Endret etter vedtak";
    doc["recruitment"]["social_assistance"]["share_of_hires_on_assistance"] = 0.25;
    return QByteArray::fromStdString(doc.dump(2));
}

plan::BenefitInput benefitInput(const char* figure, const char* owner)
{
    plan::BenefitInput in;
    in.figure = QString::fromLatin1(figure);
    in.ownerName = QString::fromUtf8(owner);
    in.ownerPosition = QStringLiteral("Enhetsleder");
    in.benefitClass = plan::BenefitClass::Budget;
    return in;
}

plan::ActualInput actualRow(const char* key, const char* period, double value, int line)
{
    plan::ActualInput a;
    a.benefitKey = QString::fromLatin1(key);
    a.period = *plan::Period::parse(QString::fromLatin1(period));
    a.value = value;
    a.line = line;
    return a;
}

} // namespace

LIBRARY_TEST_CASE("Approve, add benefits: model targets are the approved version's computed values", "[plan][store]")
{
    auto lib = backend.openSeeded("plan.sqlite");
    const QByteArray v1 = shippedScenario("nordre-follo-hjemmetjenester.json");
    auto created = lib->create(v1, QStringLiteral("første"));
    REQUIRE_OK(created);
    const qint64 id = created->scenarioId;
    PlanLibrary plans(*lib);

    // No plan yet: benefits are refused with the reason.
    auto early = plans.addBenefit(id, benefitInput("freed_fte", "Kari"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().field == QStringLiteral("plan"));

    auto approved = plans.approve(id, std::nullopt, QStringLiteral("PS 12/26"));
    REQUIRE_OK(approved);
    CHECK(approved->version == 1);
    CHECK(approved->approvedBy == backend.expectedUser());
    CHECK_FALSE(approved->approvedBy.isEmpty());
    CHECK(approved->thresholds.green == Approx(0.9).epsilon(1e-12));

    auto money = plans.addBenefit(id, benefitInput("social_assistance_savings_nok", "Kari Nordmann"));
    REQUIRE_OK(money);
    CHECK(money->key == QStringLiteral("social_assistance_savings_nok"));
    CHECK(money->kind == plan::FigureKind::Flow);
    CHECK(money->name == QStringLiteral("Spart sosialhjelp"));
    const Result r1 = computed(v1);
    REQUIRE(money->targets.size() == r1.years.size());
    for (std::size_t i = 0; i < r1.years.size(); ++i)
        CHECK(money->targets.at(r1.years[i]) == Approx(r1[SeriesId::SocialAssistanceSavingsNok][Eigen::Index(i)]).epsilon(1e-12));

    auto level = plans.addBenefit(id, benefitInput("freed_fte", "Ola"));
    REQUIRE_OK(level);
    CHECK(level->kind == plan::FigureKind::Level);
    auto again = plans.addBenefit(id, benefitInput("freed_fte", "Per"));
    REQUIRE_OK(again);
    CHECK(again->key == QStringLiteral("freed_fte-2"));

    // Custom indicators need a name and targets; model figures refuse targets.
    auto custom = benefitInput("custom:sykefravaer", "Kari");
    auto refused = plans.addBenefit(id, custom);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("name"));
    custom.name = QStringLiteral("Sykefravær");
    custom.unit = QStringLiteral("%");
    refused = plans.addBenefit(id, custom);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("target"));
    custom.customTargets = {{2026, 8.5}, {2027, 7.5}};
    auto sick = plans.addBenefit(id, custom);
    REQUIRE_OK(sick);
    CHECK(sick->key == QStringLiteral("sykefravaer"));
    CHECK(sick->targets.at(2027) == Approx(7.5).epsilon(1e-12));
    auto withTargets = benefitInput("freed_fte", "Kari");
    withTargets.customTargets = {{2026, 1}};
    auto noTargets = plans.addBenefit(id, withTargets);
    REQUIRE_FALSE(noTargets.ok());
    CHECK(noTargets.error().field == QStringLiteral("target"));
    auto unknown = plans.addBenefit(id, benefitInput("freed", "Kari"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("figure"));
    auto noRole = plans.addBenefit(id, benefitInput("utilisation.ingen_slik_rolle", "Kari"));
    REQUIRE_FALSE(noRole.ok());
    CHECK(noRole.error().field == QStringLiteral("figure"));
    auto noOwner = plans.addBenefit(id, benefitInput("freed_fte", " "));
    REQUIRE_FALSE(noOwner.ok());
    CHECK(noOwner.error().field == QStringLiteral("owner"));

    // A new version changes the forecast, never the plan's targets.
    const QByteArray v2 = changed(v1);
    auto saved = lib->save(id, v2, QStringLiteral("etter vedtak"));
    REQUIRE_OK(saved);
    auto data = plans.planData(id);
    REQUIRE_OK(data);
    CHECK(data->plan.version == 1);
    for (const auto& b : data->benefits)
        if (b.key == QStringLiteral("social_assistance_savings_nok"))
            CHECK(b.targets == money->targets);
    const Result r2 = computed(v2);
    const auto evaluated = plan::PlanEvaluation::evaluate(*data, &r2);
    REQUIRE(evaluated.front().benefit.key == QStringLiteral("social_assistance_savings_nok"));
    const auto& row2030 = evaluated.front().rows.at(5); // 2025 … 2035, no actuals: 2030
    REQUIRE(row2030.period.year == 2030);
    CHECK(*row2030.planned == Approx(r1[SeriesId::SocialAssistanceSavingsNok][5]).epsilon(1e-12));
    CHECK(*row2030.forecast == Approx(r2[SeriesId::SocialAssistanceSavingsNok][5]).epsilon(1e-12));
    CHECK(*row2030.forecast < *row2030.planned);

    // Approving again keeps the history; model targets come from the new version, custom ones carry over.
    auto second = plans.approve(id, 2, QStringLiteral("PS 40/26"), plan::Thresholds{0.95, 0.8});
    REQUIRE_OK(second);
    auto history = plans.planHistory(id);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 2);
    CHECK_FALSE(history->front().isCurrent());
    CHECK(history->back().isCurrent());
    CHECK(history->back().note == QStringLiteral("PS 40/26"));
    auto after = plans.benefits(id);
    REQUIRE_OK(after);
    REQUIRE(after->size() == 4);
    for (const auto& b : *after)
        if (b.key == QStringLiteral("sykefravaer"))
            CHECK(b.targets.at(2026) == Approx(8.5).epsilon(1e-12));
    auto old = plans.benefits(id, history->front().id);
    REQUIRE_OK(old);
    CHECK(old->front().targets == money->targets);
}

LIBRARY_TEST_CASE("Actuals are stored all or nothing - the bad row's line is named", "[plan][store]")
{
    auto lib = backend.openSeeded("actuals.sqlite");
    auto created = lib->create(shippedScenario("nordre-follo-hjemmetjenester.json"));
    REQUIRE_OK(created);
    const qint64 id = created->scenarioId;
    PlanLibrary plans(*lib);
    REQUIRE_OK(plans.approve(id));
    REQUIRE_OK(plans.addBenefit(id, benefitInput("freed_fte", "Kari")));

    auto bad = plans.recordActuals(id, {actualRow("freed_fte", "2026", 12, 2), actualRow("freed_fte", "2027", 20, 3),
                                        actualRow("frigjort", "2027", 1, 4)});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().line == 4);
    CHECK(bad.error().field == QStringLiteral("gevinst"));
    auto none = plans.actuals(id);
    REQUIRE_OK(none);
    CHECK(none->empty());

    auto twice = plans.recordActuals(id, {actualRow("freed_fte", "2026", 12, 2), actualRow("freed_fte", "2026", 13, 3)});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().line == 3);

    auto good = plans.recordActuals(id, {actualRow("freed_fte", "2026", 12, 2), actualRow("freed_fte", "2027-T1", 20, 3)});
    REQUIRE_OK(good);
    CHECK(*good == 2);
    // Recording the same period again replaces the value, keeping who and when.
    REQUIRE_OK(plans.recordActuals(id, {actualRow("freed_fte", "2026", 14, 0)}));
    auto all = plans.actuals(id);
    REQUIRE_OK(all);
    REQUIRE(all->size() == 2);
    CHECK(all->front().period.text() == QStringLiteral("2026"));
    CHECK(all->front().value == Approx(14).epsilon(1e-12));
    CHECK(all->front().recordedBy == backend.expectedUser());
    CHECK(all->front().recordedAt.isValid());
    REQUIRE_OK(plans.removeActual(id, QStringLiteral("freed_fte"), *plan::Period::parse(QStringLiteral("2027-T1"))));
    CHECK(plans.actuals(id)->size() == 1);
}

LIBRARY_TEST_CASE("A scenario with an approved plan is not trashed or deleted - its versions stay", "[plan][store]")
{
    auto lib = backend.openSeeded("trash.sqlite");
    auto created = lib->create(shippedScenario("roros-hjemmetjenester.json"));
    REQUIRE_OK(created);
    const qint64 id = created->scenarioId;
    PlanLibrary plans(*lib);
    REQUIRE_OK(plans.approve(id, 1, QStringLiteral("vedtak")));
    auto trashed = lib->moveToTrash(id);
    REQUIRE_FALSE(trashed.ok());
    CHECK(trashed.error().kind == StoreError::Kind::Conflict);
    CHECK(trashed.error().field == QStringLiteral("approved_plan"));
    CHECK(trashed.error().message.contains(QStringLiteral("vedtatt gevinstrealiseringsplan")));
    CHECK_FALSE(lib->scenario(id)->trashed);
    // Even SQL that skipped the check could not delete the approved version (foreign key RESTRICT).
    CHECK(lib->versions(id)->size() == 1);
    // New versions (the forecast) are still saved; restoring makes a new version too.
    REQUIRE_OK(lib->save(id, shippedScenario("roros-hjemmetjenester.json")));
    REQUIRE_OK(lib->restore(id, 1));
    CHECK(plans.currentPlan(id)->value().version == 1);
    // A scenario without a plan is trashed and deleted as before.
    auto other = lib->create(shippedScenario("roros-hjemmetjenester.json"));
    REQUIRE_OK(other);
    REQUIRE_OK(lib->moveToTrash(other->scenarioId));
    REQUIRE_OK(lib->deletePermanently(other->scenarioId));
}

LIBRARY_TEST_CASE("Saving on a base that is no longer the newest stores nothing and names who saved", "[plan][store]")
{
    auto lib = backend.openSeeded("base.sqlite");
    const QByteArray doc = shippedScenario("roros-hjemmetjenester.json");
    auto created = lib->create(doc);
    REQUIRE_OK(created);
    const qint64 id = created->scenarioId;
    REQUIRE_OK(lib->saveOnBase(id, doc, 1, QStringLiteral("to")));
    auto stale = lib->saveOnBase(id, doc, 1, QStringLiteral("tre"));
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == StoreError::Kind::Conflict);
    CHECK(stale.error().field == QStringLiteral("base_version"));
    CHECK(stale.error().message.contains(backend.expectedUser()));
    CHECK(stale.error().message.contains(QStringLiteral("versjon 2")));
    auto versions = lib->versions(id);
    REQUIRE(versions->size() == 2);
    CHECK(versions->back().savedBy == backend.expectedUser());
}

TEST_CASE("A schema-2 library migrates to the current schema with its scenarios, and takes plans", "[plan][store][migration]")
{
    gevinst::test::ensureApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath("library-v2.sqlite");
    REQUIRE(QFile::copy(QStringLiteral(GEVINST_PLAN_TEST_DATA "/library-v2.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    OpenOptions options;
    options.seed = false;
    auto opened = ScenarioLibrary::open(path, options);
    REQUIRE_OK(opened);
    auto& lib = *opened;
    CHECK(lib->status()->schemaVersion == 4); // 2→3 SSB projection, 3→4 plans
    CHECK(ScenarioLibrary::currentSchemaVersion() == 4);
    CHECK(QFile::exists(path + QStringLiteral(".v2.bak")));
    auto versions = lib->versions(1);
    REQUIRE_OK(versions);
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(1).note == QStringLiteral("rente 3,5 %"));
    CHECK(versions->at(1).savedBy.isEmpty());
    CHECK(lib->scenario(2)->trashed);
    CHECK(lib->unit(QStringLiteral("5025"))->alternativeName == QStringLiteral("Plassje"));

    PlanLibrary plans(*lib);
    auto approved = plans.approve(1, 1, QStringLiteral("migrert"));
    REQUIRE_OK(approved);
    REQUIRE_OK(plans.addBenefit(1, benefitInput("budget_effect_nok", "Kari")));
    CHECK_FALSE(lib->moveToTrash(1).ok());
    // The trashed scenario without a plan can still be deleted.
    REQUIRE_OK(lib->deletePermanently(2));
    lib.reset();
    // Opened again: no second migration, the plan is there.
    auto reopened = ScenarioLibrary::open(path, options);
    REQUIRE_OK(reopened);
    PlanLibrary again(**reopened);
    auto data = again.planData(1);
    REQUIRE_OK(data);
    CHECK(data->plan.note == QStringLiteral("migrert"));
    CHECK(data->benefits.size() == 1);
}

TEST_CASE("The figure catalogue offers the result's series and utilisation, with kinds and units", "[plan]")
{
    const Result r = computed(shippedScenario("nordre-follo-hjemmetjenester.json"));
    const auto figures = plan::FigureCatalogue::available(r);
    auto find = [&](const char* id) -> const plan::FigureInfo* {
        for (const auto& f : figures)
            if (f.id == QLatin1String(id))
                return &f;
        return nullptr;
    };
    REQUIRE(find("freed_fte"));
    CHECK(find("freed_fte")->kind == plan::FigureKind::Level);
    CHECK(find("freed_fte")->unit == QStringLiteral("årsverk"));
    REQUIRE(find("budget_effect_nok"));
    CHECK(find("budget_effect_nok")->kind == plan::FigureKind::Flow);
    CHECK(find("hires")->kind == plan::FigureKind::Flow);
    CHECK(find("cumulative_budget_effect_nok")->kind == plan::FigureKind::Level);
    REQUIRE(find("ledger.kommune_sosial"));
    CHECK(find("ledger.kommune_sosial")->kind == plan::FigureKind::Flow);
    bool utilisation = false;
    for (const auto& f : figures)
        utilisation = utilisation || (f.id.startsWith(QStringLiteral("utilisation.")) && f.kind == plan::FigureKind::Level);
    CHECK(utilisation);
    CHECK(plan::FigureCatalogue::isCustom(QStringLiteral("custom:sykefravaer")));
    CHECK_FALSE(plan::FigureCatalogue::isCustom(QStringLiteral("custom:Sykefravær")));
    CHECK(plan::FigureCatalogue::yearly(r, QStringLiteral("freed_fte")).size() == r.years.size());
}
