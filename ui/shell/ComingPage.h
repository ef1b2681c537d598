#pragma once

#include <QWidget>

namespace td::ui {

// Stands in for a page that this version of TrainingDesk does not have yet; says so plainly.
class ComingPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComingPage(const QString& title, QWidget* parent = nullptr);
};

} // namespace td::ui
