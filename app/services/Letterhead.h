#pragma once

#include "printing/LetterContent.h"
#include "printing/LetterDocument.h"

namespace gd {

class Database;

// What the district and the school put on every letter and form, from the settings.
SchoolHeader schoolHeaderFrom(Database& db);
// The paper size and the district's second language, from the settings.
LetterRenderOptions renderOptionsFrom(Database& db);

} // namespace gd
