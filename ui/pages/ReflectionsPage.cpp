#include "pages/ReflectionsPage.h"

#include "dialogs/ReflectionDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "pages/ActivitiesPage.h"
#include "storage/ActivityStore.h"
#include "storage/OrganisationStore.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTableView>
#include <QToolTip>

namespace knutepunkt {

namespace {

QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

ReflectionsPage::ReflectionsPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
{
    setRecordTable(QStringLiteral("reflections"));
    setHeaders({tr("Department"), tr("Theme"), tr("Proud of"), tr("Lessons learned")});
    m_departmentFilter = addFilter(QStringLiteral("department"), tr("All departments"), {});
    m_departmentFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_departmentFilter->setMinimumContentsLength(20);
    // Few rows with whole sentences: wrap them, like the table in the annual summary.
    view()->setWordWrap(true);
    view()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view()->viewport()->installEventFilter(this);
}

void ReflectionsPage::reload()
{
    ListPage::reload();
    const int widths[] = {210, 170, 300};
    for (int column = 0; column < int(std::size(widths)); ++column)
        view()->setColumnWidth(column, widths[column]);
}

QList<TableRow> ReflectionsPage::loadRows()
{
    const int year = context().year();
    const QList<Department> departments = OrganisationStore(context().database()).departments();
    QHash<Id, QString> names;
    for (const Department &d : departments)
        names.insert(d.id, d.name);
    QSet<Id> used;
    QList<TableRow> rows;
    m_tips.clear();
    for (const Reflection &r : ActivityStore(context().database()).reflections(year)) {
        used.insert(r.departmentId);
        TableRow row;
        row.key = QVariant(qint64(r.id));
        row.cells = {names.value(r.departmentId), r.theme, oneLine(r.proudOf), oneLine(r.lessonsLearned)};
        row.filters.insert(QStringLiteral("department"), departmentfilter::withAncestors({r.departmentId}, departments));
        rows << row;
        m_tips.insert(r.id, {names.value(r.departmentId), r.theme, r.proudOf, r.lessonsLearned});
    }
    setFilterOptions(QStringLiteral("department"), departmentfilter::options(departments, year, used));
    return rows;
}

bool ReflectionsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = view()->indexAt(help->pos());
        const QString tip = index.isValid()
                                ? m_tips.value(index.siblingAtColumn(0).data(roles::Key).toLongLong()).value(index.column())
                                : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, view()->viewport());
        return true;
    }
    return ListPage::eventFilter(watched, event);
}

void ReflectionsPage::addRecord()
{
    auto *dialog = new ReflectionDialog(context(), 0, this);
    if (const QVariant department = m_departmentFilter->currentData(); department.isValid())
        dialog->setDepartment(department.toLongLong());
    openEditor(dialog);
}

void ReflectionsPage::editRecord(const QVariant &key)
{
    openEditor(new ReflectionDialog(context(), key.toLongLong(), this));
}

void ReflectionsPage::deleteRecord(const QVariant &key)
{
    ActivityStore store(context().database());
    std::optional<Reflection> reflection;
    for (const Reflection &r : store.reflections(context().year())) {
        if (r.id == key.toLongLong())
            reflection = r;
    }
    if (!reflection)
        return;
    const auto department = OrganisationStore(context().database()).department(reflection->departmentId);
    const QString text = tr("Delete the reflection %1 of %2 (%3)? You can undo this with Edit → Undo.")
                             .arg(reflection->theme, department ? department->name : QString())
                             .arg(reflection->year);
    if (!ask::confirm(this, tr("Delete reflection"), text))
        return;
    if (auto ok = context().remove(tr("Delete reflection %1").arg(reflection->theme), QStringLiteral("reflections"),
                                   key, [&] { return store.removeReflection(reflection->id); });
        !ok) {
        ask::warn(this, tr("Reflection not deleted"), ok.error().message);
    }
}

} // namespace knutepunkt
