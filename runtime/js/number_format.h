// runtime/js/number_format.h — the pure number <-> text algorithms of Number (number_builtins.cpp):
// toFixed/toExponential/toPrecision digits (double-conversion, ECMAScript flags), en-US locale
// grouping, and the prefix parsers of parseFloat/parseInt. No VM needed: unit-tested directly.
#pragma once
#include <string>
#include <string_view>

namespace dualvm::js {

std::string formatFixed(double x, int digits);          // x finite
std::string formatExponential(double x, int digits);    // digits -1 = as many as needed
std::string formatPrecision(double x, int precision);   // 1..100
// toLocaleString() for en-US: grouping commas, between minFrac and maxFrac fraction digits.
std::string formatLocaleEnUs(double x, int minFrac, int maxFrac);
// parseFloat / parseInt on the whole string (leading white space skipped); NaN when no digits.
double parseFloatPrefix(std::u16string_view s);
double parseIntPrefix(std::u16string_view s, int radix);  // radix 0 = 10 or 16 by prefix

}  // namespace dualvm::js
