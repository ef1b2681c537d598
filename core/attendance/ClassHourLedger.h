#pragma once

#include "auth/Context.h"
#include "common/ClassHours.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

class Database;

// What a pack sale creates: hours for one course, or for any course of a category.
struct PackSpec
{
    qint64 studentId = 0;
    qint64 courseId = 0; // 0 = none
    QString category; // used when courseId == 0
    ClassHours hours;
    QDate expiresOn; // invalid = never
    qint64 saleLineId = 0; // 0 = none
};

// A class-hour pack (课时包) with its balance, as the desk shows it.
struct ClassHourPack
{
    qint64 id = 0;
    QString uuid;
    qint64 studentId = 0;
    qint64 courseId = 0; // 0 = a category pack
    QString courseTitle;
    QString category;
    ClassHours purchased;
    ClassHours balance;
    QDate expiresOn; // invalid = never
    qint64 saleLineId = 0;
    QDateTime createdAt;

    bool isExpiredOn(const QDate& date) const { return expiresOn.isValid() && expiresOn < date; }
};

// One line of a pack's append-only ledger; the balance is the sum of the deltas.
struct ClassHourEntry
{
    enum class Reason { Purchase, Attendance, AttendanceUndo, Refund, Adjustment, Expiry };

    qint64 id = 0;
    QString uuid;
    qint64 packId = 0;
    ClassHours delta;
    Reason reason = Reason::Purchase;
    qint64 attendanceId = 0; // 0 = none; the attendance row may since have been undone (deleted)
    qint64 staffId = 0; // 0 = the system
    QString note;
    QDateTime createdAt;

    // Stored form: "purchase", "attendance", "attendance_undo", "refund", "adjustment", "expiry".
    static QString reasonKey(Reason reason);
    static Reason reasonFromKey(const QString& key);
    static QString reasonDisplayName(Reason reason);
};

// Class-hour packs and their ledger: credits when sold, debits for attended sessions, refunds and
// corrections as new entries, never an edit.
class ClassHourLedger
{
    Q_DECLARE_TR_FUNCTIONS(td::ClassHourLedger)

public:
    // A pack plus its 'purchase' entry; Permission::Sell. Billing calls it inside its sale transaction.
    static Result<qint64> addPack(const Context& ctx, const PackSpec& spec);
    // The sum of the pack's entries.
    static Result<ClassHours> balance(const Database& db, qint64 packId);
    // A 'refund' entry taking hours off the pack; never more than the balance. Permission::RequestRefund.
    static Status refundHours(const Context& ctx, qint64 packId, ClassHours hours, const QString& note);
    // A correction by an administrator, positive or negative, with a note saying why; the balance may not
    // end below zero.
    static Status adjust(const Context& ctx, qint64 packId, ClassHours delta, const QString& note);

    // Soonest expiry first, packs that never expire last.
    static Result<QList<ClassHourPack>> packsOfStudent(const Database& db, qint64 studentId);
    static Result<ClassHourPack> pack(const Database& db, qint64 packId);
    // Oldest first.
    static Result<QList<ClassHourEntry>> entries(const Database& db, qint64 packId);

private:
    // Attendance debits and gives back hours through append(), after its own permission check.
    friend struct AttendanceDebits;

    // Appends one entry (and its outbox mutation) inside the caller's transaction; no permission check,
    // the public callers do that.
    static Result<qint64> append(const Context& ctx, qint64 packId, ClassHours delta, ClassHourEntry::Reason reason,
        qint64 attendanceId, const QString& attendanceUuid, const QString& note);
};

} // namespace td
