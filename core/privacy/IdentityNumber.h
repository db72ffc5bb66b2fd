#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace knutepunkt::privacy {

// Norwegian national identity numbers (fødselsnummer) and D-numbers:
// DDMMYY + individual number (3 digits) + two mod-11 control digits.
//
// Knutepunkt never stores one. The check is meant to run on every keystroke,
// so it allocates nothing for text without an 11-digit run.

// True if `digits` (exactly 11 ASCII digits) is a valid fødselsnummer or
// D-number under either the classic rule or the rule that applies from 2032
// (relaxed first control digit). H-numbers (month + 40) and synthetic test
// numbers (month + 80) are not real persons' numbers and are not matched.
bool isIdentityNumber(QStringView digits);

// The first identity number found in free text: a run of exactly 11 digits,
// or 6 + 5 digits separated by one space, hyphen or dot, that is valid.
// Returns it as 11 plain digits.
std::optional<QString> findIdentityNumber(QStringView text);

// Where the first identity number in `text` starts; -1 when there is none.
qsizetype identityNumberPosition(QStringView text);

// The words around the first identity number in `text`, with the number
// itself replaced by asterisks: "…innkalling for *********** gjelder…".
// For messages that must say where the number is without repeating it.
// Empty when there is none.
QString maskedExcerpt(QStringView text, qsizetype context = 24);

// What stands in place of a restricted case's title in a file written for
// someone without access: "(restricted)", translated.
QString restrictedTitlePlaceholder();
// Whether `title` is that placeholder (in this language or in English), so
// that importing such a file does not put it in place of the real title.
bool isRestrictedTitlePlaceholder(const QString &title);

// Refuses text holding an identity number, naming the field for the person.
// `fieldLabel` is already translated, e.g. tr("Description").
Status checkFreeText(QStringView text, const QString &fieldLabel, const QString &fieldCode = {});

} // namespace knutepunkt::privacy
