#include "Cli.h"

namespace knutepunkt {

int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(arguments);
    Q_UNUSED(out);
    err << "not implemented yet\n";
    return 2;
}

} // namespace knutepunkt
