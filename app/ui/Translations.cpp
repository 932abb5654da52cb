#include "ui/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace gd::Translations {

QString install(QCoreApplication& app, const QLocale& locale)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* ours = new QTranslator(&app);
    if (ours->load(locale, u"guardiandesk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ours);
        qCInfo(lcUi) << "translation installed:" << ours->language();
        return ours->language().isEmpty() ? u"en"_s : ours->language();
    }
    // No translation for this locale (a "C" machine, a language not translated yet): the English
    // one still gives the plural forms, "2 keys issued" rather than "2 key(s) issued".
    if (ours->load(u"guardiandesk_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ours);
        qCInfo(lcUi) << "no translation for" << locale.name() << "- using English";
        return u"en"_s;
    }
    delete ours;
    qCWarning(lcUi) << "the English translation is missing from this build";
    return u"en"_s;
}

QStringList available()
{
    QStringList languages;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"guardiandesk_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(13, file.size() - 13 - 3);   // "guardiandesk_" ... ".qm"
    return languages;
}

} // namespace gd::Translations
