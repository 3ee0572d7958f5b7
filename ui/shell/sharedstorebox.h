// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/profiles/profile.h"
#include "app/team/teamprogram.h"

#include <QGroupBox>
#include <QList>
#include <QMargins>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class CaFileField;
class TeamStoreProbe;

// "Shared store (PostgreSQL)" in a profile's connection settings: where the team's journal and
// customer index live, and which of its programs this profile files under. Unchecked, the
// profile keeps everything in local files. The password goes to the keychain (the caller
// saves password()); left empty, libpq looks in PGPASSWORD and ~/.pgpass, and a saved one is
// kept.
//
// "List programs" connects (on a thread of its own) and offers the programs the store holds;
// "Register…" files this program in the store under a name the team will recognise. Two
// consoles never file one program twice: the store refuses a name already taken and finds a
// program again by the id the API gives it.
class SharedStoreBox final : public QGroupBox {
    Q_OBJECT

public:
    SharedStoreBox(const Profile &profile, QWidget *parent = nullptr);
    ~SharedStoreBox() override;

    // Empty when unchecked.
    PostgresTarget target() const;
    // The password typed; empty to keep the saved one (or use PGPASSWORD, ~/.pgpass).
    QString password() const;
    // The program chosen; empty when none (or unchecked).
    QString programId() const;
    QString programName() const;
    // The profile with this box's choices applied.
    Profile applyTo(Profile profile) const;
    // A sentence when checked and something is missing or wrong; empty otherwise.
    QString problem() const;

    // Unchecked, only the title shows (the first-run dialog, where most people have no store):
    // the fields appear when the box is checked.
    void setCollapsible(bool collapsible);

    // What a registration proposes as the program's name, and the API program id if known.
    void setSuggestedProgram(const QString &name, const QString &serverId, ProgramKind kind,
                             const QString &apiUrl);

    // For tests.
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *tlsBox() const { return m_tls; }
    CaFileField *caFileField() const { return m_caFile; }
    QComboBox *programBox() const { return m_program; }
    QPushButton *listButton() const { return m_list; }
    QPushButton *registerButton() const { return m_register; }
    QLabel *statusLabel() const { return m_status; }
    TeamStoreProbe *probe() const { return m_probe; }
    // Registers under `name` without asking (the dialog asks for it).
    void registerAs(const QString &name);

signals:
    void changed();

private:
    void listPrograms();
    void askAndRegister();
    void showPrograms(const QList<TeamProgram> &programs, const QString &error);
    void showRegistered(const TeamProgram &program, bool existed, const QString &error);
    void selectProgram(const QString &id, const QString &name);
    void setStatus(const QString &sentence);
    void updateState();
    void showFields();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    CaFileField *m_caFile;
    QComboBox *m_program;
    QPushButton *m_list;
    QPushButton *m_register;
    QLabel *m_status;
    QLabel *m_note;
    TeamStoreProbe *m_probe;
    TeamProgram m_suggested;
    bool m_collapsible = false;
    QMargins m_unfoldedMargins;
};
