// runtime/python/float.cpp — Python's float: parsing as float() does it (whitespace, underscores
// between digits, inf/nan spellings, Unicode digits), PyLanguage::toFloat, the methods of float
// (is_integer, as_integer_ratio, hex/fromhex, __round__, ...) and round() with CPython's exact
// half-even rounding of the binary value.
#include <unicode/uchar.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include "runtime/interpreter.h"
#include "runtime/python/complex.h"
#include "runtime/python/containers.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

// float() text: [sign] (inf | infinity | nan | digits[.digits][e[sign]digits]) with single
// underscores only between digits; false when malformed.
bool parseFloatText(const std::u32string& text, double* out) {
  size_t b = 0, e = text.size();
  while (b < e && pyIsSpace(text[b])) b++;
  while (e > b && pyIsSpace(text[e - 1])) e--;
  std::string s;
  for (size_t i = b; i < e; i++) {
    char32_t c = text[i];
    if (c >= 128) {
      if (u_charType(UChar32(c)) != U_DECIMAL_DIGIT_NUMBER) return false;
      c = char32_t('0' + u_charDigitValue(UChar32(c)));
    }
    s += char(c);
  }
  size_t i = 0, n = s.size();
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  std::string low;
  for (size_t k = i; k < n; k++) low += char(tolower((unsigned char)s[k]));
  if (low == "inf" || low == "infinity") { *out = neg ? -INFINITY : INFINITY; return true; }
  if (low == "nan") { *out = neg ? -NAN : NAN; return true; }
  std::string clean = neg ? "-" : "";
  // digits with single underscores between digits
  auto digits = [&]() {
    size_t st = i;
    while (i < n) {
      if (isdigit((unsigned char)s[i])) { clean += s[i++]; continue; }
      if (s[i] == '_' && i > st && isdigit((unsigned char)s[i - 1]) && i + 1 < n && isdigit((unsigned char)s[i + 1])) { i++; continue; }
      break;
    }
    return i > st;
  };
  bool intPart = digits(), fracPart = false;
  if (i < n && s[i] == '.') { clean += s[i++]; fracPart = digits(); }
  if (!intPart && !fracPart) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    clean += s[i++];
    if (i < n && (s[i] == '+' || s[i] == '-')) clean += s[i++];
    if (!digits()) return false;
  }
  if (i != n) return false;
  *out = strtod(clean.c_str(), nullptr);  // correctly rounded; overflow gives inf as CPython does
  return true;
}

double PyLanguage::toFloat(Value v) {
  if (v.isDouble()) return v.asDouble();
  if (v.isInt()) return v.asInt();
  if (v.isBool()) return v.asBool();
  if (isBigInt(v)) {
    bool of = false;
    double d = bigint::toDouble(v, &of);
    if (of) raise(t.OverflowError, "int too large to convert to float");
    return d;
  }
  if (isString(v) || isBytesLike(v)) {
    std::u32string text;
    if (isString(v)) text = asString(v)->toCodePoints();
    else for (unsigned char c : asBytes(v)->data) text += char32_t(c);
    double d;
    if (!parseFloatText(text, &d)) raise(t.ValueError, "could not convert string to float: " + repr(v));
    return d;
  }
  if (isObject(v) && !typeOf(v)->builtin) {
    bool found = false;
    Value r = callDunder(v, "__float__", nullptr, 0, &found);
    if (found) {
      if (!r.isDouble()) raise(t.TypeError, typeName(v) + ".__float__ returned non-float (type " + typeName(r) + ")");
      return r.asDouble();
    }
    r = callDunder(v, "__index__", nullptr, 0, &found);
    if (found) {
      if (!isInteger(r) && !r.isBool()) raise(t.TypeError, "__index__ returned non-int (type " + typeName(r) + ")");
      return toFloat(r);
    }
    if (isString(builtinValue(v))) return toFloat(builtinValue(v));  // a str subclass instance
  }
  raise(t.TypeError, "float() argument must be a string or a real number, not '" + typeName(v) + "'");
}

// A NaN float() makes is a new object in CPython, and containers test identity before ==:
// `x in [x]` is True but `float("nan") in [x]` is False. Floats are unboxed here, so each such NaN
// gets its own payload in the low 48 bits (the bits above keep it a double, D1) and identity
// tells them apart; NaNs that arithmetic produces are canonical again (Value::number).
static Value freshNaN(double d) {
  static uint64_t serial = 0;
  serial = (serial + 1) & Value::kPayloadMask;
  if (serial == 0) serial = 1;
  return Value::fromBits((std::signbit(d) ? (uint64_t(1) << 63) : 0) | Value::kCanonicalNaN | serial);
}

