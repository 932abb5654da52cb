// bench_export: the verification-log export at district scale. Generates a year of verification
// rows (default 1,000,000) over a demo roster, then times, in one run on one machine:
//   csv_s      the whole year to CSV, signed (target 15 s)
//   pdf_s      the PDF report of the same year (target 10 s)
//   scan_s     a bare walk of the same rows with nothing written (the floor both are compared to)
// and the peak RSS of each phase (target 300 MB; the high-water mark is reset between phases).
// One JSON line; with --out it is appended to FILE.
#include "services/VerificationLogExport.h"
#include "storage/Database.h"
#include "storage/RosterImport.h"
#include "storage/SqliteStatement.h"
#include "storage/VerificationLog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

// The process's peak RSS since the last reset, from /proc (VmHWM).
qint64 peakRssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    }
    return -1;
}

// Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0 and later).
void resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

Status generate(Database& db, qint64 rows, const QDate& from)
{
    const Actor admin{u"bench"_s, db.deviceId(), Roles(Role::Administrator)};
    if (auto seeded = RosterImport(db).seedDemo(admin, 20000, 7, {}); !seeded)
        return seeded.error();
    QList<std::pair<QString, QString>> links;
    auto q = db.exec(u"SELECT student_id, guardian_id FROM relationships"_s);
    if (!q)
        return q.error();
    while (q->next())
        links.append({q->value(0).toString(), q->value(1).toString()});
    if (links.isEmpty())
        return Error::failed(u"the demo roster has no relationships"_s);

    static const QStringList kTypes = {u"drivers_license"_s, u"state_id"_s, u"passport"_s, u"consular_id"_s,
                                       u"permanent_resident_card"_s};
    static const QStringList kMethods = {u"in_person"_s, u"in_person"_s, u"in_person"_s, u"video"_s, u"mail_waiver"_s};
    static const QStringList kReasons = {u"expired_id"_s, u"name_mismatch"_s, u"not_eligible"_s, u"no_contact_order"_s};
    QRandomGenerator rng(20261205);
    if (auto b = db.exec(u"BEGIN"_s); !b)
        return b.error();
    SqliteStatement st;
    if (auto s = st.prepare(db, uR"(INSERT INTO verifications(verification_id, student_id, guardian_id, staff_id,
                                        device_id, method, outcome, refusal_reason, id_type, id_issuer, id_last4,
                                        id_expires_on, id_captured_by, name_match, occurred_at)
                                    VALUES (?, ?, ?, ?, ?, ?, ?, nullif(?, ''), nullif(?, ''), nullif(?, ''),
                                            nullif(?, ''), nullif(?, ''), nullif(?, ''), nullif(?, ''), ?))"_s);
        !s)
        return s;
    // Spread over the year's days in local time, every row inside [from, from + 1 year).
    const QDateTime start(from, QTime(0, 0));
    const qint64 span = start.secsTo(QDateTime(from.addYears(1), QTime(0, 0))) - 1;
    for (qint64 i = 0; i < rows; ++i) {
        const auto& link = links[qsizetype(rng.bounded(quint64(links.size())))];
        const bool refused = rng.bounded(10) == 0;
        const QString type = refused && rng.bounded(2) ? QString() : kTypes[rng.bounded(kTypes.size())];
        const QDateTime at = start.addSecs(qint64(i) * span / rows);
        st.bind(u"bench-%1"_s.arg(i, 8, 10, QLatin1Char('0')))
            .bind(link.first)
            .bind(link.second)
            .bind(u"staff%1"_s.arg(rng.bounded(40)))
            .bind(db.deviceId())
            .bind(kMethods[rng.bounded(kMethods.size())])
            .bind(refused ? u"refused"_s : u"verified"_s)
            .bind(refused ? kReasons[rng.bounded(kReasons.size())] : QString())
            .bind(type)
            .bind(type.isEmpty() ? QString() : u"CA"_s)
            .bind(type.isEmpty() ? QString() : QString::number(1000 + rng.bounded(9000)))
            .bind(type.isEmpty() ? QString() : u"2029-06-30"_s)
            .bind(type.isEmpty() ? QString() : (rng.bounded(3) ? u"barcode"_s : u"manual"_s))
            .bind(refused ? QString() : u"exact"_s)
            .bind(at.toUTC().toString(Qt::ISODate));
        if (auto r = st.step(); !r)
            return r.error();
    }
    if (auto c = db.exec(u"COMMIT"_s); !c)
        return c.error();
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF report needs fonts
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"rows"_s, u"Verification rows over one year."_s, u"N"_s, u"1000000"_s});
    p.addOption({u"dir"_s, u"Folder for the database and the exports (default: a temporary one)."_s, u"DIR"_s});
    p.addOption({u"out"_s, u"Append the JSON line to FILE too."_s, u"FILE"_s});
    p.addOption({u"reuse"_s, u"Keep a database already generated in DIR with the same number of rows."_s});
    p.process(app);
    const qint64 rows = std::max<qint64>(1, p.value(u"rows"_s).toLongLong());
    QTemporaryDir temp;
    const QString dir = p.isSet(u"dir"_s) ? p.value(u"dir"_s) : temp.path();
    QDir().mkpath(dir);
    const QString dbPath = dir + u"/bench-export.db"_s;
    const bool reuse = p.isSet(u"reuse"_s) && QFile::exists(dbPath);
    if (!reuse) {
        for (const QString& f : QStringList{dbPath, dbPath + u"-wal"_s, dbPath + u"-shm"_s})
            QFile::remove(f);
    }
    QTextStream err(stderr);
    auto db = Database::open(dbPath);
    if (!db) {
        err << "bench_export: " << db.message() << '\n';
        return 2;
    }
    const QDate from(2025, 8, 1);
    QElapsedTimer timer;
    timer.start();
    auto have = (*db)->exec(u"SELECT count(*) FROM verifications"_s);
    const bool generated = reuse && have && have->next() && have->value(0).toLongLong() == rows;
    if (have)
        have->finish();
    if (!generated) {
        if (auto g = generate(**db, rows, from); !g) {
            err << "bench_export: generating rows: " << g.message() << '\n';
            return 2;
        }
    }
    const double generateSeconds = double(timer.nsecsElapsed()) / 1e9;

    VerificationLog::Filter year;
    year.from = from;
    year.to = from.addYears(1).addDays(-1);
    const Actor admin{u"bench"_s, (*db)->deviceId(), Roles(Role::Administrator)};

    resetPeakRss();
    timer.restart();
    qint64 scanned = 0;
    const Status scan = VerificationLog::forEach(**db, year, [&scanned](const VerificationLog::Row& r) {
        scanned += r[0].size();
        return Status{};
    });
    const double scanSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 scanRss = peakRssMb();

    const auto timeExport = [&](VerificationLogExport::Format format, const QString& name, qint64* rowsOut,
                                qint64* bytes, qint64* rss) {
        resetPeakRss();
        QElapsedTimer t;
        t.start();
        VerificationLogExport::Request r{year, format, dir + u"/"_s + name};
        auto done = VerificationLogExport(**db).run(admin, r);
        const double s = double(t.nsecsElapsed()) / 1e9;
        *rss = peakRssMb();
        if (!done) {
            err << "bench_export: " << name << ": " << done.message() << '\n';
            return -1.0;
        }
        *rowsOut = done->rows;
        *bytes = done->bytes;
        return s;
    };
    qint64 csvRows = 0, csvBytes = 0, csvRss = 0, pdfRows = 0, pdfBytes = 0, pdfRss = 0;
    const double csvSeconds =
        timeExport(VerificationLogExport::Format::Csv, u"year.csv"_s, &csvRows, &csvBytes, &csvRss);
    const double pdfSeconds =
        timeExport(VerificationLogExport::Format::Pdf, u"year.pdf"_s, &pdfRows, &pdfBytes, &pdfRss);

    const QJsonObject line{
        {u"bench"_s, u"export"_s},
        {u"rows"_s, rows},
        {u"generate_s"_s, qRound(generateSeconds * 10) / 10.0},
        {u"scan_s"_s, qRound(scanSeconds * 100) / 100.0},
        {u"scan_ok"_s, bool(scan)},
        {u"csv_s"_s, qRound(csvSeconds * 100) / 100.0},
        {u"csv_rows"_s, csvRows},
        {u"csv_mb"_s, qRound(double(csvBytes) / 1e5) / 10.0},
        {u"pdf_s"_s, qRound(pdfSeconds * 100) / 100.0},
        {u"pdf_rows"_s, pdfRows},
        {u"pdf_kb"_s, pdfBytes / 1024},
        {u"csv_over_scan"_s, scanSeconds > 0 ? qRound(csvSeconds / scanSeconds * 100) / 100.0 : 0.0},
        {u"peak_rss_mb"_s, QJsonObject{{u"scan"_s, scanRss}, {u"csv"_s, csvRss}, {u"pdf"_s, pdfRss}}},
        {u"targets"_s, QJsonObject{{u"csv_s"_s, 15}, {u"pdf_s"_s, 10}, {u"peak_rss_mb"_s, 300}}},
    };
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact);
    QTextStream(stdout) << json << '\n';
    if (p.isSet(u"out"_s)) {
        QFile out(p.value(u"out"_s));
        if (out.open(QIODevice::Append))
            out.write(json + '\n');
    }
    return scan && csvSeconds >= 0 && pdfSeconds >= 0 ? 0 : 1;
}
