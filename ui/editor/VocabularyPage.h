#pragma once
// The editor's «Ordliste» tab: the scenario's roles (professional or not, and the
// categories that need each role's education), task categories and receivers
// (grouped by kind), each with buttons to add, rename and remove. Every change is
// computed by VocabularyEdit on the whole document and handed to the editor as one
// replacement, which the editor pushes as one undoable command with a translated
// text. Built afresh whenever the vocabulary changes.

#include "DocumentJson.h"
#include "FieldCatalog.h"
#include "VocabularyEdit.h"

#include <QWidget>

namespace gevinst::ui {

class ScenarioDocument;

class VocabularyPage : public QWidget {
    Q_OBJECT
public:
    VocabularyPage(const ScenarioDocument& document, const FieldContext& context, QWidget* parent = nullptr);

signals:
    /// The document should become `document`, as one undoable command named `text`.
    void replaceRequested(const Json& document, const QString& text);

private:
    QWidget* buildRoles();
    QWidget* buildCategories();
    QWidget* buildReceivers();
    /// Opens the add/rename dialog; on OK the edit is requested.
    void askId(VocabularyEdit::Part part, const std::string& renaming);

    const ScenarioDocument& document_;
    FieldContext context_;
};

} // namespace gevinst::ui
