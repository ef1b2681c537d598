#pragma once

#include <QCoreApplication>

class QWidget;

namespace td::ui {

class Desk;

// Students to and from CSV files, from the File menu: the work runs on a worker thread with its own
// connection behind a progress dialog (an import can be cancelled); a refused import lists every bad line
// and changes nothing.
class StudentCsvTransfer
{
    Q_DECLARE_TR_FUNCTIONS(td::ui::StudentCsvTransfer)

public:
    // Returns the number of students imported (0 when refused or cancelled).
    static int importStudents(Desk& desk, QWidget* parent);
    // Returns the number of students written (-1 on failure or when no file was chosen).
    static int exportStudents(Desk& desk, QWidget* parent);
};

} // namespace td::ui
