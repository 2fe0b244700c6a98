// gevinst plan …: the benefits plan of a scenario from the command line (issue 13):
// approve a version, add benefits, record and import actuals, status (table or JSON),
// XLSX export and the «Gevinstrapport» PDF. Wires arguments to gevinst_store and
// gevinst_plan, nothing else.

#include "CliText.h"
#include "Commands.h"
#include "FileIo.h"
#include "NumberText.h"
#include "TerminalText.h"
#include "ScenarioSource.h"

#include "ActualsFile.h"
#include "Engine.h"
#include "FigureCatalogue.h"
#include "PlanEvaluation.h"
#include "PlanLibrary.h"
#include "PlanXlsxExporter.h"
#include "ScenarioLibrary.h"

#ifdef GEVINST_WITH_CHARTS
#include "PlanReport.h"
#endif

#include <nlohmann/json.hpp>

#include <QFileInfo>

#include <cmath>
#include <iostream>

namespace gevinst::cli {

namespace {

using store::PlanLibrary;
using store::ScenarioLibrary;
using store::StoreError;

constexpr const char* kPlanUsage =
    "plan approve --id ID [--version N] [--note TEXT] [--green 0.9 --yellow 0.7] | "
    "plan benefit add --id ID --figure FIGURE --owner TEXT [--position TEXT] [--name TEXT] [--unit TEXT] [--kind flow|level] "
    "[--class budsjett|tid|offentlig|ikke-prissatt] [--baseline VALUE --baseline-date YYYY-MM-DD --baseline-source TEXT] "
    "[--measured-how TEXT] [--measured-by TEXT] [--notes TEXT] [--target YEAR=VALUE,…] | "
    "plan benefit list --id ID | plan figures --id ID | "
    "plan actuals import FILE.csv|FILE.xlsx --id ID | "
    "plan actuals add --id ID --benefit KEY --period 2026|2026-T1 --value V [--source TEXT] [--comment TEXT] | "
    "plan status --id ID [--json] | plan export --id ID -o OUT.xlsx | plan report --id ID -o OUT.pdf  [--db PATH]";

std::string text(const QString& s)
{
    return s.toStdString();
}

/// The command's own words (CliText::tr), in the user's language, for the terminal.
std::string say(const QString& s)
{
    return CliText::text(s);
}

QString q(const std::string& s)
{
    return CliText::q(s);
}

QString qtext(const std::optional<std::string>& s)
{
    return s ? QString::fromStdString(*s) : QString();
}

[[noreturn]] void fail(const StoreError& error)
{
    const bool input = error.kind == StoreError::Kind::InvalidInput || error.kind == StoreError::Kind::NotFound;
    throw CliError(input ? ExitInvalidInput : ExitFailure, say(CliText::storeError(error)));
}

template <class T>
T take(store::StoreResult<T> result)
{
    if (!result)
        fail(result.error());
    return std::move(result).value();
}

qint64 scenarioIdOf(const std::optional<std::string>& id)
{
    if (!id)
        throw CliError(ExitInvalidInput, say(CliText::tr("--id ID mangler (bruk: gevinst %1)").arg(QString::fromUtf8(kPlanUsage))));
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(*id, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != id->size() || value < 1)
        throw CliError(ExitInvalidInput, say(CliText::tr("--id må være et scenarionummer fra gevinst db list, ikke «%1»").arg(q(*id))));
    return value;
}

double numberOf(const std::string& option, const std::string& value)
{
    const auto n = plan::ActualsFile::parseNumber(QString::fromStdString(value));
    if (!n)
        throw CliError(ExitInvalidInput,
                       say(CliText::tr("%1 må være et tall (desimalkomma eller -punktum), ikke «%2»").arg(q(option), q(value))));
    return *n;
}

/// "2026=120,2027=240.5" (also ';' between pairs when the decimal mark is a comma) → year → value.
std::map<int, double> parseTargets(const std::string& textTargets)
{
    std::map<int, double> out;
    const QString all = QString::fromStdString(textTargets);
    // Pairs are separated by ',' or ';'; a ',' directly between digits after '=' is a decimal comma
    // only when ';' separates the pairs.
    const QChar separator = all.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    for (const QString& pair : all.split(separator, Qt::SkipEmptyParts)) {
        const auto parts = pair.split(QLatin1Char('='));
        bool ok = false;
        const int year = parts.value(0).trimmed().toInt(&ok);
        const auto value = parts.size() == 2 ? plan::ActualsFile::parseNumber(parts[1]) : std::nullopt;
        if (!ok || parts.value(0).trimmed().size() != 4 || !value)
            throw CliError(ExitInvalidInput,
                           say(CliText::tr("--target skrives ÅR=VERDI,… (for eksempel 2026=4.5,2027=5), ikke «%1»").arg(q(textTargets))));
        if (out.count(year))
            throw CliError(ExitInvalidInput, say(CliText::tr("--target gir %1 to ganger").arg(year)));
        out[year] = *value;
    }
    if (out.empty())
        throw CliError(ExitInvalidInput, say(CliText::tr("--target skrives ÅR=VERDI,… (for eksempel 2026=4.5,2027=5)")));
    return out;
}

/// A value of a benefit in its unit, Norwegian style.
std::string formatValue(const std::optional<double>& v, const plan::Benefit& b)
{
    if (!v)
        return "–";
    const auto info = plan::FigureCatalogue::describe(b.figure, nullptr);
    const ValueKind kind = info ? info->valueKind : ValueKind::Plain;
    switch (kind) {
    case ValueKind::Nok: return formatNok(*v);
    case ValueKind::Share: return formatPercent(*v);
    case ValueKind::Persons:
    case ValueKind::Hours: return formatNumber(*v, 0);
    default: return formatNumber(*v, std::fabs(*v) >= 100 ? 0 : 1) + (b.unit.isEmpty() ? "" : " " + text(b.unit));
    }
}

nlohmann::ordered_json numberOrNull(const std::optional<double>& v)
{
    return v && std::isfinite(*v) ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json textOrNull(const QString& s)
{
    return s.isEmpty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text(s));
}

/// Every option of every sub-verb, taken at once; each sub-verb refuses the ones that are not its own.
struct PlanOptions {
    std::string dbPath;
    std::map<std::string, std::optional<std::string>> values;
    bool json = false;
    std::vector<std::string> arguments;

