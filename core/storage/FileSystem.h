#pragma once

#include <QCoreApplication>
#include <QString>

namespace knutepunkt {

// What kind of file system a database lives on. SQLite's locking relies on
// the operating system's file locks, which network file systems (SMB/CIFS,
// NFS, sshfs and other FUSE mounts, 9p) often do not keep faithfully: two
// offices writing to one file on a share may corrupt it. So opening such a
// file warns, and says what to do instead.
class FileSystem
{
    Q_DECLARE_TR_FUNCTIONS(FileSystem)

public:
    // The variable that replaces the detected type (a statfs f_type such as
    // 0xFF534D42), so that tests can pose as a network share.
    static constexpr const char *TypeOverrideVariable = "KNUTEPUNKT_TEST_FILESYSTEM_TYPE";

    // The name of the network file system with Linux's statfs type `type`
    // ("SMB/CIFS", "NFS", …); empty for a local one.
    static QString networkFileSystemName(quint64 type);
    // The statfs type of the file system holding `path` (or its folder, for
    // a file not created yet); 0 when it cannot be told.
    static quint64 typeOf(const QString &path);
    // The network file system `path` lives on; empty for a local disk.
    static QString networkFileSystemOf(const QString &path);
    // The warning for a database on a network share: why, and what to do
    // instead. Empty for a local disk.
    static QString networkShareWarning(const QString &databasePath);
};

} // namespace knutepunkt
