// The Catch2 main of test executables that use widgets: one QApplication on the
// offscreen platform, alive for the whole run and destroyed before main returns.
// (A function-static QApplication would be destroyed among the exit handlers,
// after Qt Sql's own globals, and crash in its clean-up.)
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    return Catch::Session().run(argc, argv);
}
