#include "domain/Validation.h"

#include "privacy/IdentityNumber.h"

#include <QCoreApplication>
#include <initializer_list>

namespace knutepunkt::validation {

namespace {

// Gives the messages below their translation context for lupdate.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString tr(const char *text)
{
    return Validation::tr(text);
}

// A free-text field: its value, the label a person sees and the machine name.
struct TextField
{
    const QString &value;
    const char *label;
    const char *code;
};

Status checkTexts(std::initializer_list<TextField> fields)
{
    for (const TextField &field : fields) {
        if (auto ok = privacy::checkFreeText(field.value, tr(field.label),
                                             QString::fromLatin1(field.code));
            !ok)
            return ok;
    }
    return {};
}

Status required(const QString &value, const char *label, const char *code)
{
    if (value.trimmed().isEmpty())
        return fail(Validation::tr("%1 must be filled in.").arg(tr(label)),
                    QString::fromLatin1(code));
    return {};
}

Status checkYear(int year, const char *code = "year")
{
    if (year < FirstYear || year > LastYear) {
        return fail(Validation::tr("Year must be between %1 and %2.").arg(FirstYear).arg(LastYear),
                    QString::fromLatin1(code));
    }
    return {};
}

Status notNegative(qint64 value, const char *label, const char *code)
{
    if (value < 0)
        return fail(Validation::tr("%1 cannot be negative.").arg(tr(label)),
                    QString::fromLatin1(code));
    return {};
}

Status notBefore(const QDate &later, const QDate &earlier, const char *laterLabel,
                 const char *earlierLabel, const char *code)
{
    if (later.isValid() && earlier.isValid() && later < earlier) {
        return fail(Validation::tr("%1 cannot be before %2.").arg(tr(laterLabel), tr(earlierLabel)),
                    QString::fromLatin1(code));
    }
    return {};
}

// Runs checks in order and stops at the first failure.
Status firstFailure(std::initializer_list<Status> results)
{
    for (const Status &result : results) {
        if (!result)
            return result;
    }
    return {};
}

} // namespace

bool isValidCaseReference(QStringView reference)
{
    auto isDigit = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    if (reference.size() < 10 || reference.size() > 12)
        return false;
    for (int i = 0; i < reference.size(); ++i) {
        const QChar c = reference[i];
        if (i == 2) {
            if (c != QLatin1Char('/'))
                return false;
        } else if (i == 8) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!isDigit(c)) {
            return false;
        }
    }
    return true;
}

Status check(const Unit &unit)
{
    return firstFailure({
        required(unit.name, QT_TRANSLATE_NOOP("Validation", "Unit name"), "name"),
        checkTexts(
            {{unit.name, QT_TRANSLATE_NOOP("Validation", "Unit name"), "name"},
             {unit.municipality, QT_TRANSLATE_NOOP("Validation", "Municipality"), "municipality"},
             {unit.districts, QT_TRANSLATE_NOOP("Validation", "Districts"), "districts"},
             {unit.leader, QT_TRANSLATE_NOOP("Validation", "Leader"), "leader"}}),
    });
}

Status check(const Department &department)
{
    if (department.id != 0 && department.parentId == department.id) {
        return fail(Validation::tr("A department cannot be its own parent department."),
                    QStringLiteral("parent"));
    }
    return firstFailure({
        required(department.name, QT_TRANSLATE_NOOP("Validation", "Department name"), "name"),
        checkTexts(
            {{department.name, QT_TRANSLATE_NOOP("Validation", "Department name"), "name"},
             {department.head, QT_TRANSLATE_NOOP("Validation", "Head"), "head"},
             {department.locations, QT_TRANSLATE_NOOP("Validation", "Locations"), "locations"}}),
        notBefore(department.validTo, department.validFrom,
                  QT_TRANSLATE_NOOP("Validation", "Valid to"),
                  QT_TRANSLATE_NOOP("Validation", "valid from"), "valid_to"),
    });
}

Status check(const DepartmentYear &year)
{
    return firstFailure({
        checkYear(year.year),
        notNegative(year.ftes, QT_TRANSLATE_NOOP("Validation", "FTEs"), "ftes"),
        notNegative(year.headCount, QT_TRANSLATE_NOOP("Validation", "Head count"), "head_count"),
    });
}

