#include "ScenarioEditor.h"

#include "ErrorText.h"
#include "JsonPath.h"
#include "NumberText.h"
#include "NumberField.h"
#include "ScenarioDocument.h"
#include "SetValueCommand.h"
#include "VocabularyEdit.h"
#include "VocabularyPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gevinst::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QWidget* scrollPage(QWidget* content)
{
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

/// A form whose rows put the field under its label when the pane is too narrow for
/// both side by side (at 1366 px the editor pane is about 440 px wide).
QFormLayout* editorForm(QWidget* parent = nullptr)
{
    auto* form = new QFormLayout(parent);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

QLabel* hint(const QString& text)
{
    auto* l = new QLabel(text);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #555;"));
    return l;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

/// "Diskonteringsrente" → "diskonteringsrente", for command texts ("Endre diskonteringsrente").
QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    nameRow_ = new QWidget;
    auto* nameRow = new QHBoxLayout(nameRow_);
    nameRow->setContentsMargins(0, 0, 0, 0);
    auto* nameLabel = new QLabel(tr("Scenario:"));
    nameEdit_ = new QLineEdit;
    nameEdit_->setObjectName(QStringLiteral("field:name"));
    nameEdit_->setToolTip(FieldCatalog::info("name", context_).help);
    nameLabel->setBuddy(nameEdit_);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(nameEdit_, 1);
    layout->addWidget(nameRow_);
    connect(nameEdit_, &QLineEdit::textEdited, this,
            [this](const QString& t) { edit("name", t.toStdString(), tr("Endre navn"), true); });
    connect(nameEdit_, &QLineEdit::editingFinished, this, [this] {
        if (document_)
            document_->endMerge();
    });

    // Over the bottom of the editor, not in the layout: showing it does not move the fields.
    errorSummary_ = new QLabel(this);
    errorSummary_->setObjectName(QStringLiteral("errorSummary"));
    errorSummary_->setWordWrap(true);
    errorSummary_->setTextFormat(Qt::RichText);
    errorSummary_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8e1c1c; border: 1px solid #e6a5a5; border-radius: 3px; padding: 4px; }"));
    errorSummary_->setAutoFillBackground(true);
    errorSummary_->hide();

    // The approved plan's version (issue 13) cannot be edited; its edits become a new version.
    readOnlyBanner_ = new QFrame;
    readOnlyBanner_->setObjectName(QStringLiteral("readOnlyBanner"));
    readOnlyBanner_->setStyleSheet(QStringLiteral(
        "#readOnlyBanner { background: #e8eef5; border: 1px solid #9db4cf; border-radius: 3px; }"));
    auto* bannerRow = new QHBoxLayout(readOnlyBanner_);
    bannerRow->setContentsMargins(6, 4, 6, 4);
    readOnlyText_ = new QLabel;
    readOnlyText_->setObjectName(QStringLiteral("readOnlyReason"));
    readOnlyText_->setWordWrap(true);
    bannerRow->addWidget(readOnlyText_, 1);
    auto* editAsNew = new QPushButton(tr("Rediger som ny versjon"));
    editAsNew->setObjectName(QStringLiteral("editAsNewVersion"));
    editAsNew->setToolTip(tr("Endringene lagres som en ny versjon, som blir prognosen; den vedtatte versjonen endres ikke."));
    connect(editAsNew, &QPushButton::clicked, this, [this] {
        if (document_)
            document_->setReadOnly(QString());
    });
    bannerRow->addWidget(editAsNew, 0, Qt::AlignTop);
    readOnlyBanner_->hide();
    layout->addWidget(readOnlyBanner_);

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("editorTabs"));
    tabs_->setUsesScrollButtons(true);
    tabs_->setDocumentMode(true);
    layout->addWidget(tabs_, 1);

    emptyState_ = new QWidget;
    emptyState_->setObjectName(QStringLiteral("editorEmptyState"));
    auto* ev = new QVBoxLayout(emptyState_);
    emptyText_ = new QLabel;
    emptyText_->setObjectName(QStringLiteral("editorEmptyText"));
    emptyText_->setWordWrap(true);
    emptyText_->setAlignment(Qt::AlignCenter);
    auto* emptyNew = new QPushButton(tr("Nytt scenario"));
    emptyNew->setObjectName(QStringLiteral("editorNewScenario"));
    ev->addStretch(1);
    ev->addWidget(emptyText_);
    ev->addWidget(emptyNew, 0, Qt::AlignCenter);
    ev->addStretch(2);
    emptyState_->hide();
    layout->addWidget(emptyState_, 1);
    connect(emptyNew, &QPushButton::clicked, this, [this] {
        if (!emptyUnitId_.isEmpty())
            emit newScenarioRequested(emptyUnitId_);
    });
}

void ScenarioEditor::showEmptyUnit(const QString& unitId, const QString& unitName, bool canCreate)
{
    emptyUnitId_ = unitId;
    emptyText_->setText(unitId.isEmpty()
                            ? tr("Ingen scenario er åpent. Velg en kommune eller bydel til venstre, og åpne et scenario "
                                 "eller lag et nytt.")
                        : canCreate
                            ? tr("<b>%1</b> har ingen scenarioer ennå.<br>Et nytt scenario får enhetens folketall og "
                                 "bemanning; tiltak og kostnader kommer fra malen og kan endres etterpå.")
                                  .arg(unitName.toHtmlEscaped())
                            : tr("<b>%1</b> har ingen scenarioer i dette biblioteket.<br>Biblioteket er skrivebeskyttet, "
                                 "så nye scenarioer kan ikke lagres her.")
                                  .arg(unitName.toHtmlEscaped()));
    if (QWidget* button = emptyState_->findChild<QWidget*>(QStringLiteral("editorNewScenario")))
        button->setVisible(!unitId.isEmpty() && canCreate);
    refresh();
}

void ScenarioEditor::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    placeErrorSummary();
}

void ScenarioEditor::placeErrorSummary()
{
    const int margin = 6;
    const int w = std::max(0, width() - 2 * margin);
    const int h = std::min(errorSummary_->heightForWidth(w), height() / 3);
    errorSummary_->setGeometry(margin, height() - h - margin, w, h);
    errorSummary_->raise();
}

