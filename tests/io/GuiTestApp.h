#pragma once
// The one QApplication of the widget tests in this folder: the one GuiTestMain
// (tests/support) creates on the offscreen platform for the whole run.

#include <QApplication>

namespace gevinst::test {

inline QApplication& guiApp()
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    Q_ASSERT(app); // the test executable links gevinst_gui_test_main
    return *app;
}

} // namespace gevinst::test
