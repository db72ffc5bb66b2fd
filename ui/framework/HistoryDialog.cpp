#include "framework/HistoryDialog.h"

#include "framework/Confirm.h"
#include "framework/FieldNames.h"
#include "storage/AuditLog.h"
#include "storage/RecordNames.h"
#include "util/Formats.h"
#include "util/PrivateFile.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    // Long texts (minutes, descriptions) show in full when hovered.
    item->setToolTip(text);
    return item;
}

} // namespace

HistoryDialog::HistoryDialog(const Database &database, const QString &table, const QVariant &key,
                             const QString &recordName, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("History of %1").arg(recordName));
    setObjectName(QStringLiteral("historyDialog"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Field"), tr("Before"), tr("After")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Changes of %1").arg(recordName));

    // Codes by their labels, references by the names of what they refer to.
    const RecordNames names(database);
    const QList<AuditEntry> entries = AuditLog(database).entries(table, key);
    for (const AuditEntry &entry : entries) {
        QList<AuditFieldChange> changes = AuditLog::fieldChanges(entry);
        // A new or deleted record lists what it held; its empty fields and
        // its internal id say nothing.
        if (entry.action != QLatin1String("update")) {
            changes.removeIf([](const AuditFieldChange &change) {
                return change.field == QLatin1String("id") ||
                       (AuditLog::displayValue(change.oldValue).isEmpty() &&
                        AuditLog::displayValue(change.newValue).isEmpty());
            });
        }
        if (changes.isEmpty())
            changes.append(AuditFieldChange{});
        for (const AuditFieldChange &change : std::as_const(changes)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0, cell(when(entry.changedAt)));
            m_table->setItem(row, 1, cell(entry.changedBy));
            m_table->setItem(row, 2, cell(fieldnames::action(entry.action)));
            m_table->setItem(
                row, 3, cell(change.field.isEmpty() ? QString() : fieldnames::label(change.field)));
            m_table->setItem(row, 4,
                             cell(fieldnames::shown(names, table, change.field, change.oldValue)));
            m_table->setItem(row, 5,
                             cell(fieldnames::shown(names, table, change.field, change.newValue)));
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 3; column < 6; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 280));

    auto *empty = new QLabel(tr("No changes have been recorded for this record yet."), this);
    empty->setObjectName(QStringLiteral("historyEmpty"));
    empty->setVisible(entries.isEmpty());
    auto *note = new QLabel(
        tr("Every change is recorded with the user name and the time; the history cannot be "
           "edited."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(900, 420);
}

void openHistory(QWidget *parent, const Database &database, const QString &table,
                 const QVariant &key, const QString &recordName)
{
    auto *dialog = new HistoryDialog(database, table, key, recordName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString exportAuditLog(QWidget *parent, const Database &database)
{
    const QString title = HistoryDialog::tr("Export audit log");
    const QString path = ask::saveFileName(
        parent, title,
        QStringLiteral("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        HistoryDialog::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    const auto bytes = AuditLog(database).exportCsv();
    // The log names people: owner-only, like every file we write.
    const Status written = bytes ? PrivateFile::write(path, *bytes) : Status(fail(bytes.error()));
    if (!written) {
        ask::warn(parent, title, written.error().message);
        return {};
    }
    return path;
}

QString HistoryDialog::when(const QDateTime &utc)
{
    return formats::norwegianLocale().toString(utc.toLocalTime(),
                                               QStringLiteral("dd.MM.yyyy HH:mm"));
}

} // namespace knutepunkt
