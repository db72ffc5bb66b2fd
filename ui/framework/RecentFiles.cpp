#include "framework/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace knutepunkt {

namespace {
const QString key = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    QStringList files = list();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxEntries)
        files.removeLast();
    QSettings().setValue(key, files);
}

void RecentFiles::clear()
{
    QSettings().remove(key);
}

QString RecentFiles::last()
{
    const QStringList files = list();
    return !files.isEmpty() && QFileInfo::exists(files.first()) ? files.first() : QString();
}

} // namespace knutepunkt
