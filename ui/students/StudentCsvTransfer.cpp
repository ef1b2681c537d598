#include "StudentCsvTransfer.h"

#include "common/Dialogs.h"
#include "shell/Desk.h"
#include "students/StudentCsv.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <optional>

namespace td::ui {

namespace {

// Runs work on its own thread while the desk keeps painting (and the progress dialog takes a cancel).
template <typename Work> void runOffTheDesk(Work work)
{
    QEventLoop loop;
    QThread* thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
}

} // namespace

int StudentCsvTransfer::importStudents(Desk& desk, QWidget* parent)
{
    if (!desk.allows(Permission::ManageStudents))
        return 0;
    const QString path
        = FileDialog::getOpenFileName(parent, tr("Import Students"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return 0;

    QProgressDialog progress(
        tr("Importing students from %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    std::atomic_bool cancel {false};
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });

    const QString databasePath = desk.databasePath();
    const Actor actor = desk.actor();
    const Clock& clock = desk.clock();
    std::optional<Result<StudentImportReport>> outcome;
    runOffTheDesk([&] {
        auto db = Database::openExisting(databasePath);
        if (!db) {
            outcome = db.error();
            return;
        }
        const Context ctx {*db.value(), clock, actor};
        outcome = StudentCsv::importFile(
            ctx, path,
            [&progress](int done, int total) {
                QMetaObject::invokeMethod(
                    &progress,
                    [&progress, done, total] {
                        progress.setMaximum(total);
                        progress.setValue(done);
                    },
                    Qt::QueuedConnection);
            },
            &cancel);
    });
    progress.reset();

    if (!outcome->ok()) {
        MessageBox::critical(parent, tr("Import Students"), outcome->error().message);
        return 0;
    }
    const StudentImportReport& report = outcome->value();
    if (report.cancelled) {
        MessageBox::information(parent, tr("Import Students"), tr("The import was cancelled; nothing was imported."));
        return 0;
    }
    if (!report.problems.isEmpty()) {
        QStringList lines;
        const QString file = QFileInfo(path).fileName();
        for (const CsvProblem& problem : report.problems)
            lines.append(QStringLiteral("%1:%2: %3").arg(file).arg(problem.line).arg(problem.message));
        MessageBox::warning(parent, tr("Import Students"),
            tr("Nothing was imported: %n line(s) of the file need correcting first.", nullptr,
                static_cast<int>(report.problems.size()))
                + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
        return 0;
    }
    desk.notifyChanged(QStringLiteral("students"));
    MessageBox::information(parent, tr("Import Students"),
        tr("%n student(s) imported (%1).", nullptr, report.imported).arg(report.encoding));
    return report.imported;
}

int StudentCsvTransfer::exportStudents(Desk& desk, QWidget* parent)
{
    if (!desk.allows(Permission::ManageStudents))
        return -1;
    const QString path = FileDialog::getSaveFileName(
        parent, tr("Export Students"), QDir::home().filePath(tr("students.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return -1;

    QProgressDialog progress(tr("Exporting students…"), QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const QString databasePath = desk.databasePath();
    const Actor actor = desk.actor();
    const Clock& clock = desk.clock();
    std::optional<Result<int>> outcome;
    runOffTheDesk([&] {
        auto db = Database::openExisting(databasePath);
        if (!db) {
            outcome = db.error();
            return;
        }
        outcome = StudentCsv::exportFile(Context {*db.value(), clock, actor}, path);
    });
    progress.reset();

    if (!outcome->ok()) {
        MessageBox::critical(parent, tr("Export Students"), outcome->error().message);
        return -1;
    }
    MessageBox::information(parent, tr("Export Students"),
        tr("%n student(s) written to %1.", nullptr, outcome->value()).arg(QDir::toNativeSeparators(path)));
    return outcome->value();
}

} // namespace td::ui
