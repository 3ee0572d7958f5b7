// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/sandboxoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("SandboxOptions", text);
}

bool parseNumber(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                 qint64 *value, QString *error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < min || parsed > max) {
        *error = tr("--%1 needs a whole number from %2 to %3.").arg(name).arg(min).arg(max);
        return false;
    }
    *value = parsed;
    return true;
}

bool validKey(const QString &key) {
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        if (c.isSpace() || c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}
} // namespace

bool SandboxOptions::parse(const QStringList &arguments, SandboxOptions *options, QString *error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local, stateful emulator of the Partnero customers API, with an affiliate "
           "program and a refer-a-friend program, seeded demo data and fault injection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> all{
        {u"port"_s, tr("Port to listen on; 0 picks a free one (default 8080)."), u"N"_s},
        {u"bind"_s, tr("Address to listen on (default 127.0.0.1)."), u"ADDRESS"_s},
        {u"affiliate-key"_s, tr("API key of the affiliate program."), u"KEY"_s},
        {u"referral-key"_s, tr("API key of the refer-a-friend program."), u"KEY"_s},
        {u"customers"_s, tr("Seeded customers per program (default 2000)."), u"N"_s},
        {u"seed"_s, tr("Seed of the generated data (default 1)."), u"S"_s},
        {u"latency-ms"_s, tr("Delay every API answer by MS milliseconds."), u"MS"_s},
        {u"latency-jitter-ms"_s, tr("Add a random delay of 0 to MS milliseconds."), u"MS"_s},
        {u"data"_s, tr("Load the state from FILE if it exists and save every change to it."),
         u"FILE"_s},
        {u"variant"_s,
         tr("Which reading of what the API reference leaves open: doc (the default) or alt "
            "(search as one object, unpaginated referrals, 422 errors as strings, a partner "
            "named by its id, a credit answered without the balance)."),
         u"NAME"_s},
    };
    parser.addOptions(all);
    parser.process(arguments);

    SandboxOptions result;
    qint64 number = 0;
    number = result.port;
    if (!parseNumber(parser, u"port"_s, 0, 65535, &number, error))
        return false;
    result.port = quint16(number);
    number = result.customers;
    if (!parseNumber(parser, u"customers"_s, 0, 2000000, &number, error))
        return false;
    result.customers = int(number);
    number = result.seed;
    if (!parseNumber(parser, u"seed"_s, 0, 4294967295LL, &number, error))
        return false;
    result.seed = quint32(number);
    number = 0;
    if (!parseNumber(parser, u"latency-ms"_s, 0, 600000, &number, error))
        return false;
    result.latencyMs = int(number);
    number = 0;
    if (!parseNumber(parser, u"latency-jitter-ms"_s, 0, 600000, &number, error))
        return false;
    result.latencyJitterMs = int(number);
    if (parser.isSet(u"bind"_s)) {
        const QString value = parser.value(u"bind"_s);
        result.bindAddress =
            value == "localhost"_L1 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(value);
        if (result.bindAddress.isNull()) {
            *error = tr("--bind needs an IP address such as 127.0.0.1.");
            return false;
        }
    }
    if (parser.isSet(u"affiliate-key"_s))
        result.affiliateKey = parser.value(u"affiliate-key"_s);
    if (parser.isSet(u"referral-key"_s))
        result.referralKey = parser.value(u"referral-key"_s);
    if (!validKey(result.affiliateKey) || !validKey(result.referralKey)) {
        *error = tr("An API key must be printable ASCII without spaces.");
        return false;
    }
    if (result.affiliateKey == result.referralKey) {
        *error = tr("The two programs need different API keys.");
        return false;
    }
    if (parser.isSet(u"data"_s)) {
        result.dataFile = parser.value(u"data"_s);
        if (result.dataFile.isEmpty()) {
            *error = tr("--data needs a file name.");
            return false;
        }
    }
    if (parser.isSet(u"variant"_s) &&
        !apiVariantFromName(parser.value(u"variant"_s), &result.variant)) {
        *error = tr("--variant needs doc or alt.");
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return false;
    }
    *options = result;
    return true;
}

} // namespace sandbox
