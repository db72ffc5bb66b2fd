#include "framework/ReadOnlyMode.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>
#include <QWidget>

namespace knutepunkt::readOnly {

namespace {

const char *const ViewOnlyProperty = "knutepunktViewOnly";
const char *const LockedProperty = "knutepunktReadOnly";
const char *const DoneProperty = "knutepunktReadOnlyDone";

bool isViewOnly(const QObject *object)
{
    for (; object; object = object->parent()) {
        if (object->property(ViewOnlyProperty).toBool())
            return true;
    }
    return false;
}

// Keeps a disabled control disabled when its page enables it again (after a
// change of selection, say), and locks menus and widgets made later.
class Keeper final : public QObject
{
public:
    using QObject::QObject;

    static Keeper *instance()
    {
        static QPointer<Keeper> keeper;
        if (!keeper)
            keeper = new Keeper;
        return keeper;
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            if (auto *widget = qobject_cast<QWidget *>(watched); widget && widget->isEnabled())
                widget->setEnabled(false);
        } else if (event->type() == QEvent::ChildPolished) {
            // A context menu or a row's editor created after the lock.
            auto *child = static_cast<QChildEvent *>(event)->child();
            if (auto *widget = qobject_cast<QWidget *>(child))
                lockTree(widget);
        }
        return false;
    }

    void keepDisabled(QWidget *widget)
    {
        widget->setEnabled(false);
        widget->installEventFilter(this);
    }

    void keepDisabled(QAction *action)
    {
        action->setEnabled(false);
        connect(action, &QAction::changed, this, [action] {
            if (action->isEnabled())
                action->setEnabled(false);
        });
    }

    void lockTree(QWidget *root)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : std::as_const(widgets)) {
            if (widget->property(DoneProperty).toBool() || isViewOnly(widget))
                continue;
            widget->setProperty(DoneProperty, true);
            lockOne(widget);
        }
    }

private:
    void lockOne(QWidget *widget)
    {
        for (QAction *action : widget->actions()) {
            if (!action->property(DoneProperty).toBool() && !action->isSeparator() &&
                !action->property(ViewOnlyProperty).toBool()) {
                action->setProperty(DoneProperty, true);
                keepDisabled(action);
            }
        }
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setReadOnly(true);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            plain->setReadOnly(true);
        } else if (auto *rich = qobject_cast<QTextEdit *>(widget)) {
            rich->setReadOnly(true);
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            spin->setReadOnly(true);
        } else if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)) {
            // A combo box's own line edit is covered by the combo box.
            keepDisabled(widget);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            // Lists stay usable for reading; no editing in place, no dragging rows.
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
        }
    }
};

} // namespace

void markViewOnly(QWidget *widget)
{
    widget->setProperty(ViewOnlyProperty, true);
}

void markViewOnly(QAction *action)
{
    action->setProperty(ViewOnlyProperty, true);
}

void lock(QWidget *root)
{
    root->setProperty(LockedProperty, true);
    Keeper *keeper = Keeper::instance();
    keeper->lockTree(root);
    if (!root->property("knutepunktReadOnlyWatched").toBool()) {
        root->setProperty("knutepunktReadOnlyWatched", true);
        root->installEventFilter(keeper);
    }
}

bool isLocked(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (widget->property(LockedProperty).toBool())
            return true;
    }
    return false;
}

} // namespace knutepunkt::readOnly
