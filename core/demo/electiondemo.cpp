#include "demo/electiondemo.h"

#include "common/clock.h"
#include "db/database.h"
#include "demo/democontext.h"
#include "demo/demoprogress.h"
#include "demo/demorandom.h"
#include "election/electionfiling.h"
#include "election/electionstore.h"
#include "election/voterrollbuilder.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace cd {

namespace {

// What one demo election looks like.
struct Scenario
{
    int estateIndex = 0;
    QString title;
    QString kind;
    QDate created, opened, meeting;
    int turnoutPerCent = 80; // ballots returned
    bool finish = false;
};

class Writer
{
public:
    Writer(DemoContext &context, DemoRandom &random, DemoProgress &progress)
        : m_context(context), m_random(random), m_progress(progress),
          m_clock(QDateTime(context.referenceDate, QTime(9, 0), QTimeZone::utc())), m_store(context.database, m_clock)
    {
    }

    Status write(const Scenario &s, int progressFrom, int progressTo)
    {
        const RosterPlan &plan = m_context.roster;
        const DemoEstate &estate = plan.estates[size_t(s.estateIndex)];
        at(s.created, 10);
        const Result<VoterRoll> preview = VoterRollBuilder::build(m_context.database, estate.id, s.opened);
        if (!preview)
            return preview.status();

        // Candidates: owners of 25 to 70, party members first so that the slate is at least half.
        // A person may vote for two owner groups (a flat alone, another with a co-owner): once here.
        std::vector<qint64> party, others;
        QSet<qint64> seen;
        for (const RollVoter &v : preview->voters) {
            if (v.kind != QLatin1String("owner") || v.personId <= 0 || seen.contains(v.personId))
                continue;
            seen.insert(v.personId);
            const DemoPerson &p = plan.people[size_t(v.personId - 1)];
            const int age = plan.ageOf(p);
            if (age < 25 || age > 70)
                continue;
            (p.political == DemoPolitical::CpcMember ? party : others).push_back(v.personId);
        }
        const int owners = int(preview->voters.size());
        const int seats = owners >= 40 ? 7 : owners >= 15 ? 5 : 3;
        const int slate = seats + 2;
        if (owners < 8 || int(party.size() + others.size()) < slate)
            return Status::success(); // too small for a committee of its own
        m_random.shuffle(party);
        m_random.shuffle(others);
        std::vector<qint64> chosen;
        for (size_t i = 0; i < party.size() && int(chosen.size()) < (slate + 1) / 2 + 1; ++i)
            chosen.push_back(party[i]);
        for (size_t i = 0; i < others.size() && int(chosen.size()) < slate; ++i)
            chosen.push_back(others[i]);
        for (size_t i = 0; i < party.size() && int(chosen.size()) < slate; ++i) {
            if (std::find(chosen.begin(), chosen.end(), party[i]) == chosen.end())
                chosen.push_back(party[i]);
        }

        Election e;
        e.estateId = estate.id;
        e.title = s.title;
        e.kind = s.kind;
        e.seats = seats;
        e.minSize = std::min(5, seats);
        e.meetingDate = s.meeting;
        const Result<qint64> created = m_store.create(e);
        if (!created)
            return created.status();
        const qint64 id = *created;
        static const char *const sources[] = {"party_org", "residents_committee", "joint", "self"};
        std::vector<qint64> candidates;
        for (size_t i = 0; i < chosen.size(); ++i) {
            const Result<qint64> c = m_store.addCandidate(id, chosen[i], QLatin1String(sources[m_random.below(4)]));
            if (!c)
                return c.status();
            const Status vetted = m_store.approveAllChecks(*c, QStringLiteral("经筹备组审查，符合“四有”标准"));
            if (!vetted)
                return vetted;
            candidates.push_back(*c);
        }
        at(s.opened, 9);
        if (Status opened = m_store.openVoting(id); !opened)
            return opened;

        // Popularity: the first `seats` candidates are well liked, the last two less so.
        std::vector<int> likes(candidates.size());
        for (size_t i = 0; i < likes.size(); ++i)
            likes[i] = int(i) < seats ? 7800 + m_random.range(0, 1200) : 3500 + m_random.range(0, 1500);
        m_random.shuffle(likes);

        const VoterRoll roll = *m_store.roll(id);
        const int days = std::max(1, int(s.opened.daysTo(s.finish ? s.meeting : m_context.referenceDate.addDays(-1))));
        for (const RollVoter &v : roll.voters) {
            if (!m_progress.update(progressFrom + (progressTo - progressFrom) * v.number / int(roll.voters.size()), 100))
                return Status::failure(ElectionDemo::tr("Cancelled."));
            at(s.opened.addDays(m_random.range(0, days)), 9 + m_random.range(0, 9));
            // The developer takes part in a finished election, as developers usually do.
            const int fate = s.finish && v.kind == QLatin1String("developer") ? 0 : m_random.range(0, 99);
            if (fate >= s.turnoutPerCent) {
                // Not (yet) voted: what the door-to-door visits found.
                Status done = m_store.setCanvass(id, v.number, canvassCode(m_random.range(0, 3)));
                if (done && fate >= 97)
                    done = m_store.setVoterStatus(id, v.number, QStringLiteral("refused"));
                else if (done && fate >= 94)
                    done = m_store.setVoterStatus(id, v.number, QStringLiteral("unreachable"));
                if (!done)
                    return done;
                continue;
            }
            BallotEntry ballot;
            ballot.voterNumber = v.number;
            ballot.teller = QStringLiteral("计票员");
            if (m_random.chance(300)) {
                if (Status done = m_store.setProxy(id, v.number, QStringLiteral("受托人"), QStringLiteral("书面委托书已存档")); !done)
                    return done;
                ballot.byProxy = true;
            }
            if (m_random.chance(150)) {
                ballot.invalid = true;
                ballot.invalidReason = QStringLiteral("无法辨认");
            } else {
                // In a random order, so that the limit of `seats` yes marks favours nobody.
                std::vector<size_t> order(candidates.size());
                for (size_t c = 0; c < order.size(); ++c)
                    order[c] = c;
                m_random.shuffle(order);
                for (const size_t c : order) {
                    const int r = m_random.range(0, 9999);
                    if (r < likes[c] && int(ballot.yes.size()) < seats)
                        ballot.yes.push_back(candidates[c]);
                    else if (r > 9200)
                        ballot.no.push_back(candidates[c]);
                }
            }
            if (Status done = m_store.setCanvass(id, v.number, QStringLiteral("collected")); !done)
                return done;
            if (Status done = m_store.enterBallot(id, ballot); !done)
                return done;
        }
        if (!s.finish)
            return Status::success();

        at(s.meeting, 18);
        if (Status closed = m_store.close(id); !closed)
            return closed;
        // The committee elects its director and deputy among the party members first.
        const std::vector<ElectedMember> members = *m_store.members(id);
        std::vector<ElectedMember> ordered = members;
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const ElectedMember &a, const ElectedMember &b) { return a.partyMember && !b.partyMember; });
        at(s.meeting.addDays(3), 15);
        for (size_t i = 0; i < ordered.size() && i < 2; ++i) {
            const Status role = m_store.setRole(id, ordered[i].candidateId,
                                                i == 0 ? QStringLiteral("director") : QStringLiteral("deputy_director"));
            if (!role)
                return role;
        }
        ElectionFiling filing(m_store);
        const QStringList codes = ElectionFiling::itemCodes();
        for (int i = 0; i < codes.size(); ++i) {
            at(s.meeting.addDays(4 + i * 2), 10);
            if (Status done = filing.setItem(id, codes.at(i), true); !done)
                return done;
        }
        at(s.meeting.addDays(4 + int(codes.size()) * 2), 11);
        return filing.markFiled(id, m_clock.now().date());
    }

