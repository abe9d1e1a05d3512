// Schema version 4: joint meetings (党建联席会议 and others), attendance by the parties of
// the "1+3+N" structure, agenda items, and resolutions that carry over until done.
#include "db/migrations.h"

namespace cd {

QStringList schemaV4Meetings()
{
    return {
        // kind: joint 党建联席会议, residents_forum 民情恳谈会, assembly_prep 业主大会筹备会, other.
        QStringLiteral(R"(CREATE TABLE meeting (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL DEFAULT 'joint'
                CHECK (kind IN ('joint', 'residents_forum', 'assembly_prep', 'other')),
            title TEXT NOT NULL DEFAULT '',
            starts_at TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            host TEXT NOT NULL DEFAULT '',
            recorder TEXT NOT NULL DEFAULT '',
            discussion TEXT NOT NULL DEFAULT '',
            masthead INTEGER NOT NULL DEFAULT 0 CHECK (masthead IN (0, 1)),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))))"),

        // party: the 1 (party_committee), the 3 (residents_committee, owners_committee,
        // property) and the N (others). status: present 出席, leave 请假, observer 列席.
        QStringLiteral(R"(CREATE TABLE meeting_attendee (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            party TEXT NOT NULL CHECK (party IN ('party_committee', 'residents_committee',
                                                 'owners_committee', 'property', 'other')),
            organisation TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            post TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'leave', 'observer'))))"),

        QStringLiteral(R"(CREATE TABLE meeting_resolution (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            responsible TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            done_at TEXT,
            done_note TEXT NOT NULL DEFAULT ''))"),

        // An agenda item is free text, a request brought to the meeting, or an open
        // resolution of an earlier meeting carried over.
        QStringLiteral(R"(CREATE TABLE meeting_agenda_item (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL DEFAULT '',
            request_id INTEGER REFERENCES request(id) ON DELETE SET NULL,
            carried_resolution_id INTEGER REFERENCES meeting_resolution(id) ON DELETE SET NULL))"),

        QStringLiteral("CREATE INDEX meeting_starts ON meeting(starts_at)"),
        QStringLiteral("CREATE INDEX meeting_attendee_meeting ON meeting_attendee(meeting_id)"),
        QStringLiteral("CREATE INDEX meeting_resolution_meeting ON meeting_resolution(meeting_id)"),
        QStringLiteral("CREATE INDEX meeting_resolution_open ON meeting_resolution(done_at)"),
        QStringLiteral("CREATE INDEX meeting_agenda_meeting ON meeting_agenda_item(meeting_id)"),
    };
}

} // namespace cd