void ScenarioEditor::setDocument(ScenarioDocument* document)
{
    if (document_)
        disconnect(document_, nullptr, this, nullptr);
    if (document_)
        disconnect(&document_->undoStack(), nullptr, this, nullptr);
    document_ = document;
    builtStructure_.clear();
    if (document_)
        emptyUnitId_.clear();
    if (document_) {
        connect(document_, &ScenarioDocument::changed, this, &ScenarioEditor::refresh);
        undoIndex_ = document_->undoStack().index();
        connect(&document_->undoStack(), &QUndoStack::indexChanged, this, &ScenarioEditor::undoIndexChanged);
        connect(document_, &ScenarioDocument::readOnlyChanged, this, [this] {
            builtStructure_.clear(); // rebuilt with every input's own state, then locked if need be
            refresh();
        });
    }
    refresh();
}

bool ScenarioEditor::isReadOnly() const
{
    return document_ && document_->isReadOnly();
}

void ScenarioEditor::showReadOnly()
{
    const bool readOnly = isReadOnly();
    readOnlyBanner_->setVisible(readOnly);
    readOnlyText_->setText(readOnly ? document_->readOnlyReason() : QString());
    nameEdit_->setReadOnly(readOnly);
    if (!readOnly)
        return; // the pages were just built with every input's own state
    // Every input: text stays readable and selectable, nothing can change; tabs still switch.
    for (QWidget* w : tabs_->findChildren<QWidget*>()) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setReadOnly(true);
        else if (qobject_cast<QComboBox*>(w) ||
                 (qobject_cast<QAbstractButton*>(w) && !qobject_cast<QTabBar*>(w->parentWidget())))
            w->setEnabled(false);
    }
}

NumberField* ScenarioEditor::field(const std::string& path) const
{
    auto it = fields_.find(path);
    return it == fields_.end() ? nullptr : it->second;
}

void ScenarioEditor::undoIndexChanged(int index)
{
    const int previous = undoIndex_;
    undoIndex_ = index;
    if (!document_)
        return;
    // Undo (index went down) concerns the command at the new index; redo the one before it.
    const QUndoStack& stack = document_->undoStack();
    const int changedAt = index < previous ? index : index - 1;
    if (index == previous || changedAt < 0 || changedAt >= stack.count())
        return;
    // A new edit is where the user made it; only undo and redo move the view.
    if (document_->isPushing())
        return;
    if (const auto* command = dynamic_cast<const SetValueCommand*>(stack.command(changedAt)))
        reveal(command->fieldPath());
}

void ScenarioEditor::reveal(const std::string& path)
{
    if (path.empty())
        return;
    QWidget* target = nullptr;
    // The widget of the path itself, else the first one below it, else one above it.
    for (int pass = 0; pass < 3 && !target; ++pass) {
        auto matches = [&](const std::string& widgetPath) {
            switch (pass) {
            case 0: return widgetPath == path;
            case 1: return JsonPath::isWithin(widgetPath, path);
            default: return JsonPath::isWithin(path, widgetPath);
            }
        };
        for (auto& [p, f] : fields_)
            if (matches(p)) {
                target = f;
                break;
            }
        if (!target)
            for (auto& [p, c] : combos_)
                if (matches(p)) {
                    target = c;
                    break;
                }
        if (!target)
            for (auto& [p, e] : sourceEdits_)
                if (matches(p)) {
                    target = e;
                    break;
                }
    }
    if (!target)
        return;
    for (int i = 0; i < tabs_->count(); ++i) {
        QWidget* page = tabs_->widget(i);
        if (page->isAncestorOf(target)) {
            tabs_->setCurrentIndex(i);
            if (auto* scroll = qobject_cast<QScrollArea*>(page))
                scroll->ensureWidgetVisible(target);
            return;
        }
    }
}

void ScenarioEditor::updateContext()
{
    context_ = FieldContext{};
    if (!document_)
        return;
    context_.vocabulary = &document_->vocabulary();
    context_.serviceArea = document_->serviceArea();
    context_.document = &document_->json();
}

std::string ScenarioEditor::structureKey() const
{
    if (!document_)
        return {};
    const Json& d = document_->json();
    // The vocabulary lays out every table; the rest says which rows exist.
    std::string key = document_->vocabulary().toJson().dump() + "|" + std::to_string(document_->format()) + "|";
    key += document_->serviceArea() + "|";
    // The scenario's own names head the tables' rows and columns.
    if (const Json* labels = JsonPath::find(d, "labels"))
        key += labels->dump();
    key += "|";
    if (const Json* pop = JsonPath::find(d, "demography.population"); pop && pop->is_object())
        for (auto it = pop->begin(); it != pop->end(); ++it)
            key += it.key() + ",";
    key += "|";
    if (const Json* s = JsonPath::find(d, "sharing"); s && s->is_array())
        key += std::to_string(s->size());
    key += "|";
    if (const Json* s = JsonPath::find(d, "recruitment.wage_subsidy.schedule"); s && s->is_array())
        key += std::to_string(s->size());
    key += "|";
    for (const RoleSpec& r : document_->vocabulary().roles)
        key += JsonPath::find(d, "roles." + r.id) ? "1" : "0";
    for (const ReceiverSpec& r : document_->vocabulary().receivers)
        key += JsonPath::find(d, "receivers." + r.id) ? "1" : "0";
    key += JsonPath::find(d, "ledger") ? "L" : "-";
    return key;
}

