#pragma once

// Value types of the 五单 workflow. Every enum has a stable code stored in the
// database (see WorkflowRules); labels are translated separately.

namespace cd {

/// Where a request stands in the loop 列单 → 接单 → 派单 → 领单 → 办结 → 评单 → 关闭.
enum class RequestState {
    Listed,     ///< listed: 居民列单, raised by or for a resident
    Accepted,   ///< accepted: 业委会接单
    Returned,   ///< returned: 退回 to the resident with a reason
    Dispatched, ///< dispatched: 社区党委派单 to a handler
    Taken,      ///< taken: 物业领单, the handler arrived on site
    Resolved,   ///< resolved: 办结, with the result
    Rated,      ///< rated: 业主评单 满意 / 基本满意 (不满意 reopens instead)
    Closed,     ///< closed
};

/// 普通 / 复杂 / 重大: decides the 5341 deadline.
enum class Severity { Ordinary, Complex, Major };

/// How the request reached the community.
enum class Channel {
    WalkIn,         ///< 上门
    Phone,          ///< 电话
    GridWorker,     ///< 网格员走访
    DoorKnock,      ///< 敲门行动
    ResidentsForum, ///< 民情恳谈会
    Online,         ///< 线上
    Hotline12345,   ///< 12345转办
};

/// The owner's rating: 满意 / 基本满意 / 不满意.
enum class Rating { Satisfied, Basic, Unsatisfied };

/// Who carries out a dispatched request.
enum class HandlerKind { PropertyCompany, Utility, Department, Other };

/// Where the problem is: a dwelling, a building, or 公共区域.
enum class PlaceKind { Dwelling, Building, Public };

/// Traffic light of a running 5341 clock.
enum class DeadlineColour {
    None,   ///< no clock runs (finished, returned, or the deadline was met)
    Green,  ///< less than 80% of the allowance used
    Yellow, ///< 80% or more used, not yet overdue
    Red,    ///< past the deadline
};

} // namespace cd
