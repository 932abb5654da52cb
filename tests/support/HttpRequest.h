#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace gd::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.1 request, as the district stub sees it.
struct HttpRequest {
    QByteArray method;
    QByteArray target;        // as sent: path and query, percent-encoded
    QString path;             // decoded path, no query
    QString query;            // query as sent (percent-encoded), no '?'
    QByteArray version;       // "HTTP/1.1" or "HTTP/1.0"
    HttpHeaders headers;      // in arrival order, names as sent
    QByteArray body;

    // The first header of that name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    // HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it.
    bool keepAlive() const
    {
        const QByteArray connection = header("Connection").toLower();
        if (version == "HTTP/1.0")
            return connection.contains("keep-alive");
        return !connection.contains("close");
    }
};

} // namespace gd::test
