// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

core::Body bodyOf(const test::TestDatabase& t, const QString& code)
{
    const auto body = t.registry->repository().body(t.idOf(code));
    REQUIRE(body.has_value());
    return *body;
}

const core::Text3 astanaShort{u"Астана қаласы"_s, u"город Астана"_s, u"Astana"_s};
const core::Text3 astanaFull{u"Астана қаласының әкімдігі"_s, u"Акимат города Астаны"_s, u"Akimat of Astana"_s};
const core::Text3 nurSultanShort{u"Нұр-Сұлтан қаласы"_s, u"город Нур-Султан"_s, u"Nur-Sultan"_s};
const core::Text3 nurSultanFull{u"Нұр-Сұлтан қаласының әкімдігі"_s, u"Акимат города Нур-Султана"_s,
                                u"Akimat of Nur-Sultan"_s};

} // namespace

TEST_CASE("The capital is named Astana before 2019-03-23 and again from 2022-09-17", "[core][registry][names]")
{
    test::TestDatabase t;
    const core::Body ast = bodyOf(t, u"AST"_s);
    const QDate date = GENERATE(QDate(2018, 1, 1), QDate(2019, 3, 22), QDate(2022, 9, 17), QDate(2030, 1, 1));
    CAPTURE(date);
    CHECK(ast.nameOn(date).shortName == astanaShort);
    CHECK(ast.nameOn(date).fullName == astanaFull);
}

TEST_CASE("The capital is named Nur-Sultan from 2019-03-23 to 2022-09-16", "[core][registry][names]")
{
    test::TestDatabase t;
    const core::Body ast = bodyOf(t, u"AST"_s);
    const QDate date = GENERATE(QDate(2019, 3, 23), QDate(2020, 6, 1), QDate(2022, 9, 16));
    CAPTURE(date);
    CHECK(ast.nameOn(date).shortName == nurSultanShort);
    CHECK(ast.nameOn(date).fullName == nurSultanFull);
    CHECK(ast.nameOn(date).validFrom == QDate(2019, 3, 23));
}

TEST_CASE("The Office of the Prime Minister is named the Apparatus of the Government from 2023-01-02",
          "[core][registry][names]")
{
    test::TestDatabase t;
    const core::Body pmo = bodyOf(t, u"PMO"_s);
    CHECK(pmo.nameOn(QDate(2023, 1, 1)).shortName
          == core::Text3{u"Премьер-Министрінің Кеңсесі"_s, u"Канцелярия Премьер-Министра"_s,
                         u"Office of the Prime Minister"_s});
    CHECK(pmo.nameOn(QDate(2023, 1, 2)).shortName
          == core::Text3{u"Үкіметінің Аппараты"_s, u"Аппарат Правительства"_s, u"Apparatus of the Government"_s});
    CHECK(pmo.nameOn(QDate(2023, 1, 2)).fullName.kk == u"Қазақстан Республикасы Үкіметінің Аппараты"_s);
}

TEST_CASE("Turkistan Region is named so from 2018-06-19 and South Kazakhstan Region before", "[core][registry][names]")
{
    test::TestDatabase t;
    const core::Body tur = bodyOf(t, u"TUR"_s);
    CHECK(
        tur.nameOn(QDate(2018, 6, 18)).shortName
        == core::Text3{u"Оңтүстік Қазақстан облысы"_s, u"Южно-Казахстанская область"_s, u"South Kazakhstan Region"_s});
    CHECK(tur.nameOn(QDate(2018, 6, 19)).shortName
          == core::Text3{u"Түркістан облысы"_s, u"Туркестанская область"_s, u"Turkistan Region"_s});
    CHECK(tur.nameOn(QDate(2019, 9, 1)).fullName.kk == u"Түркістан облысының әкімдігі"_s);
}

TEST_CASE("The Kazakh letters ә ғ қ ң ө ұ ү һ і in names round-trip exactly, also after reopening the file",
          "[core][registry][names]")
{
    const QString letters = u"ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І"_s;
    core::BodyName name;
    name.shortName = {u"Әліпби: "_s + letters, u"Алфавит: ё й"_s, u"Alphabet"_s};
    name.fullName = {u"Қазақ әліпбиінің әріптері: "_s + letters, u"Буквы казахского алфавита"_s,
                     u"Letters of the Kazakh alphabet"_s};
    core::BodyFields fields;
    fields.scope.block1 = true;

    QString path;
    QTemporaryDir keep;
    {
        test::TestDatabase t(false);
        const auto id = t.registry->addBody(u"KAZ"_s, fields, name, u"Әріптер"_s);
        REQUIRE(id.has_value());
        const auto body = t.registry->repository().body(*id);
        REQUIRE(body.has_value());
        CHECK(body->names.front().shortName == name.shortName);
        CHECK(body->names.front().fullName == name.fullName);
        // Stored as characters, not as mangled bytes: SQLite counts the same number of characters.
        QSqlQuery q(t.db->connection());
        REQUIRE(q.exec(u"SELECT length(short_kk), length(full_kk) FROM body_name"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == name.shortName.kk.size());
        CHECK(q.value(1).toLongLong() == name.fullName.kk.size());
        q.finish();
        path = keep.filePath(u"copy.db"_s);
        REQUIRE(t.db->backupTo(path).has_value());
    }
    auto reopened = core::Database::open(path, {});
    REQUIRE(reopened.has_value());
    test::FixedClock clock;
    core::AuditLog audit(**reopened, clock, u"tester"_s);
    core::RegistryService registry(**reopened, audit);
    const auto body = registry.repository().bodyByCode(u"KAZ"_s);
    REQUIRE(body.has_value());
    REQUIRE(body->has_value());
    CHECK((*body)->names.front().shortName == name.shortName);
    CHECK((*body)->names.front().fullName == name.fullName);
    CHECK((*body)->names.front().shortName.kk.contains(letters));
}

TEST_CASE("Every shipped name is stored exactly as the dataset writes it, with its starting date",
          "[core][registry][names]")
{
    test::TestDatabase t;
    QFile file(core::ReferenceData::shippedRegistryPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonArray bodies = QJsonDocument::fromJson(file.readAll()).object()[u"bodies"].toArray();
    REQUIRE(bodies.size() > 50);
    auto text3 = [](const QJsonValue& v) {
        const QJsonObject o = v.toObject();
        return core::Text3{o[u"kk"].toString(), o[u"ru"].toString(), o[u"en"].toString()};
    };
    for (const QJsonValue& value : bodies) {
        const QJsonObject o = value.toObject();
        const QString code = o[u"code"].toString();
        CAPTURE(code);
        const core::Body body = bodyOf(t, code);
        const QJsonArray names = o[u"names"].toArray();
        REQUIRE(body.names.size() == static_cast<std::size_t>(names.size()));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QJsonObject n = names[i].toObject();
            CHECK(body.names[static_cast<std::size_t>(i)].validFrom == core::parseIsoDate(n[u"valid_from"].toString()));
            CHECK(body.names[static_cast<std::size_t>(i)].shortName == text3(n[u"short"]));
            CHECK(body.names[static_cast<std::size_t>(i)].fullName == text3(n[u"full"]));
        }
    }
}
