#pragma once

#include "domain/Meetings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace knutepunkt {

class Database;

// Meetings with participants, numbered agenda items and follow-up items.
// Approved minutes are read-only: everything but a follow-up's progress
// (status, closed date) is refused once a meeting is approved.
class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)

public:
    explicit MeetingStore(Database &database)
        : m_db(database)
    {
    }

    QList<Meeting> meetings(int year = 0) const; // by date and start
    std::optional<Meeting> meeting(Id id) const;
    Result<Id> addMeeting(const Meeting &meeting);
    Status updateMeeting(const Meeting &meeting);
    Status removeMeeting(Id id);
    Status approveMinutes(Id meetingId, const QDate &approvedOn, const QString &approvedBy);

    QList<Participant> participants(Id meetingId) const;
    Status setParticipants(Id meetingId, const QList<Participant> &participants);

    QList<AgendaItem> agendaItems(Id meetingId) const; // in agenda order
    Result<Id> addAgendaItem(const AgendaItem &item);  // position 0: append
    Status updateAgendaItem(const AgendaItem &item);
    Status removeAgendaItem(Id id);
    // Moves an item to a 1-based position; the others close up around it.
    Status moveAgendaItem(Id id, int newPosition);

    QList<FollowUp> followUps(Id meetingId = 0) const; // 0: all
    // Open follow-ups from earlier meetings of a series, to carry forward.
    QList<FollowUp> openFollowUpsBefore(const QString &series, const QDate &date) const;
    Result<Id> addFollowUp(const FollowUp &followUp);
    Status updateFollowUp(const FollowUp &followUp);
    Status removeFollowUp(Id id);

private:
    Status checkEditable(Id meetingId) const;
    Status renumber(Id meetingId, const QList<Id> &orderedIds);

    Database &m_db;
};

} // namespace knutepunkt
