#include "io/ICalendar.h"

#include "storage/MeetingStore.h"

namespace knutepunkt {

namespace {

const QByteArray TimeZone = "Europe/Oslo";

// The rules of Europe/Oslo since 1996 (EU summer time: last Sunday of March
// 02:00 to last Sunday of October 03:00), as Thunderbird and Outlook write
// them. Without it a client has to know the TZID on its own.
const char *const OsloTimeZone[] = {
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Oslo",
    "X-LIC-LOCATION:Europe/Oslo",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
};

QByteArray localDateTime(const QDate &date, const QTime &time)
{
    return (date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
            time.toString(QStringLiteral("HHmmss")))
        .toLatin1();
}

QByteArray dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

} // namespace

QByteArray ICalendar::escapeText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u';':
            escaped += QStringLiteral("\\;");
            break;
        case u',':
            escaped += QStringLiteral("\\,");
            break;
        case u'\r':
            // CRLF is one line break; a lone CR counts as one too.
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                break;
            escaped += QStringLiteral("\\n");
            break;
        case u'\n':
        case QChar::LineSeparator:
        case QChar::ParagraphSeparator:
            escaped += QStringLiteral("\\n");
            break;
        default:
            // RFC 5545 allows no other control characters in TEXT.
            if (c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f))
                escaped += c;
        }
    }
    return escaped.toUtf8();
}

QByteArray ICalendar::foldLine(const QByteArray &line)
{
    QByteArray folded;
    qsizetype start = 0;
    // A continuation line starts with a space, which counts towards its 75.
    qsizetype room = MaxLineOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        // Back to the first byte of the character: UTF-8 continuation bytes
        // are 10xxxxxx, and a split one would turn into garbage.
        while (cut > start && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        folded += line.mid(start, cut - start) + "\r\n ";
        start = cut;
        room = MaxLineOctets - 1;
    }
    folded += line.mid(start) + "\r\n";
    return folded;
}

QByteArray ICalendar::uid(Id meetingId)
{
    // The id never changes for a meeting; the domain is reserved (RFC 2606),
    // so the UID cannot clash with one from a real server.
    return "meeting-" + QByteArray::number(meetingId) + "@knutepunkt.invalid";
}

QList<Meeting> ICalendar::select(const Selection &selection) const
{
    const MeetingStore store(m_db);
    QList<Meeting> candidates;
    if (selection.meetingId > 0) {
        if (const auto meeting = store.meeting(selection.meetingId))
            candidates << *meeting;
    } else {
        candidates = store.meetings(selection.year);
    }
    QList<Meeting> selected;
    for (const Meeting &m : candidates) {
        if (selection.year > 0 && m.date.year() != selection.year)
            continue;
        if (!selection.series.trimmed().isEmpty() && m.series != selection.series.trimmed())
            continue;
        selected << m;
    }
    return selected;
}

Result<QByteArray> ICalendar::exportMeetings(const Selection &selection,
                                             const QDateTime &stamp) const
{
    if (selection.meetingId > 0 && !MeetingStore(m_db).meeting(selection.meetingId)) {
        return fail(tr("There is no meeting with id %1.").arg(selection.meetingId),
                    QStringLiteral("meeting"));
    }
    const QList<Meeting> meetings = select(selection);
    if (meetings.isEmpty()) {
        QStringList criteria;
        if (selection.meetingId > 0)
            criteria << tr("meeting %1").arg(selection.meetingId);
        if (!selection.series.trimmed().isEmpty())
            criteria << tr("series \"%1\"").arg(selection.series.trimmed());
        if (selection.year > 0)
            criteria << tr("year %1").arg(selection.year);
        if (criteria.isEmpty())
            return fail(tr("There are no meetings to export."));
        return fail(tr("No meeting matches %1.").arg(criteria.join(QStringLiteral(", "))));
    }

    const QByteArray utcStamp =
        stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    for (const char *line :
         {"BEGIN:VCALENDAR", "PRODID:-//Knutepunkt//Knutepunkt " KNUTEPUNKT_VERSION "//NO",
          "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"})
        out += foldLine(line);
    for (const char *line : OsloTimeZone)
        out += foldLine(line);
    for (const Meeting &meeting : meetings)
        out += event(meeting, utcStamp);
    out += foldLine("END:VCALENDAR");
    return out;
}

QByteArray ICalendar::event(const Meeting &meeting, const QByteArray &stamp) const
{
    QByteArray out = foldLine("BEGIN:VEVENT");
    out += foldLine("UID:" + uid(meeting.id));
    out += foldLine("DTSTAMP:" + stamp);
    if (meeting.start.isValid()) {
        out +=
            foldLine("DTSTART;TZID=" + TimeZone + ':' + localDateTime(meeting.date, meeting.start));
        // Without an end the event lasts no time (RFC 5545 § 3.6.1); better
        // than an end time nobody decided.
        if (meeting.end.isValid()) {
            out +=
                foldLine("DTEND;TZID=" + TimeZone + ':' + localDateTime(meeting.date, meeting.end));
        }
    } else {
        // No time: an all-day event, which ends (exclusively) the next day.
        out += foldLine("DTSTART;VALUE=DATE:" + dateValue(meeting.date));
        out += foldLine("DTEND;VALUE=DATE:" + dateValue(meeting.date.addDays(1)));
    }
    out += foldLine("SUMMARY:" + escapeText(meeting.title));
    if (!meeting.location.trimmed().isEmpty())
        out += foldLine("LOCATION:" + escapeText(meeting.location.trimmed()));

    // The agenda, numbered as on the notice; case titles stay out (a
    // restricted case must never reach a calendar).
    const MeetingStore store(m_db);
    const QHash<Id, QString> numbers = store.agendaNumbers(meeting.id);
    QStringList lines;
    if (!meeting.body.trimmed().isEmpty())
        lines << meeting.body.trimmed();
    for (const AgendaItem &item : store.agendaItems(meeting.id))
        lines << QStringLiteral("%1 %2").arg(numbers.value(item.id), item.title);
    if (!lines.isEmpty())
        out += foldLine("DESCRIPTION:" + escapeText(lines.join(QLatin1Char('\n'))));
    if (!meeting.series.trimmed().isEmpty())
        out += foldLine("CATEGORIES:" + escapeText(meeting.series.trimmed()));
    out += foldLine("END:VEVENT");
    return out;
}

} // namespace knutepunkt
