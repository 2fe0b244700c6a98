#include "LibraryPanel.h"

#include "StoreErrorText.h"

#include "DocumentManager.h"
#include "LibraryLocation.h"
#include "NumberText.h"
#include "UnitPickerDialog.h"

#include <QAction>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace gevinst::ui {

namespace {
constexpr int kUnitIdRole = Qt::UserRole;
constexpr int kScenarioIdRole = Qt::UserRole + 1;
constexpr int kVersionRole = Qt::UserRole + 2;
} // namespace

LibraryPanel::LibraryPanel(store::ScenarioLibrary& library, QWidget* parent)
    : QWidget(parent)
    , library_(library)
{
    setObjectName(QStringLiteral("libraryPanel"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);

    search_ = new QLineEdit;
    search_->setObjectName(QStringLiteral("unitSearch"));
    search_->setPlaceholderText(tr("Søk kommune eller bydel …"));
    search_->setClearButtonEnabled(true);
    search_->setToolTip(tr("Skriv navn eller nummer (Ctrl+F)"));
    v->addWidget(search_);

    auto* split = new QSplitter(Qt::Vertical);
    units_ = new QTreeWidget;
    units_->setObjectName(QStringLiteral("unitTree"));
    units_->setHeaderLabels({tr("Enhet (antall scenarioer)")});
    units_->setUniformRowHeights(true);
    // Unit names are short: no sideways scrolling in a narrow panel (1366 px).
    units_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    split->addWidget(units_);

    auto* scenarioBox = new QWidget;
    auto* sv = new QVBoxLayout(scenarioBox);
    sv->setContentsMargins(0, 0, 0, 0);
    auto* titleRow = new QHBoxLayout;
    listTitle_ = new QLabel;
    listTitle_->setObjectName(QStringLiteral("scenarioListTitle"));
    listTitle_->setStyleSheet(QStringLiteral("font-weight: bold;"));
    titleRow->addWidget(listTitle_, 1);
    trashToggle_ = new QToolButton;
    trashToggle_->setObjectName(QStringLiteral("trashToggle"));
    trashToggle_->setText(tr("Papirkurv"));
    trashToggle_->setCheckable(true);
    trashToggle_->setToolTip(tr("Vis scenarioer i papirkurven (de kan gjenopprettes)"));
    titleRow->addWidget(trashToggle_);
    sv->addLayout(titleRow);

    scenarioStack_ = new QStackedWidget;
    scenarios_ = new QTreeWidget;
    scenarios_->setObjectName(QStringLiteral("scenarioList"));
    scenarios_->setHeaderLabels({tr("Scenario / versjon"), tr("Lagret"), tr("Av")});
    scenarios_->headerItem()->setToolTip(2, tr("Hvem som lagret versjonen (databasebrukeren på en server)"));
    scenarios_->setColumnWidth(0, 200);
    scenarios_->setColumnWidth(1, 118);
    scenarios_->setContextMenuPolicy(Qt::CustomContextMenu);
    scenarioStack_->addWidget(scenarios_);
    auto* empty = new QWidget;
    empty->setObjectName(QStringLiteral("unitEmptyState"));
    auto* ev = new QVBoxLayout(empty);
    emptyText_ = new QLabel;
    emptyText_->setObjectName(QStringLiteral("unitEmptyText"));
    emptyText_->setWordWrap(true);
    emptyText_->setAlignment(Qt::AlignCenter);
    emptyText_->setStyleSheet(QStringLiteral("color: #555;"));
    ev->addStretch(1);
    ev->addWidget(emptyText_);
    auto* emptyNew = new QPushButton(tr("Nytt scenario"));
    emptyNew->setObjectName(QStringLiteral("emptyNewScenario"));
    emptyNew->setToolTip(tr("Lag et scenario for enheten med enhetens folketall og bemanning"));
    ev->addWidget(emptyNew, 0, Qt::AlignCenter);
    ev->addStretch(2);
    scenarioStack_->addWidget(empty);
    sv->addWidget(scenarioStack_, 1);

    auto makeAction = [this](const QString& text, const QString& tip, const char* name) {
        auto* a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setToolTip(tip);
        a->setEnabled(false);
        return a;
    };
    renameAction_ = makeAction(tr("Gi nytt navn …"), tr("Gi scenarioet nytt navn (lagres som ny versjon)"), "actionRenameScenario");
    duplicateAction_ = makeAction(tr("Dupliser"), tr("Nytt scenario fra siste lagrede versjon, med navnet «… (kopi)»"),
                                  "actionDuplicateScenario");
    templateAction_ = makeAction(tr("Bruk som mal …"), tr("Nytt scenario for en annen kommune eller bydel, med dette som mal"),
                                 "actionTemplateScenario");
    trashAction_ = makeAction(tr("Til papirkurven"), tr("Flytt scenarioet til papirkurven (kan gjenopprettes)"),
                              "actionTrashScenario");
    restoreAction_ = makeAction(tr("Gjenopprett"), tr("Hent scenarioet tilbake fra papirkurven"), "actionRestoreScenario");
    // Two rows of buttons, so that they do not make the panel (and at 1366 px the
    // results beside it) wider than it need be.
    auto* actionRow = new QGridLayout;
    actionRow->setSpacing(2);
    int column = 0;
    for (QAction* a : {renameAction_, duplicateAction_, templateAction_, trashAction_, restoreAction_}) {
        auto* b = new QToolButton;
        b->setDefaultAction(a);
        b->setObjectName(QStringLiteral("button:") + a->objectName());
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        actionRow->addWidget(b, column / 3, column % 3);
        ++column;
    }
    sv->addLayout(actionRow);
    newButton_ = new QPushButton(tr("Nytt scenario for enheten"));
    newButton_->setObjectName(QStringLiteral("newScenarioButton"));
    newButton_->setToolTip(newButtonTip());
    sv->addWidget(newButton_);
    split->addWidget(scenarioBox);

    auto* recentBox = new QWidget;
    auto* rv = new QVBoxLayout(recentBox);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addWidget(new QLabel(tr("Nylig brukt")));
    recent_ = new QListWidget;
    recent_->setObjectName(QStringLiteral("recentList"));
    // A long name is cut in the middle (whole on hover) rather than scrolled sideways.
    recent_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    recent_->setTextElideMode(Qt::ElideMiddle);
    rv->addWidget(recent_);
    split->addWidget(recentBox);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    v->addWidget(split, 1);

    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("libraryStatus"));
    status_->setWordWrap(true);
    status_->setStyleSheet(QStringLiteral("color: #555;"));
    v->addWidget(status_);

    connect(search_, &QLineEdit::textChanged, this, &LibraryPanel::filterUnits);
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        // Enter picks the first visible match.
        for (QTreeWidgetItemIterator it(units_); *it; ++it)
            if (!(*it)->isHidden() && (*it)->text(0).contains(search_->text(), Qt::CaseInsensitive)) {
                units_->setCurrentItem(*it);
                units_->setFocus();
                return;
            }
    });
    connect(units_, &QTreeWidget::currentItemChanged, this, [this] { listScenarios(); });
    connect(scenarios_, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (trashToggle_->isChecked())
            return; // a trashed scenario is restored first («Gjenopprett»)
        emit openRequested(item->data(0, kScenarioIdRole).toLongLong(), item->data(0, kVersionRole).toInt());
    });
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openRequested(item->data(kScenarioIdRole).toLongLong(), 0);
    });
    connect(newButton_, &QPushButton::clicked, this, [this] {
        if (!selectedUnit().isEmpty())
            emit newFromTemplateRequested(selectedUnit());
    });
    connect(emptyNew, &QPushButton::clicked, newButton_, &QPushButton::click);
    connect(trashToggle_, &QToolButton::toggled, this, [this] { listScenarios(); });
    connect(scenarios_, &QTreeWidget::currentItemChanged, this, [this] { updateActions(); });
    connect(scenarios_, &QTreeWidget::customContextMenuRequested, this, &LibraryPanel::showMenu);
    connect(renameAction_, &QAction::triggered, this, &LibraryPanel::renameSelected);
    connect(duplicateAction_, &QAction::triggered, this, &LibraryPanel::duplicateSelected);
    connect(templateAction_, &QAction::triggered, this, &LibraryPanel::templateSelected);
    connect(trashAction_, &QAction::triggered, this, &LibraryPanel::trashSelected);
    connect(restoreAction_, &QAction::triggered, this, &LibraryPanel::restoreSelected);

    askName_ = [this](const QString& title, const QString& label, const QString& text) -> std::optional<QString> {
        bool ok = false;
        const QString name = QInputDialog::getText(this, title, label, QLineEdit::Normal, text, &ok);
        return ok ? std::optional<QString>(name) : std::nullopt;
    };
    confirm_ = [this](const QString& title, const QString& question) {
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    };
    pickUnit_ = [this](qint64 templateId) {
        auto info = library_.scenario(templateId);
        UnitPickerDialog dialog(library_, info ? info->name : QString(), info ? info->unitId : QString(), this);
        return dialog.exec() == QDialog::Accepted ? dialog.unitId() : QString();
    };
    reload();
}

