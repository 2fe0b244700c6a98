#include "UiTestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace gevinst::test {

void ensureApplication()
{
    if (QApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "test_ui";
    static char* argv[] = {name, nullptr};
    static QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GevinstmodellTest"));
    QCoreApplication::setApplicationName(QStringLiteral("gevinstmodell-test"));
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
}

WindowFixture::WindowFixture()
{
    ensureApplication();
    REQUIRE(dir.isValid());
    ui::WindowOptions options;
    options.libraryPath = dir.filePath(QStringLiteral("library.sqlite"));
    options.autosaveDir = dir.filePath(QStringLiteral("autosave"));
    options.interactive = false;
    window = std::make_unique<ui::MainWindow>(options);
    window->resize(1366, 768);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

WindowFixture::~WindowFixture()
{
    window.reset();
}

void WindowFixture::type(const QString& objectName, const QString& text)
{
    auto* edit = find<QLineEdit>(objectName);
    REQUIRE(edit != nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace gevinst::test
