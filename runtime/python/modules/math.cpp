// runtime/python/modules/math.cpp — the native `math` module (CPython's Modules/mathmodule.c):
// the C library's functions on floats, and the integer functions (gcd, factorial, isqrt, comb,
// perm, prod) on arbitrary-precision ints.
#include <cmath>
#include "runtime/python/modules/native_module.h"

namespace dualvm::py {

#define L (lang(vm))

static double num(VM& vm, Value v) { return L.toFloat(v); }
static Value m_unary(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]);
  switch (asNativeFunction(Value::cell(a.callee))->magic) {
    case 0: if (x < 0) L.raise(L.t.ValueError, "math domain error"); return Value::number(std::sqrt(x));
    case 1: return Value::number(std::exp(x));
    case 2: return Value::number(std::sin(x));
    case 3: return Value::number(std::cos(x));
    case 4: return Value::number(std::tan(x));
    case 5: return Value::number(std::fabs(x));
    case 6: if (x <= 0) L.raise(L.t.ValueError, "math domain error"); return Value::number(std::log2(x));
    case 7: if (x <= 0) L.raise(L.t.ValueError, "math domain error"); return Value::number(std::log10(x));
    case 8: return Value::number(std::atan(x));
    case 9: return Value::boolean(std::isinf(x));
    case 10: return Value::boolean(x != x);
    case 11: return Value::boolean(std::isfinite(x));
    case 12: return Value::number(std::asin(x));
    case 13: return Value::number(std::acos(x));
    case 14: return Value::number(x * M_PI / 180.0);
    case 15: return Value::number(x * 180.0 / M_PI);
    default: return Value::number(x);
  }
}
static Value m_floorceil(VM& vm, CallArgs& a) {
  Value v = a[0];
  if (isInteger(v) || v.isBool()) return L.toInt(v);
  double x = num(vm, v);
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  double r = m == 0 ? std::floor(x) : m == 1 ? std::ceil(x) : std::trunc(x);
  return L.toInt(Value::number(r));
}
static Value m_log(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]);
  if (x <= 0) L.raise(L.t.ValueError, "math domain error");
  if (a.argc > 1) return Value::number(std::log(x) / std::log(num(vm, a[1])));
  return Value::number(std::log(x));
}
static Value m_binary(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]), y = num(vm, a[1]);
  switch (asNativeFunction(Value::cell(a.callee))->magic) {
    case 0: return Value::number(std::pow(x, y));
    case 1: return Value::number(std::atan2(x, y));
    case 2: return Value::number(std::fmod(x, y));
    default: return Value::number(std::copysign(x, y));
  }
}
static Value m_hypot(VM& vm, CallArgs& a) { double s = 0; for (uint32_t i = 0; i < a.argc; i++) { double x = num(vm, a.argv[i]); s += x * x; } return Value::number(std::sqrt(s)); }
static Value m_gcd(VM& vm, CallArgs& a) {
  mpz_t r, x; mpz_inits(r, x, nullptr);
  for (uint32_t i = 0; i < a.argc; i++) { bigint::toMpz(L.toInt(a.argv[i]), x); mpz_gcd(r, r, x); }
  Value out = bigint::fromMpz(vm.heap, r);
  mpz_clears(r, x, nullptr);
  return out;
}
static Value m_factorial(VM& vm, CallArgs& a) {
  if (!isInteger(a[0])) L.raise(L.t.TypeError, "'" + L.typeName(a[0]) + "' object cannot be interpreted as an integer");
  int64_t n = L.toIndex(a[0]);
  if (n < 0) L.raise(L.t.ValueError, "factorial() not defined for negative values");
  mpz_t r; mpz_init(r); mpz_fac_ui(r, (unsigned long)n);
  Value out = bigint::fromMpz(vm.heap, r); mpz_clear(r); return out;
}
static Value m_isqrt(VM& vm, CallArgs& a) {
  mpz_t r; mpz_init(r); bigint::toMpz(L.toInt(a[0]), r);
  if (mpz_sgn(r) < 0) { mpz_clear(r); L.raise(L.t.ValueError, "isqrt() argument must be nonnegative"); }
  mpz_sqrt(r, r); Value out = bigint::fromMpz(vm.heap, r); mpz_clear(r); return out;
}
static Value m_comb(VM& vm, CallArgs& a) {
  int64_t n = L.toIndex(a[0]), k = L.toIndex(a[1]);
  if (n < 0 || k < 0) L.raise(L.t.ValueError, "n must be a non-negative integer");
  mpz_t r; mpz_init(r);
  bool perm = asNativeFunction(Value::cell(a.callee))->magic == 1;
  if (k > n) mpz_set_ui(r, 0);
  else if (!perm) mpz_bin_uiui(r, (unsigned long)n, (unsigned long)k);
  else { mpz_set_ui(r, 1); for (int64_t i = n - k + 1; i <= n; i++) mpz_mul_ui(r, r, (unsigned long)i); }
  Value out = bigint::fromMpz(vm.heap, r); mpz_clear(r); return out;
}
static Value m_isclose(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]), y = num(vm, a[1]);
  double rel = 1e-9, abs_ = 0;
  for (size_t i = 0; i < L.kwNames.size(); i++) {
    if (L.kwNames[i]->toUtf8() == "rel_tol") rel = num(vm, L.kwValues[i]);
    if (L.kwNames[i]->toUtf8() == "abs_tol") abs_ = num(vm, L.kwValues[i]);
  }
  if (x == y) return Value::boolean(true);
  if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
  double d = std::fabs(x - y);
  return Value::boolean(d <= std::fabs(rel * y) || d <= std::fabs(rel * x) || d <= abs_);
}
static Value m_prod(VM& vm, CallArgs& a) {
  RootedVector items(vm);
  L.collect(a[0], items);
  Rooted acc(vm, Value::integer(1));
  for (size_t i = 0; i < items.size(); i++) acc = L.binary(vm, BinaryOp::Mul, acc, items[i]);
  return acc;
}
static Value m_fsum(VM& vm, CallArgs& a) {
  RootedVector items(vm);
  L.collect(a[0], items);
  long double s = 0;
  for (size_t i = 0; i < items.size(); i++) s += num(vm, items[i]);
  return Value::number(double(s));
}