static Value b_float(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  noKw(P, "float");
  if (a.argc > 1) P.raise(P.t.TypeError, "float expected at most 1 argument, got " + std::to_string(a.argc));
  double d = a.argc ? P.toFloat(a[0]) : 0.0;
  if (d != d) return freshNaN(d);
  return Value::number(d);
}

// ---- exact rounding ----

// x rounded to `nd` decimal digits, half to even on the exact binary value, as CPython's round().
static double roundDouble(PyLanguage& P, double x, int64_t nd) {
  if (!std::isfinite(x) || x == 0) return x;
  if (nd > 323) return x;                        // beyond double's decimal precision
  if (nd < -308) return std::copysign(0.0, x);
  int e2;
  double m = std::frexp(std::fabs(x), &e2);      // |x| = m * 2^e2, m in [0.5, 1)
  mpz_t num, den, q, r, p;
  mpz_inits(num, den, q, r, p, nullptr);
  mpz_set_d(num, std::ldexp(m, 53));              // exact 53-bit integer mantissa
  e2 -= 53;
  mpz_set_ui(den, 1);
  if (e2 > 0) mpz_mul_2exp(num, num, uint64_t(e2)); else mpz_mul_2exp(den, den, uint64_t(-e2));
  mpz_ui_pow_ui(p, 10, uint64_t(nd < 0 ? -nd : nd));
  if (nd >= 0) mpz_mul(num, num, p); else mpz_mul(den, den, p);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  // q * 10^-nd back to the nearest double through the decimal text (strtod rounds correctly)
  std::vector<char> digits(mpz_sizeinbase(q, 10) + 2);
  mpz_get_str(digits.data(), 10, q);
  mpz_clears(num, den, q, r, p, nullptr);
  std::string text = std::string(digits.data()) + "e" + std::to_string(-nd);
  double out = strtod(text.c_str(), nullptr);
  if (std::isinf(out)) P.raise(P.t.OverflowError, "rounded value too large to represent");
  return std::copysign(out, x);
}

Value roundInt(PyLanguage& P, Value v, Value ndigits);  // int.cpp

static Value b_round(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value num = a.argc > 0 ? a[0] : kwarg(P, "number");
  Value nd = a.argc > 1 ? a[1] : kwarg(P, "ndigits");
  noKw(P, "round", {"number", "ndigits"});
  P.kwNames.clear(); P.kwValues.clear();
  if (a.argc > 2) P.raise(P.t.TypeError, "round() takes at most 2 arguments (" + std::to_string(a.argc) + " given)");
  if (num.isMagic(Magic::Empty)) P.raise(P.t.TypeError, "round() missing required argument 'number' (pos 1)");
  Rooted rv(vm, num), rn(vm, nd);
  if (isInteger(num) || num.isBool()) return roundInt(P, num.isBool() ? Value::integer(num.asBool()) : num, nd);
  if (!num.isDouble()) {
    bool found = false;
    Value r = P.callDunder(rv, "__round__", rn.address(), nd.isMagic(Magic::Empty) ? 0 : 1, &found);
    if (found) return r;
    P.raise(P.t.TypeError, "type " + P.typeName(rv) + " doesn't define __round__ method");
  }
  double d = num.asDouble();
  if (nd.isMagic(Magic::Empty) || nd.isNull()) {
    if (std::isinf(d)) P.raise(P.t.OverflowError, "cannot convert float infinity to integer");
    if (d != d) P.raise(P.t.ValueError, "cannot convert float NaN to integer");
    double r = std::nearbyint(d);  // ties to even (the default rounding mode)
    return bigint::fromDouble(vm.heap, r);
  }
  if (nd.isDouble()) P.raise(P.t.TypeError, "'float' object cannot be interpreted as an integer");
  Value ndi = P.toInt(nd);
  int64_t n = 0;
  if (!bigint::fitsInt64(ndi, &n)) n = bigint::sign(ndi) < 0 ? -100000 : 100000;
  return Value::number(roundDouble(P, d, n));
}

// ---- methods ----

