// «Åpne bibliotek» (issue 14): the connection dialog builds the server URI and
// remembers everything but a password; the opener asks for a password only when the
// server wants one; the status line says where the library is and as whom.

#include "UiTestSupport.h"

#include "DocumentManager.h"

#include "LibraryConnectionDialog.h"
#include "LibraryOpener.h"
#include "ScenarioLibrary.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>


using gevinst::ui::LibraryConnectionDialog;
using gevinst::ui::LibraryOpener;

namespace {
template <class T>
T* child(const QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}
} // namespace

TEST_CASE("the connection dialog builds the server URI and remembers all but the password", "[ui][library]")
{
    gevinst::test::ensureApplication();
    QSettings().remove(QStringLiteral("libraryConnection"));
    {
        LibraryConnectionDialog dialog;
        CHECK(child<QSpinBox>(dialog, "libraryPort")->value() == 5432);
        child<QRadioButton>(dialog, "libraryKindServer")->setChecked(true);
        CHECK(dialog.isServer());
        // Not complete without server and database: «Åpne» is off.
        CHECK(dialog.location().isEmpty());
        CHECK_FALSE(child<QPushButton>(dialog, "libraryOpen")->isEnabled());
        child<QLineEdit>(dialog, "libraryHost")->setText(QStringLiteral("db.kommune.no"));
        child<QLineEdit>(dialog, "libraryDatabase")->setText(QStringLiteral("gevinst"));
        child<QLineEdit>(dialog, "libraryUser")->setText(QStringLiteral("kari"));
        child<QSpinBox>(dialog, "libraryPort")->setValue(5433);
        auto* ssl = child<QComboBox>(dialog, "librarySslMode");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("require")));
        CHECK(dialog.location() == QStringLiteral("postgresql://kari@db.kommune.no:5433/gevinst?sslmode=require"));
        CHECK(child<QPushButton>(dialog, "libraryOpen")->isEnabled());
        CHECK(child<QLabel>(dialog, "libraryUri")->text().contains(dialog.location()));
        // There is no password field to fill in.
        for (const QLineEdit* edit : dialog.findChildren<QLineEdit*>())
            CHECK(edit->echoMode() == QLineEdit::Normal);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    // Remembered: server, port, database, user and SSL mode; nothing that looks like a password.
    QSettings settings;
    for (const QString& key : settings.allKeys())
        CHECK_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    LibraryConnectionDialog again;
    CHECK(again.isServer());
    CHECK(again.location() == QStringLiteral("postgresql://kari@db.kommune.no:5433/gevinst?sslmode=require"));

    // A location read back fills the fields; a file chooses the file page.
    again.setLocation(QStringLiteral("postgresql://ola@10.0.0.5:5432/budsjett?sslmode=verify-full"));
    CHECK(child<QLineEdit>(again, "libraryHost")->text() == QStringLiteral("10.0.0.5"));
    CHECK(child<QLineEdit>(again, "libraryUser")->text() == QStringLiteral("ola"));
    CHECK(child<QComboBox>(again, "librarySslMode")->currentData().toString() == QStringLiteral("verify-full"));
    CHECK(again.location() == QStringLiteral("postgresql://ola@10.0.0.5:5432/budsjett?sslmode=verify-full"));
    again.setLocation(QStringLiteral("/tmp/bibliotek.sqlite"));
    CHECK_FALSE(again.isServer());
    CHECK(again.location() == QStringLiteral("/tmp/bibliotek.sqlite"));
}

TEST_CASE("a file library opens without asking for a password and the status line shows its path", "[ui][library]")
{
    gevinst::test::WindowFixture f;
    int asked = 0;
    auto opened = LibraryOpener::open(f.window->documents()->library()->filePath(), [&](const QString&, bool) {
        ++asked;
        return std::optional<QString>();
    });
    REQUIRE(opened.ok());
    CHECK(asked == 0);
    CHECK_FALSE(opened.value()->isServer());
    const QString status = f.window->documents()->libraryStatus();
    CHECK(status.startsWith(QStringLiteral("Bibliotek: %1").arg(f.window->documents()->library()->filePath())));
    CHECK_FALSE(status.contains(QStringLiteral("(som ")));
}

