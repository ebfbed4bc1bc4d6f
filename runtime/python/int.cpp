// runtime/python/int.cpp — int: parsing (int(), PyLanguage::toInt), methods, and the integer
// builtins (hex, bin, oct, divmod, pow).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "runtime/interpreter.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

Value PyLanguage::toInt(Value v) {
  if (v.isInt() || isBigInt(v)) return v;
  if (v.isBool()) return Value::integer(v.asBool());
  if (v.isDouble()) {
    double d = v.asDouble();
    if (d != d) raise(t.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise(t.OverflowError, "cannot convert float infinity to integer");
    return bigint::fromDouble(vm.heap, std::trunc(d));
  }
  if (isString(v)) {
    std::string s = asString(v)->toUtf8(), clean;
    size_t a = s.find_first_not_of(" \t\n\r"), b = s.find_last_not_of(" \t\n\r");
    std::string t0 = a == std::string::npos ? "" : s.substr(a, b - a + 1);
    for (char c : t0) if (c != '_') clean += c;
    Value out;
    if (clean.empty() || !bigint::parse(vm.heap, clean, 10, &out)) raise(t.ValueError, "invalid literal for int() with base 10: " + repr(v));
    return out;
  }
  bool found = false;
  if (isObject(v) && !typeOf(v)->builtin) {
    Value r = callDunder(v, "__int__", nullptr, 0, &found);
    if (found) return r;
    r = callDunder(v, "__index__", nullptr, 0, &found);
    if (found) return r;
  }
  raise(t.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + typeName(v) + "'");
}

static Value b_int(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc == 0) return Value::integer(0);
  Value base = a.argc > 1 ? a[1] : kwarg(P, "base");
  P.kwNames.clear(); P.kwValues.clear();
  if (!base.isMagic(Magic::Empty) && !base.isUndefined()) {
    if (!isString(a[0])) P.raise(P.t.TypeError, "int() can't convert non-string with explicit base");
    int b = int(P.toIndex(base));
    std::string s = asString(a[0])->toUtf8(), clean;
    size_t x = s.find_first_not_of(" \t\n"), y = s.find_last_not_of(" \t\n");
    std::string t0 = x == std::string::npos ? "" : s.substr(x, y - x + 1);
    for (char c : t0) if (c != '_') clean += c;
    bool neg = false;
    if (!clean.empty() && (clean[0] == '-' || clean[0] == '+')) { neg = clean[0] == '-'; clean = clean.substr(1); }
    if ((b == 16 || b == 0) && clean.size() > 2 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X')) { clean = clean.substr(2); b = 16; }
    else if ((b == 8 || b == 0) && clean.size() > 2 && clean[0] == '0' && (clean[1] == 'o' || clean[1] == 'O')) { clean = clean.substr(2); b = 8; }
    else if ((b == 2 || b == 0) && clean.size() > 2 && clean[0] == '0' && (clean[1] == 'b' || clean[1] == 'B')) { clean = clean.substr(2); b = 2; }
    if (b == 0) b = 10;
    Value out;
    if (clean.empty() || !bigint::parse(vm.heap, clean, b, &out))
      P.raise(P.t.ValueError, "invalid literal for int() with base " + std::to_string(P.toIndex(base)) + ": " + P.repr(a[0]));
    return neg ? bigint::negate(vm.heap, out) : out;
  }
  return P.toInt(a[0]);
}
static Value b_divmod(VM& vm, CallArgs& a) {
  Rooted q(vm, L.binary(vm, BinaryOp::FloorDiv, a[0], a[1]));
  Rooted r(vm, L.binary(vm, BinaryOp::Mod, a[0], a[1]));
  Value p[2] = {q, r};
  return L.newTuple(p, 2);
}
static Value b_pow(VM& vm, CallArgs& a) {
  if (a.argc == 3) {
    mpz_t b, e, m, r; mpz_inits(b, e, m, r, nullptr);
    bigint::toMpz(L.toInt(a[0]), b); bigint::toMpz(L.toInt(a[1]), e); bigint::toMpz(L.toInt(a[2]), m);
    if (mpz_sgn(m) == 0) { mpz_clears(b, e, m, r, nullptr); L.raise(L.t.ValueError, "pow() 3rd argument cannot be 0"); }
    mpz_powm(r, b, e, m);
    if (mpz_sgn(r) != 0 && mpz_sgn(m) < 0) mpz_add(r, r, m);
    Value out = bigint::fromMpz(vm.heap, r);
    mpz_clears(b, e, m, r, nullptr);
    return out;
  }
  return L.binary(vm, BinaryOp::Pow, a[0], a[1]);
}
static Value b_hex(VM& vm, CallArgs& a) { Value v = L.toInt(a[0]); bool neg = bigint::sign(v) < 0; return L.newStr(std::string(neg ? "-" : "") + "0x" + bigint::toString(bigint::abs(vm.heap, v), 16)); }
static Value b_bin(VM& vm, CallArgs& a) { Value v = L.toInt(a[0]); bool neg = bigint::sign(v) < 0; return L.newStr(std::string(neg ? "-" : "") + "0b" + bigint::toString(bigint::abs(vm.heap, v), 2)); }
static Value b_oct(VM& vm, CallArgs& a) { Value v = L.toInt(a[0]); bool neg = bigint::sign(v) < 0; return L.newStr(std::string(neg ? "-" : "") + "0o" + bigint::toString(bigint::abs(vm.heap, v), 8)); }

void installInt(PyLanguage& P) {
  Object* b = P.builtins;
  P.defNative(P.t.int_, "__dualvm_ctor__", b_int);
  P.defNative(b, "divmod", b_divmod); P.defNative(b, "pow", b_pow);
  P.defNative(b, "hex", b_hex); P.defNative(b, "bin", b_bin); P.defNative(b, "oct", b_oct);
}

}  // namespace dualvm::py
