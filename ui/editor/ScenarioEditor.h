#pragma once
// The scenario editor: every input of a scenario, grouped as a person thinks
// (period and discounting; demography; staff and time use; task-sharing measures;
// receivers; recruitment and NAV subsidies; hub and realisation). Each edit goes
// to the ScenarioDocument as an undoable command; errors the engine reports are
// shown at the field they name and listed above the groups.

#include "FieldError.h"

#include <nlohmann/json.hpp>

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

private:
    void rebuild();
    void refresh();
    void showErrors();
    std::string structureKey() const;

    QWidget* buildPeriodPage();
    QWidget* buildDemographyPage();
    QWidget* buildStaffPage();
    QWidget* buildMeasuresPage();
    QWidget* buildReceiversPage();
    QWidget* buildRecruitmentPage();
    QWidget* buildHubPage();

    NumberField* makeField(const std::string& path);
    QWidget* withUnit(NumberField* field);
    void edit(const std::string& path, const nlohmann::json& value, const QString& text, bool merge = false);
    QString sourceFor(const std::string& path) const;
    QComboBox* makeCombo(const std::string& path, const QStringList& ids, const QStringList& names);

    QPointer<ScenarioDocument> document_;
    QLineEdit* nameEdit_ = nullptr;
    QLabel* errorSummary_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    std::map<std::string, NumberField*> fields_;
    std::map<std::string, QComboBox*> combos_;
    std::map<std::string, QLabel*> rowSums_;
    std::string builtStructure_;
};

} // namespace gevinst::ui
