#include "sync/AccessToken.h"

#include <openssl/crypto.h>

namespace gd {

AccessToken::AccessToken(QByteArray value, QDateTime expiresAt)
    : m_value(std::move(value))
    , m_expiresAt(expiresAt.toUTC())
{
}

AccessToken& AccessToken::operator=(const AccessToken& other)
{
    if (this != &other) {
        wipe();
        m_value = other.m_value;
        m_expiresAt = other.m_expiresAt;
    }
    return *this;
}

AccessToken& AccessToken::operator=(AccessToken&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_value = std::move(other.m_value);
        m_expiresAt = std::move(other.m_expiresAt);
    }
    return *this;
}

AccessToken::~AccessToken()
{
    wipe();
}

void AccessToken::wipe()
{
    if (!m_value.isEmpty())
        OPENSSL_cleanse(m_value.data(), size_t(m_value.size()));
    m_value.clear();
}

bool AccessToken::isUsableAt(const QDateTime& now, qint64 marginSeconds) const
{
    return !isNull() && now.addSecs(marginSeconds) < m_expiresAt;
}

QByteArray AccessToken::authorizationValue() const
{
    return "Bearer " + m_value;
}

} // namespace gd
