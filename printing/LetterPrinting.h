#pragma once

#include "core/AccessKeyGenerator.h"
#include "core/LetterSeal.h"
#include "core/crypto/Ed25519.h"
#include "core/Result.h"
#include "core/Staff.h"
#include "printing/LetterContent.h"
#include "printing/LetterDocument.h"

#include <QImage>
#include <QList>

#include <optional>
#include <vector>

namespace gd {

class Database;
class LetterDocument;
struct Issuance;
struct LetterToPrint;

// What the district and the school put on every letter, from the settings.
SchoolHeader schoolHeaderFrom(Database& db);
// The paper size and the district's second language, from the settings.
LetterRenderOptions renderOptionsFrom(Database& db);

// Where keys become paper: a letter's content from the queue or from a fresh issuance (school
// header and portal from the settings, the QR seal signed with the device key), drawn into a
// LetterDocument, and then marked printed. The secrets move into the content and are wiped when
// the letter is drawn.
class LetterPrinting {
public:
    explicit LetterPrinting(Database& db);

    struct Outcome {
        QString letterId;
        qint64 serial = 0;
        bool printed = false;
        QString message;   // why not, or the language notice
    };

    // The letter printer's batch: each queued letter is drawn, then marked printed. A letter
    // that cannot be drawn stays in the queue with the reason.
    Result<QList<Outcome>> printQueued(const Actor& actor, const QStringList& letterIds, LetterDocument& document);

    // A queued letter as it will print, with every key drawn as dots: for the screen. The letter
    // stays in the queue.
    Result<QList<QImage>> preview(const Actor& actor, const QString& letterId, qreal dpi);

    // Print now, at the counter, right after issuance.
    Result<Outcome> printIssued(const Actor& actor, Issuance&& issuance, LetterDocument& document);

    // A letter's seal, checked: genuine (this device's signature), and each key's status.
    struct SealCheck {
        bool genuine = false;
        QString problem;            // why not genuine
        LetterSealData seal;
        qint64 serial = 0;          // 0: the letter is not in this kiosk's records
        QString letterState;
        QList<std::pair<QString, QString>> keyStatus;   // key id -> active | revoked | expired | unknown
    };
    Result<SealCheck> verifySeal(const QByteArray& payload);

private:
    Result<LetterContent> content(const QString& letterId, qint64 serial, const QString& language, const QString& layout,
                                  bool mail, const Guardian& guardian,
                                  std::vector<std::pair<Student, GeneratedKey>>&& keys);
    // What every letter of a run shares: read from the settings and the device store once.
    struct Letterhead {
        SchoolHeader school;
        QString portalUrl;
        crypto::Ed25519Key signer;
    };
    Result<const Letterhead*> letterhead();
    Database& m_db;
    std::optional<Letterhead> m_letterhead;
};

} // namespace gd
