#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace td::sync {

// The sync API version this build speaks (docs/sync-api.md).
constexpr int kApiVersion = 1;
// Largest push batch a desk sends and a server accepts.
constexpr int kMaxBatch = 500;

// One outbox entry on the wire.
struct Mutation
{
    QString id; // client-generated mutation id
    qint64 seq = 0; // the desk's outbox sequence, strictly increasing per desk
    QString entity;
    QString uuid;
    QString operation; // "add", "upsert", "delete"
    QString editedAt; // ISO-8601 UTC, when the desk made the change
    QJsonObject payload;
};

struct PushRequest
{
    QString deskId;
    QList<Mutation> mutations;
    // The desk code that names this desk's receipt series ("" on a center's only desk); absent from desks
    // that predate it. The server refuses a code another desk of the center holds.
    std::optional<QString> deskCode;
};

struct MutationResult
{
    QString id;
    QString status; // "applied", "duplicate", "merged", "rejected"
    QString canonicalUuid; // for "merged"
    QString reason; // for "rejected" and "merged"
    QJsonObject overridden; // fields where the server kept a newer value, with that value
};

struct PushResponse
{
    qint64 acknowledgedSeq = 0;
    QList<MutationResult> results;
};

// One entry of the server's change log.
struct Change
{
    qint64 seq = 0;
    QString entity;
    QString uuid;
    QString operation; // "add", "upsert", "delete" (a tombstone)
    QJsonObject payload;
    QString originDesk;
    QString changedAt;
};

struct ChangePage
{
    QList<Change> changes;
    qint64 next = 0;
    bool more = false;
};

struct ApiRange
{
    int min = 0;
    int max = 0;
    bool contains(int version) const { return version >= min && version <= max; }
};

// Parsing and writing the JSON bodies. Parsers never trust their input: anything malformed becomes an
// Error::invalid naming what is wrong (they are fuzzed, see fuzz/).
class Protocol
{
    Q_DECLARE_TR_FUNCTIONS(td::sync::Protocol)

public:
    static Result<PushRequest> parsePushRequest(const QByteArray& body);
    static QByteArray toJson(const PushRequest& request);

    static Result<PushResponse> parsePushResponse(const QByteArray& body);
    static QByteArray toJson(const PushResponse& response);
    static QJsonObject toJson(const MutationResult& result);
    static Result<MutationResult> parseMutationResult(const QJsonObject& object);

    static Result<ChangePage> parseChangePage(const QByteArray& body);
    static QByteArray toJson(const ChangePage& page);
    static QJsonObject toJson(const Change& change);

    static Result<ApiRange> parseStatus(const QByteArray& body);

    // {"error": {"code", "message"}} bodies.
    static QByteArray errorBody(const QString& code, const QString& message);
    // The message and the code of an error body, or empty when the body is not one.
    static QString errorMessage(const QByteArray& body);
    static QString errorCode(const QByteArray& body);

    static bool isKnownOperation(const QString& operation);
    // A desk code: up to four capital letters or digits ("" on a center's only desk).
    static bool isDeskCode(const QString& code);
};

} // namespace td::sync
