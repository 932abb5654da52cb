#include "ui/SyncIndicator.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "sync/DistrictClient.h"

#include <QLocale>
#include <QTextDocument>

namespace gd {

namespace {

DistrictEndpoint endpointFromSettings(Database& db)
{
    const Settings settings(db);
    DistrictEndpoint endpoint;
    endpoint.baseUrl = QUrl(settings.value(Settings::ServerUrl));
    endpoint.caBundlePath = settings.value(Settings::CaBundle);
    endpoint.spkiPin = settings.value(Settings::SpkiPin);
    endpoint.deviceId = db.deviceId();
    endpoint.clientId = settings.value(Settings::ClientId);
    return endpoint;
}

bool sameEndpoint(const DistrictEndpoint& a, const DistrictEndpoint& b)
{
    return a.baseUrl == b.baseUrl && a.caBundlePath == b.caBundlePath && a.spkiPin == b.spkiPin
           && a.deviceId == b.deviceId && a.clientId == b.clientId;
}

} // namespace

SyncIndicator::SyncIndicator(Database& db, QWidget* parent)
    : QLabel(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Sync status"));
    m_refreshTimer.setInterval(kRefreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SyncIndicator::refresh);
    m_refreshTimer.start();
    m_probeTimer.setInterval(kProbeInterval);
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncIndicator::probe);
    m_probeTimer.start();
    QTimer::singleShot(0, this, &SyncIndicator::probe);
    refresh();
}

SyncIndicator::~SyncIndicator() = default;

void SyncIndicator::refresh()
{
    const SyncStatus status = SyncStatus::read(m_db);
    setText(describe(status));
    QString tip = details(status);
    if (!m_clockNote.isEmpty())
        tip += u'\n' + m_clockNote;
    setToolTip(Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));   // the server's words, never read as markup
    setAccessibleDescription(tip);
}

void SyncIndicator::probe()
{
    if (m_probing)
        return;
    const DistrictEndpoint endpoint = endpointFromSettings(m_db);
    if (endpoint.baseUrl.isEmpty()) {
        m_client.reset();
        m_clockNote.clear();
        refresh();
        return;
    }
    if (!m_client || !sameEndpoint(m_client->endpoint(), endpoint)) {
        m_client = std::make_unique<DistrictClient>(endpoint, nullptr, m_db.clock());
        connect(m_client.get(), &DistrictClient::healthChecked, this, &SyncIndicator::onHealth);
    }
    m_probing = true;
    m_client->checkHealth();
}

void SyncIndicator::onHealth(const HealthResult& result)
{
    m_probing = false;
    if (auto recorded = SyncStatus::recordHealth(m_db, result.ok, result.message); !recorded)
        qCWarning(lcUi) << "sync reachability not recorded:" << recorded.message();
    m_clockNote = result.skewIsNoteworthy()
                      ? tr("This computer's clock differs from the district server's by %n minute(s); "
                           "ask for it to be set right.", nullptr, int(qAbs(result.clockSkewSeconds) / 60))
                      : QString();
    refresh();
    Q_EMIT probed(result.ok);
}

QString SyncIndicator::describe(const SyncStatus& status)
{
    switch (status.state) {
    case SyncStatus::State::NeverConfigured:
        return tr("Sync: never configured");
    case SyncStatus::State::NeverSynced:
        return tr("Sync: connected, not yet synced");
    case SyncStatus::State::Offline:
        if (status.lastError.isEmpty())
            return tr("Sync: offline");
        return tr("Sync: offline — %1").arg(status.lastError);
    case SyncStatus::State::Synced:
        return tr("Sync: last success %1")
            .arg(QLocale().toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    }
    return {};
}

QString SyncIndicator::details(const SyncStatus& status)
{
    QStringList lines;
    if (status.state == SyncStatus::State::Offline && status.lastSuccess.isValid())
        lines << tr("Last successful sync: %1")
                     .arg(QLocale().toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    lines << tr("%n event(s) waiting to be sent to the district.", nullptr, status.pendingEvents);
    if (status.failedEvents > 0)
        lines << tr("%n event(s) refused by the district; an administrator should look at them.",
                    nullptr, status.failedEvents);
    return lines.join(u'\n');
}

} // namespace gd
