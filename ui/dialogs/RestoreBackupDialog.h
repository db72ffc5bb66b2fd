#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace knutepunkt {

// File → Restore from backup…: this database's backups (from core's
// Backups::list), newest first, or another file picked with "Other file…".
// It only chooses; MainWindow asks for confirmation and restores.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    int backupCount() const;
    // Selects the backup in `row` of the list (0 = the newest).
    void selectBackup(int row);
    // The file to restore from: the selected backup or the other file chosen.
    QString chosenFile() const;
    // Asks for another file (ask::openFileName) and accepts when one is given.
    void chooseOtherFile();

private:
    void updateButtons();

    QTreeWidget *m_list;
    QPushButton *m_restore;
    QString m_otherFile;
};

} // namespace knutepunkt
