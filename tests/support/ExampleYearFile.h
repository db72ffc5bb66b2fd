#pragma once

// A database file holding the example year, for tests that open it as a
// user would (through Database::open or the main window).

#include "demo/ExampleYear.h"
#include "storage/Database.h"
#include "support/TempDir.h"

#include <QString>
#include <catch2/catch.hpp>

// Creates `name` in `dir`, fills it with the example year, closes it and
// returns its path.
inline QString exampleYearFile(const TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    auto created = knutepunkt::Database::create(path);
    REQUIRE(created);
    REQUIRE(knutepunkt::ExampleYear::fill(**created));
    return path;
}
