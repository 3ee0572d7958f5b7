// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/core/seeder.h"

#include "app/sandbox/core/affiliatestore.h"
#include "app/sandbox/core/referralstore.h"

#include <QDate>
#include <QRandomGenerator>

#include <algorithm>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace sandbox {

namespace {

// 2023-01-01T00:00:00Z .. 2025-06-30T00:00:00Z: seeded records are created in this range, in
// creation order, so the data does not depend on the day the sandbox runs.
constexpr qint64 SeedStart = 1672531200;
constexpr qint64 SeedEnd = 1751241600;
constexpr qint64 Day = 86400;

struct PoolEntry {
    const char *name;  // UTF-8
    const char *ascii; // for e-mail addresses and keys
};

// Names in several scripts so the console meets accents, CJK, right-to-left text,
// Cyrillic and Greek in every list.
const PoolEntry EnglishFirst[] = {
    {"James", "james"},         {"Mary", "mary"},     {"John", "john"},
    {"Patricia", "patricia"},   {"Robert", "robert"}, {"Jennifer", "jennifer"},
    {"Michael", "michael"},     {"Linda", "linda"},   {"William", "william"},
    {"Elizabeth", "elizabeth"}, {"David", "david"},   {"Susan", "susan"},
    {"Olivia", "olivia"},       {"Noah", "noah"},     {"Emma", "emma"},
    {"Liam", "liam"},           {"Sophia", "sophia"}, {"Oliver", "oliver"},
    {"Chloe", "chloe"},         {"Harry", "harry"}};
const PoolEntry EnglishLast[] = {
    {"Smith", "smith"},       {"Johnson", "johnson"}, {"Williams", "williams"},
    {"Brown", "brown"},       {"Jones", "jones"},     {"Miller", "miller"},
    {"Davis", "davis"},       {"Wilson", "wilson"},   {"Taylor", "taylor"},
    {"Anderson", "anderson"}, {"Thomas", "thomas"},   {"Moore", "moore"},
    {"Martin", "martin"},     {"Lee", "lee"},         {"O'Brien", "obrien"},
    {"McDonald", "mcdonald"}, {"Clark", "clark"},     {"Walker", "walker"}};
const PoolEntry LatinFirst[] = {
    {"José", "jose"},     {"María", "maria"},           {"François", "francois"},
    {"Zoë", "zoe"},       {"Björn", "bjorn"},           {"Søren", "soren"},
    {"Łukasz", "lukasz"}, {"Małgorzata", "malgorzata"}, {"Jürgen", "jurgen"},
    {"Renée", "renee"},   {"Çağla", "cagla"},           {"Gökhan", "gokhan"},
    {"Thảo", "thao"},     {"Ángel", "angel"},           {"Éloïse", "eloise"},
    {"Jiří", "jiri"},     {"Ólafur", "olafur"},         {"Inês", "ines"}};
const PoolEntry LatinLast[] = {{"García", "garcia"},
                               {"Müller", "muller"},
                               {"Dvořák", "dvorak"},
                               {"Sørensen", "sorensen"},
                               {"Wójcik", "wojcik"},
                               {"Çelik", "celik"},
                               {"Nguyễn", "nguyen"},
                               {"Lefèvre", "lefevre"},
                               {"Núñez", "nunez"},
                               {"Åberg", "aberg"},
                               {"Gómez", "gomez"},
                               {"Schäfer", "schafer"},
                               {"Kovačević", "kovacevic"},
                               {"Öztürk", "ozturk"},
                               {"Ferreira-Sá", "ferreirasa"},
                               {"de la Fuente", "delafuente"},
                               {"van der Berg", "vanderberg"}};
const PoolEntry CyrillicFirst[] = {
    {"Иван", "ivan"},      {"Мария", "maria"},     {"Алексей", "aleksey"}, {"Ольга", "olga"},
    {"Дмитрий", "dmitry"}, {"Наталья", "natalya"}, {"Сергей", "sergey"},   {"Олена", "olena"}};
const PoolEntry CyrillicLast[] = {{"Петров", "petrov"},       {"Иванова", "ivanova"},
                                  {"Смирнов", "smirnov"},     {"Кузнецова", "kuznetsova"},
                                  {"Шевченко", "shevchenko"}, {"Попов", "popov"}};
const PoolEntry GreekFirst[] = {{"Γιώργος", "giorgos"},   {"Μαρία", "maria"},
                                {"Δημήτρης", "dimitris"}, {"Ελένη", "eleni"},
                                {"Νίκος", "nikos"},       {"Σοφία", "sofia"}};
const PoolEntry GreekLast[] = {{"Παπαδόπουλος", "papadopoulos"},
                               {"Οικονόμου", "oikonomou"},
                               {"Γεωργίου", "georgiou"},
                               {"Νικολάου", "nikolaou"}};
const PoolEntry CjkFirst[] = {{"伟", "wei"},      {"芳", "fang"},       {"秀英", "xiuying"},
                              {"静", "jing"},     {"さくら", "sakura"}, {"翔太", "shota"},
                              {"陽菜", "hina"},   {"結衣", "yui"},      {"민준", "minjun"},
                              {"서연", "seoyeon"}};
const PoolEntry CjkLast[] = {
    {"王", "wang"},     {"李", "li"},          {"张", "zhang"},    {"陈", "chen"}, {"佐藤", "sato"},
    {"鈴木", "suzuki"}, {"高橋", "takahashi"}, {"田中", "tanaka"}, {"김", "kim"},  {"박", "park"}};
const PoolEntry ArabicFirst[] = {{"محمد", "mohammed"}, {"فاطمة", "fatima"}, {"أحمد", "ahmed"},
                                 {"ليلى", "layla"},    {"عمر", "omar"},     {"نور", "nour"}};
const PoolEntry ArabicLast[] = {{"العلي", "alali"},
                                {"حداد", "haddad"},
                                {"الخطيب", "alkhatib"},
                                {"منصور", "mansour"},
                                {"الحسن", "alhassan"}};
const PoolEntry HebrewFirst[] = {{"דוד", "david"}, {"שרה", "sarah"},     {"יוסף", "yosef"},
                                 {"נועה", "noa"},  {"אברהם", "avraham"}, {"מיכל", "michal"}};
const PoolEntry HebrewLast[] = {
    {"כהן", "cohen"}, {"לוי", "levi"}, {"מזרחי", "mizrahi"}, {"פרץ", "peretz"}, {"ביטון", "biton"}};

struct Name {
    QString name;
    QString ascii;
};

struct Group {
    QList<Name> first;
    QList<Name> last;
    int weight;
};

template <std::size_t N> QList<Name> toNames(const PoolEntry (&entries)[N]) {
    QList<Name> names;
    names.reserve(qsizetype(N));
    for (const PoolEntry &entry : entries)
        names.append({QString::fromUtf8(entry.name), QString::fromLatin1(entry.ascii)});
    return names;
}

// The strings are made once and shared (implicitly) by every record that uses them.
class NameSource final {
public:
    NameSource() {
        m_groups = {{toNames(EnglishFirst), toNames(EnglishLast), 40},
                    {toNames(LatinFirst), toNames(LatinLast), 24},
                    {toNames(CyrillicFirst), toNames(CyrillicLast), 8},
                    {toNames(GreekFirst), toNames(GreekLast), 5},
                    {toNames(CjkFirst), toNames(CjkLast), 11},
                    {toNames(ArabicFirst), toNames(ArabicLast), 6},
                    {toNames(HebrewFirst), toNames(HebrewLast), 6}};
        for (const Group &group : std::as_const(m_groups))
            m_totalWeight += group.weight;
    }

