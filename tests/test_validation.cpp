#include "domain/Validation.h"
#include "support/IdentityNumbers.h"
#include "support/QtPrinting.h"

#include <catch2/catch.hpp>

using namespace knutepunkt;

namespace {

QString fieldOf(const Status &status)
{
    return status ? QString() : status.error().field;
}

} // namespace

TEST_CASE("Case references must have the archive's form YY/NNNNN-N", "[validation]")
{
    CHECK(validation::isValidCaseReference(u"20/41273-1"));
    CHECK(validation::isValidCaseReference(u"20/00109-12"));
    CHECK_FALSE(validation::isValidCaseReference(u"2020/41273-1"));
    CHECK_FALSE(validation::isValidCaseReference(u"20/4127-1"));
    CHECK_FALSE(validation::isValidCaseReference(u"20-41273-1"));
    CHECK_FALSE(validation::isValidCaseReference(u"20/41273"));
    CHECK_FALSE(validation::isValidCaseReference(u"20/41273-1234"));
    CHECK_FALSE(validation::isValidCaseReference(u""));

    Case c;
    c.reference = QStringLiteral("20/41273");
    c.title = QStringLiteral("Budsjett");
    const Status status = validation::check(c);
    REQUIRE_FALSE(status);
    CHECK(status.error().field == QStringLiteral("reference"));
    CHECK(status.error().message.contains(QStringLiteral("20/41273-1")));
}

TEST_CASE("Case rules: closed cases need a closed date, restricted ones a legal basis", "[validation]")
{
    Case c;
    c.reference = QStringLiteral("20/41273-1");
    c.title = QStringLiteral("Tilskudd til møteplass");
    c.opened = QDate(2020, 3, 1);
    REQUIRE(validation::check(c));

    c.status = CaseStatus::Closed;
    CHECK(fieldOf(validation::check(c)) == QStringLiteral("closed"));
    c.closed = QDate(2020, 2, 1);
    CHECK(fieldOf(validation::check(c)) == QStringLiteral("closed")); // before opened
    c.closed = QDate(2020, 6, 1);
    CHECK(validation::check(c));

    c.restricted = true;
    CHECK(fieldOf(validation::check(c)) == QStringLiteral("legal_basis"));
    c.legalBasis = QStringLiteral("Offl. § 13, jf. fvl. § 13");
    CHECK(validation::check(c));

    c.status = CaseStatus::Open;
    CHECK(fieldOf(validation::check(c)) == QStringLiteral("closed"));
}

TEST_CASE("Every free-text field refuses an identity number and names the field", "[validation][privacy]")
{
    const QString number = someIdentityNumber();
    REQUIRE(number.size() == 11);

    Activity activity;
    activity.year = 2020;
    activity.theme = QStringLiteral("Foreldreveiledning");
    activity.description = QStringLiteral("Oppfølging av barn ") + number;
    Status status = validation::check(activity);
    REQUIRE_FALSE(status);
    CHECK(status.error().field == QStringLiteral("description"));
    CHECK(status.error().message.contains(QStringLiteral("Description")));
    CHECK_FALSE(status.error().message.contains(number));

    activity.description.clear();
    activity.partners = {QStringLiteral("Røde Kors"), number};
    CHECK(fieldOf(validation::check(activity)) == QStringLiteral("partners"));

    AgendaItem item;
    item.title = QStringLiteral("Drøftingssak");
    item.discussion = QStringLiteral("Gjelder ") + someIdentityNumber(QDate(2011, 7, 2), true);
    CHECK(fieldOf(validation::check(item)) == QStringLiteral("discussion"));

    StaffMember member;
    member.name = QStringLiteral("Kari Eksempel");
    member.phone = number;
    CHECK(fieldOf(validation::check(member)) == QStringLiteral("phone"));
}

TEST_CASE("Required fields and years are checked with the field named", "[validation]")
{
    Grant grant;
    grant.year = 2020;
    grant.grantor = QStringLiteral("Sparebankstiftelsen");
    CHECK(fieldOf(validation::check(grant)) == QStringLiteral("purpose"));
    grant.purpose = QStringLiteral("Sommeraktiviteter");
    CHECK(validation::check(grant));
    grant.year = 1850;
    CHECK(fieldOf(validation::check(grant)) == QStringLiteral("year"));
    grant.year = 2020;
    grant.amountApplied = -100;
    CHECK(fieldOf(validation::check(grant)) == QStringLiteral("amount_applied"));
    grant.amountApplied = 0;
    grant.status = GrantStatus::Rejected;
    grant.amountAwarded = 5000000;
    CHECK(fieldOf(validation::check(grant)) == QStringLiteral("amount_awarded"));
    grant.amountAwarded = 0;
    grant.status = GrantStatus::Reported;
    CHECK(fieldOf(validation::check(grant)) == QStringLiteral("reported_on"));

    Department department;
    CHECK(fieldOf(validation::check(department)) == QStringLiteral("name"));
    department.name = QStringLiteral("Barnevern");
    department.validFrom = QDate(2018, 1, 1);
    department.validTo = QDate(2017, 12, 31);
    CHECK(fieldOf(validation::check(department)) == QStringLiteral("valid_to"));
}

TEST_CASE("Meetings: an end before the start and approval without date are refused", "[validation]")
{
    Meeting meeting;
    meeting.title = QStringLiteral("Virksomhetsmøte");
    CHECK(fieldOf(validation::check(meeting)) == QStringLiteral("date"));
    meeting.date = QDate(2020, 10, 14);
    meeting.start = QTime(10, 0);
    meeting.end = QTime(9, 0);
    CHECK(fieldOf(validation::check(meeting)) == QStringLiteral("end"));
    meeting.end = QTime(11, 30);
    CHECK(validation::check(meeting));
    meeting.status = MinutesStatus::Approved;
    CHECK(fieldOf(validation::check(meeting)) == QStringLiteral("status"));
    meeting.approvedOn = QDate(2020, 10, 28);
    meeting.approvedBy = QStringLiteral("Virksomhetsmøtet");
    CHECK(validation::check(meeting));
}

TEST_CASE("Year figures: the compensated part cannot exceed the costs", "[validation]")
{
    YearFigures figures;
    figures.year = 2020;
    figures.pandemicCosts = 61600000;
    figures.pandemicCompensated = 61500000;
    CHECK(validation::check(figures));
    figures.pandemicCompensated = 61700000;
    CHECK(fieldOf(validation::check(figures)) == QStringLiteral("pandemic_compensated"));
}

TEST_CASE("Staff: e-mail and phone must look like e-mail and phone", "[validation]")
{
    StaffMember member;
    member.name = QStringLiteral("Ola Testesen");
    member.email = QStringLiteral("ola.testesen(at)example.no");
    CHECK(fieldOf(validation::check(member)) == QStringLiteral("email"));
    member.email = QStringLiteral("ola.testesen@example.no");
    member.phone = QStringLiteral("+47 400 00 000");
    CHECK(validation::check(member));
    member.phone = QStringLiteral("ring meg");
    CHECK(fieldOf(validation::check(member)) == QStringLiteral("phone"));
}
