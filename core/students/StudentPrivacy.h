#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace td {

// A student's right to see and to remove their personal data. Both need EraseStudentData and are audited.
class StudentPrivacy
{
    Q_DECLARE_TR_FUNCTIONS(td::StudentPrivacy)

public:
    // Everything the center holds on the student, as one JSON document: "profile", "guardians", "consents",
    // "enrollments", "attendance", "payments", "packs", "memberships".
    static Result<QJsonObject> exportPersonalData(const Context& ctx, qint64 studentId);

    // Replaces the name with a placeholder and clears phone, e-mail, birth date, gender, notes, tags, guardians
    // and the online account link; the student is archived. Ledgers (payments, class hours, attendance) keep
    // their facts, now pointing at the anonymous record. The audit entry names what was erased, not the values.
    static Status erasePersonalData(const Context& ctx, qint64 studentId);
};

} // namespace td
