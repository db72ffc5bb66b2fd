#include "pages/GrantsPage.h"

#include "dialogs/GrantDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/ReadOnlyMode.h"
#include "storage/EconomyStore.h"
#include "storage/OrganisationStore.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

// Columns the page reads back.
constexpr int AppliedColumn = 3;
constexpr int AwardedColumn = 4;
constexpr int ApplicationColumn = 6;
constexpr int ReportColumn = 7;

// Amounts line up on the right, as in the printed summary.
class RightAligned final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
};

QString kroner(Money ore)
{
    return QCoreApplication::translate("GrantsPage", "%1 kr").arg(display::money(ore));
}

} // namespace

GrantsPage::GrantsPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
    , m_dueSoon(new QCheckBox(tr("Only deadlines in the &next %1 days").arg(DueSoonDays), this))
    , m_totals(new QLabel(this))
{
    setRecordTable(QStringLiteral("grants"));
    setHeaders(headers(false));
    addFilter(QStringLiteral("department"), tr("All departments"), {});
    FilterOptions statuses;
    for (const QString &code : allCodes<GrantStatus>())
        statuses.append({labelOf(*fromCode<GrantStatus>(code)), code});
    addFilter(QStringLiteral("status"), tr("All statuses"), statuses);

    m_dueSoon->setObjectName(QStringLiteral("dueSoon"));
    readOnly::markViewOnly(m_dueSoon);
    m_dueSoon->setToolTip(
        tr("Grants of any year with an application or report deadline in the next %1 days").arg(DueSoonDays));
    connect(m_dueSoon, &QCheckBox::toggled, this, &GrantsPage::dueSoonToggled);
    auto *options = new QHBoxLayout;
    options->addWidget(m_dueSoon);
    options->addStretch(1);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    if (auto *column = qobject_cast<QVBoxLayout *>(layout())) {
        column->insertLayout(1, options);
        column->addWidget(m_totals);
    }

    auto *right = new RightAligned(view());
    view()->setItemDelegateForColumn(AppliedColumn, right);
    view()->setItemDelegateForColumn(AwardedColumn, right);

    // The totals follow what the list shows: filters and search included.
    QAbstractItemModel *shown = view()->model();
    connect(shown, &QAbstractItemModel::modelReset, this, &GrantsPage::updateTotals);
    connect(shown, &QAbstractItemModel::rowsInserted, this, &GrantsPage::updateTotals);
    connect(shown, &QAbstractItemModel::rowsRemoved, this, &GrantsPage::updateTotals);
    connect(shown, &QAbstractItemModel::layoutChanged, this, &GrantsPage::updateTotals);
}

QStringList GrantsPage::headers(bool withYear)
{
    QStringList headers = {tr("Purpose"), tr("Grantor"), tr("Department"), tr("Applied"), tr("Awarded"),
                           tr("Status"), tr("Apply by"), tr("Report by"), tr("Reported")};
    if (withYear)
        headers << tr("Year");
    return headers;
}

void GrantsPage::reload()
{
    ListPage::reload();
    // Long purposes and names must not push amounts and deadlines off the page.
    const int character = view()->fontMetrics().averageCharWidth();
    const int widest[] = {36 * character, 22 * character, 22 * character};
    for (int column = 0; column < int(std::size(widest)); ++column) {
        if (view()->columnWidth(column) > widest[column])
            view()->setColumnWidth(column, widest[column]);
    }
}

void GrantsPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void GrantsPage::dueSoonToggled()
{
    setHeaders(headers(m_dueSoon->isChecked()));
    reload();
}

