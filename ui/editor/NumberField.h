#pragma once
// A line edit bound to one numeric field of the scenario document: shows the value
// in Norwegian format (a share as percent), parses what the user types (comma or
// point, spaces ignored), and marks itself when the engine reports an error at its
// path. Text that is not a number is handed on as text, so the reader reports it.

#include "FieldCatalog.h"


#include <QLineEdit>

#include <string>

namespace gevinst::ui {

class NumberField : public QLineEdit {
    Q_OBJECT
public:
    NumberField(std::string path, const FieldInfo& info, QWidget* parent = nullptr);

    const std::string& path() const { return path_; }
    const FieldInfo& info() const { return info_; }

    /// Shows `value` unless the text already means it (keeps the cursor while typing).
    void showValue(const Json* value);
    /// The document value the current text stands for.
    Json currentValue() const;

    /// Marks the field invalid with `message`, or clears the mark when empty.
    void setError(const QString& message);
    bool hasError() const { return !error_.isEmpty(); }
    /// Sets the source line of the tooltip.
    void setSource(const QString& source);
    /// Marks the field as changed by the user since its source was written (a tinted background).
    void setSourceChanged(bool changed);
    bool isSourceChanged() const { return sourceChanged_; }

    static QString formatNumber(double value, FieldDisplay display);
    /// Parses Norwegian or plain number text; nullopt when it is not a number.
    static std::optional<double> parseNumber(const QString& text);

signals:
    /// The user changed the text; `value` is what the document should hold.
    void edited(const std::string& path, const Json& value);
    void editFinished(const std::string& path);

private:
    void updateToolTip();

    std::string path_;
    FieldInfo info_;
    QString error_;
    QString source_;
    bool sourceChanged_ = false;
    void updateStyle();
};

} // namespace gevinst::ui