TEST_CASE("«Åpne bibliotek» replaces the window with one on the other library, and a bad one leaves it as it was", "[ui][library]")
{
    gevinst::test::WindowFixture f;
    const QString first = f.window->documents()->library()->filePath();
    const QString second = f.dir.filePath(QStringLiteral("annet.sqlite"));

    // Not a library: said, and this window keeps its library.
    const QString text = f.dir.filePath(QStringLiteral("ikke-et-bibliotek.sqlite"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("dette er ikke en database\n");
    }
    CHECK(f.window->openLibraryAt(text) == nullptr);
    CHECK(f.window->isVisible());
    CHECK(f.window->documents()->library()->filePath() == first);

    std::unique_ptr<gevinst::ui::MainWindow> next(f.window->openLibraryAt(second));
    REQUIRE(next != nullptr);
    CHECK_FALSE(f.window->isVisible());
    REQUIRE(next->documents()->library() != nullptr);
    CHECK(next->documents()->library()->filePath() == QFileInfo(second).absoluteFilePath());
    CHECK(next->currentDocument() != nullptr);
    CHECK(next->documents()->libraryStatus().contains(QStringLiteral("annet.sqlite")));
    // Both are in the recent libraries, the newest first; the open one is not offered again.
    const QStringList recent = gevinst::ui::MainWindow::recentLibraries();
    REQUIRE(recent.size() >= 2);
    CHECK(recent.at(0) == next->documents()->library()->filePath());
    CHECK(recent.contains(first));
    CHECK(next->openLibraryAt(next->documents()->library()->filePath()) == nullptr);
    next.reset();
}

TEST_CASE("a server that wants a password gets it from the prompt, and a refused one is asked again", "[ui][library][postgres]")
{
    gevinst::test::ensureApplication();
    const QString uri = qEnvironmentVariable("GEVINST_TEST_PG_URI");
    const QByteArray password = qgetenv("PGPASSWORD");
    if (uri.isEmpty() || password.isEmpty()) {
        WARN("No PostgreSQL test server (GEVINST_TEST_PG_URI and PGPASSWORD not set): skipped");
        return;
    }
    // Without PGPASSWORD (and no ~/.pgpass entry) the server refuses, and the opener asks.
    qunsetenv("PGPASSWORD");
    const QByteArray passfile = qgetenv("PGPASSFILE");
    QTemporaryDir empty;
    qputenv("PGPASSFILE", empty.filePath(QStringLiteral("none")).toLocal8Bit());
    std::vector<bool> agains;
    auto opened = LibraryOpener::open(uri, [&](const QString& location, bool again) -> std::optional<QString> {
        CHECK_FALSE(location.contains(QString::fromLocal8Bit(password)));
        agains.push_back(again);
        if (agains.size() == 1)
            return QStringLiteral("feil-passord");
        return QString::fromLocal8Bit(password);
    });
    // Giving up is the server's refusal, worded as such.
    auto refused = LibraryOpener::open(uri, [](const QString&, bool) { return std::optional<QString>(); });
    qputenv("PGPASSWORD", password);
    if (passfile.isEmpty())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", passfile);
    if (!opened && opened.error().kind == gevinst::store::StoreError::Kind::NotFound) {
        WARN("The test server's database is not a library (run gevinst db init): skipped");
        return;
    }
    REQUIRE(opened.ok());
    CHECK(opened.value()->isServer());
    REQUIRE(agains.size() == 2);
    CHECK_FALSE(agains[0]);
    CHECK(agains[1]);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == gevinst::store::StoreError::Kind::Authentication);
}

