// runtime/python/modules/math.cpp — the native `math` module (CPython's Modules/mathmodule.c):
// the C library's functions on floats, and the integer functions (gcd, factorial, isqrt, comb,
// perm, prod) on arbitrary-precision ints.
#include <cmath>
#include <vector>
#include "runtime/python/modules/native_module.h"

namespace dualvm::py {

#define L (lang(vm))

static double num(VM& vm, Value v) { return L.toFloat(v); }
// CPython's libm wrapper rule: NaN from a non-NaN argument is a domain error, an infinity from
// a finite argument a range error.
static Value checked(VM& vm, double x, double r) {
  if (std::isnan(r) && !std::isnan(x)) L.raise(L.t.ValueError, "math domain error");
  if (std::isinf(r) && std::isfinite(x)) L.raise(L.t.OverflowError, "math range error");
  return Value::number(r);
}
static Value m_unary(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]);
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (m != 9 && m != 10 && m != 11 && m < 16) {  // the float -> float functions
    static double (*const fns[])(double) = {std::sqrt, std::exp, std::sin, std::cos, std::tan, std::fabs, std::log2, std::log10, std::atan, nullptr, nullptr, nullptr, std::asin, std::acos};
    if (m < 14) {
      if ((m == 6 || m == 7) && x <= 0) L.raise(L.t.ValueError, "math domain error");
      return checked(vm, x, fns[m](x));
    }
  }
  switch (m) {
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
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (!v.isDouble()) {  // __floor__ / __ceil__ / __trunc__ first, as CPython's math module
    static const char* hooks[] = {"__floor__", "__ceil__", "__trunc__"};
    bool found = false;
    if (isObject(v) && !L.typeOf(v)->builtin) {
      Value r = L.callDunder(v, hooks[m], nullptr, 0, &found);
      if (found) return r;
    }
    if (m == 2) L.raise(L.t.TypeError, "type " + L.typeName(v) + " doesn't define __trunc__ method");
  }
  double x = num(vm, v);
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
  bool perm1 = a.argc < 2 || a[1].isNull();  // perm(n) = perm(n, n)
  int64_t n = L.toIndex(a[0]), k = perm1 ? n : L.toIndex(a[1]);
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
// fsum: CPython's math_fsum — Shewchuk's exact partial sums, then one correctly rounded
// result (half-even across partials); infinities and NaNs summed apart.
static Value m_fsum(VM& vm, CallArgs& a) {
  RootedVector items(vm);
  L.collect(a[0], items);
  std::vector<double> p;
  double specialSum = 0.0, infSum = 0.0;
  for (size_t k = 0; k < items.size(); k++) {
    double x = num(vm, items[k]), xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); j++) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, yr = hi - x, lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) L.raise(L.t.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) infSum += xsave;
        specialSum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (specialSum != 0.0) {
    if (std::isnan(infSum)) L.raise(L.t.ValueError, "-inf + inf in fsum");
    return Value::number(specialSum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    while (n > 0) {  // sum from the top, stop when the sum becomes inexact
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return Value::number(hi);
}

// lgamma as CPython's mathmodule.c computes it (Lanczos' approximation), so results agree to
// the last digit rather than to the C library's.
static const double kLanczosG = 6.024680040776729583740234375;
static double lanczosSum(double x) {
  static const double num[13] = {23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
      35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
      6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
      248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
      2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
      8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
      2.5066282746310002701649081771338373386264310793408};
  static const double den[13] = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
                                 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
  double n = 0, d = 0;
  if (x < 5.0) for (int i = 13; --i >= 0;) { n = n * x + num[i]; d = d * x + den[i]; }
  else for (int i = 0; i < 13; i++) { n = n / x + num[i]; d = d / x + den[i]; }
  return n / d;
}
static double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0), r = 0;
  switch (int(std::round(2.0 * y))) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break;
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    default: r = std::sin(M_PI * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}
static double pyLgamma(double x) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) return x <= 0 ? NAN : 0.0;  // NaN: checked() reports the domain error
  double ax = std::fabs(x);
  if (ax < 1e-20) return -std::log(ax);
  double r = std::log(lanczosSum(ax)) - kLanczosG + (ax - 0.5) * (std::log(ax + kLanczosG - 0.5) - 1);
  if (x < 0) r = std::log(M_PI) - std::log(std::fabs(sinpi(ax))) - std::log(ax) - r;
  return r;
}

