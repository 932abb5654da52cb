#pragma once

#include "core/LetterSeal.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace gd {

class Database;

// Checks a letter's QR seal the way staff need it: under a key from outside this kiosk's
// database (a --pubkey file, the district's device-key list, or this kiosk's key as anchored by
// DeviceKeyAnchor), then against what the kiosk recorded. A letter passes only when its seal is
// genuine, the letter is known here and printed (or was sealed by another enrolled kiosk of
// the district), the seal matches the recorded serial and printed details, and every key is
// still active.
class SealVerifier {
public:
    explicit SealVerifier(Database& db);

    struct Check {
        bool genuine = false;       // the signature verifies under a key from outside the database
        bool passes = false;        // genuine and everything above holds: exit 0
        QString problem;            // why it does not pass
        LetterSealData seal;
        QString signerDevice;       // the kiosk whose key signed it
        QString keySource;          // where that key came from
        bool known = false;         // this kiosk has the letter in its records
        qint64 serial = 0;          // recorded (known) or sealed (another kiosk's letter)
        QString letterState;
        QString guardianName;
        QStringList studentNames;
        QList<std::pair<QString, QString>> keyStatus;   // key id -> active | revoked | expired | unknown
    };
    // A damaged or foreign code is BadInput; a seal that does not pass is a Check with a problem.
    Result<Check> check(const QByteArray& payload, const QByteArray& givenPublicKey = {});

private:
    Status checkRecords(Check& c);
    Database& m_db;
};

} // namespace gd
