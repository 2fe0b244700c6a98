#pragma once
// Shared set-up of the UI tests: one QApplication on the offscreen platform,
// settings and autosaves in a temporary folder, and a main window on a fresh
// library in that folder.

#include "MainWindow.h"

#include <QTemporaryDir>

#include <memory>

class QLineEdit;

namespace gevinst::test {

/// The QApplication of the test run (created on first use, offscreen).
void ensureApplication();

/// A main window on a fresh library in a temporary folder, without dialogs.
struct WindowFixture {
    WindowFixture();
    ~WindowFixture();
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;

    /// The widget of type T with `objectName`, or nullptr.
    template <class T>
    T* find(const QString& objectName) const { return window->findChild<T*>(objectName); }
    /// Replaces the text of a line edit as a user would (select all, type).
    void type(const QString& objectName, const QString& text);
};

} // namespace gevinst::test
