#include "core/DeviceKeyList.h"

#include "core/crypto/Hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr qsizetype kPublicKeySize = 32;
constexpr qsizetype kSealKeyIdSize = 8;

} // namespace

Result<DeviceKeyList> DeviceKeyList::fromJson(const QByteArray& devicesJson)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(devicesJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error::badInput(u"the kept district device-key list is not a JSON array"_s);
    DeviceKeyList list;
    for (const QJsonValue& value : doc.array()) {
        const QJsonObject o = value.toObject();
        DistrictDeviceKey k;
        k.deviceId = o.value(u"device_id"_s).toString();
        k.schoolCode = o.value(u"school_code"_s).toString();
        k.enrolledAt = o.value(u"enrolled_at"_s).toString();
        k.revokedAt = o.value(u"revoked_at"_s).toString();
        auto decoded = QByteArray::fromBase64Encoding(o.value(u"signing_key"_s).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (k.deviceId.isEmpty() || !decoded || decoded.decoded.size() != kPublicKeySize)
            continue;
        k.publicKey = decoded.decoded;
        list.m_keys.append(std::move(k));
    }
    return list;
}

const DistrictDeviceKey* DeviceKeyList::forDevice(const QString& deviceId) const
{
    const DistrictDeviceKey* newestRevoked = nullptr;
    for (const DistrictDeviceKey& k : m_keys) {
        if (k.deviceId != deviceId)
            continue;
        if (!k.revoked())
            return &k;
        if (!newestRevoked || k.revokedAt > newestRevoked->revokedAt)
            newestRevoked = &k;
    }
    return newestRevoked;
}

const DistrictDeviceKey* DeviceKeyList::bySealKeyId(const QByteArray& keyId) const
{
    if (keyId.size() != kSealKeyIdSize)
        return nullptr;
    for (const DistrictDeviceKey& k : m_keys) {
        if (crypto::sha256(k.publicKey).left(kSealKeyIdSize) == keyId)
            return &k;
    }
    return nullptr;
}

QString keyFingerprint(const QByteArray& publicKey)
{
    const QString hex = QString::fromLatin1(crypto::sha256(publicKey).toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(u' ');
}

} // namespace gd
