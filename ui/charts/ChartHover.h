#pragma once
// Hover text for a chart drawn by ChartBuilder: moving the mouse over a year (or
// a role) shows the exact value of every series at that point, in Norwegian
// format ("Lønnstilskudd: 1 234 567 kr"). Owned by the plot it is attached to.

#include <QObject>

class QCustomPlot;
class QMouseEvent;

namespace gevinst::ui {

class ChartHover : public QObject {
    Q_OBJECT
public:
    /// Attaches hover text to `plot` (once; a second call does nothing).
    static void attach(QCustomPlot& plot);

    /// The text shown for key `key` (a year, or a role's position), empty when none.
    static QString textAt(QCustomPlot& plot, double key);

private:
    explicit ChartHover(QCustomPlot& plot);
    void onMouseMove(QMouseEvent* event);

    QCustomPlot& plot_;
};

} // namespace gevinst::ui
