#include "pages/SummaryPage.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "framework/FieldNames.h"
#include "framework/HistoryDialog.h"
#include "framework/OptionalDateEdit.h"
#include "framework/PrintBar.h"
#include "framework/ReadOnlyMode.h"
#include "report/AnnualReport.h"
#include "storage/SummaryStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

constexpr int SaveDelayMs = 800;

OptionalDateEdit *makeDateEdit(const QString &code, const QString &setLabel, QWidget *parent)
{
    auto *edit = new OptionalDateEdit(code, parent);
    edit->setBox()->setText(setLabel);
    edit->setDateRange(QDate(validation::FirstYear, 1, 1), QDate(validation::LastYear, 12, 31));
    // As wide as a date needs, not the whole form.
    edit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return edit;
}

QPlainTextEdit *makeTextEdit(QWidget *parent, int minimumHeight)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(minimumHeight);
    return edit;
}

// Chapters with only blanks are not stored, so they compare as absent.
QMap<QString, QString> nonEmpty(const QMap<QString, QString> &chapters)
{
    QMap<QString, QString> result;
    for (auto it = chapters.cbegin(); it != chapters.cend(); ++it) {
        if (!it.value().trimmed().isEmpty())
            result.insert(it.key(), it.value());
    }
    return result;
}

bool sameTexts(const SummaryText &a, const SummaryText &b)
{
    return a.year == b.year && a.title == b.title && a.version == b.version &&
           a.approvedOn == b.approvedOn && a.leader == b.leader && a.foreword == b.foreword &&
           a.forewordPlace == b.forewordPlace && a.forewordDate == b.forewordDate &&
           nonEmpty(a.chapters) == nonEmpty(b.chapters);
}

} // namespace

QStringList SummaryPage::chapterKeys()
{
    return {QStringLiteral("introduction"),  QStringLiteral("organisation"),
            QStringLiteral("special_tasks"), QStringLiteral("area_programme"),
            QStringLiteral("economy"),       QStringLiteral("development"),
            QStringLiteral("political")};
}

SummaryPage::SummaryPage(AppContext &context, QWidget *parent)
    : Page(context, parent)
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_history(new QPushButton(tr("Hist&ory…"), this))
    , m_title(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_approvedOn(makeDateEdit(QStringLiteral("approved_on"), tr("Approved"), this))
    , m_leader(new QLineEdit(this))
    , m_foreword(makeTextEdit(this, 160))
    , m_forewordPlace(new QLineEdit(this))
    , m_forewordDate(makeDateEdit(QStringLiteral("foreword_date"), tr("Dated"), this))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &SummaryPage::saveNow);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("summaryContent"));
    auto *column = new QVBoxLayout(content);

    auto *top = new QHBoxLayout;
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    m_heading->setFont(headingFont);
    m_state->setObjectName(QStringLiteral("saveState"));
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed the annual summary's texts, when, and what"));
    readOnly::markViewOnly(m_history);
    connect(m_history, &QPushButton::clicked, this, &SummaryPage::showHistory);
    top->addWidget(m_heading, 1);
    top->addWidget(m_state);
    top->addWidget(m_history);
    column->addLayout(top);
    auto *hint = new QLabel(
        tr("The texts are saved as you type. Each save can be undone with Edit → Undo."), content);
    hint->setWordWrap(true);
    column->addWidget(hint);

    m_printBar = new PrintBar(
        QStringLiteral("summary"),
        [this](const DocumentLanguage &language) -> std::unique_ptr<PrintableDocument> {
            return std::make_unique<AnnualReport>(this->context().database(), m_year, language);
        },
        content);
    connect(m_printBar, &PrintBar::aboutToPrint, this, &SummaryPage::saveNow);
    connect(m_printBar, &PrintBar::exported, this, [this](const QString &fileName) {
        showState(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)));
    });
    column->addWidget(m_printBar);

    // Title page.
    auto *titlePage = new QGroupBox(tr("Title page"), content);
    auto *titleForm = new QFormLayout(titlePage);
    titleForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_title->setObjectName(QStringLiteral("title"));
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setPlaceholderText(tr("e.g. 1.0"));
    m_version->setMaximumWidth(160);
    m_approvedOn->dateEdit()->setAccessibleName(tr("Approval date"));
    m_leader->setObjectName(QStringLiteral("leader"));
    // The form's labels point at the wrapper that also holds the message, so
    // the fields carry their own names for screen readers.
    m_title->setAccessibleName(tr("Title"));
    m_version->setAccessibleName(tr("Version"));
    m_leader->setAccessibleName(tr("Leader"));
    titleForm->addRow(tr("&Title:"), withMessage(m_title, QStringLiteral("title")));
    titleForm->addRow(tr("&Version:"), withMessage(m_version, QStringLiteral("version")));
    titleForm->addRow(tr("Approval date:"),
                      withMessage(m_approvedOn, QStringLiteral("approved_on")));
    titleForm->addRow(tr("&Leader:"), withMessage(m_leader, QStringLiteral("leader")));
    column->addWidget(titlePage);

    // Foreword.
    auto *forewordBox = new QGroupBox(tr("Foreword"), content);
    auto *forewordForm = new QFormLayout(forewordBox);
    forewordForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_foreword->setObjectName(QStringLiteral("foreword"));
    m_foreword->setAccessibleName(tr("Foreword"));
    m_forewordPlace->setObjectName(QStringLiteral("foreword_place"));
    m_forewordPlace->setMaximumWidth(320);
    m_forewordPlace->setAccessibleName(tr("Place of the foreword"));
    m_forewordDate->dateEdit()->setAccessibleName(tr("Date of the foreword"));
    forewordForm->addRow(tr("&Text:"), withMessage(m_foreword, QStringLiteral("foreword")));
    forewordForm->addRow(tr("&Place:"),
                         withMessage(m_forewordPlace, QStringLiteral("foreword_place")));
    forewordForm->addRow(tr("Date:"), withMessage(m_forewordDate, QStringLiteral("foreword_date")));
    column->addWidget(forewordBox);

    // Chapters.
    auto *chaptersBox = new QGroupBox(tr("Chapters"), content);
    auto *chaptersColumn = new QVBoxLayout(chaptersBox);
    for (const QString &key : chapterKeys()) {
        auto *edit = makeTextEdit(chaptersBox, 110);
        edit->setObjectName(key);
        edit->setAccessibleName(fieldnames::chapter(key));
        auto *heading = new QLabel(fieldnames::chapter(key), chaptersBox);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        heading->setBuddy(edit);
        chaptersColumn->addWidget(heading);
        chaptersColumn->addWidget(withMessage(edit, key));
        m_chapters.append({key, edit});
        watchText(edit, key);
    }
    column->addWidget(chaptersBox);
    column->addStretch(1);

    watchLine(m_title, QStringLiteral("title"));
    watchLine(m_version, QStringLiteral("version"));
    watchLine(m_leader, QStringLiteral("leader"));
    watchLine(m_forewordPlace, QStringLiteral("foreword_place"));
    watchText(m_foreword, QStringLiteral("foreword"));
    connect(m_approvedOn, &OptionalDateEdit::changed, this,
            [this] { edited(QStringLiteral("approved_on")); });
    connect(m_forewordDate, &OptionalDateEdit::changed, this,
            [this] { edited(QStringLiteral("foreword_date")); });

    setScrollingContent(content, QStringLiteral("summaryScroll"));
}

