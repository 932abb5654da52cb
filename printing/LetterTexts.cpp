#include "printing/LetterTexts.h"

#include <QMutex>
#include <QTranslator>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace gd {

LetterTexts::LetterTexts(LetterLanguage language, std::unique_ptr<QTranslator> translator)
    : m_language(language), m_translator(std::move(translator))
{
}

LetterTexts::~LetterTexts() = default;

QString LetterTexts::resourcePath(LetterLanguage language)
{
    return u":/i18n/letters/letters_%1.qm"_s.arg(letterLanguageInfo(language).fileSuffix);
}

Result<std::shared_ptr<const LetterTexts>> LetterTexts::forLanguage(LetterLanguage language)
{
    static QMutex mutex;
    static std::array<std::shared_ptr<const LetterTexts>, 32> cache;
    const QMutexLocker lock(&mutex);
    auto& slot = cache.at(size_t(language));
    if (!slot) {
        auto translator = std::make_unique<QTranslator>();
        const QString path = resourcePath(language);
        if (!translator->load(path))
            return Error::io(u"The %1 letter texts are missing from this build (%2)."_s
                                 .arg(letterLanguageInfo(language).englishName, path));
        slot = std::make_shared<const LetterTexts>(language, std::move(translator));
    }
    return slot;
}

QString LetterTexts::translate(const char* context, const char* source, const char* disambiguation) const
{
    QString t = m_translator->translate(context, source, disambiguation);
    return t.isEmpty() ? QString::fromUtf8(source) : t;
}

} // namespace gd
