#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <memory>

class QWidget;

namespace knutepunkt {

class Database;

// Opens an existing database the way the window does: when Knutepunkt has
// it open elsewhere, LockDialog asks whether to open it read-only, take the
// lock over (another computer's lock only) or not at all; a stale lock is
// taken over without a question. Cancelling gives an error with an empty
// message, as the welcome screen does.
Result<std::unique_ptr<Database>> openDatabase(QWidget *parent, const QString &path);
// openDatabase() for an existing file, Database::create() otherwise.
Result<std::unique_ptr<Database>> openOrCreateDatabase(QWidget *parent, const QString &path);

} // namespace knutepunkt
