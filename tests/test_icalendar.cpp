// Meetings as iCalendar: the text rules of RFC 5545 and a real parser's view
// of the file (python3-icalendar, what many calendar tools build on).
#include "demo/ExampleYear.h"
#include "io/ICalendar.h"
#include "storage/Database.h"
#include "storage/MeetingStore.h"
#include "support/TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace knutepunkt;
using namespace Qt::Literals::StringLiterals;

namespace {

struct ExampleCalendar
{
    TempDir dir;
    std::unique_ptr<Database> db;

    ExampleCalendar()
    {
        auto created = Database::create(dir.path(QStringLiteral("example.sqlite")));
        REQUIRE(created);
        db = std::move(*created);
        REQUIRE(ExampleYear::fill(*db));
    }

    QByteArray calendar(const ICalendar::Selection &selection)
    {
        const auto bytes = ICalendar(*db).exportMeetings(
            selection, QDateTime(QDate(2021, 1, 5), QTime(13, 30), Qt::UTC));
        INFO((bytes ? std::string() : bytes.error().message.toStdString()));
        REQUIRE(bytes);
        return *bytes;
    }
};

QList<QByteArray> physicalLines(const QByteArray &calendar)
{
    REQUIRE(calendar.endsWith("\r\n"));
    QList<QByteArray> lines = calendar.split('\n');
    lines.removeLast(); // after the final line end
    for (QByteArray &line : lines) {
        REQUIRE(line.endsWith('\r')); // every line ends in CRLF
        line.chop(1);
    }
    return lines;
}

// Debian's python3-icalendar is installed for the system's Python; a Python
// of one's own earlier on PATH may not have it.
QString python()
{
    return QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

// The events as python3-icalendar reads them.
QJsonArray parsedEvents(const QString &path)
{
    const QString script = uR"(
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for e in cal.walk('VEVENT'):
    start = e.decoded('DTSTART')
    tz = getattr(start, 'tzinfo', None)
    events.append({
        'uid': str(e.get('UID')),
        'summary': str(e.get('SUMMARY')),
        'location': str(e.get('LOCATION', '')),
        'description': str(e.get('DESCRIPTION', '')),
        'start': start.isoformat(),
        'end': e.decoded('DTEND').isoformat() if e.get('DTEND') else '',
        'tz': (getattr(tz, 'zone', None) or getattr(tz, 'key', None) or str(tz)) if tz else '',
        'utcoffset': start.utcoffset().total_seconds() if tz else None,
    })
json.dump({'method': str(cal.get('METHOD')), 'version': str(cal.get('VERSION')),
           'timezones': [str(t.get('TZID')) for t in cal.walk('VTIMEZONE')],
           'events': events}, sys.stdout)
)"_s;
    QProcess process;
    process.start(python(), {u"-c"_s, script, path});
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    CHECK(root.value(u"method"_s).toString() == u"PUBLISH"_s);
    CHECK(root.value(u"version"_s).toString() == u"2.0"_s);
    CHECK(root.value(u"timezones"_s).toArray().contains(u"Europe/Oslo"_s));
    return root.value(u"events"_s).toArray();
}

} // namespace

TEST_CASE("iCalendar text escapes backslash, semicolon, comma and line breaks", "[ics]")
{
    CHECK(ICalendar::escapeText(u"Sak 1, sak 2; og C:\\mappe"_s) ==
          QByteArray("Sak 1\\, sak 2\\; og C:\\\\mappe"));
    CHECK(ICalendar::escapeText(u"Linje én\r\nLinje to\nLinje tre\rSlutt"_s) ==
          QString(u"Linje én\\nLinje to\\nLinje tre\\nSlutt"_s).toUtf8());
    // Control characters are not allowed in iCalendar text; a tab is.
    CHECK(ICalendar::escapeText(u"a\u0007b\tc"_s) == QByteArray("ab\tc"));
    CHECK(ICalendar::escapeText(u"Møterom «Fjorden»"_s) == u"Møterom «Fjorden»"_s.toUtf8());
}

