// runtime/js/math_builtins.cpp — the Math object of ES2022: constants, the one-argument functions
// (table-driven), max/min/hypot/atan2/pow/imul/clz32/fround/round/sign, and Math.random from a
// per-VM xorshift128+ state seeded from the clock.
#include <chrono>
#include <cmath>
#include <cstring>
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"
#include "runtime/js/stdlib_state.h"

namespace dualvm::js {

using UnaryMath = double (*)(double);

// fdlibm's cbrt (FreeBSD s_cbrt.c), as V8 uses: glibc's cbrt(27) is 3.0000000000000004.
static double fdlibmCbrt(double x) {
  const uint32_t B1 = 715094163, B2 = 696219795;
  const double P0 = 1.87595182427177009643, P1 = -1.88497979543377169875, P2 = 1.621429720105354466140,
               P3 = -0.758397934778766047437, P4 = 0.145996192886612446982;
  uint64_t bits;
  std::memcpy(&bits, &x, 8);
  uint32_t hx = uint32_t(bits >> 32), low = uint32_t(bits);
  uint32_t sign = hx & 0x80000000u;
  hx &= 0x7fffffffu;
  if (hx >= 0x7ff00000u) return x + x;
  double t = 0.0;
  auto insert = [](uint32_t high, uint32_t lo) {
    uint64_t b = (uint64_t(high) << 32) | lo;
    double d;
    std::memcpy(&d, &b, 8);
    return d;
  };
  if (hx < 0x00100000u) {
    if ((hx | low) == 0) return x;
    t = insert(0x43500000u, 0) * x;
    uint64_t tb;
    std::memcpy(&tb, &t, 8);
    uint32_t high = uint32_t(tb >> 32);
    t = insert(sign | ((high & 0x7fffffffu) / 3 + B2), 0);
  } else {
    t = insert(sign | (hx / 3 + B1), 0);
  }
  double r = (t * t) * (t / x);
  t = t * ((P0 + r * (P1 + r * P2)) + ((r * r) * r) * (P3 + r * P4));
  uint64_t tb;
  std::memcpy(&tb, &t, 8);
  tb = (tb + 0x80000000ull) & 0xffffffffc0000000ull;
  std::memcpy(&t, &tb, 8);
  double s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  return t + t * r;
}

static double jsRound(double x) {
  if (!std::isfinite(x) || x == 0) return x;
  if (x > 0 && x < 0.5) return 0.0;
  if (x < 0 && x >= -0.5) return -0.0;
  double f = std::floor(x);
  return (x - f >= 0.5) ? f + 1 : f;
}
static double jsSign(double x) {
  if (std::isnan(x) || x == 0) return x;
  return x > 0 ? 1 : -1;
}
static double jsFround(double x) { return double(float(x)); }
static double jsTrunc(double x) { return std::trunc(x); }
static double jsClz32(double x) {
  uint32_t n = uint32_t(doubleToInt32(x));
  return n == 0 ? 32 : __builtin_clz(n);
}

static const struct { const char* name; UnaryMath fn; } kUnary[] = {
    {"abs", [](double x) { return std::fabs(x); }},
    {"acos", [](double x) { return std::acos(x); }},
    {"acosh", [](double x) { return std::acosh(x); }},
    {"asin", [](double x) { return std::asin(x); }},
    {"asinh", [](double x) { return std::asinh(x); }},
    {"atan", [](double x) { return std::atan(x); }},
    {"atanh", [](double x) { return std::atanh(x); }},
    {"cbrt", fdlibmCbrt},
    {"ceil", [](double x) { return std::ceil(x); }},
    {"cos", [](double x) { return std::cos(x); }},
    {"cosh", [](double x) { return std::cosh(x); }},
    {"exp", [](double x) { return std::exp(x); }},
    {"expm1", [](double x) { return std::expm1(x); }},
    {"floor", [](double x) { return std::floor(x); }},
    {"fround", jsFround},
    {"log", [](double x) { return std::log(x); }},
    {"log1p", [](double x) { return std::log1p(x); }},
    {"log10", [](double x) { return std::log10(x); }},
    {"log2", [](double x) { return std::log2(x); }},
    {"round", jsRound},
    {"sign", jsSign},
    {"sin", [](double x) { return std::sin(x); }},
    {"sinh", [](double x) { return std::sinh(x); }},
    {"sqrt", [](double x) { return std::sqrt(x); }},
    {"tan", [](double x) { return std::tan(x); }},
    {"tanh", [](double x) { return std::tanh(x); }},
    {"trunc", jsTrunc},
    {"clz32", jsClz32},
};

static Value mathUnary(VM& vm, CallArgs& args) {
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  Value a = args[0];
  // Integer fast paths that keep ints ints.
  if (a.isInt() && (which == 0) && a.asInt() != INT32_MIN) return Value::integer(std::abs(a.asInt()));
  if (a.isInt() && (kUnary[which].fn == jsRound || which == 8 || which == 13 || kUnary[which].fn == jsTrunc))
    return a;
  double x = toNumber(vm, a);
  return Value::fromDoubleNormalized(kUnary[which].fn(x));
}

// max / min: magic 0 / 1.
static Value mathMaxMin(VM& vm, CallArgs& args) {
  bool isMax = static_cast<NativeFunction*>(args.callee)->magic == 0;
  double result = isMax ? -INFINITY : INFINITY;
  bool sawNaN = false;
  for (uint32_t i = 0; i < args.argc; i++) {
    double x = toNumber(vm, args[i]);  // every argument is coerced, even after a NaN
    if (std::isnan(x)) { sawNaN = true; continue; }
    if (isMax) {
      if (x > result || (x == 0 && result == 0 && !std::signbit(x))) result = x;
    } else {
      if (x < result || (x == 0 && result == 0 && std::signbit(x))) result = x;
    }
  }
  return Value::fromDoubleNormalized(sawNaN ? NAN : result);
}

static Value mathHypot(VM& vm, CallArgs& args) {
  std::vector<double> xs;
  for (uint32_t i = 0; i < args.argc; i++) xs.push_back(toNumber(vm, args[i]));
  bool nan = false;
  double maxAbs = 0;
  for (double x : xs) {
    if (std::isinf(x)) return Value::number(INFINITY);
    if (std::isnan(x)) nan = true;
    else maxAbs = std::max(maxAbs, std::fabs(x));
  }
  if (nan) return Value::number(NAN);
  if (maxAbs == 0) return Value::integer(0);
  // Scaled sum with Kahan compensation, as V8 does.
  double sum = 0, compensation = 0;
  for (double x : xs) {
    double r = x / maxAbs;
    double summand = r * r - compensation;
    double preliminary = sum + summand;
    compensation = (preliminary - sum) - summand;
    sum = preliminary;
  }
  return Value::fromDoubleNormalized(std::sqrt(sum) * maxAbs);
}

static Value mathAtan2(VM& vm, CallArgs& args) {
  double y = toNumber(vm, args[0]);
  double x = toNumber(vm, args[1]);
  return Value::fromDoubleNormalized(std::atan2(y, x));
}

static Value mathPow(VM& vm, CallArgs& args) {
  double b = toNumber(vm, args[0]);
  double e = toNumber(vm, args[1]);
  if (std::isnan(e)) return Value::number(NAN);
  if ((b == 1 || b == -1) && std::isinf(e)) return Value::number(NAN);
  return Value::fromDoubleNormalized(std::pow(b, e));
}

static Value mathImul(VM& vm, CallArgs& args) {
  uint32_t a = toUint32(vm, args[0]);
  uint32_t b = toUint32(vm, args[1]);
  return Value::integer(int32_t(a * b));
}

static Value mathRandom(VM& vm, CallArgs&) {
  StdlibState& st = stdlibState(vm);
  uint64_t s1 = st.rng[0];
  uint64_t s0 = st.rng[1];
  st.rng[0] = s0;
  s1 ^= s1 << 23;
  s1 ^= s1 >> 17;
  s1 ^= s0;
  s1 ^= s0 >> 26;
  st.rng[1] = s1;
  // 52 random mantissa bits -> [1, 2) -> [0, 1).
  uint64_t bits = (st.rng[0] >> 12) | 0x3FF0000000000000ull;
  double d;
  std::memcpy(&d, &bits, 8);
  return Value::number(d - 1.0);
}

void installMathBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* math = newPlainObject(vm, r.objectPrototype);
  defineValue(vm, r.global, "Math", Value::cell(math));
  defineValue(vm, math, r.symbols.toStringTag, makeStringUtf8(vm, "Math"), kConfigurable);
  static const struct { const char* name; double v; } kConstants[] = {
      {"E", M_E}, {"LN10", M_LN10}, {"LN2", M_LN2}, {"LOG10E", M_LOG10E}, {"LOG2E", M_LOG2E},
      {"PI", M_PI}, {"SQRT1_2", M_SQRT1_2}, {"SQRT2", M_SQRT2}};
  for (auto& c : kConstants) defineValue(vm, math, c.name, Value::number(c.v), 0);
  for (size_t i = 0; i < sizeof kUnary / sizeof kUnary[0]; i++)
    defineNativeMethod(vm, math, kUnary[i].name, mathUnary, 1, int32_t(i));
  defineNativeMethod(vm, math, "max", mathMaxMin, 2, 0);
  defineNativeMethod(vm, math, "min", mathMaxMin, 2, 1);
  defineNativeMethod(vm, math, "hypot", mathHypot, 2);
  defineNativeMethod(vm, math, "atan2", mathAtan2, 2);
  defineNativeMethod(vm, math, "pow", mathPow, 2);
  defineNativeMethod(vm, math, "imul", mathImul, 2);
  defineNativeMethod(vm, math, "random", mathRandom, 0);

  StdlibState& st = stdlibState(vm);
  uint64_t seed = uint64_t(std::chrono::system_clock::now().time_since_epoch().count()) ^
                  (uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()) << 17);
  // splitmix64 spreads the seed over both words (xorshift must not start at zero).
  auto mix = [&seed]() {
    uint64_t z = (seed += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  st.rng[0] = mix();
  st.rng[1] = mix() | 1;
}

}  // namespace dualvm::js