Status check(const StaffMember &member)
{
    if (!member.email.isEmpty()) {
        const qsizetype at = member.email.indexOf(QLatin1Char('@'));
        if (at <= 0 || member.email.indexOf(QLatin1Char('.'), at) < 0 ||
            member.email.contains(QLatin1Char(' '))) {
            return fail(Validation::tr("E-mail must look like name@example.no."),
                        QStringLiteral("email"));
        }
    }
    for (QChar c : member.phone) {
        if (!c.isDigit() && c != QLatin1Char(' ') && c != QLatin1Char('+')) {
            return fail(Validation::tr("Phone may hold only digits, spaces and a leading +."),
                        QStringLiteral("phone"));
        }
    }
    return firstFailure({
        required(member.name, QT_TRANSLATE_NOOP("Validation", "Name"), "name"),
        checkTexts({{member.name, QT_TRANSLATE_NOOP("Validation", "Name"), "name"},
                    {member.title, QT_TRANSLATE_NOOP("Validation", "Title"), "title"},
                    {member.email, QT_TRANSLATE_NOOP("Validation", "E-mail"), "email"},
                    {member.phone, QT_TRANSLATE_NOOP("Validation", "Phone"), "phone"}}),
    });
}

Status check(const Plan &plan)
{
    if (plan.fromYear != 0 && plan.toYear != 0 && plan.toYear < plan.fromYear)
        return fail(Validation::tr("The plan cannot end before it starts."),
                    QStringLiteral("to_year"));
    return firstFailure({
        required(plan.name, QT_TRANSLATE_NOOP("Validation", "Plan name"), "name"),
        checkTexts(
            {{plan.name, QT_TRANSLATE_NOOP("Validation", "Plan name"), "name"},
             {plan.description, QT_TRANSLATE_NOOP("Validation", "Description"), "description"}}),
    });
}

Status check(const Goal &goal)
{
    for (const QString &indicator : goal.indicators) {
        if (auto ok = privacy::checkFreeText(indicator, Validation::tr("Indicator"),
                                             QStringLiteral("indicators"));
            !ok)
            return ok;
    }
    return firstFailure({
        required(goal.number, QT_TRANSLATE_NOOP("Validation", "Number"), "number"),
        required(goal.title, QT_TRANSLATE_NOOP("Validation", "Goal"), "title"),
        checkTexts(
            {{goal.number, QT_TRANSLATE_NOOP("Validation", "Number"), "number"},
             {goal.title, QT_TRANSLATE_NOOP("Validation", "Goal"), "title"},
             {goal.description, QT_TRANSLATE_NOOP("Validation", "Description"), "description"},
             {goal.owner, QT_TRANSLATE_NOOP("Validation", "Owner"), "owner"}}),
    });
}

Status check(const Activity &activity)
{
    for (const QString &partner : activity.partners) {
        if (auto ok = privacy::checkFreeText(partner, Validation::tr("Partners"),
                                             QStringLiteral("partners"));
            !ok)
            return ok;
    }
    return firstFailure({
        checkYear(activity.year),
        required(activity.theme, QT_TRANSLATE_NOOP("Validation", "Theme"), "theme"),
        checkTexts({{activity.theme, QT_TRANSLATE_NOOP("Validation", "Theme"), "theme"},
                    {activity.description, QT_TRANSLATE_NOOP("Validation", "Description"),
                     "description"}}),
    });
}

Status check(const Reflection &reflection)
{
    if (reflection.departmentId <= 0)
        return fail(Validation::tr("Choose the department the reflection belongs to."),
                    QStringLiteral("department"));
    if (reflection.proudOf.trimmed().isEmpty() && reflection.lessonsLearned.trimmed().isEmpty()) {
        return fail(Validation::tr("Write what you are proud of, what you learned, or both."),
                    QStringLiteral("proud_of"));
    }
    return firstFailure({
        checkYear(reflection.year),
        required(reflection.theme, QT_TRANSLATE_NOOP("Validation", "Theme"), "theme"),
        checkTexts({{reflection.theme, QT_TRANSLATE_NOOP("Validation", "Theme"), "theme"},
                    {reflection.proudOf, QT_TRANSLATE_NOOP("Validation", "Proud of"), "proud_of"},
                    {reflection.lessonsLearned, QT_TRANSLATE_NOOP("Validation", "Lessons learned"),
                     "lessons_learned"}}),
    });
}

Status check(const Meeting &meeting)
{
    if (!meeting.date.isValid())
        return fail(Validation::tr("Date must be filled in."), QStringLiteral("date"));
    if (meeting.start.isValid() && meeting.end.isValid() && meeting.end < meeting.start)
        return fail(Validation::tr("The meeting cannot end before it starts."),
                    QStringLiteral("end"));
    if (meeting.status == MinutesStatus::Approved &&
        (!meeting.approvedOn.isValid() || meeting.approvedBy.trimmed().isEmpty())) {
        return fail(
            Validation::tr("Approved minutes need the approval date and who approved them."),
            QStringLiteral("status"));
    }
    return firstFailure({
        checkYear(meeting.date.year(), "date"),
        required(meeting.title, QT_TRANSLATE_NOOP("Validation", "Title"), "title"),
        checkTexts(
            {{meeting.series, QT_TRANSLATE_NOOP("Validation", "Series"), "series"},
             {meeting.title, QT_TRANSLATE_NOOP("Validation", "Title"), "title"},
             {meeting.body, QT_TRANSLATE_NOOP("Validation", "Forum"), "body"},
             {meeting.location, QT_TRANSLATE_NOOP("Validation", "Place"), "location"},
             {meeting.chair, QT_TRANSLATE_NOOP("Validation", "Chair"), "chair"},
             {meeting.minuteTaker, QT_TRANSLATE_NOOP("Validation", "Minute-taker"), "minute_taker"},
             {meeting.approvedBy, QT_TRANSLATE_NOOP("Validation", "Approved by"), "approved_by"}}),
    });
}

