#include "services/DemoActivity.h"

#include "core/crypto/Random.h"
#include "core/crypto/RsaOaep.h"
#include "printing/LetterDocument.h"
#include "services/LetterPrinting.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/LetterQueue.h"
#include "storage/Settings.h"
#include "storage/StaffService.h"
#include "storage/StudentDirectory.h"
#include "storage/VerificationService.h"

#include <QBuffer>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

const QString kDemoDesk = u"demo.frontdesk"_s;

IdType pickIdType(QRandomGenerator& rng)
{
    static const IdType kTypes[] = {IdType::DriversLicense, IdType::DriversLicense, IdType::DriversLicense,
                                    IdType::StateId, IdType::Passport, IdType::ConsularId, IdType::PermanentResidentCard};
    return kTypes[rng.bounded(int(std::size(kTypes)))];
}

} // namespace

DemoActivity::DemoActivity(Database& db)
    : m_db(db)
{
}

Result<DemoActivity::Counts> DemoActivity::seedVerifications(const Actor& admin, int count, quint64 seed,
                                                             const Progress& progress)
{
    if (!admin.has(Role::Administrator))
        return Error::denied(u"Only an administrator seeds demo activity."_s);
    if (count < 1 || count > 1'000'000)
        return Error::badInput(u"--verifications must be from 1 to 1000000"_s);
    // The keys are sealed to the district's key when one is set (the demo district stub's), or
    // else to a throwaway key whose private half is dropped at once: no real district key is
    // needed, and no demo secret can ever be opened.
    QByteArray sealTo;
    if (Settings(m_db).value(Settings::DistrictPublicKeyFile).isEmpty()) {
        auto throwaway = crypto::generateRsaKeyPairPem(2048);
        if (!throwaway)
            return throwaway.error();
        crypto::wipe(throwaway->first);
        sealTo = throwaway->second;
    }
    StudentDirectory directory(m_db);
    const qint64 students = directory.studentCount();
    if (students == 0)
        return Error::badInput(u"seed-demo --verifications: the roster is empty; seed students first"_s);

    // The demo account acts; it is disabled at once, so nobody can sign in as it.
    StaffService staff(m_db);
    if (!staff.find(kDemoDesk)) {
        auto password = crypto::randomString(24, crypto::kUnambiguousAlphabet);
        if (!password)
            return password.error();
        auto added = staff.addDemoAccount(admin, kDemoDesk, u"Demo front desk"_s, Roles(Role::FrontDesk), *password);
        password->fill(u'\0');
        if (!added)
            return added.error();
        if (auto d = staff.disable(admin, kDemoDesk); !d)
            return d.error();
    }
    const Actor desk{kDemoDesk, m_db.deviceId(), Roles(Role::FrontDesk)};

    // Activity every few minutes up to now.
    ManualClock clock(m_db.clock().now().addSecs(-qint64(count) * 240));
    const Clock& realClock = m_db.clock();
    m_db.setClock(&clock);
    const auto restore = qScopeGuard([&] { m_db.setClock(&realClock); });

    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    VerificationService verifier(m_db);
    AccessKeyIssuer issuer(m_db);
    LetterPrinting printing(m_db);
    if (!sealTo.isEmpty())
        printing.sealTo(sealTo);
    // Letters printed at the counter "in the past" are drawn into a PDF in memory and dropped:
    // the keys exist nowhere but on that page. A fresh document every so often bounds memory.
    QBuffer pages;
    std::unique_ptr<LetterDocument> document;
    int onDocument = 0;
    Counts counts;
    for (int i = 0; i < count; ++i) {
        if (progress && !progress(i, count))
            return Error::failed(u"cancelled after %1 of %2 verifications; those are kept"_s.arg(i).arg(count));
        clock.advanceSeconds(120 + rng.bounded(240));
        auto idRow = m_db.exec(u"SELECT student_id FROM students WHERE id = ?"_s, {1 + qint64(rng.bounded(quint64(students)))});
        if (!idRow || !idRow->next())
            continue;
        auto card = directory.card(idRow->value(0).toString());
        if (!card || card->adults.isEmpty())
            continue;
        // Mostly adults who may have access; now and then one who may not (a refusal).
        const GuardianLink* adult = &card->adults[rng.bounded(int(card->adults.size()))];
        if (rng.bounded(100) < 92) {
            for (const GuardianLink& l : card->adults) {
                if (l.relationship.portalEligible) {
                    adult = &l;
                    break;
                }
            }
        }
        VerificationRequest r;
        r.studentId = card->student.studentId;
        r.guardianId = adult->guardian.guardianId;
        const int m = rng.bounded(100);
        r.method = m < 75 ? VerificationMethod::InPerson : m < 90 ? VerificationMethod::Video : VerificationMethod::MailWaiver;
        r.id.type = pickIdType(rng);
        r.id.issuer = r.id.type == IdType::Passport ? u"Mexico"_s : u"CA"_s;
        r.id.numberLast4 = QString::number(1000 + rng.bounded(9000));
        r.id.expiresOn = clock.now().date().addDays(30 + rng.bounded(2000));
        r.id.capturedBy = rng.bounded(2) ? CapturedBy::Barcode : CapturedBy::Manual;
        r.id.givenNames = adult->guardian.firstName;
        r.id.familyNames = adult->guardian.lastName;
        if (rng.bounded(100) < 3) {
            r.id.familyNames += u"e"_s;   // the ID spells the name differently
            r.nameOverrideReason = u"Married name on the ID; the record has the earlier spelling"_s;
        }
        r.photoMatches = rng.bounded(100) != 0;
        if (r.method == VerificationMethod::Video) {
            auto askable = verifier.askableQuestions(r.studentId, r.guardianId);
            if (askable) {
                for (SecurityQuestion q : *askable) {
                    QString answer;
                    switch (q) {
                    case SecurityQuestion::StudentDateOfBirth: answer = card->student.dateOfBirth.toString(u"M/d/yyyy"_s); break;
                    case SecurityQuestion::StudentFirstName: answer = card->student.firstName; break;
                    case SecurityQuestion::StudentLastName: answer = card->student.lastName; break;
                    case SecurityQuestion::StudentGrade: answer = card->student.grade; break;
                    case SecurityQuestion::HomeAddress:
                        answer = adult->guardian.address.line1 + u", "_s + adult->guardian.address.city;
                        break;
                    case SecurityQuestion::Phone: answer = adult->guardian.phone; break;
                    case SecurityQuestion::EmergencyContact: continue;
                    }
                    r.answers.append({q, answer});
                }
            }
        }
        auto outcome = verifier.verify(desk, r);
        if (!outcome)
            continue;   // bad demo input (e.g. a record the questions cannot use): skip it
        if (!outcome->verified()) {
            ++counts.refused;
            continue;
        }
        ++counts.verified;
        IssueOptions options;
        options.delivery = r.method == VerificationMethod::MailWaiver && !adult->guardian.address.isEmpty()
            ? KeyDelivery::Mail
            : KeyDelivery::InPerson;
        options.sealToKey = sealTo;
        auto issued = issuer.issue(desk, outcome->verificationId, options);
        if (!issued)
            continue;   // no eligible child (all inactive): the verification stands without keys
        if (rng.bounded(100) < 25) {
            ++counts.lettersQueued;
            continue;
        }
        if (!document || onDocument == 200) {
            document.reset();
            pages.close();
            pages.setData(QByteArray());
            if (!pages.open(QIODevice::WriteOnly))
                return Error::io(u"cannot draw demo letters in memory"_s);
            auto fresh = LetterDocument::createPdf(&pages);
            if (!fresh)
                return fresh.error();
            document = std::move(fresh).value();
            onDocument = 0;
        }
        auto printed = printing.print(desk, issued->letterId, *document, LetterQueue::Purpose::Counter);
        if (!printed)
            return printed.error();
        if (!printed->printed)
            return Error::failed(u"a demo letter did not print: %1"_s.arg(printed->message));
        ++onDocument;
        counts.keys += printed->keys;
        ++counts.lettersPrinted;
    }
    if (progress)
        progress(count, count);
    return counts;
}

} // namespace gd
