#include "core/NameNormalizer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestNameNormalizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fold_data();
    void fold();
    void rotations();
};

void TestNameNormalizer::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accents and case") << u"María José GARCÍA"_s << u"maria jose garcia"_s;
    QTest::newRow("hyphenated compound") << u"García-López"_s << u"garcia lopez"_s;
    QTest::newRow("apostrophe") << u"O’Brien"_s << u"o brien"_s;
    QTest::newRow("particle kept as a word") << u"de la Cruz"_s << u"de la cruz"_s;
    QTest::newRow("vietnamese d with stroke") << u"Đặng Thị Lan"_s << u"dang thi lan"_s;
    QTest::newRow("german sharp s") << u"Weiß"_s << u"weiss"_s;
    QTest::newRow("spaces collapse") << u"  Ana \t  Lopez  "_s << u"ana lopez"_s;
    QTest::newRow("armenian script folds case") << u"Աննա"_s << u"աննա"_s;
    QTest::newRow("han passes through") << u"王 伟"_s << u"王 伟"_s;
    QTest::newRow("persian passes through") << u"شیرین"_s << u"شیرین"_s;
    QTest::newRow("dotted abbreviation") << u"Ma. Theresa"_s << u"ma theresa"_s;
    QTest::newRow("control characters dropped") << u"Ana\u200BLopez"_s << u"ana lopez"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestNameNormalizer::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(NameNormalizer::fold(input), expected);
}

void TestNameNormalizer::rotations()
{
    QCOMPARE(NameNormalizer::rotations({u"ana"_s, u"garcia"_s, u"lopez"_s}),
             (QStringList{u"ana garcia lopez"_s, u"garcia lopez ana"_s, u"lopez ana garcia"_s}));
    QCOMPARE(NameNormalizer::rotations({u"li"_s, u"li"_s}), (QStringList{u"li li"_s}));
    QVERIFY(NameNormalizer::rotations({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestNameNormalizer)
#include "TestNameNormalizer.moc"