SummaryPage::~SummaryPage()
{
    // Closing the window must not lose what was typed in the last moment.
    if (m_dirty)
        saveNow();
}

QWidget *SummaryPage::withMessage(QWidget *editor, const QString &code)
{
    auto *cell = new QWidget(this);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(editor);
    auto *message = new QLabel(cell);
    message->setObjectName(QStringLiteral("error_") + code);
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    // Bold text with a warning sign reads in any palette and in greyscale.
    QFont bold = message->font();
    bold.setBold(true);
    message->setFont(bold);
    message->hide();
    column->addWidget(message);
    m_messages.insert(code, message);
    return cell;
}

void SummaryPage::watchLine(QLineEdit *edit, const QString &code)
{
    connect(edit, &QLineEdit::textChanged, this, [this, code] { edited(code); });
}

void SummaryPage::watchText(QPlainTextEdit *edit, const QString &code)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, code] { edited(code); });
}

void SummaryPage::edited(const QString &code)
{
    m_dirty = true;
    m_edited.insert(code);
    // The privacy guard answers at once; the save waits for a pause in typing.
    if (showCheck(fromFields()))
        showState(tr("Unsaved changes…"));
    else
        showState(tr("⚠ Not saved: see the marked field"));
    m_saveTimer.start();
}

SummaryText SummaryPage::fromFields() const
{
    SummaryText s;
    s.year = m_year;
    s.title = m_title->text();
    s.version = m_version->text();
    s.approvedOn = m_approvedOn->date();
    s.leader = m_leader->text();
    s.foreword = m_foreword->toPlainText();
    s.forewordPlace = m_forewordPlace->text();
    s.forewordDate = m_forewordDate->date();
    for (const auto &[key, edit] : m_chapters)
        s.chapters.insert(key, edit->toPlainText());
    return s;
}

