#pragma once

#include <QString>

namespace td {

// What went wrong in a service call, in words a person at the desk can act on (already translated).
struct Error
{
    enum class Kind {
        Invalid, // the input breaks a rule: empty name, bad phone, over capacity...
        NotFound, // the thing referred to does not exist
        Forbidden, // the acting staff member's role does not allow it
        Conflict, // the state does not allow it now: double check-in, clash, stale edit
        Storage, // the database failed; details are in the message
    };

    Kind kind = Kind::Invalid;
    QString message;
    QString field; // the input field at fault, when there is one (for inline validation)

    static Error invalid(const QString& message, const QString& field = {});
    static Error notFound(const QString& message);
    static Error forbidden(const QString& message);
    static Error conflict(const QString& message, const QString& field = {});
    static Error storage(const QString& message);
};

} // namespace td
