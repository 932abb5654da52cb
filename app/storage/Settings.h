#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace gd {

class Database;

// A district or device setting: its key, default and the rule its value must follow.
struct SettingSpec {
    QString key;
    QString defaultValue;
    QString description;
    QString (*validate)(const QString& value);   // empty when valid, else why not
};

// Settings kept in the database. Only an administrator changes them, and every change is
// audited. Unknown keys are refused, so a typo never silently does nothing.
class Settings {
public:
    static const QList<SettingSpec>& specs();
    static const SettingSpec* spec(const QString& key);

    explicit Settings(Database& db);

    QString value(const QString& key) const;   // the stored value or the default
    int intValue(const QString& key) const;
    Status set(const Actor& actor, const QString& key, const QString& value);

    // Keys
    static inline const QString IdleTimeoutSeconds = QStringLiteral("kiosk.idle_timeout_seconds");
    static inline const QString KioskFullScreen = QStringLiteral("kiosk.full_screen");
    static inline const QString DateFormat = QStringLiteral("kiosk.date_format");
    static inline const QString SchoolCode = QStringLiteral("school.code");
    static inline const QString SchoolName = QStringLiteral("school.name");
    static inline const QString DistrictName = QStringLiteral("district.name");
    static inline const QString SchoolAddressLine1 = QStringLiteral("school.address_line1");
    static inline const QString SchoolCity = QStringLiteral("school.city");
    static inline const QString SchoolState = QStringLiteral("school.state");
    static inline const QString SchoolPostalCode = QStringLiteral("school.postal_code");
    static inline const QString SchoolPhone = QStringLiteral("school.phone");
    static inline const QString SchoolEmail = QStringLiteral("school.email");
    static inline const QString PortalUrl = QStringLiteral("district.portal_url");
    static inline const QString ServerUrl = QStringLiteral("district.server_url");
    static inline const QString CaBundle = QStringLiteral("district.ca_bundle");
    static inline const QString SpkiPin = QStringLiteral("district.spki_pin");
    static inline const QString ClientId = QStringLiteral("district.client_id");
    static inline const QString SyncIntervalMinutes = QStringLiteral("district.sync_interval_minutes");
    static inline const QString DistrictPublicKeyFile = QStringLiteral("district.public_key_file");
    static inline const QString KeyKindSetting = QStringLiteral("keys.kind");
    static inline const QString PinLength = QStringLiteral("keys.pin_length");
    static inline const QString AccessIdLength = QStringLiteral("keys.access_id_length");
    static inline const QString PasswordLength = QStringLiteral("keys.password_length");
    static inline const QString CodeLength = QStringLiteral("keys.code_length");
    static inline const QString KeyLifetimeDays = QStringLiteral("keys.lifetime_days");
    static inline const QString MaxChildrenPerVisit = QStringLiteral("keys.max_children");
    static inline const QString QuestionsRequired = QStringLiteral("verification.questions_required");
    static inline const QString VerificationMaxAgeMinutes = QStringLiteral("verification.max_age_minutes");
    static inline const QString AllowExpiredOverride = QStringLiteral("verification.allow_expired_id_override");
    static inline const QString LetterLayout = QStringLiteral("letters.layout");
    static inline const QString SecondLanguage = QStringLiteral("letters.second_language");
    static inline const QString PaperSize = QStringLiteral("letters.paper");
    static inline const QString RetentionDays = QStringLiteral("retention.id_details_days");

private:
    Database& m_db;
};

} // namespace gd
