#include "support/RecordedRequest.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace gd::test {

namespace {

bool isCredentialHeader(QByteArrayView name)
{
    return name.compare("Authorization", Qt::CaseInsensitive) == 0
        || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0;
}

// A form body keeps its shape, but secret fields lose their values.
QByteArray redactFormBody(const QByteArray& body)
{
    QList<QByteArray> fields = body.split('&');
    for (QByteArray& field : fields) {
        const QByteArray name = field.left(field.indexOf('='));
        if (name == "client_secret" || name == "password" || name == "client_assertion")
            field = name + "=[redacted]";
    }
    return fields.join('&');
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RecordedRequest RecordedRequest::fromHttp(const HttpRequest& request, const QDateTime& receivedAt)
{
    RecordedRequest record;
    record.receivedAt = receivedAt.toUTC();
    record.method = request.method;
    record.path = request.path;
    record.query = request.query;
    for (const auto& [name, value] : request.headers) {
        if (isCredentialHeader(name))
            record.headers.append({name, value.left(value.indexOf(' '))});
        else if (name.compare("Cookie", Qt::CaseInsensitive) == 0)
            record.headers.append({name, "[redacted]"});
        else
            record.headers.append({name, value});
    }
    const bool isForm = request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded");
    record.body = isForm ? redactFormBody(request.body) : request.body;
    return record;
}

QJsonObject RecordedRequest::toJson() const
{
    QJsonObject headerObject;
    for (const auto& [name, value] : headers)
        headerObject.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
    QJsonObject o{
        {u"time"_s, toIsoUtc(receivedAt)},
        {u"method"_s, QString::fromLatin1(method)},
        {u"path"_s, path},
        {u"query"_s, query},
        {u"headers"_s, headerObject},
        {u"status"_s, status},
    };
    if (!fault.isEmpty())
        o.insert(u"fault"_s, fault);
    if (!body.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            o.insert(u"body"_s, doc.object());
        else if (error.error == QJsonParseError::NoError && doc.isArray())
            o.insert(u"body"_s, doc.array());
        else
            o.insert(u"body"_s, QString::fromUtf8(body));
    }
    return o;
}

} // namespace gd::test
