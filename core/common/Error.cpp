#include "Error.h"

namespace td {

Error Error::invalid(const QString& message, const QString& field)
{
    return {Kind::Invalid, message, field};
}

Error Error::notFound(const QString& message)
{
    return {Kind::NotFound, message, {}};
}

Error Error::forbidden(const QString& message)
{
    return {Kind::Forbidden, message, {}};
}

Error Error::conflict(const QString& message, const QString& field)
{
    return {Kind::Conflict, message, field};
}

Error Error::storage(const QString& message)
{
    return {Kind::Storage, message, {}};
}

} // namespace td
