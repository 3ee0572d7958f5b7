// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

// Cuts the elements of an array out of a JSON text, each as the bytes it was written with, so
// that a customer's object can be kept as the server sent it without writing it out again
// (which costs about as much as parsing the page).
//
// It is a scanner, not a parser: it follows strings (with their escapes) and nesting, and is
// meant for text that QJsonDocument::fromJson accepted. On any other text it gives a wrong
// answer or none, but it never reads outside the text and always ends. Callers compare the
// number of elements with what the parse found and fall back to writing the objects when the
// two disagree.
class JsonSlicer final {
public:
    // The elements of the array that is the member `name` of the top-level object of `json`,
    // in order. An element that holds a line break outside its strings has its whitespace
    // outside strings removed, so that each element is one line (for JSON lines); every other
    // element is its bytes exactly. Nothing when the text is not an object, has no such member
    // (or several), the member is not an array, or a top-level name uses an escape (the
    // scanner compares names as written, and would not know which member the parse took).
    static std::optional<QList<QByteArray>> arrayMember(QByteArrayView json, QByteArrayView name);

    // `value` with its whitespace outside strings removed.
    static QByteArray compacted(QByteArrayView value);
};
