#pragma once

#include "domain/Meetings.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace knutepunkt {

class Database;

// Meetings as an iCalendar file (RFC 5545) that Outlook, Thunderbird and
// phone calendars import: one VCALENDAR (METHOD:PUBLISH) with the time zone
// Europe/Oslo and one VEVENT per meeting. A meeting keeps its UID from one
// export to the next, so importing again updates it instead of adding a copy.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)

public:
    // Which meetings: all criteria that are set must hold; none set: all.
    struct Selection
    {
        Id meetingId = 0;
        QString series;
        int year = 0;
    };

    // RFC 5545 § 3.1: content lines are folded after at most 75 octets.
    static constexpr int MaxLineOctets = 75;

    explicit ICalendar(Database &database)
        : m_db(database)
    {
    }

    // The meetings that match, in date order.
    QList<Meeting> select(const Selection &selection) const;
    // The calendar; `stamp` becomes every event's DTSTAMP (in UTC). Fails,
    // saying why, for an unknown meeting id or when nothing matches.
    Result<QByteArray>
    exportMeetings(const Selection &selection,
                   const QDateTime &stamp = QDateTime::currentDateTimeUtc()) const;

    // The pieces, public for tests.
    // TEXT value escaping: backslash, semicolon, comma and line breaks;
    // other control characters are dropped. UTF-8.
    static QByteArray escapeText(QStringView text);
    // One content line, folded to lines of at most 75 octets (CRLF and a
    // space before each continuation), never inside a UTF-8 character.
    // Ends with CRLF.
    static QByteArray foldLine(const QByteArray &line);
    // "meeting-12@knutepunkt.invalid": stable for a meeting of a database.
    static QByteArray uid(Id meetingId);

private:
    QByteArray event(const Meeting &meeting, const QByteArray &stamp) const;

    Database &m_db;
};

} // namespace knutepunkt
