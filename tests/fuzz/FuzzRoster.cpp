// libFuzzer: the roster page parser on any JSON the district (or an attacker between) sends.
// A page it accepts must survive the trip back to JSON and in again unchanged.
#include "FuzzTarget.h"

#include "core/Roster.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace gd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    auto page = rosterPageFromJson(doc.object());
    if (!page)
        return 0;
    auto again = rosterPageFromJson(toJson(*page));
    if (!again || again->students != page->students || again->guardians != page->guardians
        || again->relationships != page->relationships)
        std::abort();
    return 0;
}
