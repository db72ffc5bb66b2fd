#include "report/MeetingDocumentParts.h"

#include "print/PagedDocument.h"
#include "print/TextDocumentBuilder.h"
#include "storage/CaseStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextDocument>

namespace knutepunkt {

namespace {

using Column = TextDocumentBuilder::Column;

// Characters no file system takes in a name become a hyphen.
QString safeFileName(QString name)
{
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    return name.replace(forbidden, QStringLiteral("-")).simplified();
}

} // namespace

// --- Data ----------------------------------------------------------------------

Result<MeetingDocumentData> MeetingDocumentData::loadOrFail(Database &database, Id meetingId)
{
    auto data = load(database, meetingId);
    if (!data) {
        return fail(
            QCoreApplication::translate("MeetingDocuments", "There is no meeting with id %1.")
                .arg(meetingId),
            QStringLiteral("meeting"));
    }
    return std::move(*data);
}

std::optional<MeetingDocumentData> MeetingDocumentData::load(Database &database, Id meetingId)
{
    const MeetingStore meetings(database);
    const auto meeting = meetings.meeting(meetingId);
    if (!meeting)
        return std::nullopt;
    MeetingDocumentData data;
    data.unit = OrganisationStore(database).unit();
    data.meeting = *meeting;
    data.participants = meetings.participants(meetingId);
    data.items = meetings.agendaItems(meetingId);
    data.numbers = meetings.agendaNumbers(meetingId);
    const CaseStore cases(database);
    for (const AgendaItem &item : data.items) {
        if (item.caseId == 0 || data.cases.contains(item.caseId))
            continue;
        if (const auto c = cases.caseById(item.caseId))
            data.cases.insert(item.caseId, *c);
    }
    data.followUps = meetings.followUps(meetingId);
    data.carried = meetings.carriedFollowUps(meetingId);
    data.amendments = meetings.amendments(meetingId);
    return data;
}

QStringList MeetingDocumentData::namesWith(Attendance attendance) const
{
    QStringList names;
    for (const Participant &p : participants) {
        if (p.attendance == attendance)
            names << p.name;
    }
    return names;
}

QStringList MeetingDocumentData::allNames() const
{
    QStringList names;
    for (const Participant &p : participants)
        names << p.name;
    return names;
}

// --- The document --------------------------------------------------------------

MeetingDocument::MeetingDocument(MeetingDocumentData data, const DocumentLanguage &language)
    : m_data(std::move(data))
    , m_language(language)
    , m_document(std::make_unique<QTextDocument>())
{
}

MeetingDocument::~MeetingDocument() = default;

void MeetingDocument::paginate(const QString &kind, bool draft)
{
    const Meeting &m = m_data.meeting;
    const QString when = m_language.date(m.date);
    m_title = QStringLiteral("%1 – %2").arg(kind, m.title);
    m_fileName =
        safeFileName(QStringLiteral("%1 %2 %3").arg(kind, m.title, when)) + QStringLiteral(".pdf");
    // The header names the forum for a political meeting, otherwise the unit.
    const QString left = m.body.isEmpty() ? m_data.unit.name : m.body;
    QString right = QStringLiteral("%1 %2").arg(kind, when);
    if (draft)
        right = m_language.translate("MeetingDocuments", "%1 – draft").arg(right);
    m_pages = std::make_unique<PagedDocument>(
        *m_document,
        PageFurniture{left, right, m_language.translate("MeetingDocuments", "Page %1 of %2"),
                      false});
}

int MeetingDocument::pageCount() const
{
    return m_pages->pageCount();
}

void MeetingDocument::print(QPagedPaintDevice &device) const
{
    m_pages->print(device);
}

Status MeetingDocument::checkPrivacy() const
{
    return m_pages->checkPrivacy();
}

Status MeetingDocument::writePdf(const QString &fileName) const
{
    return m_pages->writePdf(
        fileName,
        PdfInfo{m_title, QStringLiteral("Knutepunkt %1").arg(QStringLiteral(KNUTEPUNKT_VERSION))});
}

QString MeetingDocument::suggestedFileName() const
{
    return m_fileName;
}

// --- Shared pieces -------------------------------------------------------------

MeetingDocumentParts::MeetingDocumentParts(TextDocumentBuilder &builder,
                                           const DocumentLanguage &language,
                                           const MeetingDocumentData &data)
    : m_builder(builder)
    , m_language(language)
    , m_data(data)
{
}

void MeetingDocumentParts::title(const QString &kind)
{
    m_builder.title(kind);
    m_builder.heading(2, m_data.meeting.title);
}

QString MeetingDocumentParts::timeText(const Meeting &meeting)
{
    // Norwegian clock times: 09.00, whatever the document's language.
    const QString format = QStringLiteral("HH.mm");
    if (!meeting.start.isValid())
        return {};
    if (!meeting.end.isValid())
        return meeting.start.toString(format);
    return QStringLiteral("%1–%2").arg(meeting.start.toString(format),
                                       meeting.end.toString(format));
}

QList<QPair<QString, QString>> MeetingDocumentParts::meetingFacts() const
{
    const Meeting &m = m_data.meeting;
    QList<QPair<QString, QString>> facts;
    const auto add = [&](const char *label, const QString &value) {
        if (!value.trimmed().isEmpty())
            facts << qMakePair(m_language.translate("MeetingDocuments", label), value.trimmed());
    };
    add(QT_TRANSLATE_NOOP("MeetingDocuments", "Unit"), m_data.unit.name);
    add(QT_TRANSLATE_NOOP("MeetingDocuments", "Forum"), m.body);
    add(QT_TRANSLATE_NOOP("MeetingDocuments", "Series"), m.series);
    add(QT_TRANSLATE_NOOP("MeetingDocuments", "Date"), m_language.date(m.date));
    add(QT_TRANSLATE_NOOP("MeetingDocuments", "Time"), timeText(m));
    add(QT_TRANSLATE_NOOP("MeetingDocuments", "Place"), m.location);
    add(QT_TRANSLATE_NOOP("MeetingDocuments", "Chair"), m.chair);
    return facts;
}

QString MeetingDocumentParts::itemHeading(const AgendaItem &item) const
{
    const QString number = m_data.numbers.value(item.id);
    return number.isEmpty() ? item.title : QStringLiteral("%1  %2").arg(number, item.title);
}

QList<QPair<QString, QString>> MeetingDocumentParts::itemFacts(const AgendaItem &item) const
{
    QList<QPair<QString, QString>> facts;
    if (!item.presenter.trimmed().isEmpty())
        facts << qMakePair(m_language.translate("MeetingDocuments", "Presenter"),
                           item.presenter.trimmed());
    if (item.caseId != 0)
        facts << qMakePair(m_language.translate("MeetingDocuments", "Case"), caseText(item.caseId));
    return facts;
}

QString MeetingDocumentParts::caseText(Id caseId) const
{
    const auto found = m_data.cases.constFind(caseId);
    if (found == m_data.cases.cend())
        return {};
    const Case &c = *found;
    // A restricted case's title may say whom it concerns: never printed.
    if (c.restricted) {
        return m_language.translate("MeetingDocuments", "%1 (restricted, %2)")
            .arg(c.reference, c.legalBasis.trimmed().isEmpty()
                                  ? m_language.translate("MeetingDocuments", "not public")
                                  : c.legalBasis.trimmed());
    }
    return QStringLiteral("%1 %2").arg(c.reference, c.title);
}

QString MeetingDocumentParts::deadline(const FollowUp &followUp) const
{
    if (!followUp.dueDate.isValid())
        return {};
    const QString date = m_language.date(followUp.dueDate);
    if (followUp.overdueOn(m_data.meeting.date))
        return m_language.translate("MeetingDocuments", "%1 – overdue").arg(date);
    return date;
}

void MeetingDocumentParts::carriedFollowUps()
{
    if (m_data.carried.isEmpty())
        return;
    const DocumentLanguage &lang = m_language;
    m_builder.heading(1, lang.translate("MeetingDocuments", "Follow-up from previous meetings"));
    QList<QStringList> rows;
    for (const FollowUpWithOrigin &entry : m_data.carried) {
        rows << QStringList{entry.agendaNumber, entry.followUp.text, entry.followUp.owner,
                            deadline(entry.followUp), lang.date(entry.meetingDate)};
    }
    m_builder.table({Column{lang.translate("MeetingDocuments", "No."), Qt::AlignLeft, 8},
                     Column{lang.translate("MeetingDocuments", "What"), Qt::AlignLeft, 40},
                     Column{lang.translate("MeetingDocuments", "Who"), Qt::AlignLeft, 22},
                     Column{lang.translate("MeetingDocuments", "By when"), Qt::AlignLeft, 16},
                     Column{lang.translate("MeetingDocuments", "Meeting"), Qt::AlignLeft, 14}},
                    rows);
}

} // namespace knutepunkt
