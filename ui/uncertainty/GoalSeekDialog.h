#pragma once
// «Hva skal til?»: goal seeking on the open scenario (model/GoalSeek) as questions
// a finance officer asks — how much must be shared to cover a share of the staffing
// gap in a year, which realisation share gives an NPV of 0, which task-worker wage
// makes a freed FTE cost as much as a nurse — answered in a Norwegian sentence, and
// «Bruk verdien» to apply the answer to the document as one undoable edit.

#include "GoalSeek.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace gevinst::ui {

class ScenarioDocument;

class GoalSeekDialog : public QDialog {
    Q_OBJECT
public:
    explicit GoalSeekDialog(ScenarioDocument* document, QWidget* parent = nullptr);

    /// The question shown now (the combo box's order).
    GoalKind goal() const;
    void setGoal(GoalKind goal);
    /// The answer sentence now shown.
    QString answer() const;
    /// Applies the answer to the document (one undo command); false when there is none.
    bool applyAnswer();

private:
    void recompute();
    QString closeGapText(const Scenario& s, const GoalResult& r, double target, int year) const;
    QString npvZeroText(const Scenario& s, const GoalResult& r) const;
    QString costParityText(const Scenario& s, const GoalResult& r) const;
    QString unreachableText() const;

    QPointer<ScenarioDocument> document_;
    QComboBox* question_;
    QSpinBox* share_;
    QSpinBox* year_;
    QWidget* gapInputs_;
    QLabel* answer_;
    QPushButton* apply_;
    std::optional<GoalResult> result_;
};

} // namespace gevinst::ui
