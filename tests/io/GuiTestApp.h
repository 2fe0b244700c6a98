#pragma once
// The one QApplication of the widget tests in this folder, on the offscreen platform.

#include <QApplication>

namespace gevinst::test {

inline QApplication& guiApp()
{
    static int argc = 1;
    static char name[] = "test_io_charts";
    static char* argv[] = {name, nullptr};
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication instance(argc, argv);
    return instance;
}

} // namespace gevinst::test
