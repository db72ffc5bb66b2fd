#pragma once

#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdlib>
#include <memory>

// What the import fuzzers share: a Qt application object (Qt Sql loads its
// SQLite driver as a plugin) and one database in a temporary folder, created
// once. Every input runs inside a transaction that is rolled back, so each
// input meets exactly the same database: libFuzzer needs the same input to
// take the same path every time.
namespace knutepunkt::fuzz {

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "knutepunkt-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

// Aborts (a crash libFuzzer reports) when the fixture cannot be made: a
// fuzzer running on a broken fixture would only report noise.
inline Database &database(const std::function<Status(Database &)> &fill)
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [&] {
        application();
        auto created = Database::create(dir.filePath(QStringLiteral("fuzz.sqlite")));
        if (!created || !fill(**created))
            std::abort();
        return std::move(*created);
    }();
    return *db;
}

// Runs `work` in a write transaction that never commits.
inline void withRollback(Database &db, const std::function<void()> &work)
{
    const auto rolledBack = db.write([&]() -> Status {
        work();
        return fail(QStringLiteral("rolled back by the fuzzer"));
    });
    if (rolledBack)
        std::abort(); // the fixture would change from one input to the next
}

} // namespace knutepunkt::fuzz
