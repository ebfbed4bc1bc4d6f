// tests/unit/py_runtime/format.cpp — the text helpers of runtime/python/py_text.h: float layout
// (repr, format codes), the format-spec mini-language, %-formatting, int()/float() parsing and
// str repr. Every expected string was printed by python3.11.
#include <catch.hpp>
#include <cmath>
#include "runtime/python/py_text.h"

using namespace dualvm;
using namespace dualvm::py;

namespace {
struct Py {
  VM vm;
  PyLanguage* L;
  Py() {
    L = new PyLanguage(vm);
    vm.adoptLanguage(ir::Language::Python, L);
    L->init(vm);
  }
  std::string fmt(Value v, const char* spec) { return formatValue(*L, v, spec); }
  std::string pct(const char* f, Value arg) {
    Rooted fs(vm, L->newStr(f));
    return asString(percentFormat(*L, asString(fs), arg))->toUtf8();
  }
  // the message of the Python exception `fn` raises, or "" when it does not raise
  template <class F>
  std::string error(F fn) {
    try {
      fn();
    } catch (ScriptThrow&) {
      Value e = vm.exception;
      return L->typeName(e) + ": " + L->str(e);
    }
    return "";
  }
};
Value D(double d) { return Value::number(d); }
Value I(int64_t i) { return Value::fromInt64(i); }
}  // namespace