private:
    void at(const QDate &day, int hour) { m_clock.set(QDateTime(day, QTime(hour, 0), QTimeZone::utc())); }

    static QString canvassCode(int index)
    {
        static const char *const codes[] = {"not_visited", "delivered", "revisit", "delivered"};
        return QLatin1String(codes[index]);
    }

    DemoContext &m_context;
    DemoRandom &m_random;
    DemoProgress &m_progress;
    ManualClock m_clock;
    ElectionStore m_store;
};

} // namespace

int ElectionDemo::weight(const DemoOptions &options) const
{
    return std::max(1, options.households / 8);
}

Status ElectionDemo::checkEmpty(Database &database) const
{
    QSqlQuery query(database.sql());
    if (query.exec(QStringLiteral("SELECT count(*) FROM election")) && query.next() && query.value(0).toLongLong() > 0)
        return Status::failure(tr("The database already has owners' committee elections."));
    return Status::success();
}

Status ElectionDemo::run(DemoContext &context, DemoProgress &progress)
{
    const RosterPlan &plan = context.roster;
    if (plan.estates.empty())
        return Status::success();
    DemoRandom random(context.options.seed, DemoRandom::streamId(name()));
    Writer writer(context, random, progress);
    const QDate today = context.referenceDate;

    Scenario finished;
    finished.estateIndex = 0;
    finished.title = plan.estates[0].name + QStringLiteral("业主委员会换届选举");
    finished.kind = QStringLiteral("renewal");
    finished.created = today.addMonths(-8);
    finished.opened = today.addMonths(-7);
    finished.meeting = finished.opened.addDays(20);
    finished.turnoutPerCent = 82;
    finished.finish = true;
    if (Status done = writer.write(finished, 0, 60); !done)
        return done;

    // The second estate (the first one again in a one-estate community: a by-election).
    Scenario open;
    open.estateIndex = plan.estates.size() > 1 ? 1 : 0;
    open.kind = plan.estates.size() > 1 ? QStringLiteral("first") : QStringLiteral("by_election");
    open.title = plan.estates[size_t(open.estateIndex)].name
        + (plan.estates.size() > 1 ? QStringLiteral("第一届业主委员会选举") : QStringLiteral("业主委员会补选"));
    open.created = today.addDays(-50);
    open.opened = today.addDays(-20);
    open.meeting = today.addDays(14);
    open.turnoutPerCent = 55;
    return writer.write(open, 60, 100);
}

} // namespace cd
