#include "demo/workflowdemo.h"

#include "common/clock.h"
#include "db/database.h"
#include "db/transaction.h"
#include "demo/democontext.h"
#include "demo/demoprogress.h"
#include "demo/demorandom.h"
#include "demo/workflowdemotexts.h"
#include "workflow/categorystore.h"
#include "workflow/handlerstore.h"
#include "workflow/requestphotos.h"
#include "workflow/workflowengine.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace cd {

namespace {

using namespace workflowdemo;
using S = RequestState;

struct Resident
{
    qint64 person = 0, dwelling = 0, building = 0, estate = 0, company = 0;
};

/// Where one request's walk through the loop stands; stops at the end of the demo's time,
/// at a chosen state, or at the first failure.
struct Walk
{
    WorkflowEngine &engine;
    qint64 id;
    QDateTime end;
    std::optional<S> stopAt;
    S state = S::Listed;
    bool stopped = false;
    Status error = Status::success();

    bool go(S to, const QDateTime &at, const QString &actor, const QString &note = QString(), qint64 handler = 0,
            std::optional<Rating> rating = std::nullopt)
    {
        if (stopped)
            return false;
        if (at > end) {
            stopped = true;
            return false;
        }
        const MoveRequest move{to, at, actor, note, handler, rating};
        error = engine.move(id, move);
        if (!error.ok()) {
            stopped = true;
            return false;
        }
        state = rating == Rating::Unsatisfied ? S::Dispatched : to;
        if (stopAt && state == *stopAt)
            stopped = true;
        return true;
    }
};

class RequestWriter
{
public:
    RequestWriter(Database &database, const Clock &clock, DemoRandom &random)
        : m_database(database), m_clock(clock), m_random(random), m_engine(database, clock), m_end(clock.now())
    {
    }

    Status prepare();
    Status write(int count, const std::function<bool(qint64, qint64)> &progress);

private:
    struct Plan
    {
        QDateTime listed;
        bool recent = false;
        std::optional<S> stopAt;
        int forcedUnsatisfied = 0;
        bool forceMajor = false;
    };

    Status writeOne(const Plan &plan);
    qint64 handlerFor(const WorkflowDemoCategory &category, const Resident &resident);
    Status addPhoto(qint64 requestId);
    qint64 minutes(int low, int high) { return qint64(m_random.range(low, high)) * 60; }

    Database &m_database;
    const Clock &m_clock;
    DemoRandom &m_random;
    WorkflowEngine m_engine;
    QDateTime m_end;
    std::vector<Resident> m_residents;
    std::vector<qint64> m_categoryIds;
    QHash<qint64, qint64> m_companyHandler; // property_company id → handler id
    QHash<QString, qint64> m_unitHandler;   // utility or department name → handler id
    QHash<qint64, QString> m_handlerNames;
    qint64 m_fallbackHandler = 0;
    int m_photos = 0;
};

Status RequestWriter::prepare()
{
    QSqlQuery query(m_database.sql());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT r.person_id, r.dwelling_id, u.building_id, b.estate_id, COALESCE(b.property_company_id, 0) "
            "FROM residence r JOIN dwelling d ON d.id = r.dwelling_id JOIN unit u ON u.id = d.unit_id "
            "JOIN building b ON b.id = u.building_id WHERE r.moved_out IS NULL ORDER BY r.id")))
        return Status::failure(query.lastError().text());
    while (query.next()) {
        m_residents.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                               query.value(3).toLongLong(), query.value(4).toLongLong()});
    }

    CategoryStore store(m_database);
    for (int i = 0; i < categoryCount; ++i) {
        const Result<RequestCategory> category = store.find(text(workflowdemo::categories[i].name));
        if (!category)
            return category.status();
        m_categoryIds.push_back(category->id);
    }

    HandlerStore handlers(m_database);
    auto ensure = [&](const QString &name, HandlerKind kind) -> Result<qint64> {
        const Result<Handler> existing = handlers.find(name);
        if (existing)
            return existing->id;
        return handlers.add(name, kind);
    };
    for (int i = 0; i < categoryCount; ++i) {
        if (!workflowdemo::categories[i].utility || m_unitHandler.contains(text(workflowdemo::categories[i].utility)))
            continue;
        const QString name = text(workflowdemo::categories[i].utility);
        const bool department = name == text(u"派出所") || name == text(u"城管执法中队");
        const Result<qint64> id = ensure(name, department ? HandlerKind::Department : HandlerKind::Utility);
        if (!id)
            return id.status();
        m_unitHandler.insert(name, id.value());
    }
    // Buildings without a property company (弃管楼) are looked after by the community's own service point.
    const Result<qint64> fallback = ensure(text(u"社区物业服务站"), HandlerKind::Other);
    if (!fallback)
        return fallback.status();
    m_fallbackHandler = fallback.value();

    const Result<QList<Handler>> all = handlers.list(true);
    if (!all)
        return all.status();
    for (const Handler &handler : all.value()) {
        m_handlerNames.insert(handler.id, handler.name);
        if (handler.propertyCompanyId > 0)
            m_companyHandler.insert(handler.propertyCompanyId, handler.id);
    }
    return Status::success();
}

