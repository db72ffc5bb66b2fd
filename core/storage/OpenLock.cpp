#include "storage/OpenLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QSysInfo>
#include <QUuid>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace knutepunkt {

namespace {

// This process's locks and how many holders share each (see the class comment).
QMutex registryMutex;
QHash<QString, int> &registry()
{
    static QHash<QString, int> locks;
    return locks;
}

QString bootId()
{
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromLatin1(file.readAll().trimmed());
#endif
    return QString::fromLatin1(QSysInfo::bootUniqueId());
}

bool processExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    // EPERM: it exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true; // cannot tell: never call another program's lock stale
#endif
}

QByteArray readLock(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.exists();
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096);
}

// Creates the lock file only if there is none (O_EXCL), owner-only from the start.
bool createLock(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    if (file.write(content) != content.size() || !file.flush()) {
        file.close();
        file.remove();
        return false;
    }
    return true;
}

} // namespace

QString LockOwner::displayName() const
{
    if (fullName.isEmpty() || fullName == user)
        return user;
    return QStringLiteral("%1 (%2)").arg(fullName, user);
}

OpenLock::OpenLock(QString path)
    : m_path(std::move(path))
{
}

OpenLock::~OpenLock()
{
    QMutexLocker locker(&registryMutex);
    auto it = registry().find(m_path);
    if (it == registry().end())
        return;
    if (--it.value() > 0)
        return;
    registry().erase(it);
    // Only our own: someone may have taken it over ("open anyway") meanwhile.
    bool exists = false;
    const auto owner = decode(readLock(m_path, &exists));
    const LockOwner me = currentProcess();
    if (owner && owner->pid == me.pid && owner->host == me.host)
        QFile::remove(m_path);
}

QString OpenLock::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

LockOwner OpenLock::currentProcess()
{
    LockOwner owner;
#ifdef Q_OS_UNIX
    if (const passwd *account = ::getpwuid(::geteuid())) {
        owner.user = QString::fromLocal8Bit(account->pw_name);
        // The GECOS field: "Full Name,room,phone,…".
        owner.fullName = QString::fromLocal8Bit(account->pw_gecos).section(QLatin1Char(','), 0, 0);
    }
    owner.pid = ::getpid();
#else
    owner.pid = QCoreApplication::applicationPid();
#endif
    if (owner.user.isEmpty())
        owner.user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    owner.host = QSysInfo::machineHostName();
    owner.bootId = bootId();
    owner.since = QDateTime::currentDateTime();
    return owner;
}

