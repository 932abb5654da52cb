#pragma once

#include <QByteArray>
#include <QDateTime>

class QDebug;

namespace gd {

// An OAuth access token and when it expires. Like ClientSecret it cannot be logged and is
// wiped when it goes away.
class AccessToken {
public:
    AccessToken() = default;
    AccessToken(QByteArray value, QDateTime expiresAt);
    AccessToken(const AccessToken&) = default;
    AccessToken& operator=(const AccessToken& other);
    AccessToken(AccessToken&&) noexcept = default;
    AccessToken& operator=(AccessToken&& other) noexcept;
    ~AccessToken();

    bool isNull() const { return m_value.isEmpty(); }
    QDateTime expiresAt() const { return m_expiresAt; }
    // Reused until shortly before it expires (district-api.md): `marginSeconds` early.
    bool isUsableAt(const QDateTime& now, qint64 marginSeconds = 60) const;
    // "Bearer <token>", for the Authorization header.
    QByteArray authorizationValue() const;

private:
    void wipe();
    QByteArray m_value;
    QDateTime m_expiresAt;
};

QDebug operator<<(QDebug, const AccessToken&) = delete;

} // namespace gd
