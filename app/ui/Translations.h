#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace gd::Translations {

// Installs the kiosk's translation for `locale` (embedded under :/i18n/) and Qt's own one for
// standard buttons. English, the source language, is the fallback. Returns the language code
// of the kiosk translation that was installed, or "en" when none was.
QString install(QCoreApplication& app, const QLocale& locale);

// The embedded translations, as language codes ("en", "es").
QStringList available();

} // namespace gd::Translations
