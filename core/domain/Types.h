#pragma once

#include <QtGlobal>

namespace knutepunkt {

// Money is always an integer number of øre: 1 krone = 100 øre.
using Money = qint64;

// Full-time equivalents in hundredths, so 6.6 FTE is 660: no floating point
// in storage or sums.
using FteHundredths = qint64;

// Primary keys; 0 means "not stored yet".
using Id = qint64;

} // namespace knutepunkt
