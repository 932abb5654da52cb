#include "core/CsvReader.h"
#include "letters/PopplerTools.h"
#include "storage/StorageTestUtil.h"

#include "core/DeviceKeyList.h"
#include "services/VerificationLogExport.h"
#include "storage/AuditLog.h"
#include "storage/DeviceSecrets.h"
#include "storage/VerificationService.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

// Names a spreadsheet would run, markup, quotes and right-to-left text, as a roster can carry them.
const QString kFormulaFirst = u"=HYPERLINK(\"http://evil.example\",\"x\")"_s;
const QString kQuotedLast = u"O\"Brien, \"Jr\""_s;
const QString kAtFirst = u"@SUM(1+1)"_s;
const QString kPersianLast = u"احمدی"_s;
const QString kMarkupFirst = u"<b>Zahra</b>"_s;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

// The verification-log export (issue 14, item 4) as an administrator and district IT meet it:
// the CSV opens in Excel with hostile names inert, JSON parses, the PDF report reads, every file
// is signed and a changed byte shows, only administrators export, and cancel leaves nothing.
class TestVerificationLogExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void csvOpensCleanlyWithHostileNamesInert();
    void aChangedByteOrAnotherKeyFailsTheCheck();
    void jsonHoldsTheSameRowsExactly();
    void pdfReportShowsTheTotalsAndCharts();
    void filtersAndLocalDaysChooseTheRows();
    void onlyAnAdministratorExportsAndItIsAudited();
    void cancelOrBadInputLeavesNoFile();

private:
    VerificationLogExport::Outcome exportTo(const QString& name, VerificationLogExport::Format format,
                                            const VerificationLog::Filter& filter = {});
    VerificationLog::Filter wholeRange() const;
    QString verify(const QString& student, const QString& guardian, const QString& given, const QString& family,
                   IdType type = IdType::DriversLicense);
    QByteArray devicePublicKey();

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 9, 14), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QString m_folder;
    int m_n = 0;
    int m_verified = 0;
    int m_refused = 0;
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
};

void TestVerificationLogExport::initTestCase()
{
    // Days are the school's calendar days: run in a zone where a UTC date differs from the local one.
    qputenv("TZ", "America/Los_Angeles");
    ::tzset();
    QVERIFY(m_dir.isValid());
}

QString TestVerificationLogExport::verify(const QString& student, const QString& guardian, const QString& given,
                                          const QString& family, IdType type)
{
    VerificationRequest r;
    r.studentId = student;
    r.guardianId = guardian;
    r.id.type = type;
    r.id.issuer = u"CA"_s;
    r.id.numberLast4 = u"4567"_s;
    r.id.expiresOn = QDate(2030, 1, 31);
    r.id.givenNames = given;
    r.id.familyNames = family;
    r.photoMatches = true;
    // The hostile family's names are not names an ID prints: the staff member accepts the difference.
    if (guardian == u"G-H")
        r.nameOverrideReason = u"Name on the ID is written differently"_s;
    auto v = VerificationService(*m_db).verify(m_desk, r);
    if (!v) {
        qWarning("verify failed: %s", qPrintable(v.message()));
        return {};
    }
    ++(v->verified() ? m_verified : m_refused);
    return v->verificationId;
}

