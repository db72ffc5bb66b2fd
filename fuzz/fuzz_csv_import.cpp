// libFuzzer target: CSV import of every list, on a database holding the
// example year (so names of departments, goals and meetings resolve and the
// import reaches its deeper checks).
//
// Input: first byte chooses the list (and, in its high bit, ';' instead of
// ',' as separator); the rest is the file.
//
// Beyond "no crash, no sanitizer finding": a refused file must say why (a
// person gets that message), and an accepted one cannot have imported more
// rows than the file has lines.

#include "FuzzDatabase.h"
#include "demo/ExampleYear.h"
#include "io/CsvLists.h"

#include <cstdint>
#include <cstdlib>

using namespace knutepunkt;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Database &db = fuzz::database([](Database &d) { return ExampleYear::fill(d); });
    static const QStringList lists = CsvLists::listNames();
    const QString list = lists.at((data[0] & 0x7f) % lists.size());
    CsvLists::ImportOptions options;
    options.delimiter = (data[0] & 0x80) ? QLatin1Char(';') : QLatin1Char(',');
    options.fileName = QStringLiteral("fuzz.csv");
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    fuzz::withRollback(db, [&] {
        const auto imported = CsvLists(db).importCsv(list, bytes, options);
        if (!imported && imported.error().message.isEmpty())
            std::abort();
        if (imported && *imported > bytes.count('\n') + bytes.count('\r') + 1)
            std::abort();
    });
    return 0;
}
