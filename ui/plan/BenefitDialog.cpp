#include "BenefitDialog.h"

#include "NumberText.h"
#include "PlanValueText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gevinst::ui {

namespace {

/// "Sykefravær i hjemmetjenesten" → "sykefravaer-i-hjemmetjenesten" (a custom indicator's key, at most 40 characters).
QString keyFromName(const QString& name)
{
    QString key = name.toLower();
    key.replace(QStringLiteral("æ"), QStringLiteral("ae"));
    key.replace(QStringLiteral("ø"), QStringLiteral("o"));
    key.replace(QStringLiteral("å"), QStringLiteral("a"));
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9_-]+")), QStringLiteral("-"));
    key.replace(QRegularExpression(QStringLiteral("^-+|-+$")), QString());
    return key.left(40);
}

QLineEdit* line(const char* objectName, const QString& placeholder = {})
{
    auto* e = new QLineEdit;
    e->setObjectName(QLatin1String(objectName));
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

BenefitDialog::BenefitDialog(std::shared_ptr<const Result> approved, std::vector<int> years,
                             const std::optional<plan::Benefit>& existing, QWidget* parent)
    : QDialog(parent)
    , approved_(std::move(approved))
    , years_(std::move(years))
    , editing_(existing.has_value())
{
    setObjectName(QStringLiteral("benefitDialog"));
    setWindowTitle(editing_ ? tr("Endre gevinst") : tr("Legg til gevinst"));
    if (approved_)
        figures_ = plan::FigureCatalogue::available(*approved_);
    auto* v = new QVBoxLayout(this);

    // What the benefit follows.
    auto* what = new QGroupBox(tr("Hva gevinsten måles med"));
    auto* wv = new QVBoxLayout(what);
    fromModel_ = new QRadioButton(tr("Et tall fra modellen (målene er den vedtatte versjonens beregnede verdier)"));
    fromModel_->setObjectName(QStringLiteral("benefitFromModel"));
    custom_ = new QRadioButton(tr("En egen indikator som ikke er prissatt (for eksempel brukertilfredshet eller sykefravær)"));
    custom_->setObjectName(QStringLiteral("benefitCustom"));
    auto* group = new QButtonGroup(this);
    group->addButton(fromModel_);
    group->addButton(custom_);
    wv->addWidget(fromModel_);
    figure_ = new QComboBox;
    figure_->setObjectName(QStringLiteral("benefitFigure"));
    for (const plan::FigureInfo& f : figures_) {
        figure_->addItem(f.unit.isEmpty() ? f.name : tr("%1 (%2)").arg(f.name, f.unit), f.id);
        figure_->setItemData(figure_->count() - 1, f.id, Qt::ToolTipRole);
    }
    figure_->setMaxVisibleItems(20);
    wv->addWidget(figure_);
    modelTargets_ = new QLabel;
    modelTargets_->setObjectName(QStringLiteral("benefitModelTargets"));
    modelTargets_->setWordWrap(true);
    modelTargets_->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    wv->addWidget(modelTargets_);
    wv->addWidget(custom_);

    customBox_ = new QWidget;
    auto* cf = new QFormLayout(customBox_);
    cf->setContentsMargins(20, 0, 0, 0);
    customKey_ = line("benefitCustomKey", tr("lages av navnet"));
    customKey_->setToolTip(tr("Nøkkelen gevinsten har i importfiler for faktiske tall (kolonnen «gevinst»): små bokstaver a–z, "
                              "tall, - og _."));
    unit_ = line("benefitUnit", tr("for eksempel %, poeng, dager"));
    kind_ = new QComboBox;
    kind_->setObjectName(QStringLiteral("benefitKind"));
    kind_->addItem(tr("Nivå (leses av på et tidspunkt, som en andel eller et antall)"), plan::figureKindId(plan::FigureKind::Level));
    kind_->addItem(tr("Strøm (summeres over året, som kroner eller timer)"), plan::figureKindId(plan::FigureKind::Flow));
    targets_ = new QTableWidget(int(years_.size()), 2);
    targets_->setObjectName(QStringLiteral("benefitTargets"));
    targets_->setHorizontalHeaderLabels({tr("År"), tr("Mål")});
    targets_->verticalHeader()->hide();
    targets_->horizontalHeader()->setStretchLastSection(true);
    targets_->setMinimumHeight(140);
    for (int r = 0; r < int(years_.size()); ++r) {
        auto* year = new QTableWidgetItem(io::NumberText::year(years_[std::size_t(r)]));
        year->setFlags(Qt::ItemIsEnabled);
        targets_->setItem(r, 0, year);
        targets_->setItem(r, 1, new QTableWidgetItem);
    }
    cf->addRow(tr("Nøkkel:"), customKey_);
    cf->addRow(tr("Enhet:"), unit_);
    cf->addRow(tr("Type:"), kind_);
    cf->addRow(tr("Mål per år:"), targets_);
    wv->addWidget(customBox_);
    v->addWidget(what);

    // Who owns it and how it is measured.
    auto* about = new QGroupBox(tr("Eier, klasse og måling"));
    auto* af = new QFormLayout(about);
    name_ = line("benefitName");
    af->addRow(tr("Navn:"), name_);
    ownerName_ = line("benefitOwnerName", tr("lederen som har ansvaret for å hente ut gevinsten"));
    ownerPosition_ = line("benefitOwnerPosition", tr("for eksempel enhetsleder hjemmetjenesten"));
    af->addRow(tr("Gevinsteier:"), ownerName_);
    af->addRow(tr("Stilling:"), ownerPosition_);
    class_ = new QComboBox;
    class_->setObjectName(QStringLiteral("benefitClass"));
    for (plan::BenefitClass c : {plan::BenefitClass::Budget, plan::BenefitClass::Time, plan::BenefitClass::Public,
                                 plan::BenefitClass::NotPriced})
        class_->addItem(plan::benefitClassName(c), plan::benefitClassId(c));
    class_->setToolTip(tr("DFØs gevinstklasser: budsjetteffekt i egen virksomhet, annen bruk av frigjort tid, prissatt "
                          "effekt ellers i offentlig sektor, eller ikke prissatt."));
    af->addRow(tr("Klasse (DFØ):"), class_);
    auto* baselineRow = new QHBoxLayout;
    baseline_ = line("benefitBaseline", tr("verdi"));
    baselineDate_ = line("benefitBaselineDate", tr("ÅÅÅÅ-MM-DD"));
    baselineDate_->setMaximumWidth(110);
    baselineRow->addWidget(baseline_, 1);
    baselineRow->addWidget(new QLabel(tr("målt")));
    baselineRow->addWidget(baselineDate_);
    af->addRow(tr("Nullpunkt:"), baselineRow);
    baselineSource_ = line("benefitBaselineSource", tr("for eksempel KOSTRA 2025, Gerica-uttrekk januar 2026"));
    af->addRow(tr("Kilde for nullpunkt:"), baselineSource_);
    measuredHow_ = line("benefitMeasuredHow", tr("hvordan faktiske tall hentes ut"));
    measuredBy_ = line("benefitMeasuredBy", tr("hvem som måler og rapporterer"));
    af->addRow(tr("Måles slik:"), measuredHow_);
    af->addRow(tr("Måles av:"), measuredBy_);
    notes_ = new QPlainTextEdit;
    notes_->setObjectName(QStringLiteral("benefitNotes"));
    notes_->setFixedHeight(notes_->fontMetrics().lineSpacing() * 4 + 10);
    af->addRow(tr("Merknader:"), notes_);
    v->addWidget(about);

    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("benefitError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #e6a5a5; padding: 4px; }"));
    error_->hide();
    v->addWidget(error_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("benefitOk"));
    ok->setText(editing_ ? tr("Lagre endringene") : tr("Legg til"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BenefitDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);

    connect(fromModel_, &QRadioButton::toggled, this, &BenefitDialog::updateCustom);
    connect(figure_, &QComboBox::currentIndexChanged, this, &BenefitDialog::figureChanged);
    connect(name_, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (custom_->isChecked() && !editing_ && !customKey_->isModified())
            customKey_->setText(keyFromName(text));
    });

    if (existing) {
        const plan::Benefit& b = *existing;
        const bool isCustom = b.isCustom();
        (isCustom ? custom_ : fromModel_)->setChecked(true);
        if (isCustom) {
            customKey_->setText(plan::FigureCatalogue::customKey(b.figure));
            unit_->setText(b.unit);
            kind_->setCurrentIndex(kind_->findData(plan::figureKindId(b.kind)));
            fillTargets(b.targets);
        } else {
            int i = figure_->findData(b.figure);
            if (i < 0) {
                figure_->addItem(b.name, b.figure);
                i = figure_->count() - 1;
            }
            figure_->setCurrentIndex(i);
        }
        // The figure (and a custom indicator's key and kind) is fixed once the benefit exists.
        fromModel_->setEnabled(false);
        custom_->setEnabled(false);
        figure_->setEnabled(false);
        customKey_->setReadOnly(true);
        kind_->setEnabled(false);
        name_->setText(b.name);
        ownerName_->setText(b.ownerName);
        ownerPosition_->setText(b.ownerPosition);
        class_->setCurrentIndex(class_->findData(plan::benefitClassId(b.benefitClass)));
        if (b.baselineValue)
            baseline_->setText(PlanValueText::entryText(*b.baselineValue, b));
        baselineDate_->setText(b.baselineDate);
        baselineSource_->setText(b.baselineSource);
        measuredHow_->setText(b.measuredHow);
        measuredBy_->setText(b.measuredBy);
        notes_->setPlainText(b.notes);
    } else {
        (figures_.empty() ? custom_ : fromModel_)->setChecked(true);
        fromModel_->setEnabled(!figures_.empty());
        class_->setCurrentIndex(class_->findData(plan::benefitClassId(plan::BenefitClass::Time)));
    }
    updateCustom();
    figureChanged();
    resize(sizeHint().width(), sizeHint().height());
}

