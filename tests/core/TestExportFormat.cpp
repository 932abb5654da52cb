#include "core/CsvReader.h"

#include "core/ExportFormat.h"
#include "core/crypto/Ed25519.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

// The bytes of a verification-log export: what Excel, a JSON reader and verify-export see.
class TestExportFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvFieldsRoundTripAndFormulasStayText_data();
    void csvFieldsRoundTripAndFormulasStayText();
    void jsonStringsRoundTripAndMarkupStaysInert();
    void signatureTextRoundTripsAndBindsTheFile();
    void malformedSignaturesAreRefused_data();
    void malformedSignaturesAreRefused();
};

void TestExportFormat::csvFieldsRoundTripAndFormulasStayText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("formula");
    QTest::newRow("plain") << u"García López"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("cmd") << u"=cmd|' /C calc'!A0"_s << true;
    QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://evil.example\",\"click\")"_s << true;
    QTest::newRow("plus") << u"+1+2"_s << true;
    QTest::newRow("minus") << u"-2+3+cmd|' /C calc'!A0"_s << true;
    QTest::newRow("at") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s << true;
    QTest::newRow("tab") << u"\t=1+1"_s << true;
    QTest::newRow("cr") << u"\r=1+1"_s << true;
    QTest::newRow("full-width equals") << u"＝1+1"_s << true;
    QTest::newRow("quotes") << u"O\"Brien, \"Jr\""_s << false;
    QTest::newRow("comma") << u"Smith, John"_s << false;
    QTest::newRow("newline") << u"line one\nline two"_s << false;
    QTest::newRow("crlf") << u"line one\r\nline two"_s << false;
    QTest::newRow("edge spaces") << u"  padded  "_s << false;
    QTest::newRow("rtl") << u"\u200Fزهرا احمدی"_s << false;
    QTest::newRow("armenian") << u"Հովհաննիսյան"_s << false;
    QTest::newRow("markup") << u"<script>alert(1)</script>"_s << false;
}

void TestExportFormat::csvFieldsRoundTripAndFormulasStayText()
{
    QFETCH(QString, value);
    QFETCH(bool, formula);
    // A record of three fields with the value in the middle, as a row of the export has.
    QByteArray line;
    ExportFormat::appendCsvField(line, "before");
    line.append(',');
    ExportFormat::appendCsvField(line, value.toUtf8());
    line.append(',');
    ExportFormat::appendCsvField(line, "after");
    line.append("\r\n");
    QString why;
    const auto records = test::readCsv(line, &why);
    QVERIFY2(records, qPrintable(why + u": "_s + QString::fromUtf8(line)));
    QCOMPARE(records->size(), 1);
    const QStringList fields = records->constFirst();
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0], u"before"_s);
    QCOMPARE(fields[2], u"after"_s);
    // A spreadsheet shows a leading apostrophe as "this is text"; nothing else changes.
    QCOMPARE(fields[1], formula ? u"'"_s + value : value);
}

void TestExportFormat::jsonStringsRoundTripAndMarkupStaysInert()
{
    const QStringList values = {u"<img src=x onerror=alert(1)>"_s,   u"a\"b\\c"_s,    u"tab\there"_s, u"nl\nhere"_s,
                                QString(QChar(0x01)) + u"control"_s, u"زهرا & Ана"_s, u"Ω≈ç√ 😀"_s,    QString()};
    QByteArray doc = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            doc.append(',');
        ExportFormat::appendJsonString(doc, values[i].toUtf8());
    }
    doc.append(']');
    QVERIFY2(!doc.contains('<') && !doc.contains('>') && !doc.contains('&'), doc.constData());
    QJsonParseError error;
    const QJsonArray parsed = QJsonDocument::fromJson(doc, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        QCOMPARE(parsed[i].toString(), values[i]);
}

void TestExportFormat::signatureTextRoundTripsAndBindsTheFile()
{
    auto key = crypto::Ed25519Key::generate();
    QVERIFY(key);
    ExportFormat::Signature s;
    s.size = 1234;
    s.sha256 = QByteArray(32, '\x5a');
    s.deviceId = u"kiosk-7"_s;
    s.createdAt = u"2026-12-05T10:00:00Z"_s;
    s.keyFingerprint = u"ab:cd"_s;
    auto sig = key->sign(s.message());
    QVERIFY(sig);
    s.signature = *sig;
    auto parsed = ExportFormat::Signature::parse(s.toText());
    QVERIFY2(parsed, qPrintable(parsed.message()));
    QCOMPARE(parsed->message(), s.message());
    QVERIFY(crypto::ed25519Verify(key->publicKey(), parsed->message(), parsed->signature));
    // Another size, digest or device is another statement: the same signature fails.
    for (auto change :
         {+[](ExportFormat::Signature& x) { x.size += 1; }, +[](ExportFormat::Signature& x) { x.sha256[0] = 'x'; },
          +[](ExportFormat::Signature& x) { x.deviceId += u"2"_s; }}) {
        ExportFormat::Signature other = *parsed;
        change(other);
        QVERIFY(!crypto::ed25519Verify(key->publicKey(), other.message(), other.signature));
    }
}

void TestExportFormat::malformedSignaturesAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray good = "GuardianDesk verification-log export signature\nversion: 1\ndevice: d\ncreated: "
                            "2026-12-05T10:00:00Z\nsize: 10\nsha256: "
                            + QByteArray(32, '\x11').toHex() + "\nsignature: " + QByteArray(64, '\x22').toBase64()
                            + "\n";
    QVERIFY(ExportFormat::Signature::parse(good));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no header") << good.mid(good.indexOf('\n') + 1);
    QTest::newRow("version 2") << QByteArray(good).replace("version: 1", "version: 2");
    QTest::newRow("short digest") << QByteArray(good).replace(QByteArray(32, '\x11').toHex(), "1111");
    QTest::newRow("not base64") << QByteArray(good).replace(QByteArray(64, '\x22').toBase64(), "!!!!");
    QTest::newRow("no size") << QByteArray(good).replace("size: 10\n", "");
    QTest::newRow("huge") << good + QByteArray(5000, 'x');
}

void TestExportFormat::malformedSignaturesAreRefused()
{
    QFETCH(QByteArray, text);
    auto parsed = ExportFormat::Signature::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().kind, ErrorKind::BadInput);
}

QTEST_GUILESS_MAIN(TestExportFormat)
#include "TestExportFormat.moc"
