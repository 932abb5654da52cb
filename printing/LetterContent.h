#pragma once

#include "core/Roster.h"
#include "core/Verification.h"
#include "core/crypto/SecureWipe.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gd {

enum class PaperSize { UsLetter, A4 };

// How a sealed letter is folded (product.md, "Letters and forms"). Both fold the sheet in three;
// the key panel sits on the middle third, which the bottom third covers.
enum class LetterLayout {
    Trifold,        // for a #10 double-window envelope: return and guardian addresses in the windows
    PressureSeal,   // a Z-fold pressure-seal mailer: the top third is the outside of the mailer
};
QString toWire(LetterLayout layout);                            // "trifold" | "pressure-seal"
std::optional<LetterLayout> letterLayoutFromWire(const QString& s);

enum class LetterDelivery {
    Mail,       // needs a mailing address on record
    InPerson,   // handed over at the counter: no address needed
};

// The district and school as the header and return address print them.
struct SchoolHeader {
    QString districtName;
    QString schoolName;
    QString schoolCode;
    Address address;        // the return address
    QString phone;          // the number a guardian calls about the letter
    QString email;          // where a mail request form may be e-mailed back; empty: by mail only
};

// One access key on a letter: one guardian-student link.
struct LetterKey {
    KeyKind kind = KeyKind::Pin;
    QString keyId;                  // in the seal; never secret
    QString studentName;
    QString studentId;              // the portal asks for it together with the key
    crypto::SecretBytes accessId;   // KeyKind::AccessIdPassword only (UTF-8)
    crypto::SecretBytes secret;     // the PIN, password or creation code (UTF-8)
    QDate expiresOn;                // invalid: the key does not expire
};

// Everything one sealed access-key letter prints. Move-only: it holds the secrets, which the
// renderer wipes once the letter is drawn.
struct LetterContent {
    SchoolHeader school;
    QString guardianName;
    Address mailingAddress;
    LetterDelivery delivery = LetterDelivery::Mail;
    std::vector<LetterKey> keys;    // 1 to kMaxKeysPerLetter
    QString portalUrl;              // from district settings
    QString serial;                 // printed letter serial
    QString language;               // the guardian's BCP 47 preference or the staff override
    LetterLayout layout = LetterLayout::Trifold;
    QByteArray sealPayload;         // LetterSeal::seal() text for the QR code
    QDate issuedOn;
    bool specimen = false;          // marks every page SPECIMEN: for samples and training
    QStringList postageIndicia;     // pressure-seal only: the permit imprint lines, if any

    static constexpr int kMaxKeysPerLetter = 7;   // the district cap of keys per adult
};

// The mail waiver (printed as a request to mail the parent-portal key) for an adult who cannot come to the school. Blank fields print as
// lines to write on.
struct WaiverFormContent {
    SchoolHeader school;
    QString language;
    QString guardianName;
    Address address;                // the address on record the key will be mailed to
    QString phone;
    QString email;
    QStringList studentNames;
    QString relationship;           // the roster's kind ("mother", ...: printed in the form's language)
    QByteArray caseCode;            // in the barcode: brings the case back when the form returns
    QString caseReference;          // printed under the barcode
    QDate issuedOn;
    bool specimen = false;
};

// The Parent Access Request form (Pasadena style), for an adult who is not on record yet or who
// asks in writing. Pre-filled or blank.
struct AccessRequestContent {
    struct StudentLine {
        QString studentId;
        QString firstName;
        QString middleInitial;
        QString lastName;
    };
    SchoolHeader school;
    QString language;
    QList<StudentLine> students;    // blank rows are added up to three
    QString guardianName;
    QString relationship;           // a roster kind, or the adult's own words
    Address address;
    QString homePhone;
    QString mobilePhone;
    QString email;
    QString preferredLanguage;      // as the adult wrote it or as on record
    // The "for school office use only" block, filled in when the check is already done.
    QString verifiedBy;
    QDate verifiedOn;
    std::optional<IdType> idTypeChecked;
    QString idOtherDescription;
    QByteArray caseCode;            // in the barcode: brings the case back when the form returns
    QString caseReference;          // printed under the barcode
    bool specimen = false;
};

} // namespace gd
