#pragma once

#include "util/Result.h"

namespace knutepunkt {

class Database;

// Fills an empty database with the example year "Knutepunkt Strømsø 2020":
// the facts and figures of the 2020 annual summary of Knutepunkt Strømsø
// (Drammen), every text written anew, every person other than public office
// holders invented.
class ExampleYear
{
public:
    static constexpr int Year = 2020;
    static Status fill(Database &database);
};

} // namespace knutepunkt
