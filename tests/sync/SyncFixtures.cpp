#include "SyncFixtures.h"

#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>

namespace td::test {

CatalogProcess::CatalogProcess(QString postgres)
    : m_postgres(std::move(postgres))
{
    m_process.setProgram(QStringLiteral(TD_CATALOG_SERVER));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

CatalogProcess::~CatalogProcess()
{
    kill();
}

QStringList CatalogProcess::storeArguments() const
{
    if (!m_postgres.isEmpty())
        return {QStringLiteral("--postgres"), m_postgres};
    return {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("catalog.sqlite"))};
}

QByteArray CatalogProcess::admin(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(TD_CATALOG_SERVER), storeArguments() + arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("catalog admin %s failed: %s", qPrintable(arguments.join(u' ')),
            process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

QString CatalogProcess::addCenter(const QString& name)
{
    return QString::fromUtf8(admin({QStringLiteral("add-center"), name}).trimmed());
}

bool CatalogProcess::loadCatalog(const QByteArray& json)
{
    const QString path = m_dir.filePath(QStringLiteral("catalog.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(json);
    file.close();
    return !admin({QStringLiteral("load-catalog"), path}).isEmpty();
}

bool CatalogProcess::start(const QStringList& extra)
{
    m_process.setArguments(storeArguments()
        + QStringList {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("serve")} + extra);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QByteArray output;
    while (!output.contains('\n')) {
        if (!m_process.waitForReadyRead(10000)) {
            qWarning("catalog server did not start: %s", m_process.readAllStandardError().constData());
            return false;
        }
        output += m_process.readAllStandardOutput();
    }
    const QByteArray line = output.left(output.indexOf('\n')).trimmed();
    m_port = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).toUInt());
    return m_port != 0;
}

void CatalogProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QString CatalogProcess::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_upstream(upstreamPort)
{
    listen(QHostAddress::LocalHost, 0);
}

QString FaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void FaultProxy::inject(Fault fault, const QString& pathPrefix, int times, int skip)
{
    m_fault = fault;
    m_prefix = pathPrefix;
    m_times = times;
    m_skip = skip;
}

namespace {

// Whether buffer holds a whole HTTP message (head plus Content-Length bytes of body).
bool complete(const QByteArray& buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    qint64 length = 0;
    for (const QByteArray& line : buffer.left(end).split('\n'))
        if (line.trimmed().toLower().startsWith("content-length:"))
            length = line.trimmed().mid(15).trimmed().toLongLong();
    return buffer.size() >= end + 4 + length;
}

QByteArray response(const QByteArray& status, const QByteArray& body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

void FaultProxy::incomingConnection(qintptr descriptor)
{
    auto* client = new QTcpSocket(this);
    client->setSocketDescriptor(descriptor);
    auto buffer = std::make_shared<QByteArray>();
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::readyRead, client, [this, client, buffer] {
        if (client->property("handled").toBool()) {
            client->readAll();
            return;
        }
        *buffer += client->readAll();
        if (!complete(*buffer))
            return;
        client->setProperty("handled", true);
        handle(client, *buffer);
    });
}

void FaultProxy::handle(QTcpSocket* client, const QByteArray& request)
{
    ++m_seen;
    const QByteArray firstLine = request.left(request.indexOf("\r\n"));
    const QString path = QString::fromLatin1(firstLine.split(' ').value(1));
    Fault fault = Fault::None;
    if (m_times > 0 && path.startsWith(m_prefix)) {
        if (m_skip > 0) {
            --m_skip;
        } else {
            fault = m_fault;
            --m_times;
        }
    }
    switch (fault) {
    case Fault::None:
        forward(client, request, false);
        return;
    case Fault::DropAfterUpstream:
        forward(client, request, true);
        return;
    case Fault::Status500:
        client->write(response("500 Internal Server Error", R"({"error":{"code":"internal","message":"boom"}})"));
        break;
    case Fault::Status503:
        client->write(response("503 Service Unavailable", R"({"error":{"code":"unavailable","message":"busy"}})"));
        break;
    case Fault::Garbage:
        client->write(response("200 OK", "{\"acknowledged_seq\": [tru"));
        break;
    case Fault::Truncated:
        client->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"results\": [");
        break;
    case Fault::OtherVersion:
        client->write(
            response("200 OK", R"({"service":"trainingdesk-catalog","version":"9.0","api":{"min":2,"max":3}})"));
        break;
    case Fault::Silent:
        return; // the desk's transfer timeout must end it
    case Fault::Huge: {
        // 100 MB without a length: only the desk's running count can stop it.
        client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        auto sent = std::make_shared<qint64>(0);
        auto pump = [client, sent] {
            static const QByteArray chunk(256 * 1024, ' ');
            while (client->bytesToWrite() < 4 * 1024 * 1024 && *sent < 100LL * 1024 * 1024
                && client->state() == QAbstractSocket::ConnectedState) {
                client->write(chunk);
                *sent += chunk.size();
            }
            if (*sent >= 100LL * 1024 * 1024)
                client->disconnectFromHost();
        };
        connect(client, &QTcpSocket::bytesWritten, client, pump);
        pump();
        return;
    }
    }
    client->disconnectFromHost();
}

void FaultProxy::forward(QTcpSocket* client, const QByteArray& request, bool dropAnswer)
{
    QPointer<QTcpSocket> guard(client);
    auto* upstream = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    auto finish = [upstream, answer, guard, dropAnswer] {
        if (upstream->property("done").toBool())
            return;
        upstream->setProperty("done", true);
        upstream->disconnectFromHost();
        upstream->deleteLater();
        if (!guard)
            return;
        if (dropAnswer || answer->isEmpty()) {
            guard->abort();
            return;
        }
        guard->write(*answer);
        guard->disconnectFromHost();
    };
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, answer, finish] {
        *answer += upstream->readAll();
        if (complete(*answer))
            finish();
    });
    connect(upstream, &QTcpSocket::disconnected, upstream, finish);
    connect(upstream, &QTcpSocket::errorOccurred, upstream, finish);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
}

} // namespace td::test
