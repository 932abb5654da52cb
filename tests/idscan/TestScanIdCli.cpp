// guardiandesk-cli scan-id, through the real executable (design/cli.md).
#include "AamvaSamples.h"
#include "CardImages.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestScanIdCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void specimenTextPrintsTheFieldsAndFlagsTheExpiry();
    void photoOfACurrentCardAsJson();
    void wedgeStreamFromStandardInput();
    void badInputExitsTwoWithOneLine_data();
    void badInputExitsTwoWithOneLine();

private:
    Run cli(const QStringList& args, const QByteArray& input = {});
    QString write(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

Run TestScanIdCli::cli(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));   // never the real kiosk database
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GD_CLI_PATH), QStringList{u"--db"_s, m_dir.filePath(u"kiosk.db"_s)} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString TestScanIdCli::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestScanIdCli::specimenTextPrintsTheFieldsAndFlagsTheExpiry()
{
    const Run r = cli({u"scan-id"_s, u"--text"_s, QStringLiteral(GD_TESTDATA_DIR "/aamva-2020-standard-sample.txt")});
    QCOMPARE(r.exitCode, 1);   // the specimen expired on 2024-12-10: a failed check
    for (const QString& shown : {u"SAMPLE, MICHAEL JOHN JR"_s, u"1986-06-06"_s, u"2024-12-10  EXPIRED"_s, u"VA, USA"_s,
                                 u"ending 5789"_s, u"compliant"_s})
        QVERIFY2(r.out.contains(shown), qPrintable(shown + u" missing from:\n"_s + r.out));
    for (const QString& never : {u"T64235789"_s, u"WEST BROAD"_s, u"RICHMOND"_s, u"23269"_s})
        QVERIFY2(!r.out.contains(never) && !r.err.contains(never), qPrintable(never));
    QVERIFY(!QFile::exists(m_dir.filePath(u"kiosk.db"_s)));   // reading a card changes nothing
}

void TestScanIdCli::photoOfACurrentCardAsJson()
{
    samples::Card card;
    card.expires = QDate::currentDate().addYears(4);
    cardimages::Shot shot;
    shot.degrees = -9;
    shot.keystone = 0.06;
    shot.noise = 10;
    const QImage photo = cardimages::photograph(cardimages::symbol(samples::payload(card, 10), ZXing::BarcodeFormat::PDF417, 3), shot);
    const QString path = m_dir.filePath(u"card-back.png"_s);
    QVERIFY(photo.save(path));
    const Run r = cli({u"--json"_s, u"scan-id"_s, u"--image"_s, path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[u"document_type"_s].toString(), u"DL"_s);
    QCOMPARE(o[u"family_name"_s].toString(), u"SAMPLE"_s);
    QCOMPARE(o[u"given_names"_s].toString(), u"MICHAEL JOHN"_s);
    QCOMPARE(o[u"expiry_date"_s].toString(), card.expires.toString(Qt::ISODate));
    QCOMPARE(o[u"expired"_s].toBool(), false);
    QCOMPARE(o[u"document_number_last4"_s].toString(), u"5789"_s);
    QCOMPARE(o[u"real_id_compliant"_s].toBool(), true);
    QVERIFY(!r.out.contains(u"T64235789"_s));
}

void TestScanIdCli::wedgeStreamFromStandardInput()
{
    samples::Card card;
    card.expires = QDate::currentDate().addYears(2);
    card.country = "CAN";
    card.jurisdiction = "ON";
    card.iin = "636012";
    const Run r = cli({u"--json"_s, u"scan-id"_s, u"--text"_s, u"-"_s}, samples::stripped(samples::payload(card, 6)));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[u"jurisdiction"_s].toString(), u"ON"_s);
    QCOMPARE(o[u"country"_s].toString(), u"CAN"_s);
    QCOMPARE(o[u"date_of_birth"_s].toString(), u"1986-06-06"_s);
    QCOMPARE(o[u"expiry_date"_s].toString(), card.expires.toString(Qt::ISODate));
}

void TestScanIdCli::badInputExitsTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("file");   // written to "input" and named by %1 in args
    QTest::addColumn<QString>("reason");
    QTest::newRow("neither option") << QStringList{} << QByteArray() << u"give --image FILE or --text FILE"_s;
    QTest::newRow("both options") << QStringList{u"--image"_s, u"%1"_s, u"--text"_s, u"%1"_s} << QByteArray("x")
                                  << u"give --image FILE or --text FILE"_s;
    QTest::newRow("not an image") << QStringList{u"--image"_s, u"%1"_s} << QByteArray("not a picture") << u"scan-id:"_s;
    QTest::newRow("missing text file") << QStringList{u"--text"_s, u"/nonexistent/wedge.txt"_s} << QByteArray()
                                       << u"cannot read"_s;
    QTest::newRow("not a licence") << QStringList{u"--text"_s, u"%1"_s} << QByteArray("https://example.org/x\n")
                                   << u"not from a US or Canadian driver's licence"_s;
    QTest::newRow("damaged licence") << QStringList{u"--text"_s, u"%1"_s}
                                     << samples::payload(samples::Card{}, 10).replace("DBA1210", "DBA1310")
                                     << u"expiry date (DBA)"_s;
}

void TestScanIdCli::badInputExitsTwoWithOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(QString, reason);
    const QString path = file.isEmpty() ? QString() : write(u"input"_s, file);
    for (QString& a : args)
        a.replace(u"%1"_s, path);
    const Run r = cli(QStringList{u"scan-id"_s} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestScanIdCli)
#include "TestScanIdCli.moc"
