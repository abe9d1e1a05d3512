#include "workflow/workflowrules.h"

#include <QStringList>

namespace cd {

namespace {

// One row per value: the enum, its stable code, and the Chinese term accepted as input.
template <typename E>
struct Term
{
    E value;
    const char *code;
    const char *chinese; // UTF-8
};

const Term<RequestState> stateTerms[] = {
    {RequestState::Listed, "listed", "列单"},         {RequestState::Accepted, "accepted", "接单"},
    {RequestState::Returned, "returned", "退回"},     {RequestState::Dispatched, "dispatched", "派单"},
    {RequestState::Taken, "taken", "领单"},           {RequestState::Resolved, "resolved", "办结"},
    {RequestState::Rated, "rated", "评单"},           {RequestState::Closed, "closed", "关闭"},
};

const Term<Severity> severityTerms[] = {
    {Severity::Ordinary, "ordinary", "普通"},
    {Severity::Complex, "complex", "复杂"},
    {Severity::Major, "major", "重大"},
};

const Term<Channel> channelTerms[] = {
    {Channel::WalkIn, "walk_in", "上门"},
    {Channel::Phone, "phone", "电话"},
    {Channel::GridWorker, "grid_worker", "网格员走访"},
    {Channel::DoorKnock, "door_knock", "敲门行动"},
    {Channel::ResidentsForum, "residents_forum", "民情恳谈会"},
    {Channel::Online, "online", "线上"},
    {Channel::Hotline12345, "hotline_12345", "12345转办"},
};

const Term<Rating> ratingTerms[] = {
    {Rating::Satisfied, "satisfied", "满意"},
    {Rating::Basic, "basic", "基本满意"},
    {Rating::Unsatisfied, "unsatisfied", "不满意"},
};

const Term<HandlerKind> handlerKindTerms[] = {
    {HandlerKind::PropertyCompany, "property_company", "物业企业"},
    {HandlerKind::Utility, "utility", "公用事业单位"},
    {HandlerKind::Department, "department", "职能部门"},
    {HandlerKind::Other, "other", "其他"},
};

const Term<PlaceKind> placeKindTerms[] = {
    {PlaceKind::Dwelling, "dwelling", "房屋"},
    {PlaceKind::Building, "building", "楼栋"},
    {PlaceKind::Public, "public", "公共区域"},
};

template <typename E, size_t N>
QString codeOf(const Term<E> (&terms)[N], E value)
{
    for (const Term<E> &term : terms) {
        if (term.value == value)
            return QLatin1String(term.code);
    }
    return QString();
}

template <typename E, size_t N>
std::optional<E> parse(const Term<E> (&terms)[N], const QString &text, bool acceptChinese)
{
    const QString wanted = text.trimmed();
    for (const Term<E> &term : terms) {
        if (wanted.compare(QLatin1String(term.code), Qt::CaseInsensitive) == 0)
            return term.value;
        if (acceptChinese && wanted == QString::fromUtf8(term.chinese))
            return term.value;
    }
    return std::nullopt;
}

template <typename E, size_t N>
QList<E> valuesOf(const Term<E> (&terms)[N])
{
    QList<E> values;
    for (const Term<E> &term : terms)
        values << term.value;
    return values;
}

} // namespace

QList<RequestState> WorkflowRules::allStates() { return valuesOf(stateTerms); }
QString WorkflowRules::code(RequestState state) { return codeOf(stateTerms, state); }
std::optional<RequestState> WorkflowRules::stateFromCode(const QString &code)
{
    return parse(stateTerms, code, false);
}

QString WorkflowRules::label(RequestState state)
{
    switch (state) {
    case RequestState::Listed: return tr("Listed");
    case RequestState::Accepted: return tr("Accepted");
    case RequestState::Returned: return tr("Returned");
    case RequestState::Dispatched: return tr("Dispatched");
    case RequestState::Taken: return tr("Taken");
    case RequestState::Resolved: return tr("Resolved");
    case RequestState::Rated: return tr("Rated");
    case RequestState::Closed: return tr("Closed");
    }
    return QString();
}

QList<RequestState> WorkflowRules::allowedNext(RequestState state)
{
    using S = RequestState;
    switch (state) {
    case S::Listed: return {S::Accepted, S::Returned};
    case S::Accepted: return {S::Dispatched, S::Returned};
    // A returned request may be listed again once the resident clarified it, or closed.
    case S::Returned: return {S::Listed, S::Closed};
    // Re-dispatch when the first handler is not the right one.
    case S::Dispatched: return {S::Taken, S::Dispatched};
    case S::Taken: return {S::Resolved, S::Dispatched};
    // The owner's rating is mandatory: a resolved request cannot be closed without it.
    case S::Resolved: return {S::Rated};
    case S::Rated: return {S::Closed};
    case S::Closed: return {};
    }
    return {};
}

bool WorkflowRules::canMove(RequestState from, RequestState to)
{
    return allowedNext(from).contains(to);
}

bool WorkflowRules::isOpen(RequestState state)
{
    return state != RequestState::Returned && state != RequestState::Closed;
}

QString WorkflowRules::allowedNextText(RequestState state)
{
    QStringList codes;
    for (RequestState next : allowedNext(state))
        codes << code(next);
    return codes.isEmpty() ? QStringLiteral("none") : codes.join(QStringLiteral(", "));
}

QList<Severity> WorkflowRules::allSeverities() { return valuesOf(severityTerms); }
QString WorkflowRules::code(Severity severity) { return codeOf(severityTerms, severity); }
std::optional<Severity> WorkflowRules::severityFromCode(const QString &codeOrTerm)
{
    return parse(severityTerms, codeOrTerm, true);
}

QString WorkflowRules::label(Severity severity)
{
    switch (severity) {
    case Severity::Ordinary: return tr("Ordinary");
    case Severity::Complex: return tr("Complex");
    case Severity::Major: return tr("Major");
    }
    return QString();
}

QList<Channel> WorkflowRules::allChannels() { return valuesOf(channelTerms); }
QString WorkflowRules::code(Channel channel) { return codeOf(channelTerms, channel); }
std::optional<Channel> WorkflowRules::channelFromCode(const QString &codeOrTerm)
{
    return parse(channelTerms, codeOrTerm, true);
}

QString WorkflowRules::label(Channel channel)
{
    switch (channel) {
    case Channel::WalkIn: return tr("Walk-in");
    case Channel::Phone: return tr("Phone");
    case Channel::GridWorker: return tr("Grid worker visit");
    case Channel::DoorKnock: return tr("Door-knocking campaign");
    case Channel::ResidentsForum: return tr("Residents' forum");
    case Channel::Online: return tr("Online");
    case Channel::Hotline12345: return tr("12345 hotline referral");
    }
    return QString();
}

QList<Rating> WorkflowRules::allRatings() { return valuesOf(ratingTerms); }
QString WorkflowRules::code(Rating rating) { return codeOf(ratingTerms, rating); }
std::optional<Rating> WorkflowRules::ratingFromCode(const QString &codeOrTerm)
{
    return parse(ratingTerms, codeOrTerm, true);
}

QString WorkflowRules::label(Rating rating)
{
    switch (rating) {
    case Rating::Satisfied: return tr("Satisfied");
    case Rating::Basic: return tr("Basically satisfied");
    case Rating::Unsatisfied: return tr("Unsatisfied");
    }
    return QString();
}

QList<HandlerKind> WorkflowRules::allHandlerKinds() { return valuesOf(handlerKindTerms); }
QString WorkflowRules::code(HandlerKind kind) { return codeOf(handlerKindTerms, kind); }
std::optional<HandlerKind> WorkflowRules::handlerKindFromCode(const QString &code)
{
    return parse(handlerKindTerms, code, false);
}

QString WorkflowRules::label(HandlerKind kind)
{
    switch (kind) {
    case HandlerKind::PropertyCompany: return tr("Property company");
    case HandlerKind::Utility: return tr("Utility");
    case HandlerKind::Department: return tr("Government department");
    case HandlerKind::Other: return tr("Other unit");
    }
    return QString();
}

QString WorkflowRules::code(PlaceKind kind) { return codeOf(placeKindTerms, kind); }
std::optional<PlaceKind> WorkflowRules::placeKindFromCode(const QString &code)
{
    return parse(placeKindTerms, code, false);
}

QString WorkflowRules::code(DeadlineColour colour)
{
    switch (colour) {
    case DeadlineColour::None: return QStringLiteral("none");
    case DeadlineColour::Green: return QStringLiteral("green");
    case DeadlineColour::Yellow: return QStringLiteral("yellow");
    case DeadlineColour::Red: return QStringLiteral("red");
    }
    return QString();
}

} // namespace cd
