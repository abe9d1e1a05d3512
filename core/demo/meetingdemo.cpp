#include "demo/meetingdemo.h"

#include "db/database.h"
#include "db/settingstore.h"
#include "demo/democontext.h"
#include "demo/demoprogress.h"
#include "demo/demorandom.h"
#include "meeting/meetingstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

namespace {

// Topics of the seeds' joint meetings: the problems a 红色物业 community works on month by month.
struct Topic
{
    const char16_t *agenda;
    const char16_t *discussion;
    const char16_t *resolution;
    const char16_t *responsible;
};

const Topic topics[] = {
    {u"研究老旧小区楼道杂物清理", u"与会各方通报了楼道堆物情况，物业提出分楼栋集中清理方案，业委会表示将发动楼栋长入户宣传。",
     u"开展楼道杂物集中清理行动", u"物业服务中心"},
    {u"电动车飞线充电整治", u"网格员汇报排查发现飞线充电隐患，供电所提出增设集中充电桩的可行性。",
     u"增设电动车集中充电桩两处", u"社区党委、供电所"},
    {u"冬季供暖准备工作", u"供热公司介绍管网检修进度，居民代表反映部分楼栋室温偏低。",
     u"完成老旧管网检修并入户测温", u"供热公司"},
    {u"小区停车秩序管理", u"物业通报车位使用情况，业委会建议划定临时停车区并规范收费公示。",
     u"施划临时停车位并公示收费标准", u"业委会、物业服务中心"},
    {u"二次供水水箱清洗", u"物业报告水箱清洗计划，居民关注水质检测结果公示。",
     u"完成水箱清洗并张贴水质检测报告", u"物业服务中心"},
    {u"业委会换届选举筹备", u"社区党委通报换届工作安排，讨论候选人“四有”标准和党员比例要求。",
     u"成立换届选举工作小组", u"社区党委"},
    {u"绿化补植和环境卫生整治", u"各方对小区绿化缺损和垃圾分类投放情况进行了讨论。",
     u"补植绿地并增设分类垃圾桶", u"物业服务中心"},
    {u"独居老人走访关爱", u"网格员汇报独居、高龄老人走访情况，红色管家提出结对帮扶名单。",
     u"建立独居老人结对帮扶台账", u"居委会"},
    {u"安全隐患排查", u"消防救援站介绍冬季防火要点，物业通报消防通道占用情况。",
     u"清理消防通道并检查灭火器", u"物业服务中心、消防救援站"},
    {u"物业服务履约评价", u"业委会通报业主满意度调查结果，物业就投诉集中的问题作出说明。",
     u"物业针对投诉问题制定整改清单", u"物业服务中心"},
    {u"屋面防水维修", u"居民反映顶层漏雨，物业提出使用专项维修资金的程序。",
     u"启动屋面防水维修资金使用表决", u"业委会"},
    {u"民生实事项目征集", u"各方汇总居民列单诉求，讨论年度为民办实事项目清单。",
     u"形成年度民生实事项目清单", u"社区党委"},
};

const char16_t *places[] = {u"社区党群服务中心二楼会议室", u"社区党群服务中心一楼议事厅", u"小区物业服务中心会议室"};

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

} // namespace

int MeetingDemo::weight(const DemoOptions &) const
{
    return 1;
}

Status MeetingDemo::checkEmpty(Database &database) const
{
    QSqlQuery query(database.sql());
    if (query.exec(QStringLiteral("SELECT count(*) FROM meeting")) && query.next() && query.value(0).toInt() > 0)
        return Status::failure(QCoreApplication::translate("cd::DemoGenerator", "The database already has meetings."));
    return Status::success();
}

