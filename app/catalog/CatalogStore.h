#pragma once

#include "common/Result.h"
#include "sync/SyncProtocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace td::catalog {

// The catalog server's storage: centers and their tokens, every center's records merged per field, the
// change log desks pull from, the catalog and learners' online activity. One SQL dialect layer over
// SQLite (default) and PostgreSQL (QPSQL); everything else is the same code.
class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(td::catalog::CatalogStore)

public:
    enum class Dialect { SQLite, PostgreSQL };

    struct Center
    {
        QString id;
        QString name;
    };

    static Result<std::unique_ptr<CatalogStore>> openSqlite(const QString& path);
    // connection: "host=... port=... user=... password=... dbname=..." (libpq keywords).
    static Result<std::unique_ptr<CatalogStore>> openPostgres(const QString& connection);
    ~CatalogStore();
    CatalogStore(const CatalogStore&) = delete;
    CatalogStore& operator=(const CatalogStore&) = delete;

    Dialect dialect() const { return m_dialect; }

    // Creates a center and returns its new API token; only its hash is stored.
    Result<QString> addCenter(const QString& name);
    // The center a token belongs to; Error::forbidden for an unknown token.
    Result<Center> centerForToken(const QString& token);

    // Applies a batch in one transaction (docs/sync-api.md, Push). Error::conflict when the batch's desk code
    // belongs to another desk of the center: nothing is applied.
    Result<sync::PushResponse> push(const Center& center, const sync::PushRequest& request);
    Result<sync::ChangePage> changes(const Center& center, qint64 since, int limit);
    Result<QJsonArray> catalog();
    // Loads or updates items from {"items": [...]}; returns how many items changed.
    Result<int> loadCatalog(const QJsonObject& file);
    // Online accounts and activity for the students the server knows of the named center; returns the
    // number of accounts made.
    Result<int> seedDemo(const QString& centerName);

    static QString hashToken(const QString& token);

private:
    CatalogStore(QSqlDatabase db, Dialect dialect);
    Status createSchema();
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings = {});
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings = {});
    Status begin();
    Status commit();
    void rollback();

    Status claimDeskCode(const Center& center, const QString& deskId, const QString& deskCode);
    Result<sync::MutationResult> apply(const Center& center, const QString& deskId, const sync::Mutation& mutation);
    Status appendChange(const QVariant& centerId, const QString& entity, const QString& uuid, const QString& operation,
        const QJsonObject& payload, const QString& originDesk);
    Status linkStudent(const QString& centerId, const QString& studentUuid, const QJsonObject& student);

    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace td::catalog