void TestVerificationLogExport::init()
{
    m_db.reset();
    m_verified = m_refused = 0;
    m_clock.set(QDateTime(QDate(2026, 9, 14), QTime(16, 0), Qt::UTC));
    m_folder = m_dir.filePath(QString::number(++m_n));
    QDir().mkpath(m_folder);
    m_db = test::openOrFail(m_folder + u"/k.db"_s, &m_clock);
    QVERIFY(m_db && test::seedFamily(*m_db));
    RosterPage p;
    p.students = {{u"S-H"_s, kFormulaFirst, kQuotedLast, QDate(2015, 2, 3), u"4"_s, u"1234"_s, true},
                  {u"S-P"_s, kMarkupFirst, kPersianLast, QDate(2016, 5, 6), u"2"_s, u"5678"_s, true}};
    p.guardians = {{u"G-H"_s,
                    kAtFirst,
                    kPersianLast,
                    {},
                    u"+13105550199"_s,
                    {u"77 Hidden Ln"_s, {}, u"Glendale"_s, u"CA"_s, u"91201"_s},
                    u"fa"_s}};
    p.relationships = {{u"S-H"_s, u"G-H"_s, RelationshipKind::Mother, true, true, true, false, false},
                       {u"S-P"_s, u"G-H"_s, RelationshipKind::Mother, true, true, true, false, false}};
    auto imported = RosterImport(*m_db).importPages(test::admin(), {p}, u"test"_s);
    QVERIFY2(imported, qPrintable(imported.message()));

    // Monday 14 September (local): the mother, and the father under a no-contact order (refused).
    QVERIFY(!verify(u"S1"_s, u"G-M"_s, u"Maria Jose"_s, u"Lopez"_s).isEmpty());
    m_clock.advanceSeconds(600);
    QVERIFY(!verify(u"S1"_s, u"G-F"_s, u"Carlos"_s, u"Garcia"_s).isEmpty());
    // 20:00 local on the 14th is 03:00 UTC on the 15th: still the 14th at the school.
    m_clock.set(QDateTime(QDate(2026, 9, 15), QTime(3, 0), Qt::UTC));
    QVERIFY(!verify(u"S-H"_s, u"G-H"_s, u"Zahra"_s, u"Ahmadi"_s, IdType::Passport).isEmpty());
    // Wednesday 16 September.
    m_clock.set(QDateTime(QDate(2026, 9, 16), QTime(17, 0), Qt::UTC));
    QVERIFY(!verify(u"S-P"_s, u"G-H"_s, u"Zahra"_s, u"Ahmadi"_s, IdType::Passport).isEmpty());
    QCOMPARE(m_verified, 3);
    QCOMPARE(m_refused, 1);
}

VerificationLog::Filter TestVerificationLogExport::wholeRange() const
{
    VerificationLog::Filter f;
    f.from = QDate(2026, 9, 1);
    f.to = QDate(2026, 9, 30);
    return f;
}

VerificationLogExport::Outcome TestVerificationLogExport::exportTo(const QString& name,
                                                                   VerificationLogExport::Format format,
                                                                   const VerificationLog::Filter& filter)
{
    VerificationLogExport::Request r;
    r.filter = filter.from.isValid() ? filter : wholeRange();
    r.format = format;
    r.outPath = m_folder + u"/"_s + name;
    auto done = VerificationLogExport(*m_db).run(test::admin(), r);
    if (!done) {
        qWarning("export failed: %s", qPrintable(done.message()));
        return {};
    }
    return *done;
}

QByteArray TestVerificationLogExport::devicePublicKey()
{
    auto key = DeviceSecrets::sealedSigningPublicKey(*m_db);
    return key ? *key : QByteArray();
}

