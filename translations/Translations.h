#pragma once

#include <QLocale>

class QCoreApplication;

namespace knutepunkt {

// Installs Qt's own translations and Knutepunkt's for the locale's language
// (Bokmål or Nynorsk; anything else stays English). Returns the language used.
QLocale::Language installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace knutepunkt
