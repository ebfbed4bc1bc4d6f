// runtime/python/py_builtins.cpp — the builtins module (print, len, range, the type
// constructors, isinstance, min/max/sum/sorted, enumerate/zip/map/filter/reversed, ...), the
// methods of the builtin types (list, dict); str/int/float and formatting live in str.cpp,
// int.cpp, float.cpp and format.cpp.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include "runtime/interpreter.h"
#include "runtime/python/containers.h"
#include "runtime/python/finalizer.h"
#include "runtime/python/py_class.h"
#include "runtime/python/py_text.h"
#include "runtime/python/modules/native_module.h"
#include "runtime/python/py_module.h"

namespace dualvm::py {

#define L (lang(vm))
#define SELF (a.thisValue)

Value kwarg(PyLanguage& P, const char* name) {
  for (size_t i = 0; i < P.kwNames.size(); i++)
    if (P.kwNames[i]->toUtf8() == name) return P.kwValues[i];
  return Value::empty();
}
void noKw(PyLanguage& P, const char* fn, std::initializer_list<const char*> allowed) {
  for (String* n : P.kwNames) {
    bool ok = false;
    for (const char* x : allowed) if (n->toUtf8() == x) ok = true;
    if (!ok) P.raise(P.t.TypeError, std::string(fn) + "() got an unexpected keyword argument '" + n->toUtf8() + "'");
  }
}

// ---- builtin functions ----

static Value b_print(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  noKw(P, "print", {"sep", "end", "file", "flush"});
  Value sepV = kwarg(P, "sep"), endV = kwarg(P, "end"), flushV = kwarg(P, "flush");
  Rooted fileV(vm, kwarg(P, "file"));
  Rooted flushR(vm, flushV);
  // CPython: sep and end must be None or str (not converted with str())
  sepV = builtinValue(sepV);  // str subclass instances are their str
  endV = builtinValue(endV);
  for (auto [v, what] : {std::pair{sepV, "sep"}, std::pair{endV, "end"}})
    if (!v.isMagic(Magic::Empty) && !v.isNull() && !isString(v))
      P.raise(P.t.TypeError, std::string(what) + " must be None or a string, not " + P.typeName(v));
  std::string sep = sepV.isMagic(Magic::Empty) || sepV.isNull() ? " " : P.str(sepV);
  std::string end = endV.isMagic(Magic::Empty) || endV.isNull() ? "\n" : P.str(endV);
  P.kwNames.clear(); P.kwValues.clear();
  std::string out;
  for (uint32_t i = 0; i < a.argc; i++) {
    if (i) out += sep;
    out += P.str(a.argv[i]);
  }
  out += end;
  bool toErr = false;
  if (fileV.get().isMagic(Magic::Empty) || fileV.get().isNull()) {  // sys.stdout: a program may replace it (contextlib.redirect_stdout)
    if (P.sysModule) fileV = P.getAttr(Value::cell(P.sysModule), P.s("stdout"), false);
  }
  if (!fileV.get().isMagic(Magic::Empty) && !fileV.get().isNull()) {
    Value fd = P.getAttr(fileV, P.s("__dualvm_fd__"), false);
    if (fd.isInt() && fd.asInt() == 2) toErr = true;
    else if (!fd.isInt()) {
      Value s = P.newStr(out);
      P.callMethod(fileV, "write", &s, 1);
      if (!flushR.get().isMagic(Magic::Empty) && P.truthy(vm, flushR)) P.callMethod(fileV, "flush", nullptr, 0);
      return Value::null();
    }
  }
  if (toErr) { fflush(stdout); fwrite(out.data(), 1, out.size(), stderr); }
  else fwrite(out.data(), 1, out.size(), stdout);
  if (!flushR.get().isMagic(Magic::Empty) && P.truthy(vm, flushR)) fflush(toErr ? stderr : stdout);
  return Value::null();
}

static int64_t lenOf(PyLanguage& P, Value v) {
  if (isString(v)) return asString(v)->length();  // units are code points (str_units.h)
  if (isArray(v)) return int64_t(asArray(v)->elements.size());
  if (isDict(v)) return asDict(v)->live;
  if (isContainerExt(v)) return containerLen(P, v);
  if (isBox(v, kTagRange)) return rangeLen(P, asBox(v));  // range.cpp
  bool found = false;
  if (isObject(v) && !P.typeOf(v)->builtin) {
    Value r = P.callDunder(v, "__len__", nullptr, 0, &found);
    if (found) {
      r = indexInt(P, r);  // range.cpp: operator.index
      if (bigint::sign(r) < 0) P.raise(P.t.ValueError, "__len__() should return >= 0");
      int64_t n = 0;
      if (!bigint::fitsInt64(r, &n)) P.raise(P.t.OverflowError, "cannot fit 'int' into an index-sized integer");
      return n;
    }
  }
  P.raise(P.t.TypeError, "object of type '" + P.typeName(v) + "' has no len()");
}

static Value b_len(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "len() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  return bigint::fromInt64(vm.heap, lenOf(L, a[0]));  // len(range(10**18)) is an int
}
static Value b_repr(VM& vm, CallArgs& a) { return L.reprValue(a[0]); }
static Value b_isinstance(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value cls = a[1];
  if (isArray(cls)) { for (Value c : asArray(cls)->elements) if (isType(c) && P.isInstance(a[0], asType(c))) return Value::boolean(true); return Value::boolean(false); }
  if (!isType(cls)) P.raise(P.t.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return Value::boolean(P.isInstance(a[0], asType(cls)));
}
static Value b_issubclass(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!isType(a[0])) P.raise(P.t.TypeError, "issubclass() arg 1 must be a class");
  Value cls = a[1];
  if (isArray(cls)) { for (Value c : asArray(cls)->elements) if (isType(c) && P.isSubtype(asType(a[0]), asType(c))) return Value::boolean(true); return Value::boolean(false); }
  if (!isType(cls)) P.raise(P.t.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return Value::boolean(P.isSubtype(asType(a[0]), asType(cls)));
}
static Value b_abs(VM& vm, CallArgs& a) {
  Value v = a[0];
  if (v.isBool()) v = Value::integer(v.asBool());
  if (isInteger(v)) return bigint::abs(vm.heap, v);
  if (v.isDouble()) return Value::number(std::fabs(v.asDouble()));
  bool f = false;
  Value r = L.callDunder(v, "__abs__", nullptr, 0, &f);
  if (f) return r;
  L.raise(L.t.TypeError, "bad operand type for abs(): '" + L.typeName(v) + "'");
}
static Value minmax(VM& vm, CallArgs& a, bool isMax) {
  PyLanguage& P = L;
  Value key = kwarg(P, "key"), dflt = kwarg(P, "default");
  Rooted rk(vm, key.isMagic(Magic::Empty) ? Value::null() : key), rd(vm, dflt);
  P.kwNames.clear(); P.kwValues.clear();
  RootedVector items(vm);
  const char* name = isMax ? "max" : "min";
  if (a.argc == 0) P.raise(P.t.TypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (a.argc == 1) P.collect(a[0], items);
  else for (uint32_t i = 0; i < a.argc; i++) items.push(a.argv[i]);
  if (items.size() == 0) {
    if (!rd.get().isMagic(Magic::Empty)) return rd;
    P.raise(P.t.ValueError, std::string(name) + "() arg is an empty sequence");
  }
  Rooted best(vm, items[0]), bestKey(vm, rk.get().isNull() ? items[0] : P.call(rk, &items[0], 1));
  for (size_t i = 1; i < items.size(); i++) {
    Rooted k(vm, rk.get().isNull() ? items[i] : P.call(rk, &items[i], 1));
    Value c = P.compare(vm, isMax ? CompareOp::Gt : CompareOp::Lt, k, bestKey);
    if (P.truthy(vm, c)) { best = items[i]; bestKey = k.get(); }
  }
  return best;
}
static Value b_max(VM& vm, CallArgs& a) { return minmax(vm, a, true); }
static Value b_min(VM& vm, CallArgs& a) { return minmax(vm, a, false); }
static Value b_sum(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedVector items(vm);
  P.collect(a[0], items);
  Value st = kwarg(P, "start");
  Rooted acc(vm, a.argc > 1 ? a[1] : st.isMagic(Magic::Empty) ? Value::integer(0) : st);
  if (isString(acc)) P.raise(P.t.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isBytesLike(acc)) P.raise(P.t.TypeError, std::string("sum() can't sum ") + (isByteArray(acc) ? "bytearray" : "bytes") + " [use b''.join(seq) instead]");
  size_t i = 0;
  if (isInteger(acc)) {
    // CPython's int fast path: exact ints add without an int object per step (pynum; a BigInt
    // per partial sum made sum(range(2**20)) collect a million times under GC stress)
    mpz_t z, x;
    mpz_inits(z, x, nullptr);
    bigint::toMpz(acc, z);
    for (; i < items.size() && (isInteger(items[i]) || items[i].isBool()); i++) {
      Value v = items[i];
      if (v.isInt()) { int32_t k = v.asInt(); if (k >= 0) mpz_add_ui(z, z, uint32_t(k)); else mpz_sub_ui(z, z, uint32_t(-int64_t(k))); }
      else if (v.isBool()) mpz_add_ui(z, z, v.asBool() ? 1 : 0);
      else { bigint::toMpz(v, x); mpz_add(z, z, x); }
    }
    acc = bigint::fromMpz(vm.heap, z);
    mpz_clears(z, x, nullptr);
  }
  for (; i < items.size(); i++) acc = P.binary(vm, BinaryOp::Add, acc, items[i]);
  return acc;
}
static Value b_range(VM& vm, CallArgs& a) { return newRange(L, a.argv, a.argc); }  // range.cpp
static Value b_bool(VM& vm, CallArgs& a) { return Value::boolean(a.argc ? L.truthy(vm, a[0]) : false); }
static Value b_list(VM& vm, CallArgs& a) {
  RootedVector items(vm);
  if (a.argc) L.collect(a[0], items);
  return L.newList(items.data(), items.size());
}
static Value b_tuple(VM& vm, CallArgs& a) {
  // an exact tuple is returned as is; a subclass's (namedtuple's) items make a new tuple
  if (a.argc && isArray(a[0]) && asObject(a[0])->classTag() == kTagTuple && L.typeOf(a[0]) == L.t.tuple) return a[0];
  if (a.argc)
    if (const std::vector<Value>* els = L.arrayItems(a[0])) return L.newTuple(els->data(), els->size());
  RootedVector items(vm);
  if (a.argc) L.collect(a[0], items);
  Value tuple = L.newTuple(nullptr, 0);  // the items stay rooted in `items` meanwhile
  asArray(tuple)->elements.swap(items.vec());  // the collected vector becomes the tuple's (no copy)
  items.sync();
  return tuple;
}
void dictUpdateFrom(PyLanguage& P, Value dict, Value src);  // dict.cpp
static Value b_dict(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  // the keywords are taken first: the positional argument's keys()/iteration may run code
  RootedVector names(vm), values(vm);
  for (String* n : P.kwNames) names.push(Value::cell(n));
  for (Value v : P.kwValues) values.push(v);
  P.kwNames.clear(); P.kwValues.clear();
  Rooted d(vm, P.newDict());
  if (a.argc > 1) P.raise(P.t.TypeError, "dict expected at most 1 argument, got " + std::to_string(a.argc));
  if (a.argc) dictUpdateFrom(P, d, a[0]);
  for (size_t i = 0; i < names.size(); i++) P.dictSet(asDict(d), names[i], values[i]);
  return d;
}
static Value b_type(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc == 1) return Value::cell(P.typeOf(a[0]));
  if (a.argc == 3) {  // type.__new__(type, name, bases, ns, **kw) (type.cpp)
    CallArgs b = a;
    b.thisValue = Value::cell(P.t.type);
    return typeNew(vm, b);
  }
  P.raise(P.t.TypeError, "type() takes 1 or 3 arguments");
}
static Value b_object(VM& vm, CallArgs& a) {
  if (a.argc || !L.kwNames.empty()) L.raise(L.t.TypeError, "object() takes no arguments");
  return Value::cell(vm.heap.make<Object>(vm.emptyShape(), L.t.object));
}
static Value b_exception(VM& vm, CallArgs& a) {
  // constructor of builtin exception types: thisValue is the type
  PyLanguage& P = L;
  PyType* ty = isType(a.thisValue) ? asType(a.thisValue) : P.t.Exception;
  Rooted e(vm, P.makeException(ty, ""));
  asObject(e)->setProto(ty);
  asObject(e)->putDirect(vm, P.s("args"), P.newTuple(a.argv, a.argc));
  if (ty == P.t.StopIteration || P.isSubtype(ty, P.t.StopIteration)) asObject(e)->putDirect(vm, P.s("value"), a.argc ? a[0] : Value::null());
  if (ty == P.t.SystemExit) asObject(e)->putDirect(vm, P.s("code"), a.argc ? a[0] : Value::null());
  return e;
}
static Value b_hash(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, L.hash(a[0])); }
static Value b_id(VM& vm, CallArgs& a) { return bigint::fromInt64(vm.heap, a[0].isCell() ? int64_t(uintptr_t(a[0].asCell())) : int64_t(a[0].bits() & 0xffffffffffff)); }
static Value b_callable(VM& vm, CallArgs& a) {
  Value v = a[0];
  bool c = isClosure(v) || isNativeFunction(v) || isKind(v, CellKind::BoundFunction) || isType(v) || (isObject(v) && !L.lookupType(L.typeOf(v), L.s("__call__")).isMagic(Magic::Empty) && !L.typeOf(v)->builtin);
  return Value::boolean(c);
}
// getattr/setattr/hasattr's name: a str (or str subclass instance, D21), interned
static String* attrNameArg(VM& vm, Value v) {
  Value s = builtinValue(v);
  if (!isString(s)) L.raise(L.t.TypeError, "attribute name must be string, not '" + L.typeName(v) + "'");
  return vm.intern(asString(s));
}
static Value b_getattr(VM& vm, CallArgs& a) {
  String* name = attrNameArg(vm, a[1]);
  if (a.argc > 2) {
    // A plain miss builds no AttributeError (as CPython's _PyObject_LookupAttr): copy.deepcopy's
    // getattr(cls, "__deepcopy__", None) and friends would pay for an exception and its traceback.
    try {
      Value v = L.getAttr(a[0], name, false);
      return v.isMagic(Magic::Empty) ? a[2] : v;
    } catch (ScriptThrow&) { if (L.isInstance(vm.exception, L.t.AttributeError)) return a[2]; throw; }
  }
  return L.getAttr(a[0], name);
}
static Value b_setattr(VM& vm, CallArgs& a) { L.setAttr(a[0], attrNameArg(vm, a[1]), a[2]); return Value::null(); }
static Value b_hasattr(VM& vm, CallArgs& a) {
  String* name = attrNameArg(vm, a[1]);
  try { return Value::boolean(!L.getAttr(a[0], name, false).isMagic(Magic::Empty)); }
  catch (ScriptThrow&) { if (L.isInstance(vm.exception, L.t.AttributeError)) return Value::boolean(false); throw; }
}
static Value b_iter(VM& vm, CallArgs& a) {
  if (a.argc == 2) return callableIter(L, a[0], a[1]);  // iter(callable, sentinel)
  return L.getIterator(vm, a[0], false);
}
static Value b_next(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!isPyIter(a[0]) && !isKind(a[0], CellKind::Generator) && P.lookupType(P.typeOf(a[0]), P.s("__next__")).isMagic(Magic::Empty))
    P.raise(P.t.TypeError, "'" + P.typeName(a[0]) + "' object is not an iterator");
  bool done = false;
  Value v = P.next(a[0], &done);
  if (done) {
    if (a.argc > 1) return a[1];
    Rooted rv(vm, v.isUndefined() ? Value::null() : v);
    Value e = P.makeException(P.t.StopIteration, "");
    Rooted re(vm, e);
    if (!rv.get().isNull()) asObject(re)->putDirect(vm, P.s("args"), P.newTuple(rv.address(), 1));
    asObject(re)->putDirect(vm, P.s("value"), rv);
    vm.throwValue(re);
  }
  return v;
}
static Value makeIter(VM& vm, PyIter::Kind k, Value src, Value extra) {
  Rooted rs(vm, src), re(vm, extra);
  PyIter* it = vm.heap.make<PyIter>(vm.emptyShape(), L.t.iterator);
  it->kind = k; it->source = rs; it->extra = re;
  return Value::cell(it);
}
static Value b_enumerate(VM& vm, CallArgs& a) {
  Value st = a.argc > 1 ? a[1] : kwarg(L, "start");
  L.kwNames.clear(); L.kwValues.clear();
  Rooted it(vm, L.getIterator(vm, a[0], false));
  Value v = makeIter(vm, PyIter::Enumerate, it, Value::undefined());
  static_cast<PyIter*>(asObject(v))->index = st.isMagic(Magic::Empty) ? 0 : L.toIndex(st);
  return v;
}
// zip(*iterables, strict=False): `extra` is true when strict (lengths checked as CPython does)
static Value b_zip(VM& vm, CallArgs& a) {
  noKw(L, "zip", {"strict"});
  Value st = kwarg(L, "strict");
  bool strict = !st.isMagic(Magic::Empty) && L.truthy(vm, st);
  L.kwNames.clear(); L.kwValues.clear();
  RootedVector its(vm);
  for (uint32_t i = 0; i < a.argc; i++) its.push(L.getIterator(vm, a.argv[i], false));
  Rooted t(vm, L.newList(its.data(), its.size()));
  return makeIter(vm, PyIter::Zip, t, Value::boolean(strict));
}
// zip(strict=True) found iterator i exhausted (shorter) or, after the first ran out, still going
[[noreturn]] static void zipLengthError(PyLanguage& P, size_t i, bool longer) {
  std::string others = i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
  P.raise(P.t.ValueError, "zip() argument " + std::to_string(i + 1) + (longer ? " is longer than " : " is shorter than ") + others);
}
static Value b_map(VM& vm, CallArgs& a) {
  RootedVector its(vm);
  for (uint32_t i = 1; i < a.argc; i++) its.push(L.getIterator(vm, a.argv[i], false));
  Rooted t(vm, L.newList(its.data(), its.size()));
  return makeIter(vm, PyIter::Map, t, a[0]);
}
static Value b_filter(VM& vm, CallArgs& a) {
  Rooted it(vm, L.getIterator(vm, a[1], false));
  return makeIter(vm, PyIter::Filter, it, a[0]);
}
static Value b_reversed(VM& vm, CallArgs& a) {
  Value typed = containerReversed(L, a[0]);  // list, tuple, range, dict, views (containers.h)
  if (!typed.isMagic(Magic::Empty)) return typed;
  Rooted src(vm, a[0]);
  if (!isArray(src)) {
    bool f = false;
    if (isObject(src) && !L.typeOf(src)->builtin) { Value r = L.callDunder(src, "__reversed__", nullptr, 0, &f); if (f) return r; }
    RootedVector items(vm);
    L.collect(src, items);
    src = L.newList(items.data(), items.size());
  }
  Value v = makeIter(vm, PyIter::Reversed, src, Value::undefined());
  static_cast<PyIter*>(asObject(v))->index = int64_t(asArray(src)->elements.size()) - 1;
  return v;
}

