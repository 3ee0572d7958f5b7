// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPixmap>
#include <QString>
#include <QWidget>

// With PARTNERO_SCREENSHOT_DIR set, a test saves the widget it drives there as `fileName`, for
// looking at states the README does not show. The README's pictures come from
// partnero-screenshots (tests/ui/screenshots.cpp), never from here.
inline void saveWidgetShot(QWidget *widget, const QString &fileName) {
    const QString folder = qEnvironmentVariable("PARTNERO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    // Let posted layout requests run first: grab() paints what is laid out now.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    widget->grab().save(folder + QLatin1Char('/') + fileName);
}
