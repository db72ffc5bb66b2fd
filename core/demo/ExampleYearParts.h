#pragma once

#include "demo/ExampleYear.h"
#include "domain/Types.h"
#include "util/Result.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTime>
#include <array>

// Internal to the example year (ExampleYear*.cpp); not part of core's public
// API. What the parts of the example share: the table helpers, the invented
// people, the departments' keys, the ids handed out while filling, and the
// steps ExampleYear::fill() runs in order.

namespace knutepunkt::exampleyear {

inline constexpr int Year = ExampleYear::Year;

// Whole kroner in the tables, øre in storage.
constexpr Money kr(qint64 kroner)
{
    return kroner * 100;
}

// Dates are written as yyyymmdd in the tables; 0 means "no date".
inline QDate day(int yyyymmdd)
{
    if (yyyymmdd == 0)
        return {};
    return QDate(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

inline QTime clock(int hhmm)
{
    return QTime(hhmm / 100, hhmm % 100);
}

inline QString text(QStringView s)
{
    return s.toString();
}

// Table cells with several values separate them with ';'.
inline QStringList list(QStringView cell)
{
    QStringList result;
    for (QStringView part : cell.split(u';')) {
        if (!part.trimmed().isEmpty())
            result << part.trimmed().toString();
    }
    return result;
}

// --- People (invented) and departments ---------------------------------------

inline constexpr QStringView Leader = u"Hanne Eksempelsen";
inline constexpr QStringView HealthHead = u"Marte Eksempeldal";
inline constexpr QStringView WelfareHead = u"Jonas Fiktivdal";
inline constexpr QStringView StationNurse = u"Guro Testbakken";
inline constexpr QStringView SchoolNurse = u"Ingrid Demosen";
inline constexpr QStringView Psychologist = u"Henrik Modellstad";
inline constexpr QStringView MigraNurse = u"Amina Utkastli";
inline constexpr QStringView Caseworker = u"Sofie Testvik";
inline constexpr QStringView PptSpecialist = u"Siri Demoberg";
inline constexpr QStringView PptPsychologist = u"Amir Testrud";
inline constexpr QStringView PptAdviser = u"Lene Skisseby";
inline constexpr QStringView CultureAdviser = u"Tore Plassholder";
inline constexpr QStringView CitizenGuide = u"Nora Eksemplar";
inline constexpr QStringView ProjectLead = u"Even Fiksjonsen";
// A headteacher from outside the unit, present as an external participant.
inline constexpr QStringView Headteacher = u"Camilla Skolestad";

enum Dept : int
{
    Health,
    HealthStation,
    SchoolHealth,
    FamilyTeam,
    Migra,
    ChildWelfare,
    Ppt,
    Culture,
    AreaProgramme,
    DeptCount
};
inline constexpr int NoDept = -1;

constexpr unsigned in(Dept d)
{
    return 1u << d;
}

// Ids handed out while filling, for the links between the parts.
struct Ids
{
    std::array<Id, DeptCount> departments{};
    QMap<QString, Id> staff;   // name -> id
    std::array<Id, 6> goals{}; // knutepunkt goals 1–6
};

inline Id departmentId(const Ids &ids, int dept)
{
    return dept == NoDept ? 0 : ids.departments[dept];
}

// --- The steps, in the order fill() runs them --------------------------------

// ExampleYear.cpp
Status addUnit(Database &db, Ids &ids);
Status addDepartments(Database &db, Ids &ids);
Status addStaff(Database &db, Ids &ids);
Status addGoals(Database &db, Ids &ids);
// ExampleYearActivities.cpp
Status addActivities(Database &db, Ids &ids);
Status addReflections(Database &db, Ids &ids);
// ExampleYear.cpp
Status addEconomy(Database &db, Ids &ids);
// ExampleYearMeetings.cpp
Status addPoliticalMeetings(Database &db, Ids &ids);
Status addInternalMeetings(Database &db, Ids &ids);
Status addServiceCases(Database &db, Ids &ids);
// ExampleYear.cpp
Status addSummary(Database &db, Ids &ids);

} // namespace knutepunkt::exampleyear
