#pragma once

#include "domain/Meetings.h"
#include "framework/ListPage.h"

#include <optional>

class QPushButton;
class QTextBrowser;

namespace knutepunkt {

// The year's meetings with their minutes' status; below the list, what the
// selected meeting holds: participants, agenda with decisions, follow-ups.
// Approved minutes are locked: editing explains why, and "Approve minutes…"
// locks a draft (undoable like every change).
class MeetingsPage final : public ListPage
{
    Q_OBJECT

public:
    explicit MeetingsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Meetings"); }
    void reload() override;

    // Opens the small form that approves the selected meeting's minutes.
    void approveSelected();

protected:
    QList<TableRow> loadRows() override;
    void addRecord() override;
    void editRecord(const QVariant &key) override;
    void deleteRecord(const QVariant &key) override;

private:
    // The meeting behind `key`, unless its minutes are approved: then the
    // user is told so (`lockedMessage`, or the store's own words) instead.
    std::optional<Meeting> changeableMeeting(const QVariant &key, const QString &lockedMessage);
    void updateSelection();
    QString detailsHtml(const QVariant &key) const;

    QPushButton *m_approve;
    QTextBrowser *m_details;
};

} // namespace knutepunkt
