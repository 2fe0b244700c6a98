#include "LibraryPanel.h"

#include "StoreErrorText.h"

#include "NumberText.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
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
    split->addWidget(units_);

    auto* scenarioBox = new QWidget;
    auto* sv = new QVBoxLayout(scenarioBox);
    sv->setContentsMargins(0, 0, 0, 0);
    scenarios_ = new QTreeWidget;
    scenarios_->setObjectName(QStringLiteral("scenarioList"));
    scenarios_->setHeaderLabels({tr("Scenario / versjon"), tr("Lagret")});
    scenarios_->setColumnWidth(0, 200);
    sv->addWidget(scenarios_);
    newButton_ = new QPushButton(tr("Nytt scenario for enheten"));
    newButton_->setObjectName(QStringLiteral("newScenarioButton"));
    newButton_->setToolTip(tr("Lag et scenario for valgt enhet med enhetens folketall og standardverdier fra Nordre Follo-scenarioet"));
    sv->addWidget(newButton_);
    split->addWidget(scenarioBox);

    auto* recentBox = new QWidget;
    auto* rv = new QVBoxLayout(recentBox);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addWidget(new QLabel(tr("Nylig brukt")));
    recent_ = new QListWidget;
    recent_->setObjectName(QStringLiteral("recentList"));
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
        emit openRequested(item->data(0, kScenarioIdRole).toLongLong(), item->data(0, kVersionRole).toInt());
    });
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openRequested(item->data(kScenarioIdRole).toLongLong(), 0);
    });
    connect(newButton_, &QPushButton::clicked, this, [this] {
        if (!selectedUnit().isEmpty())
            emit newFromTemplateRequested(selectedUnit());
    });
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
        status_->setText(tr("Bibliotek: %1\n%n scenario(er)", nullptr, s.scenarioCount)
                             .arg(QFileInfo(s.filePath).fileName()) +
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

void LibraryPanel::listScenarios()
{
    scenarios_->clear();
    const QString unitId = selectedUnit();
    newButton_->setEnabled(!unitId.isEmpty() && unitId.size() >= 4);
    if (unitId.isEmpty())
        return;
    store::ScenarioFilter filter;
    filter.unitId = unitId;
    auto list = library_.scenarios(filter);
    if (!list)
        return;
    const QLocale locale = io::NumberText::locale();
    for (const store::ScenarioInfo& s : list.value()) {
        auto* top = new QTreeWidgetItem(scenarios_);
        top->setText(0, s.name + (s.shipped ? tr(" (levert)") : QString()));
        top->setText(1, locale.toString(s.modified.toLocalTime(), QStringLiteral("d.M.yyyy HH:mm")));
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
            for (auto it = vs.rbegin(); it != vs.rend(); ++it) {
                auto* child = new QTreeWidgetItem(top);
                child->setText(0, it->note.isEmpty() ? tr("Versjon %1").arg(it->version)
                                                     : tr("Versjon %1 – %2").arg(it->version).arg(it->note));
                child->setText(1, locale.toString(it->savedAt.toLocalTime(), QStringLiteral("d.M.yyyy HH:mm")));
                child->setData(0, kScenarioIdRole, s.id);
                child->setData(0, kVersionRole, it->version);
                child->setToolTip(0, it->note);
            }
        }
        top->setExpanded(s.id == currentScenario_);
    }
}

void LibraryPanel::setRecent(const QList<qint64>& scenarioIds)
{
    recent_->clear();
    for (qint64 id : scenarioIds) {
        auto info = library_.scenario(id);
        if (!info || info->trashed)
            continue;
        auto* item = new QListWidgetItem(QStringLiteral("%1 – %2").arg(info->unitName, info->name), recent_);
        item->setData(kScenarioIdRole, id);
        item->setToolTip(tr("Versjon %1, lagret %2")
                             .arg(info->latestVersion)
                             .arg(io::NumberText::locale().toString(info->modified.toLocalTime(), QStringLiteral("d.M.yyyy HH:mm"))));
    }
}

void LibraryPanel::setCurrentScenario(qint64 scenarioId)
{
    currentScenario_ = scenarioId;
    listScenarios();
}

} // namespace gevinst::ui
