#include "workflow/requestslip.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/settingstore.h"
#include "report/chinesedate.h"
#include "report/reportdocument.h"
#include "roster/mobile.h"
#include "workflow/workflowengine.h"
#include "workflow/workflowrules.h"

#include <QSqlQuery>

namespace cd {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

PageSetup slipPage()
{
    PageSetup setup;
    setup.paper = QPageSize::A5;
    setup.orientation = QPageLayout::Portrait;
    setup.marginsMm = QMarginsF(14, 14, 14, 14);
    return setup;
}

} // namespace

QString RequestSlip::number(qint64 requestId)
{
    return QStringLiteral("%1").arg(requestId, 6, 10, QLatin1Char('0'));
}

std::unique_ptr<ReportDocument> RequestSlip::build(const Request &r, const QString &personPhone,
                                                   const QString &communityName, const QDateTime &printedAt)
{
    auto report = std::make_unique<ReportDocument>(slipPage());
    report->setPageNumbers(false);
    report->setRunningHeader(communityName, tr("Printed %1").arg(chineseDateTime(printedAt)));
    report->addTitle(tr("%1 request slip").arg(communityName), 18);
    report->addSubtitle(tr("No. %1").arg(number(r.id)), 11);

    const QString person = r.personName.isEmpty()
        ? QStringLiteral("—")
        : (personPhone.isEmpty() ? r.personName : QStringLiteral("%1  %2").arg(r.personName, mobile::mask(personPhone)));
    const QString place = r.placeText.isEmpty() ? QStringLiteral("—") : r.placeText;
    // Two columns of "label | value" pairs, so the slip reads like a paper form.
    ReportTable form;
    form.headers = {tr("Request"), r.title, tr("Channel"), WorkflowRules::label(r.channel)};
    form.columnWidthsPercent = {15, 41, 15, 29};
    form.fontPointSize = 10;
    form.rows << QStringList{tr("Listed"), timeText(r.listedAt), tr("Category"), r.categoryName};
    form.rows << QStringList{tr("Place"), place, tr("Severity"), WorkflowRules::label(r.severity)};
    form.rows << QStringList{tr("Person"), person, tr("Handler"), r.handlerName.isEmpty() ? QStringLiteral("—") : r.handlerName};
    const QDateTime due = r.roundDueAt.isValid() ? r.roundDueAt : r.deadlineAt;
    form.rows << QStringList{tr("On site by"), timeText(r.arriveDeadlineAt),
                             r.severity == Severity::Major ? tr("Plan by") : tr("Solve by"), timeText(due)};
    report->addTable(form);

    report->addHeading(tr("Description"), 12);
    report->addParagraph(r.description.trimmed().isEmpty() ? QStringLiteral("—") : r.description.trimmed(), 11);
    if (r.reopenCount > 0)
        report->addParagraph(tr("Reopened %n time(s) after an unsatisfied rating.", nullptr, r.reopenCount), 10.5);

    report->addHeading(tr("Handling"), 12);
    const QString blank(18, QChar(u'_'));
    report->addParagraph(tr("Arrived on site at: %1").arg(blank), 11);
    report->addParagraph(tr("Result: %1").arg(QString(36, QChar(u'_'))), 11);
    report->addSpacing(2);
    report->addParagraph(tr("Handler (signature): %1   Date: %2").arg(QString(12, QChar(u'_')), QString(10, QChar(u'_'))), 11);
    report->addSpacing(2);
    report->addParagraph(tr("Resident (signature): %1   Date: %2").arg(QString(12, QChar(u'_')), QString(10, QChar(u'_'))), 11);
    return report;
}

Result<std::unique_ptr<ReportDocument>> RequestSlip::slipFor(Database &database, qint64 requestId, const Clock &clock)
{
    const Result<Request> request = WorkflowEngine(database, clock).request(requestId);
    if (!request)
        return request.status();
    QString phone;
    if (request->personId) {
        QSqlQuery query(database.sql());
        query.prepare(QStringLiteral("SELECT phone FROM person WHERE id = ?"));
        query.addBindValue(request->personId);
        if (query.exec() && query.next())
            phone = query.value(0).toString();
    }
    return build(*request, phone, settingstore::communityName(database), clock.now());
}

} // namespace cd
