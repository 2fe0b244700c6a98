#pragma once
// «Godkjenn som vedtatt plan» (issue 13): which saved version becomes the plan, who
// approves it and when, a note (e.g. the council's case number, «PS 2026/14»), and the
// plan it replaces (kept as history). Says so when the document has unsaved edits
// (they are not part of the saved version). Only collects the answer; PlanView approves.

#include "PlanTypes.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace gevinst::ui {

class ApproveDialog : public QDialog {
    Q_OBJECT
public:
    struct Subject {
        QString scenarioName;
        int version = 0;
        QDateTime savedAt;       ///< UTC
        QString savedBy;         ///< empty for versions saved before schema 3
        QString versionNote;
        bool unsavedEdits = false;
        QString approver;        ///< who the approval is recorded as (ScenarioLibrary::userName(): the database user on a server); empty: the OS user
        std::optional<plan::PlanRecord> replaces; ///< the current plan, if any
    };

    explicit ApproveDialog(const Subject& subject, QWidget* parent = nullptr);

    QString note() const;
    /// Shows why the approval failed and keeps the dialog open.
    void showError(const QString& text);

signals:
    /// The user pressed the OK button; the receiver stores the input, then accept()s or showError()s.
    void submitted();

private:
    QLineEdit* note_;
    QLabel* error_;
};

} // namespace gevinst::ui