Value builtinIterNext(PyLanguage& P, PyIter* it, bool* done) {
  VM& vm = P.vm;
  Rooted rit(vm, Value::cell(it));
  switch (it->kind) {
    case PyIter::Enumerate: {
      Value v = P.next(it->source, done);
      if (*done) return v;
      Rooted rv(vm, v);
      PyIter* self = static_cast<PyIter*>(asObject(rit));
      Value pair[2] = {bigint::fromInt64(vm.heap, self->index++), rv};
      Rooted k(vm, pair[0]);
      pair[0] = k;
      return P.newTuple(pair, 2);
    }
    case PyIter::Zip: {
      RootedVector vals(vm);
      size_t n = asArray(it->source)->elements.size();
      if (n == 0) { *done = true; return Value::undefined(); }
      for (size_t i = 0; i < n; i++) {
        Value v = P.next(asArray(static_cast<PyIter*>(asObject(rit))->source)->elements[i], done);
        if (*done) {
          if (!static_cast<PyIter*>(asObject(rit))->extra.isBool() || !static_cast<PyIter*>(asObject(rit))->extra.asBool()) return Value::undefined();
          if (i > 0) zipLengthError(P, i, false);
          for (size_t j = 1; j < n; j++) {
            P.next(asArray(static_cast<PyIter*>(asObject(rit))->source)->elements[j], done);
            if (!*done) zipLengthError(P, j, true);
          }
          return Value::undefined();
        }
        vals.push(v);
      }
      return P.newTuple(vals.data(), vals.size());
    }
    case PyIter::Map: {
      RootedVector vals(vm);
      size_t n = asArray(it->source)->elements.size();
      for (size_t i = 0; i < n; i++) {
        Value v = P.next(asArray(static_cast<PyIter*>(asObject(rit))->source)->elements[i], done);
        if (*done) return Value::undefined();
        vals.push(v);
      }
      return P.call(static_cast<PyIter*>(asObject(rit))->extra, vals.data(), uint32_t(vals.size()));
    }
    case PyIter::Filter: {
      for (;;) {
        Value v = P.next(static_cast<PyIter*>(asObject(rit))->source, done);
        if (*done) return v;
        Rooted rv(vm, v);
        Value fn = static_cast<PyIter*>(asObject(rit))->extra;
        bool keep = fn.isNullish() ? P.truthy(vm, rv) : P.truthy(vm, P.call(fn, rv.address(), 1));
        if (keep) return rv;
      }
    }
    default: return containerIterNext(P, it, done);  // bytes (containers.h)
  }
}