void TestVerificationLogExport::csvOpensCleanlyWithHostileNamesInert()
{
    const auto done = exportTo(u"log.csv"_s, VerificationLogExport::Format::Csv);
    QCOMPARE(done.rows, 4);
    const QByteArray bytes = readAll(done.path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads it as UTF-8
    QString why;
    const auto records = test::readCsv(bytes.mid(3), &why);
    QVERIFY2(records, qPrintable(why));
    QCOMPARE(records->size(), 5);
    QStringList header;
    for (const char* c : VerificationLog::kColumns)
        header << QString::fromLatin1(c);
    QCOMPARE(records->at(0), header);
    const auto col = [&header](const char* name) { return header.indexOf(QString::fromLatin1(name)); };
    for (const QStringList& r : *records)
        QCOMPARE(r.size(), header.size());

    // Oldest first: mother, refused father, then the hostile family.
    const QStringList refused = records->at(2);
    QCOMPARE(refused[col("outcome")], u"refused"_s);
    QCOMPARE(refused[col("refusal_reason")], u"no_contact_order"_s);
    const QStringList hostile = records->at(3);
    // A value a spreadsheet would run is shown as text (leading apostrophe); the rest is exact.
    QCOMPARE(hostile[col("student_name")], u"'"_s + kFormulaFirst + u" "_s + kQuotedLast);
    QCOMPARE(hostile[col("guardian_name")], u"'"_s + kAtFirst + u" "_s + kPersianLast);
    QCOMPARE(hostile[col("id_type")], u"passport"_s);
    QCOMPARE(hostile[col("id_last4")], u"4567"_s);
    QCOMPARE(hostile[col("occurred_at")], u"2026-09-15T03:00:00Z"_s);
    QCOMPARE(records->at(4)[col("student_name")], kMarkupFirst + u" "_s + kPersianLast);
    for (const QStringList& r : records->mid(1)) {
        for (const QString& cell : r)
            QVERIFY2(!QStringView(u"=+-@").contains(cell.left(1)) || cell.isEmpty(), qPrintable(cell));
    }
    // No more of an adult than names and the ID's type, issuer, last 4 and expiry.
    for (const char* never : {"+12135550142", "+13105550199", "1 Main St", "77 Hidden Ln", "91201"})
        QVERIFY2(!bytes.contains(never), never);

    auto check = VerificationLogExport::verify(done.path, done.signaturePath, devicePublicKey());
    QVERIFY2(check, qPrintable(check.message()));
    QCOMPARE(check->signature.deviceId, m_db->deviceId());
}

void TestVerificationLogExport::aChangedByteOrAnotherKeyFailsTheCheck()
{
    const auto done = exportTo(u"log.csv"_s, VerificationLogExport::Format::Csv);
    QVERIFY(!done.path.isEmpty());
    const QByteArray key = devicePublicKey();
    QVERIFY(VerificationLogExport::verify(done.path, done.signaturePath, key));
    const QByteArray original = readAll(done.path);

    // One byte in the middle of the file: "refused" becomes "refusee".
    QByteArray changed = original;
    const qsizetype at = changed.indexOf("refused");
    QVERIFY(at > 0);
    changed[at + 6] = 'e';
    QVERIFY(writeAll(done.path, changed));
    auto check = VerificationLogExport::verify(done.path, done.signaturePath, key);
    QVERIFY(!check);
    QCOMPARE(check.error().kind, ErrorKind::Failed);
    QVERIFY2(check.message().contains(u"was changed after it was exported"_s), qPrintable(check.message()));

    // A row removed (shorter file) fails the same way.
    QVERIFY(writeAll(done.path, original.left(original.lastIndexOf("\r\n", original.size() - 3) + 2)));
    QVERIFY(!VerificationLogExport::verify(done.path, done.signaturePath, key));

    // The file restored verifies again; a key from elsewhere does not.
    QVERIFY(writeAll(done.path, original));
    QVERIFY(VerificationLogExport::verify(done.path, done.signaturePath, key));
    auto other = crypto::Ed25519Key::generate();
    QVERIFY(other);
    check = VerificationLogExport::verify(done.path, done.signaturePath, other->publicKey());
    QVERIFY(!check);
    QVERIFY2(check.message().contains(u"does not verify"_s), qPrintable(check.message()));

    // A signature whose digest was edited to match a forged file fails on the signature.
    QByteArray sig = readAll(done.signaturePath);
    QByteArray forged = original;
    forged[at + 6] = 'e';
    QVERIFY(writeAll(done.path, forged));
    const QByteArray oldDigest = QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex();
    const QByteArray newDigest = QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex();
    QVERIFY(sig.contains(oldDigest));
    QVERIFY(writeAll(done.signaturePath, sig.replace(oldDigest, newDigest)));
    check = VerificationLogExport::verify(done.path, done.signaturePath, key);
    QVERIFY(!check);
    QVERIFY2(check.message().contains(u"does not verify"_s), qPrintable(check.message()));
}

void TestVerificationLogExport::jsonHoldsTheSameRowsExactly()
{
    const auto done = exportTo(u"log.json"_s, VerificationLogExport::Format::Json);
    QCOMPARE(done.rows, 4);
    const QByteArray bytes = readAll(done.path);
    QVERIFY2(!bytes.contains('<'), "markup is escaped");
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc[u"export"_s][u"rows"_s].toInt(), 4);
    QCOMPARE(doc[u"export"_s][u"device_id"_s].toString(), m_db->deviceId());
    const QJsonArray rows = doc[u"verifications"_s].toArray();
    QCOMPARE(rows.size(), 4);
    // JSON keeps the names exactly (no spreadsheet apostrophe).
    QCOMPARE(rows[2][u"student_name"_s].toString(), kFormulaFirst + u" "_s + kQuotedLast);
    QCOMPARE(rows[3][u"student_name"_s].toString(), kMarkupFirst + u" "_s + kPersianLast);
    QCOMPARE(rows[1][u"outcome"_s].toString(), u"refused"_s);
    QVERIFY(!rows[0].toObject().contains(u"id_details_purged_at"_s)); // absent, not ""
    QVERIFY(VerificationLogExport::verify(done.path, done.signaturePath, devicePublicKey()));
}