qint64 RequestWriter::handlerFor(const WorkflowDemoCategory &category, const Resident &resident)
{
    if (category.utility && m_random.chance(2500))
        return m_unitHandler.value(text(category.utility));
    return m_companyHandler.value(resident.company, m_fallbackHandler);
}

Status RequestWriter::write(int count, const std::function<bool(qint64, qint64)> &progress)
{
    // The last days' requests stop at each stage in turn, so every queue of the board has work;
    // the first is reopened twice, the second is a major problem left without a plan.
    const int recent = std::max(12, count / 40);
    const int older = std::max(0, count - recent);
    static const int hourWeights[24] = {0, 0, 0, 0, 0, 0, 1, 4, 8, 10, 10, 9, 5, 5, 8, 9, 9, 8, 6, 5, 4, 2, 1, 0};
    std::vector<Plan> plans;
    plans.reserve(size_t(older + recent));
    for (int i = 0; i < older; ++i) {
        Plan plan;
        const QDate day = m_end.date().addDays(-m_random.range(3, 364));
        plan.listed = QDateTime(day, QTime(m_random.weighted(hourWeights, 24), m_random.range(0, 59), m_random.range(0, 59)),
                                QTimeZone::utc());
        // A few older requests were never finished: they stay open and overdue.
        if (m_random.chance(150))
            plan.stopAt = S::Dispatched;
        else if (m_random.chance(50))
            plan.stopAt = S::Accepted;
        plans.push_back(plan);
    }
    static const S stages[] = {S::Listed, S::Accepted, S::Dispatched, S::Taken, S::Resolved, S::Rated};
    for (int i = 0; i < recent; ++i) {
        Plan plan;
        plan.recent = true;
        plan.listed = m_end.addSecs(-qint64(m_random.range(i < 2 ? 2 * 24 * 60 : 20, 72 * 60)) * 60 - m_random.range(0, 59));
        if (i == 0) {
            plan.forcedUnsatisfied = 2; // stops by itself after the second reopening
        } else if (i == 1) {
            plan.forceMajor = true;
            plan.stopAt = S::Dispatched;
        } else {
            plan.stopAt = stages[i % 6];
        }
        plans.push_back(plan);
    }
    std::stable_sort(plans.begin(), plans.end(), [](const Plan &a, const Plan &b) { return a.listed < b.listed; });

    for (size_t i = 0; i < plans.size(); ++i) {
        const Status written = writeOne(plans[i]);
        if (!written.ok())
            return written;
        if (progress && (i % 64 == 0 || i + 1 == plans.size()) && !progress(qint64(i + 1), qint64(plans.size())))
            return Status::failure(QCoreApplication::translate("cd::DemoGenerator", "Cancelled."));
    }
    return Status::success();
}

