#pragma once

#include "report/AnnualReportData.h"

#include <QList>
#include <QString>

namespace knutepunkt {

class DocumentLanguage;
class TextDocumentBuilder;

// The chapters of the annual summary after the contents: each one's stored
// text followed by the tables and charts made from the year's data.
class AnnualReportChapters
{
public:
    struct Chapter
    {
        QString key;   // of the chapter's stored text
        QString title; // translated, without its number
        bool hasData = false;
        void (AnnualReportChapters::*writeData)() = nullptr;
    };

    AnnualReportChapters(TextDocumentBuilder &builder, const DocumentLanguage &language,
                         const AnnualReportData &data);

    // In print order; a chapter with neither text nor data is not printed.
    QList<Chapter> chapters() const;
    void write(const Chapter &chapter);

private:
    void writeIntroduction();
    void writeOrganisation();
    void writeSpecialTasks();
    void writeAreaProgramme();
    void writeEconomy();
    void writeDevelopment();
    void writePolitical();

    void writeActivityTable(const QList<Activity> &activities, bool withGoals);
    void writeDepartment(Id departmentId, const QString &name);
    QString goalNumbers(const Activity &activity) const;
    QString caseTitle(const Case &caseRecord) const;

    TextDocumentBuilder &m_builder;
    const DocumentLanguage &m_language;
    const AnnualReportData &m_data;
};

} // namespace knutepunkt
