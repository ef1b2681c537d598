#include "SqlValues.h"

#include <QUuid>

namespace td::sql {

QString fromDateTime(const QDateTime& utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toDateTime(const QVariant& stored)
{
    if (stored.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return dt.toUTC();
}

QString fromDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QDate toDate(const QVariant& stored)
{
    if (stored.isNull())
        return {};
    return QDate::fromString(stored.toString(), Qt::ISODate);
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace td::sql