static double floatSelf(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!a.thisValue.isDouble()) L.raise(L.t.TypeError, "descriptor requires a 'float' object but received a '" + L.typeName(a.thisValue) + "'");
  return a.thisValue.asDouble();
}
static int magicOf(CallArgs& a) { return asNativeFunction(Value::cell(a.callee))->magic; }

// float.hex(): [-]0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022
static std::string floatHex(double d) {
  if (d != d) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  std::string sign = std::signbit(d) ? "-" : "";
  d = std::fabs(d);
  if (d == 0) return sign + "0x0.0p+0";
  int e;
  double m = std::frexp(d, &e);  // d = m * 2^e, m in [0.5, 1)
  int lead = 1;
  e -= 1;
  m *= 2;                        // m in [1, 2)
  if (e < -1022) {               // subnormal: fixed exponent, leading 0
    m = std::ldexp(m, e + 1022);
    e = -1022;
    lead = 0;
  }
  uint64_t frac = uint64_t(std::ldexp(m - lead, 52));
  char buf[64];
  snprintf(buf, sizeof buf, "0x%d.%013llxp%+d", lead, (unsigned long long)frac, e);
  return sign + buf;
}

// is_integer, as_integer_ratio, hex, conjugate/__float__/__pos__, __int__/__trunc__, __abs__,
// __neg__, __bool__, __hash__, __repr__, __floor__, __ceil__ (magic)
static Value f_method(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  double d = floatSelf(vm, a);
  int m = magicOf(a);
  if (a.argc) P.raise(P.t.TypeError, "expected 0 arguments, got " + std::to_string(a.argc));
  switch (m) {
    case 0: return Value::boolean(std::isfinite(d) && d == std::floor(d));
    case 1: {
      if (d != d) P.raise(P.t.ValueError, "cannot convert NaN to integer ratio");
      if (std::isinf(d)) P.raise(P.t.OverflowError, "cannot convert Infinity to integer ratio");
      int e;
      double m2 = std::frexp(d, &e);
      mpz_t n, q;
      mpz_inits(n, q, nullptr);
      mpz_set_d(n, std::ldexp(m2, 53));
      e -= 53;
      mpz_set_ui(q, 1);
      if (e > 0) mpz_mul_2exp(n, n, uint64_t(e)); else mpz_mul_2exp(q, q, uint64_t(-e));
      mpz_t g;
      mpz_init(g);
      mpz_gcd(g, n, q);
      mpz_divexact(n, n, g);
      mpz_divexact(q, q, g);
      Rooted rn(vm, bigint::fromMpz(vm.heap, n));
      Rooted rq(vm, bigint::fromMpz(vm.heap, q));
      mpz_clears(n, q, g, nullptr);
      Value p[2] = {rn, rq};
      return P.newTuple(p, 2);
    }
    case 2: return P.newStr(floatHex(d));
    case 3: return Value::number(d);
    case 4: return P.toInt(Value::number(d));
    case 5: return Value::number(std::fabs(d));
    case 6: return Value::number(-d);
    case 7: return Value::boolean(d != 0);
    case 8: return bigint::fromInt64(vm.heap, P.hash(Value::number(d)));  // hashes past int32 stay ints
    case 9: return P.newStr(PyLanguage::floatRepr(d));
    case 10: return P.toInt(Value::number(std::floor(d)));
    default: return P.toInt(Value::number(std::ceil(d)));
  }
}
static Value f_attr(VM& vm, CallArgs& a) {
  double d = floatSelf(vm, a);
  return Value::number(magicOf(a) == 0 ? d : 0.0);
}
static Value f_round(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  floatSelf(vm, a);
  Value args[2] = {a.thisValue, a.argc ? a[0] : Value::null()};
  CallArgs b = a;
  b.thisValue = Value::undefined();
  b.argv = args;
  b.argc = a.argc ? 2 : 1;
  (void)P;
  return b_round(vm, b);
}

