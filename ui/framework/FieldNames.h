#pragma once

#include <QJsonValue>
#include <QString>

namespace knutepunkt {
class RecordNames;
}

namespace knutepunkt::fieldnames {

// A stored column as people call it ("legal_basis" -> "Legal basis",
// "ftes@2024" -> "FTEs 2024"), translated; columns not listed read as their
// name in words.
QString label(const QString &column);

// The heading of a chapter of the annual summary, by its stored key.
QString chapter(const QString &key);

// What an audit log action means ("update" -> "Changed"), translated.
QString action(const QString &action);

// A stored value of `column` as people read it: money as "1 246 900 kr",
// FTEs as "6,6", yes/no, an ISO date as dd.MM.yyyy, the rest as stored.
QString value(const QString &field, const QString &stored);

// A logged value of a record of `table` as the History window and the
// conflict question show it: codes by their labels and references by the
// names of what they refer to (RecordNames), the rest as value() says.
QString shown(const RecordNames &names, const QString &table, const QString &field,
              const QJsonValue &logged);

} // namespace knutepunkt::fieldnames
