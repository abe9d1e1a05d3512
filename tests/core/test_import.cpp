#include "test_import_support.h"

#include "demo/demogenerator.h"
#include "roster/columnmapping.h"
#include "roster/importrowparser.h"
#include "roster/rosterexport.h"
#include "roster/rosterlisting.h"
#include "roster/rosterrepository.h"

#include <atomic>

using namespace importtest;

TEST_CASE("import: header under a merged title, Chinese headers, every kind of fault", "[import]")
{
    cd::test::TempDir dir;
    const QStringList ids = makeFixtures(dir.path());
    cd::Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("r.sqlite"))));

    cd::RosterImport import(dir.file(QStringLiteral("roster.xlsx")));
    REQUIRE(import.open());
    CHECK(import.headerRow() == 2);
    const cd::ColumnMapping &m = import.mapping();
    CHECK(m.column(cd::ImportField::Name) == 1);
    CHECK(m.column(cd::ImportField::IdNumber) == 3);   // 公民身份号码
    CHECK(m.column(cd::ImportField::Phone) == 5);      // 手机号
    CHECK(m.column(cd::ImportField::Estate) == 6);     // 小区名称
    CHECK(m.column(cd::ImportField::Building) == 7);   // 楼号
    CHECK(m.column(cd::ImportField::Room) == 9);       // 室号
    CHECK(m.column(cd::ImportField::Area) == 10);      // 建筑面积（㎡）
    CHECK(m.field(0) == cd::ImportField::Ignore);      // 序号

    const cd::ImportSummary s = runImport(db, dir.file(QStringLiteral("roster.xlsx")));
    CHECK(s.written);
    CHECK(s.created == 3);
    CHECK(s.rejectedRows == 4);
    REQUIRE(s.problems.size() == 4);
    CHECK(s.problems.at(0).row == 5);
    CHECK(s.problems.at(0).header == QStringLiteral("公民身份号码"));
    CHECK(s.problems.at(0).reason.contains(QLatin1String("Excel stored it as a number (1.10105E+17)")));
    CHECK(s.problems.at(1).row == 6);
    CHECK(s.problems.at(1).reason.contains(QLatin1String("last character")));
    CHECK(s.problems.at(2).row == 7);
    CHECK(s.problems.at(2).header == QStringLiteral("出生日期"));
    CHECK(s.problems.at(3).row == 9);
    CHECK(s.problems.at(3).reason.contains(QLatin1String("building is missing")));

    // Lower-case x, full-width digits, a date serial, 1990年1月2日 and 20000229 all read.
    const QString byId = QStringLiteral("SELECT %1 FROM person WHERE id_number = ?");
    CHECK(text(db, byId.arg(QLatin1String("birth_date")), ids.at(0)) == QStringLiteral("1949-12-31"));
    CHECK(text(db, byId.arg(QLatin1String("birth_date")), ids.at(1)) == QStringLiteral("1990-01-02"));
    CHECK(text(db, byId.arg(QLatin1String("birth_date")), ids.at(4)) == QStringLiteral("2000-02-29"));
    CHECK(text(db, byId.arg(QLatin1String("political_status")), ids.at(0)) == QStringLiteral("cpc_member"));
    CHECK(text(db, byId.arg(QLatin1String("political_status")), ids.at(4)) == QStringLiteral("league_member"));
    CHECK(text(db, byId.arg(QLatin1String("phone")), ids.at(1)) == QStringLiteral("13900139000"));
    // Places created from the address columns; 3号楼/2单元/501室 and 3/2/501 are one dwelling.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM estate")) == 2);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling")) == 2);
    CHECK(count(db, QStringLiteral("SELECT area_centi FROM dwelling WHERE room = '501'")) == 8950);
    CHECK(count(db, QStringLiteral("SELECT area_centi FROM dwelling WHERE room = '101'")) == 7625);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM residence")) == 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM ownership WHERE is_voter = 1")) == 2);
    // Found by the search index, which the import builds in bulk.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'zhangsan'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person_name_gram WHERE gram = '孙'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'person_search_insert'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'person_pinyin'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person_history WHERE kind = 'created' AND batch_id = ?"),
                s.batchId) == 3);

    // The error workbook: original columns plus 行号 and 错误原因, readable by openpyxl.
    const QString errors = dir.file(QStringLiteral("errors.xlsx"));
    REQUIRE(cd::RosterImport::writeErrorWorkbook(errors, s));
    const auto read = cd::test::runPython(QStringLiteral(
        "import sys, openpyxl\n"
        "rows = list(openpyxl.load_workbook(sys.argv[1]).active.iter_rows(values_only=True))\n"
        "print(len(rows) - 1, rows[0][-2], rows[0][-1], rows[1][-2], rows[1][3])\n"), {errors});
    REQUIRE(read.exitCode == 0);
    CHECK(QString::fromUtf8(read.out).trimmed()
          == QStringLiteral("4 行号 错误原因 5 110105199001020000"));

    // Fixed rows import: the error workbook is a roster again.
    cd::RosterImport again(errors);
    REQUIRE(again.open());
    CHECK(again.headerRow() == 1);
    CHECK(again.mapping().column(cd::ImportField::IdNumber) == 3);
}

