#pragma once
// One key figure of a result as a card: a caption, the value in large type and a
// line of context (e.g. a nurse's annual cost beside the price of a freed FTE).

#include <QFont>
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

    /// Wide enough for the value in the body's size; the value is drawn larger (up to
    /// 1.35×) when the card has the room, so a long English figure («NOK -35.1 million»)
    /// does not widen the results pane at 1366 px.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// The largest value font (1.0× to 1.35× the body's) whose text fits the card's width.
    void fitValueFont();
    int valueWidthAt(double scale) const;

    QFont valueFont_;
    QLabel* caption_;
    QLabel* value_;
    QLabel* context_;
    QLabel* detail_ = nullptr;
};

} // namespace gevinst::ui
