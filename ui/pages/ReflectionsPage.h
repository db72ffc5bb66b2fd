#pragma once

#include "framework/ListPage.h"

#include <QHash>

class QComboBox;

namespace knutepunkt {

// The departments' "proud of / lessons learned" rows for the year.
class ReflectionsPage final : public ListPage
{
    Q_OBJECT

public:
    explicit ReflectionsPage(AppContext &context, QWidget *parent = nullptr);
    QString title() const override { return tr("Reflections"); }
    void reload() override;

protected:
    QList<TableRow> loadRows() override;
    void addRecord() override;
    void editRecord(const QVariant &key) override;
    void deleteRecord(const QVariant &key) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QComboBox *m_departmentFilter;
    // Full texts per reflection and column, shown as tooltips.
    QHash<qint64, QStringList> m_tips;
};

} // namespace knutepunkt
