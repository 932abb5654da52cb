#pragma once

#include "support/HttpRequest.h"

#include <QJsonObject>

namespace gd::test {

// One answer of the district stub. Always sent with a Content-Length.
struct HttpResponse {
    int status = 200;
    HttpHeaders headers;   // besides Content-Length, Content-Type and Connection
    QByteArray contentType = "application/json";
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject& body);
    // {"error": code, "error_description": message}, the OAuth 2.0 error shape.
    static HttpResponse error(int status, const QString& code, const QString& message);

    HttpResponse& withHeader(QByteArray name, QByteArray value);
    QByteArray serialize(bool keepAlive) const;

    static QByteArray reasonPhrase(int status);
};

} // namespace gd::test