    const std::optional<std::string>& operator[](const std::string& name) const
    {
        static const std::optional<std::string> none;
        const auto it = values.find(name);
        return it == values.end() ? none : it->second;
    }
    void check(const char* usage, std::initializer_list<const char*> allowed, std::size_t argumentCount, bool jsonAllowed = false) const
    {
        for (const auto& [name, value] : values) {
            if (!value)
                continue;
            bool ok = false;
            for (const char* a : allowed)
                ok = ok || name == a;
            if (!ok)
                throw CliError(ExitInvalidInput,
                               say(CliText::tr("%1 hører ikke til denne kommandoen (bruk: gevinst %2)").arg(q(name), QString::fromUtf8(usage))));
        }
        if (json && !jsonAllowed)
            throw CliError(ExitInvalidInput,
                           say(CliText::tr("%1 hører ikke til denne kommandoen (bruk: gevinst %2)").arg(QStringLiteral("--json"), QString::fromUtf8(usage))));
        if (arguments.size() != argumentCount)
            throw CliError(ExitInvalidInput, say(CliText::tr("bruk: gevinst %1").arg(QString::fromUtf8(usage))));
    }
};

constexpr const char* kOptionNames[] = {
    "--id",         "--version",        "--note",         "--green",     "--yellow",   "--figure",  "--owner",
    "--position",   "--name",           "--unit",         "--kind",      "--class",    "--baseline", "--baseline-date",
    "--baseline-source", "--measured-how", "--measured-by", "--notes",  "--target",   "--benefit", "--period",
    "--value",      "--source",         "--comment",      "-o",
};

int planApprove(const PlanOptions& o)
{
    constexpr const char* usage = "plan approve --id ID [--version N] [--note TEXT] [--green 0.9 --yellow 0.7] [--db PATH]";
    o.check(usage, {"--id", "--version", "--note", "--green", "--yellow"}, 0);
    const qint64 id = scenarioIdOf(o["--id"]);
    std::optional<int> version;
    if (o["--version"]) {
        const double v = numberOf("--version", *o["--version"]);
        if (v < 1 || std::floor(v) != v)
            throw CliError(ExitInvalidInput, say(CliText::tr("--version må være et versjonsnummer (gevinst db versions ID)")));
        version = int(v);
    }
    std::optional<plan::Thresholds> thresholds;
    if (o["--green"] || o["--yellow"]) {
        plan::Thresholds t;
        if (o["--green"])
            t.green = numberOf("--green", *o["--green"]);
        if (o["--yellow"])
            t.yellow = numberOf("--yellow", *o["--yellow"]);
        thresholds = t;
    }
    auto library = openLibrary(o.dbPath, false);
    PlanLibrary plans(*library);
    const auto record = take(plans.approve(id, version, qtext(o["--note"]), thresholds));
    std::cout << say(record.note.isEmpty()
                         ? CliText::tr("Versjon %1 av scenario %2 er vedtatt som gevinstrealiseringsplan (av %3)")
                               .arg(record.version).arg(id).arg(record.approvedBy)
                         : CliText::tr("Versjon %1 av scenario %2 er vedtatt som gevinstrealiseringsplan (av %3, «%4»)")
                               .arg(record.version).arg(id).arg(record.approvedBy, record.note))
              << "\n";
    return ExitOk;
}

int planBenefitAdd(const PlanOptions& o)
{
    constexpr const char* usage =
        "plan benefit add --id ID --figure FIGURE --owner TEXT [--position TEXT] [--name TEXT] [--unit TEXT] [--kind flow|level] "
        "[--class budsjett|tid|offentlig|ikke-prissatt] [--baseline VALUE --baseline-date YYYY-MM-DD --baseline-source TEXT] "
        "[--measured-how TEXT] [--measured-by TEXT] [--notes TEXT] [--target YEAR=VALUE,…] [--db PATH]";
    o.check(usage,
            {"--id", "--figure", "--owner", "--position", "--name", "--unit", "--kind", "--class", "--baseline", "--baseline-date",
             "--baseline-source", "--measured-how", "--measured-by", "--notes", "--target"},
            0);
    const qint64 id = scenarioIdOf(o["--id"]);
    if (!o["--figure"])
        throw CliError(ExitInvalidInput, say(CliText::tr("--figure mangler: en resultatserie (freed_fte, budget_effect_nok, …), "
                                                "utilisation.<rolle>, ledger.<aktør> eller custom:<nøkkel> (se gevinst plan figures --id ID)")));
    if (!o["--owner"])
        throw CliError(ExitInvalidInput, say(CliText::tr("--owner mangler: navnet på gevinsteieren")));
    plan::BenefitInput input;
    input.figure = qtext(o["--figure"]);
    input.ownerName = qtext(o["--owner"]);
    input.ownerPosition = qtext(o["--position"]);
    input.name = qtext(o["--name"]);
    input.unit = qtext(o["--unit"]);
    if (o["--kind"]) {
        input.kind = plan::figureKindFromId(qtext(o["--kind"]));
        if (!input.kind)
            throw CliError(ExitInvalidInput, say(CliText::tr("--kind må være flow (strøm) eller level (nivå), ikke «%1»").arg(q(*o["--kind"]))));
    }
    if (o["--class"]) {
        const auto c = plan::benefitClassFromId(qtext(o["--class"]));
        if (!c)
            throw CliError(ExitInvalidInput,
                           say(CliText::tr("--class må være budsjett, tid, offentlig eller ikke-prissatt, ikke «%1»").arg(q(*o["--class"]))));
        input.benefitClass = *c;
    } else {
        input.benefitClass = plan::FigureCatalogue::isCustom(input.figure) ? plan::BenefitClass::NotPriced : plan::BenefitClass::Time;
    }
    if (o["--baseline"])
        input.baselineValue = numberOf("--baseline", *o["--baseline"]);
    input.baselineDate = qtext(o["--baseline-date"]);
    input.baselineSource = qtext(o["--baseline-source"]);
    input.measuredHow = qtext(o["--measured-how"]);
    input.measuredBy = qtext(o["--measured-by"]);
    input.notes = qtext(o["--notes"]);
    if (o["--target"])
        input.customTargets = parseTargets(*o["--target"]);
    auto library = openLibrary(o.dbPath, false);
    PlanLibrary plans(*library);
    auto added = plans.addBenefit(id, input);
    if (!added) {
        const StoreError& e = added.error();
        static const std::pair<const char*, const char*> optionOfField[] = {
            {"figure", "--figure"}, {"owner", "--owner"}, {"name", "--name"}, {"target", "--target"},
            {"baseline_date", "--baseline-date"}, {"baseline", "--baseline"}};
        for (const auto& [field, option] : optionOfField)
            if (e.kind == StoreError::Kind::InvalidInput && e.field == QLatin1String(field))
                throw CliError(ExitInvalidInput, std::string(option) + ": " + text(e.message));
        fail(e);
    }
    std::cout << text(added->key) << "\n";
    return ExitOk;
}

int planBenefitList(const PlanOptions& o)
{
    o.check("plan benefit list --id ID [--db PATH]", {"--id"}, 0);
    const qint64 id = scenarioIdOf(o["--id"]);
    auto library = openLibrary(o.dbPath, true);
    PlanLibrary plans(*library);
    const auto list = take(plans.benefits(id));
    TextTable table({say(CliText::tr("Nøkkel")), say(CliText::tr("Gevinst")), say(CliText::tr("Gevinsteier")), say(CliText::tr("Klasse")), say(CliText::tr("Nullpunkt"))});
    for (const auto& b : list)
        table.addRow({text(b.key), text(b.name), text(b.ownerName) + (b.ownerPosition.isEmpty() ? "" : ", " + text(b.ownerPosition)),
                      text(plan::benefitClassId(b.benefitClass)), formatValue(b.baselineValue, b)});
    std::cout << table.render();
    return ExitOk;
}

int planFigures(const PlanOptions& o)
{
    o.check("plan figures --id ID [--db PATH]", {"--id"}, 0);
    auto library = openLibrary(o.dbPath, true);
    const LoadedScenario loaded = loadScenarioFromLibrary(*library, std::to_string(scenarioIdOf(o["--id"])));
    const Result result = Engine::compute(loaded.scenario);
    TextTable table({say(CliText::tr("Måltall")), say(CliText::tr("Navn")), say(CliText::tr("Enhet")), say(CliText::tr("Art"))});
    const std::string flow = say(CliText::tr("strøm")), level = say(CliText::tr("nivå"));
    for (const auto& f : plan::FigureCatalogue::available(result))
        table.addRow({text(f.id), text(f.name), text(f.unit), f.kind == plan::FigureKind::Flow ? flow : level});
    table.addRow({say(CliText::tr("custom:<nøkkel>")), say(CliText::tr("egen indikator (navn, enhet og mål per år oppgis)")), "", level + "/" + flow});
    std::cout << table.render();
    return ExitOk;
}

/// "FILE:LINE: kolonne C" for an import file's problem.
QString lineAndColumn(const QString& file, int line, const QString& column)
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (!column.isEmpty())
        where += QStringLiteral(": ") + CliText::tr("kolonne %1").arg(column);
    return where;
}

int planActualsImport(const PlanOptions& o)
{
    constexpr const char* usage = "plan actuals import FILE.csv|FILE.xlsx --id ID [--db PATH]";
    o.check(usage, {"--id"}, 1);
    const qint64 id = scenarioIdOf(o["--id"]);
    const QString file = QString::fromStdString(o.arguments.front());
    if (!QFileInfo(file).isFile())
        throw CliError(ExitFailure, text(file) + ": " + say(CliText::tr("filen finnes ikke")));
    const auto read = plan::ActualsFile::readFile(file);
    if (const auto* e = std::get_if<plan::ActualsFileError>(&read))
        throw CliError(ExitInvalidInput,
                       say(lineAndColumn(file, e->line, e->column)) + ": " + text(e->message) + "; " + say(CliText::tr("ingenting ble lagret")));
    const auto& rows = std::get<std::vector<plan::ActualInput>>(read);
    auto library = openLibrary(o.dbPath, false);
    PlanLibrary plans(*library);
    auto stored = plans.recordActuals(id, rows);
    if (!stored) {
        const StoreError& e = stored.error();
        if (e.kind == StoreError::Kind::InvalidInput && e.line > 0)
            throw CliError(ExitInvalidInput, say(lineAndColumn(file, e.line, e.field)) + ": " + text(e.message));
        fail(e);
    }
    std::cout << say(CliText::tr("Lagret %n faktiske verdier fra %1", nullptr, *stored).arg(file)) << "\n";
    return ExitOk;
}

int planActualsAdd(const PlanOptions& o)
{
    constexpr const char* usage =
        "plan actuals add --id ID --benefit KEY --period 2026|2026-T1 --value V [--source TEXT] [--comment TEXT] [--db PATH]";
    o.check(usage, {"--id", "--benefit", "--period", "--value", "--source", "--comment"}, 0);
    const qint64 id = scenarioIdOf(o["--id"]);
    if (!o["--benefit"] || !o["--period"] || !o["--value"])
        throw CliError(ExitInvalidInput,
                       say(CliText::tr("--benefit, --period og --value må oppgis (bruk: gevinst %1)").arg(QString::fromUtf8(usage))));
    plan::ActualInput row;
    row.benefitKey = qtext(o["--benefit"]);
    const auto period = plan::Period::parse(qtext(o["--period"]));
    if (!period)
        throw CliError(ExitInvalidInput,
                       say(CliText::tr("--period må være et år (2026) eller et tertial (2026-T1), ikke «%1»").arg(q(*o["--period"]))));
    row.period = *period;
    row.value = numberOf("--value", *o["--value"]);
    row.source = qtext(o["--source"]);
    row.comment = qtext(o["--comment"]);
    auto library = openLibrary(o.dbPath, false);
    PlanLibrary plans(*library);
    auto stored = plans.recordActuals(id, {row});
    if (!stored) {
        if (stored.error().kind == StoreError::Kind::InvalidInput && stored.error().field == QLatin1String("gevinst"))
            throw CliError(ExitInvalidInput, "--benefit: " + text(stored.error().message));
        fail(stored.error());
    }
    std::cout << say(CliText::tr("Lagret %1 %2").arg(row.benefitKey, row.period.text())) << "\n";
    return ExitOk;
}

/// The plan evaluated against its actuals and the newest version's forecast.
plan::PlanReportData evaluate(ScenarioLibrary& library, qint64 id)
{
    PlanLibrary plans(library);
    plan::PlanReportData report;
    report.data = take(plans.planData(id));
    const auto info = take(library.scenario(id));
    report.scenarioId = id;
    report.scenarioName = info.name;
    report.unitName = info.unitName;
    report.latestVersion = info.latestVersion;
    const LoadedScenario newest = loadScenarioFromLibrary(library, std::to_string(id));
    const Result forecast = Engine::compute(newest.scenario);
    report.benefits = plan::PlanEvaluation::evaluate(report.data, &forecast);
    return report;
}

nlohmann::ordered_json statusJson(const plan::PlanReportData& r)
{
    nlohmann::ordered_json j;
    j["format"] = "gevinstmodell-plan-status/1";
    j["scenario_id"] = r.scenarioId;
    j["approved_version"] = r.data.plan.version;
    j["thresholds"] = {{"green", r.data.plan.thresholds.green}, {"yellow", r.data.plan.thresholds.yellow}};
    nlohmann::ordered_json benefits = nlohmann::ordered_json::array();
    for (const auto& b : r.benefits) {
        nlohmann::ordered_json item;
        item["key"] = text(b.benefit.key);
        item["name"] = text(b.benefit.name);
        item["figure"] = text(b.benefit.figure);
        item["owner"] = text(b.benefit.ownerName);
        item["class"] = text(plan::benefitClassId(b.benefit.benefitClass));
        item["baseline"] = {{"value", numberOrNull(b.benefit.baselineValue)},
                            {"date", textOrNull(b.benefit.baselineDate)},
                            {"source", textOrNull(b.benefit.baselineSource)}};
        nlohmann::ordered_json periods = nlohmann::ordered_json::array();
        for (const auto& p : b.rows)
            periods.push_back({{"period", text(p.period.text())},
                               {"planned", numberOrNull(p.planned)},
                               {"actual", numberOrNull(p.actual)},
                               {"deviation", numberOrNull(p.deviation)},
                               {"realised_share", numberOrNull(p.realisedShare)},
                               {"status", text(plan::statusId(p.status))},
                               {"forecast", numberOrNull(p.forecast)}});
        item["periods"] = periods;
        benefits.push_back(item);
    }
    j["benefits"] = benefits;
    return j;
}

int planStatus(const PlanOptions& o)
{
    o.check("plan status --id ID [--json] [--db PATH]", {"--id"}, 0, true);
    const qint64 id = scenarioIdOf(o["--id"]);
    auto library = openLibrary(o.dbPath, true);
    const auto report = evaluate(*library, id);
    if (o.json) {
        std::cout << statusJson(report).dump(2) << "\n";
        return ExitOk;
    }
    const auto& p = report.data.plan;
    const QString approvedAt = io::NumberText::dateTime(p.approvedAt.toLocalTime());
    std::cout << say(CliText::tr("Gevinstrealiseringsplan: %1 – %2").arg(report.scenarioName, report.unitName)) << "\n"
              << say(p.note.isEmpty() ? CliText::tr("Versjon %1 vedtatt %2 av %3; prognose fra versjon %4")
                                            .arg(p.version).arg(approvedAt, p.approvedBy).arg(report.latestVersion)
                                      : CliText::tr("Versjon %1 vedtatt %2 av %3 («%4»); prognose fra versjon %5")
                                            .arg(p.version).arg(approvedAt, p.approvedBy, p.note).arg(report.latestVersion))
              << "\n"
              << say(CliText::tr("Status: grønn ved realisert andel hittil ≥ %1, gul ≥ %2, ellers rød")
                         .arg(q(formatPercent(p.thresholds.green, 0)), q(formatPercent(p.thresholds.yellow, 0))))
              << "\n";
    if (report.benefits.empty())
        std::cout << "\n" << say(CliText::tr("Planen har ingen gevinster ennå (gevinst plan benefit add).")) << "\n";
    for (const auto& b : report.benefits) {
        std::cout << "\n" << text(b.benefit.name) << " [" << text(b.benefit.key) << "] – " << say(CliText::tr("gevinsteier %1").arg(b.benefit.ownerName))
                  << (b.benefit.ownerPosition.isEmpty() ? "" : ", " + text(b.benefit.ownerPosition)) << "; "
                  << text(plan::benefitClassName(b.benefit.benefitClass)) << "\n";
        if (b.benefit.baselineValue)
            std::cout << say(CliText::tr("Nullpunkt: %1").arg(q(formatValue(b.benefit.baselineValue, b.benefit))))
                      << (b.benefit.baselineDate.isEmpty() ? "" : " (" + text(b.benefit.baselineDate) + ")")
                      << (b.benefit.baselineSource.isEmpty() ? "" : ", " + text(b.benefit.baselineSource)) << "\n";
        TextTable table({say(CliText::tr("Periode")), say(CliText::tr("Planlagt")), say(CliText::tr("Faktisk")), say(CliText::tr("Avvik")), say(CliText::tr("Realisert hittil")),
                         say(CliText::tr("Status")), say(CliText::tr("Prognose"))});
        for (const auto& row : b.rows)
            table.addRow({text(row.period.text()), formatValue(row.planned, b.benefit), formatValue(row.actual, b.benefit),
                          formatValue(row.deviation, b.benefit), formatPercent(row.realisedShare, 0), text(plan::statusName(row.status)),
                          formatValue(row.forecast, b.benefit)});
        std::cout << table.render();
        for (const auto& row : b.rows)
            if (!row.comment.isEmpty())
                std::cout << "  " << text(row.period.text()) << ": " << text(row.comment) << "\n";
    }
    return ExitOk;
}

int planExport(const PlanOptions& o)
{
    o.check("plan export --id ID -o OUT.xlsx [--db PATH]", {"--id", "-o"}, 0);
    const qint64 id = scenarioIdOf(o["--id"]);
    if (!o["-o"])
        throw CliError(ExitInvalidInput, say(CliText::tr("oppgi -o UT.xlsx (bruk: gevinst plan export --id ID -o UT.xlsx)")));
    auto library = openLibrary(o.dbPath, true);
    const auto report = evaluate(*library, id);
    QString error;
    if (!plan::PlanXlsxExporter::write(QString::fromStdString(*o["-o"]), report, &error))
        throw CliError(ExitFailure, text(error));
    std::cerr << *o["-o"] << ": " << say(CliText::tr("%n gevinster", nullptr, int(report.benefits.size()))) << "\n";
    return ExitOk;
}

int planReport(const PlanOptions& o)
{
    o.check("plan report --id ID -o OUT.pdf [--db PATH]", {"--id", "-o"}, 0);
    [[maybe_unused]] const qint64 id = scenarioIdOf(o["--id"]);
    if (!o["-o"])
        throw CliError(ExitInvalidInput, say(CliText::tr("oppgi -o UT.pdf (bruk: gevinst plan report --id ID -o UT.pdf)")));
#ifdef GEVINST_WITH_CHARTS
    auto library = openLibrary(o.dbPath, true);
    const ui::PlanReport report(evaluate(*library, id));
    QString error;
    const int pages = report.write(QString::fromStdString(*o["-o"]), &error);
    if (pages == 0)
        throw CliError(ExitFailure, text(error));
    std::cerr << *o["-o"] << ": " << say(CliText::tr("%n sider", nullptr, pages)) << "\n";
    return ExitOk;
#else
    throw CliError(ExitFailure, say(CliText::tr("denne gevinst er bygget uten diagrammer (GEVINST_BUILD_UI=OFF), og rapporten trenger dem")));
#endif
}

} // namespace

