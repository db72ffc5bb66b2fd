#include "WelcomeDialog.h"

#include "framework/RecentFiles.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace knutepunkt {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Knutepunkt"));

    auto *heading = new QLabel(tr("Welcome to Knutepunkt"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(tr("Plan and document the year of your knutepunkt: departments, meetings, "
                                "cases, grants and the annual summary. Everything is kept in one file "
                                "on this computer."),
                             this);
    intro->setWordWrap(true);

    auto *create = new QCommandLinkButton(tr("Start a new database"),
                                          tr("An empty database in your data folder, ready for this year."), this);
    create->setObjectName(QStringLiteral("newDatabaseButton"));
    auto *open = new QCommandLinkButton(tr("Open an existing file…"),
                                        tr("A Knutepunkt database someone has shared with you."), this);
    open->setObjectName(QStringLiteral("openFileButton"));
    auto *example = new QCommandLinkButton(tr("Open the example year"),
                                           tr("Knutepunkt Strømsø 2020, to look around without risk."), this);
    example->setObjectName(QStringLiteral("exampleButton"));
    connect(create, &QPushButton::clicked, this, [this] { choose(Choice::NewDatabase); });
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::OpenFile); });
    connect(example, &QPushButton::clicked, this, [this] { choose(Choice::Example); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(example);

    const QStringList recent = RecentFiles::list();
    if (!recent.isEmpty()) {
        auto *recentLabel = new QLabel(tr("&Recent files:"), this);
        recentLabel->setBuddy(m_recent);
        m_recent->setObjectName(QStringLiteral("recentFiles"));
        for (const QString &path : recent)
            m_recent->addItem(QDir::toNativeSeparators(path));
        connect(m_recent, &QListWidget::itemActivated, this, [this, recent](QListWidgetItem *item) {
            m_recentPath = recent.value(m_recent->row(item));
            choose(Choice::Recent);
        });
        auto *clear = new QPushButton(tr("&Clear recent files"), this);
        clear->setObjectName(QStringLiteral("clearRecentButton"));
        connect(clear, &QPushButton::clicked, this, [this, recentLabel, clear] {
            RecentFiles::clear();
            m_recent->hide();
            recentLabel->hide();
            clear->hide();
        });
        layout->addWidget(recentLabel);
        layout->addWidget(m_recent);
        layout->addWidget(clear, 0, Qt::AlignLeft);
    } else {
        m_recent->hide();
    }
    resize(560, sizeHint().height());
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace knutepunkt
