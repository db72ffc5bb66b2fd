#include "dialogs/ReflectionDialog.h"

#include "domain/Validation.h"
#include "framework/AppContext.h"
#include "storage/ActivityStore.h"
#include "storage/OrganisationStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <functional>

namespace knutepunkt {

ReflectionDialog::ReflectionDialog(AppContext &context, Id id, QWidget *parent)
    : RecordDialog(id ? tr("Edit reflection") : tr("New reflection"), parent)
    , m_context(context)
    , m_id(id)
    , m_department(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_theme(new QLineEdit(this))
    , m_proudOf(new QPlainTextEdit(this))
    , m_lessons(new QPlainTextEdit(this))
{
    addField(QStringLiteral("department"), tr("&Department:"), m_department);
    m_year->setRange(validation::FirstYear, validation::LastYear);
    m_year->setValue(context.year());
    addField(QStringLiteral("year"), tr("&Year:"), m_year);
    m_theme->setPlaceholderText(tr("e.g. Cooperation across services"));
    addField(QStringLiteral("theme"), tr("&Theme:"), m_theme);
    for (QPlainTextEdit *edit : {m_proudOf, m_lessons}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(90);
    }
    m_proudOf->setPlaceholderText(tr("What went well this year"));
    addField(QStringLiteral("proud_of"), tr("&Proud of:"), m_proudOf);
    m_lessons->setPlaceholderText(tr("What we take with us"));
    addField(QStringLiteral("lessons_learned"), tr("&Lessons learned:"), m_lessons);

    // The store has no look-up by id: find the reflection among all of them.
    std::optional<Reflection> existing;
    if (id) {
        for (const Reflection &r : ActivityStore(context.database()).reflections()) {
            if (r.id == id)
                existing = r;
        }
    }
    if (existing) {
        {
            QSignalBlocker blocker(m_year);
            m_year->setValue(existing->year);
        }
        fillDepartments(existing->departmentId);
        m_theme->setText(existing->theme);
        m_proudOf->setPlainText(existing->proudOf);
        m_lessons->setPlainText(existing->lessonsLearned);
    } else {
        fillDepartments(0);
    }
    connect(m_year, &QSpinBox::valueChanged, this,
            [this] { fillDepartments(m_department->currentData().toLongLong()); });
    resize(520, sizeHint().height());
}

void ReflectionDialog::setDepartment(Id departmentId)
{
    const int index = m_department->findData(QVariant(qint64(departmentId)));
    if (index >= 0)
        m_department->setCurrentIndex(index);
}

void ReflectionDialog::fillDepartments(Id selected)
{
    const int year = m_year->value();
    const QList<Department> all = OrganisationStore(m_context.database()).departments();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("(choose a department)"), QVariant(qint64(0)));
    std::function<void(Id, int)> add = [&](Id parent, int depth) {
        for (const Department &d : all) {
            if (d.parentId != parent)
                continue;
            if (d.existsIn(year) || d.id == selected)
                m_department->addItem(QString(depth * 4, QLatin1Char(' ')) + d.name, QVariant(qint64(d.id)));
            add(d.id, depth + 1);
        }
    };
    add(0, 0);
    const int index = m_department->findData(QVariant(qint64(selected)));
    m_department->setCurrentIndex(index >= 0 ? index : 0);
}

Reflection ReflectionDialog::fromFields() const
{
    Reflection r;
    r.id = m_id;
    r.departmentId = m_department->currentData().toLongLong();
    r.year = m_year->value();
    r.theme = m_theme->text().trimmed();
    r.proudOf = m_proudOf->toPlainText().trimmed();
    r.lessonsLearned = m_lessons->toPlainText().trimmed();
    return r;
}

Status ReflectionDialog::validate() const
{
    return validation::check(fromFields());
}

Status ReflectionDialog::save()
{
    const Reflection r = fromFields();
    ActivityStore store(m_context.database());
    auto result = m_context.saveRecord(
        m_id ? tr("Edit reflection %1").arg(r.theme) : tr("Add reflection %1").arg(r.theme),
        QStringLiteral("reflections"), m_id, [&] { return store.addReflection(r); },
        [&] { return store.updateReflection(r); });
    if (!result)
        return fail(result.error());
    Q_EMIT saved(*result);
    return {};
}

} // namespace knutepunkt
