// Schema step: owners' committee elections (业委会选举) — the election, its vetting conditions,
// candidates, the frozen voter roll, ballots, logged corrections, the elected committee and
// the 备案 checklist.
#include "db/migrations.h"

namespace cd {

QStringList schemaV5Election()
{
    return {
        // status: preparing → voting (roll frozen) → closed (ballots frozen). kind: 首次选举 first,
        // 换届 renewal, 补选 by_election. Committee-size bounds are per election (some cities allow 3).
        // committee_id: the census's owners_committee row the result was written to (no foreign
        // key: that table belongs to the party census, which may come in a later step).
        QStringLiteral(R"(CREATE TABLE election (
            id INTEGER PRIMARY KEY,
            estate_id INTEGER NOT NULL REFERENCES estate(id) ON DELETE RESTRICT,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            kind TEXT NOT NULL DEFAULT 'first' CHECK (kind IN ('first', 'renewal', 'by_election')),
            seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 99),
            min_size INTEGER NOT NULL DEFAULT 5 CHECK (min_size >= 1),
            max_size INTEGER NOT NULL DEFAULT 11,
            odd_size INTEGER NOT NULL DEFAULT 1 CHECK (odd_size IN (0, 1)),
            term_years INTEGER NOT NULL DEFAULT 5 CHECK (term_years BETWEEN 1 AND 5),
            meeting_date TEXT,
            status TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'voting', 'closed')),
            created_at TEXT NOT NULL,
            voting_opened_at TEXT,
            closed_at TEXT,
            filed_at TEXT,
            committee_id INTEGER,
            notes TEXT NOT NULL DEFAULT '',
            CHECK (max_size >= min_size)))"),

        // Eligibility conditions (must be met) and disqualifiers (must not apply), per election;
        // new elections get the default list, which the vetting group may edit.
        QStringLiteral(R"(CREATE TABLE election_condition (
            id INTEGER PRIMARY KEY,
            election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('eligibility', 'disqualifier')),
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            position INTEGER NOT NULL DEFAULT 0))"),

        // source: 自荐 self, 联名推荐 joint, 社区党组织推荐 party_org, 居委会推荐 residents_committee.
        // The 四有 checklist is four flags with one note. ballot_number is given when voting opens.
        // party_member is read from the census and kept as it was when voting opened.
        QStringLiteral(R"(CREATE TABLE election_candidate (
            id INTEGER PRIMARY KEY,
            election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            source TEXT NOT NULL CHECK (source IN ('self', 'joint', 'party_org', 'residents_committee')),
            party_member INTEGER NOT NULL DEFAULT 0 CHECK (party_member IN (0, 1)),
            has_ability INTEGER NOT NULL DEFAULT 0 CHECK (has_ability IN (0, 1)),
            has_conduct INTEGER NOT NULL DEFAULT 0 CHECK (has_conduct IN (0, 1)),
            has_public_spirit INTEGER NOT NULL DEFAULT 0 CHECK (has_public_spirit IN (0, 1)),
            has_enthusiasm INTEGER NOT NULL DEFAULT 0 CHECK (has_enthusiasm IN (0, 1)),
            four_notes TEXT NOT NULL DEFAULT '',
            vetting TEXT NOT NULL DEFAULT 'pending'
                CHECK (vetting IN ('pending', 'approved', 'rejected', 'withdrawn')),
            vetting_note TEXT NOT NULL DEFAULT '',
            ballot_number INTEGER,
            added_at TEXT NOT NULL,
            UNIQUE (election_id, person_id),
            UNIQUE (election_id, ballot_number)))"),
        // value: eligibility 1 = met; disqualifier 1 = applies. No row: not yet checked.
        QStringLiteral(R"(CREATE TABLE election_candidate_check (
            candidate_id INTEGER NOT NULL REFERENCES election_candidate(id) ON DELETE CASCADE,
            condition_id INTEGER NOT NULL REFERENCES election_condition(id) ON DELETE CASCADE,
            value INTEGER NOT NULL CHECK (value IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (candidate_id, condition_id)) WITHOUT ROWID)"),

        // The roll frozen when voting opens: one row per voter (counting person) with names,
        // rooms and areas copied, so later roster edits leave it as it was. number is the
        // ballot number. kind: owner, developer (unsold and undelivered units), unknown (no
        // recorded owner). status: 未投 pending, 已投 voted, 拒绝 refused, 无法联系 unreachable.
        // canvass (扫楼): not_visited, delivered (ballot handed over), revisit, collected.
        QStringLiteral(R"(CREATE TABLE election_voter (
            id INTEGER PRIMARY KEY,
            election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            kind TEXT NOT NULL CHECK (kind IN ('owner', 'developer', 'unknown')),
            person_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
            name TEXT NOT NULL DEFAULT '',
            owners TEXT NOT NULL DEFAULT '',
            rooms TEXT NOT NULL DEFAULT '',
            building TEXT NOT NULL DEFAULT '',
            dwelling_count INTEGER NOT NULL CHECK (dwelling_count >= 1),
            area_centi INTEGER NOT NULL CHECK (area_centi >= 0),
            status TEXT NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending', 'voted', 'refused', 'unreachable')),
            canvass TEXT NOT NULL DEFAULT 'not_visited'
                CHECK (canvass IN ('not_visited', 'delivered', 'revisit', 'collected')),
            canvass_note TEXT NOT NULL DEFAULT '',
            canvass_at TEXT,
            proxy_name TEXT NOT NULL DEFAULT '',
            proxy_note TEXT NOT NULL DEFAULT '',
            UNIQUE (election_id, number)))"),
        QStringLiteral(R"(CREATE TABLE election_voter_dwelling (
            voter_id INTEGER NOT NULL REFERENCES election_voter(id) ON DELETE CASCADE,
            dwelling_id INTEGER NOT NULL REFERENCES dwelling(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL DEFAULT 0,
            address TEXT NOT NULL,
            area_centi INTEGER NOT NULL CHECK (area_centi >= 0),
            PRIMARY KEY (voter_id, dwelling_id)) WITHOUT ROWID)"),

        // One paper ballot per voter as the tellers entered it. Marks hold yes/no per
        // candidate; a candidate without a mark is an abstention.
        QStringLiteral(R"(CREATE TABLE election_ballot (
            id INTEGER PRIMARY KEY,
            election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
            voter_id INTEGER NOT NULL UNIQUE REFERENCES election_voter(id) ON DELETE CASCADE,
            invalid INTEGER NOT NULL DEFAULT 0 CHECK (invalid IN (0, 1)),
            invalid_reason TEXT NOT NULL DEFAULT '',
            by_proxy INTEGER NOT NULL DEFAULT 0 CHECK (by_proxy IN (0, 1)),
            teller TEXT NOT NULL DEFAULT '',
            entered_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE election_ballot_mark (
            ballot_id INTEGER NOT NULL REFERENCES election_ballot(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES election_candidate(id) ON DELETE RESTRICT,
            choice TEXT NOT NULL CHECK (choice IN ('yes', 'no')),
            PRIMARY KEY (ballot_id, candidate_id)) WITHOUT ROWID)"),

        // Every change to an entered ballot, with its reason and the ballot before and after.
        QStringLiteral(R"(CREATE TABLE election_correction (
            id INTEGER PRIMARY KEY,
            election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
            voter_id INTEGER REFERENCES election_voter(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
            before TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT ''))"),

        // The elected committee: written when the election closes (and after a run-off).
        // role: 主任 director, 副主任 deputy_director, 委员 member (the census codes). source: tally or runoff.
        QStringLiteral(R"(CREATE TABLE election_member (
            id INTEGER PRIMARY KEY,
            election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
            candidate_id INTEGER NOT NULL REFERENCES election_candidate(id) ON DELETE RESTRICT,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('director', 'deputy_director', 'member')),
            party_member INTEGER NOT NULL DEFAULT 0 CHECK (party_member IN (0, 1)),
            source TEXT NOT NULL DEFAULT 'tally' CHECK (source IN ('tally', 'runoff')),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (election_id, candidate_id)))"),

        // The 备案 checklist (documents to file within 30 days of the result).
        QStringLiteral(R"(CREATE TABLE election_filing_item (
            election_id INTEGER NOT NULL REFERENCES election(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
            done_at TEXT,
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (election_id, code)) WITHOUT ROWID)"),

        QStringLiteral("CREATE INDEX election_estate ON election(estate_id)"),
        QStringLiteral("CREATE INDEX election_condition_election ON election_condition(election_id)"),
        QStringLiteral("CREATE INDEX election_candidate_person ON election_candidate(person_id)"),
        QStringLiteral("CREATE INDEX election_voter_person ON election_voter(person_id)"),
        QStringLiteral("CREATE INDEX election_voter_dwelling_dwelling ON election_voter_dwelling(dwelling_id)"),
        QStringLiteral("CREATE INDEX election_ballot_election ON election_ballot(election_id)"),
        QStringLiteral("CREATE INDEX election_ballot_mark_candidate ON election_ballot_mark(candidate_id)"),
        QStringLiteral("CREATE INDEX election_correction_election ON election_correction(election_id)"),
        QStringLiteral("CREATE INDEX election_member_person ON election_member(person_id)"),
    };
}

} // namespace cd
