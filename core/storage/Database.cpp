#include "storage/Database.h"

#include "storage/AuditTrail.h"
#include "storage/Backups.h"
#include "storage/FileSystem.h"
#include "storage/OpenLock.h"
#include "storage/Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

namespace knutepunkt {

namespace {

QAtomicInt connectionCounter;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// What the first 100 bytes of a file say about it, read without SQLite so
// that a foreign file is never opened read-write.
struct FileHeader
{
    bool isSqlite = false;
    int userVersion = 0;
    int applicationId = 0;
};

Result<FileHeader> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Database::tr("The file %1 cannot be read: %2.")
                        .arg(nativePath(path), file.errorString()));
    }
    const QByteArray bytes = file.read(100);
    FileHeader header;
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return header;
}

// The header in the main file can lag behind a write-ahead log that was not
// checkpointed; a read-only connection reads the true values without writing.
Result<FileHeader> readPragmasReadOnly(const QString &path)
{
    const QString name =
        QStringLiteral("knutepunkt-probe-%1").arg(connectionCounter.fetchAndAddOrdered(1));
    FileHeader header;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
                header.applicationId = query.value(0).toInt();
            else
                error = query.lastError().text();
            if (error.isEmpty() && query.exec(QStringLiteral("PRAGMA user_version")) &&
                query.next())
                header.userVersion = query.value(0).toInt();
            else if (error.isEmpty())
                error = query.lastError().text();
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        return fail(Database::tr("The file %1 is damaged or not a database SQLite can read (%2).")
                        .arg(nativePath(path), error));
    }
    header.isSqlite = true;
    return header;
}

// Returns the file's data format (user_version) when it is one we can open.
// A file opened read-only need not be writable.
Result<int> checkExistingFile(const QString &path, bool readOnly)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Database::tr("The file %1 does not exist.").arg(nativePath(path)));
    if (info.isDir())
        return fail(Database::tr("%1 is a folder, not a database file.").arg(nativePath(path)));

    auto header = readHeader(path);
    if (!header)
        return fail(header.error());
    if (!header->isSqlite) {
        return fail(Database::tr("The file %1 is not a Knutepunkt database: it is not an SQLite "
                                 "database file at all.")
                        .arg(nativePath(path)));
    }
    auto pragmas = readPragmasReadOnly(path);
    if (!pragmas)
        return fail(pragmas.error());
    if (pragmas->applicationId != schema::ApplicationId) {
        return fail(Database::tr("The file %1 is an SQLite database of another program, not a "
                                 "Knutepunkt database. It was left unchanged.")
                        .arg(nativePath(path)));
    }
    if (pragmas->userVersion > schema::latestVersion()) {
        return fail(Database::tr("The file %1 was saved by a newer version of Knutepunkt (data "
                                 "format %2; this version knows up to %3). Open it with the newer "
                                 "version; the file was left unchanged.")
                        .arg(nativePath(path))
                        .arg(pragmas->userVersion)
                        .arg(schema::latestVersion()));
    }
    if (pragmas->userVersion < 1) {
        return fail(Database::tr("The file %1 is an unfinished Knutepunkt database (it has no "
                                 "tables). Create a new database instead.")
                        .arg(nativePath(path)));
    }
    if (!readOnly && !info.isWritable()) {
        return fail(Database::tr("The file %1 cannot be changed: you have no permission to write "
                                 "to it.")
                        .arg(nativePath(path)));
    }
    return pragmas->userVersion;
}

