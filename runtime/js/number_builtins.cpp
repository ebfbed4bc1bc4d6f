// runtime/js/number_builtins.cpp — Number: the constructor and its constants, isFinite/isInteger/
// isNaN/isSafeInteger, parseInt/parseFloat (also the globals), and Number.prototype's
// toFixed/toExponential/toPrecision (double-conversion with ECMAScript rules), toString(radix),
// toLocaleString (en-US grouping) and valueOf.
#include <double-conversion/double-conversion.h>
#include <cmath>
#include "runtime/js/number_format.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"

namespace dualvm::js {

namespace dc = double_conversion;

std::string formatFixed(double x, int digits) {
  if (std::fabs(x) >= 1e21) return numberToStdString(x);
  char buf[256];
  dc::StringBuilder sb(buf, sizeof buf);
  dc::DoubleToStringConverter::EcmaScriptConverter().ToFixed(x, digits, &sb);
  std::string s = sb.Finalize();
  if (s == "-0" || (s.size() > 1 && s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos)) {
    // (-0.0000001).toFixed(2) is "-0.00" in V8; (-0).toFixed(2) is "0.00".
    if (x == 0) s = s.substr(1);
  }
  return s;
}

std::string formatExponential(double x, int digits) {
  char buf[256];
  dc::StringBuilder sb(buf, sizeof buf);
  dc::DoubleToStringConverter::EcmaScriptConverter().ToExponential(x, digits, &sb);
  return sb.Finalize();
}

std::string formatPrecision(double x, int precision) {
  char buf[256];
  dc::StringBuilder sb(buf, sizeof buf);
  dc::DoubleToStringConverter::EcmaScriptConverter().ToPrecision(x, precision, &sb);
  return sb.Finalize();
}

std::string formatLocaleEnUs(double x, int minFrac, int maxFrac) {
  if (std::isnan(x)) return "NaN";
  if (std::isinf(x)) return x > 0 ? "∞" : "-∞";
  std::string fixed = formatFixed(std::fabs(x), maxFrac);
  size_t dot = fixed.find('.');
  std::string ip = dot == std::string::npos ? fixed : fixed.substr(0, dot);
  std::string fp = dot == std::string::npos ? "" : fixed.substr(dot + 1);
  while (int(fp.size()) > minFrac && !fp.empty() && fp.back() == '0') fp.pop_back();
  std::string grouped;
  for (size_t i = 0; i < ip.size(); i++) {
    if (i > 0 && (ip.size() - i) % 3 == 0) grouped += ',';
    grouped += ip[i];
  }
  bool negative = x < 0 && (grouped.find_first_not_of("0,") != std::string::npos ||
                            fp.find_first_not_of('0') != std::string::npos);
  return (negative ? "-" : "") + grouped + (fp.empty() ? "" : "." + fp);
}

double parseFloatPrefix(std::u16string_view s) {
  size_t i = 0;
  while (i < s.size() && isJsWhitespace(s[i])) i++;
  size_t start = i;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
  static const char16_t kInf[] = u"Infinity";
  if (s.substr(i, 8) == std::u16string_view(kInf, 8)) return (start < s.size() && s[start] == '-') ? -INFINITY : INFINITY;
  std::string digits;
  for (size_t k = start; k < i; k++) digits += char(s[k]);
  bool sawDigit = false, sawDot = false;
  for (; i < s.size(); i++) {
    char16_t c = s[i];
    if (c >= '0' && c <= '9') { digits += char(c); sawDigit = true; }
    else if (c == '.' && !sawDot) { digits += '.'; sawDot = true; }
    else break;
  }
  if (!sawDigit) return NAN;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    std::string exp = "e";
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) exp += char(s[j++]);
    size_t expDigits = 0;
    while (j < s.size() && s[j] >= '0' && s[j] <= '9') { exp += char(s[j++]); expDigits++; }
    if (expDigits) digits += exp;
  }
  return std::strtod(digits.c_str(), nullptr);
}

