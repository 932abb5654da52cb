#pragma once

#include "core/Result.h"
#include "printing/LetterLanguage.h"

#include <QString>

#include <memory>

class QTranslator;

namespace gd {

// The words of the letters and forms in one language, from the Qt Linguist files in
// translations/letters/ (embedded as :/i18n/letters/letters_<suffix>.qm). A letter's language is
// its reader's, not the kiosk's, so this never touches the application's installed translators.
// Loaded once per language and shared; translate() is safe from any thread.
class LetterTexts {
public:
    static Result<std::shared_ptr<const LetterTexts>> forLanguage(LetterLanguage language);

    LetterLanguage language() const { return m_language; }

    // The translation of `source` in `context`. Named like QCoreApplication::translate so lupdate
    // collects the strings; an untranslated string (which a test forbids) falls back to English.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr) const;

    // ":/i18n/letters/letters_<suffix>.qm"
    static QString resourcePath(LetterLanguage language);

    LetterTexts(LetterLanguage language, std::unique_ptr<QTranslator> translator);
    ~LetterTexts();

private:
    LetterLanguage m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace gd
