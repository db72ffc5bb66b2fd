#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Builds identity numbers for tests from a date and an individual number, so
// no test ever holds a real person's number. Returns nullopt when the
// individual number gives an impossible control digit.
inline std::optional<QString> generatedIdentityNumber(const QDate &birth, int individual, bool dNumber = false)
{
    QString digits = birth.toString(QStringLiteral("ddMMyy")) + QStringLiteral("%1").arg(individual, 3, 10, QLatin1Char('0'));
    if (dNumber)
        digits[0] = QChar(digits[0].unicode() + 4);
    auto control = [&](const int *weights, int count) {
        int sum = 0;
        for (int i = 0; i < count; ++i)
            sum += (digits[i].unicode() - '0') * weights[i];
        const int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    };
    static const int first[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static const int second[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    const int k1 = control(first, 9);
    if (k1 == 10)
        return std::nullopt;
    digits += QChar(u'0' + k1);
    const int k2 = control(second, 10);
    if (k2 == 10)
        return std::nullopt;
    digits += QChar(u'0' + k2);
    return digits;
}

// The first valid generated number for a date.
inline QString someIdentityNumber(const QDate &birth = QDate(1985, 3, 14), bool dNumber = false)
{
    for (int individual = 100; individual < 500; ++individual) {
        if (auto number = generatedIdentityNumber(birth, individual, dNumber))
            return *number;
    }
    return {};
}