void ScenarioEditor::rebuild()
{
    const int current = tabs_->currentIndex();
    fields_.clear();
    combos_.clear();
    rowSums_.clear();
    sourceEdits_.clear();
    while (tabs_->count() > 0) {
        QWidget* w = tabs_->widget(0);
        tabs_->removeTab(0);
        // Out of the window now (object names must find the new widgets), deleted
        // later (the rebuild may run inside a signal of one of its widgets).
        w->hide();
        w->setParent(nullptr);
        w->deleteLater();
    }
    if (!document_)
        return;
    auto add = [this](QWidget* page, const QString& title, const QString& tip, const char* name) {
        page->setObjectName(QLatin1String(name));
        tabs_->addTab(page, title);
        tabs_->setTabToolTip(tabs_->count() - 1, tip);
    };
    add(buildPeriodPage(), tr("Periode"), tr("Tidshorisont, diskontering og timer per årsverk"), "page:period");
    add(buildDemographyPage(), tr("Demografi"), tr("Folketall per aldersgruppe og år, tjenesterater"), "page:demography");
    add(buildStaffPage(), tr("Bemanning"), tr("Årsverk, årskostnad og tidsbruk per rolle"), "page:staff");
    add(buildMeasuresPage(), tr("Tiltak"), tr("Oppgaver som flyttes: fra hvem, hvilken kategori, til hvem, hvor stor andel"),
        "page:measures");
    add(buildReceiversPage(), tr("Mottakere"), tr("Hvem som overtar oppgavene, og hva det koster"), "page:receivers");
    add(buildRecruitmentPage(), tr("NAV"), tr("Rekruttering, lønnstilskudd, mentortilskudd og sosialhjelp"),
        "page:recruitment");
    add(buildHubPage(), tr("Hub"), tr("Hub-kostnader og realisering av frigjort kapasitet"), "page:hub");
    auto* vocabulary = new VocabularyPage(*document_, context_);
    connect(vocabulary, &VocabularyPage::replaceRequested, this, &ScenarioEditor::replace);
    add(scrollPage(vocabulary), tr("Ordliste"), tr("Roller, oppgavekategorier og mottakere: legg til, gi nytt navn, fjern"),
        "page:vocabulary");
    if (current >= 0 && current < tabs_->count())
        tabs_->setCurrentIndex(current);
    showReadOnly();
}

NumberField* ScenarioEditor::makeField(const std::string& path)
{
    auto* f = new NumberField(path, FieldCatalog::info(path, context_));
    fields_[path] = f;
    f->setSource(document_ ? document_->sourceFor(path) : QString());
    connect(f, &NumberField::edited, this, [this, f](const std::string& p, const Json& v) {
        QString text;
        if (p.rfind("sharing[", 0) == 0 && p.size() > 6 && p.substr(p.size() - 6) == ".share") {
            const std::string base = p.substr(0, p.size() - 6);
            const Json* cat = document_ ? document_->value(base + ".category") : nullptr;
            const Json* to = document_ ? document_->value(base + ".to") : nullptr;
            text = tr("Endre andel: %1 → %2")
                       .arg(cat && cat->is_string() ? FieldCatalog::name(context_, cat->get<std::string>()).toLower() : QString(),
                            to && to->is_string() ? FieldCatalog::name(context_, to->get<std::string>()).toLower() : QString());
        } else {
            text = tr("Endre %1").arg(lowerFirst(f->info().label));
        }
        if (document_)
            document_->setValueMarkingSource(p, v, text, true);
    });
    connect(f, &NumberField::editFinished, this, [this] {
        if (document_)
            document_->endMerge();
    });
    return f;
}

QWidget* ScenarioEditor::withUnit(NumberField* field)
{
    auto* box = new QWidget;
    auto* h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(field, 1);
    auto* unit = new QLabel(field->info().unit);
    unit->setMinimumWidth(unit->fontMetrics().horizontalAdvance(QStringLiteral("× (faktor)")));
    h->addWidget(unit);
    h->addWidget(makeSourceEdit(field->path()), 2);
    return box;
}

QLineEdit* ScenarioEditor::makeSourceEdit(const std::string& path, const QString& what)
{
    const QString named = what.isEmpty() ? lowerFirst(FieldCatalog::label(path, context_)) : what;
    auto* e = new QLineEdit;
    e->setObjectName(QStringLiteral("source:") + qs(path));
    e->setAccessibleName(tr("Kilde"));
    e->setMinimumWidth(e->fontMetrics().horizontalAdvance(QStringLiteral("Kilde: SSB 07459")));
    sourceEdits_[path] = e;
    connect(e, &QLineEdit::textEdited, this, [this, path, named](const QString& text) {
        if (document_)
            document_->setSource(path, text, tr("Endre kilde: %1").arg(named), true);
    });
    connect(e, &QLineEdit::editingFinished, this, [this] {
        if (document_)
            document_->endMerge();
    });
    return e;
}

QWidget* ScenarioEditor::tableSource(const std::string& path, const QString& label, const QString& what)
{
    auto* row = new QWidget;
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto* l = new QLabel(label);
    // A long role name wraps instead of widening the table beyond the pane.
    l->setWordWrap(true);
    l->setMaximumWidth(l->fontMetrics().horizontalAdvance(QStringLiteral("Kilde, kr per årsverk, sykepleier:")));
    QLineEdit* e = makeSourceEdit(path, what);
    l->setBuddy(e);
    h->addWidget(l);
    h->addWidget(e, 1);
    return row;
}

void ScenarioEditor::showSources()
{
    for (auto& [path, f] : fields_) {
        const QString source = document_->sourceFor(path);
        f->setSource(source);
        f->setSourceChanged(ScenarioDocument::isChangedMark(source));
    }
    for (auto& [path, e] : sourceEdits_) {
        const QString own = document_->hasOwnSource(path) ? document_->sourceFor(path) : QString();
        const QString shown = document_->sourceFor(path);
        // While the user types in it, the text is theirs.
        if (!e->hasFocus() && e->text() != own) {
            e->setText(own);
            e->setCursorPosition(0);
        }
        e->setPlaceholderText(shown.isEmpty() ? tr("Kilde ikke oppgitt – skriv hvor tallet kommer fra") : shown);
        e->setToolTip(shown.isEmpty()          ? tr("Kilde ikke oppgitt – skriv hvor tallet kommer fra")
                      : own.isEmpty()          ? tr("Felles kilde for flere verdier: %1").arg(shown)
                                               : tr("Kilde: %1").arg(shown));
        const bool marked = ScenarioDocument::isChangedMark(shown);
        e->setProperty("sourceChanged", marked);
        e->setStyleSheet(marked ? QStringLiteral("QLineEdit { background: #fff4d6; }") : QString());
    }
}