// Pre-creates the file owner-only; SQLite's -wal and -shm files inherit it.
Status createEmptyPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return fail(Database::tr("The file %1 already exists; it was not overwritten.")
                        .arg(nativePath(path)));
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(
            Database::tr("The folder %1 cannot be created.").arg(nativePath(info.absolutePath())));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return fail(Database::tr("The file %1 cannot be created: %2.")
                        .arg(nativePath(path), file.errorString()));
    }
    return {};
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("knutepunkt-%1").arg(connectionCounter.fetchAndAddOrdered(1)))
    , m_pendingAudit(std::make_unique<PendingAudit>())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // PRAGMA optimize may write its statistics: not on a read-only file.
            if (!m_readOnly)
                QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // The lock goes last, once the connection is closed (m_lock's destructor).
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QDateTime &now,
                                                 const OpenOptions &options)
{
    const auto fileVersion = checkExistingFile(path, options.readOnly);
    if (!fileVersion)
        return fail(fileVersion.error());
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    if (options.readOnly) {
        // The stores expect the latest tables; an upgrade is a write.
        if (*fileVersion < schema::latestVersion()) {
            return fail(tr("The file %1 needs an upgrade to data format %2, which cannot be done "
                           "while it is opened read-only. Open it for writing once, when nobody "
                           "else has it open.")
                            .arg(nativePath(path), QString::number(schema::latestVersion())));
        }
        std::unique_ptr<Database> db(new Database(absolutePath));
        db->m_readOnly = true;
        db->m_networkShareWarning = FileSystem::networkShareWarning(absolutePath);
        if (auto ok = db->connect(); !ok)
            return fail(ok.error());
        return db;
    }
    // Before anything is written, the backup before an upgrade included.
    auto lock = OpenLock::acquire(absolutePath, options.takeOverLock);
    if (!lock)
        return fail(lock.error());
    const Backups backups(absolutePath);
    // Before the first read-write connection: even that changes the file
    // (journal mode), and a file we could not copy must stay as it was.
    if (*fileVersion < schema::latestVersion()) {
        if (auto copy = backups.create(now, Backups::BeforeMigration); !copy) {
            return fail(tr("The file %1 needs an upgrade to data format %2, but it was not "
                           "upgraded because no backup of it could be made first. The file was "
                           "left unchanged. %3")
                            .arg(nativePath(path), QString::number(schema::latestVersion()),
                                 copy.error().message));
        }
    }
    std::unique_ptr<Database> db(new Database(absolutePath));
    db->m_lock = std::move(*lock);
    db->m_networkShareWarning = FileSystem::networkShareWarning(absolutePath);
    if (auto ok = db->connect(); !ok)
        return fail(ok.error());
    const int version = db->schemaVersion();
    if (version < schema::latestVersion()) {
        if (auto ok = db->migrateFrom(version, schema::latestVersion()); !ok)
            return fail(ok.error());
    }
    if (auto daily = backups.createDailyIfDue(now); !daily) {
        qWarning("Daily backup failed: %s", qPrintable(daily.error().message));
        db->m_backupProblem = daily.error().message;
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    return createAtVersion(path, schema::latestVersion());
}

Result<std::unique_ptr<Database>> Database::createAtVersion(const QString &path, int version)
{
    if (auto ok = createEmptyPrivateFile(path); !ok)
        return fail(ok.error());
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    // A lock left beside a file that was deleted is no one's: take it over.
    auto lock = OpenLock::acquire(absolutePath, true);
    if (!lock) {
        QFile::remove(path); // ours, created a moment ago
        return fail(lock.error());
    }
    std::unique_ptr<Database> db(new Database(absolutePath));
    db->m_lock = std::move(*lock);
    db->m_networkShareWarning = FileSystem::networkShareWarning(absolutePath);
    auto ok = db->connect();
    if (ok)
        ok = db->migrateFrom(0, version);
    if (!ok) {
        db.reset();
        QFile::remove(path); // ours, created a moment ago and unusable
        return fail(ok.error());
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openOrCreate(const QString &path)
{
    return QFileInfo::exists(path) ? open(path) : create(path);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/knutepunkt.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Database::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(m_readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return fail(tr("The database %1 cannot be opened: %2.")
                        .arg(nativePath(m_path), db.lastError().text()));
    }
    return configureSqlite();
}

// SQLite-specific settings, all in one place.
Status Database::configureSqlite()
{
    // A read-only connection only reads: the file's journal mode is already
    // WAL (set by the writer that created it), and the rest are writers' settings.
    if (m_readOnly)
        return exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    static const char *const pragmas[] = {
        "PRAGMA foreign_keys = ON",    "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
        "PRAGMA trusted_schema = OFF", "PRAGMA secure_delete = ON",
    };
    for (const char *pragma : pragmas) {
        if (auto ok = exec(QString::fromLatin1(pragma)); !ok)
            return ok;
    }
    return {};
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return fail(tr("The database %1 could not be changed: %2.")
                        .arg(nativePath(m_path), query.lastError().text()));
    }
    query.finish();
    return {};
}

Status Database::migrateFrom(int currentVersion, int targetVersion)
{
    for (int version = currentVersion + 1; version <= targetVersion; ++version) {
        auto ok = write([&]() -> Status {
            if (version == 1) {
                if (auto set = exec(
                        QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId));
                    !set)
                    return set;
            }
            for (const QString &statement : schema::migrationTo(version)) {
                if (auto step = exec(statement); !step)
                    return step;
            }
            // user_version is transactional: it moves with the step or not at all.
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!ok) {
            return fail(tr("The database %1 could not be upgraded to data format %2: %3")
                            .arg(nativePath(m_path))
                            .arg(version)
                            .arg(ok.error().message));
        }
    }
    return {};
}

Status Database::write(const std::function<Status()> &work)
{
    if (m_readOnly) {
        return fail(
            tr("Nothing was changed: the database %1 is open read-only.").arg(nativePath(m_path)),
            QStringLiteral("readOnly"));
    }
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        if (!result)
            m_rollbackOnly = true;
        return result;
    }

    // Plain BEGIN would fail at the first write when another connection wrote
    // in between; IMMEDIATE takes the write lock up front (and waits for it).
    if (auto ok = exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok;
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    Status result = work();
    // The log is written last, inside the transaction: it holds exactly
    // what is committed, and a failed change leaves no entry.
    if (result && !m_rollbackOnly)
        result = AuditTrail::flush(*this);
    else
        AuditTrail::discard(*this);
    m_transactionDepth = 0;
    if (result && !m_rollbackOnly) {
        if (!connection().commit()) {
            const QString error = connection().lastError().text();
            connection().rollback();
            return fail(
                tr("The changes could not be saved to %1: %2.").arg(nativePath(m_path), error));
        }
        return result;
    }
    connection().rollback();
    m_rollbackOnly = false;
    if (result)
        return fail(tr("The changes were not saved because an earlier step failed."));
    return result;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << tr("Storage: %1").arg(line);
        }
    }
    query.finish();
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next()) {
            problems << tr("Table %1, row %2 refers to a missing row in %3.")
                            .arg(query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString());
        }
    }
    query.finish();
    return problems;
}

} // namespace knutepunkt
