#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace td {

// One request to the sync server, built up by chained calls: SyncRequest::post(path, body).
struct SyncRequest
{
    QByteArray verb = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;

    static SyncRequest get(const QString& path);
    static SyncRequest post(const QString& path, const QByteArray& body);
    SyncRequest& with(const QString& key, const QString& value);
};

// What came back, classified the way the desk must react: keep working and retry later, or tell staff.
struct SyncReply
{
    enum class Outcome {
        Ok, // 2xx with a body
        Unreachable, // no connection, timeout, TLS-less failure, truncated or oversized answer, 5xx: retry later
        Refused, // the server answered no (4xx), or its TLS certificate is not trusted: show it
    };
    Outcome outcome = Outcome::Unreachable;
    int httpStatus = 0;
    QByteArray body;
    QString message; // translated, for people

    bool ok() const { return outcome == Outcome::Ok; }
};

// The one owner of the QNetworkAccessManager that talks to the sync server (lives in the thread that
// syncs). Every request carries the bearer token, a transfer timeout and a cap on the answer's size.
class SyncTransport : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl server; // e.g. https://catalog.example.com or http://127.0.0.1:8470
        QString token;
        int transferTimeoutMs = 30000;
        qint64 maxResponseBytes = 32 * 1024 * 1024;
    };

    // Plain http:// is allowed only to loopback; anything else needs https://.
    static Status validateServerUrl(const QUrl& url);

    explicit SyncTransport(Config config, QObject* parent = nullptr);

    // Sends and calls done(reply) on context's thread; done is dropped if context is destroyed first.
    void send(const SyncRequest& request, QObject* context, std::function<void(const SyncReply&)> done);
    // Sends and waits in a local event loop (for the sync thread and the command line).
    SyncReply sendAndWait(const SyncRequest& request);

    const Config& config() const { return m_config; }

private:
    QNetworkAccessManager m_network;
    Config m_config;
};

} // namespace td
