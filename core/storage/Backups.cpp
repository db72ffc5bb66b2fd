#include "storage/Backups.h"

#include "storage/Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <algorithm>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

// ---------------------------------------------------------------------------
// SQLite-specific, like storage/Schema.cpp: a backup here is a copy of the one
// database file (VACUUM INTO, PRAGMA integrity_check, SQLite's locks and side
// files). A server database backs itself up; a port replaces this file.
// ---------------------------------------------------------------------------

namespace knutepunkt {

namespace {

QAtomicInt connectionCounter;

const QString backupsFolderName = QStringLiteral("backups");
const QString timestampFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A Qt Sql connection of its own to one file, closed and removed on scope exit.
class Connection
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite
    };

    Connection(const QString &path, Mode mode)
        : m_name(
              QStringLiteral("knutepunkt-backup-%1").arg(connectionCounter.fetchAndAddOrdered(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        // A short wait when writing: a restore waits for nobody, it refuses.
        db.setConnectOptions(mode == Mode::ReadOnly
                                 ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void close()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

    // Runs one statement; returns SQLite's complaint, empty when it worked.
    QString exec(const QString &sql) const
    {
        QSqlQuery query(database());
        if (!query.exec(sql))
            return query.lastError().text();
        query.finish();
        return {};
    }

private:
    QString m_name;
    QString m_error;
};

enum class Check
{
    Header,   // SQLite, ours, a data format this program knows
    Integrity // … and PRAGMA integrity_check says "ok"
};

// What is wrong with `path` as a Knutepunkt database, as the end of a
// sentence ("it is not an SQLite database file"); nothing when it is fine.
std::optional<QString> problemWith(const QString &path, Check check)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Backups::tr("it does not exist");
    if (info.isDir())
        return Backups::tr("it is a folder, not a file");
    {
        // The header first, without SQLite: a file that is not a database
        // is never handed to it.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Backups::tr("it cannot be read (%1)").arg(file.errorString());
        static const QByteArray magic("SQLite format 3\0", 16);
        const QByteArray header = file.read(100);
        if (header.size() < 100 || !header.startsWith(magic))
            return Backups::tr("it is not an SQLite database file");
    }

    Connection connection(path, Connection::Mode::ReadOnly);
    if (!connection.isOpen())
        return Backups::tr("SQLite cannot read it (%1)").arg(connection.error());
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    const auto pragma = [&](const QString &sql) -> std::optional<int> {
        if (!query.exec(sql) || !query.next())
            return std::nullopt;
        const int value = query.value(0).toInt();
        query.finish();
        return value;
    };
    const auto applicationId = pragma(QStringLiteral("PRAGMA application_id"));
    const auto version = pragma(QStringLiteral("PRAGMA user_version"));
    if (!applicationId || !version)
        return Backups::tr("SQLite cannot read it (%1)").arg(query.lastError().text());
    if (*applicationId != schema::ApplicationId)
        return Backups::tr("it is an SQLite database of another program, not of Knutepunkt");
    if (*version > schema::latestVersion()) {
        return Backups::tr("it was saved by a newer version of Knutepunkt (data format %1; this "
                           "version knows up to %2)")
            .arg(*version)
            .arg(schema::latestVersion());
    }
    if (*version < 1)
        return Backups::tr("it is an unfinished Knutepunkt database without tables");
    if (check == Check::Header)
        return std::nullopt;

    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Backups::tr("it is damaged (%1)").arg(query.lastError().text());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok") && problems.size() < 3)
            problems << line;
    }
    if (query.lastError().isValid())
        problems << query.lastError().text();
    query.finish();
    if (!problems.isEmpty())
        return Backups::tr("it is damaged (%1)").arg(problems.join(QStringLiteral("; ")));
    return std::nullopt;
}

// Data and metadata of a file on the disk before anything relies on it.
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// A rename is durable once the folder holding it is synced (POSIX).
void syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

void removeWithSideFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// An empty owner-only file beside `target` for VACUUM INTO to fill (it
// accepts an empty file and keeps its permissions); empty on failure.
QString createPartialFile(const QString &target, QString *error)
{
    const QFileInfo info(target);
    QTemporaryFile file(info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() +
                                                    QStringLiteral(".XXXXXX.part")));
    file.setAutoRemove(false);
    if (!file.open()) {
        *error = file.errorString();
        return {};
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.fileName();
}

// Copies the database open on `source` into the empty file `partial`,
// flushes it to disk and checks it on a connection of its own. Returns what
// went wrong, as the end of a sentence.
std::optional<QString> copyAndCheck(const QSqlDatabase &source, const QString &partial)
{
    {
        QSqlQuery query(source);
        // The target is a bound value, never spliced into the statement.
        if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
            return Backups::tr("SQLite could not copy it (%1)").arg(query.lastError().text());
        query.addBindValue(partial);
        if (!query.exec())
            return Backups::tr("SQLite could not copy it (%1)").arg(query.lastError().text());
        query.finish();
    }
    if (!syncFile(partial))
        return Backups::tr("it could not be written to the disk");
    return problemWith(partial, Check::Integrity);
}

// The verified copy of `source` as the new file `target`: under a temporary
// name until it passed its check, then renamed (never over an existing file).
Status writeVerifiedCopy(const QSqlDatabase &source, const QString &target)
{
    QString error;
    const QString partial = createPartialFile(target, &error);
    if (partial.isEmpty()) {
        return fail(Backups::tr("The copy %1 cannot be written: %2.").arg(native(target), error));
    }
    if (auto problem = copyAndCheck(source, partial)) {
        removeWithSideFiles(partial);
        return fail(Backups::tr("The copy %1 failed its check and was removed: %2.")
                        .arg(native(target), *problem));
    }
    if (!QFile::rename(partial, target)) {
        removeWithSideFiles(partial);
        return fail(QFileInfo::exists(target)
                        ? Backups::tr("The file %1 already exists; it was not overwritten.")
                              .arg(native(target))
                        : Backups::tr("The copy %1 cannot be written.").arg(native(target)));
    }
    syncFolder(QFileInfo(target).absolutePath());
    return {};
}

// Opening a file that is not a Knutepunkt database for a copy would only
// give a copy that fails its check; say what is wrong with the original.
Status checkSource(const QString &databasePath)
{
    if (auto problem = problemWith(databasePath, Check::Header)) {
        return fail(Backups::tr("No copy of the database %1 can be made: %2.")
                        .arg(native(databasePath), *problem));
    }
    return {};
}

struct ParsedName
{
    QDateTime time;
    QString reason;
    int sequence = 1; // a second copy in the same second gets "-2"
};

QRegularExpression namePattern(const QString &baseName)
{
    return QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(baseName) +
                              QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}-\\d{6})"
                                             "(?:-([a-z]+(?:-[a-z]+)*))?(?:-(\\d+))?\\.sqlite$"));
}

