#include "storage/MeetingStore.h"

#include "domain/Validation.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Formats.h"

#include <QCollator>
#include <algorithm>

namespace knutepunkt {

namespace {

const QString meetingColumns = QStringLiteral(
    "id, kind, series, title, body, date, start_time, end_time, location, department_id, chair, "
    "minute_taker, status, approved_on, approved_by, row_version");

Meeting readMeeting(const Query &q)
{
    Meeting m;
    m.id = q.integer(0);
    m.kind = fromCode<MeetingKind>(q.text(1)).value_or(MeetingKind::Other);
    m.series = q.text(2);
    m.title = q.text(3);
    m.body = q.text(4);
    m.date = q.date(5);
    m.start = q.time(6);
    m.end = q.time(7);
    m.location = q.text(8);
    m.departmentId = q.integer(9);
    m.chair = q.text(10);
    m.minuteTaker = q.text(11);
    m.status = fromCode<MinutesStatus>(q.text(12)).value_or(MinutesStatus::Draft);
    m.approvedOn = q.date(13);
    m.approvedBy = q.text(14);
    m.rowVersion = q.integer(15);
    return m;
}

void bindMeeting(Query &q, const Meeting &m)
{
    q.bind(QStringLiteral(":kind"), codeOf(m.kind))
        .bind(QStringLiteral(":series"), m.series.trimmed())
        .bind(QStringLiteral(":title"), m.title.trimmed())
        .bind(QStringLiteral(":body"), m.body.trimmed())
        .bind(QStringLiteral(":date"), sqlDate(m.date))
        .bind(QStringLiteral(":start"), sqlTime(m.start))
        .bind(QStringLiteral(":end"), sqlTime(m.end))
        .bind(QStringLiteral(":location"), m.location)
        .bind(QStringLiteral(":department"), sqlId(m.departmentId))
        .bind(QStringLiteral(":chair"), m.chair)
        .bind(QStringLiteral(":taker"), m.minuteTaker)
        .bind(QStringLiteral(":status"), codeOf(m.status))
        .bind(QStringLiteral(":approved_on"), sqlDate(m.approvedOn))
        .bind(QStringLiteral(":approved_by"), m.approvedBy);
}

const QString itemColumns =
    QStringLiteral("id, meeting_id, position, title, presenter, case_id, "
                   "description, discussion, decision, outcome, row_version");

AgendaItem readItem(const Query &q)
{
    AgendaItem i;
    i.id = q.integer(0);
    i.meetingId = q.integer(1);
    i.position = int(q.integer(2));
    i.title = q.text(3);
    i.presenter = q.text(4);
    i.caseId = q.integer(5);
    i.description = q.text(6);
    i.discussion = q.text(7);
    i.decision = q.text(8);
    i.outcome = fromCode<ItemOutcome>(q.text(9)).value_or(ItemOutcome::Information);
    i.rowVersion = q.integer(10);
    return i;
}

void bindItem(Query &q, const AgendaItem &i)
{
    q.bind(QStringLiteral(":meeting"), i.meetingId)
        .bind(QStringLiteral(":position"), i.position)
        .bind(QStringLiteral(":title"), i.title.trimmed())
        .bind(QStringLiteral(":presenter"), i.presenter)
        .bind(QStringLiteral(":case"), sqlId(i.caseId))
        .bind(QStringLiteral(":description"), i.description)
        .bind(QStringLiteral(":discussion"), i.discussion)
        .bind(QStringLiteral(":decision"), i.decision)
        .bind(QStringLiteral(":outcome"), codeOf(i.outcome));
}

const QString followUpColumns =
    QStringLiteral("f.id, f.meeting_id, f.agenda_item_id, f.text, f.owner, f.due_date, f.status, "
                   "f.closed_on, f.row_version");

FollowUp readFollowUp(const Query &q)
{
    FollowUp f;
    f.id = q.integer(0);
    f.meetingId = q.integer(1);
    f.agendaItemId = q.integer(2);
    f.text = q.text(3);
    f.owner = q.text(4);
    f.dueDate = q.date(5);
    f.status = fromCode<FollowUpStatus>(q.text(6)).value_or(FollowUpStatus::Open);
    f.closedOn = q.date(7);
    f.rowVersion = q.integer(8);
    return f;
}

void bindFollowUp(Query &q, const FollowUp &f)
{
    q.bind(QStringLiteral(":meeting"), f.meetingId)
        .bind(QStringLiteral(":item"), sqlId(f.agendaItemId))
        .bind(QStringLiteral(":text"), f.text.trimmed())
        .bind(QStringLiteral(":owner"), f.owner)
        .bind(QStringLiteral(":due"), sqlDate(f.dueDate))
        .bind(QStringLiteral(":status"), codeOf(f.status))
        .bind(QStringLiteral(":closed"), sqlDate(f.closedOn));
}

} // namespace

QList<Meeting> MeetingStore::meetings(int year) const
{
    QString sql = QStringLiteral("SELECT %1 FROM meetings").arg(meetingColumns);
    if (year > 0)
        sql += QStringLiteral(" WHERE date BETWEEN :start AND :end");
    sql += QStringLiteral(" ORDER BY date, start_time, id");
    Query q(m_db, sql);
    if (year > 0) {
        q.bind(QStringLiteral(":start"), sqlDate(QDate(year, 1, 1)))
            .bind(QStringLiteral(":end"), sqlDate(QDate(year, 12, 31)));
    }
    QList<Meeting> result;
    if (q.exec()) {
        while (q.next())
            result << readMeeting(q);
    }
    return result;
}

std::optional<Meeting> MeetingStore::meeting(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM meetings WHERE id = :id").arg(meetingColumns));
    q.bind(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return readMeeting(q);
    return std::nullopt;
}

Status MeetingStore::checkEditable(Id meetingId) const
{
    const auto stored = meeting(meetingId);
    if (!stored)
        return fail(tr("The meeting does not exist."), QStringLiteral("meeting"));
    if (stored->status == MinutesStatus::Approved) {
        return fail(
            tr("The minutes of %1 were approved on %2 and cannot be changed.")
                .arg(stored->title, stored->approvedOn.toString(QStringLiteral("dd.MM.yyyy"))),
            QStringLiteral("status"));
    }
    return {};
}

Result<Id> MeetingStore::addMeeting(const Meeting &meeting)
{
    if (auto ok = validation::check(meeting); !ok)
        return fail(ok.error());
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO meetings (kind, series, title, body, date, start_time, "
                       "end_time, location, department_id, chair, minute_taker, status, "
                       "approved_on, approved_by) VALUES (:kind, :series, :title, :body, "
                       ":date, :start, :end, :location, :department, :chair, :taker, "
                       ":status, :approved_on, :approved_by) RETURNING id"),
        [&](Query &q) { bindMeeting(q, meeting); });
}

Status MeetingStore::updateMeeting(const Meeting &meeting)
{
    if (auto ok = checkEditable(meeting.id); !ok)
        return ok;
    if (auto ok = validation::check(meeting); !ok)
        return ok;
    return updateAtVersion(m_db, QStringLiteral("meetings"), meeting.id, meeting.rowVersion, [&] {
        return changeRows(
            m_db,
            QStringLiteral("UPDATE meetings SET kind = :kind, series = :series, title = :title, "
                           "body = :body, date = :date, start_time = :start, end_time = :end, "
                           "location = :location, department_id = :department, chair = :chair, "
                           "minute_taker = :taker, status = :status, approved_on = :approved_on, "
                           "approved_by = :approved_by WHERE id = :id"),
            [&](Query &q) {
                bindMeeting(q, meeting);
                q.bind(QStringLiteral(":id"), meeting.id);
            });
    });
}

Status MeetingStore::removeMeeting(Id id)
{
    if (auto ok = checkEditable(id); !ok)
        return ok;
    return changeRows(m_db, QStringLiteral("DELETE FROM meetings WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

Status MeetingStore::approveMinutes(Id meetingId, const QDate &approvedOn,
                                    const QString &approvedBy)
{
    if (auto ok = checkEditable(meetingId); !ok)
        return ok;
    Meeting approved = *meeting(meetingId);
    approved.status = MinutesStatus::Approved;
    approved.approvedOn = approvedOn;
    approved.approvedBy = approvedBy.trimmed();
    if (auto ok = validation::check(approved); !ok)
        return ok;
    if (approvedOn < approved.date) {
        return fail(tr("Minutes cannot be approved before the meeting took place."),
                    QStringLiteral("approved_on"));
    }
    return changeRows(m_db,
                      QStringLiteral("UPDATE meetings SET status = 'approved', approved_on = :on, "
                                     "approved_by = :by WHERE id = :id"),
                      [&](Query &q) {
                          q.bind(QStringLiteral(":on"), sqlDate(approvedOn))
                              .bind(QStringLiteral(":by"), approved.approvedBy)
                              .bind(QStringLiteral(":id"), meetingId);
                      });
}

QList<Participant> MeetingStore::participants(Id meetingId) const
{
    // Staff participants show their current name from the staff list.
    Query q(m_db, QStringLiteral(
                      "SELECT p.id, p.meeting_id, p.staff_id, COALESCE(s.name, p.name), "
                      "p.attendance FROM participants p LEFT JOIN staff s ON s.id = p.staff_id "
                      "WHERE p.meeting_id = :meeting ORDER BY p.id"));
    q.bind(QStringLiteral(":meeting"), meetingId);
    QList<Participant> result;
    if (q.exec()) {
        while (q.next()) {
            result << Participant{q.integer(0), q.integer(1), q.integer(2), q.text(3),
                                  fromCode<Attendance>(q.text(4)).value_or(Attendance::Present)};
        }
    }
    return result;
}

Status MeetingStore::setParticipants(Id meetingId, const QList<Participant> &participants)
{
    if (auto ok = checkEditable(meetingId); !ok)
        return ok;
    for (const Participant &p : participants) {
        if (auto ok = validation::check(p); !ok)
            return ok;
    }
    return m_db.write([&]() -> Status {
        auto ok =
            changeRows(m_db, QStringLiteral("DELETE FROM participants WHERE meeting_id = :meeting"),
                       [&](Query &q) { q.bind(QStringLiteral(":meeting"), meetingId); });
        for (const Participant &p : participants) {
            if (!ok)
                break;
            ok = changeRows(
                m_db,
                QStringLiteral("INSERT INTO participants (meeting_id, staff_id, name, attendance) "
                               "VALUES (:meeting, :staff, :name, :attendance)"),
                [&](Query &q) {
                    q.bind(QStringLiteral(":meeting"), meetingId)
                        .bind(QStringLiteral(":staff"), sqlId(p.staffId))
                        .bind(QStringLiteral(":name"), p.name.trimmed())
                        .bind(QStringLiteral(":attendance"), codeOf(p.attendance));
                });
        }
        return ok;
    });
}

QList<AgendaItem> MeetingStore::agendaItems(Id meetingId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM agenda_items WHERE meeting_id = :meeting "
                                 "ORDER BY position, id")
                      .arg(itemColumns));
    q.bind(QStringLiteral(":meeting"), meetingId);
    QList<AgendaItem> result;
    if (q.exec()) {
        while (q.next())
            result << readItem(q);
    }
    return result;
}

std::optional<AgendaItem> MeetingStore::agendaItem(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM agenda_items WHERE id = :id").arg(itemColumns));
    q.bind(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return readItem(q);
    return std::nullopt;
}

Result<Id> MeetingStore::addAgendaItem(const AgendaItem &item)
{
    if (auto ok = checkEditable(item.meetingId); !ok)
        return fail(ok.error());
    if (auto ok = validation::check(item); !ok)
        return fail(ok.error());
    AgendaItem stored = item;
    const int count = int(agendaItems(item.meetingId).size());
    if (stored.position <= 0 || stored.position > count + 1)
        stored.position = count + 1;
    Id id = 0;
    auto ok = m_db.write([&]() -> Status {
        // Make room: items at and after the new position move one down.
        auto moved =
            changeRows(m_db,
                       QStringLiteral("UPDATE agenda_items SET position = position + 1 "
                                      "WHERE meeting_id = :meeting AND position >= :position"),
                       [&](Query &q) {
                           q.bind(QStringLiteral(":meeting"), stored.meetingId)
                               .bind(QStringLiteral(":position"), stored.position);
                       });
        if (!moved)
            return moved;
        auto inserted =
            insertRow(m_db,
                      QStringLiteral("INSERT INTO agenda_items (meeting_id, position, title, "
                                     "presenter, case_id, description, discussion, decision, "
                                     "outcome) VALUES (:meeting, :position, :title, :presenter, "
                                     ":case, :description, :discussion, :decision, :outcome) "
                                     "RETURNING id"),
                      [&](Query &q) { bindItem(q, stored); });
        if (!inserted)
            return fail(inserted.error());
        id = *inserted;
        return {};
    });
    if (!ok)
        return fail(ok.error());
    return id;
}

Status MeetingStore::updateAgendaItem(const AgendaItem &item)
{
    if (auto ok = checkEditable(item.meetingId); !ok)
        return ok;
    if (auto ok = validation::check(item); !ok)
        return ok;
    // Position changes go through moveAgendaItem, so keep the stored one.
    return updateAtVersion(m_db, QStringLiteral("agenda_items"), item.id, item.rowVersion, [&] {
        return changeRows(
            m_db,
            QStringLiteral("UPDATE agenda_items SET title = :title, presenter = :presenter, "
                           "case_id = :case, description = :description, discussion = "
                           ":discussion, decision = :decision, outcome = :outcome "
                           "WHERE id = :id AND meeting_id = :meeting"),
            [&](Query &q) {
                bindItem(q, item);
                q.bind(QStringLiteral(":id"), item.id);
            });
    });
}

Status MeetingStore::removeAgendaItem(Id id)
{
    Query find(m_db, QStringLiteral("SELECT meeting_id FROM agenda_items WHERE id = :id"));
    find.bind(QStringLiteral(":id"), id);
    const auto meetingId = find.scalar();
    if (!meetingId || *meetingId == 0)
        return fail(tr("The agenda item does not exist."));
    if (auto ok = checkEditable(*meetingId); !ok)
        return ok;
    QList<Id> remaining;
    for (const AgendaItem &item : agendaItems(*meetingId)) {
        if (item.id != id)
            remaining << item.id;
    }
    return m_db.write([&]() -> Status {
        auto ok = changeRows(m_db, QStringLiteral("DELETE FROM agenda_items WHERE id = :id"),
                             [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
        if (!ok)
            return ok;
        return renumber(*meetingId, remaining);
    });
}

Status MeetingStore::moveAgendaItem(Id id, int newPosition)
{
    Query find(m_db, QStringLiteral("SELECT meeting_id FROM agenda_items WHERE id = :id"));
    find.bind(QStringLiteral(":id"), id);
    const auto meetingId = find.scalar();
    if (!meetingId || *meetingId == 0)
        return fail(tr("The agenda item does not exist."));
    if (auto ok = checkEditable(*meetingId); !ok)
        return ok;
    QList<Id> order;
    for (const AgendaItem &item : agendaItems(*meetingId)) {
        if (item.id != id)
            order << item.id;
    }
    const int index = qBound(0, newPosition - 1, int(order.size()));
    order.insert(index, id);
    return m_db.write([&] { return renumber(*meetingId, order); });
}

QString MeetingStore::formatAgendaNumber(int number, int year)
{
    return QStringLiteral("%1/%2").arg(number).arg(year % 100, 2, 10, QLatin1Char('0'));
}

QHash<Id, QString> MeetingStore::agendaNumbers(Id meetingId) const
{
    const auto stored = meeting(meetingId);
    if (!stored)
        return {};
    // Items of the series' earlier meetings that year, in the order
    // meetings() lists them (date, start, id).
    int before = 0;
    if (!stored->series.isEmpty()) {
        Query q(m_db,
                QStringLiteral(
                    "SELECT m.id, COUNT(a.id) FROM meetings m "
                    "LEFT JOIN agenda_items a ON a.meeting_id = m.id "
                    "WHERE m.series = :series AND m.date BETWEEN :start AND :end "
                    "GROUP BY m.id, m.date, m.start_time ORDER BY m.date, m.start_time, m.id"));
        q.bind(QStringLiteral(":series"), stored->series)
            .bind(QStringLiteral(":start"), sqlDate(QDate(stored->date.year(), 1, 1)))
            .bind(QStringLiteral(":end"), sqlDate(QDate(stored->date.year(), 12, 31)));
        if (q.exec()) {
            while (q.next() && q.integer(0) != meetingId)
                before += int(q.integer(1));
        }
    }
    QHash<Id, QString> numbers;
    const QList<AgendaItem> items = agendaItems(meetingId);
    for (int i = 0; i < items.size(); ++i)
        numbers.insert(items[i].id, formatAgendaNumber(before + i + 1, stored->date.year()));
    return numbers;
}

QString MeetingStore::agendaNumber(Id itemId) const
{
    const auto item = agendaItem(itemId);
    return item ? agendaNumbers(item->meetingId).value(itemId) : QString();
}

QStringList MeetingStore::standardItemTitles()
{
    return {tr("Approval of the minutes of the previous meeting"), tr("Items for information"),
            tr("Any other business")};
}

Status MeetingStore::addStandardAgendaItems(Id meetingId)
{
    if (auto ok = checkEditable(meetingId); !ok)
        return ok;
    const Meeting stored = *meeting(meetingId);
    const QStringList titles = standardItemTitles();

    // The approval item says which minutes: the series' previous meeting.
    QString previousMinutes;
    if (!stored.series.isEmpty()) {
        for (const Meeting &m : meetings()) {
            if (m.series == stored.series && m.date < stored.date)
                previousMinutes = tr("The minutes of the meeting on %1.")
                                      .arg(m.date.toString(QStringLiteral("dd.MM.yyyy")));
        }
    }
    struct Standard
    {
        QString title;
        bool last; // otherwise right after the one before it (the first: at the top)
        ItemOutcome outcome;
        QString presenter;
        QString description;
    };
    const Standard standards[] = {
        {titles[0], false, ItemOutcome::Decision, stored.chair, previousMinutes},
        {titles[1], false, ItemOutcome::Information, stored.chair, {}},
        {titles[2], true, ItemOutcome::Information, {}, {}},
    };
    return m_db.write([&]() -> Status {
        int after = 0; // the position the next standard item follows
        for (const Standard &standard : standards) {
            const QList<AgendaItem> items = agendaItems(meetingId);
            const auto existing = std::ranges::find(items, standard.title, &AgendaItem::title);
            if (existing != items.end()) {
                after = existing->position;
                continue;
            }
            AgendaItem item;
            item.meetingId = meetingId;
            item.position = standard.last ? 0 : after + 1;
            item.title = standard.title;
            item.presenter = standard.presenter;
            item.description = standard.description;
            item.outcome = standard.outcome;
            if (auto added = addAgendaItem(item); !added)
                return fail(added.error());
            after = item.position;
        }
        return {};
    });
}

Status MeetingStore::renumber(Id meetingId, const QList<Id> &orderedIds)
{
    for (int i = 0; i < orderedIds.size(); ++i) {
        auto ok = changeRows(m_db,
                             QStringLiteral("UPDATE agenda_items SET position = :position "
                                            "WHERE id = :id AND meeting_id = :meeting"),
                             [&](Query &q) {
                                 q.bind(QStringLiteral(":position"), i + 1)
                                     .bind(QStringLiteral(":id"), orderedIds[i])
                                     .bind(QStringLiteral(":meeting"), meetingId);
                             });
        if (!ok)
            return ok;
    }
    return {};
}

QList<FollowUp> MeetingStore::followUps(Id meetingId) const
{
    QString sql = QStringLiteral("SELECT %1 FROM follow_ups f").arg(followUpColumns);
    if (meetingId > 0)
        sql += QStringLiteral(" WHERE f.meeting_id = :meeting");
    sql += QStringLiteral(" ORDER BY f.meeting_id, f.id");
    Query q(m_db, sql);
    if (meetingId > 0)
        q.bind(QStringLiteral(":meeting"), meetingId);
    QList<FollowUp> result;
    if (q.exec()) {
        while (q.next())
            result << readFollowUp(q);
    }
    return result;
}

QList<FollowUp> MeetingStore::openFollowUpsBefore(const QString &series, const QDate &date) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM follow_ups f JOIN meetings m ON m.id = f.meeting_id "
                           "WHERE (f.status = 'open' OR f.closed_on > :open_on) "
                           "AND m.series = :series AND m.date < :date ORDER BY m.date, f.id")
                .arg(followUpColumns));
    q.bind(QStringLiteral(":series"), series.trimmed())
        .bind(QStringLiteral(":date"), sqlDate(date))
        .bind(QStringLiteral(":open_on"), sqlDate(date));
    QList<FollowUp> result;
    if (q.exec()) {
        while (q.next())
            result << readFollowUp(q);
    }
    return result;
}

QList<FollowUpWithOrigin> MeetingStore::withOrigin(const QList<FollowUp> &followUps) const
{
    QHash<Id, std::optional<Meeting>> meetingsById;
    QHash<Id, QHash<Id, QString>> numbersByMeeting;
    QList<FollowUpWithOrigin> result;
    for (const FollowUp &f : followUps) {
        if (!meetingsById.contains(f.meetingId)) {
            meetingsById.insert(f.meetingId, meeting(f.meetingId));
            numbersByMeeting.insert(f.meetingId, agendaNumbers(f.meetingId));
        }
        const std::optional<Meeting> &m = meetingsById[f.meetingId];
        FollowUpWithOrigin entry;
        entry.followUp = f;
        entry.meetingId = f.meetingId;
        if (m) {
            entry.meetingTitle = m->title;
            entry.series = m->series;
            entry.meetingDate = m->date;
        }
        entry.agendaNumber = numbersByMeeting[f.meetingId].value(f.agendaItemId);
        result << entry;
    }
    return result;
}

QList<FollowUpWithOrigin> MeetingStore::carriedFollowUps(Id meetingId) const
{
    const auto stored = meeting(meetingId);
    if (!stored || stored->series.isEmpty())
        return {};
    return withOrigin(openFollowUpsBefore(stored->series, stored->date));
}

QList<FollowUpWithOrigin> MeetingStore::openFollowUps() const
{
    Query q(
        m_db,
        QStringLiteral("SELECT %1 FROM follow_ups f WHERE f.status = 'open'").arg(followUpColumns));
    QList<FollowUp> open;
    if (q.exec()) {
        while (q.next())
            open << readFollowUp(q);
    }
    QList<FollowUpWithOrigin> result = withOrigin(open);
    // Names sort as a Norwegian reader expects (Æ, Ø, Å last).
    QCollator collator(formats::norwegianLocale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::ranges::stable_sort(result, [&](const FollowUpWithOrigin &a, const FollowUpWithOrigin &b) {
        if (const int byOwner = collator.compare(a.followUp.owner, b.followUp.owner))
            return byOwner < 0;
        const QDate &x = a.followUp.dueDate;
        const QDate &y = b.followUp.dueDate;
        if (x.isValid() != y.isValid())
            return x.isValid(); // a deadline before none
        if (x != y)
            return x < y;
        return std::pair(a.meetingDate, a.followUp.id) < std::pair(b.meetingDate, b.followUp.id);
    });
    return result;
}

Result<Id> MeetingStore::addFollowUp(const FollowUp &followUp)
{
    if (auto ok = checkEditable(followUp.meetingId); !ok)
        return fail(ok.error());
    if (auto ok = validation::check(followUp); !ok)
        return fail(ok.error());
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO follow_ups (meeting_id, agenda_item_id, text, owner, "
                       "due_date, status, closed_on) VALUES (:meeting, :item, :text, :owner, "
                       ":due, :status, :closed) RETURNING id"),
        [&](Query &q) { bindFollowUp(q, followUp); });
}

FollowUp MeetingStore::followUpFromItem(const AgendaItem &item)
{
    FollowUp f;
    f.meetingId = item.meetingId;
    f.agendaItemId = item.id;
    f.text = item.decision.trimmed().isEmpty() ? item.title.trimmed() : item.decision.trimmed();
    f.owner = item.presenter.trimmed();
    return f;
}

Result<Id> MeetingStore::addFollowUpFromItem(Id itemId, const QDate &dueDate)
{
    const auto item = agendaItem(itemId);
    if (!item)
        return fail(tr("The agenda item does not exist."));
    FollowUp f = followUpFromItem(*item);
    f.dueDate = dueDate;
    return addFollowUp(f);
}

Status MeetingStore::updateFollowUp(const FollowUp &followUp)
{
    if (auto ok = validation::check(followUp); !ok)
        return ok;
    const auto stored = [&]() -> std::optional<FollowUp> {
        for (const FollowUp &f : followUps(followUp.meetingId)) {
            if (f.id == followUp.id)
                return f;
        }
        return std::nullopt;
    }();
    if (!stored)
        return fail(tr("The follow-up item does not exist."));
    // Progress on a follow-up is tracked after approval; its wording is part
    // of the approved minutes and stays as it was.
    const bool wordingChanged =
        stored->text != followUp.text.trimmed() || stored->owner != followUp.owner ||
        stored->dueDate != followUp.dueDate || stored->agendaItemId != followUp.agendaItemId;
    if (wordingChanged) {
        if (auto ok = checkEditable(followUp.meetingId); !ok)
            return ok;
    }
    return updateAtVersion(
        m_db, QStringLiteral("follow_ups"), followUp.id, followUp.rowVersion, [&] {
            return changeRows(
                m_db,
                QStringLiteral(
                    "UPDATE follow_ups SET agenda_item_id = :item, text = :text, owner = "
                    ":owner, due_date = :due, status = :status, closed_on = :closed "
                    "WHERE id = :id AND meeting_id = :meeting"),
                [&](Query &q) {
                    bindFollowUp(q, followUp);
                    q.bind(QStringLiteral(":id"), followUp.id);
                });
        });
}

Status MeetingStore::removeFollowUp(Id id)
{
    Query find(m_db, QStringLiteral("SELECT meeting_id FROM follow_ups WHERE id = :id"));
    find.bind(QStringLiteral(":id"), id);
    const auto meetingId = find.scalar();
    if (!meetingId || *meetingId == 0)
        return fail(tr("The follow-up item does not exist."));
    if (auto ok = checkEditable(*meetingId); !ok)
        return ok;
    return changeRows(m_db, QStringLiteral("DELETE FROM follow_ups WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

QList<Amendment> MeetingStore::amendments(Id meetingId) const
{
    QString sql = QStringLiteral("SELECT id, meeting_id, amended_on, amended_by, reason, "
                                 "correction FROM meeting_amendments");
    if (meetingId > 0)
        sql += QStringLiteral(" WHERE meeting_id = :meeting");
    sql += QStringLiteral(" ORDER BY meeting_id, amended_on, id");
    Query q(m_db, sql);
    if (meetingId > 0)
        q.bind(QStringLiteral(":meeting"), meetingId);
    QList<Amendment> result;
    if (q.exec()) {
        while (q.next()) {
            result << Amendment{q.integer(0), q.integer(1), q.date(2),
                                q.text(3),    q.text(4),    q.text(5)};
        }
    }
    return result;
}

Result<Id> MeetingStore::addAmendment(const Amendment &amendment)
{
    const auto stored = meeting(amendment.meetingId);
    if (!stored)
        return fail(tr("The meeting does not exist."), QStringLiteral("meeting"));
    if (stored->status != MinutesStatus::Approved) {
        return fail(tr("The minutes of %1 are not approved yet: correct them directly. Amendments "
                       "are for approved minutes.")
                        .arg(stored->title),
                    QStringLiteral("status"));
    }
    if (auto ok = validation::check(amendment); !ok)
        return fail(ok.error());
    if (amendment.date < stored->approvedOn) {
        return fail(tr("An amendment cannot be dated before the minutes were approved (%1).")
                        .arg(stored->approvedOn.toString(QStringLiteral("dd.MM.yyyy"))),
                    QStringLiteral("amended_on"));
    }
    return insertRow(m_db,
                     QStringLiteral("INSERT INTO meeting_amendments (meeting_id, amended_on, "
                                    "amended_by, reason, correction) VALUES (:meeting, :on, :by, "
                                    ":reason, :correction) RETURNING id"),
                     [&](Query &q) {
                         q.bind(QStringLiteral(":meeting"), amendment.meetingId)
                             .bind(QStringLiteral(":on"), sqlDate(amendment.date))
                             .bind(QStringLiteral(":by"), amendment.amendedBy.trimmed())
                             .bind(QStringLiteral(":reason"), amendment.reason.trimmed())
                             .bind(QStringLiteral(":correction"), amendment.correction.trimmed());
                     });
}

} // namespace knutepunkt
