// Wall time from the start of main() to the first page of students painted in a table, as the desk opens
// on a center: the database opened (schema check included), the students model's worker started, the first
// page fetched in its thread and shown. The login dialog (a person typing) is left out.
//   startup_students DATABASE   prints the milliseconds; run it several times for a spread.
#include "storage/Database.h"
#include "students/StudentListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: startup_students DATABASE\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto db = td::Database::open(path);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    td::ui::StudentListModel model(path);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    qint64 opened = sinceStart.elapsed();
    QObject::connect(&model, &td::ui::StudentListModel::firstPageLoaded, &app, [&] {
        view.viewport()->repaint(); // painted now, not at the next event loop turn
        QTextStream(stdout) << "first page of " << model.rowCount() << " students after " << sinceStart.elapsed()
                            << " ms (database open and window shown after " << opened << " ms)\n";
        app.quit();
    });
    QObject::connect(&model, &td::ui::StudentListModel::failed, &app, [&](const QString& message) {
        QTextStream(stderr) << message << '\n';
        app.exit(1);
    });
    model.setFilter({});
    return app.exec();
}
