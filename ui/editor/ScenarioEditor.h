#pragma once
// The scenario editor: every input of a scenario, grouped as a person thinks
// (period and discounting; demography; staff and time use; task-sharing measures;
// receivers by kind; recruitment and NAV subsidies; hub and realisation; the
// vocabulary itself). Its tables follow the document's vocabulary: roles ×
// categories, age bands, receivers grouped by kind. Each edit goes to the
// ScenarioDocument as an undoable command; errors the engine reports are shown at
// the field they name and listed above the groups. Beside each value (or under
// each table) a «Kilde» field shows and edits the value's source; a changed value
// has its source marked «Endret av bruker …» in the same undoable command. Undo and
// redo bring the tab of the value they change to the front.

#include "DocumentJson.h"
#include "FieldCatalog.h"
#include "FieldError.h"

#include <QPointer>
#include <QWidget>

#include <map>
#include <string>

class QLabel;
class QLineEdit;
class QTabWidget;
class QComboBox;

namespace gevinst::ui {

class NumberField;
class ScenarioDocument;

class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget* parent = nullptr);

    /// Shows `document` (not owned; may be nullptr).
    void setDocument(ScenarioDocument* document);
    ScenarioDocument* document() const { return document_; }

    /// The field widget for a path, or nullptr.
    NumberField* field(const std::string& path) const;
    /// Brings the tab (and scroll position) that shows `path` to the front.
    void reveal(const std::string& path);
    /// With no document: says that `unitName` has no scenarios and offers «Nytt scenario»
    /// (empty `unitId`: nothing is open, no offer).
    void showEmptyUnit(const QString& unitId, const QString& unitName, bool canCreate = true);

    /// Whether the shown document is read-only (the approved plan's version, issue 13):
    /// every input is then read-only and a line above the tabs says why.
    bool isReadOnly() const;

signals:
    /// «Nytt scenario» in the empty state.
    void newScenarioRequested(const QString& unitId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void refresh();
    void showErrors();
    void placeErrorSummary();
    std::string structureKey() const;
    void updateContext();
    void showReadOnly();

    QWidget* buildPeriodPage();
    QWidget* buildDemographyPage();
    QWidget* buildStaffPage();
    QWidget* buildMeasuresPage();
    QWidget* buildReceiversPage();
    QWidget* buildRecruitmentPage();
    QWidget* buildHubPage();

    NumberField* makeField(const std::string& path);
    QWidget* withUnit(NumberField* field);
    /// A «Kilde» line edit for the source of `path` (its own entry; the inherited text as placeholder).
    /// `what` names the values in the undo text (default: the catalogue's label of `path`).
    QLineEdit* makeSourceEdit(const std::string& path, const QString& what = {});
    /// A "Kilde:" row for a table whose values share the source `path`.
    QWidget* tableSource(const std::string& path, const QString& label, const QString& what = {});
    void showSources();
    void undoIndexChanged(int index);
    void edit(const std::string& path, const Json& value, const QString& text, bool merge = false);
    /// Replaces the whole document in one undoable command.
    void replace(const Json& document, const QString& text);
    QComboBox* makeCombo(const std::string& path, const QStringList& ids, const QStringList& names);
    /// The catalogue's label of `path` without the placeholder `drop` (for a row inside a box named after it).
    QString rowLabel(const std::string& path, const char* drop) const;

    QPointer<ScenarioDocument> document_;
    FieldContext context_;
    QLineEdit* nameEdit_ = nullptr;
    QLabel* errorSummary_ = nullptr;
    QWidget* readOnlyBanner_ = nullptr;
    QLabel* readOnlyText_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QWidget* nameRow_ = nullptr;
    QWidget* emptyState_ = nullptr;
    QLabel* emptyText_ = nullptr;
    QString emptyUnitId_;
    std::map<std::string, NumberField*> fields_;
    std::map<std::string, QComboBox*> combos_;
    std::map<std::string, QLabel*> rowSums_;
    std::map<std::string, QLineEdit*> sourceEdits_;
    int undoIndex_ = 0;
    std::string builtStructure_;
};

} // namespace gevinst::ui
