#include "storage/OrganisationStore.h"

#include "domain/Validation.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace knutepunkt {

namespace {

const QString departmentColumns =
    QStringLiteral("id, parent_id, name, head, locations, valid_from, valid_to, row_version");

Department readDepartment(const Query &q)
{
    Department d;
    d.id = q.integer(0);
    d.parentId = q.integer(1);
    d.name = q.text(2);
    d.head = q.text(3);
    d.locations = q.text(4);
    d.validFrom = q.date(5);
    d.validTo = q.date(6);
    d.rowVersion = q.integer(7);
    return d;
}

const QString staffColumns =
    QStringLiteral("id, name, title, department_id, email, phone, row_version");

StaffMember readStaff(const Query &q)
{
    StaffMember s;
    s.id = q.integer(0);
    s.name = q.text(1);
    s.title = q.text(2);
    s.departmentId = q.integer(3);
    s.email = q.text(4);
    s.phone = q.text(5);
    s.rowVersion = q.integer(6);
    return s;
}

void bindDepartment(Query &q, const Department &d)
{
    q.bind(QStringLiteral(":parent"), sqlId(d.parentId))
        .bind(QStringLiteral(":name"), d.name.trimmed())
        .bind(QStringLiteral(":head"), d.head)
        .bind(QStringLiteral(":locations"), d.locations)
        .bind(QStringLiteral(":from"), sqlDate(d.validFrom))
        .bind(QStringLiteral(":to"), sqlDate(d.validTo));
}

void bindStaff(Query &q, const StaffMember &s)
{
    q.bind(QStringLiteral(":name"), s.name.trimmed())
        .bind(QStringLiteral(":title"), s.title)
        .bind(QStringLiteral(":department"), sqlId(s.departmentId))
        .bind(QStringLiteral(":email"), s.email.trimmed())
        .bind(QStringLiteral(":phone"), s.phone.trimmed());
}

} // namespace

Unit OrganisationStore::unit() const
{
    Query q(
        m_db,
        QStringLiteral(
            "SELECT name, municipality, districts, leader, row_version FROM unit WHERE id = 1"));
    Unit unit;
    if (q.exec() && q.next()) {
        unit.name = q.text(0);
        unit.municipality = q.text(1);
        unit.districts = q.text(2);
        unit.leader = q.text(3);
        unit.rowVersion = q.integer(4);
    }
    return unit;
}

Status OrganisationStore::saveUnit(const Unit &unit)
{
    if (auto ok = validation::check(unit); !ok)
        return ok;
    return updateAtVersion(m_db, QStringLiteral("unit"), 1, unit.rowVersion, [&] {
        return changeRows(m_db,
                          QStringLiteral("UPDATE unit SET name = :name, municipality = "
                                         ":municipality, districts = :districts, leader = :leader "
                                         "WHERE id = 1"),
                          [&](Query &q) {
                              q.bind(QStringLiteral(":name"), unit.name.trimmed())
                                  .bind(QStringLiteral(":municipality"), unit.municipality)
                                  .bind(QStringLiteral(":districts"), unit.districts)
                                  .bind(QStringLiteral(":leader"), unit.leader);
                          });
    });
}

QList<Department> OrganisationStore::departments() const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM departments ORDER BY name").arg(departmentColumns));
    QList<Department> result;
    if (q.exec()) {
        while (q.next())
            result << readDepartment(q);
    }
    return result;
}

QList<Department> OrganisationStore::departmentsIn(int year) const
{
    QList<Department> result;
    for (const Department &d : departments()) {
        if (d.existsIn(year))
            result << d;
    }
    return result;
}

std::optional<Department> OrganisationStore::department(Id id) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM departments WHERE id = :id").arg(departmentColumns));
    q.bind(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return readDepartment(q);
    return std::nullopt;
}

std::optional<Department> OrganisationStore::departmentByName(const QString &name) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM departments WHERE name = :name").arg(departmentColumns));
    q.bind(QStringLiteral(":name"), name.trimmed());
    if (q.exec() && q.next())
        return readDepartment(q);
    return std::nullopt;
}

Status OrganisationStore::checkParent(const Department &department) const
{
    // Walk up from the chosen parent: meeting ourselves would make a loop.
    Id current = department.parentId;
    int guard = 0;
    while (current > 0 && guard++ < 1000) {
        if (department.id != 0 && current == department.id) {
            return fail(tr("A department cannot be placed under one of its own sub-departments."),
                        QStringLiteral("parent"));
        }
        const auto parent = this->department(current);
        if (!parent)
            return fail(tr("The parent department does not exist."), QStringLiteral("parent"));
        current = parent->parentId;
    }
    return {};
}

Result<Id> OrganisationStore::addDepartment(const Department &department)
{
    if (auto ok = validation::check(department); !ok)
        return fail(ok.error());
    if (auto ok = checkParent(department); !ok)
        return fail(ok.error());
    if (departmentByName(department.name)) {
        return fail(tr("There is already a department called %1.").arg(department.name.trimmed()),
                    QStringLiteral("name"));
    }
    return insertRow(m_db,
                     QStringLiteral("INSERT INTO departments (parent_id, name, head, locations, "
                                    "valid_from, valid_to) VALUES (:parent, :name, :head, "
                                    ":locations, :from, :to) RETURNING id"),
                     [&](Query &q) { bindDepartment(q, department); });
}

