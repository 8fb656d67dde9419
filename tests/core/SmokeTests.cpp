// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/QtStringMakers.h"
#include "support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

TEST_CASE("The shipped registry holds 21 central and 17 local evaluated bodies on 2019-09-01", "[core][registry]")
{
    test::TestDatabase t;
    const auto bodies = t.registry->repository().evaluatedOn(QDate(2019, 9, 1));
    REQUIRE(bodies.has_value());
    const auto central = std::count_if(bodies->begin(), bodies->end(),
                                       [](const core::Body& b) { return b.fields.kind == core::BodyKind::Central; });
    CHECK(central == 21);
    CHECK(bodies->size() - static_cast<std::size_t>(central) == 17);
}
