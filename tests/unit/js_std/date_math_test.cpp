// tests/unit/js_std/date_math_test.cpp — Date's pure arithmetic and parsing
// (runtime/js/date_math.h), in UTC.
#include <catch.hpp>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include "runtime/js/date_math.h"

using namespace dualvm::js::date;

TEST_CASE("civil dates round-trip through day numbers", "[js_std][date]") {
  CHECK(daysFromCivil(1970, 0, 1) == 0);
  CHECK(daysFromCivil(2000, 1, 29) == 11016);
  Civil c = civilFromDays(11016);
  CHECK(c.year == 2000);
  CHECK(c.month == 1);
  CHECK(c.day == 29);
  Civil before = civilFromDays(-1);
  CHECK(before.year == 1969);
  CHECK(before.month == 11);
  CHECK(before.day == 31);
  CHECK(weekDay(0) == 4);  // 1970-01-01 was a Thursday
}

TEST_CASE("MakeDay handles month overflow and TimeClip limits", "[js_std][date]") {
  CHECK(makeDay(2024, 12, 1) == daysFromCivil(2025, 0, 1));
  CHECK(makeDay(2024, -1, 1) == daysFromCivil(2023, 11, 1));
  CHECK(std::isnan(timeClip(8.64e15 + 1)));
  CHECK(timeClip(1.7) == 1);
}

TEST_CASE("Date.parse formats", "[js_std][date]") {
  setenv("TZ", "UTC", 1);
  tzset();
  CHECK(parse("1970-01-01T00:00:00.000Z") == 0);
  CHECK(parse("2024-03-05") == 1709596800000.0);
  CHECK(parse("2024-03-05T10:00:00Z") == 1709632800000.0);
  CHECK(parse("2024-03-05T10:00:00+02:00") == 1709625600000.0);
  CHECK(parse("+002024-03-05T00:00:00Z") == 1709596800000.0);
  CHECK(parse("Tue Mar 05 2024 10:00:00 GMT+0000 (Coordinated Universal Time)") == 1709632800000.0);
  CHECK(parse("Tue, 05 Mar 2024 10:00:00 GMT") == 1709632800000.0);
  CHECK(parse("March 5, 2024") == 1709596800000.0);
  CHECK(std::isnan(parse("not a date")));
  CHECK(std::isnan(parse("2024-13-01")));
}
