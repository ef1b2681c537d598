#pragma once

#include <QString>
#include <QStringList>

namespace td {

// Installs the application's translations (embedded .qm files) and Qt's own for the chosen language.
class Translator
{
public:
    // The languages TrainingDesk ships, as locale names ("en", "zh_CN").
    static QStringList availableLanguages();
    // Tries each of QLocale::uiLanguages() in order, then falls back to English. Returns the one used.
    static QString installForSystemLanguage();
    // "system" or empty means installForSystemLanguage(); otherwise the named language, or English.
    static QString install(const QString& language);
};

} // namespace td