double parseIntPrefix(std::u16string_view s, int radix) {
  size_t i = 0;
  while (i < s.size() && isJsWhitespace(s[i])) i++;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  bool stripPrefix = true;
  if (radix != 0) {
    if (radix < 2 || radix > 36) return NAN;
    if (radix != 16) stripPrefix = false;
  } else {
    radix = 10;
  }
  if (stripPrefix && i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
    i += 2;
    radix = 16;
  }
  size_t start = i;
  auto digitOf = [](char16_t c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
  };
  while (i < s.size() && digitOf(s[i]) < radix) i++;
  if (i == start) return NAN;
  double result;
  if (radix == 10) {
    // Decimal: exact rounding through strtod.
    std::string d;
    for (size_t k = start; k < i; k++) d += char(s[k]);
    result = std::strtod(d.c_str(), nullptr);
  } else {
    result = 0;
    for (size_t k = start; k < i; k++) result = result * radix + digitOf(s[k]);
  }
  return negative ? -result : result;
}

static double thisNumberValue(VM& vm, Value v, const char* method) {
  if (v.isNumber()) return v.toDouble();
  if (hasClassTag(v, ClassTag::NumberObject)) return static_cast<InternalObject*>(v.asCell())->internal[0].toDouble();
  throwTypeError(vm, std::string("Number.prototype.") + method + " requires that 'this' be a Number");
}

static Value numberConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Value n = Value::integer(0);
  if (args.argc > 0) {
    Value prim = toNumeric(vm, args[0]);
    if (isBigInt(prim)) n = Value::number(bigint::toDouble(prim));
    else n = prim.isNumber() ? Value::fromDoubleNormalized(prim.toDouble()) : prim;
  }
  if (!args.isConstructCall()) return n;
  Rooted rn(vm, n);
  Object* proto = prototypeFromConstructor(vm, args.newTarget, r.numberPrototype);
  Rooted rp(vm, Value::cell(proto));
  InternalObject* o = newInternalObject(vm, ClassTag::NumberObject, proto, 1);
  o->setInternal(0, rn);
  return Value::cell(o);
}

// Number.isFinite / isInteger / isNaN / isSafeInteger: magic 0..3 (no coercion).
static Value numberPredicate(VM&, CallArgs& args) {
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  Value v = args[0];
  if (!v.isNumber()) return Value::boolean(false);
  double d = v.toDouble();
  switch (which) {
    case 0: return Value::boolean(std::isfinite(d));
    case 1: return Value::boolean(std::isfinite(d) && std::trunc(d) == d);
    case 2: return Value::boolean(std::isnan(d));
    default: return Value::boolean(std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= 9007199254740991.0);
  }
}

static Value parseFloatFn(VM& vm, CallArgs& args) {
  std::u16string s = toString(vm, args[0])->toUtf16();
  return Value::fromDoubleNormalized(parseFloatPrefix(s));
}

static Value parseIntFn(VM& vm, CallArgs& args) {
  std::u16string s = toString(vm, args[0])->toUtf16();
  int radix = toInt32(vm, args[1]);
  return Value::fromDoubleNormalized(parseIntPrefix(s, radix));
}

static Value numberToStringMethod(VM& vm, CallArgs& args) {
  double x = thisNumberValue(vm, args.thisValue, "toString");
  int radix = 10;
  if (!args[0].isUndefined()) {
    double r = toIntegerOrInfinity(vm, args[0]);
    if (r < 2 || r > 36) throwRangeError(vm, "toString() radix argument must be between 2 and 36");
    radix = int(r);
  }
  if (radix == 10) return Value::cell(numberToString(vm, x));
  return makeStringUtf8(vm, numberToRadixString(x, radix));
}

static Value numberToLocaleString(VM& vm, CallArgs& args) {
  double x = thisNumberValue(vm, args.thisValue, "toLocaleString");
  int minFrac = 0, maxFrac = 3;
  if (isObject(args[1])) {
    Value mn = getProperty(vm, args[1], vm.intern("minimumFractionDigits"));
    Value mx = getProperty(vm, args[1], vm.intern("maximumFractionDigits"));
    if (!mn.isUndefined()) minFrac = int(toIntegerOrInfinity(vm, mn));
    if (!mx.isUndefined()) maxFrac = int(toIntegerOrInfinity(vm, mx));
    if (minFrac < 0 || minFrac > 100 || maxFrac < 0 || maxFrac > 100)
      throwRangeError(vm, "maximumFractionDigits value is out of range.");
    if (maxFrac < minFrac) maxFrac = mn.isUndefined() ? std::max(maxFrac, minFrac) : std::max(minFrac, maxFrac);
  }
  return makeStringUtf8(vm, formatLocaleEnUs(x, minFrac, maxFrac));
}

