#include "PlanLibrary.h"

#include "Engine.h"
#include "FigureCatalogue.h"
#include "LibraryDatabase.h"
#include "LibrarySql.h"
#include "ModelErrorText.h"
#include "PlanSql.h"
#include "QueryRows.h"
#include "ScenarioLibrary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <cmath>
#include <pwd.h>
#include <set>
#include <tuple>
#include <unistd.h>

namespace gevinst::store {

using plan::Actual;
using plan::ActualInput;
using plan::Benefit;
using plan::BenefitInput;
using plan::FigureCatalogue;
using plan::PlanRecord;
using plan::Thresholds;

namespace {

StoreError invalid(const QString& message, const QString& field, int line = 0)
{
    return StoreError{StoreError::Kind::InvalidInput, message, {}, line, field};
}

PlanRecord planFromRow(const QSqlQuery& q)
{
    PlanRecord p;
    p.id = q.value(0).toLongLong();
    p.scenarioId = q.value(1).toLongLong();
    p.version = q.value(2).toInt();
    p.approvedBy = q.value(3).toString();
    p.approvedAt = parseTimestamp(q.value(4));
    p.note = q.value(5).toString();
    p.thresholds.green = q.value(6).toDouble();
    p.thresholds.yellow = q.value(7).toDouble();
    if (!q.value(8).isNull())
        p.supersededAt = parseTimestamp(q.value(8));
    return p;
}

Benefit benefitFromRow(const QSqlQuery& q)
{
    Benefit b;
    b.id = q.value(0).toLongLong();
    b.scenarioId = q.value(1).toLongLong();
    b.key = q.value(2).toString();
    b.figure = q.value(3).toString();
    b.name = q.value(4).toString();
    b.unit = q.value(5).toString();
    b.kind = plan::figureKindFromId(q.value(6).toString()).value_or(plan::FigureKind::Level);
    b.ownerName = q.value(7).toString();
    b.ownerPosition = q.value(8).toString();
    b.benefitClass = plan::benefitClassFromId(q.value(9).toString()).value_or(plan::BenefitClass::Time);
    if (!q.value(10).isNull())
        b.baselineValue = q.value(10).toDouble();
    b.baselineDate = q.value(11).toString();
    b.baselineSource = q.value(12).toString();
    b.measuredHow = q.value(13).toString();
    b.measuredBy = q.value(14).toString();
    b.notes = q.value(15).toString();
    b.createdBy = q.value(16).toString();
    b.createdAt = parseTimestamp(q.value(17));
    return b;
}

Actual actualFromRow(const QSqlQuery& q)
{
    return Actual{q.value(0).toString(), plan::Period::parse(q.value(1).toString()).value_or(plan::Period{}), q.value(2).toDouble(),
                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), parseTimestamp(q.value(6))};
}

StoreResult<void> checkThresholds(const Thresholds& t)
{
    if (!(std::isfinite(t.green) && std::isfinite(t.yellow) && t.yellow > 0 && t.yellow <= t.green && t.green <= 10))
        return invalid(QCoreApplication::translate("gevinst::store::StoreError", "tersklene må oppfylle 0 < gul ≤ grønn (andeler, for eksempel grønn 0.9 og gul 0.7), ikke grønn %1 og gul %2")
                           .arg(t.green)
                           .arg(t.yellow),
                       QStringLiteral("thresholds"));
    return {};
}

/// The computed result of one stored version, or why it cannot be computed.
StoreResult<Result> computeVersion(const ScenarioLibrary& library, qint64 scenarioId, int version)
{
    auto stored = library.loadScenario(scenarioId, version);
    if (!stored)
        return stored.error();
    return Engine::compute(stored->scenario);
}

/// Checks the benefit's description (not its figure); shared by add and update.
StoreResult<void> checkDescription(const BenefitInput& input)
{
    if (input.ownerName.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("gevinst::store::StoreError", "hver gevinst må ha en gevinsteier: et navn"), QStringLiteral("owner"));
    if (!input.baselineDate.isEmpty() && !QDate::fromString(input.baselineDate, Qt::ISODate).isValid())
        return invalid(QCoreApplication::translate("gevinst::store::StoreError", "nullpunktdatoen må skrives ÅÅÅÅ-MM-DD, ikke «%1»").arg(input.baselineDate),
                       QStringLiteral("baseline_date"));
    if (input.baselineValue && !std::isfinite(*input.baselineValue))
        return invalid(QCoreApplication::translate("gevinst::store::StoreError", "nullpunktet må være et tall"), QStringLiteral("baseline"));
    for (const auto& [year, value] : input.customTargets)
        if (year < 1900 || year > 2200 || !std::isfinite(value))
            return invalid(QCoreApplication::translate("gevinst::store::StoreError", "et mål skrives ÅR=VERDI med et firesifret år og et tall (år %1)").arg(year),
                           QStringLiteral("target"));
    return {};
}

StoreResult<void> insertTargets(const LibraryDatabase& db, qint64 planId, qint64 benefitId, const std::map<int, double>& targets)
{
    auto target = db.prepare(sql::kInsertTarget);
    if (!target)
        return target.error();
    for (const auto& [year, value] : targets) {
        target->bindValue(QStringLiteral(":plan"), planId);
        target->bindValue(QStringLiteral(":benefit"), benefitId);
        target->bindValue(QStringLiteral(":year"), year);
        target->bindValue(QStringLiteral(":value"), value);
        if (auto r = db.exec(*target); !r)
            return r;
    }
    return {};
}

/// The scenario's approved plan, or `refusal` (invalid input, field "plan") when it has none.
StoreResult<PlanRecord> approvedPlan(const PlanLibrary& plans, qint64 scenarioId, const QString& refusal)
{
    auto current = plans.currentPlan(scenarioId);
    if (!current)
        return current.error();
    if (!*current)
        return invalid(refusal, QStringLiteral("plan"));
    return **current;
}

} // namespace