static Value b_sorted(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value key = kwarg(P, "key"), rev = kwarg(P, "reverse");
  Rooted rk(vm, key.isMagic(Magic::Empty) ? Value::null() : key);
  bool reverse = !rev.isMagic(Magic::Empty) && P.truthy(vm, rev);
  P.kwNames.clear(); P.kwValues.clear();
  RootedVector items(vm);
  P.collect(a[0], items);
  sortValues(P, items, rk, reverse);
  return P.newList(items.data(), items.size());
}
// any/all stop at the first deciding item (a generator argument is not run further)
static Value b_any(VM& vm, CallArgs& a) { Rooted it(vm, L.getIterator(vm, a[0], false)); Value v; while (L.iteratorStep(vm, it, &v)) if (L.truthy(vm, v)) return Value::boolean(true); return Value::boolean(false); }
static Value b_all(VM& vm, CallArgs& a) { Rooted it(vm, L.getIterator(vm, a[0], false)); Value v; while (L.iteratorStep(vm, it, &v)) if (!L.truthy(vm, v)) return Value::boolean(false); return Value::boolean(true); }
static Value b_input(VM& vm, CallArgs& a) {
  if (a.argc) { std::string p = L.str(a[0]); fwrite(p.data(), 1, p.size(), stdout); fflush(stdout); }
  std::string line;
  if (!std::getline(std::cin, line)) {
    if (std::cin.eof() && line.empty()) L.raise(asType(L.nsGet(L.builtins, L.s("EOFError"))), "EOF when reading a line");
  }
  return L.newStr(line);
}
static Value b_classmethod(VM& vm, CallArgs& a) { PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.classmethod, kTagClassMethod); b->a = a[0]; return Value::cell(b); }
static Value b_staticmethod(VM& vm, CallArgs& a) { PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.staticmethod, kTagStaticMethod); b->a = a[0]; return Value::cell(b); }
// property.setter/getter/deleter: a copy of the property (of its own class: a subclass stays
// one) with one function replaced.
static Value prop_setter(VM& vm, CallArgs& a) {
  PyBox* old = asBox(a.thisValue);
  int which = asNativeFunction(Value::cell(a.callee))->magic;
  if (L.typeOf(a.thisValue) != L.t.property) {  // a subclass: type(self)(fget, fset, fdel, doc), as CPython
    uint32_t di = old->findOwn(L.s("__doc__"));
    Value args[4] = {which == 1 ? a[0] : old->a, which == 0 ? a[0] : old->b, which == 2 ? a[0] : old->c,
                     di == Shape::kNotFound ? Value::null() : old->slot(di)};
    return L.call(Value::cell(L.typeOf(a.thisValue)), args, 4);
  }
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.property, kTagProperty);
  old = asBox(a.thisValue);
  b->a = old->a; b->b = old->b; b->c = old->c;
  if (asNativeFunction(Value::cell(a.callee))->magic == 0) b->b = a[0]; else if (asNativeFunction(Value::cell(a.callee))->magic == 1) b->a = a[0]; else b->c = a[0];
  Rooted rb(vm, Value::cell(b));
  uint32_t di = old->findOwn(L.s("__doc__"));  // property(doc=...) or a subclass's copied docstring
  if (di != Shape::kNotFound) asObject(rb)->putDirect(vm, L.s("__doc__"), old->slot(di));
  return rb;
}
static Value b_super(VM& vm, CallArgs& a) {
  if (a.argc != 2 || !isType(a[0])) L.raise(L.t.RuntimeError, "super(): no arguments");
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.super, kTagSuper);
  b->a = a[0];
  b->b = a[1];
  return Value::cell(b);
}
static Value b_exit(VM& vm, CallArgs& a) {
  Value args[1] = {a.argc ? a[0] : Value::null()};
  Value e = L.call(Value::cell(L.t.SystemExit), args, a.argc ? 1 : 0);
  vm.throwValue(e);
}

