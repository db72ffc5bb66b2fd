#pragma once

#include <QLocale>
#include <QStringList>

namespace knutepunkt {

// The languages of the program: "nb" (Bokmål), "nn" (Nynorsk) and "en"
// (English, the language of the sources).
namespace uiLanguage {

QStringList codes();
bool isKnown(const QString &code);

// Bokmål for nb and no, Nynorsk for nn, English for anything else.
QString forLocale(const QLocale &locale);

// Replaces the translations installed before (Qt's own and Knutepunkt's) by
// those of `code`, an unknown code meaning English, and makes nb_NO or nn_NO
// the default locale (English keeps the one in force before the first call).
// Every widget then gets a LanguageChange event: the program changes language
// while it runs.
void install(const QString &code);

// The language installed last; English before any.
QString current();

} // namespace uiLanguage

} // namespace knutepunkt
