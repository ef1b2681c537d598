#include "CatalogServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace td::catalog {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

QString text(const char* source)
{
    return QCoreApplication::translate("td::catalog::CatalogServer", source);
}

QHttpServerResponse json(const QByteArray& body, StatusCode status = StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}

QHttpServerResponse error(StatusCode status, const QString& code, const QString& message)
{
    return json(sync::Protocol::errorBody(code, message), status);
}

QHttpServerResponse storageError(const Error& e)
{
    return error(StatusCode::InternalServerError, QStringLiteral("storage"), e.message);
}

// Qt 6.4's QHttpServer buffers a whole request body before any handler sees it. This listener looks at
// each request's head first and answers 413 (or 411 for a body without a length) before the body is
// read, so a 100 MB upload costs a few kilobytes of memory.
class BoundedTcpServer final : public QTcpServer
{
public:
    BoundedTcpServer(qint64 maxBodyBytes, QObject* parent)
        : QTcpServer(parent)
        , m_maxBodyBytes(maxBodyBytes)
    {
    }

    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = QTcpServer::nextPendingConnection();
        if (socket)
            // Connected before QHttpServer's own slot, so it runs first.
            connect(socket, &QIODevice::readyRead, socket, [socket, limit = m_maxBodyBytes] { guard(socket, limit); });
        return socket;
    }

private:
    static void guard(QTcpSocket* socket, qint64 limit)
    {
        if (socket->property("td_refused").toBool()) {
            socket->readAll();
            return;
        }
        const QByteArray head = socket->peek(16 * 1024);
        if (!head.startsWith("POST ") && !head.startsWith("PUT ") && !head.startsWith("PATCH "))
            return;
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qint64 length = -1;
        bool chunked = false;
        for (const QByteArray& line : head.left(end).split('\n')) {
            const QByteArray lower = line.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked"))
                chunked = true;
        }
        QByteArray status;
        QByteArray body;
        if (chunked) {
            status = "411 Length Required";
            body = sync::Protocol::errorBody(
                QStringLiteral("length_required"), text("Send the body with a Content-Length."));
        } else if (length > limit) {
            status = "413 Payload Too Large";
            body = sync::Protocol::errorBody(QStringLiteral("payload_too_large"),
                text("The request body is larger than the server accepts (%1 bytes).").arg(limit));
        } else {
            return;
        }
        socket->setProperty("td_refused", true);
        socket->readAll();
        socket->write("HTTP/1.1 " + status
            + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    qint64 m_maxBodyBytes;
};

} // namespace

CatalogServer::CatalogServer(CatalogStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_http.route(QStringLiteral("/api/status"), QHttpServerRequest::Method::Get, [](const QHttpServerRequest&) {
        return json(QJsonDocument(QJsonObject {{QStringLiteral("service"), QStringLiteral("trainingdesk-catalog")},
                                      {QStringLiteral("version"), QStringLiteral(PROJECT_VERSION)},
                                      {QStringLiteral("api"),
                                          QJsonObject {{QStringLiteral("min"), sync::kApiVersion},
                                              {QStringLiteral("max"), sync::kApiVersion}}}})
                        .toJson(QJsonDocument::Compact));
    });
    m_http.route(QStringLiteral("/api/v1/push"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request) { return handlePush(request); });
    m_http.route(QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest& request) { return handleChanges(request); });
    m_http.route(QStringLiteral("/api/v1/catalog"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest& request) { return handleCatalog(request); });
    m_http.setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        static const QRegularExpression versioned(QStringLiteral("^/api/v(\\d+)/"));
        const QString path = request.url().path();
        const auto match = versioned.match(path);
        QByteArray body;
        StatusCode status = StatusCode::NotFound;
        if (match.hasMatch() && match.captured(1).toInt() != sync::kApiVersion) {
            QJsonObject object = QJsonDocument::fromJson(
                sync::Protocol::errorBody(QStringLiteral("unsupported_api_version"),
                    text("This server speaks sync API version %1 only.").arg(sync::kApiVersion)))
                                     .object();
            object.insert(QStringLiteral("supported"),
                QJsonObject {{QStringLiteral("min"), sync::kApiVersion}, {QStringLiteral("max"), sync::kApiVersion}});
            body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        } else if (path == QLatin1String("/api/v1/push") || path == QLatin1String("/api/v1/changes")
            || path == QLatin1String("/api/v1/catalog") || path == QLatin1String("/api/status")) {
            status = StatusCode::MethodNotAllowed;
            body = sync::Protocol::errorBody(
                QStringLiteral("method_not_allowed"), text("This endpoint does not take that HTTP method."));
        } else {
            body = sync::Protocol::errorBody(QStringLiteral("not_found"), text("There is no such endpoint."));
        }
        responder.write(body, QByteArrayLiteral("application/json"), status);
    });
}

