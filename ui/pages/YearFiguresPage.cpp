#include "pages/YearFiguresPage.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/Display.h"
#include "framework/HistoryDialog.h"
#include "framework/ReadOnlyMode.h"
#include "storage/EconomyStore.h"
#include "util/Formats.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

const QString BudgetFrame = QStringLiteral("budget_frame");
const QString FtesJanuary = QStringLiteral("ftes_january1");
const QString FtesDecember = QStringLiteral("ftes_december31");
const QString PandemicCosts = QStringLiteral("pandemic_costs");
const QString Compensated = QStringLiteral("pandemic_compensated");
const QString NextYearFrame = QStringLiteral("next_year_frame");

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

bool sameFigures(const YearFigures &a, const YearFigures &b)
{
    return a.year == b.year && a.budgetFrame == b.budgetFrame && a.ftesJanuary1 == b.ftesJanuary1 &&
           a.ftesDecember31 == b.ftesDecember31 && a.pandemicCosts == b.pandemicCosts &&
           a.pandemicCompensated == b.pandemicCompensated && a.nextYearFrame == b.nextYearFrame;
}

} // namespace

YearFiguresPage::YearFiguresPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_heading(boldLabel(this))
    , m_generalError(boldLabel(this))
    , m_stored(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_history(new QPushButton(tr("Hist&ory…"), this))
    , m_years(new QTableWidget(this))
{
    m_heading->setObjectName(QStringLiteral("heading"));
    m_generalError->setObjectName(QStringLiteral("error_general"));
    m_generalError->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, BudgetFrame, tr("&Budget frame:"), tr("kr"));
    addRow(form, FtesJanuary, tr("FTEs on 1 &January:"), tr("FTEs"));
    addRow(form, FtesDecember, tr("FTEs on 31 &December:"), tr("FTEs"));
    addRow(form, PandemicCosts, tr("&Pandemic costs:"), tr("kr"));
    addRow(form, Compensated, tr("Of which &compensated:"), tr("kr"));
    addRow(form, NextYearFrame, tr("&Next year's frame:"), tr("kr"));

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Show the saved figures again, dropping what was typed"));
    connect(m_save, &QPushButton::clicked, this, &YearFiguresPage::save);
    connect(m_revert, &QPushButton::clicked, this, &YearFiguresPage::reload);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed the figures of the year, when, and what"));
    readOnly::markViewOnly(m_history);
    connect(m_history, &QPushButton::clicked, this, &YearFiguresPage::showHistory);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *editor = new QGroupBox(tr("Edit"), this);
    auto *editorColumn = new QVBoxLayout(editor);
    editorColumn->addWidget(m_generalError);
    editorColumn->addLayout(form);
    editorColumn->addLayout(buttons);
    editorColumn->addStretch(1);

    auto *stored = new QGroupBox(tr("As saved"), this);
    m_stored->setObjectName(QStringLiteral("storedFigures"));
    m_stored->setTextFormat(Qt::PlainText);
    m_stored->setWordWrap(true);
    m_stored->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stored->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *storedColumn = new QVBoxLayout(stored);
    storedColumn->addWidget(m_stored, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(editor, 1);
    columns->addWidget(stored, 1);

    // Every year side by side, to compare with the years before.
    auto *yearsLabel = boldLabel(this);
    yearsLabel->setText(tr("All years"));
    m_years->setObjectName(QStringLiteral("yearsTable"));
    m_years->setColumnCount(7);
    m_years->setHorizontalHeaderLabels({tr("Year"), tr("Budget frame"), tr("FTEs 1 January"),
                                        tr("FTEs 31 December"), tr("Pandemic costs"),
                                        tr("Compensated"), tr("Next year's frame")});
    m_years->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_years->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_years->setAlternatingRowColors(true);
    m_years->verticalHeader()->hide();
    m_years->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    yearsLabel->setBuddy(m_years);
    // A table is not named by its label's buddy link; name it itself.
    m_years->setAccessibleName(yearsLabel->text());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(columns);
    layout->addWidget(yearsLabel);
    layout->addWidget(m_years, 1);
}

QLineEdit *YearFiguresPage::addRow(QFormLayout *form, const QString &code, const QString &label,
                                   const QString &unit)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(code);
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(QStringLiteral("0"));
    auto *unitLabel = new QLabel(unit, this);
    // Units of different length must not shift the fields.
    unitLabel->setMinimumWidth(std::max(fontMetrics().horizontalAdvance(tr("kr")),
                                        fontMetrics().horizontalAdvance(tr("FTEs"))));
    auto *error = boldLabel(this);
    error->setObjectName(QStringLiteral("error_") + code);
    error->hide();
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(unitLabel);
    column->addLayout(row);
    column->addWidget(error);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit);
    // Screen readers find a label only next to its field; this one sits in
    // the form's other column, so the field carries the label's words itself.
    QString name = QString(label).remove(QLatin1Char('&')).trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    edit->setAccessibleName(name);
    form->addRow(caption, cell);
    m_fields.insert(code, edit);
    m_errors.insert(code, error);
    connect(edit, &QLineEdit::textChanged, this, &YearFiguresPage::revalidate);
    connect(edit, &QLineEdit::returnPressed, this, &YearFiguresPage::save);
    return edit;
}

