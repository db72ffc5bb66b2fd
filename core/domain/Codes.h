#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace knutepunkt {

// Every enumeration of the domain has a stable machine code (stored in the
// database, written to CSV and JSON) and a label for people (translated).
template <typename E>
struct CodeEntry
{
    E value;
    const char *code;
    const char *label; // marked with QT_TRANSLATE_NOOP("Codes", …)
};

// Specialised next to each enumeration with a static `entries` array.
template <typename E>
struct CodeTable;

template <typename E>
QString codeOf(E value)
{
    for (const auto &entry : CodeTable<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template <typename E>
std::optional<E> fromCode(QStringView code)
{
    for (const auto &entry : CodeTable<E>::entries) {
        if (code == QLatin1StringView(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
QString labelOf(E value)
{
    for (const auto &entry : CodeTable<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Codes", entry.label);
    }
    return {};
}

template <typename E>
QStringList allCodes()
{
    QStringList codes;
    for (const auto &entry : CodeTable<E>::entries)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

} // namespace knutepunkt
