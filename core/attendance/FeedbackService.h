#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace td {

class Database;

// A student's 1–5 rating of a session or a course, entered at the desk.
struct Feedback
{
    qint64 id = 0;
    QString uuid;
    qint64 studentId = 0;
    QString studentCode;
    QString studentName;
    qint64 sessionId = 0; // 0 = about the course as a whole
    QDate sessionDate;
    qint64 itemId = 0;
    QString itemTitle;
    int rating = 0;
    QString comment;
    QString recordedBy;
    QDateTime createdAt;
};

struct ItemRating
{
    int count = 0;
    double average = 0; // 0 when there is no rating yet
};

class FeedbackService
{
    Q_DECLARE_TR_FUNCTIONS(td::FeedbackService)

public:
    static constexpr int kMaxCommentLength = 2000;

    // sessionId or itemId (or both, when they agree): feedback on a session counts for its course too.
    // Feedback on a session comes from a student who attended it, once. Permission::RecordFeedback.
    static Result<qint64> record(
        const Context& ctx, qint64 studentId, qint64 sessionId, qint64 itemId, int rating, const QString& comment);
    // Newest first.
    static Result<QList<Feedback>> ofItem(const Database& db, qint64 itemId);
    static Result<ItemRating> averageForItem(const Database& db, qint64 itemId);
};

} // namespace td
