#include "SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace td::sync {

namespace {

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(Protocol::tr("The body is not a JSON object."));
    return doc.object();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON number that is an exact, non-negative integer (JSON numbers are doubles).
bool toSequence(const QJsonValue& value, qint64& out)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= 9007199254740992.0) || d != static_cast<double>(static_cast<qint64>(d)))
        return false;
    out = static_cast<qint64>(d);
    return true;
}

bool isStatus(const QString& status)
{
    return status == QLatin1String("applied") || status == QLatin1String("duplicate")
        || status == QLatin1String("merged") || status == QLatin1String("rejected");
}

} // namespace

bool Protocol::isKnownOperation(const QString& operation)
{
    return operation == QLatin1String("add") || operation == QLatin1String("upsert")
        || operation == QLatin1String("delete");
}

Result<PushRequest> Protocol::parsePushRequest(const QByteArray& body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    PushRequest request;
    request.deskId = object->value(QLatin1String("desk_id")).toString();
    if (request.deskId.isEmpty() || request.deskId.size() > 64)
        return Error::invalid(tr("desk_id is missing or too long."), QStringLiteral("desk_id"));
    if (object->contains(QLatin1String("desk_code"))) {
        const QJsonValue value = object->value(QLatin1String("desk_code"));
        if (!value.isString() || !isDeskCode(value.toString()))
            return Error::invalid(
                tr("desk_code must be up to four capital letters or digits."), QStringLiteral("desk_code"));
        request.deskCode = value.toString();
    }
    const QJsonValue list = object->value(QLatin1String("mutations"));
    if (!list.isArray())
        return Error::invalid(tr("mutations must be an array."), QStringLiteral("mutations"));
    const QJsonArray array = list.toArray();
    if (array.size() > kMaxBatch)
        return Error::invalid(tr("A batch holds at most %1 mutations.").arg(kMaxBatch), QStringLiteral("mutations"));
    qint64 previous = 0;
    for (const QJsonValue& item : array) {
        if (!item.isObject())
            return Error::invalid(tr("Every mutation must be an object."), QStringLiteral("mutations"));
        const QJsonObject m = item.toObject();
        Mutation mutation;
        mutation.id = m.value(QLatin1String("id")).toString();
        mutation.entity = m.value(QLatin1String("entity")).toString();
        mutation.uuid = m.value(QLatin1String("uuid")).toString();
        mutation.operation = m.value(QLatin1String("operation")).toString();
        mutation.editedAt = m.value(QLatin1String("edited_at")).toString();
        if (mutation.id.isEmpty() || mutation.id.size() > 64)
            return Error::invalid(tr("A mutation has no id."), QStringLiteral("id"));
        if (!toSequence(m.value(QLatin1String("seq")), mutation.seq) || mutation.seq <= previous)
            return Error::invalid(
                tr("Mutation %1: seq must be a positive integer above the previous one.").arg(mutation.id),
                QStringLiteral("seq"));
        previous = mutation.seq;
        if (!m.value(QLatin1String("payload")).isObject())
            return Error::invalid(
                tr("Mutation %1: payload must be an object.").arg(mutation.id), QStringLiteral("payload"));
        mutation.payload = m.value(QLatin1String("payload")).toObject();
        request.mutations.append(std::move(mutation));
    }
    return request;
}

QByteArray Protocol::toJson(const PushRequest& request)
{
    QJsonArray mutations;
    for (const Mutation& m : request.mutations)
        mutations.append(QJsonObject {{QStringLiteral("id"), m.id}, {QStringLiteral("seq"), m.seq},
            {QStringLiteral("entity"), m.entity}, {QStringLiteral("uuid"), m.uuid},
            {QStringLiteral("operation"), m.operation}, {QStringLiteral("edited_at"), m.editedAt},
            {QStringLiteral("payload"), m.payload}});
    QJsonObject object {{QStringLiteral("desk_id"), request.deskId}, {QStringLiteral("mutations"), mutations}};
    if (request.deskCode)
        object.insert(QStringLiteral("desk_code"), *request.deskCode);
    return compact(object);
}

Result<MutationResult> Protocol::parseMutationResult(const QJsonObject& r)
{
    MutationResult result;
    result.id = r.value(QLatin1String("id")).toString();
    result.status = r.value(QLatin1String("status")).toString();
    result.canonicalUuid = r.value(QLatin1String("canonical_uuid")).toString();
    result.reason = r.value(QLatin1String("reason")).toString();
    result.overridden = r.value(QLatin1String("overridden")).toObject();
    if (result.id.isEmpty() || !isStatus(result.status))
        return Error::invalid(tr("A push result has no id or an unknown status."), QStringLiteral("results"));
    return result;
}

