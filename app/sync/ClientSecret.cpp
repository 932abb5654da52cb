#include "sync/ClientSecret.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace gd {

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
    crypto::wipe(content);
    if (secret.isEmpty())
        return Error::badInput(u"the client secret file %1 is empty"_s.arg(QDir::toNativeSeparators(path)));
    return secret;
}

} // namespace gd
