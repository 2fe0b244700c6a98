#include "GoalSeekDialog.h"

#include "Engine.h"
#include "ExportLabels.h"
#include "NumberText.h"
#include "ScenarioDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gevinst::ui {

namespace {

using F = io::NumberText;

/// The document's uncertainty ranges with the range of `path` (if any) moved so that
/// its mode is `value` and it still contains it: low ≤ value ≤ high.
Json withRangeAt(const Json& ranges, const std::string& path, double value)
{
    Json out = ranges;
    if (!out.is_object() || !out.contains(path) || !out[path].is_object())
        return out;
    Json& r = out[path];
    r["mode"] = value;
    if (r.contains("low") && r["low"].is_number())
        r["low"] = std::min(r["low"].get<double>(), value);
    if (r.contains("high") && r["high"].is_number())
        r["high"] = std::max(r["high"].get<double>(), value);
    return out;
}

/// A share rounded as the editor shows it (four decimals), so the stored value reads cleanly.
double rounded(double value, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(value * f) / f;
}

} // namespace

GoalSeekDialog::GoalSeekDialog(ScenarioDocument* document, QWidget* parent)
    : QDialog(parent), document_(document)
{
    setObjectName(QStringLiteral("goalSeekDialog"));
    setWindowTitle(tr("Hva skal til?"));
    question_ = new QComboBox;
    question_->setObjectName(QStringLiteral("goalQuestion"));
    question_->addItem(tr("Hvor mye må vi dele for å dekke en andel av bemanningsgapet?"));
    question_->addItem(tr("Hvilken realiseringsandel gir nåverdi 0?"));
    question_->addItem(tr("Hvilken årskostnad for oppgavemedarbeidere gjør et frigjort årsverk like dyrt som en fagstilling?"));

    share_ = new QSpinBox;
    share_->setObjectName(QStringLiteral("goalShare"));
    share_->setRange(1, 100);
    share_->setValue(50);
    share_->setSuffix(QStringLiteral(" %"));
    year_ = new QSpinBox;
    year_->setObjectName(QStringLiteral("goalYear"));
    year_->setGroupSeparatorShown(false);
    gapInputs_ = new QWidget;
    auto* gapRow = new QHBoxLayout(gapInputs_);
    gapRow->setContentsMargins(0, 0, 0, 0);
    gapRow->addWidget(new QLabel(tr("Dekke")));
    gapRow->addWidget(share_);
    gapRow->addWidget(new QLabel(tr("av gapet i")));
    gapRow->addWidget(year_);
    gapRow->addStretch(1);

    answer_ = new QLabel;
    answer_->setObjectName(QStringLiteral("goalAnswer"));
    answer_->setWordWrap(true);
    answer_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    answer_->setMinimumHeight(90);
    answer_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    answer_->setStyleSheet(QStringLiteral("QLabel { background: #f6f8fb; border: 1px solid #d5dde8; padding: 8px; }"));

    apply_ = new QPushButton(tr("Bruk verdien"));
    apply_->setObjectName(QStringLiteral("goalApply"));
    apply_->setToolTip(tr("Legger svaret inn i scenarioet som én endring (kan angres)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(apply_, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(apply_, &QPushButton::clicked, this, &GoalSeekDialog::applyAnswer);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Spørsmål:")));
    layout->addWidget(question_);
    layout->addWidget(gapInputs_);
    layout->addWidget(new QLabel(tr("Svar:")));
    layout->addWidget(answer_, 1);
    layout->addWidget(buttons);
    resize(620, 300);

    if (document_ && document_->lastValidScenario()) {
        const Scenario& s = *document_->lastValidScenario();
        year_->setRange(s.startYear, s.endYear);
        year_->setValue(std::clamp(2035, s.startYear, s.endYear));
    }
    connect(question_, &QComboBox::currentIndexChanged, this, &GoalSeekDialog::recompute);
    connect(share_, &QSpinBox::valueChanged, this, &GoalSeekDialog::recompute);
    connect(year_, &QSpinBox::valueChanged, this, &GoalSeekDialog::recompute);
    if (document_)
        connect(document_, &ScenarioDocument::changed, this, &GoalSeekDialog::recompute);
    recompute();
}

GoalKind GoalSeekDialog::goal() const
{
    switch (question_->currentIndex()) {
    case 1: return GoalKind::NpvZero;
    case 2: return GoalKind::CostParity;
    default: return GoalKind::CloseGap;
    }
}

void GoalSeekDialog::setGoal(GoalKind goal)
{
    question_->setCurrentIndex(goal == GoalKind::NpvZero ? 1 : goal == GoalKind::CostParity ? 2 : 0);
}

QString GoalSeekDialog::answer() const
{
    return answer_->text();
}