void initMath(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  const char* unary[] = {"sqrt", "exp", "sin", "cos", "tan", "fabs", "log2", "log10", "atan", "isinf", "isnan", "isfinite", "asin", "acos", "radians", "degrees"};
  for (int i = 0; i < 16; i++) P.defNative(m, unary[i], m_unary, i);
  P.defNative(m, "floor", m_floorceil, 0); P.defNative(m, "ceil", m_floorceil, 1); P.defNative(m, "trunc", m_floorceil, 2);
  P.defNative(m, "log", m_log);
  P.defNative(m, "pow", m_binary, 0); P.defNative(m, "atan2", m_binary, 1); P.defNative(m, "fmod", m_binary, 2); P.defNative(m, "copysign", m_binary, 3);
  P.defNative(m, "hypot", m_hypot); P.defNative(m, "gcd", m_gcd); P.defNative(m, "factorial", m_factorial);
  P.defNative(m, "isqrt", m_isqrt); P.defNative(m, "comb", m_comb, 0); P.defNative(m, "perm", m_comb, 1);
  P.defNative(m, "isclose", m_isclose); P.defNative(m, "prod", m_prod); P.defNative(m, "fsum", m_fsum);
  m->putDirect(vm, P.s("pi"), Value::number(M_PI));
  m->putDirect(vm, P.s("e"), Value::number(M_E));
  m->putDirect(vm, P.s("tau"), Value::number(2 * M_PI));
  m->putDirect(vm, P.s("inf"), Value::number(INFINITY));
  m->putDirect(vm, P.s("nan"), Value::number(NAN));
}


}  // namespace dualvm::py