TEST_CASE("import: CSV in GB18030 and in UTF-8 with BOM", "[import]")
{
    cd::test::TempDir dir;
    const QStringList ids = makeFixtures(dir.path());
    for (const char *file : {"gb18030.csv", "utf8bom.csv"}) {
        cd::Database db;
        REQUIRE(db.open(dir.file(QStringLiteral("%1.sqlite").arg(QLatin1String(file)))));
        cd::RosterImport import(dir.file(QLatin1String(file)));
        REQUIRE(import.open());
        CHECK(import.sourceDescription()
              == (QLatin1String(file) == QLatin1String("gb18030.csv") ? QStringLiteral("GB18030")
                                                                    : QStringLiteral("UTF-8 with BOM")));
        const cd::ImportSummary s = runImport(db, dir.file(QLatin1String(file)));
        CHECK(s.created == 2);
        REQUIRE(s.problems.size() == 1);
        CHECK(s.problems.at(0).row == 4);
        CHECK(s.problems.at(0).header == QStringLiteral("身份证号"));
        CHECK(text(db, QStringLiteral("SELECT name FROM person WHERE id_number = ?"), ids.at(1)) == QStringLiteral("李四"));
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling WHERE area_centi = 8950")) == 1);
    }
}

TEST_CASE("import: corrupt workbooks are refused and the database is unchanged", "[import]")
{
    cd::test::TempDir dir;
    makeFixtures(dir.path());
    cd::Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("r.sqlite"))));
    runImport(db, dir.file(QStringLiteral("gb18030.csv")));
    const QByteArray before = rosterHash(db);

    cd::RosterImport notZip(dir.file(QStringLiteral("not_a_zip.xlsx")));
    const cd::Status refused = notZip.open();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QLatin1String("not an .xlsx workbook")));

    // The broken XML is past the header: open() succeeds, the run is refused and rolled back.
    cd::RosterImport broken(dir.file(QStringLiteral("broken_xml.xlsx")));
    cd::Status opened = broken.open();
    if (opened.ok()) {
        const cd::Result<cd::ImportSummary> run = broken.run(db);
        REQUIRE_FALSE(run.ok());
        opened = run.status();
    }
    CHECK(opened.message().contains(QLatin1String("not valid XML")));
    CHECK(rosterHash(db) == before);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'person_search_insert'")) == 1);
}

