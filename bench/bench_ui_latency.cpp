// Keystroke-to-redrawn-chart latency of the window: types digits into a field of
// the shipped Nordre Follo scenario and times each key press until the document
// is re-read, recomputed, the cards updated, all charts rebuilt and the visible
// chart repainted (everything runs synchronously inside the key event).
// Usage: bench_ui_latency [keystrokes] (QT_QPA_PLATFORM=offscreen by default).
// Target: < 50 ms per keystroke.

#include "MainWindow.h"
#include "ResultsPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int keystrokes = argc > 1 ? std::max(10, std::atoi(argv[1])) : 200;

    QTemporaryDir dir;
    gevinst::ui::WindowOptions options;
    options.libraryPath = dir.filePath(QStringLiteral("library.sqlite"));
    options.autosaveDir = dir.filePath(QStringLiteral("autosave"));
    options.interactive = false;
    gevinst::ui::MainWindow window(options);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "window not exposed\n");
        return 1;
    }
    auto* field = window.findChild<QLineEdit*>(QStringLiteral("field:sharing[0].share"));
    if (!field) {
        std::fprintf(stderr, "field sharing[0].share not found\n");
        return 1;
    }
    field->setFocus();
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(keystrokes));
    std::vector<double> redraw;
    QObject::connect(window.results(), &gevinst::ui::ResultsPanel::redrawn, [&](double t) { redraw.push_back(t); });
    QElapsedTimer timer;
    for (int i = 0; i < keystrokes; ++i) {
        // Alternate: clear, then type one digit (a share of 1..9 %), so every key press changes the value.
        field->selectAll();
        timer.start();
        QTest::keyClick(field, static_cast<char>('1' + i % 9));
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms[static_cast<std::size_t>(p * static_cast<double>(ms.size() - 1))]; };
    std::sort(redraw.begin(), redraw.end());
    std::printf("keystroke → redrawn charts, %d key presses (1366×768, offscreen):\n", keystrokes);
    std::printf("  median %.2f ms, p90 %.2f ms, max %.2f ms (target < 50 ms)\n", pct(0.5), pct(0.9), ms.back());
    if (!redraw.empty())
        std::printf("  of which results redraw (cards + 4 charts built + visible chart painted): median %.2f ms\n",
                    redraw[redraw.size() / 2]);
    return pct(0.5) < 50.0 ? 0 : 1;
}