void GoalSeekDialog::recompute()
{
    gapInputs_->setVisible(goal() == GoalKind::CloseGap);
    result_.reset();
    apply_->setEnabled(false);
    if (!document_ || !document_->isValid() || !document_->lastValidScenario()) {
        answer_->setText(tr("Scenarioet har feil. Rett dem i redigeringen, så kan spørsmålet besvares."));
        return;
    }
    const Scenario& s = *document_->lastValidScenario();
    GoalResult r;
    QString text;
    switch (goal()) {
    case GoalKind::CloseGap:
        r = GoalSeek::closeGap(s, share_->value() / 100.0, year_->value());
        text = closeGapText(s, r, share_->value() / 100.0, year_->value());
        break;
    case GoalKind::NpvZero:
        r = GoalSeek::npvZero(s);
        text = npvZeroText(s, r);
        break;
    case GoalKind::CostParity:
        r = GoalSeek::costParity(s);
        text = costParityText(s, r);
        break;
    }
    answer_->setText(text);
    if (r.reachable()) {
        result_ = r;
        apply_->setEnabled(true);
    }
}

QString GoalSeekDialog::unreachableText() const
{
    return tr("Modellen fant ikke noe svar på dette spørsmålet for scenarioet.");
}

QString GoalSeekDialog::closeGapText(const Scenario& s, const GoalResult& r, double target, int year) const
{
    const QString targetText = F::percent(target, 0);
    const QString yearText = F::year(year);
    switch (r.outcome) {
    case GoalOutcome::Reached: {
        const Result base = Engine::compute(s);
        const int t = year - s.startYear;
        const double gap = base[SeriesId::GapFte][t];
        QString text;
        if (std::abs(r.value - 1.0) < 0.005)
            text = tr("Dagens delingsandeler dekker allerede %1 av gapet i %2 (%3 av %4).")
                       .arg(targetText, yearText, F::number(gap * target, 1), F::fte(gap, 1));
        else if (r.value > 1.0)
            text = tr("For å dekke %1 av gapet i %2 (%3 av %4) må alle delingsandelene økes med %5, det vil si ganges med %6.")
                       .arg(targetText, yearText, F::number(gap * target, 1), F::fte(gap, 1),
                            F::percent(r.value - 1.0, 0), F::number(r.value, 2));
        else
            text = tr("For å dekke %1 av gapet i %2 (%3 av %4) holder det med %5 av dagens delingsandeler; de kan "
                      "reduseres med %6.")
                       .arg(targetText, yearText, F::number(gap * target, 1), F::fte(gap, 1),
                            F::percent(r.value, 0), F::percent(1.0 - r.value, 0));
        // One measure as an example, the largest share today.
        const auto largest = std::max_element(s.sharing.begin(), s.sharing.end(),
                                              [](const auto& a, const auto& b) { return a.share < b.share; });
        if (largest != s.sharing.end() && std::abs(r.value - 1.0) >= 0.005)
            text += QLatin1Char(' ') + tr("For eksempel blir %1 %2 i stedet for %3.")
                                           .arg(io::ExportLabels::measure(s, *largest).toLower(),
                                                F::percent(largest->share * r.value, 0), F::percent(largest->share, 0));
        return text;
    }
    case GoalOutcome::YearOutsideHorizon:
        return tr("%1 ligger utenfor scenarioets periode (%2–%3).").arg(yearText, F::year(s.startYear), F::year(s.endYear));
    case GoalOutcome::NoGapInYear:
        return tr("Det er ikke noe bemanningsgap i %1 (behovet er ikke større enn bemanningen), så det er ingenting å dekke.")
            .arg(yearText);
    case GoalOutcome::NothingToScale:
        return tr("Ingen tiltak har en delingsandel over 0, så det er ingenting å øke. Legg inn et tiltak først.");
    case GoalOutcome::BeyondValidShares:
        return tr("Selv om alle delingsandelene økes så mye som mulig (til en rolles oppgaver av én type er delt helt "
                  "bort, ganger %1), dekkes bare %2 av gapet i %3. Målet krever flere tiltak eller andre oppgavetyper.")
            .arg(F::number(GoalSeek::maxShareMultiplier(s), 2), F::percent(r.limit, 0), yearText);
    // An outcome of another goal never comes here; worded all the same, not in the model's English.
    default: return unreachableText();
    }
}

QString GoalSeekDialog::npvZeroText(const Scenario& s, const GoalResult& r) const
{
    const double today = s.realisation.budgetShareOfFreedCapacity;
    switch (r.outcome) {
    case GoalOutcome::Reached: {
        Scenario above = s;
        above.realisation.budgetShareOfFreedCapacity = std::min(1.0, r.value + 0.05);
        const bool rising = Engine::compute(above).summary.npvBudgetNok > 0;
        return tr("Nåverdien av budsjetteffekten blir 0 når %1 av verdien av frigjort kapasitet regnes som realisert "
                  "budsjettgevinst (i dag %2). %3")
            .arg(F::percent(r.value, 0), F::percent(today, 0),
                 rising ? tr("Realiseres mer enn dette, er tiltakene lønnsomme for kommunen over perioden; realiseres "
                             "mindre, koster de mer enn de sparer.")
                        : tr("Realiseres mindre enn dette, blir nåverdien positiv."));
    }
    case GoalOutcome::PositiveWithoutRealisation:
        return tr("Nåverdien er positiv selv om ingenting av den frigjorte kapasiteten tas ut som innsparing (den er "
                  "minst %1): tilskudd og sparte sosialhjelpsutgifter dekker kostnadene.")
            .arg(F::millionNok(r.limit, 1));
    case GoalOutcome::NegativeAtFullRealisation:
        return tr("Nåverdien er negativ selv om all frigjort kapasitet regnes som realisert (høyst %1). Tiltakene må "
                  "koste mindre eller frigjøre mer tid for å gå i balanse.")
            .arg(F::millionNok(r.limit, 1));
    // An outcome of another goal never comes here; worded all the same, not in the model's English.
    default: return unreachableText();
    }
}

