// What leaves the program: printed documents never carry an identity
// number, exports can leave out the titles of restricted cases, and every
// file written for the user is readable by its owner only.
#include "demo/ExampleYear.h"
#include "io/CsvLists.h"
#include "io/ICalendar.h"
#include "io/JsonBackup.h"
#include "print/DocumentLanguage.h"
#include "report/AnnualReport.h"
#include "report/MeetingMinutes.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "support/Files.h"
#include "support/IdentityNumbers.h"
#include "support/TempDir.h"
#include "util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace knutepunkt;
using namespace Qt::Literals::StringLiterals;

namespace {

const QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser;

// The permission bits as the file system has them (root may read anything,
// but the bits still say who else may).
mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

// A umask that would make new files world-readable, as on many desktops.
struct Umask
{
    Umask() { m_old = ::umask(022); }
    ~Umask() { ::umask(m_old); }
    mode_t m_old;
};

struct Example
{
    TempDir dir;
    std::unique_ptr<Database> db;
    QString path = dir.path(u"example.sqlite"_s);

    Example()
    {
        auto created = Database::create(path);
        REQUIRE(created);
        db = std::move(*created);
        REQUIRE(ExampleYear::fill(*db));
    }

    Meeting meetingWithItems() const
    {
        for (const Meeting &m : MeetingStore(*db).meetings()) {
            if (!MeetingStore(*db).agendaItems(m.id).isEmpty())
                return m;
        }
        FAIL("The example year has no meeting with an agenda");
        return {};
    }
};

} // namespace

TEST_CASE("Minutes holding an identity number are not printed, and no PDF is left", "[privacy]")
{
    Example example;
    const Meeting meeting = example.meetingWithItems();
    const AgendaItem item = MeetingStore(*example.db).agendaItems(meeting.id).first();
    // Written behind Knutepunkt's back, as an old version or another tool might.
    const QString number = someIdentityNumber();
    rawSql(example.path, {u"UPDATE agenda_items SET decision = 'Saken gjelder %1, "
                          u"se vedlegg.' WHERE id = %2"_s.arg(number)
                              .arg(item.id)});

    auto minutes =
        MeetingMinutes::create(*example.db, meeting.id, *DocumentLanguage::fromCode(u"nb"_s));
    REQUIRE(minutes);
    const QString pdf = example.dir.path(u"referat.pdf"_s);
    const Status written = (*minutes)->writePdf(pdf);
    REQUIRE_FALSE(written);
    const QString message = written.error().message;
    INFO(message.toStdString());
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(message.contains(u"identity number"_s));
    CHECK(message.contains(u"page 1"_s));
    CHECK(message.contains(u"Saken gjelder ***********"_s)); // where, masked
    CHECK_FALSE(message.contains(number));
    CHECK_FALSE(message.contains(number.left(6)));
    CHECK_FALSE((*minutes)->checkPrivacy());

    SECTION("an earlier PDF of that name is left as it was")
    {
        writeFile(pdf, "the earlier minutes");
        REQUIRE_FALSE((*minutes)->writePdf(pdf));
        CHECK(readAll(pdf) == "the earlier minutes");
    }
}

TEST_CASE("An annual summary with an identity number in its page header is not printed",
          "[privacy]")
{
    Example example;
    const QString number = someIdentityNumber(QDate(1990, 5, 17), true); // a D-number
    rawSql(example.path, {u"UPDATE unit SET name = 'Knutepunkt %1'"_s.arg(number)});
    const AnnualReport report(*example.db, ExampleYear::Year, *DocumentLanguage::fromCode(u"nb"_s));
    const QString pdf = example.dir.path(u"oppsummering.pdf"_s);
    const Status written = report.writePdf(pdf);
    REQUIRE_FALSE(written);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK_FALSE(written.error().message.contains(number));
    CHECK(written.error().message.contains(u"Knutepunkt ***********"_s));
}

TEST_CASE("Printed documents without identity numbers are written owner-only", "[privacy]")
{
    const Umask umask;
    Example example;
    const QString pdf = example.dir.path(u"oppsummering.pdf"_s);
    writeFile(pdf, "an old, world-readable file");
    QFile::setPermissions(pdf, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ReadOther | QFileDevice::ReadGroup);
    const AnnualReport report(*example.db, ExampleYear::Year, *DocumentLanguage::fromCode(u"nb"_s));
    REQUIRE(report.checkPrivacy());
    REQUIRE(report.writePdf(pdf));
    CHECK(readAll(pdf).startsWith("%PDF"));
    CHECK(modeOf(pdf) == 0600);
}

