#include "dialogs/OpenDatabase.h"

#include "dialogs/LockDialog.h"
#include "storage/Database.h"
#include "storage/OpenLock.h"

#include <QDateTime>
#include <QFileInfo>

namespace knutepunkt {

Result<std::unique_ptr<Database>> openDatabase(QWidget *parent, const QString &path)
{
    OpenOptions options;
    // Asked again if someone else took the lock between the look and the opening.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const OpenLock::Holder holder = OpenLock::inspect(path);
        if (holder.state == OpenLock::State::HeldElsewhere) {
            switch (LockDialog::ask(parent, path, holder)) {
            case LockDialog::Answer::Cancel:
                return fail(QString());
            case LockDialog::Answer::ReadOnly:
                options.readOnly = true;
                break;
            case LockDialog::Answer::TakeOver:
                options.takeOverLock = true;
                break;
            }
        }
        auto database = Database::open(path, QDateTime::currentDateTime(), options);
        if (database || database.error().field != QLatin1String("lock"))
            return database;
    }
    return Database::open(path, QDateTime::currentDateTime(), options);
}

Result<std::unique_ptr<Database>> openOrCreateDatabase(QWidget *parent, const QString &path)
{
    return QFileInfo::exists(path) ? openDatabase(parent, path) : Database::create(path);
}

} // namespace knutepunkt
