#pragma once
// The dialog that names a new role, category or receiver, or renames one: the user
// types a name, the dialog proposes an id from it (æ → ae, ø → o, å → a, spaces →
// _) that can be edited, and refuses an id that breaks the id rule or is taken,
// saying why in Norwegian. A new receiver gets a kind; one of kind "role" is an
// existing role, picked from a list. Opened with open() (not exec()), so a test can
// fill it in through its object names.

#include "DocumentJson.h"
#include "FieldCatalog.h"
#include "VocabularyEdit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gevinst::ui {

class VocabularyIdDialog : public QDialog {
    Q_OBJECT
public:
    /// `renaming` empty: a new entry of `part`; else the id of the entry to rename.
    VocabularyIdDialog(const Json& document, const FieldContext& context, VocabularyEdit::Part part,
                       const std::string& renaming, QWidget* parent = nullptr);

    /// The id to use (valid when the dialog was accepted).
    std::string id() const;
    /// The name typed (trimmed; empty when none, or for a receiver of kind role).
    QString name() const;
    /// For a new receiver: its kind.
    ReceiverKind kind() const;
    /// For a new role: whether its freed hours count as professional.
    bool professional() const;

    /// The Norwegian sentence for a problem with an id.
    static QString problemText(VocabularyEdit::IdProblem problem, VocabularyEdit::Part part, const std::string& id);

private:
    void nameEdited(const QString& name);
    void validate();

    Json document_;
    VocabularyEdit::Part part_;
    std::string renaming_;
    QLineEdit* name_ = nullptr;
    QLineEdit* id_ = nullptr;
    QComboBox* kind_ = nullptr;
    QComboBox* role_ = nullptr;      ///< for a receiver of kind role
    QCheckBox* professional_ = nullptr;
    QLabel* problem_ = nullptr;
    QLabel* hint_ = nullptr;          ///< the service area names the id already: its name is shown
    QDialogButtonBox* buttons_ = nullptr;
    bool idTouched_ = false;          ///< the user edited the id: stop proposing
    FieldContext context_;
};

} // namespace gevinst::ui
