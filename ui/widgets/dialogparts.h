#pragma once

#include "ui/widgets/fielderrorlabel.h"

#include <QString>

class QAbstractItemModel;
class QFrame;
class QLabel;
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
// A read-only table of rows with a fixed row height (never resized to contents: the list may
// be long), whole-row selection, no row numbers and no word wrap.
QTableView *rowsView(QAbstractItemModel *model, const QString &objectName, QWidget *parent);

} // namespace DialogParts
