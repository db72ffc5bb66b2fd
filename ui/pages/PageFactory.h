#pragma once

#include <QList>

namespace knutepunkt {

class AppContext;
class Page;

// Every page of the main window, in navigation order. Pages are added here
// and nowhere else.
QList<Page *> createPages(AppContext &context);

} // namespace knutepunkt
