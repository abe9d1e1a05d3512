#include "meeting/meetingtypes.h"

namespace cd {

namespace {

template <typename Enum, size_t N>
bool parseCode(const QString &code, const std::pair<Enum, const char *> (&table)[N], Enum *out)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.second)) {
            *out = entry.first;
            return true;
        }
    }
    return false;
}

template <typename Enum, size_t N>
QString codeOf(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return QString();
}

const std::pair<MeetingKind, const char *> kindCodes[] = {
    {MeetingKind::Joint, "joint"},
    {MeetingKind::ResidentsForum, "residents_forum"},
    {MeetingKind::AssemblyPrep, "assembly_prep"},
    {MeetingKind::Other, "other"},
};
const std::pair<MeetingParty, const char *> partyCodes[] = {
    {MeetingParty::PartyCommittee, "party_committee"},
    {MeetingParty::ResidentsCommittee, "residents_committee"},
    {MeetingParty::OwnersCommittee, "owners_committee"},
    {MeetingParty::Property, "property"},
    {MeetingParty::Other, "other"},
};
const std::pair<AttendanceStatus, const char *> statusCodes[] = {
    {AttendanceStatus::Present, "present"},
    {AttendanceStatus::Leave, "leave"},
    {AttendanceStatus::Observer, "observer"},
};

} // namespace

QString MeetingCodes::code(MeetingKind kind) { return codeOf(kind, kindCodes); }
QString MeetingCodes::code(MeetingParty party) { return codeOf(party, partyCodes); }
QString MeetingCodes::code(AttendanceStatus status) { return codeOf(status, statusCodes); }
bool MeetingCodes::parse(const QString &code, MeetingKind *kind) { return parseCode(code, kindCodes, kind); }
bool MeetingCodes::parse(const QString &code, MeetingParty *party) { return parseCode(code, partyCodes, party); }
bool MeetingCodes::parse(const QString &code, AttendanceStatus *status) { return parseCode(code, statusCodes, status); }

QString MeetingCodes::label(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Joint: return tr("Joint party-building meeting");
    case MeetingKind::ResidentsForum: return tr("Residents' forum");
    case MeetingKind::AssemblyPrep: return tr("Owners' assembly preparatory meeting");
    case MeetingKind::Other: return tr("Other meeting");
    }
    return QString();
}

QString MeetingCodes::label(MeetingParty party)
{
    switch (party) {
    case MeetingParty::PartyCommittee: return tr("Community party organisation");
    case MeetingParty::ResidentsCommittee: return tr("Residents' committee");
    case MeetingParty::OwnersCommittee: return tr("Owners' committee");
    case MeetingParty::Property: return tr("Property service company");
    case MeetingParty::Other: return tr("Other units");
    }
    return QString();
}

QString MeetingCodes::label(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return tr("Present");
    case AttendanceStatus::Leave: return tr("On leave");
    case AttendanceStatus::Observer: return tr("Attending as observer");
    }
    return QString();
}

} // namespace cd
