// runtime/js/operations.cpp — ECMAScript abstract operations (conversions, equality, calls).
#include "runtime/js/operations.h"
#include <double-conversion/double-conversion.h>
#include <cmath>
#include <cstring>
#include "runtime/interpreter.h"
#include "runtime/js/object_ops.h"

namespace dualvm::js {

// ---------------------------------------------------------------------------------------------
// Type tests

bool isConstructor(Value v) {
  if (!v.isCell()) return false;
  switch (CellKind(v.asCell()->kind)) {
    case CellKind::Closure: {
      const ir::Function& f = *asClosure(v)->fn->ir;
      return !f.isArrow && !f.isMethod && !f.isGenerator && !f.isAsync && !f.isGetter &&
             !f.isSetter;
    }
    case CellKind::NativeFunction: return asNativeFunction(v)->isConstructor;
    case CellKind::BoundFunction:
      return isConstructor(static_cast<BoundFunction*>(v.asCell())->target);
    default: return false;
  }
}

bool isArrayValue(VM& vm, Value v) {
  while (isObject(v) && asObject(v)->classTag() == uint16_t(ClassTag::Proxy)) {
    Object* p = asObject(v);
    v = p->kind == uint8_t(CellKind::NativeFunction) ? static_cast<NativeFunction*>(p)->data
                                                      : static_cast<InternalObject*>(p)->internal[0];
    if (!isObject(v)) throwTypeError(vm, "Cannot perform 'IsArray' on a proxy that has been revoked");
  }
  return isArray(v);
}

bool isClassConstructor(Value v) {
  return isClosure(v) && asClosure(v)->fn->ir->isClassConstructor;
}

// ---------------------------------------------------------------------------------------------
// Conversions

static Value ordinaryToPrimitive(VM& vm, Value o, PreferredType hint) {
  JsRealm& r = jsRealm(vm);
  PropertyKey order[2] = {r.names.valueOf, r.names.toString};
  if (hint == PreferredType::String) std::swap(order[0], order[1]);
  for (PropertyKey k : order) {
    Value m = getProperty(vm, o, k);
    if (isCallable(m)) {
      Value res = call(vm, m, o);
      if (!isObject(res)) return res;
    }
  }
  throwTypeError(vm, "Cannot convert object to primitive value");
}

Value toPrimitive(VM& vm, Value v, PreferredType hint) {
  if (!isObject(v)) return v;
  JsRealm& r = jsRealm(vm);
  Rooted ro(vm, v);
  Value exotic = getMethod(vm, v, r.symbols.toPrimitive);
  if (!exotic.isUndefined()) {
    Rooted re(vm, exotic);
    const char* h = hint == PreferredType::String ? "string" : hint == PreferredType::Number ? "number" : "default";
    Rooted hs(vm, Value::cell(vm.intern(h)));
    Value arg = hs;
    Value res = call(vm, exotic, v, &arg, 1);
    if (isObject(res)) throwTypeError(vm, "Cannot convert object to primitive value");
    return res;
  }
  return ordinaryToPrimitive(vm, v, hint == PreferredType::Default ? PreferredType::Number : hint);
}

bool toBoolean(Value v) {
  if (isBigInt(v)) return bigint::sign(v) != 0;
  if (v.isBool()) return v.asBool();
  if (v.isInt()) return v.asInt() != 0;
  if (v.isNullish()) return false;
  if (v.isDouble()) { double d = v.asDouble(); return !(d == 0 || d != d); }
  if (isString(v)) return asString(v)->length() != 0;
  return true;  // objects, symbols (BigInt 0n handled by the BigInt library when present)
}

double toNumber(VM& vm, Value v) {
  if (v.isInt()) return v.asInt();
  if (v.isDouble()) return v.asDouble();
  if (v.isUndefined()) return NAN;
  if (v.isNull()) return 0;
  if (v.isBool()) return v.asBool() ? 1 : 0;
  if (isString(v)) return stringToNumber(asString(v));
  if (isSymbol(v)) throwTypeError(vm, "Cannot convert a Symbol value to a number");
  if (isBigInt(v)) throwTypeError(vm, "Cannot convert a BigInt value to a number");
  if (isObject(v)) {
    Value p = toPrimitive(vm, v, PreferredType::Number);
    return toNumber(vm, p);
  }
  return NAN;
}

Value toNumeric(VM& vm, Value v) {
  if (v.isNumber()) return v;
  Value p = toPrimitive(vm, v, PreferredType::Number);
  if (isBigInt(p)) return p;
  return Value::fromDoubleNormalized(toNumber(vm, p));
}

String* toString(VM& vm, Value v) {
  if (isString(v)) return asString(v);
  JsRealm& r = jsRealm(vm);
  if (v.isInt()) {
    int32_t i = v.asInt();
    if (i >= 0 && i < 10) return vm.intern(std::string(1, char('0' + i)));
    char buf[16];
    int n = snprintf(buf, sizeof buf, "%d", i);
    return String::fromLatin1(vm.heap, std::string_view(buf, n));
  }
  if (v.isDouble()) return numberToString(vm, v.asDouble());
  if (v.isUndefined()) return r.names.undefined;
  if (isBigInt(v)) return vm.newString(bigint::toString(v));
  if (v.isNull()) return vm.intern("null");
  if (v.isBool()) return vm.intern(v.asBool() ? "true" : "false");
  if (isSymbol(v)) throwTypeError(vm, "Cannot convert a Symbol value to a string");
  if (isObject(v)) {
    Value p = toPrimitive(vm, v, PreferredType::String);
    return toString(vm, p);
  }
  if (isBigInt(v)) return vm.newString(bigint::toString(v));
  throwTypeError(vm, "Cannot convert value to a string");
}

std::string toStdString(VM& vm, Value v) { return toString(vm, v)->toUtf8(); }

String* indexToKey(VM& vm, uint32_t index) {
  char buf[16];
  int n = snprintf(buf, sizeof buf, "%u", index);
  return vm.intern(std::string_view(buf, n));
}

PropertyKey toPropertyKey(VM& vm, Value v) {
  if (isString(v)) {
    String* s = asString(v);
    return s->isInterned() ? s : vm.intern(s);
  }
  if (isSymbol(v)) return asSymbol(v);
  if (v.isInt() && v.asInt() >= 0) return indexToKey(vm, uint32_t(v.asInt()));
  if (isObject(v)) {
    Value p = toPrimitive(vm, v, PreferredType::String);
    if (isSymbol(p)) return asSymbol(p);
    Rooted rp(vm, p);
    return vm.intern(toString(vm, p));
  }
  String* s = toString(vm, v);
  return vm.intern(s);
}

Object* toObject(VM& vm, Value v) {
  if (isObject(v)) return asObject(v);
  JsRealm& r = jsRealm(vm);
  if (v.isNullish()) throwTypeError(vm, "Cannot convert undefined or null to object");
  Rooted rv(vm, v);
  ClassTag tag;
  Object* proto;
  if (v.isBool()) { tag = ClassTag::BooleanObject; proto = r.booleanPrototype; }
  else if (v.isNumber()) { tag = ClassTag::NumberObject; proto = r.numberPrototype; }
  else if (isString(v)) { tag = ClassTag::StringObject; proto = r.stringPrototype; }
  else if (isSymbol(v)) { tag = ClassTag::SymbolObject; proto = r.symbolPrototype; }
  else if (isBigInt(v)) { tag = ClassTag::BigIntObject; proto = r.bigintPrototype ? r.bigintPrototype : r.objectPrototype; }
  else throwTypeError(vm, "Cannot convert value to object");
  InternalObject* o = newInternalObject(vm, tag, proto, 1);
  o->setInternal(0, rv);
  return o;
}

int32_t doubleToInt32(double d) {
  if (!std::isfinite(d)) return 0;
  if (d >= -2147483648.0 && d <= 2147483647.0) return int32_t(d);
  double t = std::trunc(d);
  double m = std::fmod(t, 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return int32_t(uint32_t(m));
}

int32_t toInt32(VM& vm, Value v) {
  if (v.isInt()) return v.asInt();
  return doubleToInt32(toNumber(vm, v));
}

uint32_t toUint32(VM& vm, Value v) { return uint32_t(toInt32(vm, v)); }

double toIntegerOrInfinity(VM& vm, Value v) {
  if (v.isInt()) return v.asInt();
  double d = toNumber(vm, v);
  if (d != d || d == 0) return 0;
  if (!std::isfinite(d)) return d;
  return std::trunc(d);
}

uint64_t toLength(VM& vm, Value v) {
  if (v.isInt()) return v.asInt() < 0 ? 0 : uint64_t(v.asInt());
  double d = toIntegerOrInfinity(vm, v);
  if (d <= 0) return 0;
  if (d > 9007199254740991.0) return 9007199254740991ull;
  return uint64_t(d);
}

uint64_t toIndex(VM& vm, Value v, const char* what) {
  if (v.isUndefined()) return 0;
  double d = toIntegerOrInfinity(vm, v);
  if (d < 0 || d > 9007199254740991.0) throwRangeError(vm, std::string("Invalid ") + what);
  return uint64_t(d);
}

uint64_t relativeIndex(VM& vm, Value v, uint64_t len, uint64_t defaultValue) {
  if (v.isUndefined()) return defaultValue;
  double d = toIntegerOrInfinity(vm, v);
  if (d < 0) { d += double(len); return d < 0 ? 0 : uint64_t(d); }
  return d > double(len) ? len : uint64_t(d);
}

// ---------------------------------------------------------------------------------------------
// Numbers <-> strings

std::string numberToStdString(double d) {
  if (d == 0) return "0";
  char buf[128];
  double_conversion::StringBuilder builder(buf, sizeof buf);
  double_conversion::DoubleToStringConverter::EcmaScriptConverter().ToShortest(d, &builder);
  return std::string(builder.Finalize());
}

String* numberToString(VM& vm, double d) {
  if (d >= 0 && d < 10 && d == std::floor(d) && !(d == 0 && std::signbit(d))) {
    return vm.intern(std::string(1, char('0' + int(d))));
  }
  if (d == 0) return vm.intern("0");
  std::string s = numberToStdString(d);
  return String::fromLatin1(vm.heap, s);
}

// Radix conversion as V8's DoubleToRadixCString: shortest digits that round-trip.
std::string numberToRadixString(double value, int radix) {
  if (radix == 10) return numberToStdString(value);
  if (value != value) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  if (value == 0) return "0";
  static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  char buffer[2200];
  int integer_cursor = 1100;
  int fraction_cursor = integer_cursor;
  bool negative = value < 0;
  if (negative) value = -value;
  double integer = std::floor(value);
  double fraction = value - integer;
  double delta = 0.5 * (std::nextafter(value, INFINITY) - value);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  if (fraction >= delta) {
    buffer[fraction_cursor++] = '.';
    do {
      fraction *= radix;
      delta *= radix;
      int digit = int(fraction);
      buffer[fraction_cursor++] = chars[digit];
      fraction -= digit;
      if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
        if (fraction + delta > 1) {
          while (true) {
            fraction_cursor--;
            if (fraction_cursor == 1100) {
              integer += 1;
              break;
            }
            char c = buffer[fraction_cursor];
            int d = c > '9' ? (c - 'a' + 10) : (c - '0');
            if (d + 1 < radix) {
              buffer[fraction_cursor++] = chars[d + 1];
              break;
            }
          }
          break;
        }
      }
    } while (fraction >= delta);
  }
  // Integer part: exact while below 2^53, otherwise digit extraction by division.
  while (std::ilogb(integer / radix) > 52) {  // not exact: emit zeros like V8
    integer /= radix;
    buffer[--integer_cursor] = '0';
  }
  do {
    double remainder = std::fmod(integer, radix);
    buffer[--integer_cursor] = chars[int(remainder)];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  if (negative) buffer[--integer_cursor] = '-';
  return std::string(buffer + integer_cursor, fraction_cursor - integer_cursor);
}

bool isJsWhitespace(uint32_t c) {
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

static double parseRadixDigits(std::u16string_view s, int radix) {
  if (s.empty()) return NAN;
  double v = 0;
  for (char16_t c : s) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
    else return NAN;
    if (d >= radix) return NAN;
    v = v * radix + d;
  }
  if (v >= 9007199254740992.0 && radix == 16) {
    // Exact rounding for large hex literals through double-conversion.
    std::string ascii(s.begin(), s.end());
    ascii = "0x" + ascii;
    double_conversion::StringToDoubleConverter conv(
        double_conversion::StringToDoubleConverter::ALLOW_HEX, 0, NAN, nullptr, nullptr);
    int used = 0;
    return conv.StringToDouble(ascii.c_str(), int(ascii.size()), &used);
  }
  return v;
}

double stringToNumber(std::u16string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && isJsWhitespace(s[b])) b++;
  while (e > b && isJsWhitespace(s[e - 1])) e--;
  s = s.substr(b, e - b);
  if (s.empty()) return 0;
  if (s.size() > 2 && s[0] == '0') {
    char16_t p = s[1] | 0x20;
    if (p == 'x') return parseRadixDigits(s.substr(2), 16);
    if (p == 'o') return parseRadixDigits(s.substr(2), 8);
    if (p == 'b') return parseRadixDigits(s.substr(2), 2);
  }
  // StrDecimalLiteral: digits, '.', exponent, sign, Infinity — ASCII only.
  std::string ascii;
  ascii.reserve(s.size());
  for (char16_t c : s) {
    if (c > 0x7F) return NAN;
    ascii.push_back(char(c));
  }
  // double-conversion accepts some spellings JS does not ("inf", hex): screen the alphabet.
  for (char c : ascii) {
    if (!((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' ||
          c == 'I' || c == 'n' || c == 'f' || c == 'i' || c == 't' || c == 'y'))
      return NAN;
  }
  double_conversion::StringToDoubleConverter conv(
      double_conversion::StringToDoubleConverter::NO_FLAGS, 0.0, NAN, "Infinity", nullptr);
  int used = 0;
  double d = conv.StringToDouble(ascii.c_str(), int(ascii.size()), &used);
  if (used != int(ascii.size())) return NAN;
  return d;
}

double stringToNumber(const String* s) {
  uint32_t n = s->length();
  // Fast path: short decimal integers.
  if (n > 0 && n <= 9 && s->encoding() == String::Latin1) {
    const uint8_t* p = s->latin1();
    int32_t v = 0;
    bool ok = true;
    for (uint32_t i = 0; i < n; i++) {
      if (p[i] < '0' || p[i] > '9') { ok = false; break; }
      v = v * 10 + (p[i] - '0');
    }
    if (ok) return v;
  }
  return stringToNumber(std::u16string_view(s->toUtf16()));
}

bool valueToArrayIndex(Value v, uint32_t* index) {
  if (v.isInt()) {
    if (v.asInt() < 0) return false;
    *index = uint32_t(v.asInt());
    return true;
  }
  if (v.isDouble()) {
    double d = v.asDouble();
    if (d >= 0 && d < 4294967295.0 && d == std::floor(d)) {
      *index = uint32_t(d);
      return true;
    }
    return false;
  }
  if (isString(v)) return asString(v)->isArrayIndex(index);
  return false;
}

// JS's string length limit (V8's), then the shared concatenation (ropes for long results).
String* concatStrings(VM& vm, String* a, String* b) {
  if (uint64_t(a->length()) + b->length() > (uint64_t(1) << 29)) throwRangeError(vm, "Invalid string length");
  return interp::concatStrings(vm, a, b);
}

String* internedName(VM& vm, std::string_view utf8) { return vm.intern(utf8); }

// ---------------------------------------------------------------------------------------------
// BigInt

Value toJsBigInt(VM& vm, Value v) {
  if (isBigInt(v)) return v;
  return bigint::cellFromInt64(vm.heap, v.isInt() ? v.asInt() : 0);
}

bool stringToBigInt(VM& vm, const String* s, Value* out) {
  std::string t = s->toUtf8();
  size_t b = 0, e = t.size();
  while (b < e && isJsWhitespace((unsigned char)t[b])) b++;
  while (e > b && isJsWhitespace((unsigned char)t[e - 1])) e--;
  t = t.substr(b, e - b);
  if (t.empty()) { *out = toJsBigInt(vm, Value::integer(0)); return true; }
  int base = 10;
  bool neg = false;
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) { base = 16; t = t.substr(2); }
  else if (t.size() > 2 && t[0] == '0' && (t[1] == 'o' || t[1] == 'O')) { base = 8; t = t.substr(2); }
  else if (t.size() > 2 && t[0] == '0' && (t[1] == 'b' || t[1] == 'B')) { base = 2; t = t.substr(2); }
  else if (!t.empty() && (t[0] == '+' || t[0] == '-')) { neg = t[0] == '-'; t = t.substr(1); }
  if (t.empty()) return false;
  for (char c : t) if (!isalnum((unsigned char)c)) return false;
  Value v;
  if (!bigint::parse(vm.heap, t, base, &v)) return false;
  Rooted rv(vm, v);
  if (neg) v = bigint::negate(vm.heap, rv);
  rv = v;
  *out = toJsBigInt(vm, rv);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Equality

static bool stringEquals(Value a, Value b) { return asString(a)->equals(asString(b)); }

bool isStrictlyEqual(Value a, Value b) {
  if (a.isNumber() && b.isNumber()) {
    if (a.isInt() && b.isInt()) return a.asInt() == b.asInt();
    return a.toDouble() == b.toDouble();
  }
  if (isString(a) && isString(b)) return stringEquals(a, b);
  if (isBigInt(a) && isBigInt(b)) return bigint::compare(a, b) == 0;
  return a == b;
}

bool sameValueZero(Value a, Value b) {
  if (isBigInt(a) && isBigInt(b)) return bigint::compare(a, b) == 0;
  if (a.isNumber() && b.isNumber()) {
    double x = a.toDouble(), y = b.toDouble();
    if (x != x && y != y) return true;
    return x == y;
  }
  return isStrictlyEqual(a, b);
}

bool sameValue(Value a, Value b) {
  if (isBigInt(a) && isBigInt(b)) return bigint::compare(a, b) == 0;
  if (a.isNumber() && b.isNumber()) {
    double x = a.toDouble(), y = b.toDouble();
    if (x != x && y != y) return true;
    if (x == 0 && y == 0) return std::signbit(x) == std::signbit(y);
    return x == y;
  }
  return isStrictlyEqual(a, b);
}

bool isLooselyEqual(VM& vm, Value a, Value b) {
  while (true) {
    if (a.isNumber() && b.isNumber()) return isStrictlyEqual(a, b);
    if (isString(a) && isString(b)) return stringEquals(a, b);
    if (a.isNullish() && b.isNullish()) return true;
    if (a.isNullish() || b.isNullish()) return false;
    if (a.isBool() && b.isBool()) return a == b;
    if (isSymbol(a) && isSymbol(b)) return a == b;
    if (isObject(a) && isObject(b)) return a == b;
    if (a.isNumber() && isString(b)) return a.toDouble() == stringToNumber(asString(b));
    if (isString(a) && b.isNumber()) return stringToNumber(asString(a)) == b.toDouble();
    if (a.isBool()) { a = Value::integer(a.asBool() ? 1 : 0); continue; }
    if (b.isBool()) { b = Value::integer(b.asBool() ? 1 : 0); continue; }
    if (isObject(b) && !isObject(a)) {
      Rooted ra(vm, a);
      b = toPrimitive(vm, b, PreferredType::Default);
      a = ra;
      continue;
    }
    if (isObject(a) && !isObject(b)) {
      Rooted rb(vm, b);
      a = toPrimitive(vm, a, PreferredType::Default);
      b = rb;
      continue;
    }
    if (isBigInt(a) && isBigInt(b)) return bigint::compare(a, b) == 0;
    if (isBigInt(a) && b.isNumber()) { double d = b.toDouble(); return d == d && !std::isinf(d) && bigint::compareWithDouble(a, d) == 0; }
    if (isBigInt(b) && a.isNumber()) { double d = a.toDouble(); return d == d && !std::isinf(d) && bigint::compareWithDouble(b, d) == 0; }
    if (isBigInt(a) && isString(b)) { Value n; return stringToBigInt(vm, asString(b), &n) && bigint::compare(a, n) == 0; }
    if (isBigInt(b) && isString(a)) { Value n; return stringToBigInt(vm, asString(a), &n) && bigint::compare(b, n) == 0; }
    return false;
  }
}

int lessThan(VM& vm, Value a, Value b, bool leftFirst) {
  Rooted ra(vm, a), rb(vm, b);
  Value px, py;
  if (leftFirst) {
    px = toPrimitive(vm, a, PreferredType::Number);
    ra = px;
    py = toPrimitive(vm, b, PreferredType::Number);
  } else {
    py = toPrimitive(vm, b, PreferredType::Number);
    rb = py;
    px = toPrimitive(vm, a, PreferredType::Number);
  }
  if (isString(px) && isString(py)) return asString(px)->compare(asString(py)) < 0 ? 1 : 0;
  Rooted rpx(vm, px), rpy(vm, py);
  if (isBigInt(px) || isBigInt(py)) {
    Value x = px, y = py;
    if (isString(x)) { if (!stringToBigInt(vm, asString(x), &x)) return 2; }
    if (isString(y)) { if (!stringToBigInt(vm, asString(y), &y)) return 2; }
    Rooted rx(vm, x), ry(vm, y);
    if (isBigInt(x) && isBigInt(y)) return bigint::compare(x, y) < 0 ? 1 : 0;
    if (isBigInt(x)) {
      double d = toNumber(vm, y);
      if (d != d) return 2;
      if (std::isinf(d)) return d > 0 ? 1 : 0;
      return bigint::compareWithDouble(rx, d) < 0 ? 1 : 0;
    }
    double d = toNumber(vm, x);
    if (d != d) return 2;
    if (std::isinf(d)) return d < 0 ? 1 : 0;
    return bigint::compareWithDouble(ry, d) > 0 ? 1 : 0;
  }
  double x = toNumber(vm, px);
  double y = toNumber(vm, py);
  if (x != x || y != y) return 2;
  return x < y ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Calls

Value call(VM& vm, Value f, Value thisValue, const Value* argv, uint32_t argc) {
  if (!isCallable(f)) {
    throwTypeError(vm, describeForError(vm, f) + " is not a function");
  }
  return vm.call(f, thisValue, argv, argc);
}

Value construct(VM& vm, Value f, const Value* argv, uint32_t argc, Value newTarget) {
  if (newTarget.isUndefined()) newTarget = f;
  if (!isConstructor(f)) throwTypeError(vm, describeForError(vm, f) + " is not a constructor");
  return vm.construct(f, argv, argc, newTarget);
}

Value invoke(VM& vm, Value v, PropertyKey key, const Value* argv, uint32_t argc) {
  Rooted rv(vm, v);
  Value f = getProperty(vm, v, key);
  if (!isCallable(f)) throwTypeError(vm, keyToDisplay(key) + " is not a function");
  Rooted rf(vm, f);
  return vm.call(f, v, argv, argc);
}

Value getMethod(VM& vm, Value v, PropertyKey key) {
  Value f = getProperty(vm, v, key);
  if (f.isNullish()) return Value::undefined();
  if (!isCallable(f)) throwTypeError(vm, keyToDisplay(key) + " is not a function");
  return f;
}

bool ordinaryHasInstance(VM& vm, Value c, Value o) {
  if (!isCallable(c)) return false;
  if (isKind(c, CellKind::BoundFunction)) {
    return instanceOf(vm, o, static_cast<BoundFunction*>(c.asCell())->target);
  }
  if (!isObject(o)) return false;
  Rooted rc(vm, c), ro(vm, o);
  Value p = getProperty(vm, c, jsRealm(vm).names.prototype);
  if (!isObject(p)) throwTypeError(vm, "Function has non-object prototype '" + describeForError(vm, p) + "' in instanceof check");
  Object* proto = asObject(p);
  for (Object* x = asObject(o)->proto(); x; x = x->proto()) {
    if (x == proto) return true;
  }
  return false;
}

bool instanceOf(VM& vm, Value v, Value target) {
  if (!isObject(target)) {
    throwTypeError(vm, "Right-hand side of 'instanceof' is not " +
                           std::string(isCallable(target) ? "callable" : "an object"));
  }
  Rooted rv(vm, v), rt(vm, target);
  Value h = getMethod(vm, target, jsRealm(vm).symbols.hasInstance);
  if (!h.isUndefined()) {
    Rooted rh(vm, h);
    Value arg = v;
    return toBoolean(call(vm, h, target, &arg, 1));
  }
  if (!isCallable(target)) throwTypeError(vm, "Right-hand side of 'instanceof' is not callable");
  return ordinaryHasInstance(vm, target, v);
}

// ---------------------------------------------------------------------------------------------
// Display for error messages

std::string keyToDisplay(PropertyKey key) {
  if (key->kind == uint8_t(CellKind::Symbol)) {
    Symbol* s = static_cast<Symbol*>(key);
    return "Symbol(" + (isString(s->description) ? asString(s->description)->toUtf8() : std::string()) + ")";
  }
  return static_cast<String*>(key)->toUtf8();
}

std::string describeForError(VM& vm, Value v) {
  if (v.isUndefined()) return "undefined";
  if (v.isNull()) return "null";
  if (v.isBool()) return v.asBool() ? "true" : "false";
  if (v.isNumber()) return numberToStdString(v.toDouble());
  if (isString(v)) return "\"" + asString(v)->toUtf8() + "\"";
  if (isSymbol(v)) return keyToDisplay(asSymbol(v));
  if (isCallable(v)) {
    Object* o = asObject(v);
    std::string name;
    uint32_t s = o->findOwn(jsRealm(vm).names.name);
    if (s != Shape::kNotFound && isString(o->slot(s))) name = asString(o->slot(s))->toUtf8();
    if (isClassConstructor(v)) return "class " + (name.empty() ? std::string("(anonymous)") : name);
    return "function " + (name.empty() ? std::string("(anonymous)") : name);
  }
  if (isArray(v)) return "object";
  if (isObject(v)) return "#<" + std::string("Object") + ">";
  return "value";
}

}  // namespace dualvm::js
