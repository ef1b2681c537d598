#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace td {

// One open connection to a center database, owned by the thread that opened it (a QSqlDatabase must
// only be used there). Workers open their own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(td::Database)

public:
    // Opens or creates the database at path: WAL, foreign keys, synchronous=FULL, then upgrades the
    // schema to the newest version. A database written by a newer TrainingDesk is refused untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // Opens without creating or upgrading (backup, check, read-only tools); fails if the file is missing
    // or its schema is not the current one.
    static Result<std::unique_ptr<Database>> openExisting(const QString& path);
    ~Database();

    // Where the desk keeps its database when none is named: the user's data directory.
    static QString defaultPath();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one statement with positional bindings; a failure becomes Error::storage with the driver's
    // message. The query is positioned before the first row.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings = {}) const;
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings = {}) const;

    // Transaction nesting depth; Transaction uses savepoints below the outermost level.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    Database(QString path, QSqlDatabase db);
    static Result<std::unique_ptr<Database>> openConnection(const QString& path, bool create);

    QString m_path;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
};

} // namespace td
