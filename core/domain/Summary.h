#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace knutepunkt {

// The hand-written parts of a year's annual summary (oppsummering).
struct SummaryText
{
    int year = 0;
    QString title;
    QString version;
    QDate approvedOn; // null: still a draft
    QString leader;
    QString foreword;
    QString forewordPlace;
    QDate forewordDate;
    QMap<QString, QString> chapters; // chapter key -> free text
};

} // namespace knutepunkt
