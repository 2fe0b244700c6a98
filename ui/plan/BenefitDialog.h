#pragma once
// Add or edit a benefit of the plan (issue 13): the figure it follows — one of the
// approved version's figures (FigureCatalogue::available; targets are that version's
// computed values, shown, not typed) or a custom, non-priced indicator (name, unit, flow
// or level, targets typed per year) — its owner (name and position), DFØ class, baseline
// (value, date, source), how and by whom it is measured, and notes. Only collects the
// input; PlanView stores it and, when the store refuses, the dialog shows why and stays open.

#include "FigureCatalogue.h"
#include "PlanTypes.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTableWidget;

namespace gevinst::ui {

class BenefitDialog : public QDialog {
    Q_OBJECT
public:
    /// `approved`: the approved version's result (its figures and years); may be null
    /// (then only custom indicators, targets for `years`). `existing`: the benefit to edit.
    BenefitDialog(std::shared_ptr<const Result> approved, std::vector<int> years,
                  const std::optional<plan::Benefit>& existing, QWidget* parent = nullptr);

    /// What the user entered; nullopt with the reason shown when a number or year cannot be read.
    std::optional<plan::BenefitInput> input();
    /// Shows why the store refused and keeps the dialog open.
    void showError(const QString& text);
    /// The figure picked ("freed_fte", "custom:sykefravaer").
    QString figure() const;

signals:
    /// The user pressed the OK button; the receiver stores the input, then accept()s or showError()s.
    void submitted();

private:
    void figureChanged();
    void updateCustom();
    void fillTargets(const std::map<int, double>& targets);

    std::shared_ptr<const Result> approved_;
    std::vector<int> years_;
    std::vector<plan::FigureInfo> figures_;
    bool editing_ = false;
    QRadioButton* fromModel_;
    QRadioButton* custom_;
    QComboBox* figure_;
    QLabel* modelTargets_;
    QLineEdit* customKey_;
    QLineEdit* name_;
    QLineEdit* unit_;
    QComboBox* kind_;
    QTableWidget* targets_;
    QWidget* customBox_;
    QLineEdit* ownerName_;
    QLineEdit* ownerPosition_;
    QComboBox* class_;
    QLineEdit* baseline_;
    QLineEdit* baselineDate_;
    QLineEdit* baselineSource_;
    QLineEdit* measuredHow_;
    QLineEdit* measuredBy_;
    QPlainTextEdit* notes_;
    QLabel* error_;
};

} // namespace gevinst::ui