void LibraryPanel::reload()
{
    const QString selected = selectedUnit();
    scenarioCountByUnit_.clear();
    if (auto list = library_.scenarios())
        for (const auto& s : list.value())
            ++scenarioCountByUnit_[s.unitId];
    loadUnits();
    if (!selected.isEmpty())
        selectUnit(selected);
    if (auto st = library_.status()) {
        const auto& s = st.value();
        QString shown = QFileInfo(s.filePath).fileName();
        if (s.server) // a server library (issue 14): its database and host, and as whom
            if (auto location = store::LibraryLocation::parse(s.filePath))
                shown = tr("%1 på %2 (som %3)").arg(location->database(), location->host(), s.user);
        status_->setText(tr("Bibliotek: %1\n%n scenario(er)", nullptr, s.scenarioCount).arg(shown) +
                         (s.readOnly ? tr(" (skrivebeskyttet)") : QString()));
        status_->setToolTip(s.filePath);
    } else {
        status_->setText(tr("Biblioteket kan ikke leses: %1").arg(StoreErrorText::message(st.error())));
    }
    filterUnits(search_->text());
}

void LibraryPanel::loadUnits()
{
    units_->clear();
    unitItems_.clear();
    auto all = library_.units();
    if (!all)
        return;
    // Parents come before children when ordered by id length: county (2), kommune (4), bydel (6).
    std::vector<store::Unit> units = all.value();
    std::stable_sort(units.begin(), units.end(), [](const store::Unit& a, const store::Unit& b) {
        if (a.level != b.level)
            return static_cast<int>(a.level) < static_cast<int>(b.level);
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const store::Unit& u : units) {
        QTreeWidgetItem* parent = unitItems_.value(u.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(units_);
        QString label = u.name;
        if (u.level != store::UnitLevel::County)
            label += QStringLiteral(" (%1)").arg(u.id);
        item->setText(0, label);
        item->setData(0, kUnitIdRole, u.id);
        item->setToolTip(0, u.alternativeName.isEmpty() ? u.name : u.name + QStringLiteral(" / ") + u.alternativeName);
        const int n = scenarioCountByUnit_.value(u.id);
        if (n > 0) {
            item->setText(0, label + QStringLiteral(" · %1").arg(n));
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
        }
        unitItems_.insert(u.id, item);
    }
}

void LibraryPanel::filterUnits(const QString& text)
{
    const QString t = text.trimmed();
    for (QTreeWidgetItemIterator it(units_); *it; ++it)
        (*it)->setHidden(!t.isEmpty());
    if (t.isEmpty()) {
        units_->collapseAll();
        if (auto* cur = units_->currentItem())
            units_->scrollToItem(cur);
        return;
    }
    int shown = 0;
    for (QTreeWidgetItemIterator it(units_); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const bool match = item->text(0).contains(t, Qt::CaseInsensitive) ||
                           item->toolTip(0).contains(t, Qt::CaseInsensitive);
        if (!match)
            continue;
        ++shown;
        for (QTreeWidgetItem* p = item; p; p = p->parent()) {
            p->setHidden(false);
            if (p != item)
                p->setExpanded(true);
        }
    }
    (void)shown;
}

QString LibraryPanel::selectedUnit() const
{
    auto* item = units_->currentItem();
    return item ? item->data(0, kUnitIdRole).toString() : QString();
}

void LibraryPanel::selectUnit(const QString& unitId)
{
    if (auto* item = unitItems_.value(unitId)) {
        for (QTreeWidgetItem* p = item->parent(); p; p = p->parent())
            p->setExpanded(true);
        units_->setCurrentItem(item);
        units_->scrollToItem(item);
    }
    listScenarios();
}

QString LibraryPanel::newButtonTip() const
{
    return tr("Lag et scenario for valgt enhet med enhetens folketall og bemanning; tiltak og kostnader fra "
              "hjemmetjenestemalen");
}

void LibraryPanel::listScenarios()
{
    scenarios_->clear();
    scenarioStack_->setCurrentWidget(scenarios_);
    if (trashToggle_->isChecked()) {
        listTrash();
        updateActions();
        return;
    }
    const QString unitId = selectedUnit();
    const bool scenarioUnit = !unitId.isEmpty() && unitId.size() >= 4;
    // A library this user may only read gets no new scenarios: say why on the button.
    const bool writable = !library_.isReadOnly();
    newButton_->setEnabled(scenarioUnit && writable);
    newButton_->setVisible(true);
    newButton_->setToolTip(writable ? newButtonTip() : tr("Biblioteket er skrivebeskyttet: nye scenarioer kan ikke lagres her"));
    const QTreeWidgetItem* unitItem = units_->currentItem();
    const QString unitName = unitItem ? unitItem->toolTip(0).section(QStringLiteral(" / "), 0, 0) : QString();
    listTitle_->setText(unitId.isEmpty() ? tr("Scenarioer") : tr("Scenarioer for %1").arg(unitName));
    updateActions();
    if (unitId.isEmpty())
        return;
    store::ScenarioFilter filter;
    filter.unitId = unitId;
    auto list = library_.scenarios(filter);
    if (!list)
        return;
    if (list->empty()) {
        emptyText_->setText(!scenarioUnit ? tr("Et scenario lages for en kommune eller bydel. Velg en kommune under %1.").arg(unitName)
                            : writable    ? tr("%1 har ingen scenarioer ennå.\nLag et med enhetens folketall og bemanning:").arg(unitName)
                                          : tr("%1 har ingen scenarioer i dette biblioteket.").arg(unitName));
        emptyText_->parentWidget()->findChild<QPushButton*>(QStringLiteral("emptyNewScenario"))->setVisible(scenarioUnit && writable);
        scenarioStack_->setCurrentIndex(1);
        if (scenarioUnit)
            emit emptyUnitSelected(unitId, unitName, writable);
        return;
    }
    for (const store::ScenarioInfo& s : list.value()) {
        auto* top = new QTreeWidgetItem(scenarios_);
        top->setText(0, s.name + (s.shipped ? tr(" (levert)") : QString()));
        top->setText(1, io::NumberText::dateTime(s.modified.toLocalTime()));
        top->setData(0, kScenarioIdRole, s.id);
        top->setData(0, kVersionRole, 0);
        top->setToolTip(0, tr("%1 – %n versjon(er). Dobbeltklikk for å åpne.", nullptr, s.versionCount).arg(s.name));
        if (s.id == currentScenario_) {
            QFont f = top->font(0);
            f.setBold(true);
            top->setFont(0, f);
        }
        if (auto versions = library_.versions(s.id)) {
            const auto& vs = versions.value();
            if (!vs.empty())
                top->setText(2, vs.back().savedBy); // who saved the newest version
            for (auto it = vs.rbegin(); it != vs.rend(); ++it) {
                auto* child = new QTreeWidgetItem(top);
                child->setText(0, it->note.isEmpty() ? tr("Versjon %1").arg(it->version)
                                                     : tr("Versjon %1 – %2").arg(it->version).arg(it->note));
                const QString when = io::NumberText::dateTime(it->savedAt.toLocalTime());
                child->setText(1, when);
                child->setText(2, it->savedBy); // who saved it (issue 14: many users share a server library)
                child->setData(0, kScenarioIdRole, s.id);
                child->setData(0, kVersionRole, it->version);
                QString tip = it->savedBy.isEmpty() ? tr("Versjon %1, lagret %2").arg(it->version).arg(when)
                                                    : tr("Versjon %1, lagret %2 av %3").arg(it->version).arg(when, it->savedBy);
                if (!it->note.isEmpty())
                    tip += QLatin1Char('\n') + it->note;
                for (int column = 0; column < 3; ++column)
                    child->setToolTip(column, tip);
            }
        }
        top->setExpanded(s.id == currentScenario_);
    }
    updateActions();
}

void LibraryPanel::listTrash()
{
    newButton_->setVisible(false);
    listTitle_->setText(tr("Papirkurv"));
    store::ScenarioFilter filter;
    filter.trashed = true;
    auto list = library_.scenarios(filter);
    if (!list)
        return;
    if (list->empty()) {
        emptyText_->setText(tr("Papirkurven er tom."));
        emptyText_->parentWidget()->findChild<QPushButton*>(QStringLiteral("emptyNewScenario"))->setVisible(false);
        scenarioStack_->setCurrentIndex(1);
        return;
    }
    for (const store::ScenarioInfo& s : list.value()) {
        auto* item = new QTreeWidgetItem(scenarios_);
        item->setText(0, QStringLiteral("%1 – %2").arg(s.unitName, s.name));
        item->setText(1, s.trashedAt ? io::NumberText::dateTime(s.trashedAt->toLocalTime()) : QString());
        item->setData(0, kScenarioIdRole, s.id);
        item->setData(0, kVersionRole, 0);
        item->setToolTip(0, tr("Lagt i papirkurven %1. Velg «Gjenopprett» for å hente det tilbake.").arg(item->text(1)));
    }
}

bool LibraryPanel::showsTrash() const
{
    return trashToggle_->isChecked();
}

void LibraryPanel::setShowTrash(bool on)
{
    trashToggle_->setChecked(on);
}

qint64 LibraryPanel::selectedScenario() const
{
    auto* item = scenarios_->currentItem();
    return item ? item->data(0, kScenarioIdRole).toLongLong() : 0;
}

bool LibraryPanel::selectScenario(qint64 scenarioId)
{
    for (int i = 0; i < scenarios_->topLevelItemCount(); ++i)
        if (scenarios_->topLevelItem(i)->data(0, kScenarioIdRole).toLongLong() == scenarioId) {
            scenarios_->setCurrentItem(scenarios_->topLevelItem(i));
            return true;
        }
    return false;
}

void LibraryPanel::updateActions()
{
    const bool trash = trashToggle_->isChecked();
    const bool selected = selectedScenario() > 0 && scenarioStack_->currentWidget() == scenarios_;
    const bool writable = !library_.isReadOnly() && documents_ != nullptr;
    renameAction_->setVisible(!trash);
    duplicateAction_->setVisible(!trash);
    templateAction_->setVisible(!trash);
    trashAction_->setVisible(!trash);
    restoreAction_->setVisible(trash);
    for (QAction* a : {renameAction_, duplicateAction_, templateAction_, trashAction_, restoreAction_})
        a->setEnabled(selected && writable);
}

void LibraryPanel::showMenu(const QPoint& at)
{
    if (!scenarios_->itemAt(at))
        return;
    scenarios_->setCurrentItem(scenarios_->itemAt(at));
    QMenu menu(this);
    if (trashToggle_->isChecked()) {
        menu.addAction(restoreAction_);
    } else {
        menu.addAction(renameAction_);
        menu.addAction(duplicateAction_);
        menu.addAction(templateAction_);
        menu.addSeparator();
        menu.addAction(trashAction_);
    }
    menu.exec(scenarios_->viewport()->mapToGlobal(at));
}

void LibraryPanel::manage(DocumentManager& documents)
{
    documents_ = &documents;
    updateActions();
}

void LibraryPanel::renameSelected()
{
    const qint64 id = selectedScenario();
    auto info = library_.scenario(id);
    if (!documents_ || !info)
        return;
    const std::optional<QString> name = askName_(tr("Gi nytt navn"), tr("Nytt navn på scenarioet:"), info->name);
    if (!name || name->trimmed() == info->name)
        return;
    documents_->renameScenario(id, *name);
}

void LibraryPanel::duplicateSelected()
{
    if (documents_ && selectedScenario() > 0)
        documents_->duplicateScenario(selectedScenario());
}

void LibraryPanel::templateSelected()
{
    const qint64 id = selectedScenario();
    if (!documents_ || id <= 0)
        return;
    const QString unitId = pickUnit_(id);
    if (!unitId.isEmpty())
        documents_->newFromScenario(unitId, id);
}

void LibraryPanel::trashSelected()
{
    const qint64 id = selectedScenario();
    auto info = library_.scenario(id);
    if (!documents_ || !info)
        return;
    if (!confirm_(tr("Til papirkurven"),
                  tr("Flytte «%1» til papirkurven? Det kan hentes tilbake under «Papirkurv».").arg(info->name)))
        return;
    documents_->trashScenario(id);
}

void LibraryPanel::restoreSelected()
{
    const qint64 id = selectedScenario();
    if (!documents_ || id <= 0)
        return;
    if (documents_->restoreScenario(id))
        trashToggle_->setChecked(false);
}

void LibraryPanel::setRecent(const QList<qint64>& scenarioIds)
{
    recent_->clear();
    for (qint64 id : scenarioIds) {
        auto info = library_.scenario(id);
        if (!info || info->trashed)
            continue;
        const bool named = info->name.contains(info->unitName, Qt::CaseInsensitive);
        auto* item = new QListWidgetItem(named ? info->name : QStringLiteral("%1 – %2").arg(info->unitName, info->name), recent_);
        item->setData(kScenarioIdRole, id);
        item->setToolTip(item->text() + QLatin1Char('\n') +
                         tr("Versjon %1, lagret %2")
                             .arg(info->latestVersion)
                             .arg(io::NumberText::dateTime(info->modified.toLocalTime())));
    }
}

void LibraryPanel::setCurrentScenario(qint64 scenarioId)
{
    currentScenario_ = scenarioId;
    listScenarios();
}

} // namespace gevinst::ui
