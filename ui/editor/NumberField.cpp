#include "NumberField.h"

#include "NumberText.h"

#include <QStyle>

#include <cmath>

namespace gevinst::ui {

NumberField::NumberField(std::string path, const FieldInfo& info, QWidget* parent)
    : QLineEdit(parent)
    , path_(std::move(path))
    , info_(info)
{
    setObjectName(QStringLiteral("field:") + QString::fromStdString(path_));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setProperty("invalid", false);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0 000 00")));
    setAccessibleName(info_.label);
    connect(this, &QLineEdit::textEdited, this, [this] { emit edited(path_, currentValue()); });
    connect(this, &QLineEdit::editingFinished, this, [this] { emit editFinished(path_); });
    updateToolTip();
}

QString NumberField::formatNumber(double value, FieldDisplay display)
{
    if (display == FieldDisplay::Year)
        return QString::number(static_cast<long long>(std::llround(value)));
    const double shown = display == FieldDisplay::Percent ? value * 100.0 : value;
    QString s = io::NumberText::locale().toString(shown, 'f', 6);
    const QString dec = io::NumberText::locale().decimalPoint();
    if (s.contains(dec)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(dec))
            s.chop(dec.size());
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

std::optional<double> NumberField::parseNumber(const QString& text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    t.replace(QChar(0x2212), QLatin1Char('-'));
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

Json NumberField::currentValue() const
{
    const auto v = parseNumber(text());
    if (!v)
        return text().toStdString(); // the reader reports "must be a number" at this path
    if (info_.display == FieldDisplay::Year && std::floor(*v) == *v && std::abs(*v) < 1e9)
        return static_cast<long long>(*v);
    if (info_.display == FieldDisplay::Percent)
        return *v / 100.0;
    return *v;
}

void NumberField::showValue(const Json* value)
{
    QString text;
    if (value && value->is_number())
        text = formatNumber(value->get<double>(), info_.display);
    else if (value && value->is_string())
        text = QString::fromStdString(value->get<std::string>());
    else if (value && !value->is_null())
        text = QString::fromStdString(value->dump());
    // While typing, "0,5" and "0,50" mean the same value: keep the user's text.
    if (value && currentValue() == *value)
        return;
    if (text != this->text())
        setText(text);
}

void NumberField::setError(const QString& message)
{
    if (message == error_)
        return;
    error_ = message;
    setProperty("invalid", !error_.isEmpty());
    updateStyle();
    updateToolTip();
}

void NumberField::setSourceChanged(bool changed)
{
    if (changed == sourceChanged_)
        return;
    sourceChanged_ = changed;
    setProperty("sourceChanged", changed);
    updateStyle();
}

void NumberField::updateStyle()
{
    if (!error_.isEmpty())
        setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; background: #fdecea; }"));
    else if (sourceChanged_)
        setStyleSheet(QStringLiteral("QLineEdit { background: #fff4d6; }"));
    else
        setStyleSheet(QString());
}

void NumberField::setSource(const QString& source)
{
    if (source == source_)
        return;
    source_ = source;
    updateToolTip();
}

void NumberField::updateToolTip()
{
    QStringList parts;
    if (!error_.isEmpty())
        parts << QStringLiteral("<p style='color:#c62828'><b>%1</b></p>").arg(error_.toHtmlEscaped());
    parts << QStringLiteral("<b>%1</b>").arg(info_.label.toHtmlEscaped());
    if (!info_.help.isEmpty())
        parts << info_.help.toHtmlEscaped();
    QStringList facts;
    if (!info_.unit.isEmpty())
        facts << tr("Enhet: %1").arg(info_.unit).toHtmlEscaped();
    if (const QString b = FieldCatalog::boundsText(info_); !b.isEmpty())
        facts << b.toHtmlEscaped();
    if (!facts.isEmpty())
        parts << facts.join(QStringLiteral(" · "));
    parts << (source_.isEmpty() ? tr("Kilde: ikke oppgitt") : tr("Kilde: %1").arg(source_)).toHtmlEscaped();
    setToolTip(parts.join(QStringLiteral("<br>")));
}

} // namespace gevinst::ui
