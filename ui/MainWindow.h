#pragma once

#include <QMainWindow>

#include <memory>

namespace knutepunkt {

class Database;

// The main window. For now it shows which database is open and what it holds;
// the pages for each part of the year come with the desktop issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_database; }

private:
    void buildMenus();
    void showAbout();

    std::unique_ptr<Database> m_database;
};

} // namespace knutepunkt
