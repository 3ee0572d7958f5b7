// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Laravel simple pagination: `meta` and `links`, and no total.
struct PageInfo {
    int currentPage = 1;
    int from = 0; // first item number on the page, 0 when the page is empty
    int to = 0;   // last item number on the page
    int perPage = 15;
    bool hasNext = false;
    bool hasPrev = false;
    QString path;
};

template <typename T> struct Page {
    QList<T> items;
    PageInfo info;
};
