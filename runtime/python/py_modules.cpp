// runtime/python/py_modules.cpp — the import intrinsics and the native modules implemented so
// far (sys, math). Importing pure-Python modules (script directory, CPython's stdlib) is not
// implemented yet: other names raise ModuleNotFoundError.
#include <cmath>
#include <cstdio>
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

#define L (lang(vm))

static Value io_write(VM& vm, CallArgs& a) {
  std::string s = L.str(a[0]);
  int fd = asNativeFunction(Value::cell(a.callee))->magic;
  if (fd == 2) { fflush(stdout); fwrite(s.data(), 1, s.size(), stderr); }
  else fwrite(s.data(), 1, s.size(), stdout);
  return Value::fromInt64(int64_t(asString(a[0])->length()));
}
static Value io_flush(VM&, CallArgs&) { fflush(stdout); return Value::null(); }
static Value sys_exit(VM& vm, CallArgs& a) {
  Value args[1] = {a.argc ? a[0] : Value::null()};
  vm.throwValue(L.call(Value::cell(L.t.SystemExit), args, a.argc ? 1 : 0));
}
static Value sys_getrecursionlimit(VM& vm, CallArgs&) { return Value::integer(int32_t(vm.options.maxCallDepth)); }
static Value sys_setrecursionlimit(VM& vm, CallArgs& a) { int64_t n = L.toIndex(a[0]); if (n < 1) L.raise(L.t.ValueError, "recursion limit must be greater or equal than 1"); vm.options.maxCallDepth = uint32_t(std::min<int64_t>(n + 50, 100000)); return Value::null(); }

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

static Object* newModule(PyLanguage& P, const char* name) {
  VM& vm = P.vm;
  Object* m = vm.heap.make<Object>(vm.emptyShape(), P.t.module);
  vm.addPermanentRoot(Value::cell(m));
  m->putDirect(vm, P.s("__name__"), P.newStr(name));
  return m;
}

static Value makeSys(PyLanguage& P) {
  VM& vm = P.vm;
  Object* m = newModule(P, "sys");
  PyType* io = P.newType("TextIOWrapper", P.t.object);
  Rooted rio(vm, Value::cell(io));
  for (int fd = 1; fd <= 2; fd++) {
    Object* f = vm.heap.make<Object>(vm.emptyShape(), io);
    Rooted rf(vm, Value::cell(f));
    f->putDirect(vm, P.s("__dualvm_fd__"), Value::integer(fd));
    P.defNative(f, "write", io_write, fd);
    P.defNative(f, "flush", io_flush);
    m->putDirect(vm, P.s(fd == 1 ? "stdout" : "stderr"), rf);
    m->putDirect(vm, P.s(fd == 1 ? "__stdout__" : "__stderr__"), rf);
  }
  P.defNative(m, "exit", sys_exit);
  P.defNative(m, "getrecursionlimit", sys_getrecursionlimit);
  P.defNative(m, "setrecursionlimit", sys_setrecursionlimit);
  m->putDirect(vm, P.s("maxsize"), bigint::fromInt64(vm.heap, INT64_MAX));
  m->putDirect(vm, P.s("version"), P.newStr("3.11.2 (dualvm)"));
  m->putDirect(vm, P.s("platform"), P.newStr("linux"));
  m->putDirect(vm, P.s("byteorder"), P.newStr("little"));
  RootedVector argv(vm);
  for (const std::string& a : P.argv) argv.push(P.newStr(a));
  m->putDirect(vm, P.s("argv"), P.newList(argv.data(), argv.size()));
  Value vi[5] = {Value::integer(3), Value::integer(11), Value::integer(2), P.newStr("final"), Value::integer(0)};
  Rooted rvi(vm, P.newTuple(vi, 3));
  m->putDirect(vm, P.s("version_info"), rvi);
  return Value::cell(m);
}

static Value makeMath(PyLanguage& P) {
  VM& vm = P.vm;
  Object* m = newModule(P, "math");
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
  return Value::cell(m);
}

Value PyLanguage::importName(Value name, Value fromlist, Value level) {
  (void)fromlist;
  if (level.isInt() && level.asInt() > 0) raise(t.ImportError, "attempted relative import with no known parent package");
  std::string n = str(name);
  auto it = modules.find(n);
  if (it != modules.end()) return it->second;
  Value m;
  if (n == "sys") m = makeSys(*this);
  else if (n == "math") m = makeMath(*this);
  else {
    Rooted e(vm, makeException(t.ModuleNotFoundError, "No module named '" + n + "'"));
    asObject(e)->putDirect(vm, s("name"), name);
    vm.throwValue(e);
  }
  modules[n] = m;
  return m;
}

Value PyLanguage::importFrom(Value module, Value name) {
  Value v = getAttr(module, vm.intern(asString(name)), false);
  if (v.isMagic(Magic::Empty))
    raise(t.ImportError, "cannot import name '" + str(name) + "' from '" + moduleName(module) + "' (unknown location)");
  return v;
}

}  // namespace dualvm::py
