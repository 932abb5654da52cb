#pragma once

#include "core/Result.h"
#include "core/crypto/SecureWipe.h"

#include <QByteArray>

class QDebug;

namespace gd {

// The kiosk's OAuth client secret in memory. It cannot be printed or logged (no QDebug
// operator, no conversion) and its bytes are wiped when it goes away.
class ClientSecret {
public:
    ClientSecret() = default;
    explicit ClientSecret(QByteArray secret) : m_bytes(std::move(secret)) {}

    // The secret in a file (trailing whitespace and newline dropped).
    static Result<ClientSecret> fromFile(const QString& path);

    bool isEmpty() const { return m_bytes.isEmpty(); }
    // Only to put it on the wire.
    const QByteArray& reveal() const { return m_bytes.bytes(); }

private:
    crypto::SecretBytes m_bytes;   // move-only, wiped when it goes
};

QDebug operator<<(QDebug, const ClientSecret&) = delete;

} // namespace gd
