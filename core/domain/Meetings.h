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
};

} // namespace knutepunkt