// ---- methods of builtin types (self = thisValue) ----


static Value g_send(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  auto* g = static_cast<GeneratorObject*>(asObject(a.thisValue));
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  if (m == 0 || m == 1) {
    if (g->state == GeneratorObject::State::Completed) { vm.throwValue(P.makeException(P.t.StopIteration, "")); }
    if (m == 1 && g->state == GeneratorObject::State::SuspendedStart && !a[0].isNull())
      P.raise(P.t.TypeError, "can't send non-None value to a just-started generator");
    bool done = false;
    Value r = vm.resume(g, m == 1 ? a[0] : Value::null(), ResumeMode::Next, &done);
    if (done) {
      Rooted rv(vm, r.isUndefined() ? Value::null() : r);
      Rooted e(vm, P.makeException(P.t.StopIteration, ""));
      if (!rv.get().isNull()) asObject(e)->putDirect(vm, P.s("args"), P.newTuple(rv.address(), 1));
      asObject(e)->putDirect(vm, P.s("value"), rv);
      vm.throwValue(e);
    }
    return r;
  }
  if (m == 2) {  // throw
    Value exc = a[0];
    if (isType(exc)) exc = P.call(exc, a.argc > 1 ? a.argv + 1 : nullptr, a.argc > 1 ? 1 : 0);
    if (g->state == GeneratorObject::State::Completed || g->state == GeneratorObject::State::SuspendedStart) {
      g->state = GeneratorObject::State::Completed;
      vm.throwValue(exc);
    }
    bool done = false;
    Value r = vm.resume(g, exc, ResumeMode::Throw, &done);
    if (done) vm.throwValue(P.makeException(P.t.StopIteration, ""));
    return r;
  }
  // close
  if (g->state != GeneratorObject::State::SuspendedYield) { g->state = GeneratorObject::State::Completed; return Value::null(); }
  Rooted ge(vm, P.makeException(P.t.GeneratorExit, ""));
  try {
    bool done = false;
    vm.resume(g, ge, ResumeMode::Throw, &done);
    if (!done) P.raise(P.t.RuntimeError, "generator ignored GeneratorExit");
  } catch (ScriptThrow&) {
    if (P.isInstance(vm.exception, P.t.GeneratorExit) || P.isInstance(vm.exception, P.t.StopIteration)) return Value::null();
    throw;
  }
  return Value::null();
}
static Value it_iter(VM&, CallArgs& a) { return a.thisValue; }
static Value it_next(VM& vm, CallArgs& a) {
  bool done = false;
  Value v = L.next(a.thisValue, &done);
  if (done) vm.throwValue(L.makeException(L.t.StopIteration, ""));
  return v;
}
static Value o_init(VM&, CallArgs&) { return Value::null(); }
static Value o_eq(VM& vm, CallArgs& a) { return a.thisValue == a[0] ? Value::boolean(true) : L.notImplemented; }
static Value o_repr(VM& vm, CallArgs& a) { return L.reprValue(a.thisValue); }
static Value o_str(VM& vm, CallArgs& a) { return L.newStr(L.str(a.thisValue)); }
static Value o_new(VM& vm, CallArgs& a) {
  // object.__new__(cls): an instance with an empty __dict__
  Value cls = a.thisValue.isUndefined() || !isType(a.thisValue) ? a[0] : a.thisValue;
  if (!isType(cls)) L.raise(L.t.TypeError, "object.__new__(X): X is not a type object");
  checkAbstract(L, asType(cls));  // type.cpp
  Object* o = vm.heap.make<Object>(vm.emptyShape(), asType(cls));
  noteNewInstance(L, o, asType(cls));  // finalizer.h: registered when the class has __del__
  return Value::cell(o);
}

