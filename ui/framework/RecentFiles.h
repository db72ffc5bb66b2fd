#pragma once

#include <QStringList>

namespace knutepunkt {

// The databases opened lately, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int MaxEntries = 8;

    static QStringList list();
    static void add(const QString &path);
    static void clear();
    // The last file opened, if it still exists.
    static QString last();
};

} // namespace knutepunkt
