#include "ModelStore.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace td::insights {

Result<int> ModelStore::save(const Context& ctx, StoredModel model)
{
    if (auto allowed = ctx.require(Permission::ViewReports); !allowed)
        return allowed.error();
    if (model.kind != QLatin1String("recommender") && model.kind != QLatin1String("churn")
        && model.kind != QLatin1String("purchase"))
        return Error::invalid(tr("Unknown kind of model: %1.").arg(model.kind), QStringLiteral("kind"));
    if (model.parameters.isEmpty())
        return Error::invalid(tr("The model is empty."), QStringLiteral("parameters"));
    auto tx = Transaction::begin(ctx.db);
    if (!tx)
        return tx.error();
    auto last = ctx.db.scalar(
        QStringLiteral("SELECT coalesce(max(version), 0) FROM trained_models WHERE kind = ?"), {model.kind});
    if (!last)
        return last.error();
    model.version = last.value().toInt() + 1;
    model.trainedAt = ctx.clock.nowUtc();
    auto r = ctx.db.exec(QStringLiteral("INSERT INTO trained_models (kind, version, trained_at, students, examples, "
                                        "metrics, parameters) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {model.kind, model.version, sql::fromDateTime(model.trainedAt), model.students, model.examples,
            QString::fromUtf8(QJsonDocument(model.metrics).toJson(QJsonDocument::Compact)), model.parameters});
    if (!r)
        return r.error();
    if (auto a = AuditLog::record(ctx, QStringLiteral("trained_model"),
            QStringLiteral("%1-%2").arg(model.kind).arg(model.version), QStringLiteral("train"),
            tr("Trained the %1 model, version %2, on %3 examples")
                .arg(model.kind)
                .arg(model.version)
                .arg(model.examples));
        !a)
        return a.error();
    if (auto c = tx.value().commit(); !c)
        return c.error();
    return model.version;
}

Result<std::optional<StoredModel>> ModelStore::latest(const Database& db, const QString& kind)
{
    auto q = db.exec(QStringLiteral("SELECT version, trained_at, students, examples, metrics, parameters "
                                    "FROM trained_models WHERE kind = ? ORDER BY version DESC LIMIT 1"),
        {kind});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StoredModel>();
    const QSqlQuery& r = q.value();
    StoredModel m;
    m.kind = kind;
    m.version = r.value(0).toInt();
    m.trainedAt = sql::toDateTime(r.value(1));
    m.students = r.value(2).toLongLong();
    m.examples = r.value(3).toLongLong();
    m.metrics = QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object();
    m.parameters = r.value(5).toByteArray();
    return std::optional<StoredModel>(std::move(m));
}

} // namespace td::insights
