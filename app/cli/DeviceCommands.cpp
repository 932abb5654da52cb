#include "cli/Cli.h"

#include "core/DeviceKeyList.h"
#include "storage/Database.h"
#include "storage/DeviceKeyAnchor.h"
#include "storage/DeviceSecrets.h"
#include "storage/Settings.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

namespace {

// How the district knows this kiosk's key, in words for district IT.
QString enrollmentText(const QString& state, const DistrictDeviceKey* listed, const QByteArray& publicKey)
{
    if (listed && listed->publicKey != publicKey)
        return u"MISMATCH: the district has another key for this kiosk; call district IT"_s;
    if (listed && listed->revoked())
        return u"retired by the district on %1"_s.arg(listed->revokedAt);
    if (listed)
        return u"enrolled with the district on %1"_s.arg(listed->enrolledAt);
    if (state == u"enrolled")
        return u"enrolled (the district's key list has not been fetched yet)"_s;
    if (state == u"conflict")
        return u"refused: the district knows this kiosk with another key; call district IT"_s;
    if (state == u"api-1.0")
        return u"not enrolled: the district server does not know device keys (API 1.0)"_s;
    return u"not enrolled yet (the next sync enrolls it)"_s;
}

} // namespace

// device: what district IT needs to enroll this kiosk or to check it, read aloud or compared.
int device(Context& ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, u"device"_s, 0, 0))
        return BadUsage;
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    auto secrets = DeviceSecrets::open(*db);
    if (!secrets)
        return ctx.fail(secrets.error());
    // The key a kiosk enrolls is made on its first change; asking for it makes it.
    auto key = secrets->signingKey();
    if (!key)
        return ctx.fail(key.error());
    const QByteArray publicKey = key->publicKey();
    DeviceKeyAnchor anchor(*db);
    auto state = anchor.enrollment();
    if (!state)
        return ctx.fail(state.error());
    auto list = anchor.districtKeys();
    if (!list)
        return ctx.fail(list.error());
    const DistrictDeviceKey* listed = list->forDevice(db->deviceId());
    const QString enrollment = enrollmentText(*state, listed, publicKey);
    const QString school = Settings(*db).value(Settings::SchoolCode);
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"device_id"_s, db->deviceId()},
                                  {u"school"_s, school},
                                  {u"signing_key"_s, QString::fromLatin1(publicKey.toBase64())},
                                  {u"fingerprint"_s, keyFingerprint(publicKey)},
                                  {u"enrollment"_s, state->isEmpty() ? u"none"_s : *state},
                                  {u"district_key_matches"_s, listed ? QJsonValue(listed->publicKey == publicKey)
                                                                     : QJsonValue(QJsonValue::Null)},
                                  {u"enrollment_text"_s, enrollment}});
    } else {
        ctx.out() << u"device id:    %1"_s.arg(db->deviceId()) << Qt::endl
                  << u"school:       %1"_s.arg(school.isEmpty() ? u"(not set)"_s : school) << Qt::endl
                  << u"signing key:  %1"_s.arg(QString::fromLatin1(publicKey.toBase64())) << Qt::endl
                  << u"fingerprint:  %1"_s.arg(keyFingerprint(publicKey)) << Qt::endl
                  << u"enrollment:   %1"_s.arg(enrollment) << Qt::endl;
    }
    // A key the district does not know for this kiosk is a failed check, not information.
    return listed && listed->publicKey != publicKey ? CheckFailed : Ok;
}

} // namespace gd::cli
