// runtime/python/modules/cmath.cpp — the native `cmath` module (owner: pynum; CPython's
// Modules/cmathmodule.c). sqrt, exp, log, log10, phase, polar, rect and isclose follow CPython's
// algorithms for finite arguments (its scaling for tiny and huge parts, log1p near |z| = 1), as do
// tan/tanh/asin/acos/asinh/acosh, with its errors ("math domain error", "math range error");
// sin/cos/sinh/cosh/atan/atanh and non-finite arguments use the C library's C99 complex functions
// (Annex G special values, which CPython's tables also follow). Arguments convert
// as CPython's: complex, __complex__, or anything float() takes (complex.h).
#include <cfloat>
#include <cmath>
#include <complex>
#include "runtime/python/complex.h"
#include "runtime/python/modules/native_module.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

using Cx = std::complex<double>;
const double kLargeDouble = DBL_MAX / 4.0;
const double kLogLargeDouble = std::log(kLargeDouble);

Cx argOf(VM& vm, CallArgs& a, uint32_t i, const char* fn) {
  if (i >= a.argc) L.raise(L.t.TypeError, std::string(fn) + "() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  double re, im;
  toComplexParts(L, a[i], &re, &im);
  return {re, im};
}
int magic(CallArgs& a) { return asNativeFunction(Value::cell(a.callee))->magic; }
[[noreturn]] void domainError(VM& vm) { L.raise(L.t.ValueError, "math domain error"); }
[[noreturn]] void rangeError(VM& vm) { L.raise(L.t.OverflowError, "math range error"); }
bool finite(Cx z) { return std::isfinite(z.real()) && std::isfinite(z.imag()); }

Cx csqrt(Cx z) {  // cmath_sqrt_impl, finite arguments
  if (!finite(z)) return std::sqrt(z);
  if (z.real() == 0.0 && z.imag() == 0.0) return {0.0, z.imag()};
  double ax = std::fabs(z.real()), ay = std::fabs(z.imag()), s;
  if (ax < DBL_MIN && ay < DBL_MIN) {  // hypot(ax, ay) would be subnormal
    ax = std::ldexp(ax, 53);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, 53))), -27);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.real() >= 0.0) return {s, std::copysign(d, z.imag())};
  return {d, std::copysign(s, z.imag())};
}

Cx cexp(VM& vm, Cx z) {  // cmath_exp_impl
  if (!finite(z)) return std::exp(z);
  double l;
  Cx r;
  if (z.real() > kLogLargeDouble) {
    l = std::exp(z.real() - 1.0);
    r = {l * std::cos(z.imag()) * M_E, l * std::sin(z.imag()) * M_E};
  } else {
    l = std::exp(z.real());
    r = {l * std::cos(z.imag()), l * std::sin(z.imag())};
  }
  if (std::isinf(r.real()) || std::isinf(r.imag())) rangeError(vm);
  return r;
}

Cx clog(VM& vm, Cx z) {  // c_log
  if (!finite(z)) return std::log(z);
  double ax = std::fabs(z.real()), ay = std::fabs(z.imag()), re;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + M_LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * M_LN2;
    else domainError(vm);  // log(0)
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = std::log(h);
    }
  }
  return {re, std::atan2(z.imag(), z.real())};
}

// CPython's formulas for finite arguments (cmath_tanh/asinh/acos/acosh_impl; tan and asin by
// the identities tan(z) = -i tanh(iz), asin(z) = -i asinh(iz))
Cx ctanh(Cx z) {
  if (!finite(z)) return std::tanh(z);
  if (std::fabs(z.real()) > kLogLargeDouble)
    return {std::copysign(1.0, z.real()), 4.0 * std::sin(z.imag()) * std::cos(z.imag()) * std::exp(-2.0 * std::fabs(z.real()))};
  double tx = std::tanh(z.real()), ty = std::tan(z.imag()), cx = 1.0 / std::cosh(z.real()), txty = tx * ty;
  double denom = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}
