#include "roster/rosterfilterbar.h"

#include "roster/rosterform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QTimer>

namespace cd {

RosterFilterBar::RosterFilterBar(QWidget *parent)
    : QWidget(parent),
      m_search(new QLineEdit(this)),
      m_tag(new QComboBox(this)),
      m_political(new QComboBox(this)),
      m_grid(new QComboBox(this)),
      m_occupancy(new QComboBox(this)),
      m_archived(new QCheckBox(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("rosterFilterBar"));
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    m_grid->addItem(QString(), qint64(0));
    // Narrow boxes; the lists open as wide as their longest entry (see retranslateUi()).
    for (QComboBox *box : {m_tag, m_political, m_grid, m_occupancy}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_tag);
    layout->addWidget(m_political);
    layout->addWidget(m_grid);
    layout->addWidget(m_occupancy);
    layout->addWidget(m_archived);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RosterFilterBar::queryChanged);
    for (QComboBox *box : {m_tag, m_political, m_grid, m_occupancy})
        connect(box, &QComboBox::currentIndexChanged, this, &RosterFilterBar::queryChanged);
    connect(m_archived, &QCheckBox::toggled, this, &RosterFilterBar::queryChanged);
    retranslateUi();
}

void RosterFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search: name, ID number, phone, room (3-2-501), pinyin (zsf)"));
    m_search->setToolTip(tr("Several words must all match, e.g. \"3-2 wang\". Digits find ID numbers and "
                            "phones; Latin letters find pinyin and initials."));
    // Filled without signals: the choice (a code) stays the same, only the labels change.
    rosterform::fillCodes(m_tag, RosterCodes::List::Tag, tr("All groups"));
    rosterform::fillCodes(m_political, RosterCodes::List::PoliticalStatus, tr("Any political status"));
    rosterform::fillCodes(m_occupancy, RosterCodes::List::Occupancy, tr("Any occupancy"));
    m_grid->setItemText(0, tr("All grids"));
    m_archived->setText(tr("Include archived"));
    widenPopups();
}

void RosterFilterBar::widenPopups()
{
    for (QComboBox *box : {m_tag, m_political, m_grid, m_occupancy}) {
        // As wide as "Any political status"; the open list shows the longest entry whole.
        // Contents length counts average Latin characters: a Han character takes about two.
        const QString first = box->count() ? box->itemText(0) : QString();
        int length = 0;
        for (const QChar c : first)
            length += c.unicode() >= 0x2E80 ? 2 : 1;
        box->setMinimumContentsLength(qMax(8, length));
        box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
    }
}

void RosterFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RosterFilterBar::setGrids(const std::vector<Grid> &grids)
{
    const qint64 keep = m_grid->currentData().toLongLong();
    const QSignalBlocker blocker(m_grid);
    while (m_grid->count() > 1)
        m_grid->removeItem(1);
    for (const Grid &g : grids)
        m_grid->addItem(g.name, g.id);
    const int at = m_grid->findData(keep);
    m_grid->setCurrentIndex(at >= 0 ? at : 0);
    widenPopups();
    if (at < 0 && keep != 0)
        emit queryChanged(); // the grid chosen is gone
}

void RosterFilterBar::applyTo(PeopleQuery &query) const
{
    query.text = m_search->text();
    query.tag = rosterform::currentCode(m_tag);
    query.politicalStatus = rosterform::currentCode(m_political);
    query.gridId = m_grid->currentData().toLongLong();
    query.occupancy = rosterform::currentCode(m_occupancy);
    query.includeArchived = m_archived->isChecked();
}

void RosterFilterBar::clear()
{
    {
        const QSignalBlocker a(m_search), b(m_tag), c(m_political), d(m_grid), e(m_occupancy), f(m_archived);
        m_search->clear();
        for (QComboBox *box : {m_tag, m_political, m_grid, m_occupancy})
            box->setCurrentIndex(0);
        m_archived->setChecked(false);
    }
    m_debounce->stop();
    emit queryChanged();
}

} // namespace cd
