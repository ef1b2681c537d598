#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace td {

class Database;

// The center database's schema as an ordered ladder of upgrade steps. Each step runs in one
// transaction and records its version in schema_version, so an interrupted upgrade resumes safely.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(td::Schema)

public:
    struct Step
    {
        int version;
        QStringList statements;
    };

    static const std::vector<Step>& ladder();
    static int latestVersion();
    // 0 for an empty file.
    static Result<int> storedVersion(const Database& db);
    // Applies every step above the stored version, in order.
    static Status upgrade(Database& db);
    // Same, with a given ladder (tests use a shortened one to build an old database).
    static Status upgrade(Database& db, const std::vector<Step>& ladder);
};

} // namespace td