Status RequestWriter::writeOne(const Plan &plan)
{
    const bool winter = plan.listed.date().month() >= 11 || plan.listed.date().month() <= 3;
    int weights[32] = {};
    for (int i = 0; i < categoryCount; ++i)
        weights[i] = winter ? workflowdemo::categories[i].winterWeight : workflowdemo::categories[i].weight;
    const int c = m_random.weighted(weights, categoryCount);
    const WorkflowDemoCategory &category = workflowdemo::categories[c];
    const Resident resident = m_residents.empty() ? Resident() : m_residents[m_random.below(quint32(m_residents.size()))];

    static const int severityWeights[] = {75, 20, 5};
    static const int channelWeights[] = {15, 35, 15, 8, 4, 18, 5}; // WorkflowRules order of Channel
    NewRequest in;
    in.title = text(category.titles[m_random.below(4)]);
    in.categoryId = m_categoryIds[size_t(c)];
    in.severity = plan.forceMajor ? Severity::Major : Severity(m_random.weighted(severityWeights, 3));
    in.channel = Channel(m_random.weighted(channelWeights, 7));
    in.listedAt = plan.listed;
    in.actor = in.channel == Channel::GridWorker || in.channel == Channel::DoorKnock ? text(u"网格员") : text(u"社区值班员");
    const bool anonymous = category.place == 'p' && m_random.chance(3000);
    if (resident.person > 0 && !anonymous) {
        in.personId = resident.person;
        in.householdId = resident.dwelling;
    }
    if (category.place == 'd' && resident.dwelling > 0) {
        in.dwellingId = resident.dwelling;
    } else if (category.place == 'b' && resident.building > 0) {
        in.buildingId = resident.building;
    } else {
        in.estateId = resident.estate;
        in.placeNote = text(publicPlaces[m_random.below(quint32(publicPlaceCount))]);
    }
    in.description = in.title + text(u"，请尽快处理。");
    const Result<qint64> id = m_engine.add(in);
    if (!id)
        return id.status();
    if (category.place != 'd' && m_photos < 12 && m_random.chance(400)) {
        const Status photo = addPhoto(id.value());
        if (!photo.ok())
            return photo;
    }

    if (plan.stopAt == S::Listed)
        return Status::success();
    Walk walk{m_engine, id.value(), m_end, plan.stopAt};
    const QDateTime l = plan.listed;
    if (!plan.recent && m_random.chance(400)) {
        const QDateTime returned = l.addSecs(minutes(10, 240));
        walk.go(S::Returned, returned, text(u"业委会"), text(returnReasons[m_random.below(quint32(returnReasonCount))]));
        if (m_random.chance(5000))
            walk.go(S::Closed, returned.addSecs(minutes(24 * 60, 72 * 60)), text(u"社区党委"));
        return walk.error;
    }

    // Minutes from listing to the deadline milestone: mostly in time, some late.
    qint64 due = 0, plan5341 = 0;
    switch (in.severity) {
    case Severity::Ordinary: due = m_random.chance(8800) ? minutes(12, 30) : minutes(31, 180); break;
    case Severity::Complex: due = m_random.chance(8500) ? minutes(60, 240) : minutes(241, 720); break;
    case Severity::Major:
        plan5341 = m_random.chance(9000) ? minutes(120, 1200) : minutes(1441, 2880);
        due = plan5341 + minutes(24 * 60, 8 * 24 * 60);
        break;
    }
    const qint64 firstSteps = std::max<qint64>(3 * 60, plan5341 > 0 ? plan5341 : due);
    const qint64 accepted = minutes(1, int(std::max<qint64>(1, firstSteps / 600)));
    const qint64 dispatched = accepted + minutes(1, int(std::max<qint64>(1, firstSteps / 600)));
    const qint64 taken = dispatched + minutes(1, int(std::max<qint64>(1, firstSteps / 480)));
    const qint64 handler = handlerFor(category, resident);
    const QString handlerName = m_handlerNames.value(handler);

    walk.go(S::Accepted, l.addSecs(accepted), text(u"业委会"));
    walk.go(S::Dispatched, l.addSecs(dispatched), text(u"社区党委"), QString(), handler);
    // Now and then the first handler was the wrong one and the request is re-dispatched.
    if (m_random.chance(300) && handler != m_fallbackHandler) {
        const qint64 other = m_companyHandler.value(resident.company, m_fallbackHandler);
        walk.go(S::Dispatched, l.addSecs(dispatched + 30), text(u"社区党委"), text(u"转交责任单位"),
                other != handler ? other : m_fallbackHandler);
    }
    walk.go(S::Taken, l.addSecs(taken), handlerName);
    if (plan5341 > 0 && !walk.stopped && l.addSecs(plan5341) <= m_end) {
        walk.error = m_engine.recordPlan(id.value(), text(plans[m_random.below(quint32(planCount))]), l.addSecs(plan5341),
                                         handlerName);
        if (!walk.error.ok())
            return walk.error;
    }
    if (plan.forceMajor)
        return walk.error;

    QDateTime at = l.addSecs(std::max(due, taken + 60));
    walk.go(S::Resolved, at, handlerName, text(category.results[m_random.below(3)]));
    int unsatisfied = 0;
    while (!walk.stopped) {
        static const int ratingWeights[] = {78, 17, 5};
        Rating rating = Rating(m_random.weighted(ratingWeights, 3));
        if (unsatisfied < plan.forcedUnsatisfied)
            rating = Rating::Unsatisfied;
        else if (plan.forcedUnsatisfied > 0 || unsatisfied >= 2)
            rating = Rating::Satisfied; // a third 不满意 is left to real life
        at = at.addSecs(plan.recent ? minutes(5, 60) : minutes(60, 48 * 60));
        const QString comment = rating == Rating::Unsatisfied ? text(badComments[m_random.below(quint32(badCommentCount))])
                                                              : text(goodComments[m_random.below(quint32(goodCommentCount))]);
        if (!walk.go(S::Rated, at, text(u"业主"), comment, 0, rating) || rating != Rating::Unsatisfied)
            break;
        if (++unsatisfied == plan.forcedUnsatisfied)
            return walk.error; // reopened twice and waiting at dispatched
        // 重办: the handler comes back and does it again.
        at = at.addSecs(minutes(20, 120));
        walk.go(S::Taken, at, handlerName);
        at = at.addSecs(minutes(30, 240));
        walk.go(S::Resolved, at, handlerName, text(category.results[m_random.below(3)]));
    }
    walk.go(S::Closed, at.addSecs(plan.recent ? minutes(5, 60) : minutes(30, 24 * 60)), text(u"社区党委"));
    return walk.error;
}

