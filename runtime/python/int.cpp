// runtime/python/int.cpp — Python's int: parsing as int() does it (whitespace, sign, base prefixes,
// single underscores between digits, Unicode decimal digits), PyLanguage::toInt, the methods and
// attributes of int (and bool), and the integer builtins hex/bin/oct, divmod, pow (with modular
// inverse for negative exponents).
#include <unicode/uchar.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "runtime/interpreter.h"
#include "runtime/python/containers.h"
#include "runtime/python/py_text.h"

namespace dualvm::py {

#define L (lang(vm))

// The digit value of c in any base up to 36 (Unicode decimal digits count as 0-9), or 99.
static int digitValue(char32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'z') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return int(c - 'A' + 10);
  if (c >= 128 && u_charType(UChar32(c)) == U_DECIMAL_DIGIT_NUMBER) return u_charDigitValue(UChar32(c));
  return 99;
}

bool parseIntText(PyLanguage& P, const std::u32string& text, int base, Value* out) {
  size_t b = 0, e = text.size();
  while (b < e && pyIsSpace(text[b])) b++;
  while (e > b && pyIsSpace(text[e - 1])) e--;
  bool neg = false;
  if (b < e && (text[b] == '+' || text[b] == '-')) neg = text[b++] == '-';
  bool prefixed = false;
  if (e - b >= 2 && text[b] == '0') {
    char32_t p = text[b + 1] | 0x20;
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) { base = pb; b += 2; prefixed = true; }
  }
  bool zeroOnly = false;
  if (base == 0) {
    base = 10;
    // "010" is not an int literal; "0", "00", "0_0" are
    if (b < e && text[b] == '0') zeroOnly = true;
  }
  std::string digits;
  bool lastUnderscore = !prefixed;  // an underscore may follow a prefix, never start the number
  for (size_t i = b; i < e; i++) {
    char32_t c = text[i];
    if (c == '_') {
      if (lastUnderscore) return false;
      lastUnderscore = true;
      continue;
    }
    int d = digitValue(c);
    if (d >= base) return false;
    if (zeroOnly && d != 0) return false;
    digits += char(d < 10 ? '0' + d : 'a' + d - 10);
    lastUnderscore = false;
  }
  if (digits.empty() || lastUnderscore) return false;
  if (!bigint::parse(P.vm.heap, digits, base, out)) return false;
  if (neg) *out = bigint::negate(P.vm.heap, *out);
  return true;
}

[[noreturn]] static void badLiteral(PyLanguage& P, Value v, int base) {
  std::string r = P.repr(v);
  if (r.size() > 200) r = r.substr(0, 200);
  P.raise(P.t.ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + r);
}

static Value intFromText(PyLanguage& P, Value v, int base) {
  std::u32string text;
  if (isString(v)) text = asString(v)->toCodePoints();
  else for (unsigned char c : asBytes(v)->data) text += char32_t(c);
  Value out;
  if (!parseIntText(P, text, base, &out)) badLiteral(P, v, base);
  return out;
}

