// The election's vetting conditions: eligibility conditions and disqualifiers, edited while preparing.
#include "election/candidatestep.h"

#include "election/electionstore.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QTableWidget>

namespace cd {

bool CandidateStep::addCondition(const QString &kind, const QString &text)
{
    ElectionCondition condition;
    condition.kind = kind;
    condition.text = text.trimmed();
    condition.position = int(m_conditionList.size()) + 1;
    if (!hasElection() || !check(store()->addCondition(election().id, condition).status()))
        return false;
    emit dataWritten();
    return true;
}

bool CandidateStep::removeCondition(qint64 conditionId)
{
    if (!hasElection() || !check(store()->removeCondition(election().id, conditionId)))
        return false;
    emit dataWritten();
    return true;
}

void CandidateStep::askAddCondition()
{
    const QStringList kinds = {tr("Eligibility condition (must be met)"), tr("Disqualifier (must not apply)")};
    bool ok = false;
    const QString kind = QInputDialog::getItem(this, tr("Add condition"), tr("Kind:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    const QString text = QInputDialog::getText(this, tr("Add condition"), tr("Condition:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        addCondition(kind == kinds.at(0) ? QStringLiteral("eligibility") : QStringLiteral("disqualifier"), text);
}

void CandidateStep::removeSelectedCondition()
{
    const QList<QTableWidgetItem *> selected = m_conditions->selectedItems();
    if (selected.isEmpty())
        return;
    removeCondition(m_conditions->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong());
}

} // namespace cd