TEST_CASE("Long lines are folded at 75 octets without splitting a character", "[ics]")
{
    // 'ø' is two octets in UTF-8; here it would straddle octet 75.
    const QByteArray line = "DESCRIPTION:" + QByteArray(62, 'x') +
                            u"ø og møtet om økonomi, "
                            u"årsplan og større "
                            u"søknader til høsten"_s.repeated(3)
                                .toUtf8();
    const QByteArray folded = ICalendar::foldLine(line);
    const QList<QByteArray> lines = physicalLines(folded);
    REQUIRE(lines.size() > 2);
    CHECK(lines[0] == "DESCRIPTION:" + QByteArray(62, 'x')); // 74 octets: 'ø' moves on whole
    for (int i = 0; i < lines.size(); ++i) {
        INFO("line " << i + 1 << ": " << lines[i].toStdString());
        CHECK(lines[i].size() <= 75);
        if (i > 0)
            CHECK(lines[i].startsWith(' '));
        // Each physical line is whole UTF-8 on its own: it decodes and
        // encodes back to the same octets.
        CHECK(QString::fromUtf8(lines[i]).toUtf8() == lines[i]);
        CHECK_FALSE(QString::fromUtf8(lines[i]).contains(QChar::ReplacementCharacter));
    }
    // Unfolding gives the line back.
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded == line + "\r\n");

    CHECK(ICalendar::foldLine("VERSION:2.0") == "VERSION:2.0\r\n");
    CHECK(ICalendar::foldLine(QByteArray(75, 'a')) == QByteArray(75, 'a') + "\r\n");
    CHECK(ICalendar::foldLine(QByteArray(76, 'a')) == QByteArray(75, 'a') + "\r\n a\r\n");
}

TEST_CASE("A series exported as iCalendar is read by a real parser", "[ics]")
{
    ExampleCalendar example;
    const QByteArray bytes = example.calendar({0, u"Virksomhetsmøte"_s, 2020});
    for (const QByteArray &line : physicalLines(bytes)) {
        INFO(line.toStdString());
        CHECK(line.size() <= 75);
    }
    CHECK(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(bytes.contains("DTSTAMP:20210105T133000Z\r\n"));
    CHECK(bytes.contains("UID:meeting-"));

    const QString path = example.dir.path(u"virksomhetsmote.ics"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const QJsonArray events = parsedEvents(path);
    REQUIRE(events.size() == 2);
    const QJsonObject first = events[0].toObject();
    CHECK(first.value(u"summary"_s).toString() == u"Virksomhetsmøte 8. september"_s);
    CHECK(first.value(u"location"_s).toString() == u"Teams (digitalt)"_s);
    CHECK(first.value(u"start"_s).toString() == u"2020-09-08T09:00:00+02:00"_s);
    CHECK(first.value(u"end"_s).toString() == u"2020-09-08T10:00:00+02:00"_s);
    CHECK(first.value(u"tz"_s).toString() == u"Europe/Oslo"_s);
    CHECK(first.value(u"utcoffset"_s).toDouble() == 7200.0); // summer time
    // The agenda, numbered as on the notice, survives folding and escaping.
    const QString description = first.value(u"description"_s).toString();
    CHECK(description.contains(u"2/20 «Vi løfter sammen» – utviklingsagenter"_s));
    CHECK(description.contains(u"4/20 Besøk: Skattkammeret og Gi det videre"_s));
    CHECK(description.count(u'\n') == 3);
    CHECK(events[1].toObject().value(u"summary"_s).toString() ==
          u"Virksomhetsmøte 22. september"_s);
}

TEST_CASE("Meetings without times are all-day events, UIDs stay the same", "[ics]")
{
    ExampleCalendar example;
    const QByteArray year = example.calendar({0, {}, 2020});
    const QString path = example.dir.path(u"2020.ics"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(year);
    file.close();

    const QJsonArray events = parsedEvents(path);
    CHECK(events.size() == MeetingStore(*example.db).meetings(2020).size());
    // The formannskap meeting of 21 January has no time: a whole day.
    const QJsonObject january = events[0].toObject();
    CHECK(january.value(u"summary"_s).toString() == u"Områdesatsing i Drammen"_s);
    CHECK(january.value(u"start"_s).toString() == u"2020-01-21"_s);
    CHECK(january.value(u"end"_s).toString() == u"2020-01-22"_s);
    CHECK(january.value(u"description"_s).toString().contains(u"Formannskapet"_s));

    // One meeting alone: the same UID as in the year's file.
    const Meeting meeting = MeetingStore(*example.db).meetings(2020).first();
    const QByteArray one = example.calendar({meeting.id, {}, 0});
    CHECK(one.count("BEGIN:VEVENT") == 1);
    const QByteArray uidLine = "UID:" + ICalendar::uid(meeting.id) + "\r\n";
    CHECK(one.contains(uidLine));
    CHECK(year.contains(uidLine));
}

TEST_CASE("An iCalendar export says which selection found nothing", "[ics]")
{
    ExampleCalendar example;
    ICalendar calendar(*example.db);
    const auto unknown = calendar.exportMeetings({424242, {}, 0});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.contains(u"424242"_s));
    const auto nothing = calendar.exportMeetings({0, u"Styremøte"_s, 2019});
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().message.contains(u"Styremøte"_s));
    CHECK(nothing.error().message.contains(u"2019"_s));
}