Result<PushResponse> Protocol::parsePushResponse(const QByteArray& body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    PushResponse response;
    if (!toSequence(object->value(QLatin1String("acknowledged_seq")), response.acknowledgedSeq))
        return Error::invalid(tr("acknowledged_seq is missing."), QStringLiteral("acknowledged_seq"));
    const QJsonValue list = object->value(QLatin1String("results"));
    if (!list.isArray())
        return Error::invalid(tr("results must be an array."), QStringLiteral("results"));
    for (const QJsonValue& item : list.toArray()) {
        auto result = parseMutationResult(item.toObject());
        if (!result)
            return result.error();
        response.results.append(std::move(result.value()));
    }
    return response;
}

QJsonObject Protocol::toJson(const MutationResult& result)
{
    QJsonObject r {{QStringLiteral("id"), result.id}, {QStringLiteral("status"), result.status}};
    if (!result.canonicalUuid.isEmpty())
        r.insert(QStringLiteral("canonical_uuid"), result.canonicalUuid);
    if (!result.reason.isEmpty())
        r.insert(QStringLiteral("reason"), result.reason);
    if (!result.overridden.isEmpty())
        r.insert(QStringLiteral("overridden"), result.overridden);
    return r;
}

QByteArray Protocol::toJson(const PushResponse& response)
{
    QJsonArray results;
    for (const MutationResult& result : response.results)
        results.append(toJson(result));
    return compact(QJsonObject {
        {QStringLiteral("acknowledged_seq"), response.acknowledgedSeq}, {QStringLiteral("results"), results}});
}

Result<ChangePage> Protocol::parseChangePage(const QByteArray& body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    ChangePage page;
    if (!toSequence(object->value(QLatin1String("next")), page.next))
        return Error::invalid(tr("next is missing."), QStringLiteral("next"));
    page.more = object->value(QLatin1String("more")).toBool();
    const QJsonValue list = object->value(QLatin1String("changes"));
    if (!list.isArray())
        return Error::invalid(tr("changes must be an array."), QStringLiteral("changes"));
    qint64 previous = 0;
    for (const QJsonValue& item : list.toArray()) {
        const QJsonObject c = item.toObject();
        Change change;
        change.entity = c.value(QLatin1String("entity")).toString();
        change.uuid = c.value(QLatin1String("uuid")).toString();
        change.operation = c.value(QLatin1String("operation")).toString();
        change.payload = c.value(QLatin1String("payload")).toObject();
        change.originDesk = c.value(QLatin1String("origin_desk")).toString();
        change.changedAt = c.value(QLatin1String("changed_at")).toString();
        if (!toSequence(c.value(QLatin1String("seq")), change.seq) || change.seq <= previous || change.seq > page.next)
            return Error::invalid(tr("A change has a missing or out-of-order seq."), QStringLiteral("seq"));
        previous = change.seq;
        if (change.entity.isEmpty() || change.uuid.isEmpty() || !isKnownOperation(change.operation))
            return Error::invalid(tr("Change %1 lacks an entity, a uuid or a known operation.").arg(change.seq),
                QStringLiteral("changes"));
        page.changes.append(std::move(change));
    }
    return page;
}

QJsonObject Protocol::toJson(const Change& change)
{
    return QJsonObject {{QStringLiteral("seq"), change.seq}, {QStringLiteral("entity"), change.entity},
        {QStringLiteral("uuid"), change.uuid}, {QStringLiteral("operation"), change.operation},
        {QStringLiteral("payload"), change.payload},
        {QStringLiteral("origin_desk"),
            change.originDesk.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(change.originDesk)},
        {QStringLiteral("changed_at"), change.changedAt}};
}

QByteArray Protocol::toJson(const ChangePage& page)
{
    QJsonArray changes;
    for (const Change& change : page.changes)
        changes.append(toJson(change));
    return compact(QJsonObject {{QStringLiteral("changes"), changes}, {QStringLiteral("next"), page.next},
        {QStringLiteral("more"), page.more}});
}

Result<ApiRange> Protocol::parseStatus(const QByteArray& body)
{
    auto object = parseObject(body);
    if (!object)
        return object.error();
    const QJsonObject api = object->value(QLatin1String("api")).toObject();
    ApiRange range {api.value(QLatin1String("min")).toInt(-1), api.value(QLatin1String("max")).toInt(-1)};
    if (range.min < 1 || range.max < range.min)
        return Error::invalid(tr("The server did not say which API versions it speaks."), QStringLiteral("api"));
    return range;
}

QByteArray Protocol::errorBody(const QString& code, const QString& message)
{
    return compact(QJsonObject {
        {QStringLiteral("error"), QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
}

QString Protocol::errorMessage(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.object().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
}

bool Protocol::isDeskCode(const QString& code)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z0-9]{0,4}$"));
    return form.match(code).hasMatch();
}

QString Protocol::errorCode(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

} // namespace td::sync
