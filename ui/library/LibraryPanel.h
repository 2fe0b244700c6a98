#pragma once
// The left side of the window: the unit tree (county → kommune → bydel) with a
// search field, the scenarios of the selected unit with their versions, the
// recently opened scenarios and the status of the library. Reads the library;
// asks (by signal) to open or create scenarios. Manages the scenarios through the
// DocumentManager (manage()): rename, duplicate, «Bruk som mal» for another unit,
// move to the trash and restore from the «Papirkurv» view. A unit without
// scenarios shows an empty state with «Nytt scenario».

#include "ScenarioLibrary.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QToolButton;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gevinst::ui {

class DocumentManager;

class LibraryPanel : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPanel(store::ScenarioLibrary& library, QWidget* parent = nullptr);

    /// Re-reads units, scenarios and status (after a save or import).
    void reload();
    /// Selects `unitId` in the tree and lists its scenarios.
    void selectUnit(const QString& unitId);
    QString selectedUnit() const;
    /// Shows the recently opened scenarios, newest first.
    void setRecent(const QList<qint64>& scenarioIds);
    /// Marks the open scenario in the list.
    void setCurrentScenario(qint64 scenarioId);

    /// Carries out rename, duplicate, «Bruk som mal», trash and restore through `documents`.
    void manage(DocumentManager& documents);
    /// Questions the panel asks; tests answer them. Defaults are dialogs.
    using AskName = std::function<std::optional<QString>(const QString& title, const QString& label, const QString& text)>;
    using PickUnit = std::function<QString(qint64 templateId)>;
    using Confirm = std::function<bool(const QString& title, const QString& question)>;
    void setAskName(AskName ask) { askName_ = std::move(ask); }
    void setPickUnit(PickUnit pick) { pickUnit_ = std::move(pick); }
    void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }

    /// Whether the list shows the trash instead of the selected unit's scenarios.
    bool showsTrash() const;
    void setShowTrash(bool on);
    /// Selects scenario `scenarioId` in the list (for the actions); false when it is not listed.
    bool selectScenario(qint64 scenarioId);
    /// The scenario of the selected row, or 0.
    qint64 selectedScenario() const;

signals:
    void openRequested(qint64 scenarioId, int version); ///< version 0: the newest
    void newFromTemplateRequested(const QString& unitId);
    /// The user chose a unit that has no scenarios yet (the editor shows an empty state).
    /// A unit without scenarios was chosen; `canCreate` is false on a library this user may only read.
    void emptyUnitSelected(const QString& unitId, const QString& unitName, bool canCreate);

private:
    void loadUnits();
    void filterUnits(const QString& text);
    void listScenarios();
    QString newButtonTip() const;
    void listTrash();
    void updateActions();
    void showMenu(const QPoint& at);
    void renameSelected();
    void duplicateSelected();
    void templateSelected();
    void trashSelected();
    void restoreSelected();

    store::ScenarioLibrary& library_;
    QLineEdit* search_;
    QTreeWidget* units_;
    QTreeWidget* scenarios_;
    QListWidget* recent_;
    QLabel* status_;
    QPushButton* newButton_;
    QStackedWidget* scenarioStack_;
    QLabel* emptyText_;
    QLabel* listTitle_;
    QToolButton* trashToggle_;
    QAction* renameAction_;
    QAction* duplicateAction_;
    QAction* templateAction_;
    QAction* trashAction_;
    QAction* restoreAction_;
    DocumentManager* documents_ = nullptr;
    AskName askName_;
    PickUnit pickUnit_;
    Confirm confirm_;
    QHash<QString, QTreeWidgetItem*> unitItems_;
    QHash<QString, int> scenarioCountByUnit_;
    qint64 currentScenario_ = 0;
};

} // namespace gevinst::ui
