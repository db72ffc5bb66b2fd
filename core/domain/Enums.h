#pragma once

#include "domain/Codes.h"

namespace knutepunkt {

enum class WorkStatus { Planned, Started, Done, Postponed, Cancelled };
enum class ActivityCategory { Ordinary, Pandemic, AreaProgramme, Other };
enum class GoalKind { Goal, MainGoal, SubGoal, Strategy, Measure };
enum class MeetingKind { Unit, Department, CrossDisciplinary, Hms, Leaders, Political, Visit, Other };
enum class Attendance { Present, Apologies, Absent };
enum class ItemOutcome { Information, Decision, FollowUp };
enum class FollowUpStatus { Open, Done, Cancelled };
enum class MinutesStatus { Draft, Approved };
enum class CaseKind { Political, Administrative, Service };
enum class CaseStatus { Open, Closed, Withdrawn };
enum class GrantStatus { Planned, Applied, Awarded, Rejected, Reported };

template <>
struct CodeTable<WorkStatus>
{
    static constexpr std::array<CodeEntry<WorkStatus>, 5> entries{{
        {WorkStatus::Planned, "planned", QT_TRANSLATE_NOOP("Codes", "Planned")},
        {WorkStatus::Started, "started", QT_TRANSLATE_NOOP("Codes", "Started")},
        {WorkStatus::Done, "done", QT_TRANSLATE_NOOP("Codes", "Done")},
        {WorkStatus::Postponed, "postponed", QT_TRANSLATE_NOOP("Codes", "Postponed")},
        {WorkStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Codes", "Cancelled")},
    }};
};

template <>
struct CodeTable<ActivityCategory>
{
    static constexpr std::array<CodeEntry<ActivityCategory>, 4> entries{{
        {ActivityCategory::Ordinary, "ordinary", QT_TRANSLATE_NOOP("Codes", "Ordinary")},
        {ActivityCategory::Pandemic, "pandemic", QT_TRANSLATE_NOOP("Codes", "Pandemic task")},
        {ActivityCategory::AreaProgramme, "area_programme",
         QT_TRANSLATE_NOOP("Codes", "Area programme")},
        {ActivityCategory::Other, "other", QT_TRANSLATE_NOOP("Codes", "Other")},
    }};
};

template <>
struct CodeTable<GoalKind>
{
    static constexpr std::array<CodeEntry<GoalKind>, 5> entries{{
        {GoalKind::Goal, "goal", QT_TRANSLATE_NOOP("Codes", "Goal")},
        {GoalKind::MainGoal, "main_goal", QT_TRANSLATE_NOOP("Codes", "Main goal")},
        {GoalKind::SubGoal, "sub_goal", QT_TRANSLATE_NOOP("Codes", "Sub-goal")},
        {GoalKind::Strategy, "strategy", QT_TRANSLATE_NOOP("Codes", "Strategy")},
        {GoalKind::Measure, "measure", QT_TRANSLATE_NOOP("Codes", "Measure")},
    }};
};

template <>
struct CodeTable<MeetingKind>
{
    static constexpr std::array<CodeEntry<MeetingKind>, 8> entries{{
        {MeetingKind::Unit, "unit", QT_TRANSLATE_NOOP("Codes", "Unit meeting")},
        {MeetingKind::Department, "department", QT_TRANSLATE_NOOP("Codes", "Department meeting")},
        {MeetingKind::CrossDisciplinary, "cross_disciplinary",
         QT_TRANSLATE_NOOP("Codes", "Cross-disciplinary meeting")},
        {MeetingKind::Hms, "hms", QT_TRANSLATE_NOOP("Codes", "Health and safety (HMS)")},
        {MeetingKind::Leaders, "leaders", QT_TRANSLATE_NOOP("Codes", "Leader meeting")},
        {MeetingKind::Political, "political", QT_TRANSLATE_NOOP("Codes", "Political meeting")},
        {MeetingKind::Visit, "visit", QT_TRANSLATE_NOOP("Codes", "Visit")},
        {MeetingKind::Other, "other", QT_TRANSLATE_NOOP("Codes", "Other meeting")},
    }};
};

template <>
struct CodeTable<Attendance>
{
    static constexpr std::array<CodeEntry<Attendance>, 3> entries{{
        {Attendance::Present, "present", QT_TRANSLATE_NOOP("Codes", "Present")},
        {Attendance::Apologies, "apologies", QT_TRANSLATE_NOOP("Codes", "Apologies")},
        {Attendance::Absent, "absent", QT_TRANSLATE_NOOP("Codes", "Absent")},
    }};
};

template <>
struct CodeTable<ItemOutcome>
{
    static constexpr std::array<CodeEntry<ItemOutcome>, 3> entries{{
        {ItemOutcome::Information, "information", QT_TRANSLATE_NOOP("Codes", "Information")},
        {ItemOutcome::Decision, "decision", QT_TRANSLATE_NOOP("Codes", "Decision")},
        {ItemOutcome::FollowUp, "follow_up", QT_TRANSLATE_NOOP("Codes", "Follow-up")},
    }};
};

template <>
struct CodeTable<FollowUpStatus>
{
    static constexpr std::array<CodeEntry<FollowUpStatus>, 3> entries{{
        {FollowUpStatus::Open, "open", QT_TRANSLATE_NOOP("Codes", "Open")},
        {FollowUpStatus::Done, "done", QT_TRANSLATE_NOOP("Codes", "Done")},
        {FollowUpStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Codes", "Cancelled")},
    }};
};

template <>
struct CodeTable<MinutesStatus>
{
    static constexpr std::array<CodeEntry<MinutesStatus>, 2> entries{{
        {MinutesStatus::Draft, "draft", QT_TRANSLATE_NOOP("Codes", "Draft")},
        {MinutesStatus::Approved, "approved", QT_TRANSLATE_NOOP("Codes", "Approved")},
    }};
};

template <>
struct CodeTable<CaseKind>
{
    static constexpr std::array<CodeEntry<CaseKind>, 3> entries{{
        {CaseKind::Political, "political", QT_TRANSLATE_NOOP("Codes", "Political")},
        {CaseKind::Administrative, "administrative",
         QT_TRANSLATE_NOOP("Codes", "Administrative")},
        {CaseKind::Service, "service", QT_TRANSLATE_NOOP("Codes", "Service")},
    }};
};

template <>
struct CodeTable<CaseStatus>
{
    // Noark 5: under behandling / avsluttet / utgår.
    static constexpr std::array<CodeEntry<CaseStatus>, 3> entries{{
        {CaseStatus::Open, "open", QT_TRANSLATE_NOOP("Codes", "Open")},
        {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("Codes", "Closed")},
        {CaseStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Codes", "Withdrawn")},
    }};
};

template <>
struct CodeTable<GrantStatus>
{
    static constexpr std::array<CodeEntry<GrantStatus>, 5> entries{{
        {GrantStatus::Planned, "planned", QT_TRANSLATE_NOOP("Codes", "Planned")},
        {GrantStatus::Applied, "applied", QT_TRANSLATE_NOOP("Codes", "Applied")},
        {GrantStatus::Awarded, "awarded", QT_TRANSLATE_NOOP("Codes", "Awarded")},
        {GrantStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("Codes", "Rejected")},
        {GrantStatus::Reported, "reported", QT_TRANSLATE_NOOP("Codes", "Reported")},
    }};
};

} // namespace knutepunkt
