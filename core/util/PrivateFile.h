#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

class QIODevice;
class QTemporaryFile;

namespace knutepunkt {

// Every file Knutepunkt writes for the user (CSV lists, JSON backups,
// calendars, PDFs) holds data about staff and cases, so it is readable by
// its owner only (0600) from its first byte, and it is replaced atomically:
// the data goes into a temporary file beside the target, created 0600 by
// QTemporaryFile (no window in which another user could open it), is flushed
// to the disk and only then renamed over the target. A failed write leaves
// the old file as it was.
//
// QSaveFile would do the atomic part, but it creates its temporary file with
// the default permissions (0666 minus the umask) or the old file's, which
// can be world-readable.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    explicit PrivateFile(QString target);
    ~PrivateFile(); // without commit(): the temporary file goes, the target stays
    PrivateFile(const PrivateFile &) = delete;
    PrivateFile &operator=(const PrivateFile &) = delete;

    Status open();
    // Valid after open(): where the data goes.
    QIODevice *device() const;
    // Flushes, syncs and renames over the target; says what went wrong.
    Status commit();

    // All in one: `bytes` as the owner-only file `path`.
    static Status write(const QString &path, const QByteArray &bytes);

private:
    QString m_target;
    std::unique_ptr<QTemporaryFile> m_file;
};

} // namespace knutepunkt