std::optional<ParsedName> parseName(const QRegularExpression &pattern, const QString &fileName)
{
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    ParsedName parsed;
    parsed.time = QDateTime::fromString(match.captured(1), timestampFormat);
    if (!parsed.time.isValid())
        return std::nullopt;
    parsed.reason = match.captured(2);
    if (match.hasCaptured(3))
        parsed.sequence = match.captured(3).toInt();
    return parsed;
}

} // namespace

Backups::Backups(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
}

QString Backups::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(backupsFolderName);
}

QList<BackupFile> Backups::list() const
{
    const QRegularExpression pattern = namePattern(QFileInfo(m_databasePath).completeBaseName());
    struct Found
    {
        BackupFile file;
        int sequence;
    };
    QList<Found> found;
    const QFileInfoList entries =
        QDir(folder()).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (const auto parsed = parseName(pattern, entry.fileName())) {
            found.append({{entry.absoluteFilePath(), parsed->time, entry.size(), parsed->reason},
                          parsed->sequence});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.file.time != b.file.time)
            return a.file.time > b.file.time;
        return a.sequence > b.sequence;
    });
    QList<BackupFile> files;
    for (const Found &entry : std::as_const(found))
        files.append(entry.file);
    return files;
}

Result<BackupFile> Backups::create(const QDateTime &now, const QString &reason) const
{
    if (auto ok = checkSource(m_databasePath); !ok)
        return fail(ok.error());
    Connection source(m_databasePath, Connection::Mode::ReadOnly);
    if (!source.isOpen()) {
        return fail(
            Backups::tr("No copy of the database %1 can be made: %2.")
                .arg(native(m_databasePath), tr("SQLite cannot read it (%1)").arg(source.error())));
    }
    return createFrom(source.database(), now, reason);
}

Result<BackupFile> Backups::createFrom(const QSqlDatabase &source, const QDateTime &now,
                                       const QString &reason) const
{
    const QString dir = folder();
    if (!QDir().mkpath(dir)) {
        return fail(tr("The backup folder %1 cannot be created.").arg(native(dir)));
    }
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QDateTime time = now.addMSecs(-now.time().msec());
    QString stem = QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-') +
                   time.toString(timestampFormat);
    if (!reason.isEmpty())
        stem += QLatin1Char('-') + reason;
    QString target = QDir(dir).filePath(stem + QStringLiteral(".sqlite"));
    for (int sequence = 2; QFileInfo::exists(target); ++sequence)
        target = QDir(dir).filePath(stem + QStringLiteral("-%1.sqlite").arg(sequence));

    if (auto ok = writeVerifiedCopy(source, target); !ok)
        return fail(ok.error());

    // Trim the set the new copy belongs to; the other set is left alone.
    int kept = 0;
    for (const BackupFile &file : list()) {
        if (file.reason.isEmpty() != reason.isEmpty())
            continue;
        if (++kept > KeptPerSet && !QFile::remove(file.path))
            qWarning("Could not remove the old backup %s", qPrintable(file.path));
    }
    return BackupFile{target, time, QFileInfo(target).size(), reason};
}

