#pragma once

#include "domain/Summary.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace knutepunkt {

class Database;

// The hand-written texts of each year's annual summary.
class SummaryStore
{
    Q_DECLARE_TR_FUNCTIONS(SummaryStore)

public:
    explicit SummaryStore(Database &database)
        : m_db(database)
    {
    }

    std::optional<SummaryText> summary(int year) const;
    QList<int> years() const;
    Status saveSummary(const SummaryText &summary); // replaces the year's texts
    Status removeSummary(int year);

private:
    Database &m_db;
};

} // namespace knutepunkt