Value PyLanguage::toInt(Value v) {
  if (v.isInt() || isBigInt(v)) return v;
  if (v.isBool()) return Value::integer(v.asBool());
  if (v.isDouble()) {
    double d = v.asDouble();
    if (d != d) raise(t.ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise(t.OverflowError, "cannot convert float infinity to integer");
    return bigint::fromDouble(vm.heap, std::trunc(d));
  }
  if (isString(v) || isBytesLike(v)) return intFromText(*this, v, 10);
  if (isObject(v) && !typeOf(v)->builtin) {
    static const char* hooks[] = {"__int__", "__index__", "__trunc__"};
    for (const char* h : hooks) {
      bool found = false;
      Value r = callDunder(v, h, nullptr, 0, &found);
      if (!found) continue;
      if (r.isBool()) return Value::integer(r.asBool());
      if (!isInteger(r)) raise(t.TypeError, std::string(h) + " returned non-int (type " + typeName(r) + ")");
      return r;
    }
    if (isString(builtinValue(v))) return intFromText(*this, builtinValue(v), 10);  // a str subclass instance
  }
  raise(t.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" + typeName(v) + "'");
}

// int(x=0, base=10)
static Value b_int(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc > 2) P.raise(P.t.TypeError, "int() takes at most 2 arguments (" + std::to_string(a.argc) + " given)");
  Value base = a.argc > 1 ? a[1] : kwarg(P, "base");
  noKw(P, "int", {"base"});
  P.kwNames.clear(); P.kwValues.clear();
  if (a.argc == 0) {
    if (!base.isMagic(Magic::Empty)) P.raise(P.t.TypeError, "int() missing string argument");
    return Value::integer(0);
  }
  if (base.isMagic(Magic::Empty)) return P.toInt(a[0]);
  if (base.isDouble()) P.raise(P.t.TypeError, "'float' object cannot be interpreted as an integer");
  int64_t b = P.toIndex(base);
  if (b != 0 && (b < 2 || b > 36)) P.raise(P.t.ValueError, "int() base must be >= 2 and <= 36, or 0");
  Value text = isString(builtinValue(a[0])) ? builtinValue(a[0]) : a[0];
  if (!isString(text) && !isBytesLike(text)) P.raise(P.t.TypeError, "int() can't convert non-string with explicit base");
  return intFromText(P, text, int(b));
}

// ---- methods ----

// self of an int method: an int or bool (bools are ints); unbound calls pass it first.
static Value intSelf(VM& vm, CallArgs& a) {
  takeSelf(a);
  Value v = a.thisValue;
  if (v.isBool()) return Value::integer(v.asBool());
  if (!isInteger(v)) L.raise(L.t.TypeError, "descriptor requires an 'int' object but received a '" + L.typeName(v) + "'");
  return v;
}
static int magicOf(CallArgs& a) { return asNativeFunction(Value::cell(a.callee))->magic; }

// bit_length, bit_count, as_integer_ratio, conjugate, __index__/__int__/__trunc__/__floor__/
// __ceil__/__pos__, __float__, __abs__, __neg__, __invert__, __bool__, __hash__, __repr__ (magic)
static Value i_method(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value v = intSelf(vm, a);
  int m = magicOf(a);
  static const char* names[] = {"bit_length", "bit_count", "as_integer_ratio", "conjugate", "__index__", "__float__",
                                "__abs__", "__neg__", "__invert__", "__bool__", "__hash__", "__repr__"};
  if (a.argc) P.raise(P.t.TypeError, std::string("int.") + names[m] + "() takes no arguments (" + std::to_string(a.argc) + " given)");
  noKw(P, names[m]);
  switch (m) {
    case 0: return Value::fromInt64(int64_t(bigint::bitLength(v)));
    case 1: {
      mpz_t z;
      mpz_init(z);
      bigint::toMpz(v, z);
      mpz_abs(z, z);
      int64_t n = int64_t(mpz_popcount(z));
      mpz_clear(z);
      return Value::fromInt64(n);
    }
    case 2: { Value p[2] = {v, Value::integer(1)}; return P.newTuple(p, 2); }
    case 3: case 4: return v;
    case 5: {
      bool of = false;
      double d = bigint::toDouble(v, &of);
      if (of) P.raise(P.t.OverflowError, "int too large to convert to float");
      return Value::number(d);
    }
    case 6: return bigint::abs(vm.heap, v);
    case 7: return bigint::negate(vm.heap, v);
    case 8: return bigint::bitNot(vm.heap, v);
    case 9: return Value::boolean(bigint::sign(v) != 0);
    case 10: return bigint::fromInt64(vm.heap, P.hash(v));  // hashes past int32 stay ints
    default: return P.newStr(P.repr(a.thisValue));
  }
}

// real, numerator (the int itself), imag (0), denominator (1): read-only attributes
static Value i_attr(VM& vm, CallArgs& a) {
  Value v = intSelf(vm, a);
  int m = magicOf(a);
  return m == 0 ? v : Value::integer(m == 1 ? 0 : 1);
}

// __round__(ndigits=None): ints round half to even at 10**-ndigits
Value roundInt(PyLanguage& P, Value v, Value ndigits) {
  VM& vm = P.vm;
  if (ndigits.isMagic(Magic::Empty) || ndigits.isNull()) return v;
  if (ndigits.isDouble()) P.raise(P.t.TypeError, "'float' object cannot be interpreted as an integer");
  Value nd = P.toInt(ndigits);
  if (bigint::sign(nd) >= 0) return v;
  int64_t n = 0;
  if (!bigint::fitsInt64(nd, &n) || n < -100000) return Value::integer(0);
  mpz_t x, p, q, r, half;
  mpz_inits(x, p, q, r, half, nullptr);
  bigint::toMpz(v, x);
  mpz_ui_pow_ui(p, 10, uint64_t(-n));
  mpz_fdiv_qr(q, r, x, p);  // x = q*p + r, 0 <= r < p
  mpz_mul_ui(r, r, 2);
  int c = mpz_cmp(r, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  Value out = bigint::fromMpz(vm.heap, q);
  mpz_clears(x, p, q, r, half, nullptr);
  return out;
}
static Value i_round(VM& vm, CallArgs& a) {
  Value v = intSelf(vm, a);
  Rooted rv(vm, v);
  return roundInt(L, rv, a.argc ? a[0] : Value::empty());
}

// The arithmetic dunders (int.__add__(1, 2), reduce(int.__mul__, ...)): NotImplemented unless the
// other operand is an int. magic = BinaryOp, +64 for the reflected form.
static Value i_binary(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value v = intSelf(vm, a);
  if (a.argc != 1) P.raise(P.t.TypeError, "expected 1 argument, got " + std::to_string(a.argc));
  Value o = a[0];
  if (!isInteger(o) && !o.isBool()) return P.notImplemented;
  int m = magicOf(a);
  BinaryOp op = BinaryOp(m & 63);
  return (m & 64) ? P.binary(vm, op, o, v) : P.binary(vm, op, v, o);
}

// ---- builtins ----

static Value radix(VM& vm, CallArgs& a, int base, const char* prefix, const char* fn) {
  PyLanguage& P = L;
  if (a.argc != 1) P.raise(P.t.TypeError, std::string(fn) + "() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Value v = a[0];
  if (!isInteger(v) && !v.isBool()) {
    bool found = false;
    if (isObject(v) && !P.typeOf(v)->builtin) {
      Value r = P.callDunder(v, "__index__", nullptr, 0, &found);
      if (found && !isInteger(r)) P.raise(P.t.TypeError, "__index__ returned non-int (type " + P.typeName(r) + ")");
      if (found) v = r;
    }
    if (!found) P.raise(P.t.TypeError, "'" + P.typeName(v) + "' object cannot be interpreted as an integer");
  }
  if (v.isBool()) v = Value::integer(v.asBool());
  bool neg = bigint::sign(v) < 0;
  return P.newStr(std::string(neg ? "-" : "") + prefix + bigint::toString(bigint::abs(vm.heap, v), base));
}
static Value b_hex(VM& vm, CallArgs& a) { return radix(vm, a, 16, "0x", "hex"); }
static Value b_bin(VM& vm, CallArgs& a) { return radix(vm, a, 2, "0b", "bin"); }
static Value b_oct(VM& vm, CallArgs& a) { return radix(vm, a, 8, "0o", "oct"); }

static Value b_divmod(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc != 2) P.raise(P.t.TypeError, "divmod expected 2 arguments, got " + std::to_string(a.argc));
  Value x = a[0], y = a[1];
  bool xn = isInteger(x) || x.isBool() || x.isDouble(), yn = isInteger(y) || y.isBool() || y.isDouble();
  if (xn && yn) {
    bool isFloat = x.isDouble() || y.isDouble();
    bool zero = y.isDouble() ? y.asDouble() == 0 : (y.isBool() ? !y.asBool() : bigint::sign(y) == 0);
    if (zero) P.raise(P.t.ZeroDivisionError, isFloat ? "float divmod()" : "integer division or modulo by zero");
  } else {
    bool found = false;
    Rooted ry(vm, y), rx(vm, x);
    if (isObject(x) && !P.typeOf(x)->builtin) {
      Value r = P.callDunder(x, "__divmod__", ry.address(), 1, &found);
      if (found && r != P.notImplemented) return r;
    }
    if (isObject(y) && !P.typeOf(y)->builtin) {
      Value r = P.callDunder(y, "__rdivmod__", rx.address(), 1, &found);
      if (found && r != P.notImplemented) return r;
    }
    P.raise(P.t.TypeError, "unsupported operand type(s) for divmod(): '" + P.typeName(x) + "' and '" + P.typeName(y) + "'");
  }
  Rooted q(vm, P.binary(vm, BinaryOp::FloorDiv, x, y));
  Rooted r(vm, P.binary(vm, BinaryOp::Mod, a[0], a[1]));
  Value p[2] = {q, r};
  return P.newTuple(p, 2);
}

// pow(base, exp, mod=None)
static Value b_pow(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value base = a.argc > 0 ? a[0] : kwarg(P, "base");
  Value exp = a.argc > 1 ? a[1] : kwarg(P, "exp");
  Value mod = a.argc > 2 ? a[2] : kwarg(P, "mod");
  noKw(P, "pow", {"base", "exp", "mod"});
  P.kwNames.clear(); P.kwValues.clear();
  if (base.isMagic(Magic::Empty) || exp.isMagic(Magic::Empty)) P.raise(P.t.TypeError, "pow() missing required argument '" + std::string(base.isMagic(Magic::Empty) ? "base' (pos 1)" : "exp' (pos 2)"));
  if (mod.isMagic(Magic::Empty) || mod.isNull()) return P.binary(vm, BinaryOp::Pow, base, exp);
  auto isInt = [](Value v) { return isInteger(v) || v.isBool(); };
  if (!isInt(base) || !isInt(exp) || !isInt(mod)) {
    if (isObject(base) && !P.typeOf(base)->builtin) {
      bool found = false;
      Value args[2] = {exp, mod};
      Value r = P.callDunder(base, "__pow__", args, 2, &found);
      if (found && r != P.notImplemented) return r;
    }
    if ((isInt(base) || base.isDouble()) && (isInt(exp) || exp.isDouble()) && (isInt(mod) || mod.isDouble()))
      P.raise(P.t.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    P.raise(P.t.TypeError, "unsupported operand type(s) for ** or pow(): '" + P.typeName(base) + "', '" + P.typeName(exp) + "', '" + P.typeName(mod) + "'");
  }
  mpz_t b, e, m, r;
  mpz_inits(b, e, m, r, nullptr);
  bigint::toMpz(P.toInt(base), b);
  bigint::toMpz(P.toInt(exp), e);
  bigint::toMpz(P.toInt(mod), m);
  struct Clear { mpz_t *b, *e, *m, *r; ~Clear() { mpz_clears(*b, *e, *m, *r, nullptr); } } clear{&b, &e, &m, &r};
  if (mpz_sgn(m) == 0) P.raise(P.t.ValueError, "pow() 3rd argument cannot be 0");
  bool negMod = mpz_sgn(m) < 0;
  mpz_abs(m, m);
  if (mpz_sgn(e) < 0) {
    // b**-e mod m is the inverse of b mod m raised to e
    if (!mpz_invert(b, b, m)) P.raise(P.t.ValueError, "base is not invertible for the given modulus");
    mpz_neg(e, e);
  }
  mpz_powm(r, b, e, m);  // 0 <= r < |m|
  if (negMod && mpz_sgn(r) != 0) mpz_sub(r, r, m);  // the result takes the modulus's sign
  return bigint::fromMpz(vm.heap, r);
}

// NoneType() is None (type(None)() in CPython)
static Value b_none(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc || !P.kwNames.empty()) P.raise(P.t.TypeError, "NoneType takes no arguments");
  return Value::null();
}

void installInt(PyLanguage& P) {
  P.defNative(P.t.none, "__dualvm_ctor__", b_none);
  Object* b = P.builtins;
  PyType* t = P.t.int_;
  P.defNative(t, "__dualvm_ctor__", b_int);
  P.defNative(b, "divmod", b_divmod); P.defNative(b, "pow", b_pow);
  P.defNative(b, "hex", b_hex); P.defNative(b, "bin", b_bin); P.defNative(b, "oct", b_oct);
  const char* methods[] = {"bit_length", "bit_count", "as_integer_ratio", "conjugate", "__index__", "__float__",
                           "__abs__", "__neg__", "__invert__", "__bool__", "__hash__", "__repr__"};
  for (int i = 0; i < 12; i++) P.defNative(t, methods[i], i_method, i);
  const char* same[] = {"__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"};
  for (const char* n : same) P.defNative(t, n, i_method, 4);
  P.defNative(t, "__round__", i_round);
  defGetter(P, t, "real", i_attr, 0);
  defGetter(P, t, "numerator", i_attr, 0);
  defGetter(P, t, "imag", i_attr, 1);
  defGetter(P, t, "denominator", i_attr, 2);
  struct { const char* n; BinaryOp op; } ops[] = {
      {"add", BinaryOp::Add}, {"sub", BinaryOp::Sub}, {"mul", BinaryOp::Mul}, {"truediv", BinaryOp::Div},
      {"floordiv", BinaryOp::FloorDiv}, {"mod", BinaryOp::Mod}, {"pow", BinaryOp::Pow}, {"and", BinaryOp::BitAnd},
      {"or", BinaryOp::BitOr}, {"xor", BinaryOp::BitXor}, {"lshift", BinaryOp::Shl}, {"rshift", BinaryOp::Shr}};
  for (auto& o : ops) {
    P.defNative(t, ("__" + std::string(o.n) + "__").c_str(), i_binary, int(o.op));
    P.defNative(t, ("__r" + std::string(o.n) + "__").c_str(), i_binary, int(o.op) | 64);
  }
}

}  // namespace dualvm::py
