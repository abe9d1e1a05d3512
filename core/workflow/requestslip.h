#pragma once

#include "common/status.h"
#include "workflow/request.h"

#include <QCoreApplication>
#include <memory>

namespace cd {

class Clock;
class Database;
class ReportDocument;

/// The request slip (派单单) handed to the handler with a dispatched request: A5 portrait with
/// the number, listing time, place, the person (phone masked), category, severity, the 5341
/// deadlines, the description, and lines for the handler's and the resident's signatures.
class RequestSlip
{
    Q_DECLARE_TR_FUNCTIONS(cd::RequestSlip)

public:
    /// `personPhone` as stored; the slip prints it masked (cd::mobile::mask).
    static std::unique_ptr<ReportDocument> build(const Request &request, const QString &personPhone,
                                                 const QString &communityName, const QDateTime &printedAt);
    /// Loads request `requestId` with its person's phone and builds the slip.
    static Result<std::unique_ptr<ReportDocument>> slipFor(Database &database, qint64 requestId, const Clock &clock);

    /// "No. 000123" style number printed on the slip.
    static QString number(qint64 requestId);
};

} // namespace cd