Status MeetingDemo::run(DemoContext &context, DemoProgress &progress)
{
    DemoRandom random(context.options.seed, DemoRandom::streamId(name()));
    const RosterPlan &roster = context.roster;
    if (Status named = settingstore::setCommunityName(context.database, QStringLiteral("幸福社区")); !named)
        return named;

    // The people who sit at the table every month: party secretary, residents' committee,
    // owners' committee, property manager; the rest come by topic.
    auto personName = [&](int index) {
        return roster.people.empty() ? QStringLiteral("王建国") : roster.people.at(size_t(index) % roster.people.size()).name;
    };
    const int base = int(random.below(quint32(qMax<size_t>(1, roster.people.size()))));
    const QString secretary = personName(base);
    const QString director = personName(base + 7);
    const QString owners = personName(base + 13);
    const QString recorder = personName(base + 21);
    const QString company = roster.companies.empty() ? QStringLiteral("安居物业服务有限公司") : roster.companies.front().name;
    const QString manager = personName(base + 29);

    const QDate reference = context.referenceDate;
    const QDate firstMonth = QDate(reference.year(), reference.month(), 1).addMonths(-12);
    const int skipped = 3 + int(random.below(6)); // one month without a meeting
    const int topicCount = int(sizeof(topics) / sizeof(topics[0]));
    for (int i = 0; i < 12; ++i) {
        if (!progress.report(i * 100 / 12))
            return Status::failure(QString());
        if (i == skipped)
            continue;
        const QDate month = firstMonth.addMonths(i);
        const Topic &topic = topics[(i + int(random.below(3))) % topicCount];
        Meeting meeting;
        meeting.kind = MeetingKind::Joint;
        meeting.startsAt = QDateTime(QDate(month.year(), month.month(), 8 + int(random.below(14))),
                                     QTime(random.chance(5000) ? 9 : 14, 30));
        meeting.place = text(places[random.below(3)]);
        meeting.host = secretary;
        meeting.recorder = recorder;
        meeting.masthead = true;
        meeting.attendees = {
            {0, MeetingParty::PartyCommittee, QStringLiteral("社区党委"), secretary, QStringLiteral("书记"), AttendanceStatus::Present},
            {0, MeetingParty::PartyCommittee, QStringLiteral("社区党委"), recorder, QStringLiteral("委员"), AttendanceStatus::Present},
            {0, MeetingParty::ResidentsCommittee, QStringLiteral("社区居委会"), director, QStringLiteral("主任"), AttendanceStatus::Present},
            {0, MeetingParty::OwnersCommittee, QStringLiteral("业委会"), owners, QStringLiteral("主任"),
             random.chance(1500) ? AttendanceStatus::Leave : AttendanceStatus::Present},
            {0, MeetingParty::Property, company, manager, QStringLiteral("项目经理"), AttendanceStatus::Present},
            {0, MeetingParty::Other, QStringLiteral("供电所"), personName(base + 37), QStringLiteral("客户经理"), AttendanceStatus::Observer},
        };
        meeting.agenda = {{0, text(topic.agenda), 0, 0}};
        meeting.discussion = text(topic.discussion);
        MeetingResolution resolution;
        resolution.text = text(topic.resolution);
        resolution.responsible = text(topic.responsible);
        resolution.deadline = meeting.startsAt.date().addDays(20 + int(random.below(20)));
        // Older resolutions are mostly done; the last few months leave some open to carry over.
        if (i < 9 || random.chance(3000))
            resolution.doneAt = resolution.deadline.addDays(-int(random.below(10)));
        if (resolution.doneAt.isValid() && resolution.doneAt > reference)
            resolution.doneAt = QDate();
        meeting.resolutions = {resolution};
        const Result<qint64> id = MeetingStore::add(context.database, meeting);
        if (!id)
            return id.status();
    }

    // Two residents' forums (民情恳谈会) that do not count as the joint meeting.
    for (int i = 0; i < 2; ++i) {
        Meeting forum;
        forum.kind = MeetingKind::ResidentsForum;
        forum.startsAt = QDateTime(firstMonth.addMonths(3 + i * 5).addDays(15), QTime(19, 0));
        forum.place = text(places[1]);
        forum.host = secretary;
        forum.recorder = recorder;
        forum.attendees = {{0, MeetingParty::PartyCommittee, QStringLiteral("社区党委"), secretary, QStringLiteral("书记"),
                            AttendanceStatus::Present}};
        forum.discussion = QStringLiteral("居民代表围绕小区环境和服务提出意见建议。");
        if (const Result<qint64> id = MeetingStore::add(context.database, forum, false); !id)
            return id.status();
    }
    // The demo's fixed "today", so the same seed gives the same rows on any day.
    QSqlQuery stamp(context.database.sql());
    stamp.prepare(QStringLiteral("UPDATE meeting SET created_at = ?"));
    stamp.addBindValue(context.timestamp);
    if (!stamp.exec())
        return Status::failure(stamp.lastError().text());
    return Status::success();
}

} // namespace cd