void TestVerificationLogExport::pdfReportShowsTheTotalsAndCharts()
{
    const QString missing = poppler::missingTools();
    if (!missing.isEmpty())
        QFAIL(qPrintable(u"the PDF is read with poppler-utils; missing: "_s + missing));
    const auto done = exportTo(u"report.pdf"_s, VerificationLogExport::Format::Pdf);
    QCOMPARE(done.rows, 4);
    QVERIFY(done.pages >= 1);
    QCOMPARE(poppler::pageCount(done.path), done.pages);
    // Ligatures (fi) come back from pdftotext as one character: compare in compatibility form.
    const QString text = poppler::text(done.path).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(u"Verification log report"_s), qPrintable(text));
    QVERIFY2(text.contains(u"September 1, 2026 to September 30, 2026"_s), qPrintable(text));
    QVERIFY2(text.contains(u"3 (75.0%)"_s), qPrintable(text)); // verified
    QVERIFY2(text.contains(u"1 (25.0%)"_s), qPrintable(text)); // refused
    QVERIFY2(text.contains(u"No-contact order"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Passport"_s) && text.contains(u"Driver's license"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Verifications per day"_s), qPrintable(text));
    // The chart is drawn: the verified colour covers part of the first page.
    const QImage page = poppler::pageImage(done.path, 1, 50);
    QVERIFY(!page.isNull());
    int blue = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            blue += c.blue() > 120 && c.red() < 60 && c.green() < 110;
        }
    }
    QVERIFY2(blue > 200, qPrintable(QString::number(blue)));
    if (const QByteArray keep = qgetenv("GD_REPORT_KEEP_DIR"); !keep.isEmpty())
        QFile::copy(done.path, QString::fromLocal8Bit(keep) + u"/verification-report.pdf"_s);
    QVERIFY(VerificationLogExport::verify(done.path, done.signaturePath, devicePublicKey()));
}

void TestVerificationLogExport::filtersAndLocalDaysChooseTheRows()
{
    VerificationLog::Filter f;
    f.from = f.to = QDate(2026, 9, 14);
    QCOMPARE(VerificationLog::count(*m_db, f).value(), 3); // 03:00 UTC on the 15th is the 14th here
    f.from = f.to = QDate(2026, 9, 15);
    QCOMPARE(VerificationLog::count(*m_db, f).value(), 0);
    f = wholeRange();
    f.outcome = u"refused"_s;
    QCOMPARE(VerificationLog::count(*m_db, f).value(), 1);
    f = wholeRange();
    f.idType = u"passport"_s;
    QCOMPARE(VerificationLog::count(*m_db, f).value(), 2);
    f = wholeRange();
    f.schoolCode = u"5678"_s;
    const auto done = exportTo(u"school.csv"_s, VerificationLogExport::Format::Csv, f);
    QCOMPARE(done.rows, 1);
    f = wholeRange();
    f.staffId = u"someone-else"_s;
    QCOMPARE(VerificationLog::count(*m_db, f).value(), 0);

    auto summary = VerificationLog::summarize(*m_db, wholeRange());
    QVERIFY(summary);
    QCOMPARE(summary->total, 4);
    QCOMPARE(summary->perDay.size(), 2);
    QCOMPARE(summary->perDay[0].date, QDate(2026, 9, 14));
    QCOMPARE(summary->perDay[0].verified, 2);
    QCOMPARE(summary->perDay[0].refused, 1);
    QCOMPARE(summary->perDay[1].date, QDate(2026, 9, 16));
    QCOMPARE(summary->refusalsByReason.size(), 1);
    QCOMPARE(summary->refusalsByReason[0].label, u"no_contact_order"_s);

    // Reversed or unknown filters are refused with the reason.
    f = wholeRange();
    std::swap(f.from, f.to);
    QVERIFY(!f.check());
    QVERIFY2(f.check().message().contains(u"before the first day"_s), qPrintable(f.check().message()));
    f = wholeRange();
    f.method = u"telepathy"_s;
    QCOMPARE(f.check().error().kind, ErrorKind::BadInput);
}