Cx casinh(Cx z) {
  if (!finite(z)) return std::asinh(z);
  if (std::fabs(z.real()) > kLargeDouble || std::fabs(z.imag()) > kLargeDouble) {
    double l = std::log(std::hypot(z.real() / 2.0, z.imag() / 2.0)) + M_LN2 * 2.0;
    return {z.imag() >= 0.0 ? std::copysign(l, z.real()) : -std::copysign(l, -z.real()), std::atan2(z.imag(), std::fabs(z.real()))};
  }
  Cx s1 = csqrt({1.0 + z.imag(), -z.real()}), s2 = csqrt({1.0 - z.imag(), z.real()});
  return {std::asinh(s1.real() * s2.imag() - s2.real() * s1.imag()), std::atan2(z.imag(), s1.real() * s2.real() - s1.imag() * s2.imag())};
}
Cx cacos(Cx z) {
  if (!finite(z)) return std::acos(z);
  if (std::fabs(z.real()) > kLargeDouble || std::fabs(z.imag()) > kLargeDouble) {
    double l = std::log(std::hypot(z.real() / 2.0, z.imag() / 2.0)) + M_LN2 * 2.0;
    return {std::atan2(std::fabs(z.imag()), z.real()), z.real() < 0.0 ? -std::copysign(l, z.imag()) : std::copysign(l, -z.imag())};
  }
  Cx s1 = csqrt({1.0 - z.real(), -z.imag()}), s2 = csqrt({1.0 + z.real(), z.imag()});
  return {2.0 * std::atan2(s1.real(), s2.real()), std::asinh(s2.real() * s1.imag() - s2.imag() * s1.real())};
}
Cx cacosh(Cx z) {
  if (!finite(z)) return std::acosh(z);
  if (std::fabs(z.real()) > kLargeDouble || std::fabs(z.imag()) > kLargeDouble)
    return {std::log(std::hypot(z.real() / 2.0, z.imag() / 2.0)) + M_LN2 * 2.0, std::atan2(z.imag(), z.real())};
  Cx s1 = csqrt({z.real() - 1.0, z.imag()}), s2 = csqrt({z.real() + 1.0, z.imag()});
  return {std::asinh(s1.real() * s2.real() + s1.imag() * s2.imag()), 2.0 * std::atan2(s1.imag(), s2.real())};
}

Value out(VM& vm, Cx z) { return newComplex(L, z.real(), z.imag()); }

// sqrt exp log10 sin cos tan asin acos atan sinh cosh tanh asinh acosh atanh (magic 0..14)
Value c_unary(VM& vm, CallArgs& a) {
  static const char* names[] = {"sqrt", "exp", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"};
  int m = magic(a);
  Cx z = argOf(vm, a, 0, names[m]);
  if (a.argc != 1) L.raise(L.t.TypeError, std::string(names[m]) + "() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Cx r;
  switch (m) {
    case 0: return out(vm, csqrt(z));
    case 1: return out(vm, cexp(vm, z));
    case 2: r = clog(vm, z); return out(vm, {r.real() / M_LN10, r.imag() / M_LN10});
    case 3: r = std::sin(z); break;
    case 4: r = std::cos(z); break;
    case 5: { Cx t = ctanh({-z.imag(), z.real()}); r = {t.imag(), -t.real()}; break; }
    case 6: { Cx t = casinh({-z.imag(), z.real()}); r = {t.imag(), -t.real()}; break; }
    case 7: r = cacos(z); break;
    case 8:
      if (z == Cx(0.0, 1.0) || z == Cx(0.0, -1.0)) domainError(vm);
      r = std::atan(z);
      break;
    case 9: r = std::sinh(z); break;
    case 10: r = std::cosh(z); break;
    case 11: r = ctanh(z); break;
    case 12: r = casinh(z); break;
    case 13: r = cacosh(z); break;
    default:
      if (z == Cx(1.0, 0.0) || z == Cx(-1.0, 0.0)) domainError(vm);
      r = std::atanh(z);
      break;
  }
  // CPython's errno rules: an infinity from finite input is a range error, NaN from non-NaN a domain error
  if (finite(z) && (std::isinf(r.real()) || std::isinf(r.imag()))) rangeError(vm);
  if (!std::isnan(z.real()) && !std::isnan(z.imag()) && (std::isnan(r.real()) || std::isnan(r.imag())) && finite(z)) domainError(vm);
  return out(vm, r);
}

Value c_log(VM& vm, CallArgs& a) {  // log(x[, base])
  if (a.argc < 1 || a.argc > 2) L.raise(L.t.TypeError, "log expected at most 2 arguments, got " + std::to_string(a.argc));
  Cx x = clog(vm, argOf(vm, a, 0, "log"));
  if (a.argc == 2) {
    Cx b = clog(vm, argOf(vm, a, 1, "log"));
    // _Py_c_quot
    double abr = std::fabs(b.real()), abi = std::fabs(b.imag());
    if (abr >= abi) {
      if (abr == 0.0) domainError(vm);
      double ratio = b.imag() / b.real(), denom = b.real() + b.imag() * ratio;
      x = {(x.real() + x.imag() * ratio) / denom, (x.imag() - x.real() * ratio) / denom};
    } else {
      double ratio = b.real() / b.imag(), denom = b.real() * ratio + b.imag();
      x = {(x.real() * ratio + x.imag()) / denom, (x.imag() * ratio - x.real()) / denom};
    }
  }
  return out(vm, x);
}

Value c_phase(VM& vm, CallArgs& a) {
  Cx z = argOf(vm, a, 0, "phase");
  return Value::number(std::atan2(z.imag(), z.real()));
}

Value c_polar(VM& vm, CallArgs& a) {
  Cx z = argOf(vm, a, 0, "polar");
  double r;
  if (std::isinf(z.real())) r = std::fabs(z.real());
  else if (std::isinf(z.imag())) r = std::fabs(z.imag());
  else if (std::isnan(z.real()) || std::isnan(z.imag())) r = NAN;
  else {
    r = std::hypot(z.real(), z.imag());
    if (std::isinf(r)) rangeError(vm);
  }
  Value parts[2] = {Value::number(r), Value::number(std::atan2(z.imag(), z.real()))};
  return L.newTuple(parts, 2);
}

Value c_rect(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "rect expected 2 arguments, got " + std::to_string(a.argc));
  double r = L.toFloat(a[0]), phi = L.toFloat(a[1]);
  if (std::isfinite(r) && std::isinf(phi)) domainError(vm);
  if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
    double re = r > 0 ? std::copysign(INFINITY, std::cos(phi)) : -std::copysign(INFINITY, std::cos(phi));
    double im = r > 0 ? std::copysign(INFINITY, std::sin(phi)) : -std::copysign(INFINITY, std::sin(phi));
    return newComplex(L, re, im);
  }
  if (phi == 0.0) return newComplex(L, r, std::isnan(r) ? 0.0 : r * phi);
  return newComplex(L, r * std::cos(phi), r * std::sin(phi));
}

