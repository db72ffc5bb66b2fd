#pragma once

class QAction;
class QWidget;

namespace knutepunkt {

// A database opened read-only (someone else has it open) must not look
// editable: every control that would change data is made unusable, in one
// place, for every page and editor. The connection itself is read-only as
// well, so this is about what the user sees, not the last line of defence.
//
// Controls that only change what is shown (search, filters, "show all",
// printing and exporting) are marked view-only and stay usable. Everything
// else under a locked widget — buttons, check boxes, choices, actions — is
// disabled and kept disabled when a page enables it again after a change of
// selection; text fields, spin boxes and dates become read-only, so their
// text can still be read, selected and copied.
namespace readOnly {

// Marks `widget` (and what it contains) as a control that changes only the view.
void markViewOnly(QWidget *widget);
void markViewOnly(QAction *action);
// Locks every editing control under `root` and marks `root` as locked. Call
// it again after the content is rebuilt; controls already locked are skipped.
void lock(QWidget *root);
// Whether `widget` or one of its parents was locked.
bool isLocked(const QWidget *widget);

} // namespace readOnly

} // namespace knutepunkt
