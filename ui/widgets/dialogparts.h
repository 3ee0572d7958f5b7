// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/fielderrorlabel.h"

#include <QString>

#include <functional>
#include <initializer_list>

class QAbstractItemModel;
class QFrame;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;
struct Customer;

// Small pieces the credit and invitation dialogs share, so that they look alike: a heading,
// muted text, a problem line under a field, and a coloured banner.
namespace DialogParts {

enum class Tone { Info, Success, Warning, Error };

// Bold, a little larger than the text around it.
QLabel *heading(const QString &text, QWidget *parent = nullptr);
// Secondary text in the palette's muted colour; word-wrapped.
QLabel *muted(const QString &text, QWidget *parent = nullptr);
// The error line under a field, hidden while empty (see setProblem).
FieldErrorLabel *problemLabel(QWidget *parent = nullptr);
// `label` comes from problemLabel().
void setProblem(QLabel *label, const QString &text);
// A framed, tinted box with an icon, an optional bold title and a word-wrapped text label
// (*text).
QFrame *banner(Tone tone, QLabel **text, QWidget *parent = nullptr,
               const QString &title = QString());
void setBannerTone(QFrame *banner, Tone tone);
// The customer in two lines: name, then "id · email".
QWidget *customerCard(const Customer &customer, QWidget *parent = nullptr);
QFrame *separator(QWidget *parent = nullptr);
// A button that does not react to Enter just because it has focus: each page makes only its
// primary button the default.
QPushButton *button(const QString &text, const QString &objectName, QWidget *parent);
// A row of buttons: `leading` on the left, then a stretch, then `trailing` on the right.
QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> leading,
                       std::initializer_list<QPushButton *> trailing);
// The texts of exportFile(), translated by the caller.
struct ExportTexts {
    QString title;  // of the file dialog
    QString filter; // the file dialog's name filter
    QString failed; // the title of the message shown when writing fails
};
// Asks where to save (`fileName` in the Documents folder at first) and writes there with
// `write`; a failure is shown with its reason. Nothing happens when the person cancels.
void exportFile(QWidget *parent, const QString &fileName, const ExportTexts &texts,
                const std::function<bool(const QString &path, QString *error)> &write);
// A read-only table of rows with a fixed row height (never resized to contents: the list may
// be long), whole-row selection, no row numbers and no word wrap.
QTableView *rowsView(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

// A label's words as a screen reader should say them, for a field that is no sibling of its
// label (Qt's buddy lookup then finds nothing): "&Amount:" reads "Amount".
QString accessibleText(const QString &label);

// A key or password field: hidden as typed, with an eye in it that shows it on request.
void makeSecretField(QLineEdit *edit);

// Where file choosers open: the Documents folder when it exists (many Linux homes have none,
// and a chooser opened on a missing folder lands somewhere arbitrary), else the home folder.
QString documentsFolder();

} // namespace DialogParts
