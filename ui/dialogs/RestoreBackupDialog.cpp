#include "dialogs/RestoreBackupDialog.h"

#include "framework/Confirm.h"
#include "framework/Display.h"
#include "storage/Backups.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace knutepunkt {

namespace {

QString describeReason(const QString &reason)
{
    if (reason.isEmpty())
        return RestoreBackupDialog::tr("Daily");
    if (reason == Backups::BeforeMigration)
        return RestoreBackupDialog::tr("Before an upgrade");
    if (reason == Backups::BeforeRestore)
        return RestoreBackupDialog::tr("Before a restore");
    return reason;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));

    const Backups backups(databasePath);
    const QList<BackupFile> files = backups.list();
    auto *intro = new QLabel(
        files.isEmpty()
            ? tr("There are no backups of %1 in %2 yet. Choose another file to restore from.")
                  .arg(QFileInfo(databasePath).fileName(),
                       QDir::toNativeSeparators(backups.folder()))
            : tr("Backups of %1, newest first. One is made on each day the database is opened, "
                 "and one before every upgrade and every restore.")
                  .arg(QFileInfo(databasePath).fileName()),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Made"), tr("Kind"), tr("Size")});
    for (const BackupFile &file : files) {
        auto *item =
            new QTreeWidgetItem(m_list, {display::dateTime(file.time), describeReason(file.reason),
                                         display::fileSize(file.size)});
        item->setData(0, Qt::UserRole, file.path);
        item->setToolTip(0, QDir::toNativeSeparators(file.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setVisible(!files.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFileButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOtherFile);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreBackupDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    setMinimumWidth(460);

    if (!files.isEmpty())
        selectBackup(0);
    updateButtons();
}

int RestoreBackupDialog::backupCount() const
{
    return m_list->topLevelItemCount();
}

void RestoreBackupDialog::selectBackup(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

QString RestoreBackupDialog::chosenFile() const
{
    if (!m_otherFile.isEmpty())
        return m_otherFile;
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(0, Qt::UserRole).toString();
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString file = ask::openFileName(this, tr("Restore from backup"),
                                           tr("Knutepunkt databases (*.sqlite);;All files (*)"));
    if (file.isEmpty())
        return;
    m_otherFile = file;
    accept();
}

void RestoreBackupDialog::updateButtons()
{
    m_restore->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace knutepunkt
