#pragma once

#include "core/Result.h"

#include <QByteArray>

class QDebug;

namespace gd {

// The kiosk's OAuth client secret in memory. It cannot be printed or logged (no QDebug
// operator, no conversion) and its bytes are wiped when it goes away.
class ClientSecret {
public:
    ClientSecret() = default;
    explicit ClientSecret(QByteArray secret) : m_bytes(std::move(secret)) {}
    ClientSecret(const ClientSecret&) = default;
    ClientSecret& operator=(const ClientSecret& other);
    ClientSecret(ClientSecret&& other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    ClientSecret& operator=(ClientSecret&& other) noexcept;
    ~ClientSecret();

    // The secret in a file (trailing whitespace and newline dropped).
    static Result<ClientSecret> fromFile(const QString& path);

    bool isEmpty() const { return m_bytes.isEmpty(); }
    // Only to put it on the wire.
    const QByteArray& reveal() const { return m_bytes; }

private:
    void wipe();
    QByteArray m_bytes;
};

QDebug operator<<(QDebug, const ClientSecret&) = delete;

} // namespace gd
