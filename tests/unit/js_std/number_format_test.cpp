// tests/unit/js_std/number_format_test.cpp — Number's pure formatting and parsing pieces
// (runtime/js/number_format.h) against values node prints.
#include <catch.hpp>
#include <cmath>
#include "runtime/js/number_format.h"

using namespace dualvm::js;

TEST_CASE("toFixed digits follow ECMAScript rounding", "[js_std][number]") {
  CHECK(formatFixed(3.14159, 2) == "3.14");
  CHECK(formatFixed(1.005, 2) == "1.00");  // 1.005 is 1.00499999999999989...
  CHECK(formatFixed(2.5, 0) == "3");
  CHECK(formatFixed(-1.5, 0) == "-2");
  CHECK(formatFixed(0, 3) == "0.000");
  CHECK(formatFixed(-0.0, 2) == "0.00");
  CHECK(formatFixed(1e21, 2) == "1e+21");
  CHECK(formatFixed(123.456, 10) == "123.4560000000");
}

TEST_CASE("toExponential and toPrecision", "[js_std][number]") {
  CHECK(formatExponential(123456, 2) == "1.23e+5");
  CHECK(formatExponential(0.00015, -1) == "1.5e-4");
  CHECK(formatExponential(0, 2) == "0.00e+0");
  CHECK(formatPrecision(123.456, 4) == "123.5");
  CHECK(formatPrecision(0.000123, 2) == "0.00012");
  CHECK(formatPrecision(123456789, 3) == "1.23e+8");
  CHECK(formatPrecision(1, 5) == "1.0000");
}

TEST_CASE("toLocaleString groups thousands like en-US", "[js_std][number]") {
  CHECK(formatLocaleEnUs(1234567.891, 0, 3) == "1,234,567.891");
  CHECK(formatLocaleEnUs(-1234.5, 0, 3) == "-1,234.5");
  CHECK(formatLocaleEnUs(999, 0, 3) == "999");
  CHECK(formatLocaleEnUs(0.12345, 0, 3) == "0.123");
  CHECK(formatLocaleEnUs(5, 2, 2) == "5.00");
  CHECK(formatLocaleEnUs(NAN, 0, 3) == "NaN");
}

TEST_CASE("parseFloat and parseInt prefixes", "[js_std][number]") {
  CHECK(parseFloatPrefix(u"  3.14abc") == 3.14);
  CHECK(parseFloatPrefix(u"-.5") == -0.5);
  CHECK(parseFloatPrefix(u"1e3x") == 1000);
  CHECK(parseFloatPrefix(u"1e") == 1);
  CHECK(parseFloatPrefix(u"-Infinityx") == -INFINITY);
  CHECK(std::isnan(parseFloatPrefix(u"abc")));
  CHECK(parseIntPrefix(u"0x1F", 0) == 31);
  CHECK(parseIntPrefix(u"  -42px", 0) == -42);
  CHECK(parseIntPrefix(u"ff", 16) == 255);
  CHECK(parseIntPrefix(u"0x10", 16) == 16);
  CHECK(parseIntPrefix(u"101", 2) == 5);
  CHECK(parseIntPrefix(u"08", 0) == 8);
  CHECK(std::isnan(parseIntPrefix(u"z", 10)));
  CHECK(std::isnan(parseIntPrefix(u"1", 37)));
}
