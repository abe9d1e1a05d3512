// Schema version 2: indexes for the roster's search box, and import batches that can be undone.
//
// Search: a trigram full-text index over the searchable person columns answers substring
// queries of 3 or more characters (names, pinyin, initials, ID and phone digits); names of 1 or 2
// characters ("王", "王建") are looked up in person_name_gram, which holds every 1- and
// 2-character piece of each name. Triggers keep both in step with person, whoever writes it.
#include "db/migrations.h"

namespace cd {

namespace {

// The pieces of a name, for use inside triggers (which allow no WITH clause).
QString gramSelect(const char *row)
{
    return QStringLiteral("SELECT substr(%1.name, n, 1), %1.id FROM search_position WHERE n <= length(%1.name) "
                          "UNION SELECT substr(%1.name, n, 2), %1.id FROM search_position WHERE n < length(%1.name)")
        .arg(QLatin1String(row));
}

QString ftsInsert()
{
    return QStringLiteral("INSERT INTO person_fts(rowid, name, name_pinyin, name_initials, id_number, phone) "
                          "VALUES (new.id, new.name, new.name_pinyin, new.name_initials, new.id_number, new.phone);");
}

QString ftsDelete()
{
    return QStringLiteral("INSERT INTO person_fts(person_fts, rowid, name, name_pinyin, name_initials, id_number, phone) "
                          "VALUES ('delete', old.id, old.name, old.name_pinyin, old.name_initials, old.id_number, old.phone);");
}

QString gramInsert()
{
    return QStringLiteral("INSERT OR IGNORE INTO person_name_gram(gram, person_id) %1;").arg(gramSelect("new"));
}

QString gramDelete()
{
    return QStringLiteral("DELETE FROM person_name_gram WHERE person_id = old.id AND gram IN "
                          "(SELECT substr(old.name, n, 1) FROM search_position WHERE n <= length(old.name) "
                          "UNION SELECT substr(old.name, n, 2) FROM search_position WHERE n < length(old.name));");
}

} // namespace

QStringList schemaV2SearchBatches()
{
    return {
        // Positions 1..64 for splitting names into pieces inside triggers.
        QStringLiteral("CREATE TABLE search_position (n INTEGER PRIMARY KEY)"),
        QStringLiteral("WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 64) "
                       "INSERT INTO search_position(n) SELECT n FROM s"),

        QStringLiteral(R"(CREATE TABLE person_name_gram (
            gram TEXT NOT NULL,
            person_id INTEGER NOT NULL,
            PRIMARY KEY (gram, person_id)) WITHOUT ROWID)"),
        QStringLiteral("INSERT OR IGNORE INTO person_name_gram(gram, person_id) %1")
            .arg(gramSelect("person").replace(QStringLiteral("FROM search_position"),
                                              QStringLiteral("FROM person, search_position"))),

        // External content: the index reads the text from person itself.
        QStringLiteral("CREATE VIRTUAL TABLE person_fts USING fts5(name, name_pinyin, name_initials, "
                       "id_number, phone, content='person', content_rowid='id', tokenize='trigram')"),
        QStringLiteral("INSERT INTO person_fts(person_fts) VALUES ('rebuild')"),

        QStringLiteral("CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN %1 %2 END")
            .arg(ftsInsert(), gramInsert()),
        QStringLiteral("CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN %1 %2 END")
            .arg(ftsDelete(), gramDelete()),
        QStringLiteral("CREATE TRIGGER person_search_update AFTER UPDATE OF name, name_pinyin, name_initials, "
                       "id_number, phone ON person BEGIN %1 %2 %3 %4 END")
            .arg(ftsDelete(), gramDelete(), ftsInsert(), gramInsert()),

        // Counting the active roster and listing it by name without touching the table.
        QStringLiteral("CREATE INDEX person_archived_pinyin ON person(archived, name_pinyin)"),
        QStringLiteral("CREATE INDEX person_archived_political ON person(archived, political_status)"),
        // Room numbers typed alone ("501") and the current residents of a dwelling or a person.
        QStringLiteral("CREATE INDEX dwelling_room ON dwelling(room)"),
        QStringLiteral("CREATE INDEX residence_current_person ON residence(person_id, dwelling_id) "
                       "WHERE moved_out IS NULL"),
        QStringLiteral("CREATE INDEX residence_current_dwelling ON residence(dwelling_id, person_id) "
                       "WHERE moved_out IS NULL"),
        QStringLiteral("CREATE INDEX person_history_batch ON person_history(batch_id) WHERE batch_id IS NOT NULL"),

        // An import (or any other bulk write) as one batch; each row it inserted, updated or
        // deleted keeps its before and after image (JSON) so that the batch can be undone.
        QStringLiteral(R"(CREATE TABLE import_batch (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
            source TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            undone_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE import_batch_row (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
            table_name TEXT NOT NULL,
            row_key TEXT NOT NULL,
            before TEXT,
            after TEXT))"),
        QStringLiteral("CREATE INDEX import_batch_row_batch ON import_batch_row(batch_id)"),
    };
}

} // namespace cd