void YearFiguresPage::reload()
{
    const int year = context().year();
    m_heading->setText(tr("Figures for %1").arg(year));
    const auto stored = EconomyStore(context().database()).yearFigures(year);
    const QHash<QString, QString> texts =
        textsOf(stored.value_or(YearFigures{year, 0, 0, 0, 0, 0, 0}));
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QSignalBlocker blocker(it.value());
        it.value()->setText(texts.value(it.key()));
    }
    m_loadedYear = year;
    clearErrors();
    showStored(stored);
    showAllYears();

    if (m_restoredInput.value(QStringLiteral("year")).toInt() == year) {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            const QVariant text = m_restoredInput.value(it.key());
            if (text.isValid())
                it.value()->setText(text.toString());
        }
    }
    m_restoredInput.clear();
}

QHash<QString, QString> YearFiguresPage::textsOf(const YearFigures &figures)
{
    auto money = [](Money ore) { return ore == 0 ? QString() : display::money(ore); };
    auto fte = [](FteHundredths ftes) { return ftes == 0 ? QString() : display::fte(ftes); };
    return {{BudgetFrame, money(figures.budgetFrame)},
            {FtesJanuary, fte(figures.ftesJanuary1)},
            {FtesDecember, fte(figures.ftesDecember31)},
            {PandemicCosts, money(figures.pandemicCosts)},
            {Compensated, money(figures.pandemicCompensated)},
            {NextYearFrame, money(figures.nextYearFrame)}};
}

QVariant YearFiguresPage::unsavedInput() const
{
    if (m_loadedYear == 0)
        return {}; // never shown: nothing typed
    const auto stored = EconomyStore(context().database()).yearFigures(m_loadedYear);
    const QHash<QString, QString> texts =
        textsOf(stored.value_or(YearFigures{m_loadedYear, 0, 0, 0, 0, 0, 0}));
    QVariantMap input;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.value()->text() != texts.value(it.key()))
            input.insert(it.key(), it.value()->text());
    }
    if (input.isEmpty())
        return {};
    input.insert(QStringLiteral("year"), m_loadedYear);
    return input;
}

void YearFiguresPage::restoreUnsavedInput(const QVariant &input)
{
    m_restoredInput = input.toMap();
}

void YearFiguresPage::showAllYears()
{
    const QList<YearFigures> all = EconomyStore(context().database()).allYearFigures();
    m_years->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const YearFigures &f = all[row];
        const QStringList texts = {
            QString::number(f.year),         display::money(f.budgetFrame),
            display::fte(f.ftesJanuary1),    display::fte(f.ftesDecember31),
            display::money(f.pandemicCosts), display::money(f.pandemicCompensated),
            display::money(f.nextYearFrame)};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                               : Qt::AlignRight | Qt::AlignVCenter);
            if (f.year == context().year()) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_years->setItem(row, column, item);
        }
    }
}

void YearFiguresPage::showHistory()
{
    // The year shown, which is the year the figures are kept under.
    const int year = m_loadedYear != 0 ? m_loadedYear : context().year();
    openHistory(this, context().database(), QStringLiteral("year_figures"), QVariant(year),
                tr("Year figures %1").arg(year));
}

