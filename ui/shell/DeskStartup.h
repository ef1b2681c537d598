#pragma once

#include <QStringList>

namespace td::ui {

// The desktop app from the command line to the main window: language, opening the database (with a
// clear message when that fails), the first administrator on an empty database, sign-in.
//   trainingdesk [--db PATH] [--language en|zh_CN|system]
// Hidden, for scripts/screenshots.sh only: --screenshot-dir DIR --screenshot-user NAME (the password in
// the TD_SCREENSHOT_PASSWORD environment variable) signs in, saves each page as a PNG and quits.
int runDesk(const QStringList& arguments);

// The desk's language preference (QSettings "desk/language": "system", "en" or "zh_CN").
QString deskLanguagePreference();
void setDeskLanguagePreference(const QString& language);

} // namespace td::ui
