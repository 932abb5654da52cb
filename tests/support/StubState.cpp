#include "support/StubState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace gd::test {

namespace {

constexpr int kFormat = 1;

QJsonObject toJson(const StubDevice& device)
{
    return {{u"device_id"_s, device.deviceId},
            {u"school_code"_s, device.schoolCode},
            {u"label"_s, device.label},
            {u"signing_key"_s, QString::fromLatin1(device.signingKey.toBase64())},
            {u"enrolled_at"_s, device.enrolledAt}};
}

} // namespace

Result<StubState> loadStubState(const QString& path)
{
    StubState state;
    QFile file(path);
    if (!file.exists())
        return state;
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(u"cannot read the stub state %1: %2"_s.arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value(u"format"_s).toInt() != kFormat)
        return Error::badInput(u"the stub state %1 is damaged or of another format; move it away to start "
                               "a new district"_s.arg(path));
    for (const QJsonValue& value : root.value(u"devices"_s).toArray()) {
        const QJsonObject o = value.toObject();
        StubDevice device;
        device.deviceId = o.value(u"device_id"_s).toString();
        device.schoolCode = o.value(u"school_code"_s).toString();
        device.label = o.value(u"label"_s).toString();
        device.signingKey = QByteArray::fromBase64(o.value(u"signing_key"_s).toString().toLatin1());
        device.enrolledAt = o.value(u"enrolled_at"_s).toString();
        if (device.deviceId.isEmpty() || device.signingKey.size() != 32 || state.devices.contains(device.deviceId))
            return Error::badInput(u"the stub state %1 holds a damaged device record"_s.arg(path));
        state.devices.insert(device.deviceId, device);
        state.deviceOrder.append(device.deviceId);
    }
    const QJsonObject heads = root.value(u"audit_heads"_s).toObject();
    for (auto it = heads.begin(); it != heads.end(); ++it) {
        QList<QJsonObject> list;
        for (const QJsonValue& head : it.value().toArray())
            list.append(head.toObject());
        state.auditHeads.insert(it.key(), list);
    }
    for (const QJsonValue& id : root.value(u"accepted_event_ids"_s).toArray())
        state.acceptedIds.insert(id.toString());
    return state;
}

Status saveStubState(const QString& path, const StubState& state)
{
    QJsonArray devices;
    for (const QString& id : state.deviceOrder)
        devices.append(toJson(state.devices.value(id)));
    QJsonObject heads;
    for (auto it = state.auditHeads.cbegin(); it != state.auditHeads.cend(); ++it) {
        QJsonArray list;
        for (const QJsonObject& head : it.value())
            list.append(head);
        heads.insert(it.key(), list);
    }
    QStringList ids(state.acceptedIds.cbegin(), state.acceptedIds.cend());
    ids.sort();
    const QJsonObject root{{u"format"_s, kFormat},
                           {u"devices"_s, devices},
                           {u"audit_heads"_s, heads},
                           {u"accepted_event_ids"_s, QJsonArray::fromStringList(ids)}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(u"cannot write the stub state %1: %2"_s.arg(path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error::io(u"cannot write the stub state %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace gd::test
