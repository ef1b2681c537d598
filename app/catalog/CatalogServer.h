#pragma once

#include "CatalogStore.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace td::catalog {

// The HTTP face of the catalog server: routes of docs/sync-api.md over a CatalogStore.
class CatalogServer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 8470;
        QString certificatePath; // TLS when both are given
        QString keyPath;
        qint64 maxBodyBytes = 16 * 1024 * 1024;
    };

    explicit CatalogServer(CatalogStore& store, QObject* parent = nullptr);

    // Starts listening; returns the port actually bound (useful with port 0).
    Result<quint16> listen(const Options& options);

private:
    QHttpServerResponse handlePush(const QHttpServerRequest& request);
    QHttpServerResponse handleChanges(const QHttpServerRequest& request);
    QHttpServerResponse handleCatalog(const QHttpServerRequest& request);
    Result<CatalogStore::Center> authenticate(const QHttpServerRequest& request);

    CatalogStore& m_store;
    QHttpServer m_http;
    qint64 m_maxBodyBytes = 0;
};

} // namespace td::catalog