void YearFiguresPage::showStored(const std::optional<YearFigures> &stored)
{
    m_shownVersion = stored ? stored->rowVersion : 0;
    const int year = context().year();
    if (!stored) {
        m_stored->setText(tr("No figures saved for %1 yet.").arg(year));
        return;
    }
    const YearFigures &f = *stored;
    auto kr = [](Money ore) { return tr("%1 kr").arg(display::money(ore)); };
    QStringList lines;
    lines << tr("Budget frame %1: %2").arg(year).arg(kr(f.budgetFrame));
    lines << tr("FTEs: %1 on 1 January, %2 on 31 December")
                 .arg(display::fte(f.ftesJanuary1), display::fte(f.ftesDecember31));
    lines << tr("Pandemic costs: %1, of which %2 compensated (%3 not compensated)")
                 .arg(kr(f.pandemicCosts), kr(f.pandemicCompensated),
                      kr(f.pandemicCosts - f.pandemicCompensated));
    lines << tr("Budget frame %1: %2").arg(year + 1).arg(kr(f.nextYearFrame));
    m_stored->setText(lines.join(QStringLiteral("\n\n")));
}

Result<YearFigures> YearFiguresPage::figures() const
{
    YearFigures f;
    f.year = context().year();
    auto money = [this](const QString &code, Money &target) -> Status {
        const QString text = m_fields[code]->text().trimmed();
        if (text.isEmpty()) {
            target = 0;
            return {};
        }
        auto parsed = formats::parseMoney(text);
        if (!parsed)
            return fail(parsed.error().message, code);
        target = *parsed;
        return {};
    };
    auto fte = [this](const QString &code, FteHundredths &target) -> Status {
        const QString text = m_fields[code]->text().trimmed();
        if (text.isEmpty()) {
            target = 0;
            return {};
        }
        auto parsed = formats::parseFte(text);
        if (!parsed)
            return fail(parsed.error().message, code);
        target = *parsed;
        return {};
    };
    for (const Status &ok :
         {money(BudgetFrame, f.budgetFrame), fte(FtesJanuary, f.ftesJanuary1),
          fte(FtesDecember, f.ftesDecember31), money(PandemicCosts, f.pandemicCosts),
          money(Compensated, f.pandemicCompensated), money(NextYearFrame, f.nextYearFrame)}) {
        if (!ok)
            return fail(ok.error());
    }
    if (auto ok = validation::check(f); !ok)
        return fail(ok.error());
    return f;
}

void YearFiguresPage::revalidate()
{
    clearErrors();
    if (auto f = figures(); !f)
        showError(f.error());
}

void YearFiguresPage::showError(const Error &error)
{
    QLabel *label = m_errors.value(error.field, m_generalError);
    label->setText(QStringLiteral("⚠ ") + error.message);
    label->show();
}

void YearFiguresPage::clearErrors()
{
    m_generalError->hide();
    for (QLabel *label : std::as_const(m_errors))
        label->hide();
}

bool YearFiguresPage::save()
{
    clearErrors();
    auto f = figures();
    if (!f) {
        showError(f.error());
        return false;
    }
    EconomyStore store(context().database());
    const auto stored = store.yearFigures(f->year);
    if (stored && sameFigures(*stored, *f)) {
        reload(); // nothing changed: show the saved figures in their format
        return true;
    }
    YearFigures figures = *f;
    // The version the user saw: a colleague's save since then is a
    // conflict the user decides, not something this save overwrites.
    figures.rowVersion = m_shownVersion;
    auto result = context().change(
        tr("Edit year figures %1").arg(figures.year), QStringLiteral("year_figures"),
        stored ? QVariant(figures.year) : QVariant(), [&]() -> Result<QVariant> {
            if (auto ok = store.saveYearFigures(figures); !ok)
                return fail(ok.error());
            return QVariant(figures.year);
        });
    if (!result) {
        // A conflict left as the colleague saved it: show their figures.
        if (result.error().conflict)
            reload();
        showError(result.error());
        return false;
    }
    reload(); // read back in Norwegian format, even when the page is hidden
    return true;
}

} // namespace knutepunkt
