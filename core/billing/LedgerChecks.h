#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace td {

class Database;

// The ledgers' invariants, for `trainingdesk-cli check`: each problem found is one translated line.
// Catches what the append-only triggers cannot: a database edited by hand or by a broken tool.
class LedgerChecks
{
    Q_DECLARE_TR_FUNCTIONS(td::LedgerChecks)

public:
    // An empty list means healthy. Checks:
    // - each class-hour pack's purchase entries add up to the hours bought (and to its sale line's hours),
    //   and its balance (the sum of its entries) is not below zero unless the center allows it;
    // - no attendance deducts a pack's hours more than once;
    // - no sale line is refunded beyond its amount or class hours, and refund lines refund lines of the
    //   sale their refund refers to;
    // - receipt numbers run from 1 without a gap in each desk's series;
    // - each sale's subtotal, discount and total equal the sums of its lines, and total = subtotal - discount.
    static Result<QStringList> run(const Database& db);
};

} // namespace td
