#pragma once

// Test steps that must succeed: a failure stops the test with core's message.
#include "util/Result.h"

#include <QString>
#include <catch2/catch.hpp>
#include <string>
#include <utility>

inline std::string str(const QString &text)
{
    return text.toStdString();
}

template <typename T> T must(knutepunkt::Result<T> result)
{
    if (!result)
        FAIL(str(result.error().message));
    return std::move(*result);
}

inline void must(const knutepunkt::Status &status)
{
    if (!status)
        FAIL(str(status.error().message));
}