QList<TableRow> GrantsPage::loadRows()
{
    Database &db = context().database();
    QHash<Id, QString> departmentNames;
    FilterOptions departmentOptions;
    for (const Department &department : OrganisationStore(db).departments()) {
        departmentNames.insert(department.id, department.name);
        departmentOptions.append({department.name, QVariant(department.id)});
    }
    setFilterOptions(QStringLiteral("department"), departmentOptions);

    const QDate from = today();
    const QDate to = from.addDays(DueSoonDays);
    EconomyStore store(db);
    const bool dueSoonOnly = m_dueSoon->isChecked();
    const QList<Grant> grants = dueSoonOnly ? store.grantsWithDeadlineBetween(from, to) : store.grants(context().year());

    QList<TableRow> rows;
    rows.reserve(grants.size());
    for (const Grant &g : grants) {
        TableRow row;
        row.key = QVariant(g.id);
        row.cells = {g.purpose,
                     g.grantor,
                     departmentNames.value(g.departmentId),
                     display::money(g.amountApplied),
                     display::money(g.amountAwarded),
                     labelOf(g.status),
                     display::date(g.applicationDeadline),
                     display::date(g.reportDeadline),
                     display::date(g.reportedOn)};
        row.sortValues = {QVariant(), QVariant(), QVariant(), QVariant(g.amountApplied), QVariant(g.amountAwarded),
                          QVariant(), QVariant(g.applicationDeadline), QVariant(g.reportDeadline),
                          QVariant(g.reportedOn)};
        if (dueSoonOnly) {
            row.cells << QString::number(g.year);
            row.sortValues << QVariant(g.year);
        }
        row.filters.insert(QStringLiteral("department"), QVariant(g.departmentId));
        row.filters.insert(QStringLiteral("status"), codeOf(g.status));

        // The same rule as the store's: an application is due while it is
        // planned or applied for, a report while the grant is awarded.
        QStringList attention;
        const bool applying = g.status == GrantStatus::Planned || g.status == GrantStatus::Applied;
        const bool reporting = g.status == GrantStatus::Awarded;
        if (applying && g.applicationDeadline.isValid()) {
            if (g.applicationDeadline < from)
                attention << tr("Application deadline passed on %1").arg(row.cells[ApplicationColumn]);
            else if (g.applicationDeadline <= to)
                attention << tr("Application due on %1").arg(row.cells[ApplicationColumn]);
        }
        if (reporting && g.reportDeadline.isValid()) {
            if (g.reportDeadline < from)
                attention << tr("Report deadline passed on %1").arg(row.cells[ReportColumn]);
            else if (g.reportDeadline <= to)
                attention << tr("Report due on %1").arg(row.cells[ReportColumn]);
        }
        row.attention = attention.join(QLatin1Char('\n'));
        rows.append(std::move(row));
    }
    return rows;
}

QString GrantsPage::totalsText() const
{
    return m_totals->text();
}

void GrantsPage::updateTotals()
{
    const QAbstractItemModel *shown = view()->model();
    Money applied = 0;
    Money awarded = 0;
    const int count = shown->rowCount();
    for (int row = 0; row < count; ++row) {
        applied += shown->index(row, AppliedColumn).data(roles::Sort).toLongLong();
        awarded += shown->index(row, AwardedColumn).data(roles::Sort).toLongLong();
    }
    if (count == 0) {
        m_totals->setText(m_dueSoon->isChecked() ? tr("No grant has a deadline in the next %1 days.").arg(DueSoonDays)
                                                 : tr("No grants in %1.").arg(context().year()));
        return;
    }
    m_totals->setText(tr("Awarded %1 of %2 applied").arg(kroner(awarded), kroner(applied)));
}

void GrantsPage::addRecord()
{
    openEditor(new GrantDialog(context(), std::nullopt, this));
}

void GrantsPage::editRecord(const QVariant &key)
{
    auto found = EconomyStore(context().database()).grant(key.toLongLong());
    if (!found)
        return;
    openEditor(new GrantDialog(context(), *found, this));
}

void GrantsPage::deleteRecord(const QVariant &key)
{
    EconomyStore store(context().database());
    auto found = store.grant(key.toLongLong());
    if (!found)
        return;
    const QString text = tr("Delete the grant %1 from %2? You can undo this with Edit → Undo.")
                             .arg(found->purpose, found->grantor);
    if (!ask::confirm(this, tr("Delete grant"), text))
        return;
    auto ok = context().remove(tr("Delete grant %1").arg(found->purpose), QStringLiteral("grants"), key,
                               [&] { return store.removeGrant(found->id); });
    if (!ok)
        ask::warn(this, tr("Delete grant"), ok.error().message);
}

} // namespace knutepunkt
