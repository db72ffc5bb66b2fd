#pragma once

#include <QVariant>
#include <QWidget>

namespace knutepunkt {

class AppContext;

// One page of the main window (Departments, Grants, …). It follows the
// context's year and reloads when the data changes — lazily, when it is next
// shown, so hidden pages cost nothing.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(AppContext &context, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // Re-reads everything shown from the database.
    virtual void reload() = 0;

    // Input typed but not saved yet, for the page that replaces this one
    // when the window rebuilds itself (a change of language). Most pages save
    // as they go and have none.
    virtual QVariant unsavedInput() const { return {}; }
    virtual void restoreUnsavedInput(const QVariant &input) { Q_UNUSED(input); }

protected:
    AppContext &context() const { return m_context; }
    // Makes `content` the whole page, scrolling when it is taller than the
    // window. `scrollName` is the scroll area's object name.
    void setScrollingContent(QWidget *content, const QString &scrollName);
    void showEvent(QShowEvent *event) override;

private:
    void markStale();
    // reload(), then the read-only lock when the database is read-only.
    void reloadAndLock();

    AppContext &m_context;
    bool m_stale = true;
};

} // namespace knutepunkt
