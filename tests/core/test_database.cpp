#include "db/database.h"
#include "testsupport.h"
#include <catch2/catch.hpp>
TEST_CASE("database opens") { cd::test::TempDir dir; cd::Database db; REQUIRE(db.open(dir.file(QStringLiteral("a.sqlite"))).ok()); }