    // One person: first and last name from the same script.
    std::pair<const Name *, const Name *> pick(QRandomGenerator &rng) const {
        int roll = int(rng.bounded(m_totalWeight));
        const Group *group = &m_groups.first();
        for (const Group &candidate : m_groups) {
            if (roll < candidate.weight) {
                group = &candidate;
                break;
            }
            roll -= candidate.weight;
        }
        const Name *first = &group->first.at(rng.bounded(int(group->first.size())));
        const Name *last = &group->last.at(rng.bounded(int(group->last.size())));
        return {first, last};
    }

private:
    QList<Group> m_groups;
    int m_totalWeight = 0;
};

const QString Domains[] = {u"example.com"_s, u"example.org"_s, u"example.net"_s};

struct Person {
    QString name;
    QString surname;
    QString email;
};

// Mostly ordinary people, with a few rows that test a console's edges: a missing name or
// surname, no e-mail, a very long surname, an emoji.
Person makePerson(const NameSource &names, QRandomGenerator &rng, int index, bool emailOptional) {
    const auto [first, last] = names.pick(rng);
    Person person;
    person.name = first->name;
    person.surname = last->name;
    const int oddity = int(rng.bounded(1000));
    if (oddity < 12)
        person.name = QString();
    else if (oddity < 35)
        person.surname = QString();
    else if (oddity < 38)
        person.surname = u"Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh"_s;
    else if (oddity < 40)
        person.name = first->name + u" \U0001F338"_s;
    if (emailOptional && rng.bounded(100) == 0)
        return person;
    const QString &domain = Domains[rng.bounded(3)];
    person.email = first->ascii + u'.' + last->ascii + QString::number(index) + u'@' + domain;
    return person;
}

qint64 createdAtFor(int index, int count, QRandomGenerator &rng) {
    const qint64 span = SeedEnd - SeedStart;
    return SeedStart + span * index / qMax(1, count) + rng.bounded(3600);
}

double roundTo(double value, int decimals) {
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

QString pickCurrency(QRandomGenerator &rng) {
    const int roll = int(rng.bounded(100));
    return roll < 70 ? u"USD"_s : roll < 90 ? u"EUR"_s : u"GBP"_s;
}

const QString Tags[] = {u"vip"_s,        u"new"_s,        u"premium"_s, u"trial"_s,
                        u"enterprise"_s, u"newsletter"_s, u"beta"_s,    u"churn-risk"_s,
                        u"früh-kunde"_s, u"常客"_s};
const QString ProductTypes[] = {u"monthly"_s, u"yearly"_s, u"one_time"_s};

void addAffiliateTransactions(AffiliateStore &store, AffiliateCustomer &customer, int count,
                              QRandomGenerator &rng, bool usdOnly) {
    for (int t = 0; t < count; ++t) {
        AffiliateTransaction transaction;
        transaction.key = store.nextTransactionKey();
        transaction.action = u"sale"_s;
        transaction.amount = double(999 + rng.bounded(49000)) / 100.0;
        transaction.amountUnits = usdOnly ? u"USD"_s : pickCurrency(rng);
        transaction.createdAt =
            qMin(SeedEnd, customer.createdAt + rng.bounded(120) * Day + rng.bounded(int(Day)));
        transaction.rewardAmount = roundTo(transaction.amount * 0.3, 3);
        transaction.rewardStatus = rng.bounded(100) < 85 ? u"ok"_s : u"pending"_s;
        if (rng.bounded(100) < 60) {
            transaction.productId = u"prod_%1"_s.arg(1 + rng.bounded(40));
            transaction.productType = ProductTypes[rng.bounded(3)];
        }
        customer.transactions.append(transaction);
    }
    std::sort(customer.transactions.begin(), customer.transactions.end(),
              [](const AffiliateTransaction &a, const AffiliateTransaction &b) {
                  return a.createdAt < b.createdAt;
              });
}

} // namespace

void Seeder::seedAffiliate(AffiliateStore &store, int customers, quint32 seed) {
    store.clear();
    const quint32 seedData[] = {seed, 0xAFF1u};
    QRandomGenerator rng(seedData, 2);
    const NameSource names;

    const int partnerCount = qMax(3, customers / 40);
    store.addPartner({u"prt_00001"_s, u"partner_acme"_s, u"partners@acme.example.com"_s, u"Acme"_s,
                      u"Partners"_s});
    for (int p = 1; p < partnerCount; ++p) {
        const auto [first, last] = names.pick(rng);
        Partner partner;
        partner.id = u"prt_%1"_s.arg(p + 1, 5, 10, QLatin1Char('0'));
        partner.key = first->ascii + u'_' + last->ascii + u'_' + QString::number(p + 1);
        partner.email =
            first->ascii + u'.' + last->ascii + QString::number(p + 1) + u"@partners.example.com"_s;
        partner.name = first->name;
        partner.surname = last->name;
        store.addPartner(partner);
    }
    if (customers <= 0)
        return;

    AffiliateCustomer alice;
    alice.key = u"alice_brown"_s;
    alice.email = u"alice.brown@example.com"_s;
    alice.name = u"Alice"_s;
    alice.surname = u"Brown"_s;
    alice.partner = 0;
    alice.tags = {u"vip"_s};
    alice.createdAt = SeedStart + 9 * 3600;
    alice.updatedAt = alice.createdAt + 30 * Day;
    addAffiliateTransactions(store, alice, 3, rng, true);
    store.add(alice);

    for (int i = 1; i < customers; ++i) {
        const Person person = makePerson(names, rng, i, true);
        AffiliateCustomer customer;
        customer.name = person.name;
        customer.surname = person.surname;
        customer.email = person.email;
        const int keyKind = int(rng.bounded(200));
        if (keyKind < 10 && !person.email.isEmpty())
            customer.key = person.email; // the docs suggest an e-mail as the key
        else if (keyKind == 10)
            customer.key = u"kunde-über-%1"_s.arg(i); // non-ASCII: the path must be encoded
        else if (keyKind == 11)
            customer.key = u"acct:%1+eu"_s.arg(i);
        else
            customer.key = u"cus_%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        if (store.findByKey(customer.key) >= 0)
            customer.key = u"cus_%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        // A few partners bring most customers, as in real programs.
        const double u = rng.generateDouble();
        customer.partner = qMin(partnerCount - 1, int(partnerCount * std::pow(u, 2.2)));
        const int tagRoll = int(rng.bounded(100));
        const int tagCount = tagRoll < 55 ? 0 : tagRoll < 85 ? 1 : tagRoll < 97 ? 2 : 3;
        for (int t = 0; t < tagCount; ++t) {
            const QString &tag = Tags[rng.bounded(int(std::size(Tags)))];
            if (!customer.tags.contains(tag))
                customer.tags.append(tag);
        }
        customer.suspended = rng.bounded(100) < 4;
        customer.createdAt = createdAtFor(i, customers, rng);
        customer.updatedAt = qMin(SeedEnd, customer.createdAt + rng.bounded(60) * Day);
        const int txRoll = int(rng.bounded(100));
        const int txCount = txRoll < 45 ? 0 : txRoll < 75 ? 1 : txRoll < 90 ? 2 : 3;
        addAffiliateTransactions(store, customer, txCount, rng, false);
        store.add(customer);
    }
}

namespace {

QString randomReferralKey(const ReferralStore &store, QRandomGenerator &rng) {
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (;;) {
        QString key(8, Qt::Uninitialized);
        for (int c = 0; c < 8; ++c)
            key[c] = QLatin1Char(alphabet[rng.bounded(32)]);
        if (!store.isTaken(key))
            return key;
    }
}

QString randomDateOfBirth(QRandomGenerator &rng) {
    // 1950-01-01 .. 2005-12-31
    const qint64 start = -631152000;
    const qint64 end = 1135987200;
    const qint64 seconds = start + qint64(rng.bounded(quint32((end - start) / Day))) * Day;
    return QDate(1970, 1, 1).addDays(seconds / Day).toString(Qt::ISODate);
}

// Purchases of `buyer` credited to its referrer, with rewards in money or points.
void addPurchases(ReferralStore &store, int buyer, int count, QRandomGenerator &rng, bool usdOnly) {
    const ReferralCustomer &customer = store.at(buyer);
    const int referrer = customer.referrer;
    if (referrer < 0)
        return;
    const qint64 createdAt = customer.createdAt;
    for (int t = 0; t < count; ++t) {
        ReferralTransaction transaction;
        transaction.key = store.nextTransactionKey();
        transaction.action = u"sale"_s;
        transaction.amount = double(999 + rng.bounded(29000)) / 100.0;
        transaction.amountUnits = usdOnly ? u"USD"_s : pickCurrency(rng);
        transaction.createdAt =
            qMin(SeedEnd, createdAt + rng.bounded(90) * Day + rng.bounded(int(Day)));
        transaction.referred = buyer;
        if (usdOnly || rng.bounded(100) < 70) {
            transaction.rewardUnits = transaction.amountUnits;
            transaction.rewardIsCurrency = true;
            transaction.rewardAmount = roundTo(transaction.amount * 0.1, 2);
        } else {
            transaction.rewardUnits = u"points"_s;
            transaction.rewardIsCurrency = false;
            transaction.rewardAmount = std::round(transaction.amount);
        }
        store.addTransaction(referrer, transaction);
    }
}

} // namespace

void Seeder::seedReferral(ReferralStore &store, int customers, quint32 seed) {
    store.clear();
    if (customers <= 0)
        return;
    const quint32 seedData[] = {seed, 0x4AFu};
    QRandomGenerator rng(seedData, 2);
    const NameSource names;
    QList<int> depth; // by slot; the root of a chain has depth 0
    int index = 0;

    const auto addCustomer = [&](ReferralCustomer customer, int count) {
        if (customer.id.isEmpty())
            customer.id = u"rc_%1"_s.arg(index, 6, 10, QLatin1Char('0'));
        if (customer.key.isEmpty())
            customer.key = randomReferralKey(store, rng);
        if (customer.createdAt == 0)
            customer.createdAt = createdAtFor(index, count, rng);
        customer.updatedAt = qMin(SeedEnd, customer.createdAt + rng.bounded(45) * Day);
        customer.clicks = int(rng.bounded(400));
        const int slot = store.add(customer);
        depth.append(store.at(slot).referrer >= 0 ? depth.at(store.at(slot).referrer) + 1 : 0);
        ++index;
        return slot;
    };
    const auto generated = [&](int referrer) {
        const Person person = makePerson(names, rng, index, true);
        ReferralCustomer customer;
        customer.name = person.name;
        customer.surname = person.surname;
        customer.email = person.email;
        customer.referrer = referrer;
        if (rng.bounded(100) < 60)
            customer.dateOfBirth = randomDateOfBirth(rng);
        return customer;
    };

    // Ada Lovelace: referrals three levels deep, rewards in US dollars.
    const int fixedCount = 12;
    const int total = qMax(customers, fixedCount);
    ReferralCustomer ada;
    ada.id = u"ada_lovelace"_s;
    ada.key = u"ADA1815"_s;
    ada.email = u"ada@example.com"_s;
    ada.name = u"Ada"_s;
    ada.surname = u"Lovelace"_s;
    ada.dateOfBirth = u"1815-12-10"_s;
    const int adaSlot = addCustomer(ada, total);
    const int a1 = addCustomer(generated(adaSlot), total);
    const int a2 = addCustomer(generated(adaSlot), total);
    const int b1 = addCustomer(generated(a1), total);
    const int b2 = addCustomer(generated(a1), total);
    const int c1 = addCustomer(generated(b1), total);
    addPurchases(store, a1, 2, rng, true);
    addPurchases(store, a2, 1, rng, true);
    addPurchases(store, b1, 1, rng, true);
    addPurchases(store, b2, 1, rng, false);
    addPurchases(store, c1, 1, rng, false);

    // Grace Hopper: the root of a referral chain six levels deep.
    ReferralCustomer grace;
    grace.id = u"grace_hopper"_s;
    grace.key = u"GRACE1906"_s;
    grace.email = u"grace@example.com"_s;
    grace.name = u"Grace"_s;
    grace.surname = u"Hopper"_s;
    grace.dateOfBirth = u"1906-12-09"_s;
    int previous = addCustomer(grace, total);
    for (int level = 1; level < 6; ++level) {
        const int slot = addCustomer(generated(previous), total);
        addPurchases(store, slot, 1, rng, false);
        previous = slot;
    }

    while (index < total) {
        int referrer = -1;
        if (rng.bounded(100) < 45) {
            // Mostly recent customers refer others, which makes chains several levels deep.
            // The well-known trees keep exactly the shape the docs describe.
            for (int attempt = 0; attempt < 4 && referrer < 0 && index > fixedCount; ++attempt) {
                const int window = qMin(index - fixedCount, 3000);
                const int candidate = index - 1 - int(rng.bounded(window));
                if (depth.at(candidate) < 5)
                    referrer = candidate;
            }
        }
        ReferralCustomer customer = generated(referrer);
        customer.archived = rng.bounded(100) < 3;
        const int slot = addCustomer(customer, total);
        if (referrer >= 0) {
            const int roll = int(rng.bounded(100));
            addPurchases(store, slot,
                         roll < 50   ? 0
                         : roll < 80 ? 1
                         : roll < 95 ? 2
                                     : 3,
                         rng, false);
        }
    }
}

} // namespace sandbox
