#pragma once

#include "util/Result.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace knutepunkt {

class AppContext;
class Database;
class NoticeBar;
class Page;

// The main window: navigation between the pages, the year every page
// follows, and the File / Edit / Help menus. Changes are saved as they are
// made; Edit → Undo takes them back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }
    AppContext &context() const { return *m_context; }
    QList<Page *> pages() const { return m_pages; }
    void showPage(int index);
    // The strips above the pages: read-only, and a network share's warning.
    NoticeBar *readOnlyBar() const { return m_readOnlyBar; }
    NoticeBar *networkShareBar() const { return m_networkShareBar; }
    // The example year in its own file in the data folder, created on first use.
    static QString examplePath();
    static Result<std::unique_ptr<Database>> openExampleYear();

    // Replaces the open database (File → New / Open).
    void setDatabase(std::unique_ptr<Database> database);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildNavigation();
    void createUndoActions();
    void createPages();
    void retranslate();
    void openSettings();
    void updateTitle();
    // Bars and menu actions for a read-only database (or not).
    void applyAccess();
    void rebuildRecentMenu();
    void newDatabase();
    void openDatabase();
    void openFile(const QString &path);
    void openExample();
    void importCsv();
    void exportCsv();
    void backUp();
    void restoreFromBackup();
    // Pages, undo history and the connection go: no database is open after.
    void releaseDatabase();
    void focusSearch();
    void showAbout();
    int initialYear() const;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    QList<Page *> m_pages;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_yearLabel = nullptr;
    QToolBar *m_yearToolbar = nullptr;
    bool m_retranslatePending = false;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_restoreAction = nullptr;
    NoticeBar *m_readOnlyBar = nullptr;
    NoticeBar *m_networkShareBar = nullptr;
};

} // namespace knutepunkt
