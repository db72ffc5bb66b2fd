#pragma once

#include <QString>

namespace knutepunkt::fieldnames {

// A stored column as people call it ("legal_basis" -> "Legal basis"),
// translated; columns not listed read as their name in words.
QString label(const QString &column);

// What an audit log action means ("update" -> "Changed"), translated.
QString action(const QString &action);

// A stored value as people read it: an ISO date as dd.MM.yyyy, the rest as
// it is stored.
QString value(const QString &stored);

} // namespace knutepunkt::fieldnames
