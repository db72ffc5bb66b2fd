#include "storage/FileSystem.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace knutepunkt {

QString FileSystem::networkFileSystemName(quint64 type)
{
    // The magic numbers of linux/magic.h and the file systems' own sources.
    switch (type) {
    case 0xFF534D42: // CIFS_MAGIC_NUMBER
    case 0xFE534D42: // SMB2_MAGIC_NUMBER (the smb3 client)
    case 0x517B:     // SMB_SUPER_MAGIC (the old smbfs)
        return QStringLiteral("SMB/CIFS");
    case 0x6969: // NFS_SUPER_MAGIC
        return QStringLiteral("NFS");
    case 0x65735546: // FUSE_SUPER_MAGIC: sshfs, rclone, gvfs, …
        return QStringLiteral("FUSE (sshfs)");
    case 0x01021997: // V9FS_MAGIC
        return QStringLiteral("9p");
    case 0x564C: // NCP_SUPER_MAGIC
        return QStringLiteral("NCP");
    case 0x73757245: // CODA_SUPER_MAGIC
        return QStringLiteral("Coda");
    case 0x5346414F: // AFS_FS_MAGIC
    case 0x6B414653: // AFS_SUPER_MAGIC
        return QStringLiteral("AFS");
    case 0x47504653: // GPFS
        return QStringLiteral("GPFS");
    case 0x00C36400: // CEPH_SUPER_MAGIC
        return QStringLiteral("Ceph");
    case 0x0BD00BD0: // LUSTRE
        return QStringLiteral("Lustre");
    default:
        return {};
    }
}

quint64 FileSystem::typeOf(const QString &path)
{
    bool overridden = false;
    const QString override = qEnvironmentVariable(TypeOverrideVariable);
    if (!override.isEmpty()) {
        const quint64 type = override.toULongLong(&overridden, 0);
        if (overridden)
            return type;
    }
#ifdef Q_OS_LINUX
    const QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statfs result
    {
    };
    if (::statfs(QFile::encodeName(existing).constData(), &result) == 0)
        return quint64(static_cast<unsigned long>(result.f_type)) & 0xFFFFFFFFu;
#else
    Q_UNUSED(path);
#endif
    return 0;
}

QString FileSystem::networkFileSystemOf(const QString &path)
{
    if (const QString name = networkFileSystemName(typeOf(path)); !name.isEmpty())
        return name;
#ifndef Q_OS_LINUX
    // Elsewhere the file system's name is all there is to go by.
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    for (const char *network : {"smbfs", "cifs", "nfs", "afpfs", "webdav", "fuse"}) {
        if (type.startsWith(network))
            return QString::fromLatin1(type);
    }
    if (QFileInfo(path).absoluteFilePath().startsWith(QStringLiteral("//")))
        return QStringLiteral("SMB/CIFS");
#endif
    return {};
}

QString FileSystem::networkShareWarning(const QString &databasePath)
{
    const QString name = networkFileSystemOf(databasePath);
    if (name.isEmpty())
        return {};
    return tr("The database %1 is on a network share (%2). SQLite, which keeps the data, cannot "
              "rely on file locking over network shares: if two offices write to the file at the "
              "same time, it may be damaged. Keep the file on this computer's own disk and copy "
              "it to the share as a backup; offices that need to share data will use the server "
              "version when it comes.")
        .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath()), name);
}

} // namespace knutepunkt
