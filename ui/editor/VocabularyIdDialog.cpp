#include "VocabularyIdDialog.h"

#include "VocabularyLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gevinst::ui {

namespace {

QString partName(VocabularyEdit::Part part)
{
    switch (part) {
    case VocabularyEdit::Part::Role: return VocabularyIdDialog::tr("rolle");
    case VocabularyEdit::Part::Category: return VocabularyIdDialog::tr("oppgavekategori");
    case VocabularyEdit::Part::Receiver: return VocabularyIdDialog::tr("mottaker");
    }
    return {};
}

} // namespace

VocabularyIdDialog::VocabularyIdDialog(const Json& document, const FieldContext& context, VocabularyEdit::Part part,
                                       const std::string& renaming, QWidget* parent)
    : QDialog(parent)
    , document_(document)
    , part_(part)
    , renaming_(renaming)
    , context_(context)
{
    setObjectName(QStringLiteral("vocabularyIdDialog"));
    const bool adding = renaming.empty();
    setWindowTitle(adding ? tr("Legg til %1").arg(partName(part)) : tr("Gi nytt navn til %1").arg(partName(part)));
    auto* v = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    v->addLayout(form);

    if (adding && part == VocabularyEdit::Part::Receiver) {
        kind_ = new QComboBox;
        kind_->setObjectName(QStringLiteral("idDialog:kind"));
        for (ReceiverKind k : {ReceiverKind::TaskWorker, ReceiverKind::Volunteer, ReceiverKind::Technology, ReceiverKind::Role})
            kind_->addItem(FieldCatalog::kindName(k), QString::fromUtf8(idOf(k).data(), static_cast<int>(idOf(k).size())));
        form->addRow(tr("Type"), kind_);
        role_ = new QComboBox;
        role_->setObjectName(QStringLiteral("idDialog:role"));
        // A role can take tasks over once: only roles that are not receivers yet.
        for (const RoleSpec& r : context.vocabulary->roles)
            if (context.vocabulary->receiverIndex(r.id) < 0)
                role_->addItem(FieldCatalog::title(context, r.id), QString::fromStdString(r.id));
        form->addRow(tr("Rolle"), role_);
    }

    name_ = new QLineEdit;
    name_->setObjectName(QStringLiteral("idDialog:name"));
    name_->setPlaceholderText(tr("For eksempel «Fysioterapeut»"));
    form->addRow(tr("Navn"), name_);
    id_ = new QLineEdit;
    id_->setObjectName(QStringLiteral("idDialog:id"));
    id_->setToolTip(tr("Id-en lagres i scenarioet. Små bokstaver a–z, tall og _, begynner med en bokstav, høyst 40 tegn."));
    form->addRow(tr("Id"), id_);
    if (adding && part == VocabularyEdit::Part::Role) {
        professional_ = new QCheckBox(tr("Fagrolle (frigjort tid telles som frigjorte fagårsverk)"));
        professional_->setObjectName(QStringLiteral("idDialog:professional"));
        professional_->setChecked(true);
        form->addRow(QString(), professional_);
    }
    if (!adding) {
        name_->setText(FieldCatalog::title(context, renaming));
        id_->setText(QString::fromStdString(renaming));
        // Renaming: a new name proposes a new id, as when adding, until the id is edited.
    }

    auto* note = new QLabel(tr("Navnet lagres i scenarioet og vises i tabeller, figurer og rapporter. Id-en er det "
                               "scenarioet regner med; et navn tjenesteområdet allerede har for id-en, beholdes."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    v->addWidget(note);
    if (!adding) {
        auto* renameNote = new QLabel(tr("Alt som viser til id-en, får den nye: tidsbruk, tiltak, mottakere, kilder og "
                                         "usikkerhet."));
        renameNote->setWordWrap(true);
        renameNote->setStyleSheet(QStringLiteral("color: #555;"));
        v->addWidget(renameNote);
    }
    hint_ = new QLabel;
    hint_->setObjectName(QStringLiteral("idDialog:hint"));
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    v->addWidget(hint_);
    problem_ = new QLabel;
    problem_->setObjectName(QStringLiteral("idDialog:problem"));
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #c62828;"));
    v->addWidget(problem_);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->setObjectName(QStringLiteral("idDialog:buttons"));
    buttons_->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("idDialog:ok"));
    buttons_->button(QDialogButtonBox::Ok)->setText(adding ? tr("Legg til") : tr("Gi nytt navn"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("Avbryt"));
    v->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (buttons_->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(name_, &QLineEdit::textChanged, this, &VocabularyIdDialog::nameEdited);
    connect(id_, &QLineEdit::textEdited, this, [this] {
        idTouched_ = true;
        validate();
    });
    connect(id_, &QLineEdit::textChanged, this, &VocabularyIdDialog::validate);
    if (kind_) {
        connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
            const bool isRole = kind() == ReceiverKind::Role;
            role_->setEnabled(isRole);
            name_->setEnabled(!isRole);
            id_->setEnabled(!isRole);
            validate();
        });
        connect(role_, &QComboBox::currentIndexChanged, this, &VocabularyIdDialog::validate);
        role_->setEnabled(false);
    }
    validate();
    setMinimumWidth(420);
}

std::string VocabularyIdDialog::id() const
{
    if (kind_ && kind() == ReceiverKind::Role)
        return role_->currentData().toString().toStdString();
    return id_->text().trimmed().toStdString();
}

QString VocabularyIdDialog::name() const
{
    if (kind_ && kind() == ReceiverKind::Role)
        return {};
    return name_->text().trimmed();
}

ReceiverKind VocabularyIdDialog::kind() const
{
    if (!kind_)
        return ReceiverKind::TaskWorker;
    return receiverKindFromId(kind_->currentData().toString().toStdString()).value_or(ReceiverKind::TaskWorker);
}

bool VocabularyIdDialog::professional() const
{
    return professional_ && professional_->isChecked();
}

void VocabularyIdDialog::nameEdited(const QString& name)
{
    if (idTouched_)
        return;
    const QString proposed = QString::fromStdString(VocabularyEdit::proposeId(name));
    if (id_->text() != proposed)
        id_->setText(proposed);
}

void VocabularyIdDialog::validate()
{
    QString why;
    if (kind_ && kind() == ReceiverKind::Role) {
        if (role_->count() == 0)
            why = tr("Alle roller tar allerede over oppgaver som mottaker.");
    } else {
        const auto problem = VocabularyEdit::checkId(document_, part_, id(), renaming_);
        why = problemText(problem, part_, id());
    }
    problem_->setText(why);
    problem_->setVisible(!why.isEmpty());
    // An id the service area names keeps that name: say so when another name was typed.
    QString hint;
    if (why.isEmpty() && !name().isEmpty() && VocabularyLabels::instance().namesShipped(context_.serviceArea, id())) {
        const QString shipped = FieldCatalog::title(context_, id());
        if (shipped != name())
            hint = tr("Tjenesteområdet kaller id-en «%1» «%2», og det navnet vises. Gi den en ny id for å bruke et eget navn.")
                       .arg(QString::fromStdString(id()), shipped);
    }
    hint_->setText(hint);
    hint_->setVisible(!hint.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

QString VocabularyIdDialog::problemText(VocabularyEdit::IdProblem problem, VocabularyEdit::Part part, const std::string& id)
{
    const QString shown = QString::fromStdString(id);
    switch (problem) {
    case VocabularyEdit::IdProblem::None: return {};
    case VocabularyEdit::IdProblem::Empty: return tr("Skriv et navn eller en id.");
    case VocabularyEdit::IdProblem::Invalid:
        return tr("«%1» kan ikke brukes som id: den må begynne med en liten bokstav (a–z) og kan ellers bare ha små "
                  "bokstaver, tall og _ (høyst 40 tegn).")
            .arg(shown);
    case VocabularyEdit::IdProblem::TakenByRole: return tr("Det finnes allerede en rolle med id-en «%1».").arg(shown);
    case VocabularyEdit::IdProblem::TakenByCategory:
        return tr("Det finnes allerede en oppgavekategori med id-en «%1».").arg(shown);
    case VocabularyEdit::IdProblem::TakenByReceiver: return tr("Det finnes allerede en mottaker med id-en «%1».").arg(shown);
    case VocabularyEdit::IdProblem::TooMany:
        return tr("Ordlisten kan ha høyst %1 av hver sort; fjern en %2 først.")
            .arg(static_cast<int>(Vocabulary::kMaxEntries))
            .arg(partName(part));
    }
    return {};
}

} // namespace gevinst::ui