Status check(const Participant &participant)
{
    if (participant.staffId <= 0 && participant.name.trimmed().isEmpty())
        return fail(Validation::tr("Choose a member of staff or type the participant's name."),
                    QStringLiteral("name"));
    return checkTexts({{participant.name, QT_TRANSLATE_NOOP("Validation", "Name"), "name"}});
}

Status check(const AgendaItem &item)
{
    return firstFailure({
        required(item.title, QT_TRANSLATE_NOOP("Validation", "Title"), "title"),
        checkTexts(
            {{item.title, QT_TRANSLATE_NOOP("Validation", "Title"), "title"},
             {item.presenter, QT_TRANSLATE_NOOP("Validation", "Presenter"), "presenter"},
             {item.description, QT_TRANSLATE_NOOP("Validation", "Description"), "description"},
             {item.discussion, QT_TRANSLATE_NOOP("Validation", "Discussion"), "discussion"},
             {item.decision, QT_TRANSLATE_NOOP("Validation", "Decision"), "decision"}}),
    });
}

Status check(const FollowUp &followUp)
{
    if (followUp.status == FollowUpStatus::Open && followUp.closedOn.isValid())
        return fail(Validation::tr("An open follow-up cannot have a closed date."),
                    QStringLiteral("closed_on"));
    return firstFailure({
        required(followUp.text, QT_TRANSLATE_NOOP("Validation", "Follow-up"), "text"),
        checkTexts({{followUp.text, QT_TRANSLATE_NOOP("Validation", "Follow-up"), "text"},
                    {followUp.owner, QT_TRANSLATE_NOOP("Validation", "Owner"), "owner"}}),
    });
}

Status check(const Amendment &amendment)
{
    if (!amendment.date.isValid())
        return fail(Validation::tr("Date must be filled in."), QStringLiteral("amended_on"));
    return firstFailure({
        checkYear(amendment.date.year(), "amended_on"),
        required(amendment.amendedBy, QT_TRANSLATE_NOOP("Validation", "Amended by"), "amended_by"),
        required(amendment.reason, QT_TRANSLATE_NOOP("Validation", "Reason"), "reason"),
        required(amendment.correction, QT_TRANSLATE_NOOP("Validation", "Correction"), "correction"),
        checkTexts(
            {{amendment.amendedBy, QT_TRANSLATE_NOOP("Validation", "Amended by"), "amended_by"},
             {amendment.reason, QT_TRANSLATE_NOOP("Validation", "Reason"), "reason"},
             {amendment.correction, QT_TRANSLATE_NOOP("Validation", "Correction"), "correction"}}),
    });
}

Status check(const Case &caseRecord)
{
    if (!isValidCaseReference(caseRecord.reference)) {
        return fail(
            Validation::tr("Case number must look like 20/41273-1 (year/sequence number-document "
                           "number)."),
            QStringLiteral("reference"));
    }
    if (caseRecord.status == CaseStatus::Open && caseRecord.closed.isValid())
        return fail(Validation::tr("An open case cannot have a closed date."),
                    QStringLiteral("closed"));
    if (caseRecord.status == CaseStatus::Closed && !caseRecord.closed.isValid())
        return fail(Validation::tr("A closed case needs the date it was closed."),
                    QStringLiteral("closed"));
    if (caseRecord.restricted && caseRecord.legalBasis.trimmed().isEmpty()) {
        return fail(Validation::tr("A restricted case needs its legal basis, e.g. Offl. § 13."),
                    QStringLiteral("legal_basis"));
    }
    return firstFailure({
        required(caseRecord.title, QT_TRANSLATE_NOOP("Validation", "Title"), "title"),
        notBefore(caseRecord.closed, caseRecord.opened, QT_TRANSLATE_NOOP("Validation", "Closed"),
                  QT_TRANSLATE_NOOP("Validation", "opened"), "closed"),
        checkTexts({{caseRecord.title, QT_TRANSLATE_NOOP("Validation", "Title"), "title"},
                    {caseRecord.responsible, QT_TRANSLATE_NOOP("Validation", "Responsible"),
                     "responsible"},
                    {caseRecord.legalBasis, QT_TRANSLATE_NOOP("Validation", "Legal basis"),
                     "legal_basis"}}),
    });
}