int runPlan(CliArgs& args)
{
    PlanOptions o;
    o.dbPath = takeLibraryPath(args);
    for (const char* name : kOptionNames)
        o.values[name] = std::string_view(name) == "-o" ? args.option("-o", "--output") : args.option(name);
    o.json = args.flag("--json");
    auto words = args.positionals();
    if (words.empty())
        throw CliError(ExitInvalidInput, say(CliText::tr("bruk: gevinst %1").arg(QString::fromUtf8(kPlanUsage))));
    // Two-word verbs: "benefit add", "actuals import".
    std::string verb = words.front();
    std::size_t used = 1;
    if ((verb == "benefit" || verb == "actuals") && words.size() >= 2) {
        verb += " " + words[1];
        used = 2;
    }
    o.arguments.assign(words.begin() + std::ptrdiff_t(used), words.end());
    using Verb = int (*)(const PlanOptions&);
    static const std::pair<const char*, Verb> verbs[] = {
        {"approve", planApprove},          {"benefit add", planBenefitAdd}, {"benefit list", planBenefitList},
        {"figures", planFigures},          {"actuals import", planActualsImport}, {"actuals add", planActualsAdd},
        {"status", planStatus},            {"export", planExport},          {"report", planReport},
    };
    for (const auto& [name, run] : verbs)
        if (verb == name)
            return run(o);
    throw CliError(ExitInvalidInput, say(CliText::tr("ukjent plan-kommando «%1» (bruk: gevinst %2)").arg(q(verb), QString::fromUtf8(kPlanUsage))));
}

} // namespace gevinst::cli
