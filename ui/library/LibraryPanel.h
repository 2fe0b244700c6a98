#pragma once
// The left side of the window: the unit tree (county → kommune → bydel) with a
// search field, the scenarios of the selected unit with their versions, the
// recently opened scenarios and the status of the library. Reads the library;
// asks the main window (by signal) to open, create or trash scenarios.

#include "ScenarioLibrary.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gevinst::ui {

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

signals:
    void openRequested(qint64 scenarioId, int version); ///< version 0: the newest
    void newFromTemplateRequested(const QString& unitId);

private:
    void loadUnits();
    void filterUnits(const QString& text);
    void listScenarios();

    store::ScenarioLibrary& library_;
    QLineEdit* search_;
    QTreeWidget* units_;
    QTreeWidget* scenarios_;
    QListWidget* recent_;
    QLabel* status_;
    QPushButton* newButton_;
    QHash<QString, QTreeWidgetItem*> unitItems_;
    QHash<QString, int> scenarioCountByUnit_;
    qint64 currentScenario_ = 0;
};

} // namespace gevinst::ui
