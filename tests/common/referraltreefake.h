// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An in-memory referral tree behind ReferralTreeModel's loaders, for tests and the benchmark.
// Answers are deferred to the event loop (like real requests) unless `synchronous` is set.

#include "models/referraltreemodel.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

class FakeReferralTree final : public QObject {
public:
    explicit FakeReferralTree(QObject *parent = nullptr)
        : QObject(parent) {}

    int pageSize = 3;
    int rootPageSize = 0; // 0: pageSize
    bool synchronous = false;
    // Parents ("" for the roots) whose next request fails once.
    QSet<QString> failOnce;
    // Every request, in order: "roots:1", "grace:1", ...
    QStringList requests;
    // Answers still on their way.
    int pending = 0;

    // Adds a customer under `parent` ("" for a root), keeping referrals_count right.
    void add(const QString &id, const QString &parent = QString()) {
        Customer customer;
        customer.id = id;
        customer.name = id.left(1).toUpper() + id.mid(1);
        customer.surname = QStringLiteral("Tester");
        customer.email = id + QStringLiteral("@example.org");
        customer.status = QStringLiteral("active");
        customer.approved = true;
        customer.referralsCount = 0;
        if (!parent.isEmpty()) {
            CustomerRef ref;
            ref.id = parent;
            customer.referringCustomer = ref;
            m_children[parent].append(id);
            ++m_customers[parent].referralsCount;
        } else {
            m_roots.append(id);
        }
        m_customers.insert(id, customer);
    }

    Customer customer(const QString &id) const { return m_customers.value(id); }
    // The chain from the root down to `id`.
    QList<Customer> chainTo(const QString &id) const {
        QList<Customer> chain;
        QString at = id;
        while (!at.isEmpty()) {
            const Customer customer = m_customers.value(at);
            chain.prepend(customer);
            at = customer.referringCustomer ? customer.referringCustomer->id : QString();
        }
        return chain;
    }
    QStringList idsTo(const QString &id) const {
        QStringList ids;
        for (const Customer &customer : chainTo(id))
            ids.append(customer.id);
        return ids;
    }

    ReferralTreeModel::RootLoader rootLoader() {
        return [this](int page, const ReferralTreeModel::PageCallback &done) {
            serve(QString(), page, done);
        };
    }
    ReferralTreeModel::ChildLoader childLoader() {
        return
            [this](const QString &parentId, int page, const ReferralTreeModel::PageCallback &done) {
                serve(parentId, page, done);
            };
    }
    void attach(ReferralTreeModel &model) { model.setLoaders(rootLoader(), childLoader()); }

    Page<Customer> pageOf(const QString &parentId, int page) const {
        const QStringList ids = parentId.isEmpty() ? m_roots : m_children.value(parentId);
        const int size = parentId.isEmpty() && rootPageSize > 0 ? rootPageSize : pageSize;
        Page<Customer> result;
        const qsizetype first = qsizetype(page - 1) * size;
        for (qsizetype i = first; i < qMin(first + size, ids.size()); ++i)
            result.items.append(m_customers.value(ids.at(i)));
        result.info.currentPage = page;
        result.info.perPage = size;
        result.info.from = result.items.isEmpty() ? 0 : int(first) + 1;
        result.info.to = result.items.isEmpty() ? 0 : int(first + result.items.size());
        result.info.hasPrev = page > 1;
        result.info.hasNext = first + size < ids.size();
        return result;
    }

private:
    void serve(const QString &parentId, int page, const ReferralTreeModel::PageCallback &done) {
        requests.append((parentId.isEmpty() ? QStringLiteral("roots") : parentId) +
                        QLatin1Char(':') + QString::number(page));
        QString error;
        Page<Customer> result;
        if (failOnce.remove(parentId))
            error = QStringLiteral("The server could not be reached.");
        else
            result = pageOf(parentId, page);
        if (synchronous) {
            done(result, error);
            return;
        }
        ++pending;
        QTimer::singleShot(0, this, [this, done, result, error] {
            --pending;
            done(result, error);
        });
    }

    QStringList m_roots;
    QHash<QString, QStringList> m_children;
    QHash<QString, Customer> m_customers;
};
