#pragma once

// Sample letters and forms for the letter tests and bench_letters: a fictional school, a
// guardian named in each letter language's own script, and specimen keys.

#include "core/LetterSeal.h"
#include "core/crypto/Ed25519.h"
#include "printing/LetterContent.h"
#include "printing/LetterLanguage.h"

#include <QHash>
#include <QString>

namespace gd::samples {

using namespace Qt::Literals::StringLiterals;

inline SchoolHeader school()
{
    SchoolHeader s;
    s.districtName = u"Lakeview Unified School District"_s;
    s.schoolName = u"Roosevelt Elementary School"_s;
    s.schoolCode = u"1234"_s;
    s.address = {u"1200 Lakeview Avenue"_s, QString(), u"Springfield"_s, u"CA"_s, u"91101"_s};
    s.phone = u"(626) 555-0142"_s;
    return s;
}

// A guardian's name in the language's own script: what pdftotext must give back.
inline QString guardianName(LetterLanguage l)
{
    using L = LetterLanguage;
    switch (l) {
    case L::English: return u"Maria Garcia Lopez"_s;
    case L::Spanish: return u"José Hernández Ruiz"_s;
    case L::ChineseSimplified: return u"王丽华"_s;
    case L::ChineseTraditional: return u"陳美玲"_s;
    case L::Korean: return u"김민지"_s;
    case L::Vietnamese: return u"Nguyễn Thị Lan"_s;
    case L::Russian: return u"Ольга Смирнова"_s;
    case L::Armenian: return u"Անահիտ Պետրոսյան"_s;
    case L::Persian: return u"مریم احمدی"_s;
    case L::Tagalog: return u"Maria Santos Reyes"_s;
    case L::Arabic: return u"فاطمة حسن"_s;
    case L::Bengali: return u"রহিমা খাতুন"_s;
    case L::French: return u"Claire Dubois"_s;
    case L::HaitianCreole: return u"Marie-Claire Joseph"_s;
    case L::Urdu: return u"عائشہ خان"_s;
    }
    return {};
}

inline Address homeAddress()
{
    return {u"4821 Orchard Street"_s, u"Apt 3B"_s, u"Springfield"_s, u"CA"_s, u"91104"_s};
}

inline LetterKey key(KeyKind kind, const QString& keyId, const QString& student, const QString& studentId,
                     const QString& secret, const QString& accessId = {}, QDate expires = {})
{
    LetterKey k;
    k.kind = kind;
    k.keyId = keyId;
    k.studentName = student;
    k.studentId = studentId;
    k.secret = crypto::SecretBytes::fromUtf8(secret);
    if (!accessId.isEmpty())
        k.accessId = crypto::SecretBytes::fromUtf8(accessId);
    k.expiresOn = expires;
    return k;
}

inline crypto::Ed25519Key deviceKey()
{
    auto k = crypto::Ed25519Key::fromPrivateKey(QByteArray(32, '\x2a'));
    Q_ASSERT(k);
    return std::move(k).value();
}

// Keys in the three district styles. `n` makes them differ from letter to letter.
inline LetterContent letter(LetterLanguage language, LetterLayout layout, const crypto::Ed25519Key& device, int n = 0)
{
    LetterContent c;
    c.school = school();
    c.guardianName = guardianName(language);
    c.mailingAddress = homeAddress();
    c.portalUrl = u"https://portal.lakeview.example.org/parents"_s;
    c.serial = u"L-2026-%1"_s.arg(n + 4711, 6, 10, QChar(u'0'));
    c.language = letterLanguageInfo(language).tag;
    c.layout = layout;
    c.issuedOn = QDate(2026, 9, 1);
    const QString suffix = QString::number(n % 10);
    c.keys.push_back(key(KeyKind::CreationCode, u"9a8b7c6d-1e2f-4a3b-9c4d-5e6f7a8b%1"_s.arg(n % 10000, 4, 10, QChar(u'0')),
                         u"Daniel Garcia"_s, u"100234567"_s, u"KQ7T-MX4D-9HF" + suffix, {}, QDate(2026, 10, 1)));
    c.keys.push_back(key(KeyKind::AccessIdPassword, u"key-ap-%1"_s.arg(n), u"Sofia Garcia"_s, u"100234568"_s,
                         u"TX9RHC" + suffix, u"7DKQ4M" + suffix));
    LetterSealData seal;
    seal.letterId = u"6f1c2b9e-3a4d-4f5e-8a9b-0c1d%1"_s.arg(n, 8, 16, QChar(u'0'));
    for (const LetterKey& k : c.keys)
        seal.keyIds << k.keyId;
    seal.schoolCode = c.school.schoolCode;
    seal.issuedAt = QDateTime(c.issuedOn, QTime(15, 4, 5), Qt::UTC);
    seal.serial = 1000 + n;
    LetterSealContent printed{c.school.phone, c.portalUrl, c.guardianName, {}};
    for (const LetterKey& k : c.keys)
        printed.studentNames << k.studentName;
    seal.contentDigest = LetterSeal::contentDigest(printed);
    auto payload = LetterSeal::seal(seal, device);
    Q_ASSERT(payload);
    c.sealPayload = *payload;
    return c;
}

// The secrets letter() prints, to look for them in the output.
inline QStringList secretsOf(int n = 0)
{
    const QString suffix = QString::number(n % 10);
    return {u"KQ7T-MX4D-9HF" + suffix, u"TX9RHC" + suffix, u"7DKQ4M" + suffix};
}

inline WaiverFormContent waiver(LetterLanguage language)
{
    WaiverFormContent w;
    w.school = school();
    w.language = letterLanguageInfo(language).tag;
    w.guardianName = guardianName(language);
    w.address = homeAddress();
    w.phone = u"(626) 555-0199"_s;
    w.email = u"parent@example.org"_s;
    w.studentNames = {u"Daniel Garcia"_s, u"Sofia Garcia"_s};
    w.relationship = u"mother"_s;   // the roster's kind
    w.caseCode = "GDW1.case-2026-000381";
    w.caseReference = u"W-2026-000381"_s;
    w.issuedOn = QDate(2026, 9, 1);
    return w;
}

inline AccessRequestContent accessRequest(LetterLanguage language)
{
    AccessRequestContent a;
    a.school = school();
    a.language = letterLanguageInfo(language).tag;
    a.students = {{u"100234567"_s, u"Daniel"_s, u"R"_s, u"Garcia"_s}, {u"100234568"_s, u"Sofia"_s, QString(), u"Garcia"_s}};
    a.guardianName = guardianName(language);
    a.relationship = u"Mother"_s;
    a.address = homeAddress();
    a.homePhone = u"(626) 555-0199"_s;
    a.email = u"parent@example.org"_s;
    a.preferredLanguage = letterLanguageInfo(language).nativeName;
    a.caseCode = "GDW1.case-2026-000382";
    a.caseReference = u"W-2026-000382"_s;
    return a;
}

} // namespace gd::samples
