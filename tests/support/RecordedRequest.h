#pragma once

#include "support/HttpRequest.h"

#include <QDateTime>
#include <QJsonObject>

namespace gd::test {

// What the district stub received, as a test or a script reads it. Credentials never reach
// the record: an Authorization header keeps only its scheme ("Bearer", "Basic") and a
// client_secret form field is blanked.
struct RecordedRequest {
    QDateTime receivedAt;
    QByteArray method;
    QString path;
    QString query;          // as sent, percent-encoded
    HttpHeaders headers;
    QByteArray body;
    int status = 0;         // the status answered; 0 when no answer was sent (reset, hang)
    QString fault;          // the injected fault's action ("status", "reset", ...), or empty

    QByteArray header(QByteArrayView name) const;
    QByteArray userAgent() const { return header("User-Agent"); }
    QByteArray deviceId() const { return header("X-Device-Id"); }

    static RecordedRequest fromHttp(const HttpRequest& request, const QDateTime& receivedAt);
    // One line of the record file: {"time", "method", "path", "query", "headers", "body",
    // "status", "fault"}; a JSON body is embedded as JSON.
    QJsonObject toJson() const;
};

} // namespace gd::test
