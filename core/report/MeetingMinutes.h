#pragma once

#include "report/MeetingDocumentParts.h"
#include "util/Result.h"

#include <memory>

namespace knutepunkt {

class Database;

// The minutes (møtereferat): who was present, sent apologies or was absent,
// who took the minutes; every item with its discussion and decision; the
// follow-ups decided and those still open from earlier meetings; the
// approval line ("Approved … by …", or a draft) and any amendments after it.
class MeetingMinutes final : public MeetingDocument
{
public:
    MeetingMinutes(MeetingDocumentData data, const DocumentLanguage &language);

    // Fails, naming the id, when there is no such meeting.
    static Result<std::unique_ptr<MeetingMinutes>> create(Database &database, Id meetingId,
                                                          const DocumentLanguage &language);

    // "Approved 22.09.2020 by Hanne Eksempelsen" or "Draft – not approved".
    QString approvalLine() const;

private:
    void build();
    void writeItems(TextDocumentBuilder &builder, const MeetingDocumentParts &parts);
    void writeFollowUps(TextDocumentBuilder &builder, const MeetingDocumentParts &parts);
    void writeAmendments(TextDocumentBuilder &builder);
};

} // namespace knutepunkt
