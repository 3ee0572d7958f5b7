// SPDX-License-Identifier: GPL-3.0-or-later
// JournalModel over real journal entries: shape, roles and reset signals, under
// QAbstractItemModelTester for the whole test.
#include "app/journal/journal.h"
#include "app/journal/journalmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

class TestJournalModel final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsAndColumns();
    void displayAndRoles();
    void resetSignals();

private:
    QList<JournalEntry> sample();

    QTemporaryDir *m_dir = nullptr;
    Journal *m_journal = nullptr;
    JournalModel *m_model = nullptr;
};

void TestJournalModel::init() {
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_journal = new Journal(m_dir->filePath(u"j.jsonl"_s));
    m_model = new JournalModel;
    // Alive as long as the model: every change below is checked.
    new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model);
}

void TestJournalModel::cleanup() {
    delete m_model;
    delete m_journal;
    delete m_dir;
}

QList<JournalEntry> TestJournalModel::sample() {
    const auto op = [](const QString &action, const QString &customer) {
        JournalOperation operation;
        operation.profileId = u"p1"_s;
        operation.profileName = u"Production"_s;
        operation.action = action;
        operation.customer = customer;
        operation.method = u"POST"_s;
        operation.path = u"/v1/customers/"_s + customer + u'/' + action;
        return operation;
    };
    const QString ok = m_journal->begin(op(u"suspend"_s, u"alice"_s));
    m_journal->finish(ok, JournalOutcome::Succeeded, 200, QString());
    const QString refused = m_journal->begin(op(u"update"_s, u"bob"_s));
    m_journal->finish(refused, JournalOutcome::NotMade, 422, u"The email is not valid."_s);
    const QString lost = m_journal->begin(op(u"delete"_s, u"carol"_s));
    m_journal->finish(lost, JournalOutcome::Unknown, 0, u"Connection closed."_s);
    m_journal->begin(op(u"revoke_archive"_s, u"dave"_s)); // no outcome: needs a decision
    const QString decided = m_journal->begin(op(u"archive"_s, u"erin"_s));
    m_journal->decide(decided, JournalDecision::NotMade);
    return m_journal->entries();
}

void TestJournalModel::rowsAndColumns() {
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(JournalModel::ColumnCount));
    m_model->setEntries(sample());
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->needingDecisionCount(), 2); // carol (unknown) and dave
    QCOMPARE(m_model->headerData(JournalModel::OutcomeColumn, Qt::Horizontal).toString(),
             u"Outcome"_s);
    QCOMPARE(m_model->headerData(JournalModel::HttpStatusColumn, Qt::Horizontal).toString(),
             u"HTTP status"_s);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0); // a table: no children
}

void TestJournalModel::displayAndRoles() {
    m_model->setEntries(sample());
    const auto text = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(text(0, JournalModel::ActionColumn), u"Suspend"_s);
    QCOMPARE(text(0, JournalModel::CustomerColumn), u"alice"_s);
    QCOMPARE(text(0, JournalModel::ProfileColumn), u"Production"_s);
    QCOMPARE(text(0, JournalModel::OutcomeColumn), u"Succeeded"_s);
    QCOMPARE(text(0, JournalModel::HttpStatusColumn), u"200"_s);
    QCOMPARE(text(1, JournalModel::OutcomeColumn), u"Not made"_s);
    QCOMPARE(text(1, JournalModel::DetailColumn), u"The email is not valid."_s);
    QCOMPARE(text(2, JournalModel::OutcomeColumn), u"Unknown"_s);
    QVERIFY(text(2, JournalModel::HttpStatusColumn).isEmpty()); // no HTTP answer
    QCOMPARE(text(3, JournalModel::ActionColumn), u"Restore"_s);
    QCOMPARE(text(3, JournalModel::OutcomeColumn), u"No outcome"_s);
    QCOMPARE(text(4, JournalModel::OutcomeColumn), u"No outcome"_s);
    QVERIFY(text(4, JournalModel::DecisionColumn).startsWith(u"It was not made ("_s));
    QVERIFY(text(3, JournalModel::DecisionColumn).isEmpty());
    QVERIFY(!text(0, JournalModel::TimeColumn).isEmpty());

    QVERIFY(!m_model->index(0, 0).data(JournalModel::NeedsDecisionRole).toBool());
    QVERIFY(m_model->index(2, 0).data(JournalModel::NeedsDecisionRole).toBool()); // unknown
    QVERIFY(m_model->index(3, 0).data(JournalModel::NeedsDecisionRole).toBool());
    QVERIFY(!m_model->index(4, 0).data(JournalModel::NeedsDecisionRole).toBool()); // decided
    QCOMPARE(m_model->index(3, 0).data(JournalModel::OpIdRole).toString(),
             m_model->entryAt(3).opId);
    QCOMPARE(m_model->index(1, 0).data(JournalModel::EntryRole).value<JournalEntry>().opId,
             m_model->entryAt(1).opId);
    QCOMPARE(m_model->index(0, JournalModel::TimeColumn).data(JournalModel::SortRole).typeId(),
             QMetaType::QDateTime);
    QCOMPARE(m_model->index(1, JournalModel::HttpStatusColumn).data(JournalModel::SortRole).toInt(),
             422);
    QVERIFY(m_model->index(3, JournalModel::OutcomeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Check the customer"_s));
    QVERIFY(m_model->index(0, JournalModel::ActionColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"POST /v1/customers/alice/suspend"_s));
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable));
}

void TestJournalModel::resetSignals() {
    QSignalSpy aboutToReset(m_model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->setEntries(sample());
    QCOMPARE(aboutToReset.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0); // one reset, not row by row
    m_model->clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
