#pragma once
// One key figure of a result as a card: a caption, the value in large type and a
// line of context (e.g. a nurse's annual cost beside the price of a freed FTE).

#include <QFrame>

class QLabel;

namespace gevinst::ui {

class KeyFigureCard : public QFrame {
    Q_OBJECT
public:
    KeyFigureCard(const QString& key, const QString& caption, const QString& help, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& context = QString());
    QString value() const;
    /// Greys the card out when the figure is from an older, valid version of the scenario.
    void setStale(bool stale);
    /// A second line of context under the first, e.g. the median and the probability of a
    /// positive NPV from the Monte Carlo run (rich text allowed); hidden when empty.
    void setDetail(const QString& detail, const QString& tooltip = QString());
    QString detail() const;

private:
    QLabel* caption_;
    QLabel* value_;
    QLabel* context_;
    QLabel* detail_ = nullptr;
};

} // namespace gevinst::ui
