// The school's e-mail address: an administrator's setting, refused unless it is one plain address,
// carried into the letterhead and printed on the request to mail the key as the way to return it.

#include "letters/PopplerTools.h"
#include "storage/StorageTestUtil.h"

#include "printing/LetterDocument.h"
#include "services/FormPrinting.h"
#include "services/Letterhead.h"
#include "storage/Settings.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestSchoolEmail : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void emptyByDefaultAndOnlyAPlainAddressIsKept_data();
    void emptyByDefaultAndOnlyAPlainAddressIsKept();
    void printedWaiverOffersTheAddressOrMailOnly();

private:
    QString printedWaiver(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
    const Actor m_admin{u"admin"_s, {}, Roles(Role::Administrator)};
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
};

void TestSchoolEmail::init()
{
    m_db.reset();
    QDir(m_dir.path()).mkdir(QString::number(++m_n));
    m_db = test::openOrFail(m_dir.filePath(u"%1/e.db"_s.arg(m_n)));
    QVERIFY(m_db && test::seedFamily(*m_db));
}

void TestSchoolEmail::emptyByDefaultAndOnlyAPlainAddressIsKept_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("kept");
    QTest::newRow("plain") << u"office@roosevelt.example.org"_s << true;
    QTest::newRow("plus and dots") << u"front.office+waivers@k12.example.us"_s << true;
    QTest::newRow("no at sign") << u"office.roosevelt.example.org"_s << false;
    QTest::newRow("no domain dot") << u"office@localhost"_s << false;
    QTest::newRow("display name") << u"Front Office <office@roosevelt.example.org>"_s << false;
    QTest::newRow("space") << u"front office@roosevelt.example.org"_s << false;
    QTest::newRow("two at signs") << u"office@@roosevelt.example.org"_s << false;
    QTest::newRow("double dot") << u"office@roosevelt..example.org"_s << false;
    QTest::newRow("line break") << u"office@roosevelt.example.org\nBcc: x@example.org"_s << false;
}

void TestSchoolEmail::emptyByDefaultAndOnlyAPlainAddressIsKept()
{
    QFETCH(QString, value);
    QFETCH(bool, kept);
    Settings settings(*m_db);
    QCOMPARE(settings.value(Settings::SchoolEmail), QString());
    QCOMPARE(schoolHeaderFrom(*m_db).email, QString());
    const Status set = settings.set(m_admin, Settings::SchoolEmail, value);
    QCOMPARE(set.ok(), kept);
    if (kept) {
        QCOMPARE(schoolHeaderFrom(*m_db).email, value);
    } else {
        QVERIFY2(set.message().contains(u"e-mail address"_s), qPrintable(set.message()));
        QCOMPARE(settings.value(Settings::SchoolEmail), QString());   // nothing changed
    }
}

QString TestSchoolEmail::printedWaiver(const QString& name)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto doc = LetterDocument::createPdf(&buffer);
    if (!doc)
        return {};
    auto waiver = FormPrinting(*m_db).printWaiver(m_desk, u"S1"_s, u"G-M"_s, u"en"_s, **doc);
    if (!waiver || !(*doc)->finish())
        return {};
    const QString path = m_dir.filePath(u"%1/%2.pdf"_s.arg(m_n).arg(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(buffer.data()) != buffer.data().size())
        return {};
    f.close();
    // As words without spaces or hyphens: pdftotext breaks lines, joins "e-" + "mail" and keeps
    // ligatures ("ﬃ") that NFKC spells out.
    QString text = poppler::text(path, 1).normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(u"[\\s-]+"_s));
    return text;
}

// The return step as the parent reads it: with the school's address, or by mail alone.
void TestSchoolEmail::printedWaiverOffersTheAddressOrMailOnly()
{
    const QString mailOnly = printedWaiver(u"mail-only"_s);
    QVERIFY2(!mailOnly.isEmpty(), "the waiver did not print");
    QVERIFY2(mailOnly.contains(u"totheschoolofficebymail."_s), qPrintable(mailOnly));
    QVERIFY2(!mailOnly.contains(u"byemail"_s), qPrintable(mailOnly));

    QVERIFY(Settings(*m_db).set(m_admin, Settings::SchoolEmail, u"office@roosevelt.example.org"_s).ok());
    const QString withEmail = printedWaiver(u"with-email"_s);
    QVERIFY2(withEmail.contains(u"byemailtooffice@roosevelt.example.org"_s), qPrintable(withEmail));
    QVERIFY2(!withEmail.contains(u"totheschoolofficebymail."_s), qPrintable(withEmail));
}

int main(int argc, char* argv[])
{
    // Forms need fonts: a GUI application on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestSchoolEmail t;
    return QTest::qExec(&t, argc, argv);
}
#include "TestSchoolEmail.moc"