QComboBox* ScenarioEditor::makeCombo(const std::string& path, const QStringList& ids, const QStringList& names)
{
    auto* c = new QComboBox;
    c->setObjectName(QStringLiteral("combo:") + qs(path));
    // Narrow enough for the measures table at 1366×768; the full name shows in the list.
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(4);
    for (int i = 0; i < ids.size(); ++i) {
        c->addItem(names[i], ids[i]);
        c->setItemData(i, names[i], Qt::ToolTipRole);
    }
    combos_[path] = c;
    connect(c, &QComboBox::activated, this, [this, c, path](int i) {
        if (document_)
            document_->setValueMarkingSource(path, c->itemData(i).toString().toStdString(),
                                             tr("Endre %1").arg(lowerFirst(FieldCatalog::label(path, context_))));
    });
    return c;
}

QString ScenarioEditor::rowLabel(const std::string& path, const char* drop) const
{
    const auto match = matchPath(path, *context_.vocabulary);
    if (!match)
        return FieldCatalog::label(path, context_);
    QString text = QCoreApplication::translate("gevinst::Inputs", match->spec->label);
    const QString placeholder = QStringLiteral("{%1}").arg(QLatin1String(drop));
    for (const QString& cut : {QStringLiteral(", ") + placeholder, QStringLiteral(" ") + placeholder, placeholder})
        text.remove(cut);
    if (text.contains(QLatin1Char('{')))
        return FieldCatalog::label(path, context_);
    return capitalised(text.trimmed());
}

void ScenarioEditor::edit(const std::string& path, const Json& value, const QString& text, bool merge)
{
    if (document_)
        document_->setValue(path, value, text, merge);
}

void ScenarioEditor::replace(const Json& document, const QString& text)
{
    if (!document_)
        return;
    document_->endMerge();
    document_->setValue(std::string(), document, text);
    document_->endMerge();
}

