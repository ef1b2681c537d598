#include "MainWindow.h"

#include <QLabel>

namespace td::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TrainingDesk"));
    setCentralWidget(new QLabel(tr("TrainingDesk"), this));
}

} // namespace td::ui
