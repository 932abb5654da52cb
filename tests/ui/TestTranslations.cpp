// Translations are part of the build: the .qm files are embedded, Spanish is complete (every
// string lupdate finds in the sources has a finished translation with the same placeholders),
// and the kiosk really speaks Spanish when the translator is installed.

#include "TsFile.h"
#include "UiTestSupport.h"

#include "ui/LoginDialog.h"
#include "ui/Translations.h"

#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace gd;
using namespace Qt::Literals::StringLiterals;

using test::placeholders;
using Message = test::TsMessage;

namespace {

bool hasAccelerator(const QString& text)
{
    static const QRegularExpression re(u"(^|[^&])&[^& ]"_s);
    return re.match(text).hasMatch();
}

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("GD_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(GD_SOURCE_PATH) : fromEnv;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translationsAreEmbedded();
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();
    void spanishIsUsedWhenInstalled();
    void untranslatedLocaleStillHasEnglishPlurals();

private:
    QHash<QString, Message> m_extracted;
    QTemporaryDir m_dir;
};

void TestTranslations::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());

    // What the sources ask for today: lupdate over every folder that holds UI text. The include
    // path lets it see that tr() in MainWindow.cpp belongs to gd::MainWindow, as at run time.
    const QString src = sourceDir();
    const QString extracted = m_dir.filePath(u"extracted_es.ts"_s);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(GD_LUPDATE_PATH),
                  {u"-I"_s, src + u"/app"_s, src + u"/app/ui"_s, src + u"/forms"_s, src + u"/app/main.cpp"_s,
                   // Messages the kiosk shows from the rules and services below it.
                   src + u"/app/core/rules"_s, src + u"/app/storage"_s, src + u"/app/services"_s,
                   src + u"/app/idscan"_s, u"-no-obsolete"_s,
                   u"-locations"_s, u"none"_s, u"-ts"_s, extracted});
    QVERIFY(lupdate.waitForFinished(120'000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    m_extracted = test::byKey(test::readTs(extracted, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_extracted.size() > 50, "lupdate found almost no strings: is the source folder right?");
}

void TestTranslations::translationsAreEmbedded()
{
    QVERIFY(QFile::exists(u":/i18n/guardiandesk_es.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/guardiandesk_en.qm"_s));
    QVERIFY(Translations::available().contains(u"es"_s));
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/guardiandesk_es.qm"_s));
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::everySourceStringIsTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::addColumn<bool>("needsEveryTranslation");
    const QString dir = sourceDir() + u"/translations/"_s;
    // Spanish: everything. English is the source language: only the plural forms need text.
    QTest::newRow("es") << dir + u"guardiandesk_es.ts"_s << true;
    QTest::newRow("en") << dir + u"guardiandesk_en.ts"_s << false;
}

void TestTranslations::everySourceStringIsTranslated()
{
    QFETCH(QString, tsFile);
    QFETCH(bool, needsEveryTranslation);
    QString error;
    const QHash<QString, Message> committed = test::byKey(test::readTs(tsFile, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    for (const Message& wanted : m_extracted) {
        const auto it = committed.constFind(wanted.key());
        if (it == committed.cend()) {
            problems << u"missing %1"_s.arg(wanted.where());
            continue;
        }
        const Message& have = *it;
        if (!needsEveryTranslation && !have.numerus)
            continue;
        if (have.type == u"unfinished" || have.type == u"vanished" || have.type == u"obsolete")
            problems << u"%1 %2"_s.arg(have.type, have.where());
        if (have.translations.isEmpty())
            problems << u"no translation %1"_s.arg(have.where());
        for (const QString& form : have.translations) {
            if (form.trimmed().isEmpty()) {
                problems << u"empty translation %1"_s.arg(have.where());
                continue;
            }
            QStringList needed = placeholders(wanted.source);
            QStringList got = placeholders(form);
            // A plural form may leave out %n ("un estudiante") but no other placeholder.
            if (wanted.numerus) {
                needed.removeAll(u"%n"_s);
                got.removeAll(u"%n"_s);
            }
            if (needed != got)
                problems << u"placeholders %1 -> \"%2\""_s.arg(have.where(), form);
            if (hasAccelerator(wanted.source) && !hasAccelerator(form))
                problems << u"keyboard accelerator (&) lost %1 -> \"%2\""_s.arg(have.where(), form);
        }
    }
    for (const Message& stale : committed) {
        if (!m_extracted.contains(stale.key()))
            problems << u"not in the sources any more %1 (run the update_translations target)"_s.arg(stale.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::spanishIsUsedWhenInstalled()
{
    QCOMPARE(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Spanish, QLocale::Mexico)),
             u"es"_s);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"es.db"_s));
    QVERIFY(db);
    StaffService staff(*db.value());
    LoginDialog dialog(staff);
    const QString signIn = dialog.findChild<QPushButton*>(u"signInButton"_s)->text();
    QVERIFY2(signIn != u"&Sign in"_s, qPrintable(signIn));
    QVERIFY(signIn.contains(u'&'));
    QCOMPARE(QCoreApplication::translate("gd::DisplayText", "Mother"), u"Madre"_s);
    // Plural forms: one and many read differently.
    const char* found = "%n student(s) found. Press Enter to open the first, or Down to choose.";
    QVERIFY(QCoreApplication::translate("gd::MainWindow", found, nullptr, 1).startsWith(u"Se encontró 1 estudiante."_s));
    QVERIFY(QCoreApplication::translate("gd::MainWindow", found, nullptr, 7).startsWith(u"Se encontraron 7 estudiantes."_s));
}

// A machine on the "C" locale, or in a language not translated yet, reads English with its
// plural forms: never "2 key(s) issued".
void TestTranslations::untranslatedLocaleStillHasEnglishPlurals()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
    const char* issued = "\u2713 %n key(s) issued";
    QCOMPARE(QCoreApplication::translate("gd::KeysIssuedPage", issued, nullptr, 2), u"\u2713 2 key(s) issued"_s);
    for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::Swahili, QLocale::Kenya)}) {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), locale), u"en"_s);
        QCOMPARE(QCoreApplication::translate("gd::KeysIssuedPage", issued, nullptr, 2), u"\u2713 2 keys issued"_s);
        QCOMPARE(QCoreApplication::translate("gd::KeysIssuedPage", issued, nullptr, 1), u"\u2713 1 key issued"_s);
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(translator);
    }
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
