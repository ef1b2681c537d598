#pragma once

#include <QByteArray>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>

namespace td::test {

// The built trainingdesk-catalog binary, run as a real process on a loopback port.
class CatalogProcess
{
public:
    // postgres: a libpq connection string, or empty for a SQLite file in a temporary folder.
    explicit CatalogProcess(QString postgres = {});
    ~CatalogProcess();

    // Runs an administration command (add-center, load-catalog, seed-demo) and returns its standard output.
    QByteArray admin(const QStringList& arguments);
    // Starts serving; port 0 picks a free port the first time and reuses it on restart.
    bool start(const QStringList& extra = {});
    void kill();
    quint16 port() const { return m_port; }
    QString url() const;
    QString addCenter(const QString& name);
    bool loadCatalog(const QByteArray& json);

private:
    QStringList storeArguments() const;

    QTemporaryDir m_dir;
    QString m_postgres;
    QProcess m_process;
    quint16 m_port = 0;
};

// A loopback proxy in front of the server that misbehaves on request: answers 500 or 503, garbage,
// a truncated or a 100 MB body, nothing at all, drops the connection after the server has answered,
// or pretends to be a server of another API version. One request per connection.
class FaultProxy : public QTcpServer
{
public:
    enum class Fault { None, Status500, Status503, Garbage, Truncated, Huge, Silent, DropAfterUpstream, OtherVersion };

    explicit FaultProxy(quint16 upstreamPort);
    QString url() const;
    void setUpstreamPort(quint16 port) { m_upstream = port; }
    // The next `times` requests whose path starts with pathPrefix get the fault, after `skip` such
    // requests went through.
    void inject(Fault fault, const QString& pathPrefix, int times = 1, int skip = 0);
    int faultsLeft() const { return m_times; }
    int requestsSeen() const { return m_seen; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void handle(QTcpSocket* client, const QByteArray& request);
    void forward(QTcpSocket* client, const QByteArray& request, bool dropAnswer);

    quint16 m_upstream;
    Fault m_fault = Fault::None;
    QString m_prefix;
    int m_times = 0;
    int m_skip = 0;
    int m_seen = 0;
};

} // namespace td::test
