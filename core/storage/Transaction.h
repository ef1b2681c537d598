#pragma once

#include "common/Result.h"

#include <QString>

namespace td {

class Database;

// A write unit: BEGIN IMMEDIATE at the outermost level, a savepoint inside another transaction, so
// services compose. Rolls back unless commit() succeeded.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    Transaction(Database& db, int depth);

    Database* m_db = nullptr;
    int m_depth = 0;
    bool m_open = false;
};

} // namespace td
