#include "InsightsWorker.h"

#include "insights/InsightsTrainer.h"
#include "insights/ModelStore.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QLocale>

namespace td::ui {

namespace {

// "Recommender v3: hybrid NDCG@10 0.41 (popularity 0.22) · churn v3: AUC 0.81 · purchase v3: AUC 0.72"
QString describeModels(const Database& db)
{
    QStringList parts;
    auto recommender = insights::ModelStore::latest(db, QStringLiteral("recommender"));
    if (recommender && recommender.value()) {
        double hybrid = 0;
        double pop = 0;
        for (const QJsonValue& v : recommender.value()->metrics.value(QStringLiteral("recommenders")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("algorithm")).toString() == QLatin1String("hybrid"))
                hybrid = o.value(QStringLiteral("ndcg")).toDouble();
            if (o.value(QStringLiteral("algorithm")).toString() == QLatin1String("pop"))
                pop = o.value(QStringLiteral("ndcg")).toDouble();
        }
        parts.append(InsightsWorker::tr("Recommender v%1, trained %2: NDCG@10 %3 (popularity alone %4)")
                         .arg(recommender.value()->version)
                         .arg(QLocale().toString(recommender.value()->trainedAt.toLocalTime(), QLocale::ShortFormat))
                         .arg(hybrid, 0, 'f', 3)
                         .arg(pop, 0, 'f', 3));
    }
    for (const QString& kind : {QStringLiteral("churn"), QStringLiteral("purchase")}) {
        auto model = insights::ModelStore::latest(db, kind);
        if (model && model.value())
            parts.append((kind == QLatin1String("churn") ? InsightsWorker::tr("churn model v%1: AUC %2")
                                                         : InsightsWorker::tr("purchase model v%1: AUC %2"))
                             .arg(model.value()->version)
                             .arg(model.value()->metrics.value(QStringLiteral("auc")).toDouble(), 0, 'f', 3));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

InsightsWorker::InsightsWorker(QString databasePath, const Clock& clock)
    : m_path(std::move(databasePath))
    , m_clock(clock)
{
}

InsightsWorker::~InsightsWorker() = default;

Database* InsightsWorker::database(QString& error)
{
    if (!m_db) {
        auto db = Database::openExisting(m_path);
        if (!db) {
            error = db.error().message;
            return nullptr;
        }
        m_db = std::move(db.value());
    }
    return m_db.get();
}

Context InsightsWorker::context(const Actor& actor, Database& db) const
{
    return Context {db, m_clock, actor};
}

void InsightsWorker::train(const Actor& actor)
{
    QString error;
    Database* db = database(error);
    if (!db) {
        Q_EMIT trainingFailed(error, false);
        return;
    }
    auto report = insights::InsightsTrainer::train(context(actor, *db), {}, [this](int percent, const QString& stage) {
        Q_EMIT progress(percent, stage);
        return !m_cancel.load();
    });
    if (!report) {
        Q_EMIT trainingFailed(report.error().message, m_cancel.load());
        return;
    }
    Q_EMIT trained(tr("Trained on %n student(s) in %1 s.", nullptr, report.value().students)
                       .arg(report.value().seconds, 0, 'f', 1));
}

void InsightsWorker::loadOutlooks(const Actor& actor)
{
    QString error;
    Database* db = database(error);
    if (!db) {
        Q_EMIT outlooksFailed(error);
        return;
    }
    auto all = insights::InsightsService::predictAll(context(actor, *db));
    if (!all) {
        Q_EMIT outlooksFailed(all.error().message);
        return;
    }
    Q_EMIT outlooksLoaded(QList<insights::StudentOutlook>(all.value().begin(), all.value().end()), describeModels(*db));
}

void InsightsWorker::loadStudent(quint64 generation, const Actor& actor, qint64 studentId)
{
    QString error;
    Database* db = database(error);
    if (!db) {
        Q_EMIT studentLoaded(generation, {}, {}, error);
        return;
    }
    const Context ctx = context(actor, *db);
    auto recommendations = insights::InsightsService::recommend(ctx, studentId, 5);
    if (!recommendations) {
        Q_EMIT studentLoaded(generation, {}, {}, recommendations.error().message);
        return;
    }
    auto outlook = insights::InsightsService::predict(ctx, studentId);
    if (!outlook) {
        Q_EMIT studentLoaded(generation, {}, {}, outlook.error().message);
        return;
    }
    Q_EMIT studentLoaded(generation,
        QList<insights::Recommendation>(recommendations.value().begin(), recommendations.value().end()),
        outlook.value(), QString());
}

} // namespace td::ui
