// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Made-up customers of both program kinds, stored straight into a CustomerIndex the way a
// sync stores pages: for tests and benchmarks of what reads the index (tables, filters,
// sorts) without the sandbox. Deterministic: customer n is the same in every run.

#include "app/index/customerindex.h"
#include "models/customerrecord.h"
#include "models/programkind.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class MadeUpCustomers final {
public:
    static QStringList firstNames() {
        return {QStringLiteral("Noah"),   QStringLiteral("Emma"),  QStringLiteral("Liam"),
                QStringLiteral("Olivia"), QStringLiteral("Jörg"),  QStringLiteral("Élodie"),
                QStringLiteral("Mia"),    QStringLiteral("Lucas"), QStringLiteral("Sofia"),
                QStringLiteral("Arjun"),  QStringLiteral("Hana"),  QStringLiteral("Mateo"),
                QStringLiteral("Chloé"),  QStringLiteral("Yusuf"), QStringLiteral("Ingrid")};
    }
    static QStringList surnames() {
        return {QStringLiteral("Walker"), QStringLiteral("Müller"),   QStringLiteral("Smith"),
                QStringLiteral("Dubois"), QStringLiteral("Rossi"),    QStringLiteral("Novak"),
                QStringLiteral("Garcia"), QStringLiteral("Kowalski"), QStringLiteral("Berg"),
                QStringLiteral("Tanaka"), QStringLiteral("Okafor"),   QStringLiteral("Larsen"),
                QStringLiteral("Silva")};
    }
    static QStringList partners() {
        return {QStringLiteral("partner_a"), QStringLiteral("partner_b"),
                QStringLiteral("partner_c"), QStringLiteral("partner_d")};
    }
    static QStringList affiliateStatuses() {
        return {QStringLiteral("active"), QStringLiteral("active"), QStringLiteral("suspended"),
                QStringLiteral("pending")};
    }
    static QStringList tags() {
        return {QStringLiteral("vip"), QStringLiteral("newsletter"), QStringLiteral("b2b")};
    }
    static QDateTime createdOf(int n) {
        // One customer every 17 minutes from the start of 2024: a few thousand span weeks,
        // 100,000 span about three years.
        static const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        return start.addSecs(qint64(n) * 17 * 60);
    }
    static QDateTime updatedOf(int n) { return createdOf(n).addDays(n % 40); }

    // Customer n of an affiliate program: key c<n>, a partner, a status, tags.
    static CustomerRecord affiliate(int n) {
        CustomerRecord record;
        Customer &c = record.customer;
        c.key = affiliateKey(n);
        c.name = firstNames().at(n % firstNames().size());
        c.surname = surnames().at((n / 3) % surnames().size());
        c.email = QStringLiteral("%1.%2@example.com")
                      .arg(c.key, QStringLiteral("mail%1").arg((n * 7919) % 100003));
        c.partner = partners().at(n % partners().size());
        c.status = affiliateStatuses().at(n % affiliateStatuses().size());
        if (n % 5 == 0)
            c.tags.append(tags().at(0));
        if (n % 2 == 0)
            c.tags.append(tags().at(1));
        if (n % 7 == 0)
            c.tags.append(tags().at(2));
        c.createdAt = createdOf(n);
        c.updatedAt = updatedOf(n);
        record.json = jsonOf(c);
        return record;
    }

    // Customer n of a refer-a-friend program: id r<n>; every third one was referred by
    // customer n / 3.
    static CustomerRecord referAFriend(int n) {
        CustomerRecord record;
        Customer &c = record.customer;
        c.id = referId(n);
        c.name = firstNames().at(n % firstNames().size());
        c.surname = surnames().at((n / 3) % surnames().size());
        c.email = QStringLiteral("%1.%2@example.org")
                      .arg(c.id, QStringLiteral("mail%1").arg((n * 7919) % 100003));
        c.status = n % 4 == 3 ? QStringLiteral("archived") : QStringLiteral("active");
        if (n > 0 && n % 3 == 0) {
            CustomerRef ref;
            ref.id = referId(n / 3);
            c.referringCustomer = ref;
        }
        c.referralsCount = n % 6;
        c.createdAt = createdOf(n);
        c.updatedAt = updatedOf(n);
        record.json = jsonOf(c);
        return record;
    }
    static QString affiliateKey(int n) {
        return QStringLiteral("c%1").arg(n, 6, 10, QLatin1Char('0'));
    }
    static QString referId(int n) { return QStringLiteral("r%1").arg(n, 6, 10, QLatin1Char('0')); }

    static QList<CustomerRecord> many(ProgramKind kind, int count) {
        QList<CustomerRecord> records;
        records.reserve(count);
        for (int n = 0; n < count; ++n)
            records.append(kind == ProgramKind::ReferAFriend ? referAFriend(n) : affiliate(n));
        return records;
    }

    // Stores `records` as one complete pass of `pageSize` pages; false when the index refused.
    static bool store(CustomerIndex &index, ProgramKind kind, const QList<CustomerRecord> &records,
                      int pageSize = 250) {
        const qint64 pass = index.beginPass(kind, pageSize);
        if (pass == 0)
            return false;
        const int pages = qMax(1, int((records.size() + pageSize - 1) / pageSize));
        for (int page = 1; page <= pages; ++page) {
            if (!index.storePage(pass, page, records.mid((page - 1) * pageSize, pageSize),
                                 page == pages))
                return false;
        }
        return index.completePass(pass);
    }

private:
    static QByteArray jsonOf(const Customer &c) {
        return QJsonDocument(QJsonObject{{QStringLiteral("key"), c.key},
                                         {QStringLiteral("id"), c.id},
                                         {QStringLiteral("email"), c.email},
                                         {QStringLiteral("name"), c.name},
                                         {QStringLiteral("surname"), c.surname}})
            .toJson(QJsonDocument::Compact);
    }
};