TEST_CASE("import: existing people are skipped or updated, and the batch undoes", "[import]")
{
    cd::test::TempDir dir;
    const QStringList ids = makeFixtures(dir.path());
    cd::Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("r.sqlite"))));
    const cd::ImportSummary first = runImport(db, dir.file(QStringLiteral("gb18030.csv")));
    REQUIRE(first.created == 2);
    QSqlQuery edit(db.sql());
    REQUIRE(edit.exec(QStringLiteral("UPDATE person SET phone = '13600136000', ethnicity = '满族' WHERE name = '张三'")));
    const QByteArray edited = rosterHash(db);

    // Skip (the default): nothing changes, the rows are counted as skipped.
    const cd::ImportSummary skipped = runImport(db, dir.file(QStringLiteral("utf8bom.csv")));
    CHECK(skipped.skipped == 2);
    CHECK(skipped.created == 0);
    CHECK_FALSE(skipped.written);
    CHECK(rosterHash(db) == edited);

    // Update: the file's columns win, columns the file lacks (民族) are kept.
    cd::RosterImport::Options update;
    update.updateExisting = true;
    const cd::ImportSummary updated = runImport(db, dir.file(QStringLiteral("utf8bom.csv")), update);
    CHECK(updated.updated == 2);
    REQUIRE(updated.written);
    CHECK(text(db, QStringLiteral("SELECT phone FROM person WHERE id_number = ?"), ids.at(0)) == QStringLiteral("13800138000"));
    CHECK(text(db, QStringLiteral("SELECT ethnicity FROM person WHERE id_number = ?"), ids.at(0)) == QStringLiteral("满族"));

    cd::RosterRepository repository(db);
    const cd::Status undone = repository.undoBatch(updated.batchId);
    INFO(undone.message().toStdString());
    REQUIRE(undone.ok());
    CHECK(text(db, QStringLiteral("SELECT phone FROM person WHERE id_number = ?"), ids.at(0)) == QStringLiteral("13600136000"));

    // Undoing the first import removes its people and the places it created.
    // The hand edit made after the first import stands in the way of undoing it ...
    const cd::Status refused = repository.undoBatch(first.batchId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("张三")));
    // ... until it is taken back.
    REQUIRE(edit.exec(QStringLiteral("UPDATE person SET phone = '13800138000', ethnicity = '' WHERE name = '张三'")));
    const cd::Status undoneFirst = repository.undoBatch(first.batchId);
    INFO(undoneFirst.message().toStdString());
    REQUIRE(undoneFirst.ok());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM estate")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'zhangsan'")) == 0);
}

TEST_CASE("import: a cancelled run, a dry run and a preview write nothing", "[import]")
{
    cd::test::TempDir dir;
    makeFixtures(dir.path());
    cd::Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("r.sqlite"))));
    const QByteArray empty = rosterHash(db);

    std::atomic<bool> cancel{true};
    cd::RosterImport import(dir.file(QStringLiteral("roster.xlsx")));
    REQUIRE(import.open());
    import.setCancelFlag(&cancel);
    const cd::Result<cd::ImportSummary> cancelled = import.run(db);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    CHECK_FALSE(cancelled->written);
    CHECK(rosterHash(db) == empty);

    cd::RosterImport::Options dry;
    dry.dryRun = true;
    const cd::ImportSummary checked = runImport(db, dir.file(QStringLiteral("roster.xlsx")), dry);
    CHECK(checked.created == 3);
    CHECK_FALSE(checked.written);
    CHECK(rosterHash(db) == empty);

    cd::RosterImport preview(dir.file(QStringLiteral("roster.xlsx")));
    REQUIRE(preview.open());
    const cd::Result<cd::ImportSummary> first = preview.preview(db, 4);
    REQUIRE(first.ok());
    REQUIRE(first->rows.size() == 4);
    CHECK(first->rows.at(0).outcome == cd::ImportWriter::Outcome::Created);
    CHECK(first->rows.at(2).outcome == cd::ImportWriter::Outcome::Rejected);
    CHECK(first->rows.at(2).row == 5);
    CHECK(first->rows.at(0).cells.at(1) == QStringLiteral("张三"));
    CHECK(rosterHash(db) == empty);
}

