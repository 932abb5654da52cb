// The letters' Qt Linguist files: every text of the sources is in the English file, every
// language has all of them translated (none unfinished, the same placeholders), and the compiled
// translations embedded in gd_printing answer for each.

#include "TsFile.h"

#include "printing/LetterLanguage.h"
#include "printing/LetterTexts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

Q_DECLARE_METATYPE(gd::LetterLanguage)

using test::placeholders;
using test::readTs;
using Message = test::TsMessage;

namespace {

QString tsPath(const QString& suffix)
{
    return qEnvironmentVariable("GD_SOURCE_DIR") + u"/translations/letters/letters_"_s + suffix + u".ts"_s;
}

} // namespace

class TestLetterTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyLanguageIsComplete_data();
    void everyLanguageIsComplete();
    void englishFileMatchesTheSources();
    void tagsResolve_data();
    void tagsResolve();

private:
    QList<Message> m_english;
};

void TestLetterTranslations::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("GD_SOURCE_DIR"), "GD_SOURCE_DIR must point at the source tree");
    QString error;
    m_english = readTs(tsPath(u"en"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_english.size() > 50);
}

void TestLetterTranslations::everyLanguageIsComplete_data()
{
    QTest::addColumn<LetterLanguage>("language");
    for (LetterLanguage l : allLetterLanguages())
        QTest::newRow(qPrintable(letterLanguageInfo(l).tag)) << l;
}

void TestLetterTranslations::everyLanguageIsComplete()
{
    QFETCH(LetterLanguage, language);
    const auto& info = letterLanguageInfo(language);
    QString error;
    const QList<Message> messages = readTs(tsPath(info.fileSuffix), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSet<QString> keys;
    for (const Message& m : messages)
        keys.insert(m.context + u'\x1f' + m.source);
    QTranslator compiled;
    QVERIFY2(compiled.load(LetterTexts::resourcePath(language)), qPrintable(LetterTexts::resourcePath(language)));
    for (const Message& en : std::as_const(m_english)) {
        const QString where = en.context + u": "_s + en.source.left(60);
        QVERIFY2(keys.contains(en.context + u'\x1f' + en.source), qPrintable(u"missing in "_s + info.fileSuffix + u": "_s + where));
        // The embedded .qm answers (QTranslator gives an empty string for a missing text).
        const QString t = compiled.translate(en.context.toUtf8().constData(), en.source.toUtf8().constData());
        QVERIFY2(!t.trimmed().isEmpty(), qPrintable(u"no translation: "_s + where));
        QCOMPARE(placeholders(t), placeholders(en.source));
    }
    for (const Message& m : messages) {
        QVERIFY2(!m.unfinished(), qPrintable(u"unfinished: "_s + m.context + u": "_s + m.source.left(60)));
        QVERIFY2(!m.translation().contains(u'<'), "letter texts are plain text");
    }
    QCOMPARE(messages.size(), m_english.size());
    // The date format makes a date: the day, a month and the year.
    const QString format = compiled.translate("Common", "MMMM d, yyyy");
    QVERIFY2(format.contains(u'd') && format.contains(u"yyyy"_s) && format.contains(u'M'), qPrintable(format));
}

// lupdate over the sources finds exactly the texts of the English file: no text added to the
// code without its translations, none left over.
void TestLetterTranslations::englishFileMatchesTheSources()
{
    const QString lupdate = QStringLiteral(GD_LUPDATE);
    QVERIFY2(QFile::exists(lupdate), qPrintable(u"lupdate not found at "_s + lupdate));
    QTemporaryDir dir;
    const QString out = dir.filePath(u"letters_check.ts"_s);
    const QDir src(qEnvironmentVariable("GD_SOURCE_DIR") + u"/printing"_s);
    QStringList args;
    for (const QString& f : src.entryList({u"*.cpp"_s, u"*.h"_s}, QDir::Files))
        args << src.filePath(f);
    args << u"-ts"_s << out << u"-no-obsolete"_s << u"-locations"_s << u"none"_s << u"-silent"_s;
    QProcess p;
    p.start(lupdate, args);
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QString error;
    const QList<Message> fromSources = readTs(out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> a;
    QSet<QString> b;
    for (const Message& m : fromSources)
        a.insert(m.context + u": "_s + m.source);
    for (const Message& m : std::as_const(m_english))
        b.insert(m.context + u": "_s + m.source);
    const QStringList missing = QSet<QString>(a).subtract(b).values();
    const QStringList stale = QSet<QString>(b).subtract(a).values();
    QVERIFY2(missing.isEmpty(), qPrintable(u"texts in the code but not in letters_en.ts: "_s + missing.join(u" | "_s)));
    QVERIFY2(stale.isEmpty(), qPrintable(u"texts in letters_en.ts no longer in the code: "_s + stale.join(u" | "_s)));
}

void TestLetterTranslations::tagsResolve_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("expected");   // -1: no letter language
    QTest::newRow("es-MX") << u"es-MX"_s << int(LetterLanguage::Spanish);
    QTest::newRow("zh") << u"zh"_s << int(LetterLanguage::ChineseSimplified);
    QTest::newRow("zh-TW") << u"zh-TW"_s << int(LetterLanguage::ChineseTraditional);
    QTest::newRow("zh_Hant_HK") << u"zh_Hant_HK"_s << int(LetterLanguage::ChineseTraditional);
    QTest::newRow("zh-Hans-US") << u"zh-Hans-US"_s << int(LetterLanguage::ChineseSimplified);
    QTest::newRow("yue") << u"yue"_s << int(LetterLanguage::ChineseTraditional);
    QTest::newRow("fil") << u"fil"_s << int(LetterLanguage::Tagalog);
    QTest::newRow("prs (Dari)") << u"prs"_s << int(LetterLanguage::Persian);
    QTest::newRow("HT upper") << u"HT"_s << int(LetterLanguage::HaitianCreole);
    QTest::newRow("arm") << u"arm"_s << int(LetterLanguage::Armenian);
    QTest::newRow("so") << u"so"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("junk") << u"--"_s << -1;
}

void TestLetterTranslations::tagsResolve()
{
    QFETCH(QString, tag);
    QFETCH(int, expected);
    const auto l = letterLanguageFromTag(tag);
    QCOMPARE(l ? int(*l) : -1, expected);
}

QTEST_GUILESS_MAIN(TestLetterTranslations)
#include "TestLetterTranslations.moc"
