#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace td::sql {

// How values are stored: instants as ISO-8601 UTC text with milliseconds ("2026-12-03T15:52:10.000Z"),
// which sorts as text; calendar dates (in the center's time zone) as "YYYY-MM-DD".
QString fromDateTime(const QDateTime& utc);
QDateTime toDateTime(const QVariant& stored);
QString fromDate(const QDate& date);
QDate toDate(const QVariant& stored);
// NULL for an empty string, so optional text columns stay NULL.
QVariant nullIfEmpty(const QString& text);
// A fresh UUID in the form every table uses (no braces, lower case).
QString newUuid();

} // namespace td::sql
