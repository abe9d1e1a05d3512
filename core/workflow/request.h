#pragma once

#include "workflow/workflowtypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace cd {

/// One 五单 request (诉求) as stored, with the names of what it refers to.
/// Ids are 0 where nothing is linked. Times are naive local times (see Clock).
struct Request
{
    qint64 id = 0;
    QString title;
    QString description;
    Channel channel = Channel::Phone;
    qint64 categoryId = 0;
    QString categoryName;
    Severity severity = Severity::Ordinary;

    qint64 personId = 0;     ///< who raised it
    QString personName;
    qint64 householdId = 0;  ///< the dwelling of that person's household
    PlaceKind placeKind = PlaceKind::Public;
    qint64 dwellingId = 0;   ///< place, when it is a dwelling
    qint64 buildingId = 0;   ///< place's building (also set for a dwelling)
    qint64 estateId = 0;     ///< place's estate (may be set for 公共区域)
    QString placeNote;       ///< free words, e.g. "3号楼北侧车棚"
    QString placeText;       ///< "小区 3号楼 2单元 301" built from the links

    RequestState state = RequestState::Listed;
    qint64 handlerId = 0;
    QString handlerName;

    QDateTime listedAt;
    QDateTime deadlineAt;       ///< 5341 deadline from listing; judges on-time
    QDateTime arriveDeadlineAt; ///< on-site deadline from listing
    QDateTime roundStartedAt;   ///< listing, or the latest reopening (重办)
    QDateTime roundDueAt;       ///< deadline of the current round; drives the board's colour
    QDateTime roundMetAt;       ///< when the current round met its deadline milestone
    QDateTime firstArrivedAt;
    QDateTime firstResolvedAt;
    QDateTime metAt;            ///< first resolution, or a major problem's plan
    QDateTime changedAt;        ///< time of the latest step
    QDateTime closedAt;

    QString plan;   ///< plan for a major problem
    QString result; ///< latest result given at 办结
    std::optional<Rating> rating;
    QString ratingComment;
    int reopenCount = 0;

    DeadlineColour colour = DeadlineColour::None; ///< filled for the clock it was read with
};

/// One line of a request's timeline; append-only in the database.
struct RequestEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    /// A state code, or "reopened" (不满意 sent it back), or "plan" (a major problem's plan).
    QString action;
    std::optional<RequestState> fromState; ///< none for the listing itself
    RequestState toState = RequestState::Listed;
    QString note;
    qint64 handlerId = 0;
    QString handlerName;
    std::optional<Rating> rating;
};

/// What it takes to list a new request.
struct NewRequest
{
    QString title;
    QString description;
    Channel channel = Channel::Phone;
    qint64 categoryId = 0;
    Severity severity = Severity::Ordinary;
    qint64 personId = 0;
    qint64 householdId = 0; ///< 0: the person's current dwelling, if any
    qint64 dwellingId = 0;  ///< place; 0 with buildingId 0 means 公共区域
    qint64 buildingId = 0;
    qint64 estateId = 0;
    QString placeNote;
    QDateTime listedAt;     ///< invalid: now
    QString actor;
};

/// One step of the loop. Which fields a step needs: returned → note (the reason);
/// dispatched → handlerId; resolved → note (the result); rated → rating.
struct MoveRequest
{
    RequestState to = RequestState::Accepted;
    QDateTime at;           ///< invalid: now
    QString actor;
    QString note;
    qint64 handlerId = 0;
    std::optional<Rating> rating;
};

} // namespace cd
