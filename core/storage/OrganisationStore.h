#pragma once

#include "domain/Organisation.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace knutepunkt {

class Database;

// The unit, its departments (a tree that changes over the years), their FTEs
// per year, and the staff.
class OrganisationStore
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationStore)

public:
    explicit OrganisationStore(Database &database)
        : m_db(database)
    {
    }

    Unit unit() const;
    Status saveUnit(const Unit &unit);

    QList<Department> departments() const;           // all, ordered by name
    QList<Department> departmentsIn(int year) const; // those that existed that year
    std::optional<Department> department(Id id) const;
    std::optional<Department> departmentByName(const QString &name) const;
    Result<Id> addDepartment(const Department &department);
    Status updateDepartment(const Department &department);
    // Refuses while sub-departments, activities or other records depend on it.
    Status removeDepartment(Id id);

    QList<DepartmentYear> departmentYears(int year) const;
    std::optional<DepartmentYear> departmentYear(Id departmentId, int year) const;
    // `departmentVersion`: the department's row_version the figure was typed
    // against (0: not checked); the figures belong to the department, so a
    // change of it since is a conflict (Error::conflict), nothing written.
    Status setDepartmentYear(const DepartmentYear &year, qint64 departmentVersion = 0);

    QList<StaffMember> staff() const; // ordered by name
    std::optional<StaffMember> staffMember(Id id) const;
    Result<Id> addStaffMember(const StaffMember &member);
    Status updateStaffMember(const StaffMember &member);
    Status removeStaffMember(Id id);

private:
    Status checkParent(const Department &department) const;

    Database &m_db;
};

} // namespace knutepunkt