// float.fromhex(s): a classmethod
static Value f_fromhex(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value sv = a.argc > 1 && isType(a[0]) ? a[1] : a[0];
  if (!isString(sv)) P.raise(P.t.TypeError, "bad argument type for built-in operation");
  std::u32string t = asString(sv)->toCodePoints();
  size_t b = 0, e = t.size();
  while (b < e && pyIsSpace(t[b])) b++;
  while (e > b && pyIsSpace(t[e - 1])) e--;
  std::string s;
  for (size_t i = b; i < e; i++) { if (t[i] >= 128) P.raise(P.t.ValueError, "invalid hexadecimal floating-point string"); s += char(t[i]); }
  std::string low;
  for (char c : s) low += char(tolower((unsigned char)c));
  std::string body = low;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) { neg = body[0] == '-'; body = body.substr(1); }
  if (body == "inf" || body == "infinity") return Value::number(neg ? -INFINITY : INFINITY);
  if (body == "nan") return Value::number(NAN);
  if (body.rfind("0x", 0) == 0) body = body.substr(2);
  // hex digits [. hex digits] [p [sign] decimal digits]
  size_t i = 0;
  bool any = false;
  while (i < body.size() && isxdigit((unsigned char)body[i])) { i++; any = true; }
  if (i < body.size() && body[i] == '.') { i++; while (i < body.size() && isxdigit((unsigned char)body[i])) { i++; any = true; } }
  if (!any) P.raise(P.t.ValueError, "invalid hexadecimal floating-point string");
  if (i < body.size() && body[i] == 'p') {
    i++;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) i++;
    size_t st = i;
    while (i < body.size() && isdigit((unsigned char)body[i])) i++;
    if (i == st) P.raise(P.t.ValueError, "invalid hexadecimal floating-point string");
  }
  if (i != body.size()) P.raise(P.t.ValueError, "invalid hexadecimal floating-point string");
  std::string text = std::string(neg ? "-" : "") + "0x" + body;
  double d = strtod(text.c_str(), nullptr);
  if (std::isinf(d)) P.raise(P.t.OverflowError, "hexadecimal value too large to represent as a float");
  Value r = Value::number(d);
  if (a.argc > 1 && isType(a[0]) && asType(a[0]) != P.t.float_) return P.call(a[0], &r, 1);
  return r;
}

// The arithmetic dunders: NotImplemented unless the other operand is a float or an int.
static Value f_binary(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  double d = floatSelf(vm, a);
  if (a.argc != 1) P.raise(P.t.TypeError, "expected 1 argument, got " + std::to_string(a.argc));
  Value o = a[0];
  if (!o.isDouble() && !isInteger(o) && !o.isBool()) return P.notImplemented;
  int m = magicOf(a);
  BinaryOp op = BinaryOp(m & 63);
  Value self = Value::number(d);
  return (m & 64) ? P.binary(vm, op, o, self) : P.binary(vm, op, self, o);
}

void installFloat(PyLanguage& P) {
  VM& vm = P.vm;
  PyType* t = P.t.float_;
  P.defNative(t, "__dualvm_ctor__", b_float);
  P.defNative(P.builtins, "round", b_round);
  const char* methods[] = {"is_integer", "as_integer_ratio", "hex", "conjugate", "__int__", "__abs__",
                           "__neg__", "__bool__", "__hash__", "__repr__", "__floor__", "__ceil__"};
  for (int i = 0; i < 12; i++) P.defNative(t, methods[i], f_method, i);
  P.defNative(t, "__float__", f_method, 3); P.defNative(t, "__pos__", f_method, 3); P.defNative(t, "__trunc__", f_method, 4);
  P.defNative(t, "__round__", f_round);
  defGetter(P, t, "real", f_attr, 0);
  defGetter(P, t, "imag", f_attr, 1);
  P.defNative(t, "fromhex", f_fromhex);
  {
    Rooted fn(vm, t->slot(t->findOwn(P.s("fromhex"))));
    PyBox* cm = vm.heap.make<PyBox>(vm.emptyShape(), P.t.classmethod, kTagClassMethod);
    cm->a = fn;
    t->putDirect(vm, P.s("fromhex"), Value::cell(cm));
  }
  struct { const char* n; BinaryOp op; } ops[] = {
      {"add", BinaryOp::Add}, {"sub", BinaryOp::Sub}, {"mul", BinaryOp::Mul}, {"truediv", BinaryOp::Div},
      {"floordiv", BinaryOp::FloorDiv}, {"mod", BinaryOp::Mod}, {"pow", BinaryOp::Pow}};
  for (auto& o : ops) {
    P.defNative(t, ("__" + std::string(o.n) + "__").c_str(), f_binary, int(o.op));
    P.defNative(t, ("__r" + std::string(o.n) + "__").c_str(), f_binary, int(o.op) | 64);
  }
  installComplex(P);  // complex.cpp: the numeric tower's next type
}

}  // namespace dualvm::py
