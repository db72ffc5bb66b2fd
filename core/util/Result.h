#pragma once

#include <QString>
#include <expected>

namespace knutepunkt {

// One error style for every public boundary of core: a message meant for a
// person (already translated) plus, where it concerns one input, the field.
struct Error
{
    QString message;
    QString field; // machine name of the field or column, empty if none
    // The disk (or the database's size limit) was full. Set by Query, so an
    // import can say in its own words that it wrote nothing.
    bool diskFull = false;
    // Someone else changed the record after the version this change started
    // from, so nothing was written (two instances on one file). The caller
    // decides with the user; `startedFromVersion` is the row_version the
    // change expected, so the changes made since can be shown.
    bool conflict = false;
    qint64 startedFromVersion = 0;

    static Error of(QString message, QString field = {})
    {
        Error error;
        error.message = std::move(message);
        error.field = std::move(field);
        return error;
    }
};

template <typename T> using Result = std::expected<T, Error>;

// For operations that return nothing on success.
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QString message, QString field = {})
{
    return std::unexpected(Error::of(std::move(message), std::move(field)));
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace knutepunkt
