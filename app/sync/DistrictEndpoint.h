#pragma once

#include "core/Result.h"

#include <QString>
#include <QUrl>

namespace gd {

// Where and how the kiosk reaches its district server: a settings value, checked before use.
struct DistrictEndpoint {
    QUrl baseUrl;              // https://district.example.org[/prefix]
    QString caBundlePath;      // PEM file of the district CA(s); empty: the system trust store
    QString spkiPin;           // base64 SHA-256 of the server's public key; empty: no pin
    QString deviceId;          // sent as X-Device-Id
    QString clientId;          // OAuth client id

    // Refuses what would be unsafe or cannot work: a non-https URL ("plain http is refused:
    // the district server must use https"), credentials in the URL, a malformed pin, ...
    // Pure: does not touch the CA bundle file (TlsTrust reads it).
    [[nodiscard]] Status validate() const;

    // {base}/<relativePath>, keeping any path prefix of the base URL.
    QUrl urlFor(QStringView relativePath) const;

    static QString plainHttpRefused();

    // Same server, trust and identity (a client made for one serves the other).
    friend bool operator==(const DistrictEndpoint&, const DistrictEndpoint&) = default;
};

} // namespace gd
