#include "Transaction.h"

#include "Database.h"

namespace td {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("td_sp_%1").arg(depth);
}

} // namespace

Result<Transaction> Transaction::begin(Database& db)
{
    const int depth = db.m_transactionDepth + 1;
    // IMMEDIATE takes the write lock up front so two writers wait in turn instead of failing mid-way.
    auto r
        = db.exec(depth == 1 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepointName(depth));
    if (!r)
        return r.error();
    db.m_transactionDepth = depth;
    return Transaction(db, depth);
}

Transaction::Transaction(Database& db, int depth)
    : m_db(&db)
    , m_depth(depth)
    , m_open(true)
{
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_depth(other.m_depth)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error::storage(Database::tr("Database error: the transaction is no longer open."));
    Q_ASSERT(m_db->m_transactionDepth == m_depth);
    auto r = m_db->exec(m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepointName(m_depth));
    if (!r) {
        rollback();
        return r.error();
    }
    m_open = false;
    m_db->m_transactionDepth = m_depth - 1;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_depth == 1) {
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db->exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        (void)m_db->exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
    m_db->m_transactionDepth = m_depth - 1;
}

} // namespace td