QString BenefitDialog::figure() const
{
    if (custom_->isChecked())
        return QStringLiteral("custom:") + (customKey_->text().trimmed().isEmpty() ? keyFromName(name_->text())
                                                                                  : customKey_->text().trimmed());
    return figure_->currentData().toString();
}

void BenefitDialog::updateCustom()
{
    const bool custom = custom_->isChecked();
    figure_->setEnabled(!custom && !editing_);
    modelTargets_->setVisible(!custom);
    customBox_->setVisible(custom);
    if (custom) {
        name_->setPlaceholderText(tr("navnet på indikatoren"));
        if (!editing_)
            class_->setCurrentIndex(class_->findData(plan::benefitClassId(plan::BenefitClass::NotPriced)));
    } else {
        figureChanged();
    }
}

void BenefitDialog::figureChanged()
{
    if (custom_->isChecked())
        return;
    const QString id = figure_->currentData().toString();
    name_->setPlaceholderText(figure_->currentText().isEmpty() ? QString() : tr("tom: %1").arg(figure_->currentText()));
    if (!approved_ || id.isEmpty()) {
        modelTargets_->clear();
        return;
    }
    plan::Benefit shown;
    shown.figure = id;
    if (auto info = plan::FigureCatalogue::describe(id, approved_.get()))
        shown.unit = info->unit;
    QStringList parts;
    for (const auto& [year, value] : plan::FigureCatalogue::yearly(*approved_, id))
        parts << QStringLiteral("%1: %2").arg(io::NumberText::year(year), PlanValueText::value(value, shown));
    modelTargets_->setText(parts.isEmpty() ? tr("Den vedtatte versjonen har ingen verdier for dette tallet.")
                                           : tr("Mål fra den vedtatte versjonen – %1").arg(parts.join(QStringLiteral("; "))));
}

