#include "report/MeetingMinutes.h"

#include "print/TextDocumentBuilder.h"

#include <QCoreApplication>

namespace knutepunkt {

namespace {

using Column = TextDocumentBuilder::Column;

} // namespace

MeetingMinutes::MeetingMinutes(MeetingDocumentData data, const DocumentLanguage &language)
    : MeetingDocument(std::move(data), language)
{
    build();
}

Result<std::unique_ptr<MeetingMinutes>> MeetingMinutes::create(Database &database, Id meetingId,
                                                               const DocumentLanguage &language)
{
    auto data = MeetingDocumentData::loadOrFail(database, meetingId);
    if (!data)
        return fail(data.error());
    return std::make_unique<MeetingMinutes>(std::move(*data), language);
}

QString MeetingMinutes::approvalLine() const
{
    const Meeting &m = m_data.meeting;
    if (m.status != MinutesStatus::Approved)
        return m_language.translate("MeetingDocuments", "Draft – not approved");
    return m_language.translate("MeetingDocuments", "Approved %1 by %2")
        .arg(m_language.date(m.approvedOn), m.approvedBy);
}

void MeetingMinutes::build()
{
    const DocumentLanguage &lang = m_language;
    const MeetingDocumentData &d = m_data;
    TextDocumentBuilder builder(*m_document);
    MeetingDocumentParts parts(builder, lang, d);
    const QString kind = lang.translate("MeetingDocuments", "Minutes");

    parts.title(kind);
    auto facts = parts.meetingFacts();
    if (!d.meeting.minuteTaker.trimmed().isEmpty()) {
        facts << qMakePair(lang.translate("MeetingDocuments", "Minute-taker"),
                           d.meeting.minuteTaker.trimmed());
    }
    for (const Attendance attendance :
         {Attendance::Present, Attendance::Apologies, Attendance::Absent}) {
        const QStringList names = d.namesWith(attendance);
        if (!names.isEmpty())
            facts << qMakePair(lang.label(attendance), names.join(QStringLiteral(", ")));
    }
    builder.keyValues(facts);

    writeItems(builder, parts);
    writeFollowUps(builder, parts);
    parts.carriedFollowUps();

    // The approval line closes the minutes; corrections made after approval
    // follow it, so a reader sees what was approved and what changed since.
    builder.verticalSpace(6);
    builder.heading(3, approvalLine());
    writeAmendments(builder);

    const bool draft = d.meeting.status != MinutesStatus::Approved;
    paginate(kind, draft);
}

void MeetingMinutes::writeItems(TextDocumentBuilder &builder, const MeetingDocumentParts &parts)
{
    const DocumentLanguage &lang = m_language;
    builder.heading(1, lang.translate("MeetingDocuments", "Items"));
    if (m_data.items.isEmpty())
        builder.paragraph(lang.translate("MeetingDocuments", "No items were dealt with."));
    for (const AgendaItem &item : m_data.items) {
        builder.heading(2, parts.itemHeading(item));
        builder.keyValues(parts.itemFacts(item));
        if (!item.description.trimmed().isEmpty())
            builder.paragraph(item.description);
        if (!item.discussion.trimmed().isEmpty()) {
            builder.heading(3, lang.translate("MeetingDocuments", "Discussion"));
            builder.paragraph(item.discussion);
        }
        if (!item.decision.trimmed().isEmpty()) {
            builder.heading(3, lang.translate("MeetingDocuments", "Decision"));
            builder.paragraph(item.decision);
        }
    }
}

void MeetingMinutes::writeFollowUps(TextDocumentBuilder &builder, const MeetingDocumentParts &parts)
{
    if (m_data.followUps.isEmpty())
        return;
    const DocumentLanguage &lang = m_language;
    builder.heading(1, lang.translate("MeetingDocuments", "Follow-up"));
    QList<QStringList> rows;
    for (const FollowUp &f : m_data.followUps) {
        rows << QStringList{m_data.numbers.value(f.agendaItemId), f.text, f.owner,
                            parts.deadline(f)};
    }
    builder.table({Column{lang.translate("MeetingDocuments", "No."), Qt::AlignLeft, 9},
                   Column{lang.translate("MeetingDocuments", "What"), Qt::AlignLeft, 55},
                   Column{lang.translate("MeetingDocuments", "Who"), Qt::AlignLeft, 21},
                   Column{lang.translate("MeetingDocuments", "By when"), Qt::AlignLeft, 15}},
                  rows);
}

void MeetingMinutes::writeAmendments(TextDocumentBuilder &builder)
{
    if (m_data.amendments.isEmpty())
        return;
    const DocumentLanguage &lang = m_language;
    builder.heading(2, lang.translate("MeetingDocuments", "Amendments after approval"));
    // One block each, oldest first: the texts are sentences, too long for
    // the narrow columns of a table.
    for (const Amendment &a : m_data.amendments) {
        builder.keyValues({
            {lang.translate("MeetingDocuments", "Date"), lang.date(a.date)},
            {lang.translate("MeetingDocuments", "By"), a.amendedBy},
            {lang.translate("MeetingDocuments", "Reason"), a.reason},
            {lang.translate("MeetingDocuments", "Correction"), a.correction},
        });
    }
}

} // namespace knutepunkt