Result<std::optional<BackupFile>> Backups::createDailyIfDue(const QDateTime &now) const
{
    for (const BackupFile &file : list()) {
        if (file.reason.isEmpty() && file.time.date() == now.date())
            return std::optional<BackupFile>();
    }
    auto made = create(now);
    if (!made)
        return fail(made.error());
    return std::optional<BackupFile>(*made);
}

Status Backups::copyTo(const QString &databasePath, const QString &target)
{
    if (QFileInfo::exists(target)) {
        return fail(tr("The file %1 already exists; it was not overwritten.").arg(native(target)));
    }
    if (auto ok = checkSource(databasePath); !ok)
        return ok;
    Connection source(databasePath, Connection::Mode::ReadOnly);
    if (!source.isOpen()) {
        return fail(
            tr("No copy of the database %1 can be made: %2.")
                .arg(native(databasePath), tr("SQLite cannot read it (%1)").arg(source.error())));
    }
    return writeVerifiedCopy(source.database(), QFileInfo(target).absoluteFilePath());
}

Status Backups::verify(const QString &file)
{
    if (auto problem = problemWith(file, Check::Integrity)) {
        return fail(
            tr("The file %1 is not a usable Knutepunkt database: %2.").arg(native(file), *problem));
    }
    return {};
}

Result<BackupFile> Backups::restore(const QString &backupFile, const QDateTime &now) const
{
    // 1. The backup, before anything else is touched.
    const QFileInfo backupInfo(backupFile);
    const auto refuse = [&](const QString &problem) {
        return fail(tr("The backup %1 cannot be restored: %2.").arg(native(backupFile), problem));
    };
    if (backupInfo.exists() &&
        backupInfo.canonicalFilePath() == QFileInfo(m_databasePath).canonicalFilePath())
        return refuse(tr("it is the database itself"));
    if (auto problem = problemWith(backupFile, Check::Integrity))
        return refuse(*problem);

    // 2. The database: ours (never open someone else's file read-write), and
    // nobody else's. The exclusive lock is held until the file is replaced,
    // so nobody writes between the safety copy and the replacement.
    if (auto problem = problemWith(m_databasePath, Check::Header)) {
        return fail(
            tr("The database %1 cannot be replaced: %2.").arg(native(m_databasePath), *problem));
    }
    Connection guard(m_databasePath, Connection::Mode::ReadWrite);
    QString inUse = guard.isOpen() ? QString() : guard.error();
    if (inUse.isEmpty())
        inUse = guard.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
    if (inUse.isEmpty())
        inUse = guard.exec(QStringLiteral("BEGIN EXCLUSIVE"));
    if (inUse.isEmpty())
        inUse = guard.exec(QStringLiteral("COMMIT")); // the lock stays (exclusive mode)
    if (!inUse.isEmpty()) {
        return fail(tr("The database %1 was not replaced: it is in use by another window or "
                       "program (%2). Close it and try again.")
                        .arg(native(m_databasePath), inUse));
    }

    // 3. The data about to be replaced, kept as a verified copy.
    auto safetyCopy = createFrom(guard.database(), now, BeforeRestore);
    if (!safetyCopy) {
        return fail(tr("The database %1 was not replaced, because its current data could not be "
                       "kept as a backup first: %2")
                        .arg(native(m_databasePath), safetyCopy.error().message));
    }

    // 4. The backup copied beside the database (a rename never crosses file
    // systems), flushed and checked.
    QString error;
    const QString staged = createPartialFile(m_databasePath, &error);
    std::optional<QString> problem;
    if (staged.isEmpty()) {
        problem = error;
    } else {
        Connection source(backupFile, Connection::Mode::ReadOnly);
        problem =
            source.isOpen()
                ? copyAndCheck(source.database(), staged)
                : std::optional<QString>(tr("SQLite cannot read it (%1)").arg(source.error()));
    }
    if (problem) {
        if (!staged.isEmpty())
            removeWithSideFiles(staged);
        return fail(tr("The database %1 was not replaced: the backup %2 could not be copied "
                       "beside it (%3).")
                        .arg(native(m_databasePath), native(backupFile), *problem));
    }

    // 5. The old write-ahead log emptied into the old file, so that if the
    // machine stops right after the rename no frame of the old data is left
    // for SQLite to replay onto the new file; then the atomic rename.
    guard.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(staged.toStdU16String()),
                            std::filesystem::path(m_databasePath.toStdU16String()), renameError);
    if (renameError) {
        removeWithSideFiles(staged);
        return fail(
            tr("The database %1 could not be replaced (%2); it keeps its data.")
                .arg(native(m_databasePath), QString::fromLocal8Bit(renameError.message())));
    }

    // 6. The old data's side files go once nothing has the old file open: the
    // last connection to close removes the log itself, the rest goes here.
    guard.close();
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(m_databasePath + QLatin1StringView(suffix));
    syncFolder(QFileInfo(m_databasePath).absolutePath());
    return *safetyCopy;
}

} // namespace knutepunkt
