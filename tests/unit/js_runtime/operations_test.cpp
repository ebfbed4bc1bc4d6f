// tests/unit/js_runtime/operations_test.cpp — the JS library's abstract operations
// (runtime/js/operations.h, object_ops.h): StringToNumber, Number::toString (shortest digits and
// the ECMAScript exponent rules, radix), ToInt32, abstract equality, property key order.
#include <catch.hpp>
#include <cmath>
#include "runtime/js/js_engine.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

using namespace dualvm;
using namespace dualvm::js;

TEST_CASE("StringToNumber", "[js_runtime][ops]") {
  CHECK(stringToNumber(u"") == 0);
  CHECK(stringToNumber(u"  \n\t 42 \u00a0") == 42);
  CHECK(stringToNumber(u"0x1F") == 31);
  CHECK(stringToNumber(u"0o17") == 15);
  CHECK(stringToNumber(u"0b101") == 5);
  CHECK(stringToNumber(u"-Infinity") == -INFINITY);
  CHECK(stringToNumber(u"+Infinity") == INFINITY);
  CHECK(stringToNumber(u".5") == 0.5);
  CHECK(stringToNumber(u"5.") == 5);
  CHECK(stringToNumber(u"1e3") == 1000);
  CHECK(std::isnan(stringToNumber(u"1e")));
  CHECK(std::isnan(stringToNumber(u"-0x10")));   // signs are not allowed on prefixed literals
  CHECK(std::isnan(stringToNumber(u"12px")));
  CHECK(std::isnan(stringToNumber(u"inf")));
  CHECK(std::isnan(stringToNumber(u"1_000")));
  CHECK(std::signbit(stringToNumber(u"-0")));
}

TEST_CASE("Number::toString shortest round-trip with ECMAScript formatting", "[js_runtime][ops]") {
  CHECK(numberToStdString(0.1 + 0.2) == "0.30000000000000004");
  CHECK(numberToStdString(1e21) == "1e+21");
  CHECK(numberToStdString(1e20) == "100000000000000000000");
  CHECK(numberToStdString(123e-20) == "1.23e-18");
  CHECK(numberToStdString(0.000001) == "0.000001");
  CHECK(numberToStdString(0.0000001) == "1e-7");
  CHECK(numberToStdString(-0.0) == "0");
  CHECK(numberToStdString(NAN) == "NaN");
  CHECK(numberToStdString(-INFINITY) == "-Infinity");
  CHECK(numberToStdString(5e-324) == "5e-324");
  CHECK(numberToStdString(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(numberToRadixString(255, 16) == "ff");
  CHECK(numberToRadixString(-255, 2) == "-11111111");
  CHECK(numberToRadixString(0.5, 2) == "0.1");
  CHECK(numberToRadixString(3.75, 16) == "3.c");
}

TEST_CASE("ToInt32 wraps modulo 2^32", "[js_runtime][ops]") {
  CHECK(doubleToInt32(4294967296.0 + 5) == 5);
  CHECK(doubleToInt32(2147483648.0) == INT32_MIN);
  CHECK(doubleToInt32(-1.9) == -1);
  CHECK(doubleToInt32(NAN) == 0);
  CHECK(doubleToInt32(INFINITY) == 0);
}

TEST_CASE("abstract equality, SameValue and key order in a realm", "[js_runtime][ops]") {
  VM vm;
  installJsRealm(vm);
  Rooted one(vm, Value::cell(vm.intern("1")));
  Rooted empty(vm, Value::cell(vm.intern("")));
  CHECK(isLooselyEqual(vm, Value::integer(1), one));
  CHECK(isLooselyEqual(vm, Value::boolean(true), one));
  CHECK(isLooselyEqual(vm, Value::integer(0), empty));
  CHECK(isLooselyEqual(vm, Value::null(), Value::undefined()));
  CHECK_FALSE(isLooselyEqual(vm, Value::null(), Value::integer(0)));
  CHECK_FALSE(isLooselyEqual(vm, Value::number(NAN), Value::number(NAN)));
  CHECK(sameValue(Value::number(NAN), Value::number(NAN)));
  CHECK_FALSE(sameValue(Value::integer(0), Value::number(-0.0)));
  CHECK(sameValueZero(Value::integer(0), Value::number(-0.0)));
  CHECK(isStrictlyEqual(Value::integer(2), Value::number(2.0)));
  CHECK_FALSE(isStrictlyEqual(Value::boolean(true), Value::integer(1)));

  // Integer keys ascending, then strings in insertion order, then symbols.
  JsRealm& r = jsRealm(vm);
  Rooted o(vm, Value::cell(newPlainObject(vm, r.objectPrototype)));
  for (const char* k : {"z", "10", "a", "2", "4294967295", "0"})
    createDataProperty(vm, asObject(o), vm.intern(k), Value::integer(1));
  createDataProperty(vm, asObject(o), r.symbols.iterator, Value::integer(1));
  RootedVector keys(vm);
  ownPropertyKeys(vm, asObject(o), keys);
  std::vector<std::string> names;
  for (size_t i = 0; i < keys.size(); i++)
    names.push_back(isString(keys[i]) ? asString(keys[i])->toUtf8() : "@@iterator");
  CHECK(names == std::vector<std::string>{"0", "2", "10", "z", "a", "4294967295", "@@iterator"});
}
