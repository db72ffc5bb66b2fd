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
    // The stored row_version this copy was read at (0: not read from the
    // database); an update from an older version is refused as a conflict.
    qint64 rowVersion = 0;
};

} // namespace knutepunkt
