#pragma once

#include "domain/Activities.h"
#include "domain/Cases.h"
#include "domain/Economy.h"
#include "domain/Meetings.h"
#include "domain/Organisation.h"
#include "domain/Plans.h"
#include "domain/Summary.h"
#include "util/Result.h"

namespace knutepunkt::validation {

// Every rule a record must satisfy before it is stored, whichever way it
// comes in (editor, CSV, JSON). The error names the field (Error::field is
// the machine name used in CSV headers) and says what was expected. Every
// free-text field is checked by the privacy guard.

Status check(const Unit &unit);
Status check(const Department &department);
Status check(const DepartmentYear &year);
Status check(const StaffMember &member);
Status check(const Plan &plan);
Status check(const Goal &goal);
Status check(const Activity &activity);
Status check(const Reflection &reflection);
Status check(const Meeting &meeting);
Status check(const Participant &participant);
Status check(const AgendaItem &item);
Status check(const FollowUp &followUp);
Status check(const Amendment &amendment);
Status check(const Case &caseRecord);
Status check(const Grant &grant);
Status check(const Programme &programme);
Status check(const BudgetLine &line);
Status check(const YearFigures &figures);
Status check(const SummaryText &summary);

// Archive references look like 20/41273-1: two-digit year, a five-digit
// sequence number, a hyphen and the document number (1–3 digits).
bool isValidCaseReference(QStringView reference);

// Years the product accepts for anything dated by year.
constexpr int FirstYear = 1990;
constexpr int LastYear = 2100;

} // namespace knutepunkt::validation