void BenefitDialog::fillTargets(const std::map<int, double>& targets)
{
    for (int r = 0; r < targets_->rowCount(); ++r) {
        const int year = years_[std::size_t(r)];
        auto it = targets.find(year);
        targets_->item(r, 1)->setText(it == targets.end() ? QString() : io::NumberText::number(it->second, 2));
    }
    // A target for a year outside the approved version's years is kept as a row of its own.
    for (const auto& [year, value] : targets)
        if (std::find(years_.begin(), years_.end(), year) == years_.end()) {
            const int r = targets_->rowCount();
            years_.push_back(year);
            targets_->insertRow(r);
            auto* y = new QTableWidgetItem(io::NumberText::year(year));
            y->setFlags(Qt::ItemIsEnabled);
            targets_->setItem(r, 0, y);
            targets_->setItem(r, 1, new QTableWidgetItem(io::NumberText::number(value, 2)));
        }
}

std::optional<plan::BenefitInput> BenefitDialog::input()
{
    plan::BenefitInput in;
    in.figure = figure();
    in.name = name_->text().trimmed();
    in.ownerName = ownerName_->text().trimmed();
    in.ownerPosition = ownerPosition_->text().trimmed();
    in.benefitClass = plan::benefitClassFromId(class_->currentData().toString()).value_or(plan::BenefitClass::Time);
    in.baselineDate = baselineDate_->text().trimmed();
    in.baselineSource = baselineSource_->text().trimmed();
    in.measuredHow = measuredHow_->text().trimmed();
    in.measuredBy = measuredBy_->text().trimmed();
    in.notes = notes_->toPlainText().trimmed();
    plan::Benefit asBenefit;
    asBenefit.figure = in.figure;
    if (!baseline_->text().trimmed().isEmpty()) {
        in.baselineValue = PlanValueText::parseEntry(baseline_->text(), asBenefit);
        if (!in.baselineValue) {
            showError(tr("Nullpunktet «%1» er ikke et tall.").arg(baseline_->text()));
            baseline_->setFocus();
            return std::nullopt;
        }
    }
    if (custom_->isChecked()) {
        in.unit = unit_->text().trimmed();
        in.kind = plan::figureKindFromId(kind_->currentData().toString());
        for (int r = 0; r < targets_->rowCount(); ++r) {
            const QString text = targets_->item(r, 1)->text().trimmed();
            if (text.isEmpty())
                continue;
            auto value = PlanValueText::parseEntry(text, asBenefit);
            if (!value) {
                showError(tr("Målet for %1, «%2», er ikke et tall.").arg(io::NumberText::year(years_[std::size_t(r)]), text));
                targets_->setCurrentCell(r, 1);
                return std::nullopt;
            }
            in.customTargets[years_[std::size_t(r)]] = *value;
        }
    }
    return in;
}

void BenefitDialog::showError(const QString& text)
{
    error_->setText(text);
    error_->show();
}

} // namespace gevinst::ui
