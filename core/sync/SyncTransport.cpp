#include "SyncTransport.h"

#include "SyncProtocol.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace td {

namespace {

QString text(const char* source)
{
    return QCoreApplication::translate("td::SyncTransport", source);
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isTransientStatus(int status)
{
    return status >= 500 || status == 408 || status == 429;
}

} // namespace

SyncRequest SyncRequest::get(const QString& path)
{
    SyncRequest request;
    request.path = path;
    return request;
}

SyncRequest SyncRequest::post(const QString& path, const QByteArray& body)
{
    SyncRequest request;
    request.verb = "POST";
    request.path = path;
    request.body = body;
    return request;
}

SyncRequest& SyncRequest::with(const QString& key, const QString& value)
{
    query.addQueryItem(key, value);
    return *this;
}

Status SyncTransport::validateServerUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalid(text("The sync server address is not a valid URL."), QStringLiteral("server"));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopback(url))
            return {};
        return Error::invalid(text("Plain http:// is allowed only to this computer (loopback). Use an https:// address "
                                   "so the token and the center's data travel encrypted."),
            QStringLiteral("server"));
    }
    return Error::invalid(text("The sync server address must start with https://."), QStringLiteral("server"));
}

SyncTransport::SyncTransport(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void SyncTransport::send(const SyncRequest& request, QObject* context, std::function<void(const SyncReply&)> done)
{
    if (auto valid = validateServerUrl(m_config.server); !valid) {
        SyncReply reply;
        reply.outcome = SyncReply::Outcome::Refused;
        reply.message = valid.error().message;
        done(reply);
        return;
    }
    QUrl url = m_config.server;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path);
    url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TrainingDesk"));
    networkRequest.setTransferTimeout(m_config.transferTimeoutMs);
    QNetworkReply* reply = nullptr;
    if (request.verb == "POST") {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = m_network.post(networkRequest, request.body);
    } else {
        reply = m_network.get(networkRequest);
    }
    // An answer larger than we accept is cut off as it streams, before it fills memory.
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 limit = m_config.maxResponseBytes;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooLarge, limit] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > limit) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge, limit](qint64 received, qint64) {
        if (received > limit && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, context, [reply, tooLarge, guard, done = std::move(done)] {
        reply->deleteLater();
        SyncReply result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*tooLarge) {
            result.outcome = SyncReply::Outcome::Unreachable;
            result.message = text("The server's answer was larger than the desk accepts; it was cut off.");
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            // Never ignored: an untrusted certificate may be someone else listening in.
            result.outcome = SyncReply::Outcome::Refused;
            result.message = text("The sync server's TLS certificate is not trusted: %1").arg(reply->errorString());
        } else if (result.httpStatus == 0) {
            result.outcome = SyncReply::Outcome::Unreachable;
            result.message = text("The sync server cannot be reached: %1").arg(reply->errorString());
        } else {
            result.body = reply->readAll();
            const QString serverMessage = sync::Protocol::errorMessage(result.body);
            if (reply->error() != QNetworkReply::NoError && result.httpStatus >= 200 && result.httpStatus < 300) {
                // A 200 whose body broke off half-way.
                result.outcome = SyncReply::Outcome::Unreachable;
                result.message
                    = text("The connection broke while the answer was arriving: %1").arg(reply->errorString());
            } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
                result.outcome = SyncReply::Outcome::Ok;
            } else if (isTransientStatus(result.httpStatus)) {
                result.outcome = SyncReply::Outcome::Unreachable;
                result.message = text("The sync server is having trouble (HTTP %1): %2")
                                     .arg(result.httpStatus)
                                     .arg(serverMessage.isEmpty() ? reply->errorString() : serverMessage);
            } else if (result.httpStatus == 401) {
                result.outcome = SyncReply::Outcome::Refused;
                result.message
                    = text("The sync server does not accept this desk's token. Check the token in Settings.");
            } else {
                result.outcome = SyncReply::Outcome::Refused;
                result.message = text("The sync server refused the request (HTTP %1): %2")
                                     .arg(result.httpStatus)
                                     .arg(serverMessage.isEmpty() ? reply->errorString() : serverMessage);
            }
        }
        if (guard)
            done(result);
    });
}

SyncReply SyncTransport::sendAndWait(const SyncRequest& request)
{
    QEventLoop loop;
    SyncReply result;
    bool finished = false;
    send(request, &loop, [&](const SyncReply& reply) {
        result = reply;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace td