// gamma as CPython's m_tgamma: exact factorials for small integers, else Lanczos.
static double pyTgamma(double x) {
  static const double table[23] = {1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
      479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
      121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};
  const double gmh = 5.524680040776729583740234375;  // lanczos_g - 0.5
  if (!std::isfinite(x)) return std::isnan(x) || x > 0 ? x : NAN;
  if (x == 0) return NAN;  // CPython: EDOM (a domain error, not a range error)
  if (x == std::floor(x)) {
    if (x < 0) return NAN;
    if (x <= 23) return table[int(x) - 1];
  }
  double ax = std::fabs(x);
  if (ax < 1e-20) return 1.0 / x;
  if (ax > 200.0) return x < 0 ? 0.0 / sinpi(x) : HUGE_VAL;
  double y = ax + gmh, z;
  if (ax > gmh) { double q = y - ax; z = q - gmh; } else { double q = y - gmh; z = q - ax; }
  z = z * kLanczosG / y;
  double r;
  if (x < 0) {
    r = -M_PI / sinpi(ax) / ax * std::exp(y) / lanczosSum(ax);
    r -= z * r;
    if (ax < 140.0) r /= std::pow(y, ax - 0.5);
    else { double sp = std::pow(y, ax / 2.0 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(ax) / std::exp(y);
    r += z * r;
    if (ax < 140.0) r *= std::pow(y, ax - 0.5);
    else { double sp = std::pow(y, ax / 2.0 - 0.25); r *= sp; r *= sp; }
  }
  return r;
}

// log1p expm1 cbrt sinh cosh tanh asinh acosh atanh erf erfc gamma lgamma exp2 (3.11)
static Value m_unary2(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]);
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  static double (*const fns[])(double) = {std::log1p, std::expm1, std::cbrt, std::sinh, std::cosh, std::tanh, std::asinh, std::acosh, std::atanh, std::erf, std::erfc, pyTgamma, pyLgamma, std::exp2};
  if ((m == 0 && x <= -1) || (m == 8 && std::fabs(x) >= 1) || (m == 12 && x <= 0 && x == std::floor(x)))
    L.raise(L.t.ValueError, "math domain error");
  return checked(vm, x, fns[m](x));
}
static Value m_remainder(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]), y = num(vm, a[1]);
  if (std::isinf(x) || (y == 0 && !std::isnan(x))) { if (!std::isnan(y)) L.raise(L.t.ValueError, "math domain error"); }
  return Value::number(std::remainder(x, y));
}
static Value m_modf(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]), ip;
  double fp = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &ip);
  if (std::isinf(x)) ip = x;
  Value pair[2] = {Value::number(fp), Value::number(ip)};
  return L.newTuple(pair, 2);
}
static Value m_frexp(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]);
  int e = 0;
  double mant = std::isfinite(x) ? std::frexp(x, &e) : x;
  Value pair[2] = {Value::number(mant), Value::integer(e)};
  return L.newTuple(pair, 2);
}
static Value m_ldexp(VM& vm, CallArgs& a) {
  double x = num(vm, a[0]);
  if (!isInteger(a[1]) && !a[1].isBool()) L.raise(L.t.TypeError, "Expected an int as second argument to ldexp.");
  int64_t e;
  if (!bigint::fitsInt64(a[1].isBool() ? Value::integer(a[1].asBool()) : a[1], &e)) e = bigint::sign(a[1]) < 0 ? INT32_MIN : INT32_MAX;
  e = std::max<int64_t>(std::min<int64_t>(e, 100000), -100000);
  return checked(vm, x, std::ldexp(x, int(e)));
}
static Value m_nextafter(VM& vm, CallArgs& a) { return Value::number(std::nextafter(num(vm, a[0]), num(vm, a[1]))); }
static Value m_ulp(VM& vm, CallArgs& a) {
  double x = std::fabs(num(vm, a[0]));
  if (std::isnan(x) || std::isinf(x)) return Value::number(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return Value::number(x - std::nextafter(x, -INFINITY));
  return Value::number(up - x);
}
static Value m_dist(VM& vm, CallArgs& a) {
  RootedVector p(vm), q(vm);
  L.collect(a[0], p);
  L.collect(a[1], q);
  if (p.size() != q.size()) L.raise(L.t.ValueError, "both points must have the same number of dimensions");
  double s = 0;
  for (size_t i = 0; i < p.size(); i++) { double d = num(vm, p[i]) - num(vm, q[i]); s += d * d; }
  return Value::number(std::sqrt(s));
}
static Value m_lcm(VM& vm, CallArgs& a) {
  mpz_t r, x; mpz_init_set_ui(r, 1); mpz_init(x);
  for (uint32_t i = 0; i < a.argc; i++) {
    if (!isInteger(a.argv[i]) && !a.argv[i].isBool()) { mpz_clears(r, x, nullptr); L.raise(L.t.TypeError, "'" + L.typeName(a.argv[i]) + "' object cannot be interpreted as an integer"); }
    bigint::toMpz(L.toInt(a.argv[i]), x);
    mpz_lcm(r, r, x);
  }
  Value out = bigint::fromMpz(vm.heap, r);
  mpz_clears(r, x, nullptr);
  return out;
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
  const char* unary2[] = {"log1p", "expm1", "cbrt", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "exp2"};
  for (int i = 0; i < 14; i++) P.defNative(m, unary2[i], m_unary2, i);
  P.defNative(m, "remainder", m_remainder); P.defNative(m, "modf", m_modf); P.defNative(m, "frexp", m_frexp);
  P.defNative(m, "ldexp", m_ldexp); P.defNative(m, "nextafter", m_nextafter); P.defNative(m, "ulp", m_ulp);
  P.defNative(m, "dist", m_dist); P.defNative(m, "lcm", m_lcm);
  m->putDirect(vm, P.s("pi"), Value::number(M_PI));
  m->putDirect(vm, P.s("e"), Value::number(M_E));
  m->putDirect(vm, P.s("tau"), Value::number(2 * M_PI));
  m->putDirect(vm, P.s("inf"), Value::number(INFINITY));
  m->putDirect(vm, P.s("nan"), Value::number(NAN));
}


}  // namespace dualvm::py