TEST_CASE("A CSV list of cases can leave out the titles of restricted cases", "[privacy][csvlists]")
{
    Example example;
    CaseStore cases(*example.db);
    QStringList restrictedTitles;
    QStringList openTitles;
    for (const Case &c : cases.cases())
        (c.restricted ? restrictedTitles : openTitles) << c.title;
    REQUIRE_FALSE(restrictedTitles.isEmpty());
    REQUIRE_FALSE(openTitles.isEmpty());

    CsvLists lists(*example.db);
    const auto full = lists.exportCsv(u"cases"_s);
    REQUIRE(full);
    CsvLists::ExportOptions options;
    options.leaveOutRestrictedTitles = true;
    const auto withheld = lists.exportCsv(u"cases"_s, options);
    REQUIRE(withheld);
    const QString text = QString::fromUtf8(*withheld);
    for (const QString &title : restrictedTitles) {
        CHECK(QString::fromUtf8(*full).contains(title));
        CHECK_FALSE(text.contains(title));
    }
    for (const QString &title : openTitles)
        CHECK(text.contains(title));
    CHECK(text.count(u"(restricted)"_s) == restrictedTitles.size());
    CHECK(text.contains(u"20/30561-1"_s)); // the case is still listed, by its reference

    SECTION("importing that list again keeps the real titles")
    {
        REQUIRE(lists.importCsv(u"cases"_s, *withheld, {}));
        CHECK(*lists.exportCsv(u"cases"_s) == *full);
    }
    SECTION("a new case cannot come in with the placeholder as its title")
    {
        TempDir other;
        auto empty = Database::create(other.path(u"empty.sqlite"_s));
        REQUIRE(empty);
        REQUIRE(
            CsvLists(**empty).importCsv(u"departments"_s, *lists.exportCsv(u"departments"_s), {}));
        const auto imported = CsvLists(**empty).importCsv(u"cases"_s, *withheld, {});
        REQUIRE_FALSE(imported);
        CHECK(imported.error().message.contains(u"title"_s));
        CHECK(CaseStore(**empty).cases().isEmpty());
    }
}

TEST_CASE("A JSON export without restricted titles is marked and never imported as a backup",
          "[privacy][json]")
{
    Example example;
    const auto withheld = JsonBackup(*example.db).exportJson({true});
    REQUIRE(withheld);
    const QString text = QString::fromUtf8(*withheld);
    for (const Case &c : CaseStore(*example.db).cases()) {
        INFO(c.reference.toStdString());
        CHECK(text.contains(c.title) != c.restricted);
    }
    CHECK(text.contains(u"\"format\": \"knutepunkt-without-restricted-titles\""_s));

    TempDir other;
    auto empty = Database::create(other.path(u"empty.sqlite"_s));
    REQUIRE(empty);
    const Status imported = JsonBackup(**empty).importJson(*withheld, u"utlevering.json"_s);
    REQUIRE_FALSE(imported);
    CHECK(imported.error().message.contains(u"utlevering.json"_s));
    CHECK(imported.error().message.contains(u"left out"_s));
    CHECK(JsonBackup(**empty).isEmpty());
    // The complete export still is a backup.
    REQUIRE(JsonBackup(**empty).importJson(*JsonBackup(*example.db).exportJson()));
}

TEST_CASE("Every export file is owner-only from its first byte, and replaced whole", "[privacy]")
{
    const Umask umask;
    Example example;
    const auto csv = CsvLists(*example.db).exportCsv(u"cases"_s);
    const auto json = JsonBackup(*example.db).exportJson();
    const auto ics = ICalendar(*example.db).exportMeetings({});
    REQUIRE(csv);
    REQUIRE(json);
    REQUIRE(ics);
    for (const auto &[name, bytes] :
         {std::pair(u"saker.csv"_s, *csv), std::pair(u"backup.json"_s, *json),
          std::pair(u"moter.ics"_s, *ics)}) {
        INFO(name.toStdString());
        const QString path = example.dir.path(name);
        // An existing, world-readable file of that name does not pass its mode on.
        writeFile(path, "old");
        ::chmod(QFile::encodeName(path).constData(), 0644);
        REQUIRE(PrivateFile::write(path, bytes));
        CHECK(readAll(path) == bytes);
        CHECK(modeOf(path) == 0600);
        CHECK(QFile::permissions(path) == OwnerOnly);
    }
    // No temporary file is left beside them.
    CHECK(QDir(example.dir.root()).entryList({u"*.part"_s}, QDir::Files | QDir::Hidden).isEmpty());

    SECTION("a failed write leaves the old file")
    {
        const QString path = example.dir.path(u"missing-folder/saker.csv"_s);
        const Status written = PrivateFile::write(path, *csv);
        REQUIRE_FALSE(written);
        CHECK(written.error().message.contains(u"saker.csv"_s));
        CHECK_FALSE(QFile::exists(path));
    }
}
