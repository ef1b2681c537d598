#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <Eigen/Core>
#include <vector>

namespace td {
class Database;
}

namespace td::insights {

// Everything dated that the desk knows of one student, as day numbers (Julian days), for building
// features at any past date.
struct StudentTimeline
{
    qint64 studentId = 0;
    QString code;
    QString name;
    bool archived = false;
    qint64 joinedDay = 0;
    qint64 birthDay = 0; // 0 when unknown
    std::vector<std::pair<qint64, bool>> roll; // session day, attended
    std::vector<std::pair<qint64, qint64>> payments; // day, amount in minor units (refunds negative)
    std::vector<qint64> purchaseDays; // desk sales and online purchases
    std::vector<std::pair<qint64, qint64>> hours; // day, class-hour change in hundredths
    std::vector<std::pair<qint64, qint64>> memberships; // first and last day
    std::vector<qint64> onlineDays; // online purchases and progress
};

// Churn and purchase examples at past snapshot dates. Features use only what happened before the
// snapshot day; labels look at the days from it on. Churn: an active student (a visit, purchase or
// online activity in the 90 days before) neither attends nor buys in the next 60 days. Purchase: the
// student buys something in the next 30 days.
class StudentSnapshots
{
    Q_DECLARE_TR_FUNCTIONS(td::insights::StudentSnapshots)

public:
    static constexpr int kChurnDays = 60;
    static constexpr int kPurchaseDays = 30;

    // Every student, or only `onlyStudent`; events in the database after the snapshot are ignored by
    // features() whatever they are.
    static Result<std::vector<StudentTimeline>> load(const Database& db, qint64 onlyStudent = 0);

    // Stable feature keys, in column order.
    static QStringList featureKeys();
    // Translated name of a feature.
    static QString featureLabel(const QString& key);
    // A factor in words: "Days since the last visit: 45 (raises the score)".
    static QString describe(const QString& key, double value, double contribution);

    static bool activeOn(const StudentTimeline& s, qint64 day);
    static Eigen::RowVectorXd features(const StudentTimeline& s, qint64 day);
    static bool churned(const StudentTimeline& s, qint64 day);
    static bool purchased(const StudentTimeline& s, qint64 day);

    struct Dataset
    {
        Eigen::MatrixXd x;
        Eigen::VectorXd churn;
        Eigen::VectorXd purchase;
        std::vector<qint64> students;
        std::vector<QDate> snapshots;
    };
    // One row per student active on a snapshot, for every snapshot.
    static Dataset build(const std::vector<StudentTimeline>& students, const QList<QDate>& snapshots);
    // Snapshots every `stepDays` going back from today − 60 days (so every churn label is complete).
    static QList<QDate> snapshotDates(const QDate& today, int count, int stepDays = 30);
};

} // namespace td::insights
