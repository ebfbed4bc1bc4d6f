// runtime/python/modules/_random.cpp — the native `_random` module (CPython's
// Modules/_randommodule.c): the Random class random.py subclasses — random(), seed() with
// CPython's exact seeding (init_by_array over |n|'s 32-bit words; hash() for other objects;
// urandom for None), getrandbits(k), getstate()/setstate() as 625-tuples.
#include <gmp.h>
#include <sys/random.h>
#include <ctime>
#include "runtime/python/modules/mt19937.h"
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagRandom = 0x5101 };

class RandomState final : public Object {
 public:
  RandomState(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagRandom); }
  MT19937 mt;
  size_t memoryBytes() const override { return sizeof(RandomState); }
};

RandomState* selfRandom(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isObject(a.thisValue) || asObject(a.thisValue)->classTag() != kTagRandom)
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for '_random.Random' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return static_cast<RandomState*>(asObject(a.thisValue));
}

// The 32-bit little-endian words of a non-negative mpz (at least one word).
std::vector<uint32_t> words(const mpz_t z) {
  size_t count = (mpz_sizeinbase(z, 2) + 31) / 32;
  std::vector<uint32_t> w(count ? count : 1, 0);
  size_t written = 0;
  mpz_export(w.data(), &written, -1, sizeof(uint32_t), 0, 0, z);
  if (w.empty()) w.push_back(0);
  return w;
}

void seed(VM& vm, RandomState* r, Value arg) {
  if (arg.isNullish() || arg.isUndefined()) {
    std::vector<uint32_t> key(MT19937::N);
    ssize_t got = getrandom(key.data(), key.size() * 4, GRND_NONBLOCK);
    if (got != ssize_t(key.size() * 4)) {  // no entropy yet: time and pid, as CPython falls back to
      struct timespec ts;
      clock_gettime(CLOCK_REALTIME, &ts);
      key = {uint32_t(ts.tv_sec), uint32_t(ts.tv_nsec), uint32_t(getpid()), uint32_t(uintptr_t(r))};
    }
    r->mt.initByArray(key);
    return;
  }
  mpz_t z;
  mpz_init(z);
  if (isInteger(arg) || arg.isBool()) {
    bigint::toMpz(arg.isBool() ? Value::integer(arg.asBool()) : arg, z);
    mpz_abs(z, z);
  } else {
    // CPython: (size_t)PyObject_Hash(arg)
    uint64_t h = uint64_t(L.hash(arg));
    mpz_import(z, 1, -1, sizeof(uint64_t), 0, 0, &h);
  }
  std::vector<uint32_t> key = words(z);
  mpz_clear(z);
  r->mt.initByArray(key);
}

Value randomNew(VM& vm, CallArgs& a) {
  Value c = a[0];
  if (!isType(c)) L.raise(L.t.TypeError, "Random.__new__(X): X is not a type object");
  PyType* cls = asType(c);
  Value classRandom = L.modules.count("_random") ? L.getAttr(L.modules["_random"], L.s("Random"), false) : Value::empty();
  std::vector<String*> kw;
  kw.swap(L.kwNames);
  L.kwValues.clear();
  if (Value::cell(cls) == classRandom && !kw.empty()) L.raise(L.t.TypeError, "Random() takes no keyword arguments");
  if (a.argc > 2) L.raise(L.t.TypeError, "Random() requires 0 or 1 argument");
  Rooted arg(vm, a.argc > 1 ? a[1] : Value::null());
  RandomState* r = vm.heap.make<RandomState>(vm.emptyShape(), cls);
  Rooted rr(vm, Value::cell(r));
  seed(vm, r, arg);
  return rr;
}
Value randomInit(VM& vm, CallArgs& a) {  // seeding happened in __new__ (as in CPython)
  L.kwNames.clear(); L.kwValues.clear();
  return Value::null();
}

