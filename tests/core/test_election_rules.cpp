// The double test of 民法典 art. 278 and the count, independent of the database: every
// vector of DOMAIN.md, the bounds on both sides, and the tally's seats, ties and invalid ballots.
#include "election/electiontally.h"
#include "election/ownersvote.h"

#include <catch2/catch.hpp>

using cd::MatterKind;
using cd::Measures;
using cd::OwnersVote;

TEST_CASE("election: the published 905 of 1,152 case", "[election][rules]")
{
    const Measures total{1152, 12479930};        // 124,799.30 m²
    const Measures participating{905, 9344908};  // 93,449.08 m²
    // 65.99% of the participating area voted yes: 9,344,908 × 0.6599 = 6,166,704.8 hundredths.
    const qint64 yesArea = 6166705;
    REQUIRE(OwnersVote::percentText(yesArea, participating.areaCenti) == QStringLiteral("65.99%"));
    const Measures yes{589, yesArea};

    const cd::MatterDecision ordinary = OwnersVote::decide(MatterKind::Ordinary, total, participating, yes);
    CHECK(ordinary.turnoutPersons);
    CHECK(ordinary.turnoutArea);
    CHECK(ordinary.approvedPersons);
    CHECK(ordinary.approvedArea);
    CHECK(ordinary.passed());

    const cd::MatterDecision major = OwnersVote::decide(MatterKind::Major, total, participating, yes);
    CHECK(major.turnoutMet());
    CHECK_FALSE(major.approvedPersons); // 589 / 905 = 65.08% < 75%
    CHECK_FALSE(major.approvedArea);
    CHECK_FALSE(major.passed());
}

TEST_CASE("election: exactly two thirds turnout is met, one less is not", "[election][rules]")
{
    const Measures total{3, 30000};
    CHECK(OwnersVote::turnoutMet(2, 3));
    CHECK(OwnersVote::turnoutMet(20000, 30000));
    const cd::MatterDecision d = OwnersVote::decide(MatterKind::Ordinary, total, {2, 20000}, {2, 20000});
    CHECK(d.turnoutPersons);
    CHECK(d.turnoutArea);
    CHECK(d.passed());

    CHECK_FALSE(OwnersVote::turnoutMet(19999, 30000));
    CHECK_FALSE(OwnersVote::turnoutMet(1, 3));
    const cd::MatterDecision short1 = OwnersVote::decide(MatterKind::Ordinary, total, {2, 19999}, {2, 19999});
    CHECK(short1.turnoutPersons);
    CHECK_FALSE(short1.turnoutArea);
    CHECK_FALSE(short1.passed());
    CHECK_FALSE(OwnersVote::turnoutMet(0, 0)); // nobody to count: never met
}

TEST_CASE("election: exactly half fails an ordinary matter, one more passes", "[election][rules]")
{
    CHECK_FALSE(OwnersVote::approved(2, 4, MatterKind::Ordinary));
    CHECK_FALSE(OwnersVote::approved(20000, 40000, MatterKind::Ordinary));
    CHECK(OwnersVote::approved(3, 4, MatterKind::Ordinary));
    CHECK(OwnersVote::approved(20001, 40000, MatterKind::Ordinary));
    CHECK_FALSE(OwnersVote::approved(0, 0, MatterKind::Ordinary));

    // Both measures must pass: persons over half but area exactly half fails.
    const cd::MatterDecision d = OwnersVote::decide(MatterKind::Ordinary, {4, 40000}, {4, 40000}, {3, 20000});
    CHECK(d.approvedPersons);
    CHECK_FALSE(d.approvedArea);
    CHECK_FALSE(d.passed());
}

TEST_CASE("election: exactly three quarters passes a major matter", "[election][rules]")
{
    const cd::MatterDecision d = OwnersVote::decide(MatterKind::Major, {4, 40000}, {4, 40000}, {3, 30000});
    CHECK(d.turnoutMet());
    CHECK(d.approvedPersons);
    CHECK(d.approvedArea);
    CHECK(d.passed());
    const cd::MatterDecision under = OwnersVote::decide(MatterKind::Major, {4, 40000}, {4, 40000}, {3, 29999});
    CHECK(under.approvedPersons);
    CHECK_FALSE(under.approvedArea);
    CHECK_FALSE(under.passed());
    CHECK_FALSE(OwnersVote::approved(2, 4, MatterKind::Major));
}

TEST_CASE("election: what is still missing for two thirds", "[election][rules]")
{
    const Measures total{1152, 12479930};
    // ceil(2 × 1152 / 3) = 768 persons; ceil(2 × 12,479,930 / 3) = 8,319,954 hundredths.
    const Measures gap = OwnersVote::missingForTurnout(total, {700, 8000000});
    CHECK(gap.persons == 68);
    CHECK(gap.areaCenti == 319954);
    CHECK(OwnersVote::turnoutMet(700 + gap.persons, 1152));
    CHECK_FALSE(OwnersVote::turnoutMet(700 + gap.persons - 1, 1152));
    CHECK(OwnersVote::turnoutMet(8000000 + gap.areaCenti, 12479930));
    CHECK_FALSE(OwnersVote::turnoutMet(8000000 + gap.areaCenti - 1, 12479930));
    CHECK(OwnersVote::turnoutGapText(total, {700, 8000000}).contains(QStringLiteral("68")));
    CHECK(OwnersVote::turnoutGapText(total, {700, 8000000}).contains(QStringLiteral("3199.54")));
    CHECK(OwnersVote::missingForTurnout(total, {905, 9344908}) == Measures{0, 0});
}

