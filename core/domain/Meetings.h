#pragma once

#include "domain/Enums.h"
#include "domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace knutepunkt {

struct Meeting
{
    Id id = 0;
    MeetingKind kind = MeetingKind::Unit;
    QString series; // e.g. "Virksomhetsmøte"
    QString title;
    QString body; // the forum, e.g. "Formannskapet"
    QDate date;
    QTime start;
    QTime end;
    QString location;
    Id departmentId = 0; // organising department, 0 if none
    QString chair;
    QString minuteTaker;
    MinutesStatus status = MinutesStatus::Draft;
    QDate approvedOn;
    QString approvedBy;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

// A participant is either a member of staff (staffId) or an external name.
struct Participant
{
    Id id = 0;
    Id meetingId = 0;
    Id staffId = 0;
    QString name; // for external participants; filled from staff on read
    Attendance attendance = Attendance::Present;
};

struct AgendaItem
{
    Id id = 0;
    Id meetingId = 0;
    int position = 0; // 1-based order in the agenda
    QString title;
    QString presenter;
    Id caseId = 0;
    QString description;
    QString discussion;
    QString decision;
    ItemOutcome outcome = ItemOutcome::Information;
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

struct FollowUp
{
    Id id = 0;
    Id meetingId = 0;
    Id agendaItemId = 0; // 0 if not tied to one item
    QString text;
    QString owner;
    QDate dueDate;
    FollowUpStatus status = FollowUpStatus::Open;
    QDate closedOn;

    // Still open on a day: not closed yet, or closed only later. Minutes
    // printed again later show what was open at the meeting.
    bool openOn(const QDate &day) const
    {
        if (status == FollowUpStatus::Open)
            return true;
        return closedOn.isValid() && day.isValid() && closedOn > day;
    }
    // Open on the day and its deadline already passed.
    bool overdueOn(const QDate &day) const
    {
        return openOn(day) && dueDate.isValid() && day.isValid() && dueDate < day;
    }
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

// A follow-up together with where it was decided, for lists across meetings
// and for carrying it forward to the next meetings of a series.
struct FollowUpWithOrigin
{
    FollowUp followUp;
    Id meetingId = 0;
    QString meetingTitle;
    QString series;
    QDate meetingDate;
    QString agendaNumber; // "12/20" of the item it came from, empty if none
};

// A correction of approved minutes. Approved minutes are never edited; what
// was wrong and what is right is recorded next to them and printed after the
// approval line.
struct Amendment
{
    Id id = 0;
    Id meetingId = 0;
    QDate date;
    QString amendedBy;
    QString reason;
    QString correction;
};

} // namespace knutepunkt
