#include "VocabularyPage.h"

#include "ScenarioDocument.h"
#include "VocabularyIdDialog.h"
#include "VocabularyLabels.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace gevinst::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QLabel* hint(const QString& text)
{
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #555;"));
    return l;
}

/// "Sykepleier" with its id in grey below when the two differ.
QLabel* nameLabel(const FieldContext& context, const std::string& id)
{
    const QString title = FieldCatalog::title(context, id);
    auto* l = new QLabel;
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    if (title.compare(qs(id), Qt::CaseInsensitive) == 0)
        l->setText(title.toHtmlEscaped());
    else
        l->setText(QStringLiteral("%1 <span style='color:#777'>(%2)</span>").arg(title.toHtmlEscaped(), qs(id).toHtmlEscaped()));
    return l;
}

QToolButton* toolButton(const QString& text, const QString& tip, const QString& objectName)
{
    auto* b = new QToolButton;
    b->setText(text);
    b->setToolTip(tip);
    b->setObjectName(objectName);
    return b;
}

QPushButton* addButton(const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text);
    b->setObjectName(objectName);
    return b;
}

} // namespace

VocabularyPage::VocabularyPage(const ScenarioDocument& document, const FieldContext& context, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , context_(context)
{
    setObjectName(QStringLiteral("vocabularyPage"));
    auto* v = new QVBoxLayout(this);
    if (document.format() == 1) {
        auto* note = hint(tr("Scenarioet er i format 1 og bruker standardordlisten. Den første endringen her gjør det om "
                             "til format 2 med ordlisten skrevet inn i scenarioet; tallene blir de samme (realisering: "
                             "all frigjort kapasitet)."));
        note->setObjectName(QStringLiteral("vocabularyFormatNote"));
        v->addWidget(note);
    }
    v->addWidget(buildRoles());
    v->addWidget(buildCategories());
    v->addWidget(buildReceivers());
    QStringList bands;
    for (const AgeBand& band : context_.vocabulary->ageBands)
        bands << FieldCatalog::name(context_, band.id);
    v->addWidget(hint(tr("Aldersgrupper: %1.").arg(bands.join(QStringLiteral(", ")))));
    v->addStretch(1);
}

QWidget* VocabularyPage::buildRoles()
{
    const Vocabulary& vocabulary = *context_.vocabulary;
    auto* box = new QGroupBox(tr("Roller"));
    box->setObjectName(QStringLiteral("vocabularyRoles"));
    auto* v = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Rolle")), 0, 0);
    auto* professionalHead = new QLabel(tr("Fagrolle"));
    professionalHead->setToolTip(tr("Frigjort tid for fagroller telles som frigjorte fagårsverk"));
    grid->addWidget(professionalHead, 0, 1);
    int row = 1;
    for (const RoleSpec& spec : vocabulary.roles) {
        const std::string id = spec.id;
        grid->addWidget(nameLabel(context_, id), row, 0);
        auto* professional = new QCheckBox;
        professional->setObjectName(QStringLiteral("vocab:professional:") + qs(id));
        professional->setChecked(spec.professional);
        professional->setToolTip(tr("Fagrolle: frigjort tid telles som frigjorte fagårsverk"));
        connect(professional, &QCheckBox::toggled, this, [this, id](bool on) {
            const QString name = FieldCatalog::name(context_, id).toLower();
            emit replaceRequested(VocabularyEdit::setProfessional(document_.json(), id, on),
                                  on ? tr("Gjør %1 til fagrolle").arg(name) : tr("Gjør %1 til ikke-fagrolle").arg(name));
        });
        grid->addWidget(professional, row, 1, Qt::AlignCenter);
        auto* rename = toolButton(tr("Gi nytt navn …"), tr("Gi rollen ny id; alt som viser til den, følger med"),
                                  QStringLiteral("vocab:renameRole:") + qs(id));
        connect(rename, &QToolButton::clicked, this, [this, id] { askId(VocabularyEdit::Part::Role, id); });
        grid->addWidget(rename, row, 2);
        auto* remove = toolButton(QStringLiteral("✕"), tr("Fjern rollen med dens tiltak"),
                                  QStringLiteral("vocab:removeRole:") + qs(id));
        remove->setEnabled(vocabulary.roles.size() > 1);
        connect(remove, &QToolButton::clicked, this, [this, id] {
            emit replaceRequested(VocabularyEdit::removeRole(document_.json(), id), tr("Fjern rolle «%1»").arg(qs(id)));
        });
        grid->addWidget(remove, row, 3);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    v->addLayout(grid);
    auto* add = addButton(tr("Legg til rolle …"), QStringLiteral("vocab:addRole"));
    connect(add, &QPushButton::clicked, this, [this] { askId(VocabularyEdit::Part::Role, {}); });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    v->addLayout(addRow);

    // Which categories need each role's education (its matching set, spec §2a). The
    // categories are the rows and the roles the columns: there are usually more
    // categories than roles, and their long names wrap in a row, so the matrix fits a
    // narrow editor pane (at 1366 px the role columns are about 90 px each).
    auto* matchingBox = new QGroupBox(tr("Oppgaver som krever rollens utdanning"));
    matchingBox->setObjectName(QStringLiteral("vocabularyMatching"));
    matchingBox->setFlat(true);
    auto* m = new QGridLayout(matchingBox);
    m->setHorizontalSpacing(6);
    QFont headFont = font();
    headFont.setPointSizeF(headFont.pointSizeF() * 0.9);
    int column = 1;
    for (const RoleSpec& spec : vocabulary.roles) {
        // The short name («Helsefag-arbeider» may break at its hyphen), the whole on hover.
        auto* head = new QLabel(FieldCatalog::shortName(context_, spec.id));
        head->setToolTip(FieldCatalog::title(context_, spec.id));
        head->setAlignment(Qt::AlignCenter);
        head->setWordWrap(true);
        head->setFont(headFont);
        m->addWidget(head, 0, column++, Qt::AlignBottom);
    }
    row = 1;
    for (std::size_t c = 0; c < vocabulary.categories.size(); ++c) {
        const std::string category = vocabulary.categories[c];
        auto* label = new QLabel(FieldCatalog::title(context_, category));
        label->setWordWrap(true);
        m->addWidget(label, row, 0);
        column = 1;
        for (const RoleSpec& spec : vocabulary.roles) {
            const std::string id = spec.id;
            auto* check = new QCheckBox;
            check->setObjectName(QStringLiteral("vocab:matching:%1:%2").arg(qs(id), qs(category)));
            check->setChecked(spec.matches(static_cast<int>(c)));
            check->setToolTip(tr("%1 krever utdanningen til %2")
                                  .arg(FieldCatalog::title(context_, category), FieldCatalog::name(context_, id).toLower()));
            connect(check, &QCheckBox::toggled, this, [this, id, category](bool on) {
                const QString role = FieldCatalog::name(context_, id).toLower();
                const QString what = FieldCatalog::name(context_, category).toLower();
                emit replaceRequested(VocabularyEdit::setMatching(document_.json(), id, category, on),
                                      on ? tr("%1 krever utdanningen til %2").arg(what, role)
                                         : tr("%1 krever ikke utdanningen til %2").arg(what, role));
            });
            m->addWidget(check, row, column++, Qt::AlignCenter);
        }
        ++row;
    }
    m->setColumnStretch(0, 3);
    for (int c = 1; c < column; ++c)
        m->setColumnStretch(c, 1);
    v->addWidget(matchingBox);
    v->addWidget(hint(tr("Utnyttelsesgraden er andelen av rollens tid som går til oppgaver som krever utdanningen; "
                         "den vises for roller med minst én slik oppgave.")));
    return box;
}

QWidget* VocabularyPage::buildCategories()
{
    const Vocabulary& vocabulary = *context_.vocabulary;
    auto* box = new QGroupBox(tr("Oppgavekategorier"));
    box->setObjectName(QStringLiteral("vocabularyCategories"));
    auto* v = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    int row = 0;
    for (const std::string& category : vocabulary.categories) {
        const std::string id = category;
        grid->addWidget(nameLabel(context_, id), row, 0);
        auto* rename = toolButton(tr("Gi nytt navn …"), tr("Gi kategorien ny id; tidsbruk og tiltak følger med"),
                                  QStringLiteral("vocab:renameCategory:") + qs(id));
        connect(rename, &QToolButton::clicked, this, [this, id] { askId(VocabularyEdit::Part::Category, id); });
        grid->addWidget(rename, row, 1);
        auto* remove = toolButton(QStringLiteral("✕"), tr("Fjern kategorien med dens tidsbruk og tiltak"),
                                  QStringLiteral("vocab:removeCategory:") + qs(id));
        remove->setEnabled(vocabulary.categories.size() > 1);
        connect(remove, &QToolButton::clicked, this, [this, id] {
            emit replaceRequested(VocabularyEdit::removeCategory(document_.json(), id),
                                  tr("Fjern kategori «%1»").arg(qs(id)));
        });
        grid->addWidget(remove, row, 2);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    v->addLayout(grid);
    auto* add = addButton(tr("Legg til kategori …"), QStringLiteral("vocab:addCategory"));
    connect(add, &QPushButton::clicked, this, [this] { askId(VocabularyEdit::Part::Category, {}); });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    v->addLayout(addRow);
    v->addWidget(hint(tr("En ny kategori får 0 % i hver rolles tidsbruk. Fjernes en kategori med tid i, summerer raden "
                         "ikke lenger til 100 % før tiden er flyttet.")));
    return box;
}

QWidget* VocabularyPage::buildReceivers()
{
    const Vocabulary& vocabulary = *context_.vocabulary;
    auto* box = new QGroupBox(tr("Mottakere"));
    box->setObjectName(QStringLiteral("vocabularyReceivers"));
    auto* v = new QVBoxLayout(box);
    auto* grid = new QGridLayout;
    int row = 0;
    for (ReceiverKind kind : {ReceiverKind::TaskWorker, ReceiverKind::Volunteer, ReceiverKind::Technology, ReceiverKind::Role})
        for (const ReceiverSpec& spec : vocabulary.receivers) {
            if (spec.kind != kind)
                continue;
            const std::string id = spec.id;
            grid->addWidget(nameLabel(context_, id), row, 0);
            auto* kindLabel = new QLabel(FieldCatalog::kindName(kind));
            kindLabel->setStyleSheet(QStringLiteral("color: #555;"));
            kindLabel->setWordWrap(true);
            grid->addWidget(kindLabel, row, 1);
            auto* rename = toolButton(tr("Gi nytt navn …"), tr("Gi mottakeren ny id; tiltakene følger med"),
                                      QStringLiteral("vocab:renameReceiver:") + qs(id));
            if (kind == ReceiverKind::Role) {
                rename->setEnabled(false);
                rename->setToolTip(tr("En rolle som mottaker har rollens id; gi rollen nytt navn"));
            }
            connect(rename, &QToolButton::clicked, this, [this, id] { askId(VocabularyEdit::Part::Receiver, id); });
            grid->addWidget(rename, row, 2);
            auto* remove = toolButton(QStringLiteral("✕"), tr("Fjern mottakeren med tiltakene til den"),
                                      QStringLiteral("vocab:removeReceiver:") + qs(id));
            connect(remove, &QToolButton::clicked, this, [this, id] {
                emit replaceRequested(VocabularyEdit::removeReceiver(document_.json(), id),
                                      tr("Fjern mottaker «%1»").arg(qs(id)));
            });
            grid->addWidget(remove, row, 3);
            ++row;
        }
    grid->setColumnStretch(0, 1);
    v->addLayout(grid);
    auto* add = addButton(tr("Legg til mottaker …"), QStringLiteral("vocab:addReceiver"));
    connect(add, &QPushButton::clicked, this, [this] { askId(VocabularyEdit::Part::Receiver, {}); });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    v->addLayout(addRow);
    return box;
}

void VocabularyPage::askId(VocabularyEdit::Part part, const std::string& renaming)
{
    auto* dialog = new VocabularyIdDialog(document_.json(), context_, part, renaming, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, part, renaming] {
        const std::string id = dialog->id();
        const QString name = dialog->name();
        const Json& doc = document_.json();
        // The typed name is kept in the scenario's labels, in the language the user works
        // in, unless the service area names the id already (its name is shown then).
        const std::string language = VocabularyLabels::instance().language();
        const bool ownName = !name.isEmpty() && !VocabularyLabels::instance().namesShipped(context_.serviceArea, id);
        const auto named = [&](Json edited) {
            return ownName ? VocabularyEdit::setName(edited, id, name, language) : edited;
        };
        const QString shown = name.isEmpty() ? qs(id) : name;
        if (!renaming.empty()) {
            // Named by the names when the name changed, else by the ids.
            const QString title = FieldCatalog::title(context_, renaming);
            const bool sameName = name.isEmpty() || name == title;
            const QString from = sameName ? qs(renaming) : title;
            const QString to = sameName ? qs(id) : name;
            if (id == renaming) {
                // The same id under a new name: only the label changes.
                if (!ownName || sameName)
                    return; // an edit that changes nothing pushes nothing
                emit replaceRequested(named(doc), tr("Gi nytt navn: «%1» → «%2»").arg(from, to));
                return;
            }
            switch (part) {
            case VocabularyEdit::Part::Role:
                emit replaceRequested(named(VocabularyEdit::renameRole(doc, renaming, id)),
                                      tr("Gi nytt navn: rolle «%1» → «%2»").arg(from, to));
                break;
            case VocabularyEdit::Part::Category:
                emit replaceRequested(named(VocabularyEdit::renameCategory(doc, renaming, id)),
                                      tr("Gi nytt navn: kategori «%1» → «%2»").arg(from, to));
                break;
            case VocabularyEdit::Part::Receiver:
                emit replaceRequested(named(VocabularyEdit::renameReceiver(doc, renaming, id)),
                                      tr("Gi nytt navn: mottaker «%1» → «%2»").arg(from, to));
                break;
            }
            return;
        }
        switch (part) {
        case VocabularyEdit::Part::Role:
            emit replaceRequested(named(VocabularyEdit::addRole(doc, id, dialog->professional())),
                                  tr("Legg til rolle «%1»").arg(shown));
            break;
        case VocabularyEdit::Part::Category:
            emit replaceRequested(named(VocabularyEdit::addCategory(doc, id)), tr("Legg til kategori «%1»").arg(shown));
            break;
        case VocabularyEdit::Part::Receiver:
            // A receiver of kind role is its role, with the role's name.
            emit replaceRequested(dialog->kind() == ReceiverKind::Role ? VocabularyEdit::addReceiver(doc, id, dialog->kind())
                                                                       : named(VocabularyEdit::addReceiver(doc, id, dialog->kind())),
                                  tr("Legg til mottaker «%1»").arg(dialog->kind() == ReceiverKind::Role ? FieldCatalog::title(context_, id) : shown));
            break;
        }
    });
    dialog->open();
}

} // namespace gevinst::ui
