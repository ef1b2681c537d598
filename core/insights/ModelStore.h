#pragma once

#include "auth/Context.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace td::insights {

// A trained model as stored: kind ("recommender", "churn", "purchase"), a version counting up per
// kind, when and on how much data it was trained, its measured quality and the model itself.
struct StoredModel
{
    QString kind;
    int version = 0;
    QDateTime trainedAt;
    qint64 students = 0;
    qint64 examples = 0;
    QJsonObject metrics;
    QByteArray parameters;
};

class ModelStore
{
    Q_DECLARE_TR_FUNCTIONS(td::insights::ModelStore)

public:
    // Adds the model as the next version of its kind (trainedAt and version are set here); needs
    // ViewReports. Returns the version.
    static Result<int> save(const Context& ctx, StoredModel model);
    // The newest version of a kind, or nothing when none was trained yet.
    static Result<std::optional<StoredModel>> latest(const Database& db, const QString& kind);
};

} // namespace td::insights
