#include "UnitPickerDialog.h"

#include "ScenarioLibrary.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gevinst::ui {

UnitPickerDialog::UnitPickerDialog(const store::ScenarioLibrary& library, const QString& templateName,
                                   const QString& excludedUnitId, QWidget* parent)
    : QDialog(parent)
    , library_(library)
    , excluded_(excludedUnitId)
{
    setObjectName(QStringLiteral("unitPickerDialog"));
    setWindowTitle(tr("Bruk som mal"));
    auto* v = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Nytt scenario med «%1» som mal: tiltak, kostnader og tidshorisont hentes fra malen, "
                                "folketall og bemanning fra enheten du velger.")
                                 .arg(templateName));
    intro->setWordWrap(true);
    v->addWidget(intro);
    search_ = new QLineEdit;
    search_->setObjectName(QStringLiteral("unitPickerSearch"));
    search_->setPlaceholderText(tr("Søk kommune eller bydel …"));
    search_->setClearButtonEnabled(true);
    v->addWidget(search_);
    list_ = new QListWidget;
    list_->setObjectName(QStringLiteral("unitPickerList"));
    v->addWidget(list_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("Lag scenario"));
    ok_->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(search_, &QLineEdit::textChanged, this, &UnitPickerDialog::filter);
    connect(list_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) { ok_->setEnabled(item != nullptr); });
    connect(list_, &QListWidget::itemActivated, this, &QDialog::accept);
    resize(420, 480);
    filter(QString());
}

void UnitPickerDialog::filter(const QString& text)
{
    list_->clear();
    auto units = text.trimmed().isEmpty() ? library_.units() : library_.searchUnits(text.trimmed());
    if (!units)
        return;
    for (const store::Unit& u : units.value()) {
        if (u.level == store::UnitLevel::County || u.id == excluded_)
            continue;
        auto* item = new QListWidgetItem(u.level == store::UnitLevel::Bydel
                                             ? tr("%1 (bydel %2)").arg(u.name, u.id)
                                             : tr("%1 (%2, %3)").arg(u.name, u.id, u.countyName),
                                         list_);
        item->setData(Qt::UserRole, u.id);
    }
    if (list_->count() > 0 && !text.trimmed().isEmpty())
        list_->setCurrentRow(0);
}

QString UnitPickerDialog::unitId() const
{
    auto* item = list_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace gevinst::ui
