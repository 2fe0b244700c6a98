#pragma once
// A stand-in for SSB's PxWebAPI v2 on 127.0.0.1 (tests/store/data/pxweb/pxweb_server.py,
// run with python3), serving real-shaped JSON-stat2 for table 14288. Started for one
// test and killed when it ends. The first path segment picks the behaviour: ok,
// http500, malformed, slow (see the script).

#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>
#include <QTcpServer>

#include <string>

namespace gevinst::test {

class PxWebServer {
public:
    PxWebServer()
    {
        const QString folder = QStringLiteral(GEVINST_TEST_DATA_DIR) + QStringLiteral("/store/data/pxweb");
        m_process.setProgram(QStringLiteral("python3"));
        m_process.setArguments({folder + QStringLiteral("/pxweb_server.py"), folder});
        m_process.start();
        REQUIRE(m_process.waitForStarted(10000));
        while (!m_process.canReadLine())
            REQUIRE(m_process.waitForReadyRead(10000));
        m_port = QString::fromUtf8(m_process.readLine()).trimmed().toInt();
        REQUIRE(m_port > 0);
    }
    ~PxWebServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    PxWebServer(const PxWebServer&) = delete;
    PxWebServer& operator=(const PxWebServer&) = delete;

    /// The base URL for a behaviour: "http://127.0.0.1:PORT/ok".
    QString base(const QString& mode = QStringLiteral("ok")) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(mode);
    }

    /// A base URL on a port where nothing listens (bound, then closed).
    static QString closedPort()
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        return QStringLiteral("http://127.0.0.1:%1/ok").arg(port);
    }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace gevinst::test