QString GoalSeekDialog::costParityText(const Scenario& s, const GoalResult& r) const
{
    const int compared = comparisonRole(s);
    const QString role = compared >= 0
                             ? io::ExportLabels::vocabularyName(s.serviceArea, s.vocabulary.roles[std::size_t(compared)].id).toLower()
                             : QString();
    const QString nurseCost = compared >= 0 ? F::nok(s.role(compared).annualCostNok) : QString();
    switch (r.outcome) {
    case GoalOutcome::Reached:
        return tr("Et frigjort årsverk koster netto like mye som en %1 (%2 i året) når en oppgavemedarbeider koster %3 i "
                  "året. Er lønnskostnaden lavere, er oppgavedelingen billigere enn å ansette en %1.")
            .arg(role, nurseCost, F::nok(r.value));
    case GoalOutcome::NoNurse: return tr("Scenarioet har ingen fagrolle å sammenligne med.");
    case GoalOutcome::NoTaskWorkers:
        return tr("Ingen oppgaver går til oppgavemedarbeidere, så lønnen deres endrer ikke regnestykket.");
    case GoalOutcome::NoFreedFte: return tr("Tiltakene frigjør ingen årsverk, så det finnes ingen kostnad per frigjort årsverk.");
    case GoalOutcome::AboveNurseAtZeroCost:
        return tr("Selv om oppgavemedarbeiderne ikke kostet noe, ville et frigjort årsverk koste %1 netto, mer enn en %2 "
                  "(%3).")
            .arg(F::nok(r.limit), role, nurseCost);
    case GoalOutcome::BelowNurseAtAnyCost:
        return tr("Et frigjort årsverk koster mindre enn en %1 uansett lønn for oppgavemedarbeiderne.").arg(role);
    // An outcome of another goal never comes here; worded all the same, not in the model's English.
    default: return unreachableText();
    }
}

bool GoalSeekDialog::applyAnswer()
{
    if (!result_ || !document_ || !document_->lastValidScenario())
        return false;
    const Scenario s = *document_->lastValidScenario();
    const GoalResult r = *result_;
    const Json* found = document_->value("uncertainty");
    Json ranges = found ? *found : Json();
    QUndoStack& stack = document_->undoStack();
    document_->endMerge();
    switch (r.goal) {
    case GoalKind::CloseGap: {
        stack.beginMacro(tr("Målsøk: gang delingsandelene med %1").arg(F::number(r.value, 2)));
        for (std::size_t i = 0; i < s.sharing.size(); ++i) {
            const std::string path = "sharing[" + std::to_string(i) + "].share";
            const double value = std::min(1.0, rounded(s.sharing[i].share * r.value, 4));
            document_->setValue(path, value, QString());
            if (ranges.is_object() && ranges.contains(path) && ranges[path].is_object())
                for (const char* end : {"low", "mode", "high"})
                    if (ranges[path].contains(end) && ranges[path][end].is_number())
                        ranges[path][end] = std::min(1.0, rounded(ranges[path][end].get<double>() * r.value, 4));
            if (ranges.is_object() && ranges.contains(path))
                ranges = withRangeAt(ranges, path, value);
        }
        break;
    }
    case GoalKind::NpvZero: {
        const std::string path = "realisation.budget_share_of_freed_capacity";
        const double value = rounded(r.value, 4);
        stack.beginMacro(tr("Målsøk: realiseringsandel %1").arg(F::percent(value, 1)));
        document_->setValue(path, value, QString());
        ranges = withRangeAt(ranges, path, value);
        break;
    }
    case GoalKind::CostParity: {
        const double value = std::round(r.value);
        stack.beginMacro(tr("Målsøk: årskostnad for oppgavemedarbeidere %1").arg(F::nok(value)));
        for (std::size_t k = 0; k < s.vocabulary.receivers.size(); ++k)
            if (s.vocabulary.receivers[k].kind == ReceiverKind::TaskWorker && s.receivers[k].present) {
                const std::string path = "receivers." + s.vocabulary.receivers[k].id + ".annual_cost_nok";
                document_->setValue(path, value, QString());
                ranges = withRangeAt(ranges, path, value);
            }
        break;
    }
    }
    if (found)
        document_->setValue("uncertainty", ranges, QString());
    stack.endMacro();
    document_->endMerge();
    return true;
}

} // namespace gevinst::ui
