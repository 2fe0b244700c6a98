#pragma once
// The plain values of a benefits plan (gevinstrealiseringsplan, issue 13): a reporting
// period, the DFØ benefit class, the status thresholds, an approved plan, a benefit with
// its owner, baseline and targets, and an actual. Small aggregates without behaviour
// beyond parsing and naming; kept together like store/LibraryTypes.h.

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace gevinst::plan {

/// A reporting period: a whole year ("2026") or one of its tertials ("2026-T1").
struct Period {
    int year = 0;
    int tertial = 0; ///< 0 = the whole year, 1..3 = T1..T3

    bool isYear() const { return tertial == 0; }
    /// "2026" or "2026-T2".
    QString text() const;
    /// Parses "2026" / "2026-T1" (also "2026-t1", surrounding blanks ignored); years 1900..2200.
    static std::optional<Period> parse(const QString& text);
    /// Order of reporting: 2026-T1 < 2026-T2 < 2026-T3 < 2026 (the annual report closes the year) < 2027-T1.
    int order() const { return year * 4 + (tertial == 0 ? 3 : tertial - 1); }
    friend bool operator<(const Period& a, const Period& b) { return a.order() < b.order(); }
    friend bool operator==(const Period& a, const Period& b) { return a.year == b.year && a.tertial == b.tertial; }
};

/// DFØ's benefit classes (gevinstkategorier).
enum class BenefitClass {
    Budget,    ///< "budsjett": budget effect in own organisation
    Time,      ///< "tid": other use of freed time (kvalitet/kapasitet)
    Public,    ///< "offentlig": priced effect elsewhere in the public sector
    NotPriced, ///< "ikke-prissatt": not priced
};
/// "budsjett" | "tid" | "offentlig" | "ikke-prissatt".
QString benefitClassId(BenefitClass c);
std::optional<BenefitClass> benefitClassFromId(const QString& id);
/// Norwegian display name, e.g. "Budsjetteffekt i egen virksomhet".
QString benefitClassName(BenefitClass c);

/// Whether a figure adds up over time (money, hours, hires: flows) or is a state read
/// at a moment (FTE, shares, utilisation, persons served: levels). Decides the tertial
/// plan and the realised share (see PlanStatusCalculator).
enum class FigureKind { Flow, Level };
QString figureKindId(FigureKind k); ///< "flow" | "level"
std::optional<FigureKind> figureKindFromId(const QString& id);

/// Status limits on the realised share; a plan's own, default 0.9 / 0.7 (the issue's).
struct Thresholds {
    double green = 0.9;  ///< realised share ≥ green → green
    double yellow = 0.7; ///< ≥ yellow → yellow; below → red
};

/// One approval of a scenario version as the plan («vedtatt plan»). A scenario has at
/// most one current plan; approving again supersedes the earlier one, which stays as history.
struct PlanRecord {
    qint64 id = 0;
    qint64 scenarioId = 0;
    int version = 0;         ///< the approved scenario version
    QString approvedBy;      ///< OS user name of whoever approved
    QDateTime approvedAt;    ///< UTC
    QString note;            ///< e.g. the council's case number
    Thresholds thresholds;
    std::optional<QDateTime> supersededAt; ///< set when a later approval replaced it
    bool isCurrent() const { return !supersededAt.has_value(); }
};

/// What the user gives to add (or edit) a benefit.
struct BenefitInput {
    QString figure;        ///< a model figure ("freed_fte", "utilisation.sykepleier", "ledger.kommune_sosial") or "custom:<key>"
    QString name;          ///< display name; empty = the figure's catalogue name (required for custom)
    QString unit;          ///< unit of a custom indicator ("%", "poeng"); ignored for model figures
    std::optional<FigureKind> kind; ///< custom indicators only: flow or level (default level)
    QString ownerName;     ///< gevinsteier (a line manager)
    QString ownerPosition; ///< e.g. "Enhetsleder hjemmetjenesten"
    BenefitClass benefitClass = BenefitClass::Time;
    std::optional<double> baselineValue; ///< nullpunktsmåling
    QString baselineDate;  ///< YYYY-MM-DD, or empty
    QString baselineSource;
    QString measuredHow;   ///< how the actual is measured
    QString measuredBy;    ///< by whom
    QString notes;
    /// Targets by year. Custom indicators: required (the plan's targets). Model figures:
    /// must be empty – their targets are the approved version's computed values.
    std::map<int, double> customTargets;
};

/// A benefit of a scenario's plan, with the targets of one plan.
struct Benefit {
    qint64 id = 0;
    qint64 scenarioId = 0;
    QString key;           ///< unique in the scenario: the figure id, or the custom key ("sykefravaer"); the CSV's «gevinst»
    QString figure;
    QString name;
    QString unit;          ///< "kr", "årsverk", "%", … (catalogue unit, or the custom one)
    FigureKind kind = FigureKind::Level;
    QString ownerName;
    QString ownerPosition;
    BenefitClass benefitClass = BenefitClass::Time;
    std::optional<double> baselineValue;
    QString baselineDate;
    QString baselineSource;
    QString measuredHow;
    QString measuredBy;
    QString notes;
    QString createdBy;
    QDateTime createdAt;
    std::map<int, double> targets; ///< year → planned value, as fixed in the plan asked for
    bool isCustom() const { return figure.startsWith(QLatin1String("custom:")); }
};

/// An actual to record: what a CSV/XLSX row or the table gives.
struct ActualInput {
    QString benefitKey;
    Period period;
    double value = 0;
    QString source;
    QString comment;
    int line = 0; ///< the import file's line (1-based, header = 1), 0 when typed in
};

/// A recorded actual (one per benefit and period; recording again replaces it).
struct Actual {
    QString benefitKey;
    Period period;
    double value = 0;
    QString source;
    QString comment;
    QString recordedBy;  ///< OS user name
    QDateTime recordedAt;///< UTC
};

/// A scenario's plan in one piece: the current approval, its benefits with their
/// targets, every actual, and the earlier approvals.
struct PlanData {
    PlanRecord plan;
    std::vector<Benefit> benefits;
    std::vector<Actual> actuals;     ///< ordered by benefit key, then period
    std::vector<PlanRecord> history; ///< every approval, oldest first (the current one last)
};

} // namespace gevinst::plan
