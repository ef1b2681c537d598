#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace td {

// One thing wrong with an imported file, at its line (1 is the header).
struct CsvProblem
{
    int line = 0;
    QString message;
};

struct StudentImportReport
{
    int imported = 0; // students created; 0 unless the whole file went in
    int rows = 0; // data rows read (blank lines skipped)
    QString encoding; // as detected: "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030"
    bool cancelled = false;
    QList<CsvProblem> problems; // sorted by line

    bool ok() const { return !cancelled && problems.isEmpty(); }
};

// Students to and from CSV files as Excel writes and reads them. Columns are found by their header, in English
// (code,name,phone,email,birth_date,gender,status,tags,guardian_name,guardian_relation,guardian_phone,notes) or
// Chinese (学号,姓名,手机/电话,邮箱,出生日期,性别,状态,标签,监护人,关系,监护人电话,备注).
class StudentCsv
{
    Q_DECLARE_TR_FUNCTIONS(td::StudentCsv)

public:
    // rowsDone of total; called from the importing thread.
    using Progress = std::function<void(int rowsDone, int total)>;

    // All or nothing, in one transaction, through StudentService (the same rules as the desk). Any problem
    // (unknown header, missing name column, a bad value, a duplicate code in the file or the database) is
    // reported with its line and nothing is imported; so is a cancel. The Result fails only when the import
    // could not run at all (permission, storage).
    static Result<StudentImportReport> importCsv(const Context& ctx, const QByteArray& bytes,
        const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    static Result<StudentImportReport> importFile(const Context& ctx, const QString& path,
        const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    // Every student ordered by code, English headers, UTF-8 with a byte order mark; the first guardian fills
    // the guardian columns and tags are joined with ";".
    static Result<QByteArray> exportCsv(const Context& ctx);
    // Returns how many students were written.
    static Result<int> exportFile(const Context& ctx, const QString& path);

    // The English column names, in export order.
    static QStringList columns();
};

} // namespace td