TEST_CASE("election: areas are written and read in hundredths", "[election][rules]")
{
    CHECK(OwnersVote::areaText(12479930) == QStringLiteral("124799.30"));
    CHECK(OwnersVote::areaText(5) == QStringLiteral("0.05"));
    CHECK(OwnersVote::areaText(0) == QStringLiteral("0.00"));
    qint64 centi = 0;
    CHECK(OwnersVote::parseArea(QStringLiteral("93,449.08"), &centi));
    CHECK(centi == 9344908);
    CHECK(OwnersVote::parseArea(QStringLiteral("88.5"), &centi));
    CHECK(centi == 8850);
    CHECK(OwnersVote::parseArea(QStringLiteral("120"), &centi));
    CHECK(centi == 12000);
    CHECK_FALSE(OwnersVote::parseArea(QStringLiteral("1.234"), &centi));
    CHECK_FALSE(OwnersVote::parseArea(QStringLiteral("-3"), &centi));
    CHECK(OwnersVote::percentText(2, 3) == QStringLiteral("66.67%"));
    CHECK(OwnersVote::percentText(905, 1152) == QStringLiteral("78.56%"));
}

namespace {

cd::TallyInput input(int seats, int candidates, Measures total)
{
    cd::TallyInput in;
    in.seats = seats;
    in.minSize = 1;
    in.oddSize = false;
    in.total = total;
    for (int i = 0; i < candidates; ++i)
        in.candidates.push_back({100 + i, i + 1, QStringLiteral("候选人%1").arg(i + 1), 0, false});
    return in;
}

void ballot(cd::TallyInput &in, qint64 area, std::vector<int> yes, std::vector<int> no = {}, bool invalid = false)
{
    in.ballots.push_back({area, invalid, std::move(yes), std::move(no)});
}

} // namespace

TEST_CASE("election: seats go by votes among candidates with both majorities", "[election][tally]")
{
    cd::TallyInput in = input(2, 4, {6, 600});
    ballot(in, 100, {0, 1, 2});
    ballot(in, 100, {0, 1});
    ballot(in, 100, {0, 2}, {1});
    ballot(in, 100, {0, 1, 3});
    ballot(in, 100, {3});
    const cd::TallyResult t = cd::ElectionTally::compute(in);
    CHECK(t.participating == Measures{5, 500});
    CHECK(t.turnoutMet());
    // 1: 4 yes; 2: 3 yes; 3: 2 yes (not over half of 5); 4: 2 yes.
    REQUIRE(t.elected == std::vector<qint64>{100, 101});
    CHECK(t.tied.empty());
    CHECK(t.find(101)->no == Measures{1, 100});
    CHECK(t.find(101)->abstain == Measures{1, 100});
    CHECK(t.find(102)->outcome == QStringLiteral("no_majority"));
    CHECK(t.find(100)->rank == 1);
}

TEST_CASE("election: a tie at the last seat goes to a run-off", "[election][tally]")
{
    cd::TallyInput in = input(2, 3, {5, 500});
    ballot(in, 100, {0, 1});
    ballot(in, 100, {0, 2});
    ballot(in, 100, {0, 1});
    ballot(in, 120, {1, 2}); // more area for 2 and 3 does not break the tie in persons
    ballot(in, 80, {0, 2});
    // Candidate 1: 4 yes; 2 and 3: 3 yes each, both over half on both measures.
    const cd::TallyResult t = cd::ElectionTally::compute(in);
    CHECK(t.elected == std::vector<qint64>{100});
    CHECK(t.tied.size() == 2);
    CHECK(t.runOffSeats == 1);
    CHECK(t.find(101)->outcome == QStringLiteral("tie"));
    CHECK(t.find(102)->outcome == QStringLiteral("tie"));
    CHECK_FALSE(t.warnings.filter(QStringLiteral("run-off")).isEmpty());

    // Equal votes that all fit in the seats are simply elected.
    cd::TallyInput fits = input(3, 3, {5, 500});
    for (int i = 0; i < 4; ++i)
        ballot(fits, 100, {0, 1, 2});
    const cd::TallyResult all = cd::ElectionTally::compute(fits);
    CHECK(all.elected.size() == 3);
    CHECK(all.tied.empty());
}

TEST_CASE("election: invalid ballots count for turnout but for no candidate", "[election][tally]")
{
    cd::TallyInput in = input(1, 1, {4, 400});
    ballot(in, 100, {0});
    ballot(in, 100, {}, {}, true);
    ballot(in, 100, {}, {}, true);
    // 3 of 4 participate; 1 yes of 3 participants is not over half.
    const cd::TallyResult t = cd::ElectionTally::compute(in);
    CHECK(t.turnoutMet());
    CHECK(t.invalid == Measures{2, 200});
    CHECK(t.valid() == Measures{1, 100});
    CHECK(t.find(100)->yes == Measures{1, 100});
    CHECK(t.find(100)->abstain == Measures{0, 0});
    CHECK(t.elected.empty());
    CHECK(t.find(100)->outcome == QStringLiteral("no_majority"));
}

TEST_CASE("election: without two thirds nobody is elected", "[election][tally]")
{
    cd::TallyInput in = input(1, 1, {4, 400});
    ballot(in, 100, {0});
    ballot(in, 100, {0});
    const cd::TallyResult t = cd::ElectionTally::compute(in);
    CHECK_FALSE(t.turnoutPersons);
    CHECK(t.elected.empty());
    CHECK(t.find(100)->outcome == QStringLiteral("no_turnout"));
    CHECK(t.turnoutGap() == Measures{1, 67});
}