PlanLibrary::PlanLibrary(ScenarioLibrary& library) : m_library(library) {}

QString PlanLibrary::currentUser()
{
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString v = qEnvironmentVariable(variable); !v.isEmpty())
            return v;
    return QStringLiteral("ukjent");
}

// --- plans ---------------------------------------------------------------------------------

StoreResult<std::optional<PlanRecord>> PlanLibrary::currentPlan(qint64 scenarioId) const
{
    if (auto s = m_library.scenario(scenarioId); !s)
        return s.error();
    return selectFirst(m_library.database(), sql::kSelectCurrentPlan, {{":id", scenarioId}}, planFromRow);
}

StoreResult<std::vector<PlanRecord>> PlanLibrary::planHistory(qint64 scenarioId) const
{
    if (auto s = m_library.scenario(scenarioId); !s)
        return s.error();
    return selectRows(m_library.database(), sql::kSelectPlanHistory, {{":id", scenarioId}}, planFromRow);
}

StoreResult<PlanRecord> PlanLibrary::approve(qint64 scenarioId, std::optional<int> version, const QString& note,
                                             std::optional<Thresholds> thresholds)
{
    const LibraryDatabase& db = m_library.database();
    auto info = m_library.scenario(scenarioId);
    if (!info)
        return info.error();
    if (info->trashed)
        return invalid(QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 ligger i papirkurven; gjenopprett det før du vedtar en versjon").arg(scenarioId),
                       QStringLiteral("id"));
    const int approved = version.value_or(info->latestVersion);
    if (approved < 1 || approved > info->latestVersion)
        return StoreError{StoreError::Kind::NotFound,
                          QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen versjon %2 (versjoner 1–%3)").arg(scenarioId).arg(approved).arg(info->latestVersion),
                          db.path(), 0, QStringLiteral("version")};
    auto result = computeVersion(m_library, scenarioId, approved);
    if (!result)
        return result.error();
    auto previous = currentPlan(scenarioId);
    if (!previous)
        return previous.error();
    const Thresholds limits = thresholds.value_or(*previous ? (*previous)->thresholds : Thresholds{});
    if (auto r = checkThresholds(limits); !r)
        return r.error();
    // The existing benefits, with the previous plan's targets (custom ones are carried over).
    auto existing = benefits(scenarioId, *previous ? std::optional<qint64>((*previous)->id) : std::nullopt);
    if (!existing)
        return existing.error();

    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r.error();
    const QString now = timestampNow();
    if (auto r = execBound(db, sql::kSupersedePlan, {{":now", now}, {":id", scenarioId}}); !r)
        return r.error();
    const QString by = db.userName();
    auto insert = execBound(db, sql::kInsertPlan,
                            {{":id", scenarioId}, {":version", approved}, {":by", by}, {":now", now}, {":note", nonNull(note)},
                             {":green", limits.green}, {":yellow", limits.yellow}});
    if (!insert)
        return insert.error();
    const qint64 planId = insert->lastInsertId().toLongLong();
    for (const Benefit& b : *existing)
        if (auto r = insertTargets(db, planId, b.id, b.isCustom() ? b.targets : FigureCatalogue::yearly(*result, b.figure)); !r)
            return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    PlanRecord record;
    record.id = planId;
    record.scenarioId = scenarioId;
    record.version = approved;
    record.approvedBy = by;
    record.approvedAt = parseTimestamp(now);
    record.note = nonNull(note);
    record.thresholds = limits;
    return record;
}

