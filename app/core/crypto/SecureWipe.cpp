#include "core/crypto/SecureWipe.h"

#include <openssl/crypto.h>

namespace gd::crypto {

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecretBytes SecretBytes::zeroed(qsizetype n)
{
    return SecretBytes(QByteArray(n > 0 ? n : 0, '\0'));
}

SecretBytes SecretBytes::fromUtf8(const QString& text)
{
    return SecretBytes(text.toUtf8());
}

} // namespace gd::crypto
