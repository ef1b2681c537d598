#pragma once

#include <QString>

namespace td::ui {

class Desk;

// For scripts/screenshots.sh: signs in, saves the sign-in dialog, each page that exists and the new
// student dialog as PNG files in a folder, and returns the exit code. Deterministic: fixed window size,
// fixed waits for the pages' workers.
class ScreenshotTour
{
public:
    static int run(Desk& desk, const QString& dir, const QString& username, const QString& password);
};

} // namespace td::ui
