// Feeds arbitrary bytes to every sync payload parser: none may crash, hang or accept what it cannot
// write back out again.
#include "sync/SyncProtocol.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using td::sync::Protocol;
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    if (auto request = Protocol::parsePushRequest(body)) {
        // What was accepted survives a round trip unchanged.
        auto again = Protocol::parsePushRequest(Protocol::toJson(request.value()));
        if (!again || again->mutations.size() != request->mutations.size() || again->deskId != request->deskId)
            __builtin_trap();
    }
    if (auto response = Protocol::parsePushResponse(body)) {
        auto again = Protocol::parsePushResponse(Protocol::toJson(response.value()));
        if (!again || again->results.size() != response->results.size())
            __builtin_trap();
    }
    if (auto page = Protocol::parseChangePage(body)) {
        auto again = Protocol::parseChangePage(Protocol::toJson(page.value()));
        if (!again || again->changes.size() != page->changes.size() || again->next != page->next)
            __builtin_trap();
    }
    (void)Protocol::parseStatus(body);
    (void)Protocol::errorMessage(body);
    return 0;
}
