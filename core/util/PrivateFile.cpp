#include "util/PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace knutepunkt {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PrivateFile::PrivateFile(QString target)
    : m_target(QFileInfo(target).absoluteFilePath())
{
}

PrivateFile::~PrivateFile() = default; // QTemporaryFile removes itself unless renamed

Status PrivateFile::open()
{
    const QFileInfo info(m_target);
    if (info.isDir()) {
        return fail(tr("%1 is a folder; the file was not written.").arg(native(m_target)));
    }
    m_file = std::make_unique<QTemporaryFile>(info.absoluteDir().filePath(
        QLatin1Char('.') + info.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!m_file->open()) {
        const QString error = m_file->errorString();
        m_file.reset();
        return fail(tr("The file %1 cannot be written: %2.").arg(native(m_target), error));
    }
    // QTemporaryFile creates the file 0600 already; said again in case a
    // platform's default differs. Nothing has been written yet.
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QIODevice *PrivateFile::device() const
{
    return m_file.get();
}

Status PrivateFile::commit()
{
    if (!m_file)
        return fail(tr("The file %1 was not written.").arg(native(m_target)));
    const auto failed = [&](const QString &reason) {
        return fail(tr("The file %1 could not be written: %2. Nothing was changed.")
                        .arg(native(m_target), reason));
    };
    if (m_file->error() != QFileDevice::NoError || !m_file->flush())
        return failed(m_file->errorString());
#ifdef Q_OS_WIN
    const bool synced = ::_commit(m_file->handle()) == 0;
#else
    const bool synced = ::fsync(m_file->handle()) == 0;
#endif
    if (!synced)
        return failed(tr("it could not be written to the disk"));
    // std::filesystem::rename replaces an existing target in one step (on
    // Windows too); QFile::rename refuses to.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(m_file->fileName().toStdU16String()),
                            std::filesystem::path(m_target.toStdU16String()), error);
    if (error)
        return failed(QString::fromLocal8Bit(error.message()));
    m_file->setAutoRemove(false);
    m_file.reset();
#ifndef Q_OS_WIN
    // The rename is durable once the folder is synced.
    const int fd = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
    return {};
}

Status PrivateFile::write(const QString &path, const QByteArray &bytes)
{
    PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    if (file.device()->write(bytes) != bytes.size()) {
        return fail(tr("The file %1 could not be written: %2. Nothing was changed.")
                        .arg(native(path), file.device()->errorString()));
    }
    return file.commit();
}

} // namespace knutepunkt
