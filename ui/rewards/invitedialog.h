// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/api/apierror.h"
#include "models/requests.h"
#include "ui/widgets/dialogparts.h"

#include <QDialog>
#include <QPointer>

class ApiCall;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class Session;

// Invites one person to the refer-a-friend program (POST /customers:invite): e-mail
// (required), name, and personalization pairs for the invitation e-mail. The dialog stays
// open after a success so that the next person can be invited; "Send" is locked from the click
// until the answer. After an unknown outcome (timeout, dropped connection) nothing is sent
// again unless the person confirms it. Object names on the widgets for tests.
class InviteDialog final : public QDialog {
    Q_OBJECT

public:
    explicit InviteDialog(Session *session, QWidget *parent = nullptr);
    ~InviteDialog() override;

    void setEmail(const QString &email);
    // The request the form describes now (personalization rows with an empty key left out).
    InviteRequest request() const;
    bool isSending() const { return m_sending; }

Q_SIGNALS:
    void invited(const QString &email);

public Q_SLOTS:
    void reject() override; // refused while an invitation is on its way

private:
    void addPair(const QString &key = QString(), const QString &value = QString());
    void removeSelectedPairs();
    void updateState();
    QString pairsProblem() const;
    void send();
    void onAnswered(const InviteRequest &sent, const ApiError &error);
    void showBanner(DialogParts::Tone tone, const QString &text);

    QPointer<Session> m_session;
    QLineEdit *m_email;
    QLabel *m_emailProblem;
    QLineEdit *m_name;
    QTableWidget *m_pairs;
    QLabel *m_pairsProblem;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_send;
    QPushButton *m_close;
    bool m_sending = false;
    bool m_emailTouched = false;
    QString m_unknownEmail; // the address whose last invitation has an unknown outcome
};
