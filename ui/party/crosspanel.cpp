#include "party/crosspanel.h"

#include "common/clock.h"
#include "party/crossappointmentstore.h"
#include "party/crossdialog.h"
#include "session/appsession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

CrossPanel::CrossPanel(AppSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_new(new QPushButton(this)), m_end(new QPushButton(this)),
      m_showEnded(new QCheckBox(this)), m_count(new QLabel(this)), m_table(new QTableWidget(0, 7, this))
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_end);
    buttons->addWidget(m_showEnded);
    buttons->addStretch();
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_new, &QPushButton::clicked, this, &CrossPanel::newAppointment);
    connect(m_end, &QPushButton::clicked, this, &CrossPanel::endAppointment);
    connect(m_showEnded, &QCheckBox::toggled, this, &CrossPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_end->setEnabled(!m_table->selectedItems().isEmpty()); });
    retranslateUi();
}

void CrossPanel::retranslateUi()
{
    m_new->setText(tr("New cross-appointment…"));
    m_end->setText(tr("End…"));
    m_showEnded->setText(tr("Show ended"));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Party member"), tr("From"), tr("Post in"), tr("Post"),
                                        tr("Since"), tr("Until")});
    if (m_session.isOpen())
        refresh();
}

void CrossPanel::clear()
{
    m_table->setRowCount(0);
    m_count->clear();
}

void CrossPanel::refresh()
{
    m_table->setRowCount(0);
    m_end->setEnabled(false);
    const QDate today = SystemClock().now().date();
    const Result<std::vector<CrossAppointmentRow>> rows =
        CrossAppointmentStore(m_session.database()).list(m_showEnded->isChecked() ? QDate() : today);
    if (!rows) {
        m_count->setText(rows.message());
        return;
    }
    const auto day = [](QDate d) { return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString(); };
    m_table->setRowCount(int(rows->size()));
    int row = 0;
    for (const CrossAppointmentRow &r : *rows) {
        const CrossAppointment &a = r.appointment;
        const QStringList cells = {r.personName, r.personIsPartyMember ? tr("Yes") : QString(), r.fromText, r.toText,
                                   a.post, day(a.since), day(a.until)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!a.isCurrentOn(today))
                item->setForeground(QColor(0x8a8f98));
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, a.id);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n appointment(s)", nullptr, m_table->rowCount()));
}

void CrossPanel::newAppointment()
{
    CrossDialog dialog(m_session.database(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit dataChanged();
    refresh();
}

void CrossPanel::endAppointment()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    const qint64 id = m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    const QDate today = SystemClock().now().date();
    if (QMessageBox::question(this, tr("End cross-appointment"),
                              tr("End this appointment on %1?").arg(today.toString(QStringLiteral("yyyy-MM-dd"))))
        != QMessageBox::Yes)
        return;
    if (const Status ended = CrossAppointmentStore(m_session.database()).end(id, today); !ended)
        return (void)QMessageBox::warning(this, tr("End cross-appointment"), ended.message());
    emit dataChanged();
    refresh();
}

} // namespace cd