Status RequestWriter::addPhoto(qint64 requestId)
{
    // A plain picture stands in for a resident's phone photo: a sky-to-ground gradient and a few blocks.
    QImage image(640, 480, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 0, 480);
    gradient.setColorAt(0, QColor(150 + int(m_random.below(60)), 180, 220));
    gradient.setColorAt(1, QColor(90, 90 + int(m_random.below(60)), 80));
    painter.fillRect(image.rect(), gradient);
    for (int i = 0; i < 6; ++i) {
        painter.fillRect(int(m_random.below(560)), 200 + int(m_random.below(200)), 40 + int(m_random.below(120)),
                         30 + int(m_random.below(80)), QColor::fromHsv(int(m_random.below(360)), 80, 160));
    }
    painter.end();
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 70);
    ++m_photos;
    const Result<qint64> added = RequestPhotos(m_database, m_clock).add(
        requestId, jpeg, QStringLiteral("IMG_%1.jpg").arg(2000 + m_photos));
    return added.status();
}

} // namespace

int WorkflowDemo::requestsPerYear(int households)
{
    return std::clamp(households * 3 / 10, 60, 12000);
}

int WorkflowDemo::weight(const DemoOptions &options) const
{
    // Each request takes a handful of engine steps, about as long as writing a few households.
    return requestsPerYear(options.households) * 4;
}

Status WorkflowDemo::checkEmpty(Database &database) const
{
    QSqlQuery query(database.sql());
    if (query.exec(QStringLiteral("SELECT count(*) FROM request")) && query.next() && query.value(0).toLongLong() > 0)
        return Status::failure(QCoreApplication::translate("cd::DemoGenerator", "The database already has requests."));
    return Status::success();
}

Status WorkflowDemo::run(DemoContext &context, DemoProgress &progress)
{
    // The year ends on the demo's fixed "today" in the late afternoon, so the newest requests
    // wait at every stage and the same seed always gives the same rows.
    const ManualClock clock(QDateTime(context.referenceDate, QTime(17, 0), QTimeZone::utc()));
    return addWorkflowDemo(context.database, context.options.seed, clock, requestsPerYear(context.options.households),
                           [&](qint64 done, qint64 total) { return progress.update(done, total); });
}

Status addWorkflowDemo(Database &database, quint64 seed, const Clock &clock, int requests,
                       const std::function<bool(qint64, qint64)> &progress)
{
    if (requests <= 0) {
        QSqlQuery query(database.sql());
        const int dwellings = query.exec(QStringLiteral("SELECT count(*) FROM dwelling")) && query.next()
                                  ? query.value(0).toInt()
                                  : 0;
        requests = WorkflowDemo::requestsPerYear(dwellings);
    }
    Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.startStatus();
    DemoRandom random(seed, DemoRandom::streamId("requests"));
    RequestWriter writer(database, clock, random);
    Status status = writer.prepare();
    if (status.ok())
        status = writer.write(requests, progress);
    if (!status.ok())
        return status;
    return transaction.commit();
}

} // namespace cd
