#include "printing/LetterContent.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString toWire(LetterLayout layout)
{
    return layout == LetterLayout::Trifold ? u"trifold"_s : u"pressure-seal"_s;
}

std::optional<LetterLayout> letterLayoutFromWire(const QString& s)
{
    if (s == u"trifold")
        return LetterLayout::Trifold;
    if (s == u"pressure-seal")
        return LetterLayout::PressureSeal;
    return std::nullopt;
}

} // namespace gd
