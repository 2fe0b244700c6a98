#pragma once
// «Bruk som mal»: asks which kommune or bydel the new scenario is for. A search
// field over the library's units (name, alternative name or number) and the list
// of matching kommuner and bydeler; the unit the template was made for is left out.

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace gevinst::store {
class ScenarioLibrary;
}

namespace gevinst::ui {

class UnitPickerDialog : public QDialog {
    Q_OBJECT
public:
    UnitPickerDialog(const store::ScenarioLibrary& library, const QString& templateName, const QString& excludedUnitId,
                     QWidget* parent = nullptr);

    /// The chosen unit's id, or empty.
    QString unitId() const;

private:
    void filter(const QString& text);

    const store::ScenarioLibrary& library_;
    QString excluded_;
    QLineEdit* search_;
    QListWidget* list_;
    QPushButton* ok_;
};

} // namespace gevinst::ui