Value randomSeed(VM& vm, CallArgs& a) {
  RandomState* r = selfRandom(vm, a, "seed");
  takeKwargs(L, "seed", {});
  if (a.argc > 1) L.raise(L.t.TypeError, "seed expected at most 1 argument, got " + std::to_string(a.argc));
  seed(vm, r, a.argc ? a[0] : Value::null());
  return Value::null();
}

Value randomRandom(VM& vm, CallArgs& a) { return Value::number(selfRandom(vm, a, "random")->mt.random()); }

Value randomGetrandbits(VM& vm, CallArgs& a) {
  RandomState* r = selfRandom(vm, a, "getrandbits");
  if (a.argc != 1) L.raise(L.t.TypeError, "getrandbits() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  if (!isInteger(a[0]) && !a[0].isBool()) L.raise(L.t.TypeError, "'" + L.typeName(a[0]) + "' object cannot be interpreted as an integer");
  int64_t k = L.toIndex(a[0]);
  if (k > INT32_MAX) L.raise(L.t.OverflowError, "Python int too large to convert to C int");  // k is a C int in CPython
  if (k < 0) L.raise(L.t.ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::integer(0);
  if (k <= 32) return bigint::fromInt64(vm.heap, int64_t(r->mt.next() >> (32 - k)));
  std::vector<uint32_t> w(size_t((k - 1) / 32 + 1));
  for (size_t i = 0; i < w.size(); i++, k -= 32) {
    uint32_t x = r->mt.next();
    if (k < 32) x >>= (32 - k);
    w[i] = x;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, w.size(), -1, sizeof(uint32_t), 0, 0, w.data());
  Value out = bigint::fromMpz(vm.heap, z);
  mpz_clear(z);
  return out;
}

Value randomGetstate(VM& vm, CallArgs& a) {
  RandomState* r = selfRandom(vm, a, "getstate");
  RootedVector items(vm);
  for (int i = 0; i < MT19937::N; i++) items.push(bigint::fromInt64(vm.heap, int64_t(r->mt.mt[i])));
  items.push(bigint::fromInt64(vm.heap, r->mt.index));
  return L.newTuple(items.data(), items.size());
}

Value randomSetstate(VM& vm, CallArgs& a) {
  RandomState* r = selfRandom(vm, a, "setstate");
  Value st = a[0];
  if (!isArray(st) || asObject(st)->classTag() != kTagTuple) L.raise(L.t.TypeError, "state vector must be a tuple");
  auto& els = asArray(st)->elements;
  if (els.size() != size_t(MT19937::N + 1)) L.raise(L.t.ValueError, "state vector is the wrong size");
  MT19937 next;
  for (int i = 0; i < MT19937::N; i++) {
    Value x = els[size_t(i)];
    if (!isInteger(x)) L.raise(L.t.TypeError, "state vector items must be integers");
    mpz_t z;
    mpz_init(z);
    bigint::toMpz(x, z);
    bool ok = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 32;
    next.mt[i] = uint32_t(mpz_get_ui(z));
    mpz_clear(z);
    if (!ok) L.raise(L.t.OverflowError, "Python int too large to convert to C unsigned long");
  }
  int64_t index = L.toIndex(els[size_t(MT19937::N)]);
  if (index < 0 || index > MT19937::N) L.raise(L.t.ValueError, "invalid state");
  next.index = int(index);
  r->mt = next;
  return Value::null();
}

}  // namespace

void initRandom(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  PyType* ty = newNativeType(P, "Random", "_random");
  P.defNative(ty, "__new__", randomNew);
  P.defNative(ty, "__init__", randomInit);
  P.defNative(ty, "seed", randomSeed);
  P.defNative(ty, "random", randomRandom);
  P.defNative(ty, "getrandbits", randomGetrandbits);
  P.defNative(ty, "getstate", randomGetstate);
  P.defNative(ty, "setstate", randomSetstate);
  m->putDirect(vm, P.s("Random"), Value::cell(ty));
}

}  // namespace dualvm::py
