#pragma once

// Small helpers of the GUI tests: finding a named child, saving what a
// person would see.

#include <QCoreApplication>
#include <QDir>
#include <QObject>
#include <QString>
#include <QWidget>
#include <catch2/catch.hpp>

// The child called `name`; the test stops when there is none.
template <typename T> T *child(const QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

// Saves the widget as <name>.png in the build's screenshots folder, after
// pending layouts, so a person can look at it.
inline void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(KNUTEPUNKT_SCREENSHOTS));
    QCoreApplication::processEvents();
    CHECK(widget.grab().save(QStringLiteral(KNUTEPUNKT_SCREENSHOTS "/") + name +
                             QStringLiteral(".png")));
}
