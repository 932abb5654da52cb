// bench_sync: the district sync on loopback, as one JSON line. 10,000 outbox events in batches
// (events_10k_s) and one request per event (events_10k_one_by_one_s), then a roster of N
// students pulled from the stub into an empty database (roster_1m_s) with the peak RSS of this
// process. The stub runs as its own process (district-stub), so the RSS is the kiosk's alone.
// Not a test: the "bench" target runs it (tests/bench/run-bench.sh).
#include "storage/Database.h"
#include "storage/DistrictSyncStore.h"
#include "storage/UnitOfWork.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

struct Stub {
    QUrl url;
    QString ca;
    QString clientId;
    QByteArray secret;
};

Result<Stub> startStub(QProcess& process, const QString& path, qint64 students, const QString& dir)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(path, {u"--port"_s, u"0"_s, u"--cert-dir"_s, dir, u"--students"_s, QString::number(students)});
    if (!process.waitForStarted())
        return Error::io(u"cannot start %1"_s.arg(path));
    QByteArray out;
    while (!out.contains('\n')) {
        if (!process.waitForReadyRead(600'000))
            return Error::io(u"the stub did not get ready: %1"_s.arg(QString::fromUtf8(process.readAllStandardError())));
        out += process.readAllStandardOutput();
    }
    const QString line = QString::fromUtf8(out);
    const auto field = [&line](const QString& name) {
        return QRegularExpression(u"%1=(\\S+)"_s.arg(name)).match(line).captured(1);
    };
    Stub stub;
    stub.url = QUrl(QRegularExpression(u"listening on (\\S+)"_s).match(line).captured(1));
    stub.ca = field(u"ca"_s);
    stub.clientId = field(u"client-id"_s);
    QFile secret(field(u"client-secret-file"_s));
    if (!secret.open(QIODevice::ReadOnly))
        return Error::io(u"cannot read the stub's client secret"_s);
    stub.secret = secret.readAll().trimmed();
    return stub;
}

Result<std::unique_ptr<Database>> freshDatabase(const QString& path, int events)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (events == 0)
        return db;
    const QJsonObject document{{u"type"_s, u"passport"_s}, {u"issuer"_s, u"US"_s}, {u"number_last4"_s, u"1234"_s},
                               {u"expires_on"_s, u"2030-01-31"_s}, {u"captured_by"_s, u"manual"_s}};
    const Actor actor{u"bench"_s, (*db)->deviceId(), Roles(Role::Administrator)};
    const Status s = (*db)->transact(actor, [&](UnitOfWork& uow) -> Status {
        for (int i = 0; i < events; ++i) {
            OutboxEvent e;
            e.type = u"guardian.verified"_s;
            e.studentId = u"S%1"_s.arg(i);
            e.guardianId = u"G-%1"_s.arg(i);
            e.data = {{u"method"_s, u"in_person"_s}, {u"id_document"_s, document}, {u"name_match"_s, u"exact"_s}};
            if (auto id = uow.emitEvent(e); !id)
                return id.error();
        }
        return uow.audit(u"bench.events"_s, u"bench"_s, u"events"_s);
    });
    if (!s)
        return s.error();
    return db;
}

// One sync of `db` with the stub; seconds, or a negative number when it failed.
double timedSync(Database& db, const Stub& stub, int batchSize, bool pullRoster, SyncReport* report)
{
    DistrictSyncStore store(db);
    SyncSettings settings;
    settings.endpoint.baseUrl = stub.url;
    settings.endpoint.caBundlePath = stub.ca;
    settings.endpoint.clientId = stub.clientId;
    settings.endpoint.deviceId = db.deviceId();
    settings.schoolCode = u"1234"_s;
    settings.batchSize = batchSize;
    settings.pullRoster = pullRoster;
    settings.rosterPageLimit = 1000;
    SyncEngine engine(settings, ClientSecret(stub.secret), store, Clock::system());
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncReport& r) {
        *report = r;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    engine.start(true);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return report->ok ? seconds : -seconds;
}

qint64 peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({u"stub"_s, u"Path of the district-stub executable (default: the one built with this)."_s, u"FILE"_s,
                 QStringLiteral(GD_STUB_PATH)});
    p.addOption({u"students"_s, u"Roster size to pull (default 1000000)."_s, u"N"_s, u"1000000"_s});
    p.addOption({u"events"_s, u"Outbox events to deliver (default 10000)."_s, u"N"_s, u"10000"_s});
    p.addOption({u"out"_s, u"Append the JSON line to this file too."_s, u"FILE"_s});
    p.process(app);
    QTextStream err(stderr);
    const qint64 students = p.value(u"students"_s).toLongLong();
    const int events = p.value(u"events"_s).toInt();
    QTemporaryDir dir;
    QProcess process;
    auto stub = startStub(process, p.value(u"stub"_s), students, dir.filePath(u"district"_s));
    if (!stub) {
        err << "bench_sync: " << stub.message() << Qt::endl;
        return 1;
    }

    QJsonObject line{{u"bench"_s, u"sync"_s}, {u"events"_s, events}, {u"students"_s, students}};
    SyncReport report;
    {
        auto db = freshDatabase(dir.filePath(u"batches.db"_s), events);
        if (!db)
            return err << "bench_sync: " << db.message() << Qt::endl, 1;
        const double s = timedSync(**db, *stub, SyncEngine::kMaxBatchSize, false, &report);
        line.insert(u"events_10k_s"_s, s);
        line.insert(u"events_batches"_s, report.batches);
        err << "batches: " << s << " s, " << report.accepted << " accepted" << Qt::endl;
    }
    {
        auto db = freshDatabase(dir.filePath(u"single.db"_s), events);
        if (!db)
            return err << "bench_sync: " << db.message() << Qt::endl, 1;
        const double s = timedSync(**db, *stub, 1, false, &report);
        line.insert(u"events_10k_one_by_one_s"_s, s);
        err << "one by one: " << s << " s, " << report.accepted << " accepted" << Qt::endl;
    }
    {
        auto db = freshDatabase(dir.filePath(u"roster.db"_s), 0);
        if (!db)
            return err << "bench_sync: " << db.message() << Qt::endl, 1;
        const double s = timedSync(**db, *stub, SyncEngine::kMaxBatchSize, true, &report);
        line.insert(u"roster_1m_s"_s, s);
        line.insert(u"roster_students"_s, report.students);
        line.insert(u"roster_pages"_s, report.rosterPages);
        err << "roster: " << s << " s, " << report.students << " students" << Qt::endl;
    }
    line.insert(u"peak_rss_mb"_s, peakRssMb());
    line.insert(u"targets"_s, QJsonObject{{u"events_10k_s"_s, 5}, {u"roster_1m_s"_s, 120}, {u"peak_rss_mb"_s, 500}});
    process.terminate();
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished();
    }

    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact);
    QTextStream(stdout) << json << Qt::endl;
    if (p.isSet(u"out"_s)) {
        QFile out(p.value(u"out"_s));
        if (out.open(QIODevice::Append | QIODevice::Text))
            out.write(json + '\n');
    }
    return 0;
}
