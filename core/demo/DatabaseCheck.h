#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

class Database;

// The health of a center database, for `trainingdesk-cli check`, backups and the demo generator's
// tests: SQLite's integrity_check and foreign_key_check, then the ledgers' invariants (LedgerChecks).
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(td::DatabaseCheck)

public:
    // One translated line per problem; an empty list means healthy.
    static Result<QStringList> run(const Database& db);
};

} // namespace td
