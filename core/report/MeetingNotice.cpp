#include "report/MeetingNotice.h"

#include "print/TextDocumentBuilder.h"

#include <QCoreApplication>

namespace knutepunkt {

MeetingNotice::MeetingNotice(MeetingDocumentData data, const DocumentLanguage &language)
    : MeetingDocument(std::move(data), language)
{
    build();
}

Result<std::unique_ptr<MeetingNotice>> MeetingNotice::create(Database &database, Id meetingId,
                                                             const DocumentLanguage &language)
{
    auto data = MeetingDocumentData::loadOrFail(database, meetingId);
    if (!data)
        return fail(data.error());
    return std::make_unique<MeetingNotice>(std::move(*data), language);
}

void MeetingNotice::build()
{
    const DocumentLanguage &lang = m_language;
    const MeetingDocumentData &d = m_data;
    TextDocumentBuilder builder(*m_document);
    MeetingDocumentParts parts(builder, lang, d);
    const QString kind = lang.translate("MeetingDocuments", "Meeting notice");

    parts.title(kind);
    auto facts = parts.meetingFacts();
    if (!d.participants.isEmpty()) {
        facts << qMakePair(lang.translate("MeetingDocuments", "Invited"),
                           d.allNames().join(QStringLiteral(", ")));
    }
    builder.keyValues(facts);

    builder.heading(1, lang.translate("MeetingDocuments", "Agenda"));
    if (d.items.isEmpty())
        builder.paragraph(lang.translate("MeetingDocuments", "No items on the agenda yet."));
    for (const AgendaItem &item : d.items) {
        builder.heading(2, parts.itemHeading(item));
        builder.keyValues(parts.itemFacts(item));
        if (!item.description.trimmed().isEmpty())
            builder.paragraph(item.description);
    }

    parts.carriedFollowUps();
    paginate(kind, false);
}

} // namespace knutepunkt
