#include "sync/ClientSecret.h"

#include <QDir>
#include <QFile>

#include <openssl/crypto.h>

using namespace Qt::Literals::StringLiterals;

namespace gd {

ClientSecret& ClientSecret::operator=(const ClientSecret& other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

ClientSecret& ClientSecret::operator=(ClientSecret&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

ClientSecret::~ClientSecret()
{
    wipe();
}

void ClientSecret::wipe()
{
    // data() detaches a shared buffer, so a copy wipes its own bytes and the last owner wipes
    // the original.
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    m_bytes.clear();
}

Result<ClientSecret> ClientSecret::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(u"cannot read the client secret file %1: %2"_s.arg(QDir::toNativeSeparators(path),
                                                                            file.errorString()));
    QByteArray content = file.readAll();
    qsizetype end = content.size();
    while (end > 0 && QChar::isSpace(uchar(content.at(end - 1))))
        --end;
    ClientSecret secret(content.left(end));
    OPENSSL_cleanse(content.data(), size_t(content.size()));
    if (secret.isEmpty())
        return Error::badInput(u"the client secret file %1 is empty"_s.arg(QDir::toNativeSeparators(path)));
    return secret;
}

} // namespace gd