void installBuiltins(PyLanguage& P) {
  VM& vm = P.vm;
  Object* b = P.builtins;
  struct { const char* n; NativeFn f; } fns[] = {
      {"print", b_print}, {"len", b_len}, {"repr", b_repr}, {"isinstance", b_isinstance}, {"issubclass", b_issubclass},
      {"abs", b_abs}, {"max", b_max}, {"min", b_min}, {"sum", b_sum}, {"hash", b_hash},
      {"id", b_id}, {"callable", b_callable}, {"getattr", b_getattr}, {"setattr", b_setattr}, {"hasattr", b_hasattr},
      {"iter", b_iter}, {"next", b_next}, {"sorted", b_sorted}, {"any", b_any}, {"all", b_all},
      {"input", b_input}, {"exit", b_exit}, {"quit", b_exit}};
  for (auto& f : fns) P.defNative(b, f.n, f.f);
  // constructors: builtin types called through __dualvm_ctor__
  struct { PyType* t; NativeFn f; } ctors[] = {
      {P.t.bool_, b_bool}, {P.t.list, b_list},
      {P.t.tuple, b_tuple}, {P.t.dict, b_dict}, {P.t.type, b_type}, {P.t.object, b_object}, {P.t.range, b_range},
      {P.t.classmethod, b_classmethod}, {P.t.staticmethod, b_staticmethod},
      {P.t.iterator, b_enumerate}, {P.t.super, b_super}};
  for (auto& c : ctors) P.defNative(c.t, "__dualvm_ctor__", c.f);
  struct { const char* n; NativeFn f; } iters[] = {{"enumerate", b_enumerate}, {"zip", b_zip}, {"map", b_map}, {"filter", b_filter}, {"reversed", b_reversed}};
  for (auto& f : iters) P.defNative(b, f.n, f.f);
  // exceptions
  PyType* excs[] = {P.t.BaseException, P.t.Exception, P.t.TypeError, P.t.ValueError, P.t.NameError, P.t.UnboundLocalError,
                    P.t.AttributeError, P.t.IndexError, P.t.KeyError, P.t.LookupError, P.t.ZeroDivisionError, P.t.ArithmeticError,
                    P.t.OverflowError, P.t.RuntimeError, P.t.RecursionError, P.t.NotImplementedError, P.t.StopIteration,
                    P.t.StopAsyncIteration, P.t.AssertionError, P.t.ImportError, P.t.ModuleNotFoundError, P.t.SystemExit,
                    P.t.KeyboardInterrupt, P.t.MemoryError, P.t.SyntaxError, P.t.GeneratorExit, P.t.UnicodeError, P.t.OSError,
                    P.t.FileNotFoundError};
  for (PyType* e : excs) P.defNative(e, "__dualvm_ctor__", b_exception);
  PyType* named[] = {P.t.int_, P.t.float_, P.t.bool_, P.t.str, P.t.list, P.t.tuple, P.t.dict, P.t.type, P.t.object, P.t.range,
                     P.t.property, P.t.classmethod, P.t.staticmethod, P.t.slice, P.t.super};
  for (PyType* ty : named) b->putDirect(vm, ty->name, Value::cell(ty));
  for (PyType* e : excs) b->putDirect(vm, e->name, Value::cell(e));
  b->putDirect(vm, P.s("NotImplemented"), P.notImplemented);
  b->putDirect(vm, P.s("Ellipsis"), P.ellipsis);
  b->putDirect(vm, P.s("__debug__"), Value::boolean(true));  // no -O: assertions run (xml.dom.expatbuilder reads it)
  b->putDirect(vm, P.s("None"), Value::null());

  // methods
  P.defNative(P.t.generator, "__next__", g_send, 0); P.defNative(P.t.generator, "send", g_send, 1);
  P.defNative(P.t.generator, "throw", g_send, 2); P.defNative(P.t.generator, "close", g_send, 3);
  P.defNative(P.t.generator, "__iter__", it_iter);
  P.defNative(P.t.iterator, "__iter__", it_iter); P.defNative(P.t.iterator, "__next__", it_next);
  P.defNative(P.t.object, "__init__", o_init); P.defNative(P.t.object, "__eq__", o_eq);
  P.defNative(P.t.object, "__repr__", o_repr); P.defNative(P.t.object, "__str__", o_str);
  P.defNative(P.t.object, "__new__", o_new);
  P.defNative(P.t.property, "setter", prop_setter, 0); P.defNative(P.t.property, "getter", prop_setter, 1);
  P.defNative(P.t.property, "deleter", prop_setter, 2);
  installContainers(P);  // containers.h: set, frozenset, bytes, bytearray, dict/list/tuple/range/slice methods
  installStr(P); installFormat(P); installInt(P); installFloat(P);
  installClassMachinery(P);  // py_class.h: exceptions, type/object protocol, descriptors, generators
  installOpenBuiltin(P);  // modules/_io.cpp: open() and the file objects
  installModuleBuiltins(P);  // py_module.h: globals, vars, exec, eval, compile, module()
}

}  // namespace dualvm::py
