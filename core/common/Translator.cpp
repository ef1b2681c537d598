#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace td {

namespace {

QList<QTranslator*>& installed()
{
    static QList<QTranslator*> translators;
    return translators;
}

void removeInstalled()
{
    for (QTranslator* translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

bool load(const QString& language)
{
    auto* app = new QTranslator;
    if (!app->load(QStringLiteral(":/i18n/trainingdesk_") + language + QStringLiteral(".qm"))) {
        delete app;
        return false;
    }
    removeInstalled();
    QCoreApplication::installTranslator(app);
    installed().append(app);
    // Qt's own strings (standard buttons, dialogs), when the system has them.
    auto* qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    return true;
}

} // namespace

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translator::installForSystemLanguage()
{
    for (QString language : QLocale::system().uiLanguages()) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        // zh_Hans_CN, zh_CN, zh → zh_CN; en_US, en → en.
        if (language.startsWith(QLatin1String("zh")) && !language.contains(QLatin1String("Hant"))
            && !language.contains(QLatin1String("TW")) && !language.contains(QLatin1String("HK")))
            language = QStringLiteral("zh_CN");
        else if (language.startsWith(QLatin1String("en")))
            language = QStringLiteral("en");
        if (availableLanguages().contains(language) && load(language))
            return language;
    }
    load(QStringLiteral("en"));
    return QStringLiteral("en");
}

QString Translator::install(const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("system"))
        return installForSystemLanguage();
    if (availableLanguages().contains(language) && load(language))
        return language;
    load(QStringLiteral("en"));
    return QStringLiteral("en");
}

} // namespace td