QWidget* ScenarioEditor::buildPeriodPage()
{
    auto* page = new QWidget;
    auto* form = editorForm(page);
    form->addRow(hint(tr("Beregningen går fra startåret til sluttåret. Beløp er i faste priser for startåret.")));
    for (const char* p : {"years.start", "years.end", "discount_rate", "hours_per_fte"}) {
        NumberField* f = makeField(p);
        form->addRow(f->info().label, withUnit(f));
    }
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildDemographyPage()
{
    const Vocabulary& vocabulary = *context_.vocabulary;
    const int bands = static_cast<int>(vocabulary.ageBands.size());
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* popBox = new QGroupBox(tr("Folketall per aldersgruppe (personer, 1. januar)"));
    auto* grid = new QGridLayout(popBox);
    grid->addWidget(new QLabel(tr("År")), 0, 0);
    for (int a = 0; a < bands; ++a) {
        auto* head = new QLabel(FieldCatalog::name(context_, vocabulary.ageBands[a].id));
        head->setWordWrap(true);
        grid->addWidget(head, 0, a + 1);
    }
    std::vector<std::string> years;
    if (const Json* pop = document_->value("demography.population"); pop && pop->is_object())
        for (auto it = pop->begin(); it != pop->end(); ++it)
            years.push_back(it.key());
    int row = 1;
    for (const std::string& y : years) {
        grid->addWidget(new QLabel(qs(y)), row, 0);
        for (int a = 0; a < bands; ++a)
            grid->addWidget(makeField("demography.population." + y + "." + vocabulary.ageBands[a].id), row, a + 1);
        auto* remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setObjectName(QStringLiteral("removeYear:") + qs(y));
        remove->setToolTip(tr("Fjern året %1").arg(qs(y)));
        remove->setEnabled(years.size() > 1);
        connect(remove, &QToolButton::clicked, this, [this, y] {
            Json pop = *document_->value("demography.population");
            pop.erase(y);
            edit("demography.population", pop, tr("Fjern folketall for %1").arg(qs(y)));
        });
        grid->addWidget(remove, row, bands + 1);
        ++row;
    }
    auto* add = new QPushButton(tr("Legg til år"));
    add->setObjectName(QStringLiteral("addPopulationYear"));
    connect(add, &QPushButton::clicked, this, [this, years] {
        Json pop = *document_->value("demography.population");
        int next = years.empty() ? 2025 : std::stoi(years.back()) + 1;
        while (pop.contains(std::to_string(next)))
            ++next;
        Json empty = Json::object();
        for (const AgeBand& band : context_.vocabulary->ageBands)
            empty[band.id] = 0;
        pop[std::to_string(next)] = years.empty() ? empty : pop[years.back()];
        edit("demography.population", pop, tr("Legg til folketall for %1").arg(next));
    });
    grid->addWidget(add, row, 0, 1, 2);
    grid->addWidget(tableSource("demography.population", tr("Kilde:"), tr("folketall")), row + 1, 0, 1, bands + 2);
    v->addWidget(popBox);
    v->addWidget(hint(tr("År mellom to oppgitte år interpoleres lineært; før første og etter siste år brukes nærmeste oppgitte år.")));

    auto* rateBox = new QGroupBox(tr("Tjenesterate (andel som mottar tjenesten)"));
    auto* form = editorForm(rateBox);
    for (const AgeBand& band : vocabulary.ageBands) {
        NumberField* f = makeField("demography.service_rate." + band.id);
        form->addRow(FieldCatalog::name(context_, band.id), withUnit(f));
    }
    v->addWidget(rateBox);
    auto* growthForm = editorForm();
    NumberField* g = makeField("staff_growth_per_year");
    growthForm->addRow(g->info().label, withUnit(g));
    v->addLayout(growthForm);
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildStaffPage()
{
    const Vocabulary& vocabulary = *context_.vocabulary;
    const int categories = static_cast<int>(vocabulary.categories.size());
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* staffBox = new QGroupBox(tr("Årsverk og årskostnad"));
    auto* grid = new QGridLayout(staffBox);
    grid->addWidget(new QLabel(tr("Rolle")), 0, 0);
    grid->addWidget(new QLabel(tr("Årsverk")), 0, 1);
    grid->addWidget(new QLabel(tr("Kr per årsverk")), 0, 2);
    int row = 1;
    for (const RoleSpec& spec : vocabulary.roles) {
        const std::string role = spec.id;
        const bool present = document_->value("roles." + role) != nullptr;
        // A long role name wraps beside its box instead of widening the table.
        auto* check = new QCheckBox;
        auto* name = new QLabel(FieldCatalog::title(context_, role));
        name->setWordWrap(true);
        name->setBuddy(check);
        check->setAccessibleName(name->text());
        check->setObjectName(QStringLiteral("rolePresent:") + qs(role));
        check->setChecked(present);
        check->setToolTip(present ? tr("Rollen er med i scenarioet; fjern haken for å regne den med 0 årsverk")
                                  : tr("Ta med rollen i scenarioet"));
        connect(check, &QCheckBox::toggled, this, [this, role](bool on) {
            Json roles = document_->value("roles") && document_->value("roles")->is_object() ? *document_->value("roles")
                                                                                             : Json::object();
            if (on)
                roles[role] = VocabularyEdit::defaultRole(context_.vocabulary->toJson());
            else
                roles.erase(role);
            const QString name = FieldCatalog::name(context_, role).toLower();
            edit("roles", roles, on ? tr("Ta med %1").arg(name) : tr("Regn %1 med 0 årsverk").arg(name));
        });
        auto* roleCell = new QWidget;
        auto* roleRow = new QHBoxLayout(roleCell);
        roleRow->setContentsMargins(0, 0, 0, 0);
        roleRow->addWidget(check);
        roleRow->addWidget(name, 1);
        grid->addWidget(roleCell, row, 0);
        if (present) {
            grid->addWidget(makeField("roles." + role + ".fte"), row, 1);
            grid->addWidget(makeField("roles." + role + ".annual_cost_nok"), row, 2);
        }
        ++row;
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->addWidget(tableSource("roles", tr("Kilde, årsverk:"), tr("årsverk")), row, 0, 1, 3);
    ++row;
    for (const RoleSpec& spec : vocabulary.roles)
        if (document_->value("roles." + spec.id)) {
            grid->addWidget(tableSource("roles." + spec.id + ".annual_cost_nok",
                                        tr("Kilde, kr per årsverk, %1:").arg(FieldCatalog::name(context_, spec.id).toLower())),
                            row, 0, 1, 3);
            ++row;
        }
    v->addWidget(staffBox);

    // A column per role and a row per task category, with each role's sum at the foot of
    // its column: the categories' long names wrap in their rows and the roles' short
    // names head narrow columns, so six categories and four roles fit a pane of 440 px.
    auto* matrixBox = new QGroupBox(tr("Tidsbruk: andel av arbeidstiden per oppgavekategori (%)"));
    matrixBox->setObjectName(QStringLiteral("taskShareTable"));
    auto* m = new QGridLayout(matrixBox);
    m->setHorizontalSpacing(6);
    QFont headFont = font();
    headFont.setPointSizeF(headFont.pointSizeF() * 0.9);
    std::vector<const RoleSpec*> present;
    for (const RoleSpec& spec : vocabulary.roles)
        if (document_->value("roles." + spec.id))
            present.push_back(&spec);
    for (int c = 0; c < categories; ++c) {
        const std::string& category = vocabulary.categories[static_cast<std::size_t>(c)];
        auto* head = new QLabel(FieldCatalog::title(context_, category));
        head->setObjectName(QStringLiteral("categoryHead:") + qs(category));
        head->setToolTip(FieldCatalog::title(context_, category));
        head->setWordWrap(true);
        m->addWidget(head, c + 1, 0);
    }
    auto* sumHead = new QLabel(tr("Sum"));
    sumHead->setFont(headFont);
    m->addWidget(sumHead, categories + 1, 0);
    int column = 1;
    for (const RoleSpec* spec : present) {
        const std::string& role = spec->id;
        auto* head = new QLabel(FieldCatalog::shortName(context_, role));
        head->setObjectName(QStringLiteral("roleHead:") + qs(role));
        head->setToolTip(FieldCatalog::title(context_, role));
        head->setAlignment(Qt::AlignCenter);
        head->setWordWrap(true);
        head->setFont(headFont);
        m->addWidget(head, 0, column, Qt::AlignBottom);
        for (int c = 0; c < categories; ++c) {
            const std::string& category = vocabulary.categories[static_cast<std::size_t>(c)];
            NumberField* f = makeField("roles." + role + ".task_shares." + category);
            f->setMinimumWidth(f->fontMetrics().horizontalAdvance(QStringLiteral("00,0")));
            // Bold where the task needs the role's education (its matching set).
            if (spec->matches(c)) {
                QFont bold = f->font();
                bold.setBold(true);
                f->setFont(bold);
            }
            m->addWidget(f, c + 1, column);
        }
        auto* sum = new QLabel;
        sum->setObjectName(QStringLiteral("rowSum:") + qs(role));
        sum->setFont(headFont);
        sum->setAlignment(Qt::AlignCenter);
        rowSums_["roles." + role + ".task_shares"] = sum;
        m->addWidget(sum, categories + 1, column);
        ++column;
    }
    m->setColumnStretch(0, 3);
    for (int c = 1; c < column; ++c)
        m->setColumnStretch(c, 1);
    row = categories + 2;
    for (const RoleSpec* spec : present) {
        m->addWidget(tableSource("roles." + spec->id + ".task_shares",
                                 tr("Kilde, %1:").arg(FieldCatalog::name(context_, spec->id).toLower())),
                     row, 0, 1, column);
        ++row;
    }
    v->addWidget(matrixBox);
    v->addWidget(hint(tr("Hver rolles kolonne skal summere til 100 % (summen står nederst). Halvfete tall er oppgaver som krever "
                         "rollens utdanning (velges i «Ordliste»); tid som flyttes fra andre oppgaver, går til disse.")));
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildMeasuresPage()
{
    const Vocabulary& vocabulary = *context_.vocabulary;
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    v->addWidget(hint(tr("Hvert tiltak flytter en andel av tiden en rolle bruker på en oppgavekategori til en mottaker.")));
    auto* grid = new QGridLayout;
    // Short headings that may wrap: the table must fit a pane of about 440 px.
    const std::pair<QString, QString> heads[] = {
        {tr("Fra"), tr("Rollen som gir fra seg tid")},
        {tr("Kategori"), tr("Oppgavekategorien tiden flyttes fra")},
        {tr("Til"), tr("Mottakeren som overtar oppgavene")},
        {tr("Andel (%)"), tr("Andelen av rollens tid på kategorien som flyttes")},
    };
    for (int c = 0; c < 4; ++c) {
        auto* head = new QLabel(heads[c].first);
        head->setToolTip(heads[c].second);
        head->setWordWrap(true);
        grid->addWidget(head, 0, c, Qt::AlignBottom);
    }
    QStringList roleIds, roleNames, catIds, catNames, recIds, recNames;
    for (const RoleSpec& r : vocabulary.roles) {
        roleIds << qs(r.id);
        roleNames << FieldCatalog::title(context_, r.id);
    }
    for (const std::string& c : vocabulary.categories) {
        catIds << qs(c);
        catNames << FieldCatalog::title(context_, c);
    }
    for (const ReceiverSpec& r : vocabulary.receivers) {
        recIds << qs(r.id);
        recNames << FieldCatalog::title(context_, r.id);
    }
    const Json* sharing = document_->value("sharing");
    const int n = sharing && sharing->is_array() ? static_cast<int>(sharing->size()) : 0;
    auto moveMeasure = [this](int from, int to) {
        const Json* s = document_->value("sharing");
        if (!s || to < 0 || to >= static_cast<int>(s->size()))
            return;
        replace(VocabularyEdit::swapMeasures(document_->json(), static_cast<std::size_t>(from), static_cast<std::size_t>(to)),
                to < from ? tr("Flytt tiltak %1 opp").arg(from + 1) : tr("Flytt tiltak %1 ned").arg(from + 1));
    };
    for (int i = 0; i < n; ++i) {
        const std::string base = "sharing[" + std::to_string(i) + "]";
        grid->addWidget(makeCombo(base + ".from", roleIds, roleNames), i + 1, 0);
        grid->addWidget(makeCombo(base + ".category", catIds, catNames), i + 1, 1);
        grid->addWidget(makeCombo(base + ".to", recIds, recNames), i + 1, 2);
        NumberField* share = makeField(base + ".share");
        share->setMinimumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("000,0")));
        share->setMaximumWidth(share->fontMetrics().horizontalAdvance(QStringLiteral("0000,000")));
        grid->addWidget(share, i + 1, 3);
        auto* up = new QToolButton;
        up->setText(QStringLiteral("↑"));
        up->setToolTip(tr("Flytt opp"));
        up->setObjectName(QStringLiteral("measureUp:%1").arg(i));
        up->setEnabled(i > 0);
        connect(up, &QToolButton::clicked, this, [moveMeasure, i] { moveMeasure(i, i - 1); });
        auto* down = new QToolButton;
        down->setText(QStringLiteral("↓"));
        down->setToolTip(tr("Flytt ned"));
        down->setObjectName(QStringLiteral("measureDown:%1").arg(i));
        down->setEnabled(i + 1 < n);
        connect(down, &QToolButton::clicked, this, [moveMeasure, i] { moveMeasure(i, i + 1); });
        auto* remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Fjern tiltaket"));
        remove->setObjectName(QStringLiteral("measureRemove:%1").arg(i));
        connect(remove, &QToolButton::clicked, this, [this, i] {
            replace(VocabularyEdit::removeMeasure(document_->json(), static_cast<std::size_t>(i)),
                    tr("Fjern tiltak %1").arg(i + 1));
        });
        // The three buttons side by side without gaps, so the table fits a narrow pane.
        auto* buttons = new QWidget;
        auto* h = new QHBoxLayout(buttons);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(0);
        for (QToolButton* b : {up, down, remove}) {
            b->setAutoRaise(true);
            h->addWidget(b);
        }
        grid->addWidget(buttons, i + 1, 4);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    v->addLayout(grid);
    v->addWidget(tableSource("sharing", tr("Kilde for tiltakene:")));
    auto* add = new QPushButton(tr("Legg til tiltak"));
    add->setObjectName(QStringLiteral("addMeasure"));
    add->setEnabled(!vocabulary.roles.empty() && !vocabulary.categories.empty() && !vocabulary.receivers.empty());
    connect(add, &QPushButton::clicked, this, [this] {
        const Vocabulary& vocabulary = *context_.vocabulary;
        // From the first role in the scenario, to the first receiver that is not that role.
        std::string from = vocabulary.roles.front().id;
        for (const RoleSpec& r : vocabulary.roles)
            if (document_->value("roles." + r.id)) {
                from = r.id;
                break;
            }
        std::string to = vocabulary.receivers.front().id;
        for (const ReceiverSpec& r : vocabulary.receivers)
            if (r.id != from) {
                to = r.id;
                break;
            }
        const Json* cur = document_->value("sharing");
        Json s = cur && cur->is_array() ? *cur : Json::array();
        s.push_back(Json{{"from", from}, {"category", vocabulary.categories.back()}, {"to", to}, {"share", 0.0}});
        edit("sharing", s, tr("Legg til tiltak"));
    });
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    v->addLayout(addRow);
    auto* rampBox = new QGroupBox(tr("Innføring"));
    auto* form = editorForm(rampBox);
    for (const char* p : {"ramp.start_year", "ramp.years_to_full"}) {
        NumberField* f = makeField(p);
        form->addRow(f->info().label, withUnit(f));
    }
    v->addWidget(rampBox);
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildReceiversPage()
{
    const Vocabulary& vocabulary = *context_.vocabulary;
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    v->addWidget(hint(tr("Parametrene trengs bare for mottakere som et tiltak bruker. Nye mottakere legges til i «Ordliste».")));
    for (ReceiverKind kind : {ReceiverKind::TaskWorker, ReceiverKind::Volunteer, ReceiverKind::Technology, ReceiverKind::Role}) {
        std::vector<const ReceiverSpec*> ofKind;
        for (const ReceiverSpec& r : vocabulary.receivers)
            if (r.kind == kind)
                ofKind.push_back(&r);
        if (ofKind.empty())
            continue;
        auto* kindBox = new QGroupBox(FieldCatalog::kindName(kind));
        kindBox->setObjectName(QStringLiteral("receiverKind:") + QString::fromUtf8(idOf(kind).data()));
        auto* kindLayout = new QVBoxLayout(kindBox);
        for (const ReceiverSpec* r : ofKind) {
            const std::string rec = r->id;
            auto* box = new QGroupBox(FieldCatalog::title(context_, rec));
            box->setObjectName(QStringLiteral("receiver:") + qs(rec));
            box->setCheckable(true);
            const bool present = document_->value("receivers." + rec) != nullptr;
            box->setChecked(present);
            box->setToolTip(tr("Med haken på har mottakeren egne parametre i scenarioet"));
            connect(box, &QGroupBox::toggled, this, [this, rec, kind](bool on) {
                const Json* cur = document_->value("receivers");
                Json r = cur && cur->is_object() ? *cur : Json::object();
                if (on)
                    r[rec] = VocabularyEdit::defaultReceiverParameters(kind);
                else
                    r.erase(rec);
                const QString name = FieldCatalog::name(context_, rec).toLower();
                edit("receivers", r, on ? tr("Ta med mottaker %1").arg(name) : tr("Fjern parametrene til %1").arg(name));
            });
            auto* form = editorForm(box);
            if (present)
                for (const InputSpec* spec : receiverInputs(kind)) {
                    NumberField* field = makeField("receivers." + rec + "." + std::string(spec->key()));
                    form->addRow(rowLabel(field->path(), "receiver"), withUnit(field));
                }
            kindLayout->addWidget(box);
        }
        v->addWidget(kindBox);
    }
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildRecruitmentPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto addForm = [&](const QString& title, const std::vector<std::string>& paths) {
        auto* box = new QGroupBox(title);
        auto* form = editorForm(box);
        for (const std::string& p : paths) {
            NumberField* f = makeField(p);
            form->addRow(f->info().label, withUnit(f));
        }
        v->addWidget(box);
        return form;
    };
    addForm(tr("Rekruttering"), {"recruitment.share_from_nav", "recruitment.training_cost_per_hire_nok"});
    QFormLayout* wage = addForm(tr("Lønnstilskudd fra NAV"), {"recruitment.wage_subsidy.eligible_share"});
    auto* trancheBox = new QWidget;
    auto* grid = new QGridLayout(trancheBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Trinn")), 0, 0);
    grid->addWidget(new QLabel(tr("Måneder")), 0, 1);
    grid->addWidget(new QLabel(tr("Sats (%)")), 0, 2);
    const Json* schedule = document_->value("recruitment.wage_subsidy.schedule");
    const int n = schedule && schedule->is_array() ? static_cast<int>(schedule->size()) : 0;
    for (int i = 0; i < n; ++i) {
        const std::string base = "recruitment.wage_subsidy.schedule[" + std::to_string(i) + "]";
        grid->addWidget(new QLabel(QString::number(i + 1)), i + 1, 0);
        grid->addWidget(makeField(base + ".months"), i + 1, 1);
        grid->addWidget(makeField(base + ".rate"), i + 1, 2);
        auto* remove = new QToolButton;
        remove->setText(QStringLiteral("✕"));
        remove->setToolTip(tr("Fjern trinnet"));
        remove->setObjectName(QStringLiteral("trancheRemove:%1").arg(i));
        connect(remove, &QToolButton::clicked, this, [this, i] {
            Json s = *document_->value("recruitment.wage_subsidy.schedule");
            s.erase(s.begin() + i);
            edit("recruitment.wage_subsidy.schedule", s, tr("Fjern lønnstilskuddstrinn %1").arg(i + 1));
        });
        grid->addWidget(remove, i + 1, 3);
    }
    auto* add = new QPushButton(tr("Legg til trinn"));
    add->setObjectName(QStringLiteral("addTranche"));
    connect(add, &QPushButton::clicked, this, [this] {
        const Json* cur = document_->value("recruitment.wage_subsidy.schedule");
        Json s = cur && cur->is_array() ? *cur : Json::array();
        s.push_back(Json{{"months", 6}, {"rate", 0.3}});
        edit("recruitment.wage_subsidy.schedule", s, tr("Legg til lønnstilskuddstrinn"));
    });
    grid->addWidget(add, n + 1, 0, 1, 3, Qt::AlignLeft);
    grid->addWidget(tableSource("recruitment.wage_subsidy.schedule", tr("Kilde:"), tr("lønnstilskuddstrinn")), n + 2, 0, 1, 4);
    wage->addRow(tr("Trinn (etter hverandre fra ansettelsen)"), trancheBox);
    addForm(tr("Mentortilskudd fra NAV"),
            {"recruitment.mentor_subsidy.eligible_share", "recruitment.mentor_subsidy.hours_per_week",
             "recruitment.mentor_subsidy.hourly_rate_nok", "recruitment.mentor_subsidy.months"});
    addForm(tr("Sosialhjelp"),
            {"recruitment.social_assistance.share_of_hires_on_assistance",
             "recruitment.social_assistance.annual_assistance_per_person_nok",
             "recruitment.social_assistance.reduction_when_employed"});
    v->addStretch(1);
    return scrollPage(page);
}

QWidget* ScenarioEditor::buildHubPage()
{
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    auto* hubBox = new QGroupBox(tr("Hub (Jobbfabrikken / Mestringstorg)"));
    auto* form = editorForm(hubBox);
    for (const char* p : {"hub.coordinator_fte", "hub.annual_cost_per_fte_nok", "hub.one_off_cost_nok", "hub.one_off_year"}) {
        NumberField* f = makeField(p);
        form->addRow(f->info().label, withUnit(f));
    }
    v->addWidget(hubBox);

    auto* realBox = new QGroupBox(tr("Realisering"));
    auto* rf = editorForm(realBox);
    rf->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QComboBox* basis = makeCombo("realisation.basis", {QStringLiteral("gap"), QStringLiteral("all")},
                                 {tr("Bare innenfor bemanningsgapet"), tr("All frigjort kapasitet")});
    basis->setMinimumContentsLength(24);
    basis->setToolTip(tr("«Bare innenfor bemanningsgapet»: frigjort tid sparer penger bare der den erstatter ansettelser "
                         "kommunen ellers måtte gjøre; resten er kapasitet til flere mottakere eller bedre kvalitet. "
                         "«All frigjort kapasitet»: all frigjort tid regnes som mulig innsparing."));
    rf->addRow(FieldCatalog::label("realisation.basis", context_), basis);
    NumberField* r = makeField("realisation.budget_share_of_freed_capacity");
    rf->addRow(r->info().label, withUnit(r));
    rf->addRow(hint(r->info().help));
    v->addWidget(realBox);

    // The ledger of spec §7 (optional in the file): shown when the scenario has one.
    if (document_->value("ledger")) {
        auto* ledgerBox = new QGroupBox(tr("Hvem betaler og hvem sparer"));
        ledgerBox->setObjectName(QStringLiteral("ledgerBox"));
        auto* lf = editorForm(ledgerBox);
        for (const InputSpec& spec : inputCatalogue())
            if (spec.pattern.substr(0, 7) == "ledger." && spec.scope == InputScope::Scenario) {
                NumberField* f = makeField(std::string(spec.pattern));
                lf->addRow(f->info().label, withUnit(f));
            }
        v->addWidget(ledgerBox);
    }
    v->addStretch(1);
    return scrollPage(page);
}

void ScenarioEditor::refresh()
{
    nameRow_->setEnabled(document_ != nullptr);
    nameRow_->setVisible(true);
    tabs_->setVisible(document_ || emptyUnitId_.isEmpty());
    tabs_->setEnabled(document_ != nullptr);
    emptyState_->setVisible(!document_ && !emptyUnitId_.isEmpty());
    updateContext();
    if (!document_) {
        errorSummary_->hide();
        nameEdit_->clear(); // no name of a scenario that is no longer shown
        nameRow_->setVisible(emptyUnitId_.isEmpty());
        builtStructure_.clear();
        rebuild();
        showReadOnly();
        return;
    }
    const std::string key = structureKey();
    if (key != builtStructure_) {
        builtStructure_ = key;
        rebuild();
    }
    if (const Json* name = document_->value("name"); name && name->is_string()) {
        const QString n = qs(name->get<std::string>());
        if (nameEdit_->text() != n)
            nameEdit_->setText(n);
    }
    for (auto& [path, f] : fields_)
        f->showValue(document_->value(path));
    for (auto& [path, c] : combos_) {
        const Json* v = document_->value(path);
        std::string id = v && v->is_string() ? v->get<std::string>() : std::string();
        if (!v && path == "realisation.basis")
            id = document_->format() == 1 ? "all" : "gap"; // the format's default
        const int i = id.empty() ? -1 : c->findData(qs(id));
        if (c->currentIndex() != i)
            c->setCurrentIndex(i);
    }
    for (auto& [path, label] : rowSums_) {
        double sum = 0;
        bool numeric = true;
        if (const Json* shares = document_->value(path); shares && shares->is_object())
            for (auto it = shares->begin(); it != shares->end(); ++it) {
                if (it->is_number())
                    sum += it->get<double>();
                else
                    numeric = false;
            }
        const bool ok = numeric && std::abs(sum - 1.0) <= 0.001;
        const QString shown = numeric ? io::NumberText::percent(sum, 1) : io::NumberText::missing();
        label->setText(ok ? shown : tr("%1 ⚠").arg(shown));
        label->setProperty("invalid", !ok);
        label->setStyleSheet(ok ? QStringLiteral("color: #2e7d32; font-weight: bold;")
                                : QStringLiteral("color: #c62828; font-weight: bold;"));
        label->setToolTip(ok ? tr("Rollens tid summerer til 100 %") : tr("Rollens tid skal summere til 100 %"));
    }
    showSources();
    showErrors();
}

void ScenarioEditor::showErrors()
{
    std::map<NumberField*, QStringList> fieldErrors;
    std::map<QComboBox*, QStringList> comboErrors;
    QStringList summary;
    for (const FieldError& e : document_->errors()) {
        const QString reason = ErrorText::reason(e);
        summary << ErrorText::message(e, context_);
        for (auto& [path, f] : fields_)
            if (JsonPath::isWithin(path, e.path))
                fieldErrors[f] << reason;
        for (auto& [path, c] : combos_)
            if (JsonPath::isWithin(path, e.path))
                comboErrors[c] << reason;
    }
    for (auto& [path, f] : fields_) {
        auto it = fieldErrors.find(f);
        f->setError(it == fieldErrors.end() ? QString() : it->second.join(QStringLiteral("; ")));
    }
    for (auto& [path, c] : combos_) {
        auto it = comboErrors.find(c);
        const bool bad = it != comboErrors.end();
        c->setProperty("invalid", bad);
        c->setStyleSheet(bad ? QStringLiteral("QComboBox { border: 2px solid #c62828; }") : QString());
        if (bad)
            c->setToolTip(it->second.join(QStringLiteral("; ")));
    }
    if (summary.isEmpty()) {
        errorSummary_->hide();
        return;
    }
    QStringList shown;
    for (int i = 0; i < summary.size() && i < 5; ++i)
        shown << summary[i].toHtmlEscaped();
    if (summary.size() > 5)
        shown << tr("… og %n feil til", nullptr, static_cast<int>(summary.size() - 5));
    errorSummary_->setText(tr("<b>Scenarioet har feil – resultatene viser siste gyldige beregning.</b><br>%1")
                               .arg(shown.join(QStringLiteral("<br>"))));
    errorSummary_->show();
    placeErrorSummary();
}

} // namespace gevinst::ui
