#include "io/CsvListSpecs.h"
#include "io/CsvRow.h"
#include "privacy/IdentityNumber.h"
#include "util/Formats.h"

#include <QHash>
#include <algorithm>
#include <numeric>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

// The lists about meetings and what is decided in them: meetings,
// agenda-items, follow-ups and cases.

namespace knutepunkt::csvlists {

namespace {

// Meetings in date, start and id order, optionally of one year.
QList<Meeting> sortedMeetings(const Stores &stores, int year)
{
    QList<Meeting> meetings = stores.meetings.meetings(year);
    std::stable_sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) {
        return std::tie(a.date, a.start, a.id) < std::tie(b.date, b.start, b.id);
    });
    return meetings;
}

} // namespace

// ---------------------------------------------------------------------------
// meetings: id,series,kind,title,body,date,start,end,location,department,chair,minute_taker,status
// ---------------------------------------------------------------------------

QList<QStringList> exportMeetings(Stores &stores, int year)
{
    const QHash<Id, QString> departments = departmentNames(stores);
    QList<QStringList> rows;
    for (const Meeting &m : sortedMeetings(stores, year)) {
        rows << QStringList{QString::number(m.id),
                            m.series,
                            codeOf(m.kind),
                            m.title,
                            m.body,
                            formats::dateToIso(m.date),
                            formats::timeToIso(m.start),
                            formats::timeToIso(m.end),
                            m.location,
                            departments.value(m.departmentId),
                            m.chair,
                            m.minuteTaker,
                            codeOf(m.status)};
    }
    return rows;
}

// The id keeps agenda-items and follow-ups pointing at the right meeting.
// An empty id creates a meeting; an id that exists updates it (the store
// refuses approved minutes); an unknown id is created only if the new
// meeting gets exactly that id, which is the case when an export is imported
// into an empty database, because rows with ids are created in id order.
// The stores offer no way to insert with a chosen id.
Result<int> importMeetings(Importer &importer)
{
    MeetingStore &meetings = importer.stores.meetings;
    std::vector<Row> rows;
    std::vector<Meeting> parsed;
    std::vector<Id> wanted;

    for (const csv::Record &record : importer.records) {
        Row row = importer.row(record);
        const Id id = row.optionalInteger("id", 1).value_or(0);
        Meeting m;
        m.series = row.text("series");
        m.kind = row.code<MeetingKind>("kind");
        m.title = row.text("title");
        m.body = row.text("body");
        m.date = row.date("date");
        m.start = row.time("start");
        m.end = row.time("end");
        m.location = row.text("location");
        m.departmentId = row.department("department");
        m.chair = row.text("chair");
        m.minuteTaker = row.text("minute_taker");
        m.status = row.code<MinutesStatus>("status");
        if (!row.ok())
            return fail(row.error());
        // The list has no approval date or approver. Approved minutes come
        // in as approved on the meeting day by the chair; the JSON backup is
        // the one that keeps the real approval.
        if (m.status == MinutesStatus::Approved) {
            m.approvedOn = m.date;
            m.approvedBy = m.chair.trimmed();
        }
        rows.push_back(row);
        parsed.push_back(m);
        wanted.push_back(id);
    }

    // Rows with an id first, in id order; then new meetings in file order.
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(wanted[a] == 0, wanted[a]) < std::pair(wanted[b] == 0, wanted[b]);
    });

    const Renames renames{{"approved_on", "date"}, {"approved_by", "chair"}, {"meeting", "id"}};
    for (std::size_t i : order) {
        const Row &row = rows[i];
        Meeting m = parsed[i];
        if (wanted[i] == 0) {
            if (auto ok = row.check(meetings.addMeeting(m), renames); !ok)
                return fail(ok.error());
            continue;
        }
        if (const auto existing = meetings.meeting(wanted[i])) {
            m.id = existing->id;
            if (auto ok = meetings.updateMeeting(m); !ok) {
                // The refusal of approved minutes is about the meeting the id
                // names, not about this row's status.
                if (existing->status == MinutesStatus::Approved)
                    return fail(row.errorAt("id", ok.error().message));
                return fail(row.fromStore(ok.error(), renames));
            }
            continue;
        }
        auto id = meetings.addMeeting(m);
        if (!id)
            return fail(row.fromStore(id.error(), renames));
        if (*id != wanted[i]) {
            return fail(
                row.errorAt("id", CsvLists::tr("meeting id %1 does not exist in this database; "
                                               "leave id empty to create a new meeting")
                                      .arg(wanted[i])));
        }
    }
    return int(rows.size());
}