void TestVerificationLogExport::onlyAnAdministratorExportsAndItIsAudited()
{
    VerificationLogExport::Request r;
    r.filter = wholeRange();
    r.outPath = m_folder + u"/denied.csv"_s;
    for (const Actor& who : {m_desk, Actor{u"printer"_s, {}, Roles(Role::LetterPrinter)}}) {
        auto denied = VerificationLogExport(*m_db).run(who, r);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ErrorKind::Denied);
        QVERIFY(!QFile::exists(r.outPath));
        QVERIFY(!QFile::exists(r.outPath + u".sig"_s));
    }
    const auto done = exportTo(u"audited.csv"_s, VerificationLogExport::Format::Csv);
    auto q = m_db->exec(u"SELECT staff_id, details FROM audit_log WHERE action = 'verification_log.exported'"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), u"admin"_s);
    const QJsonObject details = QJsonDocument::fromJson(q->value(1).toByteArray()).object();
    QCOMPARE(details[u"rows"_s].toInt(), 4);
    QCOMPARE(details[u"format"_s].toString(), u"csv"_s);
    QCOMPARE(details[u"sha256"_s].toString(), QString::fromLatin1(done.sha256.toHex()));
    // The audit entry holds no row content.
    QVERIFY(!q->value(1).toString().contains(u"HYPERLINK"_s));
    QVERIFY(!q->next());
    auto chain = AuditLog::verify(*m_db);
    QVERIFY(chain && chain->holds());
    // The file is the administrator's alone.
    QCOMPARE(QFile::permissions(done.path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestVerificationLogExport::cancelOrBadInputLeavesNoFile()
{
    VerificationLogExport::Request r;
    r.filter = wholeRange();
    r.outPath = m_folder + u"/cancelled.json"_s;
    r.format = VerificationLogExport::Format::Json;
    auto cancelled = VerificationLogExport(*m_db).run(test::admin(), r, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.message().contains(u"cancelled"_s), qPrintable(cancelled.message()));
    QVERIFY(!QFile::exists(r.outPath));
    QVERIFY(!QFile::exists(r.outPath + u".sig"_s));
    auto q = m_db->exec(u"SELECT count(*) FROM audit_log WHERE action = 'verification_log.exported'"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toInt(), 0);

    // A folder that does not exist: a clear message, nothing written.
    r.outPath = m_folder + u"/no-such-folder/log.csv"_s;
    auto failed = VerificationLogExport(*m_db).run(test::admin(), r);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, ErrorKind::Io);
    QVERIFY2(failed.message().contains(u"no-such-folder"_s), qPrintable(failed.message()));

    // An existing export is replaced whole, never half-written over.
    const auto first = exportTo(u"again.csv"_s, VerificationLogExport::Format::Csv);
    QVERIFY(!first.path.isEmpty());
    const QByteArray before = readAll(first.path);
    r.outPath = first.path;
    r.format = VerificationLogExport::Format::Csv;
    cancelled = VerificationLogExport(*m_db).run(test::admin(), r, [](qint64 done, qint64) { return done == 0; });
    QVERIFY(!cancelled);
    QCOMPARE(readAll(first.path), before);
    QVERIFY(VerificationLogExport::verify(first.path, first.signaturePath, devicePublicKey()));
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF report needs fonts
    TestVerificationLogExport t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestVerificationLogExport.moc"
