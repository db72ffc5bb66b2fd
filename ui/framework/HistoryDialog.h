#pragma once

#include <QDialog>
#include <QVariant>

class QTableWidget;

namespace knutepunkt {

class Database;

// The change history of one record, from the audit log: when, who, what,
// and each field's old and new value, newest first. Read-only: the log
// cannot be changed from the program.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const Database &database, const QString &table, const QVariant &key,
                  const QString &recordName, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    // "23.11.2026 18:30": the moment in local time, written the Norwegian way.
    static QString when(const QDateTime &utc);

private:
    QTableWidget *m_table;
};

// Opens the History dialog of a record over `parent` (not modal to the
// application; deleted when closed). `recordName` is its title.
void openHistory(QWidget *parent, const Database &database, const QString &table,
                 const QVariant &key, const QString &recordName);

// File → Export audit log…: asks for a file and writes the whole log there
// as CSV, owner-only. Returns the file written; empty when the user cancelled
// or it failed (the user was told why).
QString exportAuditLog(QWidget *parent, const Database &database);

} // namespace knutepunkt
