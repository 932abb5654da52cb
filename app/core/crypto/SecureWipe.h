#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>

namespace gd::crypto {

// Overwrites the bytes (in a way the optimiser cannot drop), then empties the array.
// A copy that shares the buffer detaches first: only this array's bytes are wiped, the other
// holder keeps its own and must wipe them itself.
void wipe(QByteArray& bytes);

// Owns a secret (password bytes, key, generated secret) and wipes it on destruction.
// Move-only, so the secret is never silently duplicated.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray&& bytes) noexcept : m_bytes(std::move(bytes)) {}
    ~SecretBytes() { wipe(m_bytes); }

    SecretBytes(SecretBytes&& other) noexcept : m_bytes(std::move(other.m_bytes)) {}
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    // A zero-filled buffer of n bytes to be written through data().
    static SecretBytes zeroed(qsizetype n);
    // The UTF-8 encoding of a password or passphrase.
    static SecretBytes fromUtf8(const QString& text);

    QByteArrayView view() const { return m_bytes; }
    const QByteArray& bytes() const { return m_bytes; }
    char* data() { return m_bytes.data(); }
    qsizetype size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear() { wipe(m_bytes); }

private:
    QByteArray m_bytes;
};

} // namespace gd::crypto
