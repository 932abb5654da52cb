#include "sync/AccessToken.h"

#include "core/crypto/SecureWipe.h"

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
    crypto::wipe(m_value);
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
