#include "SaveConflictDialog.h"

#include "NumberText.h"

#include <QMessageBox>
#include <QPushButton>

namespace gevinst::ui {

QString SaveConflictDialog::text(const DocumentManager::SaveConflict& c)
{
    const QString who = c.savedBy.isEmpty() ? tr("en annen bruker") : c.savedBy;
    const QString when = c.savedAt.isValid()
                             ? io::NumberText::dateTime(c.savedAt.toLocalTime(), true)
                             : tr("et ukjent tidspunkt");
    QString saved = c.newestVersion > 0 ? tr("Versjon %1 av «%2» ble lagret av %3 %4, etter versjon %5 som endringene dine bygger på.")
                                              .arg(c.newestVersion)
                                              .arg(c.scenarioName, who, when)
                                              .arg(c.baseVersion)
                                        : tr("«%1» ble lagret av noen andre etter versjon %2 som endringene dine bygger på.")
                                              .arg(c.scenarioName)
                                              .arg(c.baseVersion);
    return saved + QStringLiteral("\n\n") +
           tr("Ingenting er lagret ennå, og endringene dine er beholdt. Du kan lagre dem likevel som en ny versjon oppå "
              "den andres (den andres versjon blir liggende i historikken), lagre dem som et nytt scenario, eller avbryte "
              "og se på den nyeste versjonen først.");
}

DocumentManager::ConflictChoice SaveConflictDialog::ask(QWidget* parent, const DocumentManager::SaveConflict& conflict)
{
    QMessageBox box(QMessageBox::Warning, tr("Noen andre har lagret i mellomtiden"), text(conflict), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("saveConflictDialog"));
    QPushButton* onTop = box.addButton(tr("Lagre likevel som ny versjon"), QMessageBox::AcceptRole);
    onTop->setObjectName(QStringLiteral("conflictSaveOnTop"));
    QPushButton* copy = box.addButton(tr("Lagre som kopi"), QMessageBox::ActionRole);
    copy->setObjectName(QStringLiteral("conflictSaveAsCopy"));
    QPushButton* cancel = box.addButton(tr("Avbryt"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("conflictCancel"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == onTop)
        return DocumentManager::ConflictChoice::SaveOnTop;
    if (box.clickedButton() == copy)
        return DocumentManager::ConflictChoice::SaveAsCopy;
    return DocumentManager::ConflictChoice::Cancel;
}

} // namespace gevinst::ui
