#pragma once

#include "report/MeetingDocumentParts.h"
#include "util/Result.h"

#include <memory>

namespace knutepunkt {

class Database;

// The meeting notice (møteinnkalling): when and where, who is invited, the
// numbered agenda with presenters, cases and descriptions, and the follow-ups
// of the series' earlier meetings that are still open.
class MeetingNotice final : public MeetingDocument
{
public:
    MeetingNotice(MeetingDocumentData data, const DocumentLanguage &language);

    // Fails, naming the id, when there is no such meeting.
    static Result<std::unique_ptr<MeetingNotice>> create(Database &database, Id meetingId,
                                                         const DocumentLanguage &language);

private:
    void build();
};

} // namespace knutepunkt
