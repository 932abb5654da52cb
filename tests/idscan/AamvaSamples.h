#pragma once

// Test payloads written from the AAMVA DL/ID Card Design Standard's rules, so the parser is
// checked against the standard, not against itself: the header layout of each version, the
// elements each version carries, and the date order each version and country uses.

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>

namespace samples {

struct Card {
    QByteArray fileType = "ANSI ";
    QByteArray iin = "636000";
    QByteArray subfileType = "DL";
    QByteArray family = "SAMPLE";
    QByteArray first = "MICHAEL";
    QByteArray middle = "JOHN";
    QByteArray suffix = "JR";
    QDate birth{1986, 6, 6};
    QDate issued{2019, 6, 6};
    QDate expires{2031, 12, 10};
    char sex = 'M';                      // written per version: M/F on version 1, 1/2 after
    QByteArray jurisdiction = "VA";      // DAJ; empty: left out
    QByteArray country = "USA";          // DCG (version 2+); empty: left out
    QByteArray number = "T64235789";     // DAQ
    QByteArray street = "2300 WEST BROAD STREET";
    QByteArray city = "RICHMOND";
    QByteArray postalCode = "232690000";
    QByteArray realId = "F";             // DDA (version 5+); empty: left out
    QByteArray truncation = "NNN";       // DDE DDF DDG (version 4+)
    bool yearFirstDates = false;         // a US issuer writing CCYYMMDD
    bool dashedDates = false;
};

inline QByteArray date(const Card& c, const QDate& d, int version)
{
    const bool yearFirst = c.yearFirstDates || version == 1 || c.country == "CAN";
    QString pattern = yearFirst ? QStringLiteral("yyyyMMdd") : QStringLiteral("MMddyyyy");
    if (c.dashedDates)
        pattern = yearFirst ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd-yyyy");
    return d.toString(pattern).toLatin1();
}

// The DL/ID subfile's elements, in the order the standard lists them, for `version`.
inline QList<QByteArray> elements(const Card& c, int version)
{
    QList<QByteArray> e;
    e << "DAQ" + c.number;
    if (version == 1) {
        e << "DAA" + c.family + ',' + c.first + ',' + c.middle << "DAE" + c.suffix;
    } else if (version <= 3) {
        e << "DCS" + c.family << "DCT" + c.first + ',' + c.middle << "DCU" + c.suffix;
    } else {
        e << "DCS" + c.family << "DDE" + c.truncation.mid(0, 1) << "DAC" + c.first << "DDF" + c.truncation.mid(1, 1)
          << "DAD" + c.middle << "DDG" + c.truncation.mid(2, 1) << "DCU" + c.suffix;
    }
    e << "DCAD" << "DCBK" << "DCDPH";
    e << "DBD" + date(c, c.issued, version) << "DBB" + date(c, c.birth, version) << "DBA" + date(c, c.expires, version);
    const char sexCode = version == 1 ? c.sex : (c.sex == 'M' ? '1' : c.sex == 'F' ? '2' : c.sex);
    e << QByteArray("DBC") + sexCode << "DAU068 in" << "DAYBRO";
    e << "DAG" + c.street << "DAI" + c.city;
    if (!c.jurisdiction.isEmpty())
        e << "DAJ" + c.jurisdiction;
    e << "DAK" + c.postalCode + "  ";
    if (version >= 2) {
        e << "DCF2424244747474786102204";
        if (!c.country.isEmpty())
            e << "DCG" + c.country;
    }
    e << "DCK123456789";
    if (version >= 5 && !c.realId.isEmpty())
        e << "DDA" + c.realId << "DDB06062018";
    return e;
}

// A whole payload: compliance indicator, separators, header with correct designators, the
// DL/ID subfile and a jurisdiction subfile "ZV".
inline QByteArray payload(const Card& c, int version, QList<QByteArray> els = {})
{
    if (els.isEmpty())
        els = elements(c, version);
    const QByteArray dl = c.subfileType + els.join('\n') + '\r';
    const QByteArray zv = "ZVZVA01\r";
    QByteArray head = "@\n\x1e\r" + c.fileType + c.iin + QByteArray::number(version).rightJustified(2, '0');
    if (version >= 2)
        head += "01";
    head += "02";
    const qsizetype dlOffset = head.size() + 2 * 10;
    const auto designator = [](const QByteArray& type, qsizetype offset, qsizetype length) -> QByteArray {
        return type + QByteArray::number(offset).rightJustified(4, '0') + QByteArray::number(length).rightJustified(4, '0');
    };
    head += designator(c.subfileType, dlOffset, dl.size());
    head += designator("ZV", dlOffset + dl.size(), zv.size());
    return head + dl + zv;
}

// What a keyboard-wedge scanner that drops every control character types.
inline QByteArray stripped(QByteArray p)
{
    p.removeIf([](char ch) { return static_cast<unsigned char>(ch) < 0x20; });
    return p;
}

// The elements in a deterministic shuffled order.
inline QList<QByteArray> shuffled(QList<QByteArray> els, quint32 seed)
{
    QRandomGenerator rng(seed);
    for (qsizetype i = els.size() - 1; i > 0; --i)
        std::swap(els[i], els[rng.bounded(int(i + 1))]);
    return els;
}

} // namespace samples
