// libFuzzer target: the identity-number detector, which runs on every
// keystroke in free-text fields, on every import and on everything printed.
//
// Beyond "no crash, no sanitizer finding", what it promises:
// - a number it reports is 11 digits and valid by isIdentityNumber();
// - the number is really in the text (plain, or 6 + 5 digits with one
//   space, hyphen or dot between);
// - checkFreeText() refuses exactly the texts findIdentityNumber() flags, and
//   its message never repeats the number.

#include "privacy/IdentityNumber.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

using namespace knutepunkt;

namespace {

bool containsAsWritten(const QString &text, const QString &digits)
{
    if (text.contains(digits))
        return true;
    for (const QChar separator : {u' ', u'-', u'.'}) {
        if (text.contains(digits.left(6) + separator + digits.mid(6)))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto found = privacy::findIdentityNumber(text);
    if (found) {
        if (found->size() != 11 || !privacy::isIdentityNumber(*found) ||
            !containsAsWritten(text, *found))
            std::abort();
    }
    const auto checked = privacy::checkFreeText(text, QStringLiteral("Field"));
    if (checked.has_value() == found.has_value())
        std::abort();
    if (!checked && checked.error().message.contains(*found))
        std::abort();
    return 0;
}