Status OrganisationStore::updateDepartment(const Department &department)
{
    if (auto ok = validation::check(department); !ok)
        return ok;
    if (auto ok = checkParent(department); !ok)
        return ok;
    if (auto other = departmentByName(department.name); other && other->id != department.id) {
        return fail(tr("There is already a department called %1.").arg(department.name.trimmed()),
                    QStringLiteral("name"));
    }
    return updateAtVersion(
        m_db, QStringLiteral("departments"), department.id, department.rowVersion, [&] {
            return changeRows(
                m_db,
                QStringLiteral("UPDATE departments SET parent_id = :parent, name = :name, head = "
                               ":head, locations = :locations, valid_from = :from, valid_to = :to "
                               "WHERE id = :id"),
                [&](Query &q) {
                    bindDepartment(q, department);
                    q.bind(QStringLiteral(":id"), department.id);
                });
        });
}

Status OrganisationStore::removeDepartment(Id id)
{
    Query children(m_db, QStringLiteral("SELECT COUNT(*) FROM departments WHERE parent_id = :id"));
    children.bind(QStringLiteral(":id"), id);
    if (auto count = children.scalar(); count && *count > 0) {
        return fail(tr("This department has %n sub-department(s); move or delete them first.",
                       nullptr, int(*count)));
    }
    Query activities(m_db, QStringLiteral("SELECT COUNT(*) FROM activity_departments "
                                          "WHERE department_id = :id"));
    activities.bind(QStringLiteral(":id"), id);
    if (auto count = activities.scalar(); count && *count > 0) {
        return fail(tr("%n development activit(y/ies) belong to this department; move or delete "
                       "them first. To keep its history, set the date it stopped instead.",
                       nullptr, int(*count)));
    }
    return changeRows(m_db, QStringLiteral("DELETE FROM departments WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

QList<DepartmentYear> OrganisationStore::departmentYears(int year) const
{
    Query q(m_db,
            QStringLiteral("SELECT department_id, year, ftes, head_count FROM department_years "
                           "WHERE year = :year ORDER BY department_id"));
    q.bind(QStringLiteral(":year"), year);
    QList<DepartmentYear> result;
    if (q.exec()) {
        while (q.next())
            result << DepartmentYear{q.integer(0), int(q.integer(1)), q.integer(2),
                                     int(q.integer(3))};
    }
    return result;
}

std::optional<DepartmentYear> OrganisationStore::departmentYear(Id departmentId, int year) const
{
    Query q(m_db,
            QStringLiteral("SELECT department_id, year, ftes, head_count FROM department_years "
                           "WHERE department_id = :department AND year = :year"));
    q.bind(QStringLiteral(":department"), departmentId).bind(QStringLiteral(":year"), year);
    if (q.exec() && q.next())
        return DepartmentYear{q.integer(0), int(q.integer(1)), q.integer(2), int(q.integer(3))};
    return std::nullopt;
}

Status OrganisationStore::setDepartmentYear(const DepartmentYear &year, qint64 departmentVersion)
{
    if (auto ok = validation::check(year); !ok)
        return ok;
    if (!department(year.departmentId))
        return fail(tr("The department does not exist."), QStringLiteral("department"));
    // Through changeRows: the figures are logged as part of the department.
    return updateAtVersion(
        m_db, QStringLiteral("departments"), year.departmentId, departmentVersion, [&]() -> Status {
            auto ok =
                changeRows(m_db,
                           QStringLiteral("DELETE FROM department_years "
                                          "WHERE department_id = :department AND year = :year"),
                           [&](Query &q) {
                               q.bind(QStringLiteral(":department"), year.departmentId)
                                   .bind(QStringLiteral(":year"), year.year);
                           });
            if (!ok)
                return ok;
            return changeRows(
                m_db,
                QStringLiteral("INSERT INTO department_years (department_id, year, ftes, "
                               "head_count) VALUES (:department, :year, :ftes, :count)"),
                [&](Query &q) {
                    q.bind(QStringLiteral(":department"), year.departmentId)
                        .bind(QStringLiteral(":year"), year.year)
                        .bind(QStringLiteral(":ftes"), year.ftes)
                        .bind(QStringLiteral(":count"), year.headCount);
                });
        });
}

QList<StaffMember> OrganisationStore::staff() const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM staff ORDER BY name, id").arg(staffColumns));
    QList<StaffMember> result;
    if (q.exec()) {
        while (q.next())
            result << readStaff(q);
    }
    return result;
}

std::optional<StaffMember> OrganisationStore::staffMember(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM staff WHERE id = :id").arg(staffColumns));
    q.bind(QStringLiteral(":id"), id);
    if (q.exec() && q.next())
        return readStaff(q);
    return std::nullopt;
}

Result<Id> OrganisationStore::addStaffMember(const StaffMember &member)
{
    if (auto ok = validation::check(member); !ok)
        return fail(ok.error());
    return insertRow(
        m_db,
        QStringLiteral("INSERT INTO staff (name, title, department_id, email, phone) "
                       "VALUES (:name, :title, :department, :email, :phone) RETURNING id"),
        [&](Query &q) { bindStaff(q, member); });
}

Status OrganisationStore::updateStaffMember(const StaffMember &member)
{
    if (auto ok = validation::check(member); !ok)
        return ok;
    return updateAtVersion(m_db, QStringLiteral("staff"), member.id, member.rowVersion, [&] {
        return changeRows(
            m_db,
            QStringLiteral("UPDATE staff SET name = :name, title = :title, department_id = "
                           ":department, email = :email, phone = :phone WHERE id = :id"),
            [&](Query &q) {
                bindStaff(q, member);
                q.bind(QStringLiteral(":id"), member.id);
            });
    });
}

Status OrganisationStore::removeStaffMember(Id id)
{
    return changeRows(m_db, QStringLiteral("DELETE FROM staff WHERE id = :id"),
                      [&](Query &q) { q.bind(QStringLiteral(":id"), id); });
}

} // namespace knutepunkt
