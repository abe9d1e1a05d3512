#pragma once

#include "workflow/workflowtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace cd {

/// The fixed rules of the 五单 loop: stable codes of every value, their labels,
/// and which step may follow which.
///
/// Codes are what the database, the CLI and scripts use; they never change with
/// the language. Parsing also accepts the Chinese terms residents and offices use
/// (上门, 普通, 满意 ...), since that is how such data arrives.
class WorkflowRules
{
    Q_DECLARE_TR_FUNCTIONS(cd::WorkflowRules)

public:
    static QList<RequestState> allStates();
    static QString code(RequestState state);
    static std::optional<RequestState> stateFromCode(const QString &code);
    static QString label(RequestState state);

    /// The steps that may follow `state`, in the order they are offered.
    /// dispatched → dispatched re-dispatches to another handler; rated with 不满意
    /// is recorded and then reopens to dispatched (重办) in the same step.
    static QList<RequestState> allowedNext(RequestState state);
    static bool canMove(RequestState from, RequestState to);
    /// Whether the request still waits for someone (not returned, not closed).
    static bool isOpen(RequestState state);
    /// "accepted, returned" — the codes of allowedNext(), or "none" for a closed request.
    static QString allowedNextText(RequestState state);

    static QList<Severity> allSeverities();
    static QString code(Severity severity);
    static std::optional<Severity> severityFromCode(const QString &codeOrTerm);
    static QString label(Severity severity);

    static QList<Channel> allChannels();
    static QString code(Channel channel);
    static std::optional<Channel> channelFromCode(const QString &codeOrTerm);
    static QString label(Channel channel);

    static QList<Rating> allRatings();
    static QString code(Rating rating);
    static std::optional<Rating> ratingFromCode(const QString &codeOrTerm);
    static QString label(Rating rating);

    static QList<HandlerKind> allHandlerKinds();
    static QString code(HandlerKind kind);
    static std::optional<HandlerKind> handlerKindFromCode(const QString &code);
    static QString label(HandlerKind kind);

    static QString code(PlaceKind kind);
    static std::optional<PlaceKind> placeKindFromCode(const QString &code);

    static QString code(DeadlineColour colour);
};

} // namespace cd