Result<quint16> CatalogServer::listen(const Options& options)
{
    m_maxBodyBytes = options.maxBodyBytes;
    if (!options.certificatePath.isEmpty() || !options.keyPath.isEmpty()) {
        QFile certFile(options.certificatePath);
        QFile keyFile(options.keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error::notFound(
                text("Cannot read the certificate %1 or the key %2.").arg(options.certificatePath, options.keyPath));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull())
            return Error::invalid(text("The certificate or the key is not a PEM file this server can use."));
        // Qt 6.4 offers TLS only through its own listener; the body-size check then happens after buffering.
        m_http.sslSetup(chain.first(), key);
        const quint16 port = m_http.listen(options.address, options.port);
        if (port == 0)
            return Error::conflict(text("Cannot listen on %1:%2.").arg(options.address.toString()).arg(options.port));
        return port;
    }
    auto* tcp = new BoundedTcpServer(options.maxBodyBytes, this);
    if (!tcp->listen(options.address, options.port))
        return Error::conflict(text("Cannot listen on %1:%2: %3")
                                   .arg(options.address.toString())
                                   .arg(options.port)
                                   .arg(tcp->errorString()));
    m_http.bind(tcp);
    return tcp->serverPort();
}

Result<CatalogStore::Center> CatalogServer::authenticate(const QHttpServerRequest& request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    if (!header.startsWith("Bearer "))
        return Error::forbidden(text("The API token is missing or not valid."));
    return m_store.centerForToken(QString::fromLatin1(header.mid(7).trimmed()));
}

namespace {

QHttpServerResponse authError(const Error& e)
{
    if (e.kind == Error::Kind::Forbidden)
        return error(StatusCode::Unauthorized, QStringLiteral("unauthorized"), e.message);
    return storageError(e);
}

} // namespace

QHttpServerResponse CatalogServer::handlePush(const QHttpServerRequest& request)
{
    auto center = authenticate(request);
    if (!center)
        return authError(center.error());
    if (request.body().size() > m_maxBodyBytes)
        return error(StatusCode::PayloadTooLarge, QStringLiteral("payload_too_large"),
            text("The request body is larger than the server accepts (%1 bytes).").arg(m_maxBodyBytes));
    auto push = sync::Protocol::parsePushRequest(request.body());
    if (!push)
        return error(StatusCode::BadRequest, QStringLiteral("bad_request"), push.error().message);
    auto response = m_store.push(center.value(), push.value());
    if (!response && response.error().field == QLatin1String("desk_code"))
        return error(StatusCode::Conflict, QStringLiteral("desk_code_taken"), response.error().message);
    if (!response)
        return storageError(response.error());
    return json(sync::Protocol::toJson(response.value()));
}

QHttpServerResponse CatalogServer::handleChanges(const QHttpServerRequest& request)
{
    auto center = authenticate(request);
    if (!center)
        return authError(center.error());
    const QUrlQuery query = request.query();
    bool sinceOk = true;
    const qint64 since = query.hasQueryItem(QStringLiteral("since"))
        ? query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk)
        : 0;
    bool limitOk = true;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
        ? query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk)
        : 500;
    if (!sinceOk || since < 0 || !limitOk || limit < 1 || limit > 1000)
        return error(StatusCode::BadRequest, QStringLiteral("bad_request"),
            text("since must be a sequence number of 0 or more and limit between 1 and 1000."));
    auto page = m_store.changes(center.value(), since, limit);
    if (!page)
        return storageError(page.error());
    return json(sync::Protocol::toJson(page.value()));
}

QHttpServerResponse CatalogServer::handleCatalog(const QHttpServerRequest& request)
{
    auto center = authenticate(request);
    if (!center)
        return authError(center.error());
    auto items = m_store.catalog();
    if (!items)
        return storageError(items.error());
    return json(QJsonDocument(QJsonObject {{QStringLiteral("items"), items.value()}}).toJson(QJsonDocument::Compact));
}

} // namespace td::catalog
