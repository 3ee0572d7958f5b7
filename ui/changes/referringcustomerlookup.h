// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/customer.h"

#include <QList>
#include <QWidget>

#include <optional>

class LatestRequest;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Session;

// Picks the referring customer of a new refer-a-friend customer: search by key, id or email
// (customers:search), see the name, pick one. What was typed but not looked up is not a pick,
// so the form never sends an identifier nobody has checked.
class ReferringCustomerLookup final : public QWidget {
    Q_OBJECT

public:
    enum class By { Key, Id, Email };
    enum class State { Empty, Typed, Searching, Picked, NotFound, Failed };

    explicit ReferringCustomerLookup(Session *session, QWidget *parent = nullptr);

    State state() const { return m_state; }
    // The picked customer, when there is one.
    std::optional<CustomerRef> picked() const { return m_picked; }
    // What to send: referring_customer.key or .id (one of them), else both empty.
    QString referringKey() const;
    QString referringId() const;
    // Why the current input cannot be sent yet; empty when it can (nothing typed, or picked).
    QString problem() const;

    void setSearch(By by, const QString &value);
    // Starts the search for what is typed.
    void find();
    void clear();
    // Shows `ref` as picked without a search (tests, or a value known to be good).
    void setPicked(const CustomerRef &ref);

    QLineEdit *input() const { return m_input; }
    QComboBox *byCombo() const { return m_by; }
    QComboBox *choices() const { return m_choices; }
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    void changed();

private:
    By by() const;
    void onTyped();
    void showResults(const QList<Customer> &customers);
    void pick(int choice);
    void setState(State state, const QString &text);
    static CustomerRef refOf(const Customer &customer);

    Session *m_session;
    QComboBox *m_by;
    QLineEdit *m_input;
    QPushButton *m_find;
    QComboBox *m_choices;
    QLabel *m_result;
    LatestRequest *m_search;
    QList<Customer> m_found;
    std::optional<CustomerRef> m_picked;
    By m_pickedBy = By::Id;
    State m_state = State::Empty;
};
