// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the sandbox's reading of a request, without a socket. The input is
//
//   <selector byte><method> <request target>\n<X-Sandbox-Fault value>\n<body>
//
// The selector's lowest bit picks the program (affiliate or refer-a-friend); the request
// target goes through readRequestTarget() as SandboxServer::handleRequest() does, then to the
// program's handlers (routing, query and JSON body validation, the stores). The fault header
// goes to FaultSpec::parse(), and the body also to SandboxState::deserialize() (the --data
// file); a state that loads answers the same request.

#include "app/sandbox/core/affiliateapi.h"
#include "app/sandbox/core/faultspec.h"
#include "app/sandbox/core/referralapi.h"
#include "app/sandbox/core/requesttarget.h"
#include "app/sandbox/core/sandboxstate.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>

namespace {

constexpr int SeededCustomers = 12; // enough for pages, keys and referrals; quick to reseed

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const bool referral = (data[0] & 1) != 0;
    const QByteArray rest = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1,
                                                    static_cast<qsizetype>(size) - 1);
    const qsizetype lineEnd = rest.indexOf('\n');
    const QByteArray requestLine = lineEnd < 0 ? rest : rest.left(lineEnd);
    QByteArray afterLine = lineEnd < 0 ? QByteArray() : rest.mid(lineEnd + 1);
    const qsizetype faultEnd = afterLine.indexOf('\n');
    const QByteArray faultHeader = faultEnd < 0 ? afterLine : afterLine.left(faultEnd);
    const QByteArray body = faultEnd < 0 ? QByteArray() : afterLine.mid(faultEnd + 1);

    const qsizetype space = requestLine.indexOf(' ');
    sandbox::ApiRequest request;
    request.method = space < 0 ? requestLine : requestLine.left(space);
    const QByteArray target = space < 0 ? QByteArray("/") : requestLine.mid(space + 1);
    sandbox::readRequestTarget(QUrl::fromEncoded(target), &request);
    request.body = body;
    request.origin = QStringLiteral("http://127.0.0.1:8080");
    // The server answers /v1/... with the program handlers; the rest is routed before them.
    if (!request.segments.isEmpty() && request.segments.first() == QLatin1String("v1"))
        request.segments.removeFirst();

    // Seeded once; a request that changed it seeds it again, so that every input meets the
    // same state and a finding replays alone.
    static sandbox::SandboxState state(SeededCustomers, 1);
    sandbox::ApiResponse response;
    if (referral) {
        sandbox::ReferralApi api(state.referral(), state.invites());
        response = api.handle(request);
    } else {
        sandbox::AffiliateApi api(state.affiliate());
        response = api.handle(request);
    }
    if (response.changed)
        state.reseed();

    sandbox::FaultSpec fault;
    QString reason;
    (void)sandbox::FaultSpec::parse(QString::fromUtf8(faultHeader), &fault, &reason);

    // A --data file as the body: when it loads, the request runs against what it holds.
    if (body.startsWith('{')) {
        sandbox::SandboxState loaded(0, 1);
        if (loaded.deserialize(body, &reason)) {
            sandbox::AffiliateApi affiliate(loaded.affiliate());
            (void)affiliate.handle(request);
            sandbox::ReferralApi referralApi(loaded.referral(), loaded.invites());
            (void)referralApi.handle(request);
        }
    }
    return 0;
}
