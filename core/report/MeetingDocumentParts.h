#pragma once

#include "domain/Cases.h"
#include "domain/Meetings.h"
#include "domain/Organisation.h"
#include "print/DocumentLanguage.h"
#include "print/PrintableDocument.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QTextDocument;

namespace knutepunkt {

class Database;
class PagedDocument;
class TextDocumentBuilder;

// Everything a meeting's notice and minutes print, read from the stores in
// one go so the documents are written from plain values.
struct MeetingDocumentData
{
    Unit unit;
    Meeting meeting;
    QList<Participant> participants;
    QList<AgendaItem> items;           // in agenda order
    QHash<Id, QString> numbers;        // agenda item id -> "12/20"
    QHash<Id, Case> cases;             // the cases the items refer to
    QList<FollowUp> followUps;         // decided at this meeting
    QList<FollowUpWithOrigin> carried; // still open from the series' earlier meetings
    QList<Amendment> amendments;

    // nullopt when there is no meeting with that id.
    static std::optional<MeetingDocumentData> load(Database &database, Id meetingId);
    // As load(), with a message naming the id when there is no such meeting.
    static Result<MeetingDocumentData> loadOrFail(Database &database, Id meetingId);

    QStringList namesWith(Attendance attendance) const;
    QStringList allNames() const;
};

// A meeting's notice or minutes: written once into a text document, then
// paginated for A4 with the unit in the header and "Page X of Y" below.
class MeetingDocument : public PrintableDocument
{
public:
    ~MeetingDocument() override;
    MeetingDocument(const MeetingDocument &) = delete;
    MeetingDocument &operator=(const MeetingDocument &) = delete;

    int pageCount() const override;
    void print(QPagedPaintDevice &device) const override;
    Status writePdf(const QString &fileName) const override;
    Status checkPrivacy() const override;
    QString suggestedFileName() const override;

    const QTextDocument &document() const { return *m_document; }
    const MeetingDocumentData &data() const { return m_data; }
    const DocumentLanguage &language() const { return m_language; }

protected:
    MeetingDocument(MeetingDocumentData data, const DocumentLanguage &language);

    // Lays out the written document; `kind` is the document's translated
    // name ("Minutes"), used in the header, the PDF title and the file name.
    // A draft says so in the header of every page.
    void paginate(const QString &kind, bool draft);

    MeetingDocumentData m_data;
    DocumentLanguage m_language;
    std::unique_ptr<QTextDocument> m_document;

private:
    std::unique_ptr<PagedDocument> m_pages;
    QString m_title;
    QString m_fileName;
};

// The pieces the notice and the minutes share, in the document's language.
class MeetingDocumentParts
{
public:
    MeetingDocumentParts(TextDocumentBuilder &builder, const DocumentLanguage &language,
                         const MeetingDocumentData &data);

    // The document's name in large type and the meeting's title below it.
    void title(const QString &kind);
    // Unit or forum, series, date, time, place and chair.
    QList<QPair<QString, QString>> meetingFacts() const;
    // "12/20 Title".
    QString itemHeading(const AgendaItem &item) const;
    // Presenter and case of an item, as far as given.
    QList<QPair<QString, QString>> itemFacts(const AgendaItem &item) const;
    // A case by reference and title; a restricted case by reference only.
    QString caseText(Id caseId) const;
    // A deadline, marked when it had passed by the meeting's date.
    QString deadline(const FollowUp &followUp) const;
    // "Follow-up from previous meetings", when there is any.
    void carriedFollowUps();

    // "09.00–10.00", "09.00" or empty.
    static QString timeText(const Meeting &meeting);

private:
    TextDocumentBuilder &m_builder;
    const DocumentLanguage &m_language;
    const MeetingDocumentData &m_data;
};

} // namespace knutepunkt
