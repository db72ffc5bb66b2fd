#include "MainWindow.h"

#include "Translations.h"
#include "demo/ExampleYear.h"
#include "dialogs/OpenDatabase.h"
#include "dialogs/RestoreBackupDialog.h"
#include "dialogs/SettingsDialog.h"
#include "framework/AppContext.h"
#include "framework/Confirm.h"
#include "framework/HistoryDialog.h"
#include "framework/NoticeBar.h"
#include "framework/Page.h"
#include "framework/RecentFiles.h"
#include "io/CsvLists.h"
#include "io/JsonBackup.h"
#include "pages/PageFactory.h"
#include "storage/ActivityStore.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/OpenLock.h"
#include "util/PrivateFile.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace knutepunkt {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    buildNavigation();
    buildMenus();
    setDatabase(std::move(database));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Pages refer to the context, the context to the database: go in order.
    for (Page *page : std::as_const(m_pages))
        delete page;
    m_pages.clear();
    m_context.reset();
    m_database.reset();
}

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setMinimumWidth(140);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({200, 900});
    m_readOnlyBar = new NoticeBar(NoticeBar::Kind::Information, this);
    m_readOnlyBar->setObjectName(QStringLiteral("readOnlyBar"));
    m_readOnlyBar->hide();
    m_networkShareBar = new NoticeBar(NoticeBar::Kind::Warning, this);
    m_networkShareBar->setObjectName(QStringLiteral("networkShareBar"));
    m_networkShareBar->setClosable(true);
    m_networkShareBar->hide();
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_readOnlyBar);
    column->addWidget(m_networkShareBar);
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    m_yearToolbar = addToolBar(tr("Year"));
    m_yearToolbar->setObjectName(QStringLiteral("yearToolbar"));
    m_yearToolbar->setMovable(false);
    m_yearLabel = new QLabel(tr("&Year:"), m_yearToolbar);
    m_year = new QSpinBox(m_yearToolbar);
    m_year->setObjectName(QStringLiteral("yearSelector"));
    m_year->setAccessibleName(tr("Year shown on every page"));
    m_year->setRange(1990, 2100);
    m_yearLabel->setBuddy(m_year);
    m_yearToolbar->addWidget(m_yearLabel);
    m_yearToolbar->addWidget(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) {
        if (m_context)
            m_context->setYear(year);
        updateTitle();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open &example year"), this, &MainWindow::openExample);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import CSV…"), this, &MainWindow::importCsv);
    m_importAction->setObjectName(QStringLiteral("importCsvAction"));
    file->addAction(tr("&Export CSV…"), this, &MainWindow::exportCsv);
    QAction *auditExport = file->addAction(tr("Export au&dit log…"), this, [this] {
        if (const QString path = exportAuditLog(this, *m_database); !path.isEmpty())
            statusBar()->showMessage(
                tr("Exported the audit log to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    });
    auditExport->setObjectName(QStringLiteral("exportAuditLogAction"));
    file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    QAction *restore =
        file->addAction(tr("Restore from bac&kup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreAction = restore;
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = new QAction(tr("&Find"), m_editMenu);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    m_editMenu->addAction(find);
    m_editMenu->addSeparator();
    QAction *settings = m_editMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Knutepunkt"), this, &MainWindow::showAbout);
}

void MainWindow::releaseDatabase()
{
    for (Page *page : std::as_const(m_pages)) {
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    m_navigation->clear();
    delete m_undo;
    delete m_redo;
    m_undo = nullptr;
    m_redo = nullptr;
    m_context.reset();
    m_database.reset();
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    releaseDatabase();
    m_database = std::move(database);
    RecentFiles::add(m_database->path());
    rebuildRecentMenu();

    const int year = initialYear();
    m_context = std::make_unique<AppContext>(*m_database, year);
    connect(m_context.get(), &AppContext::changeFailed, this,
            [this](const QString &message) { ask::warn(this, tr("Undo"), message); });
    {
        QSignalBlocker blocker(m_year);
        m_year->setValue(year);
    }

    createUndoActions();
    createPages();
    statusBar()->showMessage(QDir::toNativeSeparators(m_database->path()));
    updateTitle();
    applyAccess();
    m_networkShareBar->setText(m_database->networkShareWarning());
    m_networkShareBar->setVisible(!m_database->networkShareWarning().isEmpty());
    if (const QString problem = m_database->backupProblem(); !problem.isEmpty())
        ask::warn(this, tr("Daily backup"), problem);
}

void MainWindow::createUndoActions()
{
    delete m_undo;
    delete m_redo;
    m_undo = m_context->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_context->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    const auto existing = m_editMenu->actions();
    m_editMenu->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_undo);
    m_editMenu->insertAction(existing.isEmpty() ? nullptr : existing.first(), m_redo);
}

// Pages of the open database, on the page last shown. Input a page has not
// saved yet (see Page::unsavedInput) goes over to its successor.
void MainWindow::createPages()
{
    QList<QVariant> unsaved;
    for (Page *page : std::as_const(m_pages)) {
        unsaved << page->unsavedInput();
        m_stack->removeWidget(page);
        delete page;
    }
    m_navigation->clear();

    m_pages = knutepunkt::createPages(*m_context);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i < unsaved.size() && unsaved.at(i).isValid())
            m_pages.at(i)->restoreUnsavedInput(unsaved.at(i));
        m_stack->addWidget(m_pages.at(i));
        m_navigation->addItem(m_pages.at(i)->title());
    }
    const int lastPage = QSettings().value(QStringLiteral("mainWindow/page"), 0).toInt();
    m_navigation->setCurrentRow(qBound(0, lastPage, int(m_pages.size()) - 1));
}

void MainWindow::changeEvent(QEvent *event)
{
    // Installing a language removes and adds several translators, each with
    // its own LanguageChange: rebuild once, after the last of them.
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QMetaObject::invokeMethod(this, &MainWindow::retranslate, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

// Every text of the window comes from tr() when it is built: build menus and
// pages again rather than keep a second list of texts to set. The database,
// the year, the undo history and the page shown stay.
void MainWindow::retranslate()
{
    m_retranslatePending = false;
    qDeleteAll(menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    menuBar()->clear();
    buildMenus();
    rebuildRecentMenu();
    m_navigation->setAccessibleName(tr("Pages"));
    m_yearToolbar->setWindowTitle(tr("Year"));
    m_yearLabel->setText(tr("&Year:"));
    m_year->setAccessibleName(tr("Year shown on every page"));
    if (!m_context)
        return;
    createUndoActions();
    createPages();
    updateTitle();
    applyAccess();
}

// Read-only: the pages lock themselves (Page, readOnly::lock); here the
// window's own ways to change data, and the bar that says why.
void MainWindow::applyAccess()
{
    const bool readOnly = m_database && m_database->isReadOnly();
    for (QAction *action : {m_importAction, m_restoreAction, m_undo, m_redo}) {
        if (action && readOnly)
            action->setEnabled(false);
    }
    if (m_undo && readOnly)
        m_undo->setVisible(false); // its stack would enable it again; nothing can be undone
    if (m_redo && readOnly)
        m_redo->setVisible(false);
    if (m_importAction && !readOnly)
        m_importAction->setEnabled(true);
    if (m_restoreAction && !readOnly)
        m_restoreAction->setEnabled(true);
    if (!readOnly) {
        m_readOnlyBar->hide();
        return;
    }
    const OpenLock::Holder holder = OpenLock::inspect(m_database->path());
    m_readOnlyBar->setText(
        holder.state == OpenLock::State::HeldElsewhere
            ? tr("Read-only: %1 has this database open on %2 since %3. You can read, print and "
                 "export; nothing can be changed until it is closed there and opened again here.")
                  .arg(holder.owner.displayName(), holder.owner.host,
                       QLocale().toString(holder.owner.since.toLocalTime(), QLocale::ShortFormat))
            : tr("Read-only: this database was opened read-only. You can read, print and "
                 "export; nothing can be changed."));
    m_readOnlyBar->show();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.chosenLanguage();
    SettingsDialog::storeLanguage(chosen);
    const QString language = SettingsDialog::effectiveLanguage(chosen);
    if (language != uiLanguage::current())
        uiLanguage::install(language);
}

int MainWindow::initialYear() const
{
    // The latest year with activities; an empty database starts at this year.
    const int year = ActivityStore(*m_database).latestYear();
    return year > 0 ? year : QDate::currentDate().year();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_stack->setCurrentWidget(m_pages[index]);
    QSettings().setValue(QStringLiteral("mainWindow/page"), index);
}

void MainWindow::updateTitle()
{
    if (!m_database)
        return;
    const QString file = QFileInfo(m_database->path()).fileName();
    setWindowTitle(m_database->isReadOnly()
                       ? tr("%1 (read-only) – %2 – Knutepunkt").arg(file).arg(m_year->value())
                       : tr("%1 – %2 – Knutepunkt").arg(file).arg(m_year->value()));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openFile(path); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear list"), this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::newDatabase()
{
    const QString path =
        ask::saveFileName(this, tr("New database"),
                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/knutepunkt.sqlite"),
                          tr("Knutepunkt databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    auto database = Database::create(path);
    if (!database) {
        ask::warn(this, tr("New database"), database.error().message);
        return;
    }
    setDatabase(std::move(*database));
}

void MainWindow::openDatabase()
{
    const QString path = ask::openFileName(this, tr("Open database"),
                                           tr("Knutepunkt databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    auto database = knutepunkt::openDatabase(this, path);
    if (!database) {
        if (!database.error().message.isEmpty()) // empty: the user cancelled
            ask::warn(this, tr("Open database"), database.error().message);
        return;
    }
    setDatabase(std::move(*database));
}

QString MainWindow::examplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/eksempel-stromso-2020.sqlite");
}

Result<std::unique_ptr<Database>> MainWindow::openExampleYear()
{
    // The example lives in its own file so that trying it never mixes with real data.
    const QString path = examplePath();
    if (QFileInfo::exists(path))
        return knutepunkt::openDatabase(nullptr, path); // asks if it is open elsewhere
    auto database = Database::create(path);
    if (!database)
        return database;
    if (auto ok = ExampleYear::fill(**database); !ok) {
        database->reset();
        QFile::remove(path);
        return fail(ok.error());
    }
    return database;
}

void MainWindow::openExample()
{
    auto database = openExampleYear();
    if (!database) {
        if (!database.error().message.isEmpty()) // empty: the user cancelled
            ask::warn(this, tr("Open example"), database.error().message);
        return;
    }
    setDatabase(std::move(*database));
}

void MainWindow::importCsv()
{
    const QString list =
        ask::chooseItem(this, tr("Import CSV"), tr("Import into the list:"), CsvLists::listNames());
    if (list.isEmpty())
        return;
    const QString path =
        ask::openFileName(this, tr("Import CSV"), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ask::warn(this, tr("Import CSV"),
                  tr("The file %1 cannot be read: %2.")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    // Semicolons are what Excel writes in a Norwegian locale.
    const QByteArray header = bytes.left(bytes.indexOf('\n'));
    const QChar delimiter =
        header.count(';') > header.count(',') ? QLatin1Char(';') : QLatin1Char(',');
    CsvLists lists(*m_database);
    auto imported = lists.importCsv(list, bytes, {delimiter, QFileInfo(path).fileName()});
    if (!imported) {
        ask::warn(this, tr("Import CSV"), imported.error().message);
        return;
    }
    // An import is not undoable step by step: start the undo history afresh.
    m_context->undoStack()->clear();
    Q_EMIT m_context->dataChanged();
    statusBar()->showMessage(tr("Imported %n row(s) into %1.", nullptr, *imported).arg(list), 5000);
}

void MainWindow::exportCsv()
{
    bool leaveOut = false;
    const QString list = ask::chooseItemWithOption(
        this, tr("Export CSV"), tr("Export the list:"), CsvLists::listNames(),
        tr("Leave out the titles of restricted cases (for someone without access to them)"),
        &leaveOut);
    if (list.isEmpty())
        return;
    const QString path = ask::saveFileName(
        this, tr("Export CSV"), QStringLiteral("%1-%2.csv").arg(list).arg(m_context->year()),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    CsvLists::ExportOptions options;
    options.year = m_context->year();
    options.leaveOutRestrictedTitles = leaveOut;
    auto bytes = CsvLists(*m_database).exportCsv(list, options);
    const Status written = bytes ? PrivateFile::write(path, *bytes) : Status(fail(bytes.error()));
    if (!written) {
        ask::warn(this, tr("Export CSV"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Exported %1 to %2.").arg(list, QDir::toNativeSeparators(path)),
                             5000);
}

void MainWindow::backUp()
{
    const QString suggested =
        QFileInfo(m_database->path()).completeBaseName() +
        QStringLiteral("-%1.json").arg(QDate::currentDate().toString(Qt::ISODate));
    JsonBackup::ExportOptions options;
    if (ask::chooseItemWithOption(
            this, tr("Back up"),
            tr("The whole database as one JSON file, for moving data or as a backup."), {},
            tr("Leave out the titles of restricted cases (for someone without access to them; "
               "such a file cannot be restored)"),
            &options.leaveOutRestrictedTitles)
            .isEmpty())
        return;
    const QString path =
        ask::saveFileName(this, tr("Back up"), suggested, tr("Knutepunkt backups (*.json)"));
    if (path.isEmpty())
        return;
    auto bytes = JsonBackup(*m_database).exportJson(options);
    const Status written = bytes ? PrivateFile::write(path, *bytes) : Status(fail(bytes.error()));
    if (!written) {
        ask::warn(this, tr("Back up"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::restoreFromBackup()
{
    const QString path = m_database->path();
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenFile().isEmpty())
        return;
    const QString backup = dialog.chosenFile();
    // Checked before the question, so a file that is no good is refused
    // while the database is still open, undo history and all.
    if (auto usable = Backups::verify(backup); !usable) {
        ask::warn(this, tr("Restore from backup"), usable.error().message);
        return;
    }
    if (!ask::confirm(this, tr("Restore from backup"),
                      tr("Replace all data in %1 with the backup %2?\n\nThe current data is kept "
                         "first, as a backup of its own (\"Before a restore\"), so you can go back "
                         "to it the same way.")
                          .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup))))
        return;

    // Nothing may have the file open while it is replaced (Backups::restore).
    releaseDatabase();
    const auto safetyCopy = Backups(path).restore(backup, QDateTime::currentDateTime());
    auto reopened = Database::open(path);
    if (!reopened) {
        // A failed restore leaves the data as it was and a restored copy was
        // verified first, so this is the disk failing; the window cannot go
        // on without a database.
        ask::warn(this, tr("Restore from backup"), reopened.error().message);
        close();
        return;
    }
    setDatabase(std::move(*reopened));
    if (!safetyCopy) {
        ask::warn(this, tr("Restore from backup"), safetyCopy.error().message);
        return;
    }
    statusBar()->showMessage(
        tr("Restored %1. The data it replaced was kept as %2.")
            .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(safetyCopy->path)));
}

void MainWindow::focusSearch()
{
    if (auto *search =
            m_stack->currentWidget()->findChild<QLineEdit *>(QStringLiteral("searchField"))) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Knutepunkt"),
        tr("Knutepunkt %1\n\nThe year of a municipal knutepunkt: departments, "
           "meetings, cases, grants and the annual summary.\n\nLicence: GNU "
           "General Public License, version 3 or later.\n\nData file: %2")
            .arg(QStringLiteral(KNUTEPUNKT_VERSION), QDir::toNativeSeparators(m_database->path())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace knutepunkt
