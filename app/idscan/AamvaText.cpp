#include "idscan/AamvaText.h"

#include <QStringDecoder>

namespace gd::aamva {

QString valueText(QByteArrayView v)
{
    // A lone segment terminator or a padding byte may cling to a value read without separators.
    while (!v.isEmpty() && (isControl(v.front()) || v.front() == ' '))
        v = v.sliced(1);
    while (!v.isEmpty() && (isControl(v.back()) || v.back() == ' '))
        v.chop(1);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(v);
    if (utf8.hasError())
        text = QString::fromLatin1(v);
    return text.trimmed();
}

} // namespace gd::aamva