namespace {

// The meeting an agenda item or follow-up belongs to, by id.
std::optional<Meeting> readMeeting(Row &row, const char *column)
{
    const qint64 id = row.requiredInteger(column, 1);
    if (!row.ok())
        return std::nullopt;
    auto meeting = row.stores().meetings.meeting(id);
    if (!meeting) {
        row.reject(
            column,
            CsvLists::tr("meeting %1 does not exist; import the meetings list first").arg(id));
    }
    return meeting;
}

// The store refuses changes to approved minutes naming "status" or
// "meeting"; in these lists that is the meeting_id column.
const Renames meetingRenames{{"meeting", "meeting_id"}, {"status", "meeting_id"}};

} // namespace

// ---------------------------------------------------------------------------
// agenda-items: meeting_id,position,title,presenter,case,description,discussion,decision,outcome
// ---------------------------------------------------------------------------

QList<QStringList> exportAgendaItems(Stores &stores, int year)
{
    QHash<Id, QString> references;
    for (const Case &c : stores.cases.cases())
        references.insert(c.id, c.reference);
    QList<QStringList> rows;
    for (const Meeting &m : sortedMeetings(stores, year)) {
        for (const AgendaItem &item : stores.meetings.agendaItems(m.id)) {
            rows << QStringList{QString::number(m.id),
                                QString::number(item.position),
                                item.title,
                                item.presenter,
                                references.value(item.caseId),
                                item.description,
                                item.discussion,
                                item.decision,
                                codeOf(item.outcome)};
        }
    }
    return rows;
}

// Keyed by meeting and position: an item already at that position is
// updated, otherwise the item is inserted there (empty position: appended).
Status importAgendaItem(Row &row)
{
    const auto meeting = readMeeting(row, "meeting_id");
    const auto position = row.optionalInteger("position", 1);
    AgendaItem item;
    item.title = row.text("title");
    item.presenter = row.text("presenter");
    if (!row.isEmpty("case")) {
        if (auto found = row.stores().cases.caseByReference(row.name("case")))
            item.caseId = found->id;
        else
            row.reject("case", CsvLists::tr("unknown case %1; import the cases list first")
                                   .arg(quoted(row.name("case"))));
    }
    item.description = row.text("description");
    item.discussion = row.text("discussion");
    item.decision = row.text("decision");
    item.outcome = row.code<ItemOutcome>("outcome");
    if (!row.ok())
        return fail(row.error());

    MeetingStore &meetings = row.stores().meetings;
    item.meetingId = meeting->id;
    item.position = int(position.value_or(0));
    if (position) {
        for (const AgendaItem &existing : meetings.agendaItems(meeting->id)) {
            if (existing.position == *position) {
                item.id = existing.id;
                return row.check(meetings.updateAgendaItem(item), meetingRenames);
            }
        }
    }
    return row.check(meetings.addAgendaItem(item), meetingRenames);
}

// ---------------------------------------------------------------------------
// follow-ups: meeting_id,item_position,text,owner,due_date,status,closed_on
// ---------------------------------------------------------------------------