Value c_pred(VM& vm, CallArgs& a) {  // isfinite (0), isinf (1), isnan (2)
  static const char* names[] = {"isfinite", "isinf", "isnan"};
  int m = magic(a);
  Cx z = argOf(vm, a, 0, names[m]);
  if (m == 0) return Value::boolean(finite(z));
  if (m == 1) return Value::boolean(std::isinf(z.real()) || std::isinf(z.imag()));
  return Value::boolean(std::isnan(z.real()) || std::isnan(z.imag()));
}

Value c_isclose(VM& vm, CallArgs& a) {  // isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
  PyLanguage& P = L;
  Value rt = kwarg(P, "rel_tol"), at = kwarg(P, "abs_tol");
  noKw(P, "isclose", {"rel_tol", "abs_tol"});
  double relTol = rt.isMagic(Magic::Empty) ? 1e-09 : P.toFloat(rt), absTol = at.isMagic(Magic::Empty) ? 0.0 : P.toFloat(at);
  P.kwNames.clear(); P.kwValues.clear();
  if (a.argc != 2) P.raise(P.t.TypeError, "isclose() takes exactly 2 positional arguments (" + std::to_string(a.argc) + " given)");
  Cx x = argOf(vm, a, 0, "isclose"), y = argOf(vm, a, 1, "isclose");
  if (relTol < 0.0 || absTol < 0.0) P.raise(P.t.ValueError, "tolerances must be non-negative");
  if (x == y) return Value::boolean(true);
  if (std::isinf(x.real()) || std::isinf(x.imag()) || std::isinf(y.real()) || std::isinf(y.imag())) return Value::boolean(false);
  double diff = std::abs(x - y);
  return Value::boolean((diff <= relTol * std::abs(y)) || (diff <= relTol * std::abs(x)) || diff <= absTol);
}

}  // namespace

void initCmath(PyLanguage& P, Object* module) {
  VM& vm = P.vm;
  const char* unary[] = {"sqrt", "exp", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"};
  for (int i = 0; i < 15; i++) P.defNative(module, unary[i], c_unary, i);
  P.defNative(module, "log", c_log);
  P.defNative(module, "phase", c_phase);
  P.defNative(module, "polar", c_polar);
  P.defNative(module, "rect", c_rect);
  P.defNative(module, "isfinite", c_pred, 0); P.defNative(module, "isinf", c_pred, 1); P.defNative(module, "isnan", c_pred, 2);
  P.defNative(module, "isclose", c_isclose);
  module->putDirect(vm, P.s("pi"), Value::number(M_PI));
  module->putDirect(vm, P.s("e"), Value::number(M_E));
  module->putDirect(vm, P.s("tau"), Value::number(2 * M_PI));
  module->putDirect(vm, P.s("inf"), Value::number(INFINITY));
  module->putDirect(vm, P.s("nan"), Value::number(NAN));
  Rooted infj(vm, newComplex(P, 0.0, INFINITY));
  module->putDirect(vm, P.s("infj"), infj);
  Rooted nanj(vm, newComplex(P, 0.0, NAN));
  module->putDirect(vm, P.s("nanj"), nanj);
}

}  // namespace dualvm::py