static Value numberValueOf(VM& vm, CallArgs& args) {
  return Value::fromDoubleNormalized(thisNumberValue(vm, args.thisValue, "valueOf"));
}

static Value numberToFixed(VM& vm, CallArgs& args) {
  double x = thisNumberValue(vm, args.thisValue, "toFixed");
  double f = toIntegerOrInfinity(vm, args[0]);
  if (f < 0 || f > 100) throwRangeError(vm, "toFixed() digits argument must be between 0 and 100");
  if (std::isnan(x)) return makeStringUtf8(vm, "NaN");
  if (std::isinf(x)) return makeStringUtf8(vm, x > 0 ? "Infinity" : "-Infinity");
  return makeStringUtf8(vm, formatFixed(x, int(f)));
}

static Value numberToExponential(VM& vm, CallArgs& args) {
  double x = thisNumberValue(vm, args.thisValue, "toExponential");
  double f = toIntegerOrInfinity(vm, args[0]);
  if (std::isnan(x)) return makeStringUtf8(vm, "NaN");
  if (std::isinf(x)) return makeStringUtf8(vm, x > 0 ? "Infinity" : "-Infinity");
  if (f < 0 || f > 100) throwRangeError(vm, "toExponential() argument must be between 0 and 100");
  return makeStringUtf8(vm, formatExponential(x, args[0].isUndefined() ? -1 : int(f)));
}

static Value numberToPrecision(VM& vm, CallArgs& args) {
  double x = thisNumberValue(vm, args.thisValue, "toPrecision");
  if (args[0].isUndefined()) return Value::cell(numberToString(vm, x));
  double p = toIntegerOrInfinity(vm, args[0]);
  if (std::isnan(x)) return makeStringUtf8(vm, "NaN");
  if (std::isinf(x)) return makeStringUtf8(vm, x > 0 ? "Infinity" : "-Infinity");
  if (p < 1 || p > 100) throwRangeError(vm, "toPrecision() argument must be between 1 and 100");
  return makeStringUtf8(vm, formatPrecision(x, int(p)));
}

void installNumberBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* proto = r.numberPrototype;
  NativeFunction* ctor = defineConstructor(vm, "Number", numberConstructor, 1, proto);
  r.numberConstructor = ctor;
  defineValue(vm, ctor, "EPSILON", Value::number(std::ldexp(1.0, -52)), 0);
  defineValue(vm, ctor, "MAX_SAFE_INTEGER", Value::number(9007199254740991.0), 0);
  defineValue(vm, ctor, "MIN_SAFE_INTEGER", Value::number(-9007199254740991.0), 0);
  defineValue(vm, ctor, "MAX_VALUE", Value::number(1.7976931348623157e308), 0);
  defineValue(vm, ctor, "MIN_VALUE", Value::number(5e-324), 0);
  defineValue(vm, ctor, "NaN", Value::number(NAN), 0);
  defineValue(vm, ctor, "POSITIVE_INFINITY", Value::number(INFINITY), 0);
  defineValue(vm, ctor, "NEGATIVE_INFINITY", Value::number(-INFINITY), 0);
  defineNativeMethod(vm, ctor, "isFinite", numberPredicate, 1, 0);
  defineNativeMethod(vm, ctor, "isInteger", numberPredicate, 1, 1);
  defineNativeMethod(vm, ctor, "isNaN", numberPredicate, 1, 2);
  defineNativeMethod(vm, ctor, "isSafeInteger", numberPredicate, 1, 3);
  // Number.parseFloat === parseFloat and Number.parseInt === parseInt.
  NativeFunction* pf = defineNativeMethod(vm, r.global, "parseFloat", parseFloatFn, 1);
  NativeFunction* pi = defineNativeMethod(vm, r.global, "parseInt", parseIntFn, 2);
  defineValue(vm, ctor, "parseFloat", Value::cell(pf));
  defineValue(vm, ctor, "parseInt", Value::cell(pi));

  defineNativeMethod(vm, proto, "toString", numberToStringMethod, 1);
  defineNativeMethod(vm, proto, "toLocaleString", numberToLocaleString, 0);
  defineNativeMethod(vm, proto, "valueOf", numberValueOf, 0);
  defineNativeMethod(vm, proto, "toFixed", numberToFixed, 1);
  defineNativeMethod(vm, proto, "toExponential", numberToExponential, 1);
  defineNativeMethod(vm, proto, "toPrecision", numberToPrecision, 1);
}

}  // namespace dualvm::js
