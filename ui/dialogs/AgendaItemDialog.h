#pragma once

#include "domain/Meetings.h"
#include "framework/RecordDialog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVariant>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace knutepunkt {

class AppContext;
struct Case;

// A case as the agenda shows it: reference and title, or only the reference
// when the case is exempt from public access.
QString caseLabel(const Case &caseRecord);

// Adds or edits one agenda item: title, presenter, the case it concerns,
// description, discussion, decision and outcome. Every save is one
// undoable change of the meeting.
class AgendaItemDialog final : public RecordDialog
{
    Q_OBJECT

public:
    // An item with id 0 is added at item.position (0: at the end).
    AgendaItemDialog(AppContext &context, const AgendaItem &item, QWidget *parent = nullptr);

    // The item's id once it is stored.
    QVariant savedKey() const { return m_savedKey; }

protected:
    Status validate() const override;
    Status save() override;

private:
    AgendaItem item() const;

    AppContext &m_context;
    AgendaItem m_original;
    QVariant m_savedKey;
    QLineEdit *m_title;
    QLineEdit *m_presenter;
    QComboBox *m_case;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_discussion;
    QPlainTextEdit *m_decision;
    QComboBox *m_outcome;
    bool m_outcomeChosen = false; // the user picked the outcome; typing a decision leaves it
};

// One meeting's agenda as a table: the number it is printed with ("12/20"),
// title, presenter, outcome and decision. A row is dragged to a new place;
// the model does not move rows itself but asks for the move
// (moveRequested), and the editor makes it in the store as one undoable
// change, after which the agenda is read again.
class AgendaModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        PresenterColumn,
        OutcomeColumn,
        DecisionColumn,
        ColumnCount
    };
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    explicit AgendaModel(QObject *parent = nullptr);

    // `movable`: rows can be dragged (false once the minutes are approved).
    void setAgenda(QList<AgendaItem> items, QHash<Id, QString> numbers, bool movable);
    const AgendaItem *itemAt(int row) const;
    int rowOf(Id itemId) const;
    QString numberOf(Id itemId) const { return m_numbers.value(itemId); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // Put the item at a 1-based position; sent after the drop has finished.
    void moveRequested(Id itemId, int newPosition);

private:
    QList<AgendaItem> m_items;
    QHash<Id, QString> m_numbers;
    bool m_movable = true;
};

} // namespace knutepunkt
