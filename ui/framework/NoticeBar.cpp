#include "framework/NoticeBar.h"

#include "framework/ReadOnlyMode.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace knutepunkt {

NoticeBar::NoticeBar(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Fixed colours with dark text, readable in light and dark themes; the
    // icon and the words carry the meaning for those who cannot tell colours.
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     kind == Kind::Warning ? QColor(0xFF, 0xE8, 0xA3) : QColor(0xD6, 0xE8, 0xFA));
    colours.setColor(QPalette::WindowText, QColor(0x1A, 0x1A, 0x1A));
    setPalette(colours);

    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    m_icon->setPixmap(style()
                          ->standardIcon(kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                               : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("noticeText"));
    QFont bold = m_text->font();
    bold.setBold(kind == Kind::Information);
    m_text->setFont(bold);

    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));
    m_close->setObjectName(QStringLiteral("noticeClose"));
    m_close->hide();
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    // Putting a message away changes nothing in the data.
    readOnly::markViewOnly(this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
}

void NoticeBar::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString NoticeBar::text() const
{
    return m_text->text();
}

void NoticeBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

} // namespace knutepunkt