QByteArray OpenLock::encode(const LockOwner &owner)
{
    QJsonObject object;
    object.insert(QStringLiteral("application"), QStringLiteral("knutepunkt"));
    object.insert(QStringLiteral("user"), owner.user);
    object.insert(QStringLiteral("fullName"), owner.fullName);
    object.insert(QStringLiteral("host"), owner.host);
    object.insert(QStringLiteral("pid"), owner.pid);
    object.insert(QStringLiteral("boot"), owner.bootId);
    object.insert(QStringLiteral("since"),
                  owner.since.toOffsetFromUtc(owner.since.offsetFromUtc()).toString(Qt::ISODate));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<LockOwner> OpenLock::decode(const QByteArray &bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    LockOwner owner;
    owner.user = object.value(QStringLiteral("user")).toString();
    owner.fullName = object.value(QStringLiteral("fullName")).toString();
    owner.host = object.value(QStringLiteral("host")).toString();
    owner.pid = object.value(QStringLiteral("pid")).toInteger();
    owner.bootId = object.value(QStringLiteral("boot")).toString();
    owner.since =
        QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    if (owner.host.isEmpty() || owner.pid <= 0)
        return std::nullopt;
    return owner;
}

OpenLock::Holder OpenLock::inspect(const QString &databasePath)
{
    const QString path = lockPath(databasePath);
    Holder holder;
    bool exists = false;
    const QByteArray bytes = readLock(path, &exists);
    if (!exists)
        return holder;
    const auto owner = decode(bytes);
    if (!owner) {
        // Written by a program that died between creating and filling it,
        // or by something else: nobody can be named. Unless it is brand new:
        // then its writer may be filling it this very moment.
        const QDateTime modified = QFileInfo(path).lastModified();
        holder.unreadable = true;
        holder.state = modified.isValid() && modified.secsTo(QDateTime::currentDateTime()) < 2
                           ? State::HeldElsewhere
                           : State::Stale;
        return holder;
    }
    holder.owner = *owner;
    const LockOwner me = currentProcess();
    holder.sameHost = owner->host == me.host;
    if (!holder.sameHost) {
        holder.state = State::HeldElsewhere;
    } else if (owner->pid == me.pid) {
        QMutexLocker locker(&registryMutex);
        holder.state = registry().contains(path) ? State::ThisProcess : State::Stale;
    } else if ((!owner->bootId.isEmpty() && !me.bootId.isEmpty() && owner->bootId != me.bootId) ||
               !processExists(owner->pid)) {
        holder.state = State::Stale;
    } else {
        holder.state = State::HeldElsewhere;
    }
    return holder;
}

Result<std::unique_ptr<OpenLock>> OpenLock::acquire(const QString &databasePath, bool takeOver)
{
    const QString path = lockPath(databasePath);
    // A few rounds: another program may take or drop the lock in between.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Holder holder = inspect(databasePath);
        switch (holder.state) {
        case State::ThisProcess: {
            QMutexLocker locker(&registryMutex);
            auto it = registry().find(path);
            if (it != registry().end()) {
                ++it.value();
                return std::unique_ptr<OpenLock>(new OpenLock(path));
            }
            continue; // released a moment ago
        }
        case State::HeldElsewhere:
            if (!takeOver)
                return fail(heldMessage(databasePath, holder.owner), QStringLiteral("lock"));
            [[fallthrough]];
        case State::Stale: {
            // Renamed away, not removed: of two programs taking over the same
            // stale lock, only one rename succeeds; the other sees the new lock.
            const QString aside = path + QStringLiteral(".") +
                                  QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                  QStringLiteral(".stale");
            if (QFile::rename(path, aside))
                QFile::remove(aside);
            [[fallthrough]];
        }
        case State::Free:
            if (createLock(path, encode(currentProcess()))) {
                QMutexLocker locker(&registryMutex);
                registry().insert(path, 1);
                return std::unique_ptr<OpenLock>(new OpenLock(path));
            }
            if (!QFileInfo(path).dir().exists() || QFileInfo::exists(path))
                continue;
            return fail(tr("The lock file %1 cannot be created, so nobody else would see that you "
                           "are working in the database. Check that you may write to the folder, "
                           "or open the database read-only.")
                            .arg(QDir::toNativeSeparators(path)),
                        QStringLiteral("lock"));
        }
    }
    const Holder holder = inspect(databasePath);
    return fail(holder.state == State::HeldElsewhere
                    ? heldMessage(databasePath, holder.owner)
                    : tr("The lock file %1 cannot be created.").arg(QDir::toNativeSeparators(path)),
                QStringLiteral("lock"));
}

QString OpenLock::describe(const LockOwner &owner)
{
    const QLocale locale;
    const QString since = owner.since.isValid()
                              ? locale.toString(owner.since.toLocalTime(), QLocale::ShortFormat)
                              : tr("an unknown time");
    return tr("%1 on %2 since %3").arg(owner.displayName(), owner.host, since);
}

QString OpenLock::heldMessage(const QString &databasePath, const LockOwner &owner)
{
    return tr("The database %1 is open in Knutepunkt: %2. It can only be opened read-only until "
              "it is closed there.")
        .arg(QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath()), describe(owner));
}

} // namespace knutepunkt
