#pragma once

#include "core/LetterSeal.h"
#include "core/Result.h"
#include "core/Staff.h"
#include "core/crypto/Ed25519.h"
#include "printing/LetterContent.h"
#include "services/SealVerifier.h"
#include "storage/LetterQueue.h"

#include <QImage>
#include <QList>

#include <optional>

namespace gd {

class Database;
class LetterDocument;

// Where keys come into being: the one step that prints a queued letter. It re-checks each
// guardian-student link against the roster as it is now (a no-contact order added since the
// letter was queued, a student withdrawn: nothing prints for that child, and the letter says
// why), generates the keys, seals them for the district, draws them and records keys, events
// and "printed" in one transaction (LetterQueue::recordPrinted). Nothing secret is ever written
// anywhere but the page: a print that fails leaves the letter queued with no key, so it simply
// prints again. The counter's print-now is the same path with a queue of one.
class LetterPrinting {
public:
    explicit LetterPrinting(Database& db);
    // Demo activity only: seal the keys to this RSA public key (PEM) instead of the district's.
    void sealTo(QByteArray publicKeyPem) { m_sealTo = std::move(publicKeyPem); }

    struct Outcome {
        QString letterId;
        qint64 serial = 0;
        bool printed = false;
        int keys = 0;              // keys drawn on the letter
        QStringList leftOut;       // "name: why" for each child the re-check left out
        QString message;           // why not printed, or the language notice
    };

    // One letter from the queue (letter printers), or at the counter (the front desk staff
    // member who just issued it). A letter that cannot print stays queued with the reason; an
    // error means the run must stop (the role, the database).
    Result<Outcome> print(const Actor& actor, const QString& letterId, LetterDocument& document,
                          LetterQueue::Purpose purpose = LetterQueue::Purpose::Queue);

    // A queued letter as it will print, every key drawn as dots and the seal a specimen: for the
    // screen. No key is made; the letter stays in the queue.
    Result<QList<QImage>> preview(const Actor& actor, const QString& letterId, qreal dpi);

    // A letter's seal, checked (SealVerifier): genuine under a key from outside the database,
    // and what this kiosk recorded of the letter.
    using SealCheck = SealVerifier::Check;
    Result<SealCheck> verifySeal(const QByteArray& payload);

private:
    // What every letter of a run shares: read from the settings and the device store once.
    struct Letterhead {
        SchoolHeader school;
        QString portalUrl;
        QByteArray districtKey;
        crypto::Ed25519Key signer;
    };
    Result<const Letterhead*> letterhead();
    LetterContent baseContent(const LetterToPrint& letter, const SchoolHeader& school, const QString& portalUrl) const;

    Database& m_db;
    std::optional<Letterhead> m_letterhead;
    QByteArray m_sealTo;
};

} // namespace gd
