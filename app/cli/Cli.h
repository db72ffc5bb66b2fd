#pragma once

#include <QStringList>
#include <QTextStream>

namespace knutepunkt {

// knutepunkt-cli: exit 0 ok, 1 a user error (message on stderr), 2 wrong usage.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace knutepunkt
