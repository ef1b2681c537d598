#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace td {

class Database;

struct StudentFilter
{
    QString text; // a code ("S000123" or "123"), a phone fragment (3+ digits) or the start of a name
    QString status; // "" = any
    QString tag;
    qint64 classId = 0; // students enrolled in this class
};

struct StudentListRow
{
    qint64 id = 0;
    QString uuid;
    QString code;
    QString name;
    QString phone;
    QString status;
    QDate birthDate;
};

// The student search of the desk and the command-line tool: exact code first, then names starting with the
// text, then phone numbers containing it; ties by name. Every kind of match is answered from an index.
class StudentDirectory
{
public:
    static Result<QList<StudentListRow>> find(const Database& db, const StudentFilter& filter, int offset, int limit);
    static Result<qint64> count(const Database& db, const StudentFilter& filter);
};

} // namespace td
