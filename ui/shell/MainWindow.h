#pragma once

#include <QMainWindow>

namespace td::ui {

// The desk's main window: navigation on the left, the chosen page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace td::ui
