#include "party/memberlistmodel.h"

#include "party/maskholder.h"
#include "party/partycodes.h"
#include "party/partyrules.h"
#include "roster/privacymask.h"

#include <QBrush>
#include <QColor>

namespace cd {

MemberListModel::MemberListModel(MaskHolder &masks, QObject *parent) : QAbstractTableModel(parent), m_masks(masks) {}

void MemberListModel::setRows(std::vector<PartyMemberRow> rows, QDate day)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_day = day;
    m_shown = std::min<int>(batchSize, int(m_rows.size()));
    endResetModel();
}

void MemberListModel::clear()
{
    setRows({}, m_day);
}

void MemberListModel::maskChanged()
{
    if (m_shown > 0)
        emit dataChanged(index(0, IdNumber), index(m_shown - 1, Phone));
}

void MemberListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_shown > 0)
        emit dataChanged(index(0, 0), index(m_shown - 1, ColumnCount - 1));
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int MemberListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MemberListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < int(m_rows.size());
}

void MemberListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const int more = std::min<int>(batchSize, int(m_rows.size()) - m_shown);
    if (more <= 0)
        return;
    beginInsertRows(QModelIndex(), m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const PartyMemberRow &r = m_rows[std::size_t(index.row())];
    const PartyMember &m = r.member;
    const bool overdue = partyrules::isProbationOverdue(m, m_day);
    const bool lost = partyrules::isLostContact(m.lastContact, m_day);
    if (role == Qt::ForegroundRole && (index.column() == Flags || index.column() == Status) && (overdue || lost))
        return QBrush(QColor(0xc62828));
    if (role == Qt::UserRole)
        return m.id;
    if (role != Qt::DisplayRole)
        return {};
    const auto day = [](QDate d) { return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString(); };
    switch (index.column()) {
    case Name:
        return r.name;
    case Sex:
        return r.sex == QLatin1String("M") ? tr("Male") : r.sex == QLatin1String("F") ? tr("Female") : QString();
    case Age: {
        const int age = partyrules::ageOn(r.birthDate, m_day);
        return age >= 0 ? QVariant(age) : QVariant();
    }
    case IdNumber:
        return m_masks.mask().display(PrivacyMask::IdNumber, r.idNumber, m.personId);
    case Phone:
        return m_masks.mask().display(PrivacyMask::Phone, r.phone, m.personId);
    case Status:
        return PartyCodes::label(PartyCodes::List::MemberStatus,
                                 partyrules::isFullOn(m, m_day) ? u"full" : u"probationary");
    case Joined:
        return day(m.joined);
    case FullDate:
        return day(m.fullDate);
    case Organisation:
        return r.orgName;
    case Workplace:
        return r.companyName.isEmpty() ? r.workplace : r.companyName;
    case Registered:
        return day(m.registeredOn);
    case Mobile:
        return m.mobile ? (m.mobileTo.isEmpty() ? tr("Mobile") : tr("Mobile: %1").arg(m.mobileTo)) : QString();
    case LastContact:
        return day(m.lastContact);
    case Flags: {
        QStringList flags;
        if (overdue)
            flags << tr("Conversion overdue");
        if (lost)
            flags << tr("Out of contact");
        if (!r.resident)
            flags << tr("Non-resident");
        return flags.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Sex: return tr("Sex");
    case Age: return tr("Age");
    case IdNumber: return tr("ID number");
    case Phone: return tr("Phone");
    case Status: return tr("Status");
    case Joined: return tr("Joined");
    case FullDate: return tr("Full member since");
    case Organisation: return tr("Organisation");
    case Workplace: return tr("Workplace");
    case Registered: return tr("Registered");
    case Mobile: return tr("Mobile");
    case LastContact: return tr("Last contact");
    case Flags: return tr("Flags");
    default: return {};
    }
}

} // namespace cd
