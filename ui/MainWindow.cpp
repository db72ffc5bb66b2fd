#include "MainWindow.h"

#include "storage/Database.h"
#include "storage/ActivityStore.h"
#include "storage/CaseStore.h"
#include "storage/EconomyStore.h"
#include "storage/MeetingStore.h"
#include "storage/OrganisationStore.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace knutepunkt {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString fileName = QFileInfo(m_database->path()).fileName();
    setWindowTitle(tr("%1 – Knutepunkt").arg(fileName));

    OrganisationStore organisation(*m_database);
    const Unit unit = organisation.unit();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(central);
    heading->setObjectName(QStringLiteral("unitHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setText(unit.name.isEmpty() ? tr("New knutepunkt") : unit.name);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    // What the file holds, so a user can tell at a glance that it is the right one.
    auto *figures = new QFormLayout;
    figures->setObjectName(QStringLiteral("holdings"));
    auto addFigure = [&](const QString &label, qsizetype count, const char *name) {
        auto *value = new QLabel(QLocale().toString(count), central);
        value->setObjectName(QString::fromLatin1(name));
        figures->addRow(label, value);
    };
    addFigure(tr("Departments:"), organisation.departments().size(), "departmentCount");
    addFigure(tr("Staff:"), organisation.staff().size(), "staffCount");
    addFigure(tr("Development activities:"), ActivityStore(*m_database).activities().size(), "activityCount");
    addFigure(tr("Meetings:"), MeetingStore(*m_database).meetings().size(), "meetingCount");
    addFigure(tr("Cases:"), CaseStore(*m_database).cases().size(), "caseCount");
    addFigure(tr("Grants:"), EconomyStore(*m_database).grants().size(), "grantCount");
    layout->addLayout(figures);
    layout->addStretch();
    setCentralWidget(central);

    statusBar()->showMessage(QDir::toNativeSeparators(m_database->path()));
    buildMenus();
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Knutepunkt"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Knutepunkt"),
                       tr("Knutepunkt %1\n\nThe year of a municipal knutepunkt: departments, "
                          "meetings, cases, grants and the annual summary.\n\nLicence: GNU "
                          "General Public License, version 3 or later.\n\nData file: %2")
                           .arg(QStringLiteral(KNUTEPUNKT_VERSION),
                                QDir::toNativeSeparators(m_database->path())));
}

} // namespace knutepunkt