void SummaryPage::showFields(const SummaryText &s, const QSet<QString> &keep)
{
    const auto setLine = [&](QLineEdit *edit, const QString &code, const QString &text) {
        if (keep.contains(code) || edit->text() == text)
            return;
        QSignalBlocker blocker(edit);
        edit->setText(text);
    };
    const auto setText = [&](QPlainTextEdit *edit, const QString &code, const QString &text) {
        // Setting the same text again would move the cursor and drop the edit history.
        if (keep.contains(code) || edit->toPlainText() == text)
            return;
        QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    };
    const auto setDate = [&](OptionalDateEdit *edit, const QString &code, const QDate &date) {
        if (keep.contains(code))
            return;
        QSignalBlocker blocker(edit);
        edit->setSuggestedDate(QDate(m_year, 12, 31));
        edit->setDate(date);
    };

    setLine(m_title, QStringLiteral("title"), s.title);
    setLine(m_version, QStringLiteral("version"), s.version);
    setDate(m_approvedOn, QStringLiteral("approved_on"), s.approvedOn);
    setLine(m_leader, QStringLiteral("leader"), s.leader);
    setText(m_foreword, QStringLiteral("foreword"), s.foreword);
    setLine(m_forewordPlace, QStringLiteral("foreword_place"), s.forewordPlace);
    setDate(m_forewordDate, QStringLiteral("foreword_date"), s.forewordDate);
    for (const auto &[key, edit] : std::as_const(m_chapters))
        setText(edit, key, s.chapters.value(key));
}

bool SummaryPage::showCheck(const SummaryText &summary)
{
    for (QLabel *message : std::as_const(m_messages))
        message->hide();
    const Status ok = validation::check(summary);
    if (ok)
        return true;
    QLabel *message = m_messages.value(ok.error().field);
    if (!message)
        message = m_messages.value(QStringLiteral("title"));
    message->setText(QStringLiteral("⚠ ") + ok.error().message);
    message->show();
    return false;
}

void SummaryPage::showState(const QString &text)
{
    m_state->setText(text);
}

bool SummaryPage::saveNow()
{
    m_saveTimer.stop();
    if (!m_dirty)
        return true;
    SummaryText summary = fromFields();
    // The version the user started from: a colleague's save since then is
    // a conflict the user decides, not something this save overwrites.
    summary.rowVersion = m_loadedVersion;
    if (!showCheck(summary)) {
        showState(tr("⚠ Not saved: see the marked field"));
        return false;
    }
    const SummaryStore store(context().database());
    const auto stored = store.summary(summary.year);
    if (stored && sameTexts(*stored, summary)) {
        m_dirty = false;
        m_edited.clear();
        showState(tr("All changes saved"));
        return true;
    }

    m_saving = true;
    auto result = context().change(tr("Edit annual summary %1").arg(summary.year),
                                   QStringLiteral("summaries"), QVariant(summary.year),
                                   [&]() -> Result<QVariant> {
                                       SummaryStore writer(context().database());
                                       if (auto ok = writer.saveSummary(summary); !ok)
                                           return fail(ok.error());
                                       return QVariant(summary.year);
                                   });
    m_saving = false;
    if (!result && result.error().conflict) {
        // Left as the colleague saved it: show their texts, not the typed ones.
        m_dirty = false;
        m_edited.clear();
        reload();
        showState(tr("⚠ Not saved: %1").arg(result.error().message));
        return false;
    }
    if (!result) {
        if (QLabel *message = m_messages.value(result.error().field)) {
            message->setText(QStringLiteral("⚠ ") + result.error().message);
            message->show();
        }
        showState(tr("⚠ Not saved: %1").arg(result.error().message));
        return false;
    }
    m_dirty = false;
    m_edited.clear();
    if (const auto saved = store.summary(summary.year))
        m_loadedVersion = saved->rowVersion;
    showState(tr("All changes saved"));
    return true;
}

void SummaryPage::showHistory()
{
    // What was typed a moment ago belongs in the history too; a save that
    // did not go through has told the user why, and the history waits.
    if (m_dirty && !saveNow())
        return;
    const int year = m_year != 0 ? m_year : context().year();
    openHistory(this, context().database(), QStringLiteral("summaries"), QVariant(year),
                tr("Annual summary %1").arg(year));
}

void SummaryPage::reload()
{
    if (m_saving)
        return; // our own save: the fields already show it
    // Moving to another year: what was typed belongs to the year before.
    if (m_dirty && m_year != 0 && m_year != context().year())
        saveNow();
    const bool sameYear = m_year == context().year();
    m_year = context().year();
    m_heading->setText(tr("Annual summary %1").arg(m_year));
    m_title->setPlaceholderText(tr("e.g. Annual summary %1").arg(m_year));

    const auto stored = SummaryStore(context().database()).summary(m_year);
    m_loadedVersion = stored ? stored->rowVersion : 0;
    SummaryText summary = stored.value_or(SummaryText{});
    summary.year = m_year;
    // Keep what the user is typing; take everything else from the database
    // (an undo, or a change made elsewhere).
    const QSet<QString> keep = sameYear && m_dirty ? m_edited : QSet<QString>();
    if (keep.isEmpty()) {
        m_dirty = false;
        m_edited.clear();
        m_saveTimer.stop();
    }
    showFields(summary, keep);
    if (!m_dirty) {
        showCheck(fromFields());
        showState(stored ? tr("All changes saved") : tr("Not written yet"));
    }
}

void SummaryPage::hideEvent(QHideEvent *event)
{
    if (m_dirty)
        saveNow();
    Page::hideEvent(event);
}

} // namespace knutepunkt
