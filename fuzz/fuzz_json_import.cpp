// libFuzzer target: restoring a JSON backup into an empty database.
//
// Beyond "no crash, no sanitizer finding": a refused file must say why, and
// an accepted one must survive the promise the format makes — exported again
// it imports into another empty database and exports to the same bytes.

#include "FuzzDatabase.h"
#include "io/JsonBackup.h"

#include <cstdint>
#include <cstdlib>

using namespace knutepunkt;

namespace {

Database &secondDatabase()
{
    static QTemporaryDir dir;
    static std::unique_ptr<Database> db = [] {
        auto created = Database::create(dir.filePath(QStringLiteral("second.sqlite")));
        if (!created)
            std::abort();
        return std::move(*created);
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Database &db = fuzz::database([](Database &) -> Status { return {}; });
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    fuzz::withRollback(db, [&] {
        const auto imported = JsonBackup(db).importJson(bytes, QStringLiteral("fuzz.json"));
        if (!imported) {
            if (imported.error().message.isEmpty())
                std::abort();
            return;
        }
        const auto exported = JsonBackup(db).exportJson();
        if (!exported)
            std::abort();
        Database &second = secondDatabase();
        fuzz::withRollback(second, [&] {
            if (!JsonBackup(second).importJson(*exported))
                std::abort();
            const auto again = JsonBackup(second).exportJson();
            if (!again || *again != *exported)
                std::abort();
        });
    });
    return 0;
}
