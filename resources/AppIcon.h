#pragma once

#include <QIcon>

namespace knutepunkt {

// The program's icon, in every size we ship (16 to 256 pixels), for the
// windows, the task bar and the About box.
QIcon appIcon();

} // namespace knutepunkt
