#include "ApproveDialog.h"

#include "NumberText.h"
#include "PlanLibrary.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gevinst::ui {

namespace {
QString dateTime(const QDateTime& utc)
{
    return io::NumberText::dateTime(utc.toLocalTime(), true);
}
} // namespace

ApproveDialog::ApproveDialog(const Subject& s, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("approveDialog"));
    setWindowTitle(tr("Godkjenn som vedtatt plan"));
    auto* v = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Den vedtatte planen er grunnlaget gevinstene følges opp mot: målene for tallene fra "
                                "modellen er denne versjonens beregnede verdier, og de endres ikke senere. Versjonen kan "
                                "ikke endres eller slettes; senere versjoner blir prognosen."));
    intro->setWordWrap(true);
    v->addWidget(intro);

    auto* form = new QFormLayout;
    form->addRow(tr("Scenario:"), new QLabel(s.scenarioName.toHtmlEscaped()));
    QString version = tr("Versjon %1, lagret %2").arg(s.version).arg(dateTime(s.savedAt));
    if (!s.savedBy.isEmpty())
        version += tr(" av %1").arg(s.savedBy);
    if (!s.versionNote.isEmpty())
        version += QStringLiteral(" – «%1»").arg(s.versionNote);
    auto* versionLabel = new QLabel(version);
    versionLabel->setObjectName(QStringLiteral("approveVersion"));
    versionLabel->setTextFormat(Qt::PlainText);
    versionLabel->setWordWrap(true);
    form->addRow(tr("Godkjennes:"), versionLabel);
    const QString approver = s.approver.isEmpty() ? store::PlanLibrary::currentUser() : s.approver;
    auto* who = new QLabel(tr("%1, %2").arg(approver, dateTime(QDateTime::currentDateTimeUtc())));
    who->setObjectName(QStringLiteral("approveWho"));
    who->setTextFormat(Qt::PlainText);
    who->setToolTip(tr("Brukernavnet du er logget inn med, og tidspunktet nå, lagres med godkjenningen."));
    form->addRow(tr("Godkjent av:"), who);
    note_ = new QLineEdit;
    note_->setObjectName(QStringLiteral("approveNote"));
    note_->setPlaceholderText(tr("for eksempel saksnummer: PS 2026/14, kommunestyret 12.3.2026"));
    note_->setMinimumWidth(360);
    form->addRow(tr("Notat:"), note_);
    v->addLayout(form);

    if (s.replaces) {
        auto* replaces = new QLabel(tr("Erstatter vedtatt plan (versjon %1, godkjent %2 av %3). Den beholdes i historikken, "
                                       "og gevinstene og de faktiske tallene følger med til den nye planen.")
                                        .arg(s.replaces->version)
                                        .arg(dateTime(s.replaces->approvedAt), s.replaces->approvedBy));
        replaces->setObjectName(QStringLiteral("approveReplaces"));
        replaces->setTextFormat(Qt::PlainText);
        replaces->setWordWrap(true);
        v->addWidget(replaces);
    }
    if (s.unsavedEdits) {
        auto* unsaved = new QLabel(tr("Scenarioet har endringer som ikke er lagret. De er ikke med i versjon %1; lagre en ny "
                                      "versjon først hvis de skal være med i planen.")
                                       .arg(s.version));
        unsaved->setObjectName(QStringLiteral("approveUnsaved"));
        unsaved->setWordWrap(true);
        unsaved->setStyleSheet(QStringLiteral("QLabel { background: #fff4e0; color: #7a4b00; padding: 4px; border: 1px solid #f0c36d; }"));
        v->addWidget(unsaved);
    }

    error_ = new QLabel;
    error_->setObjectName(QStringLiteral("approveError"));
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #e6a5a5; padding: 4px; }"));
    error_->hide();
    v->addWidget(error_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Godkjenn versjon %1").arg(s.version));
    ok->setObjectName(QStringLiteral("approveOk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApproveDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

QString ApproveDialog::note() const
{
    return note_->text().trimmed();
}

void ApproveDialog::showError(const QString& text)
{
    error_->setText(text);
    error_->show();
}

} // namespace gevinst::ui
