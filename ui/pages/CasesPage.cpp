#include "pages/CasesPage.h"

#include "dialogs/CaseDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/Display.h"
#include "framework/ReadOnlyMode.h"
#include "storage/CaseStore.h"
#include "storage/OrganisationStore.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

namespace knutepunkt {

namespace {

// Labels and codes of an enumeration, looked up once per reload rather than
// once per row: the list may hold a hundred thousand cases.
template <typename E, std::size_t N> std::array<QString, N> labelsOf()
{
    std::array<QString, N> labels;
    for (const auto &entry : CodeTable<E>::entries)
        labels[std::size_t(entry.value)] = labelOf(entry.value);
    return labels;
}

template <typename E, std::size_t N> std::array<QString, N> codesOf()
{
    std::array<QString, N> codes;
    for (const auto &entry : CodeTable<E>::entries)
        codes[std::size_t(entry.value)] = QString::fromLatin1(entry.code);
    return codes;
}

template <typename E> ListPage::FilterOptions codeOptions()
{
    ListPage::FilterOptions options;
    for (const QString &code : allCodes<E>())
        options.append({labelOf(*fromCode<E>(code)), code});
    return options;
}

} // namespace

CasesPage::CasesPage(AppContext &context, QWidget *parent)
    : ListPage(context, parent)
    , m_allYears(new QCheckBox(tr("All &years"), this))
    , m_showRestricted(new QCheckBox(tr("Show restricted &titles"), this))
    , m_close(new QAction(tr("&Close case"), this))
    , m_reopen(new QAction(tr("&Reopen"), this))
    , m_withdraw(new QAction(tr("&Withdraw"), this))
{
    setRecordTable(QStringLiteral("cases"));
    setHeaders({tr("Reference"), tr("Title"), tr("Kind"), tr("Department"), tr("Responsible"),
                tr("Status"), tr("Opened"), tr("Deadline"), tr("Closed")});
    addFilter(QStringLiteral("department"), tr("All departments"), {});
    addFilter(QStringLiteral("status"), tr("All statuses"), codeOptions<CaseStatus>());
    addFilter(QStringLiteral("kind"), tr("All kinds"), codeOptions<CaseKind>());

    m_close->setObjectName(QStringLiteral("closeCaseAction"));
    m_close->setToolTip(tr("Close the selected case today"));
    m_reopen->setObjectName(QStringLiteral("reopenAction"));
    m_reopen->setToolTip(tr("Open the selected case again"));
    m_withdraw->setObjectName(QStringLiteral("withdrawAction"));
    m_withdraw->setToolTip(tr("Mark the selected case as withdrawn (it no longer counts)"));
    connect(m_close, &QAction::triggered, this, [this] { setStatusOfCurrent(CaseStatus::Closed); });
    connect(m_reopen, &QAction::triggered, this, [this] { setStatusOfCurrent(CaseStatus::Open); });
    connect(m_withdraw, &QAction::triggered, this,
            [this] { setStatusOfCurrent(CaseStatus::Withdrawn); });

    // The same actions on the table's context menu.
    view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    view()->addActions({m_close, m_reopen, m_withdraw});

    m_allYears->setObjectName(QStringLiteral("allYears"));
    m_allYears->setToolTip(tr("List the cases of every year, withdrawn ones included"));
    m_showRestricted->setObjectName(QStringLiteral("showRestricted"));
    readOnly::markViewOnly(m_allYears);
    readOnly::markViewOnly(m_showRestricted);
    m_showRestricted->setToolTip(
        tr("Restricted cases show only their case number until this is ticked"));
    connect(m_allYears, &QCheckBox::toggled, this, &CasesPage::reload);
    connect(m_showRestricted, &QCheckBox::toggled, this, [this] {
        m_reuseCases = true;
        reload();
    });
    auto *options = new QHBoxLayout;
    options->addWidget(m_allYears);
    options->addWidget(m_showRestricted);
    options->addStretch(1);
    // The status of the selected case changes in one click.
    for (QAction *action : {m_close, m_reopen, m_withdraw}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(
            action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(false);
        options->addWidget(button);
    }
    if (auto *column = qobject_cast<QVBoxLayout *>(layout()))
        column->insertLayout(1, options);

    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesPage::updateStatusActions);
    updateStatusActions();
}

void CasesPage::reload()
{
    ListPage::reload();
    // Long titles and department names must not push the dates off the page.
    const int character = view()->fontMetrics().averageCharWidth();
    const int widest[] = {0, 36 * character, 0, 26 * character, 20 * character};
    for (int column = 0; column < int(std::size(widest)); ++column) {
        if (widest[column] > 0 && view()->columnWidth(column) > widest[column])
            view()->setColumnWidth(column, widest[column]);
    }
}

void CasesPage::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

QList<TableRow> CasesPage::loadRows()
{
    Database &db = context().database();
    m_departmentNames.clear();
    FilterOptions departmentOptions;
    for (const Department &department : OrganisationStore(db).departments()) {
        m_departmentNames.insert(department.id, department.name);
        departmentOptions.append({department.name, QVariant(department.id)});
    }
    setFilterOptions(QStringLiteral("department"), departmentOptions);

    // Showing or hiding restricted titles changes only the text: the cases
    // read so far are used again rather than read anew.
    if (!m_reuseCases) {
        m_cases.clear();
        m_lastReference.clear();
        m_allRead = false;
        m_yearRead = m_allYears->isChecked() ? 0 : context().year();
    }
    m_reuseCases = false;
    m_shown = 0;
    m_dates.clear();
    m_filterSets.clear();
    return loadMoreRows(FirstRows);
}

bool CasesPage::hasMoreRows() const
{
    return m_shown < qsizetype(m_cases.size()) || !m_allRead;
}

QList<TableRow> CasesPage::loadMoreRows(int limit)
{
    // Another batch from the store once those read are shown. It may hold
    // fewer cases than asked for, even none, when few are in the year.
    if (m_shown == qsizetype(m_cases.size()) && !m_allRead) {
        CaseBatch batch =
            CaseStore(context().database()).casesAfter(m_lastReference, limit, m_yearRead);
        m_allRead = batch.atEnd;
        m_lastReference = batch.lastReference;
        m_cases.insert(m_cases.end(), std::make_move_iterator(batch.cases.begin()),
                       std::make_move_iterator(batch.cases.end()));
    }

    constexpr std::size_t kinds = CodeTable<CaseKind>::entries.size();
    constexpr std::size_t statuses = CodeTable<CaseStatus>::entries.size();
    const auto kindLabels = labelsOf<CaseKind, kinds>();
    const auto kindCodes = codesOf<CaseKind, kinds>();
    const auto statusLabels = labelsOf<CaseStatus, statuses>();
    const auto statusCodes = codesOf<CaseStatus, statuses>();
    const QString restricted = tr("(restricted)");
    const bool showRestricted = m_showRestricted->isChecked();
    const QString deadlinePassed = tr("Deadline passed on %1");
    const QDate now = today();
    // Dates repeat a lot across many cases: format each one once.
    auto dateText = [this](const QDate &date) {
        if (!date.isValid())
            return QString();
        auto it = m_dates.constFind(date);
        if (it == m_dates.cend())
            it = m_dates.insert(date, display::date(date));
        return *it;
    };
    const QString department = QStringLiteral("department");
    const QString status = QStringLiteral("status");
    const QString kind = QStringLiteral("kind");

    const qsizetype end = std::min(qsizetype(m_cases.size()), m_shown + limit);
    QList<TableRow> rows;
    rows.reserve(end - m_shown);
    for (; m_shown < end; ++m_shown) {
        const Case &c = m_cases[std::size_t(m_shown)];
        const auto kindIndex = std::size_t(c.kind);
        const auto statusIndex = std::size_t(c.status);
        const QString title = c.restricted && !showRestricted ? restricted : c.title;
        TableRow row;
        row.key = QVariant(c.id);
        row.cells = {c.reference,           title,
                     kindLabels[kindIndex], m_departmentNames.value(c.departmentId),
                     c.responsible,         statusLabels[statusIndex],
                     dateText(c.opened),    dateText(c.deadline),
                     dateText(c.closed)};
        row.sortValues = {QVariant(),         QVariant(),           QVariant(),
                          QVariant(),         QVariant(),           QVariant(),
                          QVariant(c.opened), QVariant(c.deadline), QVariant(c.closed)};
        // Few distinct combinations: rows share their (implicitly shared) hash.
        const qint64 filterKey =
            (c.departmentId * qint64(statuses) + qint64(statusIndex)) * qint64(kinds) +
            qint64(kindIndex);
        auto filters = m_filterSets.constFind(filterKey);
        if (filters == m_filterSets.cend()) {
            filters = m_filterSets.insert(filterKey, {{department, QVariant(c.departmentId)},
                                                      {status, statusCodes[statusIndex]},
                                                      {kind, kindCodes[kindIndex]}});
        }
        row.filters = *filters;
        if (c.status == CaseStatus::Open && c.deadline.isValid() && c.deadline < now)
            row.attention = deadlinePassed.arg(row.cells[7]);
        rows.append(std::move(row));
    }
    return rows;
}

void CasesPage::updateStatusActions()
{
    const QVariant key = currentKey();
    const QString status = key.isValid() ? view()
                                               ->currentIndex()
                                               .siblingAtColumn(0)
                                               .data(roles::Filters)
                                               .toHash()
                                               .value(QStringLiteral("status"))
                                               .toString()
                                         : QString();
    const bool open = status == codeOf(CaseStatus::Open);
    m_close->setEnabled(open);
    m_withdraw->setEnabled(open);
    m_reopen->setEnabled(key.isValid() && !open);
}

void CasesPage::setStatusOfCurrent(CaseStatus status)
{
    const QVariant key = currentKey();
    if (!key.isValid())
        return;
    CaseStore store(context().database());
    auto found = store.caseById(key.toLongLong());
    if (!found)
        return;
    Case c = *found;
    QString description;
    switch (status) {
    case CaseStatus::Closed:
        c.closed = today();
        description = tr("Close case %1").arg(c.reference);
        break;
    case CaseStatus::Open:
        c.closed = {};
        description = tr("Reopen case %1").arg(c.reference);
        break;
    case CaseStatus::Withdrawn:
        description = tr("Withdraw case %1").arg(c.reference);
        break;
    }
    c.status = status;
    auto result =
        context().change(description, QStringLiteral("cases"), key, [&]() -> Result<QVariant> {
            if (auto ok = store.updateCase(c); !ok)
                return fail(ok.error());
            return key;
        });
    if (!result)
        ask::warn(this, tr("Case status"), result.error().message);
    else
        selectKey(key);
    updateStatusActions();
}

void CasesPage::addRecord()
{
    openEditor(new CaseDialog(context(), std::nullopt, this));
}

void CasesPage::editRecord(const QVariant &key)
{
    auto found = CaseStore(context().database()).caseById(key.toLongLong());
    if (!found)
        return;
    openEditor(new CaseDialog(context(), *found, this));
}

void CasesPage::deleteRecord(const QVariant &key)
{
    CaseStore store(context().database());
    auto found = store.caseById(key.toLongLong());
    if (!found)
        return;
    const QString name = found->restricted && !m_showRestricted->isChecked()
                             ? found->reference
                             : tr("%1 %2").arg(found->reference, found->title);
    QString text = tr("Delete the case %1?").arg(name);
    if (!found->meetingIds.isEmpty())
        text += QLatin1Char(' ') + tr("Its links to %n meeting(s) are removed with it.", "",
                                      int(found->meetingIds.size()));
    text += QLatin1Char(' ') + tr("You can undo this with Edit → Undo.");
    if (!ask::confirm(this, tr("Delete case"), text))
        return;
    auto ok = context().remove(tr("Delete case %1").arg(found->reference), QStringLiteral("cases"),
                               key, [&] { return store.removeCase(found->id); });
    if (!ok)
        ask::warn(this, tr("Delete case"), ok.error().message);
}

} // namespace knutepunkt
