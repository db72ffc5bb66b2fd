#include "report/AnnualReportChapters.h"

#include "print/BarChart.h"
#include "print/DocumentLanguage.h"
#include "print/TextDocumentBuilder.h"

namespace knutepunkt {

namespace {

using Column = TextDocumentBuilder::Column;

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

// Departments deeper in the tree are indented, as in the app's tree.
QString indented(const QString &name, int depth)
{
    return QString(depth * 4, QChar::Nbsp) + name;
}

} // namespace

AnnualReportChapters::AnnualReportChapters(TextDocumentBuilder &builder,
                                           const DocumentLanguage &language,
                                           const AnnualReportData &data)
    : m_builder(builder)
    , m_language(language)
    , m_data(data)
{
}

QList<AnnualReportChapters::Chapter> AnnualReportChapters::chapters() const
{
    const DocumentLanguage &lang = m_language;
    const AnnualReportData &d = m_data;
    bool anyDevelopment = !d.reflections.isEmpty() || !d.activeCases.isEmpty();
    for (const Activity &a : d.activities) {
        if (a.category == ActivityCategory::Ordinary || a.category == ActivityCategory::Other)
            anyDevelopment = true;
    }
    return {
        {QStringLiteral("introduction"), lang.translate("AnnualReport", "Introduction"),
         !d.planGoals.isEmpty(), &AnnualReportChapters::writeIntroduction},
        {QStringLiteral("organisation"), lang.translate("AnnualReport", "Organisation"),
         !d.figures.departments.isEmpty(), &AnnualReportChapters::writeOrganisation},
        {QStringLiteral("special_tasks"),
         lang.translate("AnnualReport", "Special tasks of the year"),
         !d.activitiesOf(ActivityCategory::Pandemic).isEmpty(),
         &AnnualReportChapters::writeSpecialTasks},
        {QStringLiteral("area_programme"), lang.translate("AnnualReport", "The area programme"),
         !d.programmes.isEmpty() || !d.activitiesOf(ActivityCategory::AreaProgramme).isEmpty(),
         &AnnualReportChapters::writeAreaProgramme},
        {QStringLiteral("economy"), lang.translate("AnnualReport", "Economy"),
         d.yearFigures.has_value() || !d.grants.isEmpty(), &AnnualReportChapters::writeEconomy},
        {QStringLiteral("development"),
         lang.translate("AnnualReport", "Development per department"), anyDevelopment,
         &AnnualReportChapters::writeDevelopment},
        {QStringLiteral("political"),
         lang.translate("AnnualReport", "Political cases, meetings and visits"),
         !d.politicalMeetings.isEmpty(), &AnnualReportChapters::writePolitical},
    };
}

void AnnualReportChapters::write(const Chapter &chapter)
{
    const QString text = m_data.texts.chapters.value(chapter.key).trimmed();
    if (!text.isEmpty())
        m_builder.paragraph(text);
    if (chapter.hasData)
        (this->*chapter.writeData)();
}

void AnnualReportChapters::writeIntroduction()
{
    const DocumentLanguage &lang = m_language;
    m_builder.heading(2, lang.translate("AnnualReport", "The goals of the plan"));
    QList<QStringList> rows;
    for (const Goal &goal : m_data.planGoals)
        rows << QStringList{goal.number, goal.title};
    m_builder.table({Column{lang.translate("AnnualReport", "No."), Qt::AlignLeft, 10},
                     Column{lang.translate("AnnualReport", "Goal"), Qt::AlignLeft, 90}},
                    rows);
}

void AnnualReportChapters::writeOrganisation()
{
    const DocumentLanguage &lang = m_language;
    const YearKeyFigures &f = m_data.figures;
    m_builder.paragraph(
        lang.translate("AnnualReport",
                       "%1 departments, %2 employees and %3 full-time equivalents in %4.")
            .arg(lang.number(f.departments.size()), lang.number(m_data.staffCount),
                 lang.fte(f.totalFtes), QString::number(m_data.year)));

    QList<QStringList> rows;
    for (const auto &d : f.departments) {
        rows << QStringList{indented(d.name, d.depth), d.head, lang.fte(d.ftes),
                            d.headCount > 0 ? lang.number(d.headCount) : QString()};
    }
    m_builder.table({Column{lang.translate("AnnualReport", "Department"), Qt::AlignLeft, 38},
                     Column{lang.translate("AnnualReport", "Head"), Qt::AlignLeft, 32},
                     Column{lang.translate("AnnualReport", "FTEs"), Qt::AlignRight, 15},
                     Column{lang.translate("AnnualReport", "Employees"), Qt::AlignRight, 15}},
                    rows,
                    {lang.translate("AnnualReport", "Total"), QString(), lang.fte(f.totalFtes),
                     lang.number(m_data.staffCount)});

    if (!m_data.joined.isEmpty() || !m_data.left.isEmpty()) {
        m_builder.heading(2, lang.translate("AnnualReport", "Changes during the year"));
        QList<QStringList> changes;
        for (const Department &d : m_data.joined)
            changes << QStringList{
                d.name, lang.translate("AnnualReport", "Joined %1").arg(lang.date(d.validFrom))};
        for (const Department &d : m_data.left)
            changes << QStringList{
                d.name, lang.translate("AnnualReport", "Left %1").arg(lang.date(d.validTo))};
        m_builder.table({Column{lang.translate("AnnualReport", "Department"), Qt::AlignLeft, 60},
                         Column{lang.translate("AnnualReport", "Change"), Qt::AlignLeft, 40}},
                        changes);
    }

    BarChart chart;
    chart.title = lang.translate("AnnualReport", "Full-time equivalents per department");
    BarChart::Series ftes{lang.translate("AnnualReport", "FTEs"), {}, {}};
    for (const auto &d : f.departments) {
        chart.categories << d.name;
        ftes.values << d.ftes;
        ftes.labels << lang.fte(d.ftes);
    }
    chart.series << ftes;
    m_builder.chart(chart);
}

void AnnualReportChapters::writeSpecialTasks()
{
    writeActivityTable(m_data.activitiesOf(ActivityCategory::Pandemic), false);
}

void AnnualReportChapters::writeAreaProgramme()
{
    const DocumentLanguage &lang = m_language;
    for (const auto &p : m_data.programmes) {
        m_builder.heading(2, p.programme.funder.isEmpty()
                                 ? p.programme.name
                                 : lang.translate("AnnualReport", "%1 (funded by %2)")
                                       .arg(p.programme.name, p.programme.funder));
        QList<QStringList> rows;
        BarChart chart;
        chart.title = lang.translate("AnnualReport", "Allocated and spent per budget line");
        BarChart::Series allocated{lang.translate("AnnualReport", "Allocated"), {}, {}};
        BarChart::Series spent{lang.translate("AnnualReport", "Spent"), {}, {}};
        for (const BudgetLine &line : p.lines) {
            rows << QStringList{line.line, lang.money(line.allocated), lang.money(line.spent),
                                lang.money(line.carriedOver())};
            chart.categories << line.line;
            allocated.values << line.allocated;
            allocated.labels << lang.money(line.allocated);
            spent.values << line.spent;
            spent.labels << lang.money(line.spent);
        }
        m_builder.table(
            {Column{lang.translate("AnnualReport", "Budget line"), Qt::AlignLeft, 46},
             Column{lang.translate("AnnualReport", "Allocated"), Qt::AlignRight, 18},
             Column{lang.translate("AnnualReport", "Spent"), Qt::AlignRight, 18},
             Column{lang.translate("AnnualReport", "Carried over"), Qt::AlignRight, 18}},
            rows,
            {lang.translate("AnnualReport", "Total"), lang.money(p.totals.allocated),
             lang.money(p.totals.spent), lang.money(p.totals.carriedOver)});
        chart.series << allocated << spent;
        m_builder.chart(chart);
    }
    const QList<Activity> activities = m_data.activitiesOf(ActivityCategory::AreaProgramme);
    if (!activities.isEmpty()) {
        m_builder.heading(2, lang.translate("AnnualReport", "Activities of the programme"));
        writeActivityTable(activities, true);
    }
}

void AnnualReportChapters::writeEconomy()
{
    const DocumentLanguage &lang = m_language;
    if (const auto &y = m_data.yearFigures) {
        const QString year = QString::number(m_data.year);
        QList<QPair<QString, QString>> facts{
            {lang.translate("AnnualReport", "Budget frame %1").arg(year),
             lang.money(y->budgetFrame)},
            {lang.translate("AnnualReport", "FTEs on 1 January"), lang.fte(y->ftesJanuary1)},
            {lang.translate("AnnualReport", "FTEs on 31 December"), lang.fte(y->ftesDecember31)},
        };
        if (y->pandemicCosts != 0 || y->pandemicCompensated != 0) {
            facts << std::pair{lang.translate("AnnualReport", "Extra costs of the pandemic"),
                               lang.money(y->pandemicCosts)}
                  << std::pair{lang.translate("AnnualReport", "Of which compensated"),
                               lang.money(y->pandemicCompensated)};
        }
        facts << std::pair{
            lang.translate("AnnualReport", "Budget frame %1").arg(QString::number(m_data.year + 1)),
            lang.money(y->nextYearFrame)};
        m_builder.keyValues(facts);
    }
    if (m_data.grants.isEmpty())
        return;
    m_builder.heading(2, lang.translate("AnnualReport", "Grants"));
    QList<QStringList> rows;
    for (const Grant &g : m_data.grants)
        rows << QStringList{g.purpose, g.grantor, lang.money(g.amountAwarded)};
    m_builder.table(
        {Column{lang.translate("AnnualReport", "Purpose"), Qt::AlignLeft, 50},
         Column{lang.translate("AnnualReport", "Grantor"), Qt::AlignLeft, 32},
         Column{lang.translate("AnnualReport", "Amount"), Qt::AlignRight, 18}},
        rows,
        {lang.translate("AnnualReport", "Total"), QString(), lang.money(m_data.grantsTotal())});
}

void AnnualReportChapters::writeDevelopment()
{
    for (const auto &d : m_data.figures.departments)
        writeDepartment(d.departmentId, d.name);
    writeDepartment(0, m_language.translate("AnnualReport", "Across departments"));
}

void AnnualReportChapters::writeDepartment(Id departmentId, const QString &name)
{
    const DocumentLanguage &lang = m_language;
    const QList<Activity> activities = m_data.developmentActivitiesOf(departmentId);
    const QList<Reflection> reflections = m_data.reflectionsOf(departmentId);
    const QList<Case> cases = m_data.activeCasesOf(departmentId);
    if (activities.isEmpty() && reflections.isEmpty() && cases.isEmpty())
        return;

    m_builder.heading(2, name);
    if (!activities.isEmpty())
        writeActivityTable(activities, true);
    if (!reflections.isEmpty()) {
        QList<QStringList> rows;
        for (const Reflection &r : reflections)
            rows << QStringList{r.theme, r.proudOf, r.lessonsLearned};
        m_builder.table(
            {Column{lang.translate("AnnualReport", "Theme"), Qt::AlignLeft, 20},
             Column{lang.translate("AnnualReport", "Proud of"), Qt::AlignLeft, 40},
             Column{lang.translate("AnnualReport", "Lessons learned"), Qt::AlignLeft, 40}},
            rows);
    }
    if (!cases.isEmpty()) {
        m_builder.heading(3, lang.translate("AnnualReport", "Active cases"));
        QList<QStringList> rows;
        for (const Case &c : cases)
            rows << QStringList{c.reference, caseTitle(c), lang.label(c.status)};
        m_builder.table({Column{lang.translate("AnnualReport", "Case number"), Qt::AlignLeft, 20},
                         Column{lang.translate("AnnualReport", "Case"), Qt::AlignLeft, 62},
                         Column{lang.translate("AnnualReport", "Status"), Qt::AlignLeft, 18}},
                        rows);
    }
}

void AnnualReportChapters::writePolitical()
{
    const DocumentLanguage &lang = m_language;
    QList<QStringList> rows;
    for (const auto &p : m_data.politicalMeetings) {
        const QString forum =
            p.meeting.body.isEmpty() ? lang.label(p.meeting.kind) : p.meeting.body;
        rows << QStringList{lang.date(p.meeting.date), forum, p.meeting.title,
                            p.caseReferences.join(u'\n')};
    }
    m_builder.table({Column{lang.translate("AnnualReport", "Date"), Qt::AlignLeft, 14},
                     Column{lang.translate("AnnualReport", "Forum"), Qt::AlignLeft, 28},
                     Column{lang.translate("AnnualReport", "Theme"), Qt::AlignLeft, 42},
                     Column{lang.translate("AnnualReport", "Case number"), Qt::AlignLeft, 16}},
                    rows);
}

void AnnualReportChapters::writeActivityTable(const QList<Activity> &activities, bool withGoals)
{
    const DocumentLanguage &lang = m_language;
    QList<QStringList> rows;
    for (const Activity &a : activities) {
        QStringList row{a.theme, a.description, joined(a.partners)};
        if (withGoals)
            row << goalNumbers(a);
        rows << row;
    }
    QList<Column> columns{
        Column{lang.translate("AnnualReport", "Theme"), Qt::AlignLeft, 24},
        Column{lang.translate("AnnualReport", "Activity"), Qt::AlignLeft, withGoals ? 40 : 48},
        Column{lang.translate("AnnualReport", "Partners"), Qt::AlignLeft, withGoals ? 24 : 28}};
    if (withGoals)
        columns << Column{lang.translate("AnnualReport", "Goals"), Qt::AlignLeft, 12};
    m_builder.table(columns, rows);
}

QString AnnualReportChapters::goalNumbers(const Activity &activity) const
{
    QStringList numbers;
    for (Id id : activity.goalIds)
        numbers << m_data.goalNumbers.value(id);
    return joined(numbers);
}

QString AnnualReportChapters::caseTitle(const Case &caseRecord) const
{
    // A restricted case (unntatt offentlighet) is printed by its reference only.
    if (caseRecord.restricted)
        return m_language.translate("AnnualReport", "Restricted (%1)").arg(caseRecord.legalBasis);
    return caseRecord.title;
}

} // namespace knutepunkt
