#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <optional>

namespace knutepunkt {

class Database;

// How people know the records a change history mentions: a department by
// its name, a meeting by its date and title, a case by its case number.
// Stored codes read as their labels ("open" -> "Open"). Used where the log's
// stored values are shown, so nobody has to decode ids and codes.
class RecordNames
{
    Q_DECLARE_TR_FUNCTIONS(RecordNames)

public:
    explicit RecordNames(const Database &database)
        : m_db(database)
    {
    }

    // The record's name; "no. 7 (deleted)" when it no longer exists.
    QString name(const QString &table, const QVariant &key) const;

    // A stored value of `column` in a record of `table` as people read it,
    // when the column holds a code, a reference or a list of references
    // ("3, 5"); nothing for other columns (their formatting is the screen's).
    std::optional<QString> describe(const QString &table, const QString &column,
                                    const QString &stored) const;

    // The table a column of `table` refers to, or empty.
    static QString referencedTable(const QString &table, const QString &column);

private:
    const Database &m_db;
};

} // namespace knutepunkt
