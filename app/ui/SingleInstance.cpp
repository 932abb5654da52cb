#include "ui/SingleInstance.h"

#include "core/Logging.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalSocket>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {
constexpr int kWaitMs = 1000;
const QByteArray kRaise = "raise\n";
} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
{
    const QFileInfo info(databasePath);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    // A hash, not the path: the socket's name says nothing about where the records are.
    m_name = u"guardiandesk-"_s
             + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith(kRaise))
                    Q_EMIT raiseRequested();
                socket->disconnectFromServer();
            });
        }
    });
}

bool SingleInstance::claim()
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(kWaitMs)) {
        probe.write(kRaise);
        probe.waitForBytesWritten(kWaitMs);
        probe.disconnectFromServer();
        qCInfo(lcUi) << "another kiosk runs on this database";
        return false;
    }
    // Nobody answered: a socket file left by a kiosk that crashed is stale.
    QLocalServer::removeServer(m_name);
    if (!m_server.listen(m_name)) {
        // Not fatal: the kiosk works, a second start just opens a second window.
        qCWarning(lcUi) << "single-instance channel not opened:" << m_server.errorString();
    }
    return true;
}

} // namespace gd