QList<QStringList> exportFollowUps(Stores &stores, int year)
{
    QList<QStringList> rows;
    for (const Meeting &m : sortedMeetings(stores, year)) {
        QHash<Id, int> positions;
        for (const AgendaItem &item : stores.meetings.agendaItems(m.id))
            positions.insert(item.id, item.position);
        for (const FollowUp &f : stores.meetings.followUps(m.id)) {
            const QString position = positions.contains(f.agendaItemId)
                                         ? QString::number(positions.value(f.agendaItemId))
                                         : QString();
            rows << QStringList{QString::number(m.id),
                                position,
                                f.text,
                                f.owner,
                                formats::dateToIso(f.dueDate),
                                codeOf(f.status),
                                formats::dateToIso(f.closedOn)};
        }
    }
    return rows;
}

Status importFollowUp(Row &row)
{
    const auto meeting = readMeeting(row, "meeting_id");
    const auto itemPosition = row.optionalInteger("item_position", 1);
    FollowUp f;
    f.text = row.text("text");
    f.owner = row.text("owner");
    f.dueDate = row.date("due_date");
    f.status = row.code<FollowUpStatus>("status");
    f.closedOn = row.date("closed_on");
    if (!row.ok())
        return fail(row.error());

    MeetingStore &meetings = row.stores().meetings;
    f.meetingId = meeting->id;
    if (itemPosition) {
        for (const AgendaItem &item : meetings.agendaItems(meeting->id)) {
            if (item.position == *itemPosition)
                f.agendaItemId = item.id;
        }
        if (f.agendaItemId == 0) {
            return fail(
                row.errorAt("item_position", CsvLists::tr("meeting %1 has no agenda item %2")
                                                 .arg(meeting->id)
                                                 .arg(*itemPosition)));
        }
    }
    return row.check(meetings.addFollowUp(f), meetingRenames);
}

// ---------------------------------------------------------------------------
// cases:
// reference,title,kind,department,responsible,status,opened,closed,deadline,restricted,legal_basis
// ---------------------------------------------------------------------------

QList<QStringList> exportCases(Stores &stores, int year)
{
    const QHash<Id, QString> departments = departmentNames(stores);
    QList<QStringList> rows;
    // Both are in reference order; references are unique.
    for (const Case &c : year > 0 ? stores.cases.activeCases(year) : stores.cases.cases()) {
        rows << QStringList{c.reference,
                            c.title,
                            codeOf(c.kind),
                            departments.value(c.departmentId),
                            c.responsible,
                            codeOf(c.status),
                            formats::dateToIso(c.opened),
                            formats::dateToIso(c.closed),
                            formats::dateToIso(c.deadline),
                            c.restricted ? QStringLiteral("yes") : QStringLiteral("no"),
                            c.legalBasis};
    }
    return rows;
}

// Keyed by reference: a case already registered is updated.
Status importCase(Row &row)
{
    Case c;
    c.reference = row.name("reference");
    c.title = row.text("title");
    c.kind = row.code<CaseKind>("kind");
    c.departmentId = row.department("department");
    c.responsible = row.text("responsible");
    c.status = row.code<CaseStatus>("status");
    c.opened = row.date("opened");
    c.closed = row.date("closed");
    c.deadline = row.date("deadline");
    // Required rather than defaulting to "no": it decides who may see the case.
    if (row.isEmpty("restricted"))
        row.reject("restricted", CsvLists::tr("must be filled in with yes or no"));
    c.restricted = row.yesNo("restricted");
    c.legalBasis = row.text("legal_basis");
    if (!row.ok())
        return fail(row.error());

    CaseStore &cases = row.stores().cases;
    // A list exported with the restricted titles left out has a placeholder
    // where the title was: the title stored stays, and a new case needs one.
    const bool titleLeftOut = privacy::isRestrictedTitlePlaceholder(c.title);
    if (const auto existing = cases.caseByReference(c.reference)) {
        c.id = existing->id;
        c.meetingIds = existing->meetingIds; // not part of the list; keep them
        if (titleLeftOut)
            c.title = existing->title;
        return row.check(cases.updateCase(c));
    }
    if (titleLeftOut) {
        row.reject("title", CsvLists::tr("the title of this restricted case was left out of the "
                                         "file; fill in the real title"));
        return fail(row.error());
    }
    return row.check(cases.addCase(c));
}

} // namespace knutepunkt::csvlists
