// runtime/python/py_language.cpp — PyLanguage's operator, subscript, global-name, call and
// iteration hooks with CPython semantics: int overflow into big ints, true and floor division,
// dunder dispatch with reflected operands and NotImplemented, rich comparison, argument
// binding with CPython's TypeError messages, generators.
#include <algorithm>
#include <cmath>
#include "runtime/interpreter.h"
#include "runtime/python/complex.h"
#include "runtime/python/containers.h"
#include "runtime/python/finalizer.h"
#include "runtime/python/py_class.h"
#include "runtime/python/str_units.h"

namespace dualvm::py {

Value newPropertyInstance(PyLanguage& P, PyType* type);  // descriptor.cpp

PyLanguage::PyLanguage(VM& v) : vm(v) { vm.heap.addRootSource(this); }
PyLanguage::~PyLanguage() { vm.heap.removeRootSource(this); }

void PyLanguage::traceRoots(gc::Tracer& tr) {
  traceValue(tr, handled);
  for (String* n : kwNames) tr.mark(n);
  for (Value v : kwValues) traceValue(tr, v);
}

static const char* opSymbol(BinaryOp op) {
  switch (op) {
    case BinaryOp::Add: return "+"; case BinaryOp::Sub: return "-"; case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/"; case BinaryOp::Mod: return "%"; case BinaryOp::Pow: return "** or pow()";
    case BinaryOp::BitAnd: return "&"; case BinaryOp::BitOr: return "|"; case BinaryOp::BitXor: return "^";
    case BinaryOp::Shl: return "<<"; case BinaryOp::Shr: return ">>"; case BinaryOp::FloorDiv: return "//";
    case BinaryOp::MatMul: return "@"; default: return "?";
  }
}
static const char* dunder(BinaryOp op, bool reflected) {
  static const char* fwd[] = {"__add__", "__sub__", "__mul__", "__truediv__", "__mod__", "__pow__", "__and__", "__or__", "__xor__", "__lshift__", "__rshift__", "", "__floordiv__", "__matmul__"};
  static const char* rev[] = {"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rand__", "__ror__", "__rxor__", "__rlshift__", "__rrshift__", "", "__rfloordiv__", "__rmatmul__"};
  return reflected ? rev[int(op)] : fwd[int(op)];
}

[[noreturn]] void PyLanguage::binaryTypeError(BinaryOp op, Value a, Value b) {
  raise(t.TypeError, std::string("unsupported operand type(s) for ") + opSymbol(op) + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
}

// _PyIndex_Check: a user object whose type has __index__ (pynum)
static bool hasIndexMethod(PyLanguage& P, Value v) {
  return isObject(v) && !P.typeOf(v)->builtin && !P.lookupType(P.typeOf(v), P.s("__index__")).isMagic(Magic::Empty);
}
static Value asIntValue(Value v) { return v.isBool() ? Value::integer(v.asBool()) : v; }
static bool isIntLike(Value v) { return v.isInt() || v.isBool() || isBigInt(v); }

Value PyLanguage::intBinary(BinaryOp op, Value a, Value b) {
  a = asIntValue(a); b = asIntValue(b);
  using bigint::Op;
  switch (op) {
    case BinaryOp::Add: return bigint::binary(vm.heap, Op::Add, a, b);
    case BinaryOp::Sub: return bigint::binary(vm.heap, Op::Sub, a, b);
    case BinaryOp::Mul: return bigint::binary(vm.heap, Op::Mul, a, b);
    case BinaryOp::Div: {
      if (bigint::sign(b) == 0) raise(t.ZeroDivisionError, "division by zero");
      if (a.isInt() && b.isInt()) return Value::number(double(a.asInt()) / double(b.asInt()));
      int64_t sa = 0, sb = 0;
      if (bigint::fitsInt64(a, &sa) && bigint::fitsInt64(b, &sb) && std::llabs(sa) <= (int64_t(1) << 53) && std::llabs(sb) <= (int64_t(1) << 53))
        return Value::number(double(sa) / double(sb));  // both exact: one rounding
      // correctly rounded a / b as CPython: a 55+ bit quotient with a sticky bit, rounded once
      mpz_t x, y, q, r;
      mpz_inits(x, y, q, r, nullptr);
      bigint::toMpz(a, x);
      bigint::toMpz(b, y);
      bool neg = (mpz_sgn(x) < 0) != (mpz_sgn(y) < 0);
      mpz_abs(x, x);
      mpz_abs(y, y);
      int64_t k = 55 - (int64_t(mpz_sizeinbase(x, 2)) - int64_t(mpz_sizeinbase(y, 2)));
      if (k > 0) mpz_mul_2exp(x, x, uint64_t(k)); else mpz_mul_2exp(y, y, uint64_t(-k));
      mpz_tdiv_qr(q, r, x, y);
      if (mpz_sgn(r) != 0) mpz_setbit(q, 0);
      Value qv = bigint::fromMpz(vm.heap, q);
      mpz_clears(x, y, q, r, nullptr);
      double d = std::ldexp(bigint::toDouble(qv), int(-k));
      if (std::isinf(d)) raise(t.OverflowError, "integer division result too large for a float");
      return Value::number(neg ? -d : d);
    }
    case BinaryOp::FloorDiv:
      if (bigint::sign(b) == 0) raise(t.ZeroDivisionError, "integer division or modulo by zero");
      return bigint::binary(vm.heap, Op::FloorDiv, a, b);
    case BinaryOp::Mod:
      if (bigint::sign(b) == 0) raise(t.ZeroDivisionError, "integer modulo by zero");
      return bigint::binary(vm.heap, Op::FloorMod, a, b);
    case BinaryOp::Pow:
      if (bigint::sign(b) < 0) {
        double x = bigint::toDouble(a), y = bigint::toDouble(b);
        if (x == 0) raise(t.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return Value::number(std::pow(x, y));
      }
      return bigint::binary(vm.heap, Op::Pow, a, b);
    case BinaryOp::BitAnd: return bigint::binary(vm.heap, Op::And, a, b);
    case BinaryOp::BitOr: return bigint::binary(vm.heap, Op::Or, a, b);
    case BinaryOp::BitXor: return bigint::binary(vm.heap, Op::Xor, a, b);
    case BinaryOp::Shl:
    case BinaryOp::Shr:
      if (bigint::sign(b) < 0) raise(t.ValueError, "negative shift count");
      if (op == BinaryOp::Shl && !b.isInt() && bigint::sign(a) != 0) raise(t.OverflowError, "too many digits in integer");
      return bigint::binary(vm.heap, op == BinaryOp::Shl ? Op::Shl : Op::Shr, a, b);
    default: return notImplemented;
  }
}

Value PyLanguage::floatBinary(BinaryOp op, double x, double y) {
  switch (op) {
    case BinaryOp::Add: return Value::number(x + y);
    case BinaryOp::Sub: return Value::number(x - y);
    case BinaryOp::Mul: return Value::number(x * y);
    case BinaryOp::Div:
      if (y == 0) raise(t.ZeroDivisionError, "float division by zero");
      return Value::number(x / y);
    case BinaryOp::FloorDiv: {
      if (y == 0) raise(t.ZeroDivisionError, "float floor division by zero");
      double m = std::fmod(x, y), d = (x - m) / y;
      if (m && ((y < 0) != (m < 0))) d -= 1;
      double fd = std::floor(d);
      if (d - fd > 0.5) fd += 1;
      return Value::number(d ? fd : std::copysign(0.0, x / y));
    }
    case BinaryOp::Mod: {
      if (y == 0) raise(t.ZeroDivisionError, "float modulo");
      double m = std::fmod(x, y);
      if (m) { if ((y < 0) != (m < 0)) m += y; } else m = std::copysign(0.0, y);
      return Value::number(m);
    }
    case BinaryOp::Pow:
      if (x == 0 && y < 0) raise(t.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0 && y != std::floor(y)) return complexPower(*this, x, y);  // complex.cpp, as CPython's float_pow
      {
        double r = std::pow(x, y);
        // CPython reports a finite ** finite that overflows with errno's ERANGE text
        if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) raise(t.OverflowError, "(34, 'Numerical result out of range')");
        return Value::number(r);
      }
    default: return notImplemented;
  }
}

Value PyLanguage::seqBinary(BinaryOp op, Value a, Value b) {
  if (isContainerExt(a) || isContainerExt(b)) {  // set, bytes, dict views (containers.h)
    Value r = containerBinary(*this, op, a, b);
    if (r != notImplemented) return r;
  }
  if (op == BinaryOp::Add) {
    if (isString(a) && isString(b)) return Value::cell(interp::concatStrings(vm, asString(a), asString(b)));
    if (isArray(a) && isArray(b) && asObject(a)->classTag() == asObject(b)->classTag()) {
      RootedVector items(vm);
      for (Value v : asArray(a)->elements) items.push(v);
      for (Value v : asArray(b)->elements) items.push(v);
      return asObject(a)->classTag() == kTagTuple ? newTuple(items.data(), items.size()) : newList(items.data(), items.size());
    }
  }
  if (op == BinaryOp::Mul) {
    Value seq = a, n = b;
    if (isIntLike(seq)) std::swap(seq, n);
    if (isIntLike(n) && (isString(seq) || isArray(seq))) {
      int64_t k = 0;
      if (!bigint::fitsInt64(asIntValue(n), &k)) raise(t.OverflowError, "cannot fit 'int' into an index-sized integer");
      if (k < 0) k = 0;
      if (isString(seq)) {
        String* str = asString(seq);
        if (uint64_t(str->length()) * uint64_t(k) > (1u << 30)) raise(t.MemoryError, "");
        return Value::cell(strRepeat(vm.heap, str, k));  // str_units.cpp
      }
      RootedVector items(vm);
      auto& els = asArray(seq)->elements;
      if (els.size() * k > (1u << 28)) raise(t.MemoryError, "");
      for (int64_t i = 0; i < k; i++) for (size_t j = 0; j < els.size(); j++) items.push(asArray(seq)->elements[j]);
      return asObject(seq)->classTag() == kTagTuple ? newTuple(items.data(), items.size()) : newList(items.data(), items.size());
    }
  }
  if (op == BinaryOp::Mod && isString(a)) {
    extern Value percentFormat(PyLanguage&, String*, Value);
    return percentFormat(*this, asString(a), b);
  }
  return notImplemented;
}

Value PyLanguage::binary(VM&, BinaryOp op, Value a, Value b) {
  // bool & | ^ bool stays a bool (True & False is False, not 0)
  if (a.isBool() && b.isBool() && (op == BinaryOp::BitAnd || op == BinaryOp::BitOr || op == BinaryOp::BitXor))
    return Value::boolean(op == BinaryOp::BitAnd ? a.asBool() && b.asBool() : op == BinaryOp::BitOr ? a.asBool() || b.asBool() : a.asBool() != b.asBool());
  if (isIntLike(a) && isIntLike(b)) return intBinary(op, a, b);
  bool an = isIntLike(a) || a.isDouble(), bn = isIntLike(b) || b.isDouble();
  if (an && bn) {
    bool of = false;
    double x = a.isDouble() ? a.asDouble() : bigint::toDouble(asIntValue(a), &of);
    double y = b.isDouble() ? b.asDouble() : bigint::toDouble(asIntValue(b), &of);
    if (of) raise(t.OverflowError, "int too large to convert to float");
    Value r = floatBinary(op, x, y);
    if (r != notImplemented) return r;
    binaryTypeError(op, a, b);
  }
  Rooted ra(vm, a), rb(vm, b);
  PyType* ta = typeOf(a);
  PyType* tb = typeOf(b);
  bool found = false;
  // a subclass's reflected method goes first
  if (ta != tb && isSubtype(tb, ta) && !tb->builtin) {
    Value r = callDunder(b, dunder(op, true), ra.address(), 1, &found);
    if (found && r != notImplemented) return r;
  }
  if (!ta->builtin || isType(a)) {
    Value r = callDunder(a, dunder(op, false), rb.address(), 1, &found);
    if (found && r != notImplemented) return r;
  } else {
    Value r = seqBinary(op, a, b);
    if (r != notImplemented) return r;
    if (isDict(a) && isDict(b) && op == BinaryOp::BitOr) {
      Rooted d(vm, newDict());
      for (auto& e : asDict(a)->entries) if (!e.key.isMagic(Magic::Empty)) dictSet(asDict(d), e.key, e.value);
      for (size_t i = 0; i < asDict(rb)->entries.size(); i++) { auto e = asDict(rb)->entries[i]; if (!e.key.isMagic(Magic::Empty)) dictSet(asDict(d), e.key, e.value); }
      return d;
    }
  }
  if (!tb->builtin && ta != tb) {  // the reflected method is only for operands of different types
    Value r = callDunder(b, dunder(op, true), ra.address(), 1, &found);
    if (found && r != notImplemented) return r;
  }
  if (isValueInstance(a) || isValueInstance(b)) {
    // an int/float/str subclass instance the dunders declined (int.__add__ takes only exact ints
    // as the other operand): the base types' operation, as CPython's accepts any int or str
    Value ua = builtinValue(ra), ub = builtinValue(rb);
    bool num = (isIntLike(ua) || ua.isDouble()) && (isIntLike(ub) || ub.isDouble());
    bool seq = isString(ua) || (isIntLike(ua) && (isString(ub) || isArray(ub))) || (isArray(ua) && isIntLike(ub));
    if (num || seq) return binary(vm, op, ua, ub);
  }
  if (op == BinaryOp::Add && isString(a)) raise(t.TypeError, "can only concatenate str (not \"" + typeName(b) + "\") to str");
  if (op == BinaryOp::Add && isArray(a) && asObject(a)->classTag() == kTagList) raise(t.TypeError, "can only concatenate list (not \"" + typeName(b) + "\") to list");
  if (op == BinaryOp::Add && isArray(a) && asObject(a)->classTag() == kTagTuple) raise(t.TypeError, "can only concatenate tuple (not \"" + typeName(b) + "\") to tuple");
  if (op == BinaryOp::Mul && (isString(a) || isArray(a) || isString(b) || isArray(b))) {
    // sq_repeat takes any operand with __index__ once the number slots declined (pynum)
    Value n = isString(a) || isArray(a) ? rb.get() : ra.get();
    if (hasIndexMethod(*this, n)) {
      Value k = indexInt(*this, n);
      return isString(a) || isArray(a) ? seqBinary(op, ra, k) : seqBinary(op, k, rb);
    }
    raise(t.TypeError, "can't multiply sequence by non-int of type '" + typeName(isString(a) || isArray(a) ? b : a) + "'");
  }
  binaryTypeError(op, a, b);
}

Value PyLanguage::unary(VM&, UnaryOp op, Value a) {
  if (isIntLike(a)) {
    Value v = asIntValue(a);
    switch (op) {
      case UnaryOp::Neg: return bigint::negate(vm.heap, v);
      case UnaryOp::Plus: case UnaryOp::ToNumeric: return v;
      case UnaryOp::BitNot: return bigint::bitNot(vm.heap, v);
      case UnaryOp::Inc: return intBinary(BinaryOp::Add, v, Value::integer(1));
      case UnaryOp::Dec: return intBinary(BinaryOp::Sub, v, Value::integer(1));
    }
  }
  if (a.isDouble()) {
    switch (op) {
      case UnaryOp::Neg: return Value::number(-a.asDouble());
      case UnaryOp::Plus: return a;
      default: break;
    }
  }
  const char* name = op == UnaryOp::Neg ? "__neg__" : op == UnaryOp::Plus ? "__pos__" : "__invert__";
  bool found = false;
  if (!typeOf(a)->builtin) {
    Value r = callDunder(a, name, nullptr, 0, &found);
    if (found) return r;
  }
  const char* sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Plus ? "+" : "~";
  raise(t.TypeError, std::string("bad operand type for unary ") + sym + ": '" + typeName(a) + "'");
}

// Three-way comparison of builtin values; returns 2 when the types are not comparable, 3 for
// "unordered" (NaN).
int PyLanguage::cmp3(Value a, Value b, CompareOp op) {
  bool an = isIntLike(a) || a.isDouble(), bn = isIntLike(b) || b.isDouble();
  if (an && bn) {
    if (isIntLike(a) && isIntLike(b)) return bigint::compare(asIntValue(a), asIntValue(b));
    if (a.isDouble() && b.isDouble()) {
      double x = a.asDouble(), y = b.asDouble();
      if (x != x || y != y) return 3;
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (a.isDouble()) { double x = a.asDouble(); if (x != x) return 3; return -bigint::compareWithDouble(asIntValue(b), x); }
    double y = b.asDouble(); if (y != y) return 3;
    return bigint::compareWithDouble(asIntValue(a), y);
  }
  if (isString(a) && isString(b)) {
    return asString(a)->compare(asString(b));  // by unit = by code point (str_units.h)
  }
  if (isArray(a) && isArray(b) && asObject(a)->classTag() == asObject(b)->classTag()) {
    Rooted ra(vm, a), rb(vm, b);
    size_t i = 0;
    for (;; i++) {
      auto& x = asArray(ra)->elements;
      auto& y = asArray(rb)->elements;
      if (i >= x.size() || i >= y.size()) {
        size_t nx = x.size(), ny = y.size();
        return nx < ny ? -1 : nx > ny ? 1 : 0;
      }
      Value xi = x[i], yi = y[i];
      if (xi == yi) continue;
      if (!eq(xi, yi)) {
        if (op == CompareOp::Eq || op == CompareOp::Ne) return 1;
        Value lt = compare(vm, CompareOp::Lt, asArray(ra)->elements[i], asArray(rb)->elements[i]);
        return truthy(vm, lt) ? -1 : 1;
      }
    }
  }
  if (isDict(a) && isDict(b) && (op == CompareOp::Eq || op == CompareOp::Ne)) {
    Rooted ra(vm, a), rb(vm, b);
    if (asDict(a)->live != asDict(b)->live) return 1;
    for (size_t i = 0; i < asDict(ra)->entries.size(); i++) {
      DictEntry e = asDict(ra)->entries[i];
      if (e.key.isMagic(Magic::Empty)) continue;
      Value o = dictGet(asDict(rb), e.key);
      if (o.isMagic(Magic::Empty) || !eq(e.value, o)) return 1;
    }
    return 0;
  }
  return 2;
}

Value PyLanguage::compare(VM&, CompareOp op, Value a, Value b) {
  if (op == CompareOp::StrictEq) return Value::boolean(a == b);
  if (op == CompareOp::StrictNe) return Value::boolean(a != b);
  Rooted ra(vm, a), rb(vm, b);
  PyType* ta = typeOf(a);
  PyType* tb = typeOf(b);
  static const char* names[] = {"__eq__", "__ne__", "", "", "__lt__", "__le__", "__gt__", "__ge__"};
  static const char* swapped[] = {"__eq__", "__ne__", "", "", "__gt__", "__ge__", "__lt__", "__le__"};
  bool found = false;
  if (!ta->builtin || !tb->builtin) {
    bool reflectFirst = ta != tb && isSubtype(tb, ta) && !tb->builtin;
    if (reflectFirst) {
      Value r = callDunder(b, swapped[int(op)], ra.address(), 1, &found);
      if (found && r != notImplemented) return r;
    }
    if (!ta->builtin) {
      Value r = callDunder(a, names[int(op)], rb.address(), 1, &found);
      if (found && r != notImplemented) return r;
      if (op == CompareOp::Ne) {
        Value r2 = callDunder(a, "__eq__", rb.address(), 1, &found);
        if (found && r2 != notImplemented) return Value::boolean(!truthy(vm, r2));
      }
    }
    if (!tb->builtin && !reflectFirst) {
      Value r = callDunder(b, swapped[int(op)], ra.address(), 1, &found);
      if (found && r != notImplemented) return r;
    }
    if (op == CompareOp::Eq) return Value::boolean(a == b);
    if (op == CompareOp::Ne) return Value::boolean(a != b);
  }
  if (isContainerExt(a) || isContainerExt(b) || isBox(a, kTagRange) || isBox(a, kTagSlice)) {  // containers.h
    Value r = containerCompare(*this, op, a, b);
    if (r != notImplemented) return r;
  }
  int c = cmp3(a, b, op);
  if (c == 3) return Value::boolean(op == CompareOp::Ne);
  if (c == 2) {
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && isKind(a, CellKind::BoundFunction) && isKind(b, CellKind::BoundFunction)) {
      // bound methods are equal when they bind the same function to the same object
      auto* x = static_cast<BoundFunction*>(asObject(a));
      auto* y = static_cast<BoundFunction*>(asObject(b));
      return Value::boolean((x->target == y->target && x->boundThis == y->boundThis) == (op == CompareOp::Eq));
    }
    if (op == CompareOp::Eq) return Value::boolean(a == b);
    if (op == CompareOp::Ne) return Value::boolean(a != b);
    static const char* syms[] = {"==", "!=", "", "", "<", "<=", ">", ">="};
    raise(t.TypeError, std::string("'") + syms[int(op)] + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
  }
  switch (op) {
    case CompareOp::Eq: return Value::boolean(c == 0);
    case CompareOp::Ne: return Value::boolean(c != 0);
    case CompareOp::Lt: return Value::boolean(c < 0);
    case CompareOp::Le: return Value::boolean(c <= 0);
    case CompareOp::Gt: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

bool PyLanguage::truthy(VM&, Value v) {
  if (v.isBool()) return v.asBool();
  if (v.isInt()) return v.asInt() != 0;
  if (v.isNullish()) return false;
  if (v.isDouble()) return v.asDouble() != 0;
  if (isBigInt(v)) return true;
  if (isString(v)) return !asString(v)->isEmpty();
  if (isArray(v)) return !asArray(v)->elements.empty();
  if (isDict(v)) return asDict(v)->live != 0;
  if (isContainerExt(v)) return containerLen(*this, v) != 0;
  if (isBox(v, kTagRange)) { PyBox* b = asBox(v); int d = bigint::compare(b->b, b->a); return d != 0 && ((bigint::sign(b->c) > 0) == (d > 0)); }
  PyType* ty = typeOf(v);
  if (!ty->builtin) {
    bool found = false;
    Value r = callDunder(v, "__bool__", nullptr, 0, &found);
    if (found) {
      if (!r.isBool()) raise(t.TypeError, "__bool__ should return bool, returned " + typeName(r));
      return r.asBool();
    }
    r = callDunder(v, "__len__", nullptr, 0, &found);
    if (found) {
      if (!isIntLike(r)) raise(t.TypeError, "'" + typeName(r) + "' object cannot be interpreted as an integer");
      if (bigint::sign(asIntValue(r)) < 0) raise(t.ValueError, "__len__() should return >= 0");
      return truthy(vm, r);
    }
  }
  return true;
}

bool PyLanguage::instanceOf(VM&, Value v, Value cls) { return isType(cls) && isInstance(v, asType(cls)); }

// ---- subscripts ----

int64_t PyLanguage::toIndex(Value v) {
  if (v.isInt()) return v.asInt();
  if (v.isBool()) return v.asBool();
  if (isBigInt(v)) {
    int64_t r;
    if (!bigint::fitsInt64(v, &r)) raise(t.IndexError, "cannot fit 'int' into an index-sized integer");
    return r;
  }
  bool found = false;
  if (isObject(v) && !typeOf(v)->builtin) {
    Value r = callDunder(v, "__index__", nullptr, 0, &found);
    if (found) return toIndex(r);
  }
  raise(t.TypeError, "'" + typeName(v) + "' object cannot be interpreted as an integer");
}

bool PyLanguage::sliceIndices(PyBox* sl, int64_t len, int64_t* start, int64_t* stop, int64_t* step) {
  *step = sl->c.isNullish() ? 1 : toIndex(sl->c);
  if (*step == 0) raise(t.ValueError, "slice step cannot be zero");
  int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
  auto norm = [&](Value x, int64_t dflt) {
    if (x.isNullish()) return dflt;
    int64_t i = toIndex(x);
    if (i < 0) { i += len; if (i < lo) i = lo; } else if (i > hi) i = hi;
    return i;
  };
  *start = norm(sl->a, *step < 0 ? hi : lo);
  *stop = norm(sl->b, *step < 0 ? lo : hi);
  return true;
}

Value PyLanguage::sliceOf(Value seq, PyBox* sl) {
  Rooted rs(vm, seq), rsl(vm, Value::cell(sl));
  // A str's units are its code points (str_units.h): slice the storage directly.
  int64_t len = isString(seq) ? int64_t(asString(seq)->length()) : int64_t(asArray(seq)->elements.size());
  int64_t start, stop, step;
  sliceIndices(sl, len, &start, &stop, &step);
  if (isString(seq)) return Value::cell(strSlice(vm.heap, asString(rs), start, stop, step));
  RootedVector items(vm);
  for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) items.push(asArray(rs)->elements[i]);
  return asObject(rs)->classTag() == kTagTuple ? newTuple(items.data(), items.size()) : newList(items.data(), items.size());
}

Value PyLanguage::getElement(VM&, Value obj, Value key) {
  if (Value r; userItemHook(*this, obj, "__getitem__", key, Value::empty(), &r)) return r;  // type.cpp
  if (isArray(obj)) {
    auto* a = asArray(obj);
    if (isBox(key, kTagSlice)) return sliceOf(obj, asBox(key));
    if (!isIntLike(key) && !hasIndexMethod(*this, key))
      raise(t.TypeError, std::string(a->classTag() == kTagTuple ? "tuple" : "list") + " indices must be integers or slices, not " + typeName(key));
    int64_t i = toIndex(key), n = int64_t(a->elements.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(t.IndexError, std::string(a->classTag() == kTagTuple ? "tuple" : "list") + " index out of range");
    return a->elements[i];
  }
  if (isString(obj)) {
    if (isBox(key, kTagSlice)) return sliceOf(obj, asBox(key));
    if (!isIntLike(key) && !hasIndexMethod(*this, key)) raise(t.TypeError, "string indices must be integers, not '" + typeName(key) + "'");
    String* str = asString(obj);
    int64_t i = toIndex(key), n = str->length();
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(t.IndexError, "string index out of range");
    return Value::cell(strChar(*this, str->at(uint32_t(i))));  // str_units.cpp
  }
  if (isDict(obj)) {
    Value v = dictGet(asDict(obj), key);
    if (v.isMagic(Magic::Empty)) {
      PyType* ty = typeOf(obj);
      if (!ty->builtin) {
        bool found = false;
        Value r = callDunder(obj, "__missing__", &key, 1, &found);
        if (found) return r;
      }
      vm.throwValue([&] { Rooted rk(vm, key); Value e = makeException(t.KeyError, ""); Rooted re(vm, e); asObject(re)->putDirect(vm, s("args"), newTuple(rk.address(), 1)); return re.get(); }());
    }
    return v;
  }
  if (isContainerExt(obj) || isBox(obj, kTagRange)) return containerGetItem(*this, obj, key);
  bool found = false;
  if (isType(obj)) {
    Value cg = lookupType(asType(obj), s("__class_getitem__"));
    if (!cg.isMagic(Magic::Empty)) { Value cargs[2] = {obj, key}; return call(isBox(cg, kTagClassMethod) ? asBox(cg)->a : cg, cargs, 2); }
    return genericAlias(*this, obj, key);  // list[int] etc. (type.cpp)
  }
  Value r = callDunder(obj, "__getitem__", &key, 1, &found);
  if (found) return r;
  raise(t.TypeError, "'" + typeName(obj) + "' object is not subscriptable");
}

void PyLanguage::setElement(VM&, Value obj, Value key, Value v, bool) {
  if (Value r; userItemHook(*this, obj, "__setitem__", key, v, &r)) return;  // type.cpp
  if (isArray(obj) && asObject(obj)->classTag() == kTagList) {
    auto* a = asArray(obj);
    if (isBox(key, kTagSlice)) {
      Rooted ro(vm, obj), rk(vm, key), rv(vm, v);
      RootedVector items(vm);
      collect(v, items);
      int64_t start, stop, step, n = int64_t(asArray(ro)->elements.size());
      sliceIndices(asBox(rk), n, &start, &stop, &step);
      auto& els = asArray(ro)->elements;
      if (step == 1) {
        if (stop < start) stop = start;
        els.erase(els.begin() + start, els.begin() + stop);
        els.insert(els.begin() + start, items.vec().begin(), items.vec().end());
        for (Value x : items.vec()) writeBarrier(asArray(ro), x);
        return;
      }
      std::vector<int64_t> idx;
      for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) idx.push_back(i);
      if (idx.size() != items.size()) raise(t.ValueError, "attempt to assign sequence of size " + std::to_string(items.size()) + " to extended slice of size " + std::to_string(idx.size()));
      for (size_t i = 0; i < idx.size(); i++) asArray(ro)->setElement(uint32_t(idx[i]), items[i]);
      return;
    }
    if (!isIntLike(key)) raise(t.TypeError, "list indices must be integers or slices, not " + typeName(key));
    int64_t i = toIndex(key), n = int64_t(a->elements.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(t.IndexError, "list assignment index out of range");
    a->setElement(uint32_t(i), v);
    return;
  }
  if (isDict(obj)) { dictSet(asDict(obj), key, v); return; }
  if (isContainerExt(obj)) { containerSetItem(*this, obj, key, v); return; }
  bool found = false;
  if (isObject(obj) && !typeOf(obj)->builtin) {
    Value args[2] = {key, v};
    callDunder(obj, "__setitem__", args, 2, &found);
    if (found) return;
  }
  raise(t.TypeError, "'" + typeName(obj) + "' object does not support item assignment");
}

bool PyLanguage::deleteElement(VM&, Value obj, Value key, bool) {
  if (Value r; userItemHook(*this, obj, "__delitem__", key, Value::empty(), &r)) return true;  // type.cpp
  if (isArray(obj) && asObject(obj)->classTag() == kTagList) {
    auto& els = asArray(obj)->elements;
    if (isBox(key, kTagSlice)) {
      int64_t start, stop, step;
      sliceIndices(asBox(key), int64_t(els.size()), &start, &stop, &step);
      std::vector<bool> del(els.size());
      for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) del[i] = true;
      std::vector<Value> keep;
      for (size_t i = 0; i < els.size(); i++) if (!del[i]) keep.push_back(els[i]);
      els = keep;
      return true;
    }
    int64_t i = toIndex(key), n = int64_t(els.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(t.IndexError, "list assignment index out of range");
    els.erase(els.begin() + i);
    return true;
  }
  if (isContainerExt(obj)) { containerDelItem(*this, obj, key); return true; }
  if (isDict(obj)) {
    if (!dictDel(asDict(obj), key)) {
      Rooted rk(vm, key);
      Rooted e(vm, makeException(t.KeyError, ""));
      asObject(e)->putDirect(vm, s("args"), newTuple(rk.address(), 1));
      vm.throwValue(e);
    }
    return true;
  }
  bool found = false;
  if (isObject(obj) && !typeOf(obj)->builtin) {
    callDunder(obj, "__delitem__", &key, 1, &found);
    if (found) return true;
  }
  raise(t.TypeError, "'" + typeName(obj) + "' object does not support item deletion");
}

bool PyLanguage::hasProperty(VM&, Value obj, Value key) {  // key in obj
  if (isString(obj)) {
    if (!isString(key)) raise(t.TypeError, "'in <string>' requires string as left operand, not " + typeName(key));
    return strContains(asString(obj), asString(key));  // str_units.cpp
  }
  if (isArray(obj)) {
    Rooted ro(vm, obj), rk(vm, key);
    for (size_t i = 0; i < asArray(ro)->elements.size(); i++) if (eq(asArray(ro)->elements[i], rk)) return true;
    return false;
  }
  if (isDict(obj)) return !dictGet(asDict(obj), key).isMagic(Magic::Empty);
  if (isContainerExt(obj)) return containerContains(*this, obj, key);
  if (isBox(obj, kTagRange)) return rangeContains(*this, asBox(obj), key);  // range.cpp: big ints, 1.0 in range(3)
  bool found = false;
  if (isObject(obj) && !typeOf(obj)->builtin) {
    Value r = callDunder(obj, "__contains__", &key, 1, &found);
    if (found) return truthy(vm, r);
  }
  Rooted rk(vm, key);
  auto missing = [&](const char* n) { Value m = lookupType(typeOf(obj), s(n)); return m.isMagic(Magic::Empty) || m.isNull(); };
  // CPython's message for `x in 1` as for an object without __contains__/__iter__/__getitem__
  if (!isObject(obj) || (missing("__iter__") && missing("__getitem__")))
    raise(t.TypeError, "argument of type '" + typeName(obj) + "' is not iterable");
  Rooted it(vm, getIterator(vm, obj, false));
  Value x;
  while (iteratorStep(vm, it, &x)) if (eq(x, rk)) return true;
  return false;
}

void PyLanguage::defineProperty(VM&, Value obj, Value key, Value v, int, uint32_t) {
  setElement(vm, obj, key, v, true);
}

// ---- globals ----

// getGlobal / setGlobal: py_module.cpp (per-module globals)

void PyLanguage::arraySpread(VM&, Value array, Value iterable) {
  Rooted ra(vm, array);
  RootedVector items(vm);
  collect(iterable, items);
  for (size_t i = 0; i < items.size(); i++) asArray(ra)->push(items[i]);
}

Value PyLanguage::makeClosure(VM&, FunctionProto* fn, Environment* env) {
  // a nested function runs in the globals of the code that creates it (py_module.cpp)
  if (!fn->globals && !vm.frames.empty() && vm.frames.back()->fn->globals) {
    fn->globals = vm.frames.back()->fn->globals;
    gc::writeBarrier(fn, fn->globals);
  }
  Closure* c = vm.heap.make<Closure>(vm.emptyShape(), t.function, fn, env);
  return Value::cell(c);
}

// ---- calls ----

[[noreturn]] void PyLanguage::throwNotCallable(VM&, Value callee, const std::string&, bool) {
  raise(t.TypeError, "'" + typeName(callee) + "' object is not callable");
}

// The name TypeErrors of a call use: the function's __qualname__ (C.method, f.<locals>.g).
static std::string fnName(PyLanguage& P, Closure* c) {
  uint32_t i = c->findOwn(P.s("__qualname__"));
  if (i != Shape::kNotFound && isString(c->slot(i))) return asString(c->slot(i))->toUtf8();
  return c->fn->ir->name;
}

void PyLanguage::bindArguments(VM&, Closure* callee, const Value* argv, uint32_t argc, const ir::ConstantList* kwNames,
                               Value* params) {
  const ir::Function& f = *callee->fn->ir;
  Rooted rc(vm, Value::cell(callee));
  uint32_t nkw = kwNames ? uint32_t(kwNames->items.size()) : 0;
  uint32_t npos = argc - nkw;
  uint32_t nPositional = f.length;  // posonly + pos-or-kw
  uint32_t np = f.numParams;
  uint32_t kwOnlyStart = nPositional;
  uint32_t restIdx = f.hasRest ? nPositional + f.numKwOnly : UINT32_MAX;
  uint32_t kwargsIdx = f.hasKwArgs ? np - 1 : UINT32_MAX;
  for (uint32_t i = 0; i < np; i++) params[i] = Value::empty();
  auto name = [&] { return fnName(*this, callee); };  // only on the error paths
  uint32_t take = std::min(npos, nPositional);
  for (uint32_t i = 0; i < take; i++) params[i] = argv[i];
  if (npos > nPositional) {
    if (!f.hasRest) {
      // count defaults for the message
      Value defs = Value::undefined();
      uint32_t di = callee->findOwn(s("__defaults__"));
      if (di != Shape::kNotFound) defs = callee->slot(di);
      size_t nd = isArray(defs) ? asArray(defs)->elements.size() : 0;
      std::string takes = nd ? "from " + std::to_string(nPositional - nd) + " to " + std::to_string(nPositional) : std::to_string(nPositional);
      raise(t.TypeError, name() + "() takes " + takes + " positional argument" + (nPositional == 1 && !nd ? "" : "s") + " but " + std::to_string(npos) + (npos == 1 ? " was" : " were") + " given");
    }
    params[restIdx] = newTuple(argv + nPositional, npos - nPositional);
  } else if (f.hasRest) {
    params[restIdx] = newTuple(nullptr, 0);
  }
  if (f.hasKwArgs) params[kwargsIdx] = newDict();
  for (uint32_t k = 0; k < nkw; k++) {
    const auto* kn = std::get_if<std::u32string>(&kwNames->items[k]);
    std::string kname = kn ? cpToUtf8(*kn) : "?";
    Value val = argv[npos + k];
    bool matched = false;
    for (uint32_t i = f.numPosOnly; i < np; i++) {
      if (i == restIdx || i == kwargsIdx) continue;
      if (i < f.paramNames.size() && f.paramNames[i] == kname) {
        if (!params[i].isMagic(Magic::Empty)) raise(t.TypeError, name() + "() got multiple values for argument '" + kname + "'");
        params[i] = val;
        matched = true;
        break;
      }
    }
    if (!matched) {
      if (!f.hasKwArgs) {
        for (uint32_t i = 0; i < f.numPosOnly && i < f.paramNames.size(); i++)
          if (f.paramNames[i] == kname) raise(t.TypeError, name() + "() got some positional-only arguments passed as keyword arguments: '" + kname + "'");
        raise(t.TypeError, name() + "() got an unexpected keyword argument '" + kname + "'");
      }
      Rooted rv(vm, val);
      Value key = newStr(kname);
      dictSet(asDict(params[kwargsIdx]), key, rv);
    }
  }
  // defaults
  Value defs = Value::undefined(), kwdefs = Value::undefined();
  uint32_t di = callee->findOwn(s("__defaults__"));
  if (di != Shape::kNotFound) defs = callee->slot(di);
  uint32_t ki = callee->findOwn(s("__kwdefaults__"));
  if (ki != Shape::kNotFound) kwdefs = callee->slot(ki);
  size_t nd = isArray(defs) ? asArray(defs)->elements.size() : 0;
  std::vector<std::string> missing;
  for (uint32_t i = 0; i < nPositional; i++) {
    if (!params[i].isMagic(Magic::Empty)) continue;
    if (i + nd >= nPositional) params[i] = asArray(defs)->elements[i + nd - nPositional];
    else missing.push_back(i < f.paramNames.size() ? f.paramNames[i] : "?");
  }
  auto listNames = [](const std::vector<std::string>& m) {
    std::string s;
    for (size_t i = 0; i < m.size(); i++) {
      if (i) s += m.size() == 2 ? " and " : (i + 1 == m.size() ? ", and " : ", ");
      s += "'" + m[i] + "'";
    }
    return s;
  };
  if (!missing.empty())
    raise(t.TypeError, name() + "() missing " + std::to_string(missing.size()) + " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " + listNames(missing));
  uint32_t kwStart = kwOnlyStart;  // keyword-only parameters follow the positional ones (before *args)
  for (uint32_t i = kwStart; i < kwStart + f.numKwOnly; i++) {
    if (!params[i].isMagic(Magic::Empty)) continue;
    std::string pn = i < f.paramNames.size() ? f.paramNames[i] : "?";
    Value d = isDict(kwdefs) ? dictGet(asDict(kwdefs), newStr(pn)) : Value::empty();
    if (!d.isMagic(Magic::Empty)) params[i] = d;
    else missing.push_back(pn);
  }
  if (!missing.empty())
    raise(t.TypeError, name() + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" + (missing.size() == 1 ? "" : "s") + ": " + listNames(missing));
  for (uint32_t i = 0; i < np; i++) if (params[i].isMagic(Magic::Empty)) params[i] = Value::undefined();
}

Value PyLanguage::callKw(Value callee, const Value* pos, uint32_t npos, const std::vector<String*>& names, const Value* kwv) {
  Rooted rc(vm, callee);
  if (names.empty()) return call(callee, pos, npos);
  if (isClosure(callee)) {
    auto list = std::make_shared<ir::ConstantList>();
    for (String* n : names) list->items.push_back(n->toCodePoints());
    RootedVector args(vm);
    for (uint32_t i = 0; i < npos; i++) args.push(pos[i]);
    for (size_t i = 0; i < names.size(); i++) args.push(kwv[i]);
    Closure* c = asClosure(callee);
    if (c->fn->ir->isGenerator || c->fn->ir->isAsync) return startGeneratorKw(*this, c, args.data(), uint32_t(args.size()), list.get());
    interp::NativeEntry entry(vm);
    Value* base = vm.stackTop;
    for (size_t i = 0; i < args.size(); i++) base[i] = args[i];
    vm.stackTop = base + args.size();
    Frame* fr = interp::pushFrame(vm, c, c->fn, c->env, Value::undefined(), Value::undefined(), base, uint32_t(args.size()), 0, Frame::kEntry);
    bindArguments(vm, c, base, uint32_t(args.size()), list.get(), fr->regs);
    return interp::run(vm);
  }
  if (isKind(callee, CellKind::BoundFunction)) {
    auto* b = static_cast<BoundFunction*>(asObject(callee));
    if (!isNativeFunction(b->target)) {
      RootedVector args(vm);
      args.push(b->boundThis);
      for (uint32_t i = 0; i < npos; i++) args.push(pos[i]);
      return callKw(b->target, args.data(), uint32_t(args.size()), names, kwv);
    }
  }
  if (isType(callee)) return callType(*this, asType(callee), pos, npos, names, kwv);  // type.cpp: metaclass __call__
  // natives: keyword arguments through kwNames/kwValues
  auto savedN = kwNames; auto savedV = kwValues;
  kwNames = names;
  kwValues.assign(kwv, kwv + names.size());
  struct Restore { PyLanguage& L; std::vector<String*> n; std::vector<Value> v; ~Restore() { L.kwNames = n; L.kwValues = v; } } restore{*this, savedN, savedV};
  if (isKind(callee, CellKind::BoundFunction)) {
    auto* b = static_cast<BoundFunction*>(asObject(callee));
    return vm.call(b->target, b->boundThis, pos, npos);
  }
  if (isNativeFunction(callee)) return vm.call(callee, Value::undefined(), pos, npos);
  bool found = false;
  if (isObject(callee) && !typeOf(callee)->builtin) {
    Value m = lookupType(typeOf(callee), s("__call__"));
    if (!m.isMagic(Magic::Empty)) {
      RootedVector args(vm);
      args.push(callee);
      for (uint32_t i = 0; i < npos; i++) args.push(pos[i]);
      return callKw(m, args.data(), uint32_t(args.size()), names, kwv);
    }
  }
  (void)found;
  throwNotCallable(vm, callee, "", false);
}

Value PyLanguage::callWithKeywords(VM&, Value callee, const Value* argv, uint32_t argc, const ir::ConstantList* kw) {
  std::vector<String*> names;
  RootedVector keep(vm);
  for (auto& item : kw->items) {
    const auto* k = std::get_if<std::u32string>(&item);
    String* n = vm.intern(String::fromCodePoints(vm.heap, k ? *k : U"?"));
    keep.push(Value::cell(n));
    names.push_back(n);
  }
  uint32_t nkw = uint32_t(names.size());
  return callKw(callee, argv, argc - nkw, names, argv + argc - nkw);
}

Value PyLanguage::callUnpacked(VM&, Value callee, Value args, Value kwargs) {
  Rooted rc(vm, callee), ra(vm, args), rk(vm, kwargs);
  RootedVector pos(vm);
  if (isArray(args)) for (Value v : asArray(args)->elements) pos.push(v);
  else collect(args, pos);
  std::vector<String*> names;
  RootedVector vals(vm);
  if (isDict(kwargs)) {
    for (size_t i = 0; i < asDict(rk)->entries.size(); i++) {
      DictEntry e = asDict(rk)->entries[i];
      if (e.key.isMagic(Magic::Empty)) continue;
      Value key = builtinValue(e.key);  // a str subclass instance is its str
      if (!isString(key)) raise(t.TypeError, "keywords must be strings");
      String* n = vm.intern(asString(key));
      vals.push(Value::cell(n));
      names.push_back(n);
    }
    size_t k = 0;
    RootedVector v2(vm);
    for (size_t i = 0; i < asDict(rk)->entries.size(); i++) {
      DictEntry e = asDict(rk)->entries[i];
      if (e.key.isMagic(Magic::Empty)) continue;
      v2.push(e.value);
      k++;
    }
    return callKw(rc, pos.data(), uint32_t(pos.size()), names, v2.data());
  }
  return call(rc, pos.data(), uint32_t(pos.size()));
}

Value PyLanguage::instantiate(PyType* type, const Value* argv, uint32_t argc, const std::vector<String*>& names, const Value* kwv) {
  Rooted rt(vm, Value::cell(type));
  // builtin constructors: a native __new__ stored on the type as "__call__" of the type
  uint32_t ci = type->findOwn(s("__dualvm_ctor__"));
  if (type->builtin) {
    if (ci != Shape::kNotFound) {
      Value ctor = type->slot(ci);
      if (names.empty()) return vm.call(ctor, Value::cell(type), argv, argc);
      return callKw(ctor, argv, argc, names, kwv);
    }
    raise(t.TypeError, "cannot create '" + type->name->toUtf8() + "' instances");
  }
  // user class: __new__ then __init__
  Value newFn = lookupType(type, s("__new__"));
  Rooted obj(vm);
  // native types (deque, partial, ...) have native __new__/__init__; object's are no-ops here
  Value objectNew = lookupType(t.object, s("__new__")), objectInit = lookupType(t.object, s("__init__"));
  bool customNew = !newFn.isMagic(Magic::Empty) && newFn != objectNew;
  if (customNew) {
    Value fnv = isBox(newFn, kTagStaticMethod) ? asBox(newFn)->a : newFn;
    RootedVector args(vm);
    args.push(rt);
    for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
    obj = callKw(fnv, args.data(), uint32_t(args.size()), names, kwv);
    if (!isInstance(obj, type)) return obj;
  } else {
    // the nearest builtin base decides the storage
    PyType* base = nullptr;
    for (PyType* m : type->mro) if (m->builtin) { base = m; break; }
    if (base && base != t.object && isSubtype(base, t.BaseException)) {
      obj = makeException(base, "");
      asObject(obj)->setProto(type);
      RootedVector a(vm);
      for (uint32_t i = 0; i < argc; i++) a.push(argv[i]);
      asObject(obj)->putDirect(vm, s("args"), newTuple(a.data(), a.size()));
    } else if (base == t.property) {
      obj = newPropertyInstance(*this, type);  // descriptor.cpp; property.__init__ fills it
    } else if (base && base != t.object) {  // list, dict, int, ... have their own __new__
      raise(t.TypeError, "subclassing '" + base->name->toUtf8() + "' is not supported yet");
    } else {
      checkAbstract(*this, type);  // object.__new__'s check (type.cpp)
      Object* o = vm.heap.make<Object>(vm.emptyShape(), type);
      noteNewInstance(*this, o, type);  // finalizer.h: registered when the class has __del__
      obj = Value::cell(o);
    }
  }
  Value init = lookupType(type, s("__init__"));
  if (!init.isMagic(Magic::Empty) && init != objectInit) {
    RootedVector args(vm);
    args.push(obj);
    for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
    Value r = callKw(init, args.data(), uint32_t(args.size()), names, kwv);
    if (!r.isNullish()) raise(t.TypeError, "__init__() should return None, not '" + typeName(r) + "'");
  } else if ((argc || !names.empty()) && !customNew && !isInstance(obj, t.BaseException)) {
    raise(t.TypeError, type->name->toUtf8() + "() takes no arguments");
  }
  return obj;
}

Value PyLanguage::callOther(VM&, Value callee, Value, const Value* argv, uint32_t argc) {
  if (isKind(callee, CellKind::BoundFunction)) {
    auto* b = static_cast<BoundFunction*>(asObject(callee));
    if (isNativeFunction(b->target)) return vm.call(b->target, b->boundThis, argv, argc);
    RootedVector args(vm);
    args.push(b->boundThis);
    for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
    Rooted tgt(vm, b->target);
    return call(tgt, args.data(), uint32_t(args.size()));
  }
  if (isType(callee)) return callType(*this, asType(callee), argv, argc, {}, nullptr);  // type.cpp: metaclass __call__
  if (isObject(callee) && !typeOf(callee)->builtin) {
    Value m = lookupType(typeOf(callee), s("__call__"));
    if (!m.isMagic(Magic::Empty)) {
      Rooted rm(vm, m);
      RootedVector args(vm);
      args.push(callee);
      for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
      return call(rm, args.data(), uint32_t(args.size()));
    }
  }
  throwNotCallable(vm, callee, "", false);
}

// ---- iteration ----

Value PyLanguage::getIterator(VM&, Value v, bool async) {
  if (async) return asyncIterator(*this, v);  // generator.cpp: __aiter__
  Rooted rv(vm, v);
  // list, tuple, str, range, dict, set, bytes, dict views: typed iterators (containers.h)
  if (isArray(v) || isString(v) || isDict(v) || isContainerExt(v) || isBox(v, kTagRange)) {
    // a subclass's own Python __iter__ wins over its storage's (OrderedDict's linked order)
    if (isString(v) || typeOf(v)->builtin || !isClosure(lookupType(typeOf(v), s("__iter__")))) return containerIter(*this, v);
  }
  if (isPyIter(v) || isKind(v, CellKind::Generator)) return v;
  PyType* ty = typeOf(v);
  if (!ty->builtin) {
    bool found = false;
    Value r = callDunder(v, "__iter__", nullptr, 0, &found);
    if (found) {
      if (lookupType(typeOf(r), s("__next__")).isMagic(Magic::Empty) && !isPyIter(r) && !isKind(r, CellKind::Generator))
        raise(t.TypeError, "iter() returned non-iterator of type '" + typeName(r) + "'");
      return r;
    }
    if (!lookupType(ty, s("__getitem__")).isMagic(Magic::Empty)) {
      PyIter* it = vm.heap.make<PyIter>(vm.emptyShape(), t.iterator);
      it->kind = PyIter::Callable; it->source = rv;
      return Value::cell(it);
    }
  }
  raise(t.TypeError, "'" + typeName(v) + "' object is not iterable");
}

bool PyLanguage::iteratorStep(VM&, Value iterator, Value* out) {
  // for-loop fast paths (pyperf): list/tuple and range iterators step here without next()
  if (isPyIter(iterator)) {
    PyIter* it = static_cast<PyIter*>(asObject(iterator));
    if (it->kind == PyIter::Seq && isArray(it->source)) {
      auto& els = asArray(it->source)->elements;
      if (it->index < 0 || it->index >= int64_t(els.size())) { it->index = -1; return false; }
      *out = els[size_t(it->index++)];
      return true;
    }
    if (it->kind == PyIter::Range) {
      if (it->step > 0 ? it->index >= it->stop : it->index <= it->stop) return false;
      int64_t v = it->index;
      it->index += it->step;
      *out = bigint::fromInt64(vm.heap, v);
      return true;
    }
  }
  bool done = false;
  Value v = next(iterator, &done);
  if (done) return false;
  *out = v;
  return true;
}

Value PyLanguage::next(Value iterator, bool* done) {
  *done = false;
  Rooted ri(vm, iterator);
  if (isPyIter(iterator)) {
    PyIter* it = static_cast<PyIter*>(asObject(iterator));
    switch (it->kind) {
      case PyIter::Seq: {
        auto& els = asArray(it->source)->elements;
        if (it->index < 0 || it->index >= int64_t(els.size())) { it->index = -1; *done = true; return Value::undefined(); }
        return els[it->index++];
      }
      case PyIter::Reversed: {
        auto& els = asArray(it->source)->elements;
        if (it->index < 0 || it->index >= int64_t(els.size())) { it->index = -1; *done = true; return Value::undefined(); }
        return els[it->index--];
      }
      case PyIter::Str: {
        String* str = asString(it->source);
        if (it->index >= it->stop) { *done = true; return Value::undefined(); }
        return Value::cell(strChar(*this, str->at(uint32_t(it->index++))));  // str_units.cpp
      }
      case PyIter::Range: {
        if (it->step > 0 ? it->index >= it->stop : it->index <= it->stop) { *done = true; return Value::undefined(); }
        int64_t v = it->index;
        it->index += it->step;
        return bigint::fromInt64(vm.heap, v);
      }
      case PyIter::DictKeys: case PyIter::DictValues: case PyIter::DictItems: {
        PyDict* d = asDict(it->source);
        if (it->stop == 0) it->stop = int64_t(d->live) + 1;
        if (int64_t(d->live) + 1 != it->stop)
          raise(t.RuntimeError, d->classTag() == kTagDict ? "dictionary changed size during iteration" : "Set changed size during iteration");
        while (it->index < int64_t(d->entries.size()) && d->entries[it->index].key.isMagic(Magic::Empty)) it->index++;
        if (it->index >= int64_t(d->entries.size())) { *done = true; return Value::undefined(); }
        // step counts the entries still expected (containers.h sets it): one more means new keys
        if (it->step <= 0) raise(t.RuntimeError, "dictionary keys changed during iteration");
        it->step--;
        DictEntry e = d->entries[it->index++];
        if (it->kind == PyIter::DictKeys) return e.key;
        if (it->kind == PyIter::DictValues) return e.value;
        Value pair[2] = {e.key, e.value};
        return newTuple(pair, 2);
      }
      case PyIter::Callable: {
        Value idx = Value::fromInt64(it->index);
        bool found = false;
        Value r;
        try {
          r = callDunder(it->source, "__getitem__", &idx, 1, &found);
        } catch (ScriptThrow&) {
          if (isInstance(vm.exception, t.IndexError) || isInstance(vm.exception, t.StopIteration)) { *done = true; return Value::undefined(); }
          throw;
        }
        static_cast<PyIter*>(asObject(ri))->index++;
        return r;
      }
      default: {
        extern Value builtinIterNext(PyLanguage&, PyIter*, bool*);
        return builtinIterNext(*this, it, done);
      }
    }
  }
  if (isKind(iterator, CellKind::Generator)) {
    auto* g = static_cast<GeneratorObject*>(asObject(iterator));
    if (g->state == GeneratorObject::State::Completed) { *done = true; return Value::undefined(); }
    if (g->state == GeneratorObject::State::Running) raise(t.ValueError, "generator already executing");
    bool fin = false;
    Value r;
    try {
      r = vm.resume(g, Value::null(), ResumeMode::Next, &fin);
    } catch (ScriptThrow&) {
      if (isInstance(vm.exception, t.StopIteration)) {
        Value e = vm.exception;
        Rooted re(vm, e);
        Value ne = makeException(t.RuntimeError, "generator raised StopIteration");
        asObject(ne)->putDirect(vm, s("__cause__"), re);
        vm.throwValue(ne);
      }
      throw;
    }
    if (fin) { *done = true; return r; }
    return r;
  }
  PyType* ty = typeOf(iterator);
  Value m = lookupType(ty, s("__next__"));
  if (m.isMagic(Magic::Empty)) raise(t.TypeError, "'" + typeName(iterator) + "' object is not an iterator");
  try {
    bool found;
    return callDunder(iterator, "__next__", nullptr, 0, &found);
  } catch (ScriptThrow&) {
    if (isInstance(vm.exception, t.StopIteration)) { *done = true; return Value::undefined(); }
    throw;
  }
}

const std::vector<Value>* PyLanguage::arrayItems(Value iterable) {
  if (isArray(iterable) && (typeOf(iterable)->builtin || !isClosure(lookupType(typeOf(iterable), s("__iter__")))))
    return &asArray(iterable)->elements;
  return nullptr;
}

void PyLanguage::collect(Value iterable, RootedVector& out) {
  if (const std::vector<Value>* els = arrayItems(iterable)) {
    out.vec().insert(out.vec().end(), els->begin(), els->end());  // one allocation, not one per push
    out.sync();
    return;
  }
  Rooted it(vm, getIterator(vm, iterable, false));
  if (out.vec().capacity() < 8) {  // short results (tuple(genexpr)) grow once
    out.vec().reserve(8);
    out.sync();
  }
  Value x;
  while (iteratorStep(vm, it, &x)) out.push(x);
}

Value PyLanguage::startGenerator(VM&, GeneratorObject* gen) {
  gen->setProto(generatorType(*this, gen));  // generator / coroutine / async_generator
  noteNewGenerator(*this, gen);  // finalizer.h: close() when collected inside a try/with
  return Value::cell(gen);
}

// delegateYield (`yield from`): generator.cpp

}  // namespace dualvm::py