StoreResult<void> PlanLibrary::setThresholds(qint64 scenarioId, const Thresholds& thresholds)
{
    if (auto r = checkThresholds(thresholds); !r)
        return r;
    const LibraryDatabase& db = m_library.database();
    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r;
    auto current = approvedPlan(*this, scenarioId, QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen vedtatt plan").arg(scenarioId));
    if (!current)
        return current.error();
    if (auto r = execBound(db, sql::kUpdatePlanThresholds,
                           {{":green", thresholds.green}, {":yellow", thresholds.yellow}, {":plan", current->id}});
        !r)
        return r.error();
    return transaction.commit();
}

// --- benefits ------------------------------------------------------------------------------

StoreResult<std::vector<Benefit>> PlanLibrary::benefits(qint64 scenarioId, std::optional<qint64> planId) const
{
    const LibraryDatabase& db = m_library.database();
    if (!planId) {
        auto current = currentPlan(scenarioId);
        if (!current)
            return current.error();
        if (*current)
            planId = (*current)->id;
    }
    auto out = selectRows(db, sql::kSelectBenefits, {{":id", scenarioId}}, benefitFromRow);
    if (!out || !planId)
        return out;
    auto targets = selectRows(db, sql::kSelectTargets, {{":plan", *planId}, {":id", scenarioId}}, [](const QSqlQuery& t) {
        return std::tuple{t.value(0).toLongLong(), t.value(1).toInt(), t.value(2).toDouble()};
    });
    if (!targets)
        return targets.error();
    for (const auto& [benefitId, year, value] : *targets)
        for (auto& b : *out)
            if (b.id == benefitId)
                b.targets[year] = value;
    return out;
}

namespace {

void bindDescription(QSqlQuery& q, const BenefitInput& input, const QString& name, const QString& unit, plan::FigureKind kind)
{
    q.bindValue(QStringLiteral(":name"), nonNull(name));
    q.bindValue(QStringLiteral(":unit"), nonNull(unit));
    q.bindValue(QStringLiteral(":kind"), plan::figureKindId(kind));
    q.bindValue(QStringLiteral(":owner_name"), input.ownerName.trimmed());
    q.bindValue(QStringLiteral(":owner_position"), nonNull(input.ownerPosition.trimmed()));
    q.bindValue(QStringLiteral(":class"), plan::benefitClassId(input.benefitClass));
    q.bindValue(QStringLiteral(":baseline_value"),
                input.baselineValue ? QVariant(*input.baselineValue) : QVariant(QMetaType::fromType<double>()));
    q.bindValue(QStringLiteral(":baseline_date"), nonNull(input.baselineDate));
    q.bindValue(QStringLiteral(":baseline_source"), nonNull(input.baselineSource));
    q.bindValue(QStringLiteral(":measured_how"), nonNull(input.measuredHow));
    q.bindValue(QStringLiteral(":measured_by"), nonNull(input.measuredBy));
    q.bindValue(QStringLiteral(":notes"), nonNull(input.notes));
}

/// The id of the benefit `key` of the scenario, or NotFound naming it.
StoreResult<qint64> benefitIdOf(const LibraryDatabase& db, qint64 scenarioId, const QString& key)
{
    return selectOne(
        db, sql::kSelectBenefit, {{":id", scenarioId}, {":key", key}}, [](const QSqlQuery& q) { return q.value(0).toLongLong(); },
        [&] {
            return StoreError{StoreError::Kind::NotFound,
                              QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen gevinst «%2»").arg(scenarioId).arg(key),
                              db.path(), 0, QStringLiteral("gevinst")};
        });
}

} // namespace

StoreResult<Benefit> PlanLibrary::addBenefit(qint64 scenarioId, const BenefitInput& input)
{
    const LibraryDatabase& db = m_library.database();
    auto current = approvedPlan(*this, scenarioId,
                                QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen vedtatt plan; vedta en versjon først (gevinst plan approve)").arg(scenarioId));
    if (!current)
        return current.error();
    if (auto r = checkDescription(input); !r)
        return r.error();
    const PlanRecord& planRecord = *current;

    std::optional<Result> result;
    if (!FigureCatalogue::isCustom(input.figure) && !input.figure.startsWith(QLatin1String("custom:"))) {
        auto computed = computeVersion(m_library, scenarioId, planRecord.version);
        if (!computed)
            return computed.error();
        result = std::move(computed).value();
    }
    plan::FigureProblem problem;
    const auto info = FigureCatalogue::describe(input.figure, result ? &*result : nullptr, &problem);
    if (!info)
        return invalid(problem.message, QStringLiteral("figure"));
    std::map<int, double> targets;
    QString name = input.name.trimmed();
    QString unit = info->unit;
    plan::FigureKind kind = info->kind;
    QString baseKey;
    if (info->custom) {
        if (name.isEmpty())
            return invalid(QCoreApplication::translate("gevinst::store::StoreError", "en egen indikator må ha et navn"), QStringLiteral("name"));
        if (input.customTargets.empty())
            return invalid(QCoreApplication::translate("gevinst::store::StoreError", "en egen indikator må ha mål per år (ÅR=VERDI,…)"), QStringLiteral("target"));
        targets = input.customTargets;
        unit = input.unit.trimmed();
        kind = input.kind.value_or(plan::FigureKind::Level);
        baseKey = FigureCatalogue::customKey(input.figure);
    } else {
        if (!input.customTargets.empty())
            return invalid(QCoreApplication::translate("gevinst::store::StoreError", "målene for et modelltall er den vedtatte versjonens beregnede verdier; oppgi mål bare for egne indikatorer (custom:<nøkkel>)"),
                           QStringLiteral("target"));
        targets = FigureCatalogue::yearly(*result, input.figure);
        if (name.isEmpty())
            name = info->name;
        baseKey = input.figure;
    }

    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r.error();
    // A unique key: the figure (or custom key), then "-2", "-3", …
    auto exists = db.prepare(sql::kBenefitKeyExists);
    if (!exists)
        return exists.error();
    QString key = baseKey;
    for (int n = 2;; ++n) {
        exists->bindValue(QStringLiteral(":id"), scenarioId);
        exists->bindValue(QStringLiteral(":key"), key);
        if (auto r = db.exec(*exists); !r)
            return r.error();
        const bool taken = exists->next() && exists->value(0).toInt() > 0;
        exists->finish();
        if (!taken)
            break;
        key = baseKey + QStringLiteral("-%1").arg(n);
    }
    auto insert = db.prepare(sql::kInsertBenefit);
    if (!insert)
        return insert.error();
    const QString now = timestampNow();
    insert->bindValue(QStringLiteral(":id"), scenarioId);
    insert->bindValue(QStringLiteral(":key"), key);
    insert->bindValue(QStringLiteral(":figure"), input.figure);
    bindDescription(*insert, input, name, unit, kind);
    insert->bindValue(QStringLiteral(":by"), db.userName());
    insert->bindValue(QStringLiteral(":now"), now);
    if (auto r = db.exec(*insert); !r)
        return r.error();
    const qint64 benefitId = insert->lastInsertId().toLongLong();
    if (auto r = insertTargets(db, planRecord.id, benefitId, targets); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();

    auto all = benefits(scenarioId, planRecord.id);
    if (!all)
        return all.error();
    for (auto& b : *all)
        if (b.id == benefitId)
            return b;
    return StoreError{StoreError::Kind::Database, QStringLiteral("the new benefit was not found after saving"), db.path(), 0, {}};
}

StoreResult<Benefit> PlanLibrary::updateBenefit(qint64 scenarioId, const QString& key, const BenefitInput& input)
{
    const LibraryDatabase& db = m_library.database();
    auto current = approvedPlan(*this, scenarioId, QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen vedtatt plan").arg(scenarioId));
    if (!current)
        return current.error();
    auto all = benefits(scenarioId, current->id);
    if (!all)
        return all.error();
    const Benefit* old = nullptr;
    for (const auto& b : *all)
        if (b.key == key)
            old = &b;
    if (!old)
        return StoreError{StoreError::Kind::NotFound, QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen gevinst «%2»").arg(scenarioId).arg(key),
                          db.path(), 0, QStringLiteral("gevinst")};
    if (!input.figure.isEmpty() && input.figure != old->figure)
        return invalid(QCoreApplication::translate("gevinst::store::StoreError", "tallet en gevinst måles med, kan ikke endres (legg til en ny gevinst i stedet)"), QStringLiteral("figure"));
    if (auto r = checkDescription(input); !r)
        return r.error();
    if (!old->isCustom() && !input.customTargets.empty())
        return invalid(QCoreApplication::translate("gevinst::store::StoreError", "målene for et modelltall ligger fast fra vedtaket"), QStringLiteral("target"));
    if (old->isCustom() && input.customTargets.empty())
        return invalid(QCoreApplication::translate("gevinst::store::StoreError", "en egen indikator må ha mål per år"), QStringLiteral("target"));
    const QString name = input.name.trimmed().isEmpty() ? old->name : input.name.trimmed();
    const QString unit = old->isCustom() ? input.unit.trimmed() : old->unit;
    const plan::FigureKind kind = old->isCustom() ? input.kind.value_or(old->kind) : old->kind;

    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto update = db.prepare(sql::kUpdateBenefit);
    if (!update)
        return update.error();
    bindDescription(*update, input, name, unit, kind);
    update->bindValue(QStringLiteral(":benefit"), old->id);
    if (auto r = db.exec(*update); !r)
        return r.error();
    if (old->isCustom()) {
        if (auto r = execBound(db, sql::kDeleteBenefitTargets, {{":plan", current->id}, {":benefit", old->id}}); !r)
            return r.error();
        if (auto r = insertTargets(db, current->id, old->id, input.customTargets); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    auto again = benefits(scenarioId, current->id);
    if (!again)
        return again.error();
    for (auto& b : *again)
        if (b.key == key)
            return b;
    return StoreError{StoreError::Kind::Database, QStringLiteral("the benefit was not found after saving"), db.path(), 0, {}};
}

StoreResult<void> PlanLibrary::removeBenefit(qint64 scenarioId, const QString& key)
{
    const LibraryDatabase& db = m_library.database();
    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r;
    auto id = benefitIdOf(db, scenarioId, key);
    if (!id)
        return id.error();
    if (auto r = execBound(db, sql::kDeleteBenefit, {{":benefit", *id}}); !r)
        return r.error();
    return transaction.commit();
}

// --- actuals -------------------------------------------------------------------------------

StoreResult<int> PlanLibrary::recordActuals(qint64 scenarioId, const std::vector<ActualInput>& rows)
{
    const LibraryDatabase& db = m_library.database();
    auto current = approvedPlan(*this, scenarioId,
                                QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen vedtatt plan; vedta en versjon og legg til gevinster først").arg(scenarioId));
    if (!current)
        return current.error();
    auto all = benefits(scenarioId, current->id);
    if (!all)
        return all.error();
    std::map<QString, qint64> idOfKey;
    for (const auto& b : *all)
        idOfKey[b.key] = b.id;
    // Check every row before writing any.
    std::map<std::pair<QString, int>, int> seen;
    for (const auto& row : rows) {
        const auto where =
            row.line > 0 ? QCoreApplication::translate("gevinst::store::StoreError", "linje %1: ").arg(row.line) : QString();
        if (!idOfKey.count(row.benefitKey)) {
            QStringList keys;
            for (const auto& [k, id] : idOfKey)
                keys << k;
            return invalid(QCoreApplication::translate("gevinst::store::StoreError", "%1ingen gevinst «%2» i planen (gevinster: %3); ingenting ble lagret")
                               .arg(where, row.benefitKey, keys.isEmpty() ? QCoreApplication::translate("gevinst::store::StoreError", "ingen") : keys.join(QStringLiteral(", "))),
                           QStringLiteral("gevinst"), row.line);
        }
        if (!std::isfinite(row.value))
            return invalid(QCoreApplication::translate("gevinst::store::StoreError", "%1verdien er ikke et tall; ingenting ble lagret").arg(where), QStringLiteral("verdi"), row.line);
        const auto k = std::make_pair(row.benefitKey, row.period.order());
        if (auto it = seen.find(k); it != seen.end())
            return invalid(QCoreApplication::translate("gevinst::store::StoreError", "%1%2 %3 er oppgitt to ganger (også på linje %4); ingenting ble lagret")
                               .arg(where, row.benefitKey, row.period.text())
                               .arg(it->second),
                           QStringLiteral("periode"), row.line);
        seen[k] = row.line;
    }
    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto upsert = db.prepare(sql::kUpsertActual);
    if (!upsert)
        return upsert.error();
    const QString now = timestampNow();
    const QString by = db.userName();
    for (const auto& row : rows) {
        upsert->bindValue(QStringLiteral(":benefit"), idOfKey[row.benefitKey]);
        upsert->bindValue(QStringLiteral(":period"), row.period.text());
        upsert->bindValue(QStringLiteral(":order"), row.period.order());
        upsert->bindValue(QStringLiteral(":value"), row.value);
        upsert->bindValue(QStringLiteral(":source"), nonNull(row.source));
        upsert->bindValue(QStringLiteral(":comment"), nonNull(row.comment));
        upsert->bindValue(QStringLiteral(":by"), by);
        upsert->bindValue(QStringLiteral(":now"), now);
        if (auto r = db.exec(*upsert); !r) {
            StoreError e = r.error();
            e.line = row.line;
            return e;
        }
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return int(rows.size());
}

StoreResult<void> PlanLibrary::removeActual(qint64 scenarioId, const QString& key, const plan::Period& period)
{
    const LibraryDatabase& db = m_library.database();
    WriteTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r;
    auto id = benefitIdOf(db, scenarioId, key);
    if (!id)
        return id.error();
    auto del = execBound(db, sql::kDeleteActual, {{":benefit", *id}, {":period", period.text()}});
    if (!del)
        return del.error();
    if (del->numRowsAffected() != 1)
        return StoreError{StoreError::Kind::NotFound, QCoreApplication::translate("gevinst::store::StoreError", "ingen faktisk verdi for «%1» i %2").arg(key, period.text()), db.path(), 0,
                          QStringLiteral("periode")};
    return transaction.commit();
}

StoreResult<std::vector<Actual>> PlanLibrary::actuals(qint64 scenarioId) const
{
    return selectRows(m_library.database(), sql::kSelectActuals, {{":id", scenarioId}}, actualFromRow);
}

StoreResult<plan::PlanData> PlanLibrary::planData(qint64 scenarioId) const
{
    auto current = currentPlan(scenarioId);
    if (!current)
        return current.error();
    if (!*current)
        return StoreError{StoreError::Kind::NotFound,
                          QCoreApplication::translate("gevinst::store::StoreError", "scenario %1 har ingen vedtatt plan (gevinst plan approve --id %1)").arg(scenarioId),
                          m_library.filePath(), 0, QStringLiteral("plan")};
    plan::PlanData data;
    data.plan = **current;
    auto b = benefits(scenarioId, data.plan.id);
    if (!b)
        return b.error();
    data.benefits = std::move(b).value();
    auto a = actuals(scenarioId);
    if (!a)
        return a.error();
    data.actuals = std::move(a).value();
    auto h = planHistory(scenarioId);
    if (!h)
        return h.error();
    data.history = std::move(h).value();
    return data;
}

} // namespace gevinst::store