Status check(const Grant &grant)
{
    if (grant.status == GrantStatus::Rejected && grant.amountAwarded != 0)
        return fail(Validation::tr("A rejected grant cannot have an amount awarded."),
                    QStringLiteral("amount_awarded"));
    if (grant.status == GrantStatus::Reported && !grant.reportedOn.isValid())
        return fail(Validation::tr("A reported grant needs the date it was reported."),
                    QStringLiteral("reported_on"));
    return firstFailure({
        checkYear(grant.year),
        required(grant.purpose, QT_TRANSLATE_NOOP("Validation", "Purpose"), "purpose"),
        required(grant.grantor, QT_TRANSLATE_NOOP("Validation", "Grantor"), "grantor"),
        notNegative(grant.amountApplied, QT_TRANSLATE_NOOP("Validation", "Amount applied"),
                    "amount_applied"),
        notNegative(grant.amountAwarded, QT_TRANSLATE_NOOP("Validation", "Amount awarded"),
                    "amount_awarded"),
        checkTexts({{grant.purpose, QT_TRANSLATE_NOOP("Validation", "Purpose"), "purpose"},
                    {grant.grantor, QT_TRANSLATE_NOOP("Validation", "Grantor"), "grantor"},
                    {grant.notes, QT_TRANSLATE_NOOP("Validation", "Notes"), "notes"}}),
    });
}

Status check(const Programme &programme)
{
    return firstFailure({
        required(programme.name, QT_TRANSLATE_NOOP("Validation", "Programme"), "programme"),
        checkTexts({{programme.name, QT_TRANSLATE_NOOP("Validation", "Programme"), "programme"},
                    {programme.funder, QT_TRANSLATE_NOOP("Validation", "Funder"), "funder"}}),
    });
}

Status check(const BudgetLine &line)
{
    return firstFailure({
        checkYear(line.year),
        required(line.line, QT_TRANSLATE_NOOP("Validation", "Budget line"), "line"),
        notNegative(line.allocated, QT_TRANSLATE_NOOP("Validation", "Allocated"), "allocated"),
        notNegative(line.spent, QT_TRANSLATE_NOOP("Validation", "Spent"), "spent"),
        checkTexts({{line.line, QT_TRANSLATE_NOOP("Validation", "Budget line"), "line"}}),
    });
}

Status check(const YearFigures &figures)
{
    if (figures.pandemicCompensated > figures.pandemicCosts) {
        return fail(
            Validation::tr("The compensated part cannot be larger than the pandemic costs."),
            QStringLiteral("pandemic_compensated"));
    }
    return firstFailure({
        checkYear(figures.year),
        notNegative(figures.budgetFrame, QT_TRANSLATE_NOOP("Validation", "Budget frame"),
                    "budget_frame"),
        notNegative(figures.ftesJanuary1, QT_TRANSLATE_NOOP("Validation", "FTEs on 1 January"),
                    "ftes_january1"),
        notNegative(figures.ftesDecember31, QT_TRANSLATE_NOOP("Validation", "FTEs on 31 December"),
                    "ftes_december31"),
        notNegative(figures.pandemicCosts, QT_TRANSLATE_NOOP("Validation", "Pandemic costs"),
                    "pandemic_costs"),
        notNegative(figures.pandemicCompensated, QT_TRANSLATE_NOOP("Validation", "Compensated"),
                    "pandemic_compensated"),
        notNegative(figures.nextYearFrame, QT_TRANSLATE_NOOP("Validation", "Next year's frame"),
                    "next_year_frame"),
    });
}

Status check(const SummaryText &summary)
{
    for (auto it = summary.chapters.cbegin(); it != summary.chapters.cend(); ++it) {
        if (auto ok = privacy::checkFreeText(it.value(), Validation::tr("Chapter text"), it.key());
            !ok)
            return ok;
    }
    return firstFailure({
        checkYear(summary.year),
        checkTexts(
            {{summary.title, QT_TRANSLATE_NOOP("Validation", "Title"), "title"},
             {summary.version, QT_TRANSLATE_NOOP("Validation", "Version"), "version"},
             {summary.leader, QT_TRANSLATE_NOOP("Validation", "Leader"), "leader"},
             {summary.foreword, QT_TRANSLATE_NOOP("Validation", "Foreword"), "foreword"},
             {summary.forewordPlace, QT_TRANSLATE_NOOP("Validation", "Place"), "foreword_place"}}),
    });
}

} // namespace knutepunkt::validation