TEST_CASE("import: the mapping is adjustable, serialisable and remembered per header signature", "[import]")
{
    const QStringList headers = {QStringLiteral("姓名"), QStringLiteral("证件号码"), QStringLiteral("电话"),
                                 QStringLiteral("房间号"), QStringLiteral("备用")};
    cd::ColumnMapping mapping = cd::ColumnMapping::fromHeaders(headers);
    CHECK(mapping.field(1) == cd::ImportField::IdNumber);
    CHECK(mapping.field(3) == cd::ImportField::Room);
    CHECK(mapping.field(4) == cd::ImportField::Ignore);
    mapping.setField(4, cd::ImportField::Phone); // moves the field from column 2
    CHECK(mapping.field(2) == cd::ImportField::Ignore);
    const cd::ColumnMapping back = cd::ColumnMapping::fromJson(mapping.toJson(), headers);
    CHECK(back.field(4) == cd::ImportField::Phone);
    CHECK(back.field(2) == cd::ImportField::Ignore);
    CHECK(mapping.signature() == cd::ColumnMapping::signatureOf({QStringLiteral(" 姓 名 "), QStringLiteral("证件号码"),
                                                                 QStringLiteral("电话"), QStringLiteral("房间号"),
                                                                 QStringLiteral("备用")}));
    CHECK(mapping.signature() != cd::ColumnMapping::signatureOf(headers.mid(0, 4)));

    cd::test::TempDir dir;
    cd::Database db;
    REQUIRE(db.open(dir.file(QStringLiteral("r.sqlite"))));
    CHECK(cd::RosterImport::rememberedMapping(db, headers).field(2) == cd::ImportField::Phone);
    REQUIRE(cd::RosterImport::rememberMapping(db, mapping));
    CHECK(cd::RosterImport::rememberedMapping(db, headers).field(4) == cd::ImportField::Phone);

    CHECK(cd::ImportRowParser::placeNumber(QStringLiteral("３号楼")) == QStringLiteral("3"));
    CHECK(cd::ImportRowParser::placeNumber(QStringLiteral("2单元")) == QStringLiteral("2"));
    CHECK(cd::ImportRowParser::placeNumber(QStringLiteral("501室")) == QStringLiteral("501"));
    CHECK(cd::ImportRowParser::areaCenti(QStringLiteral("89.5平方米")) == 8950);
    CHECK(cd::ImportRowParser::areaCenti(QStringLiteral("abc")) == -1);
}

TEST_CASE("import: an unmasked export of a demo roster re-imports with nothing lost", "[import][roundtrip]")
{
    cd::test::TempDir dir;
    cd::Database source;
    REQUIRE(source.open(dir.file(QStringLiteral("a.sqlite"))));
    cd::DemoOptions demo;
    demo.households = 150;
    REQUIRE(cd::DemoGenerator::generate(source, demo).ok());
    const QString file = dir.file(QStringLiteral("roster.xlsx"));
    cd::RosterExport::Options options;
    options.unmasked = true;
    const cd::Result<int> exported = cd::RosterExport::writeFile(source, file, options);
    REQUIRE(exported.ok());

    cd::Database target;
    REQUIRE(target.open(dir.file(QStringLiteral("b.sqlite"))));
    const cd::ImportSummary s = runImport(target, file);
    INFO((s.problems.isEmpty() ? QString() : s.problems.first().reason).toStdString());
    CHECK(s.rejectedRows == 0);
    CHECK(s.created == *exported);

    const auto lines = [](cd::Database &db) {
        QStringList out;
        REQUIRE(cd::RosterListing::forEach(db, {}, [&](const cd::RosterLine &l) {
            // An owner living elsewhere has no address in the export, so no dwelling to own.
            const bool owner = l.owner && !l.building.isEmpty();
            out << QStringList{l.estate, l.building, l.unit, l.room, QString::number(l.areaCenti), l.occupancy,
                               l.name, l.sex, l.idNumber, l.birthDate.toString(Qt::ISODate), l.phone, l.ethnicity,
                               l.politicalStatus, l.hukou, l.relation, owner ? QStringLiteral("owner") : QString(),
                               l.tags.join(QLatin1Char(',')), l.notes}
                       .join(QLatin1Char('|'));
            return true;
        }));
        out.sort();
        return out;
    };
    const QStringList before = lines(source);
    const QStringList after = lines(target);
    REQUIRE(before.size() == after.size());
    for (int i = 0; i < before.size(); ++i) {
        INFO(i);
        CHECK(after.at(i) == before.at(i));
    }
}