TEST_CASE("float repr is the shortest round-trip text with CPython's exponent thresholds", "[py_runtime][format]") {
  CHECK(PyLanguage::floatRepr(0.1) == "0.1");
  CHECK(PyLanguage::floatRepr(1e16) == "1e+16");
  CHECK(PyLanguage::floatRepr(1e15) == "1000000000000000.0");
  CHECK(PyLanguage::floatRepr(0.0001) == "0.0001");
  CHECK(PyLanguage::floatRepr(0.00001) == "1e-05");
  CHECK(PyLanguage::floatRepr(-0.0) == "-0.0");
  CHECK(PyLanguage::floatRepr(5e-324) == "5e-324");
  CHECK(PyLanguage::floatRepr(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(PyLanguage::floatRepr(std::sqrt(2.0) * std::sqrt(2.0)) == "2.0000000000000004");
}

TEST_CASE("format codes for floats", "[py_runtime][format]") {
  Py py;
  CHECK(py.fmt(D(1.0), ".3") == "1.0");
  CHECK(py.fmt(D(123.0), ".3") == "1.23e+02");
  CHECK(py.fmt(D(12345.6789), ",.2f") == "12,345.68");
  CHECK(py.fmt(D(0.5), ".0%") == "50%");
  CHECK(py.fmt(D(2.5), ".0f") == "2");    // exact tie: half to even
  CHECK(py.fmt(D(0.125), ".2f") == "0.12");
  CHECK(py.fmt(D(2.675), ".2f") == "2.67");  // the binary value is below the tie
  CHECK(py.fmt(D(NAN), "+F") == "+NAN");
  CHECK(py.fmt(D(INFINITY), "010") == "0000000inf");
  CHECK(py.fmt(D(-0.0), "z.1f") == "0.0");
  CHECK(py.fmt(D(1e-5), "g") == "1e-05");
  CHECK(py.fmt(D(123456789.0), "g") == "1.23457e+08");
  CHECK(py.fmt(D(1.5), "#.0f") == "2.");
  CHECK(py.fmt(D(-1234.5), "=+12,.1f") == "-    1,234.5");
  CHECK(py.fmt(D(3.0), "e") == "3.000000e+00");
}

TEST_CASE("format codes for ints and strings", "[py_runtime][format]") {
  Py py;
  CHECK(py.fmt(I(1234), "08,") == "0,001,234");
  CHECK(py.fmt(I(255), "#010x") == "0x000000ff");
  CHECK(py.fmt(I(-5), "*=6") == "-****5");
  CHECK(py.fmt(I(1234567), "_d") == "1_234_567");
  CHECK(py.fmt(I(255), "_b") == "1111_1111");
  CHECK(py.fmt(I(65), "c") == "A");
  CHECK(py.fmt(I(42), "^+7") == "  +42  ");
  CHECK(py.fmt(Value::boolean(true), "") == "True");
  CHECK(py.fmt(Value::boolean(true), "d") == "1");
  Rooted s(py.vm, py.L->newStr("ab"));
  CHECK(py.fmt(s, "05") == "ab000");
  CHECK(py.fmt(s, "*^6") == "**ab**");
  CHECK(py.fmt(s, ".1") == "a");
  CHECK(py.error([&] { py.fmt(I(1), "abc"); }) == "ValueError: Invalid format specifier 'abc' for object of type 'int'");
  CHECK(py.error([&] { py.fmt(I(1), ",_"); }) == "ValueError: Cannot specify both ',' and '_'.");
  CHECK(py.error([&] { py.fmt(s, "+"); }) == "ValueError: Sign not allowed in string format specifier");
  CHECK(py.error([&] { py.fmt(D(1.5), "d"); }) == "ValueError: Unknown format code 'd' for object of type 'float'");
  CHECK(py.error([&] { py.fmt(Value::null(), "x"); }) == "TypeError: unsupported format string passed to NoneType.__format__");
}

TEST_CASE("percent formatting", "[py_runtime][format]") {
  Py py;
  CHECK(py.pct("%.3d|%-6x|%#o", [&] { Value v[3] = {I(5), I(255), I(8)}; return py.L->newTuple(v, 3); }()) == "005|ff    |0o10");
  CHECK(py.pct("%+.2e", D(12345.678)) == "+1.23e+04");
  CHECK(py.pct("%05.1f%%", D(3.14159)) == "003.1%");
  CHECK(py.pct("%c", I(65)) == "A");
  CHECK(py.pct("hi", py.L->newList(nullptr, 0)) == "hi");  // a list counts as a mapping: no error
  CHECK(py.error([&] { py.pct("%z", I(1)); }) == "ValueError: unsupported format character 'z' (0x7a) at index 1");
  CHECK(py.error([&] { py.pct("%x", D(1.5)); }) == "TypeError: %x format: an integer is required, not float");
  CHECK(py.error([&] { py.pct("%d %d", I(1)); }) == "TypeError: not enough arguments for format string");
  CHECK(py.error([&] { py.pct("%(a)s", I(1)); }) == "TypeError: format requires a mapping");
}

TEST_CASE("int() and float() text parsing", "[py_runtime][format]") {
  Py py;
  Value out;
  auto intOf = [&](const char32_t* s, int base) -> std::string {
    if (!parseIntText(*py.L, s, base, &out)) return "invalid";
    return py.L->repr(out);
  };
  CHECK(intOf(U" +0x_ff ", 0) == "255");
  CHECK(intOf(U"1_000", 10) == "1000");
  CHECK(intOf(U"1__0", 10) == "invalid");
  CHECK(intOf(U"_1", 10) == "invalid");
  CHECK(intOf(U"010", 0) == "invalid");
  CHECK(intOf(U"00", 0) == "0");
  CHECK(intOf(U"\u0661\u0662", 10) == "12");
  CHECK(intOf(U"-zz", 36) == "-1295");
  CHECK(intOf(U"99999999999999999999", 10) == "99999999999999999999");
  double d;
  CHECK((parseFloatText(U" 1_000.5 ", &d) && d == 1000.5));
  CHECK((parseFloatText(U"-iNF", &d) && std::isinf(d) && d < 0));
  CHECK((parseFloatText(U"5.", &d) && d == 5.0));
  CHECK(!parseFloatText(U"1e", &d));
  CHECK(!parseFloatText(U"0x1p3", &d));
  CHECK(!parseFloatText(U"1._5", &d));
  CHECK(!parseFloatText(U"", &d));
}

TEST_CASE("str repr escapes what CPython does not print", "[py_runtime][format]") {
  Py py;
  auto r = [&](const std::u32string& s) { return strRepr(asString(py.L->newStrCp(s))); };
  CHECK(r(U"it's") == "\"it's\"");
  CHECK(r(U"both '\"") == "'both \\'\"'");
  CHECK(r(std::u32string(U"\x00\x07\u200b\U0010ffff", 4)) == "'\\x00\\x07\\u200b\\U0010ffff'");
  CHECK(r(U"h\u00e9llo \u2603") == "'h\u00e9llo \u2603'");
  Rooted s(py.vm, py.L->newStrCp(U"h\u00e9 \U0001d11e"));
  CHECK(asciiRepr(*py.L, s) == "'h\\xe9 \\U0001d11e'");
}
