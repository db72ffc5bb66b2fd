#pragma once

#include "domain/Meetings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace knutepunkt {

class Database;

// Meetings with participants, numbered agenda items and follow-up items.
// Approved minutes are read-only: everything but a follow-up's progress
// (status, closed date) is refused once a meeting is approved; a correction
// after that is recorded as an amendment.
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
    std::optional<AgendaItem> agendaItem(Id id) const;
    Result<Id> addAgendaItem(const AgendaItem &item); // position 0: append
    Status updateAgendaItem(const AgendaItem &item);
    Status removeAgendaItem(Id id);
    // Moves an item to a 1-based position; the others close up around it.
    Status moveAgendaItem(Id id, int newPosition);

    // Agenda items are numbered per series and year: "12/20" is the twelfth
    // item of the series in 2020, counting the items of the series' earlier
    // meetings that year in date order. A meeting without a series numbers
    // only its own items. Item id -> number.
    QHash<Id, QString> agendaNumbers(Id meetingId) const;
    QString agendaNumber(Id itemId) const; // empty for an unknown item
    static QString formatAgendaNumber(int number, int year);

    // The standard items a new agenda starts with, in the application's
    // language (they become stored text): approval of the previous minutes,
    // items for information and any other business.
    static QStringList standardItemTitles();
    // Puts the standard items on a meeting's agenda: the first two at the
    // top, any other business last. One already there (same title) is not
    // added again. They are ordinary items afterwards, removed like any other.
    Status addStandardAgendaItems(Id meetingId);

    QList<FollowUp> followUps(Id meetingId = 0) const; // 0: all
    // Follow-ups from earlier meetings of a series that were still open on
    // the date (FollowUp::openOn), to carry forward.
    QList<FollowUp> openFollowUpsBefore(const QString &series, const QDate &date) const;
    // The same for one meeting, with where each came from: what its notice
    // and minutes list under "Follow-up from previous meetings". Empty for a
    // meeting without a series.
    QList<FollowUpWithOrigin> carriedFollowUps(Id meetingId) const;
    // Every follow-up still open, across meetings: by owner, then deadline
    // (none last).
    QList<FollowUpWithOrigin> openFollowUps() const;
    Result<Id> addFollowUp(const FollowUp &followUp);
    // A follow-up made from an agenda item, not yet stored: the decision (or,
    // without one, the title) says what to do and the presenter owns it.
    static FollowUp followUpFromItem(const AgendaItem &item);
    // Makes and stores that follow-up in one step.
    Result<Id> addFollowUpFromItem(Id itemId, const QDate &dueDate = {});
    Status updateFollowUp(const FollowUp &followUp);
    Status removeFollowUp(Id id);

    // Corrections of approved minutes, oldest first (meeting 0: all). They
    // are never changed or removed: a wrong amendment is corrected by the
    // next one. A draft is refused; it is simply edited.
    QList<Amendment> amendments(Id meetingId = 0) const;
    Result<Id> addAmendment(const Amendment &amendment);

private:
    Status checkEditable(Id meetingId) const;
    Status renumber(Id meetingId, const QList<Id> &orderedIds);
    QList<FollowUpWithOrigin> withOrigin(const QList<FollowUp> &followUps) const;

    Database &m_db;
};

} // namespace knutepunkt
