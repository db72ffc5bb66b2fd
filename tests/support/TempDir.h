#pragma once

#include <QDir>
#include <QTemporaryDir>

// A fresh folder per test; everything in it is removed afterwards.
class TempDir
{
public:
    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
