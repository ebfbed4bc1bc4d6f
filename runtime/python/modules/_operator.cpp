// runtime/python/modules/_operator.cpp — the native `_operator` module (CPython's
// Modules/_operator.c; owner pyopmods): the operator functions (add, lt, not_, getitem, iadd,
// concat, countOf, length_hint, call, _compare_digest, ...) and the itemgetter, attrgetter and
// methodcaller classes with CPython's repr and __reduce__. operator.py does
// `from _operator import *`, so `import operator` gets these. Every function goes through the
// entry points the interpreter uses for the operator itself (PyLanguage::binary, compare,
// inplaceBinary, unary, getElement, hasProperty, ...), so dunders, reflected operands,
// NotImplemented and the error messages are the same as for `a + b`.
#include "runtime/python/modules/cmods_args.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Kind { kItemGetter = 1, kAttrGetter, kMethodCaller };

// ---- argument checks with _operator.c's messages ----

// Argument Clinic's positional-only functions: "add expected 2 arguments, got 1".
void fixedArgs(VM& vm, CallArgs& a, const char* name, uint32_t lo, uint32_t hi) {
  if (!L.kwNames.empty()) {
    L.kwNames.clear(); L.kwValues.clear();
    L.raise(L.t.TypeError, std::string("_operator.") + name + "() takes no keyword arguments");
  }
  if (a.argc >= lo && a.argc <= hi) return;
  uint32_t k = a.argc < lo ? lo : hi;
  std::string bound = lo == hi ? "" : a.argc < lo ? "at least " : "at most ";
  L.raise(L.t.TypeError, std::string(name) + " expected " + bound + std::to_string(k) + " argument" + (k == 1 ? "" : "s") + ", got " + std::to_string(a.argc));
}
// METH_O functions: "_operator.neg() takes exactly one argument (0 given)".
void oneArg(VM& vm, CallArgs& a, const char* name) {
  if (!L.kwNames.empty()) {
    L.kwNames.clear(); L.kwValues.clear();
    L.raise(L.t.TypeError, std::string("_operator.") + name + "() takes no keyword arguments");
  }
  if (a.argc != 1) L.raise(L.t.TypeError, std::string("_operator.") + name + "() takes exactly one argument (" + std::to_string(a.argc) + " given)");
}
std::string fnName(CallArgs& a) { return asString(asNativeFunction(Value::cell(a.callee))->data)->toUtf8(); }

// ---- the operator functions ----

const BinaryOp kBinaryOps[] = {BinaryOp::Add, BinaryOp::Sub, BinaryOp::Mul, BinaryOp::Div, BinaryOp::FloorDiv,
                               BinaryOp::Mod, BinaryOp::Pow, BinaryOp::Shl, BinaryOp::Shr, BinaryOp::BitAnd,
                               BinaryOp::BitOr, BinaryOp::BitXor, BinaryOp::MatMul};
const char* kBinaryNames[] = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "matmul"};
const char* kInplaceNames[] = {"iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor", "imatmul"};
const CompareOp kCompareOps[] = {CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Ge, CompareOp::Gt};
const char* kCompareNames[] = {"lt", "le", "eq", "ne", "ge", "gt"};

Value binaryFn(VM& vm, CallArgs& a) {
  int m = nativeMagic(a);
  fixedArgs(vm, a, kBinaryNames[m], 2, 2);
  return L.binary(vm, kBinaryOps[m], a[0], a[1]);
}
Value inplaceFn(VM& vm, CallArgs& a) {
  int m = nativeMagic(a);
  fixedArgs(vm, a, kInplaceNames[m], 2, 2);
  return L.inplaceBinary(vm, kBinaryOps[m], a[0], a[1]);
}
Value compareFn(VM& vm, CallArgs& a) {
  int m = nativeMagic(a);
  fixedArgs(vm, a, kCompareNames[m], 2, 2);
  return L.compare(vm, kCompareOps[m], a[0], a[1]);
}

enum UnaryKind { kNeg, kPos, kInv, kInvert, kAbs, kNot, kTruth, kIndex };
Value unaryFn(VM& vm, CallArgs& a) {
  int m = nativeMagic(a);
  oneArg(vm, a, fnName(a).c_str());
  switch (m) {
    case kNeg: return L.unary(vm, UnaryOp::Neg, a[0]);
    case kPos: return L.unary(vm, UnaryOp::Plus, a[0]);
    case kInv: case kInvert: return L.unary(vm, UnaryOp::BitNot, a[0]);
    case kAbs: {  // builtins.abs, kept as this function's datum
      Value x = a[0];
      return L.call(asNativeFunction(Value::cell(a.callee))->data2, &x, 1);
    }
    case kNot: return Value::boolean(!L.truthy(vm, a[0]));
    case kTruth: return Value::boolean(L.truthy(vm, a[0]));
    default: return indexInt(L, a[0]);  // range.cpp: operator.index
  }
}

Value isFn(VM& vm, CallArgs& a) {
  fixedArgs(vm, a, nativeMagic(a) ? "is_not" : "is_", 2, 2);
  return Value::boolean((a[0] == a[1]) != (nativeMagic(a) != 0));  // `is` compares the Values (interpreter's Is)
}

Value containsFn(VM& vm, CallArgs& a) {
  fixedArgs(vm, a, "contains", 2, 2);
  // PySequence_Contains: a type with none of the three protocols is "not iterable"
  // (hasProperty says so for classes; for builtin types getIterator would word it differently)
  PyType* ty = L.typeOf(a[0]);
  auto missing = [&](const char* n) { Value m = L.lookupType(ty, L.s(n)); return m.isMagic(Magic::Empty) || m.isNull(); };
  if (ty->builtin && !isString(a[0]) && !isArray(a[0]) && !isDict(a[0]) && !isContainerExt(a[0]) && !isBox(a[0], kTagRange) &&
      missing("__contains__") && missing("__iter__") && missing("__getitem__"))
    L.raise(L.t.TypeError, "argument of type '" + L.typeName(a[0]) + "' is not iterable");
  return Value::boolean(L.hasProperty(vm, a[0], a[1]));
}

// countOf / indexOf: iterate, an item matches when it `is` b or == b (PySequence_Count/Index).
Value countIndexFn(VM& vm, CallArgs& a) {
  bool index = nativeMagic(a) != 0;
  fixedArgs(vm, a, index ? "indexOf" : "countOf", 2, 2);
  Rooted b(vm, a[1]);
  Rooted it(vm);
  try {
    it = L.getIterator(vm, a[0], false);
  } catch (ScriptThrow&) {  // _PySequence_IterSearch's message
    if (!L.isInstance(vm.exception, L.t.TypeError)) throw;
    vm.exception = Value::undefined();
    L.raise(L.t.TypeError, "argument of type '" + L.typeName(a[0]) + "' is not iterable");
  }
  int64_t n = 0;
  Value x;
  while (L.iteratorStep(vm, it, &x)) {
    bool same = x == b.get() || L.eq(x, b);
    if (same && index) return bigint::fromInt64(vm.heap, n);
    if (same || index) n++;
  }
  if (index) L.raise(L.t.ValueError, "sequence.index(x): x not in sequence");
  return bigint::fromInt64(vm.heap, n);
}

Value getitemFn(VM& vm, CallArgs& a) {
  fixedArgs(vm, a, "getitem", 2, 2);
  return L.getElement(vm, a[0], a[1]);
}
Value setitemFn(VM& vm, CallArgs& a) {
  fixedArgs(vm, a, "setitem", 3, 3);
  L.setElement(vm, a[0], a[1], a[2], true);
  return Value::null();
}
Value delitemFn(VM& vm, CallArgs& a) {
  fixedArgs(vm, a, "delitem", 2, 2);
  L.deleteElement(vm, a[0], a[1], true);
  return Value::null();
}

// PySequence_Check: what has __getitem__ and is not a mapping (dict and its subclasses).
bool isSequence(PyLanguage& P, Value v) {
  if (isString(v) || isArray(v) || isBytesLike(v) || isBox(v, kTagRange) || isMemoryView(v)) return true;
  if (isDict(v) || !isObject(v) || P.typeOf(v)->builtin) return false;
  Value gi = P.lookupType(P.typeOf(v), P.s("__getitem__"));
  return !gi.isMagic(Magic::Empty) && !gi.isNull();
}
// concat / iconcat: the builtin sequences concatenate with their own rules and messages ("can
// only concatenate list (not "int") to list"); other sequences by + / += when both operands are
// sequences and the operator is implemented; anything else "can't be concatenated".
Value concatFn(VM& vm, CallArgs& a) {
  bool inplace = nativeMagic(a) != 0;
  fixedArgs(vm, a, inplace ? "iconcat" : "concat", 2, 2);
  Rooted x(vm, a[0]), y(vm, a[1]);
  auto op = [&] { return inplace ? L.inplaceBinary(vm, BinaryOp::Add, x, y) : L.binary(vm, BinaryOp::Add, x, y); };
  if (isString(x) || isArray(x) || isBytesLike(x)) return op();
  auto cannot = [&] { L.raise(L.t.TypeError, "'" + L.typeName(x) + "' object can't be concatenated"); };
  if (!isSequence(L, x) || !isSequence(L, y)) cannot();
  try {
    return op();
  } catch (ScriptThrow&) {
    // + found no implementation (every __add__/__radd__ returned NotImplemented)
    if (!L.isInstance(vm.exception, L.t.TypeError)) throw;
    Value msg = L.getAttr(vm.exception, L.s("args"), false);
    std::string text = isArray(msg) && asArray(msg)->elements.size() == 1 ? L.str(asArray(msg)->elements[0]) : "";
    if (text.rfind("unsupported operand type(s) for +", 0) != 0) throw;
    vm.exception = Value::undefined();
    cannot();
  }
  return Value::null();
}

// length_hint(obj, default=0): len(obj), else obj.__length_hint__(), else default
// (PyObject_LengthHint).
Value lengthHintFn(VM& vm, CallArgs& a) {
  fixedArgs(vm, a, "length_hint", 1, 2);
  Rooted obj(vm, a[0]);
  Rooted dflt(vm, indexInt(L, a.argc > 1 ? a[1] : Value::integer(0)));
  try {
    Value lenFn = asNativeFunction(Value::cell(a.callee))->data2;  // builtins.len
    Value o = obj;
    return L.call(lenFn, &o, 1);
  } catch (ScriptThrow&) {
    if (!L.isInstance(vm.exception, L.t.TypeError)) throw;
    vm.exception = Value::undefined();
  }
  Value hint = L.lookupType(L.typeOf(obj), L.s("__length_hint__"));
  if (hint.isMagic(Magic::Empty)) return dflt;
  Rooted r(vm);
  try {
    Value o = obj;
    r = L.call(hint, &o, 1);
  } catch (ScriptThrow&) {
    if (!L.isInstance(vm.exception, L.t.TypeError)) throw;
    vm.exception = Value::undefined();
    return dflt;
  }
  if (r.get() == L.notImplemented) return dflt;
  if (!isInteger(r) && !r.get().isBool()) L.raise(L.t.TypeError, "__length_hint__ must be an integer, not " + L.typeName(r));
  Value n = indexInt(L, r);
  if (bigint::sign(n) < 0) L.raise(L.t.ValueError, "__length_hint__() should return >= 0");
  int64_t k = 0;
  if (!bigint::fitsInt64(n, &k)) L.raise(L.t.OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

// call(obj, /, *args, **kwargs)
Value callFn(VM& vm, CallArgs& a) {
  std::vector<String*> names;
  names.swap(L.kwNames);
  RootedVector kwv(vm);
  for (Value v : L.kwValues) kwv.push(v);
  L.kwValues.clear();
  if (a.argc < 1) L.raise(L.t.TypeError, "call expected at least 1 argument, got 0");
  return L.callKw(a[0], a.argv + 1, a.argc - 1, names, kwv.data());
}

// _compare_digest(a, b): ASCII strs or bytes-like objects, in time independent of where they
// differ (CPython's _tscmp).
Value compareDigestFn(VM& vm, CallArgs& a) {
  fixedArgs(vm, a, "_compare_digest", 2, 2);
  std::string x, y;
  if (isString(a[0]) && isString(a[1])) {
    for (int i = 0; i < 2; i++) {
      std::string& o = i ? y : x;
      for (char32_t c : asString(a[i])->toCodePoints()) {
        if (c > 127) L.raise(L.t.TypeError, "comparing strings with non-ASCII characters is not supported");
        o += char(c);
      }
    }
  } else {
    std::string tmp;
    if (!cmodsBuffer(L, a[0], tmp) && !cmodsBuffer(L, a[1], tmp))
      L.raise(L.t.TypeError, "unsupported operand types(s) or combination of types: '" + L.typeName(a[0]) + "' and '" + L.typeName(a[1]) + "'");
    x = cmodsNeedBuffer(L, a[0]);
    y = cmodsNeedBuffer(L, a[1]);
  }
  // as _tscmp: the loop runs over b's length whatever the contents
  volatile unsigned char result = x.size() == y.size() ? 0 : 1;
  const std::string& left = x.size() == y.size() ? x : y;
  for (size_t i = 0; i < y.size(); i++) result |= (unsigned char)(left[i] ^ y[i]);
  return Value::boolean(result == 0);
}

// ---- itemgetter / attrgetter / methodcaller ----

PyType* clsArg(VM& vm, CallArgs& a) {
  Value c = a.thisValue.isUndefined() || !isType(a.thisValue) ? a[0] : a.thisValue;
  if (a.thisValue.isUndefined() || !isType(a.thisValue)) { a.argv++; a.argc--; }
  if (!isType(c)) L.raise(L.t.TypeError, "__new__(X): X is not a type object");
  return asType(c);
}
void noKeywords(VM& vm, const char* name) {
  if (L.kwNames.empty()) return;
  L.kwNames.clear(); L.kwValues.clear();
  L.raise(L.t.TypeError, std::string(name) + "() takes no keyword arguments");
}
// The single argument of a getter's call: "itemgetter expected 1 argument, got 2".
Value getterArg(VM& vm, CallArgs& a, const char* name) {
  noKeywords(vm, name);
  if (a.argc != 1) L.raise(L.t.TypeError, std::string(name) + " expected 1 argument, got " + std::to_string(a.argc));
  return a[0];
}
std::string typeQualName(VM& vm, Value self) {  // "operator.itemgetter" (tp_name)
  Value mod = L.lookupType(L.typeOf(self), L.s("__module__"));
  return (isString(mod) ? asString(mod)->toUtf8() + "." : std::string()) + L.typeName(self);
}

// itemgetter: v = [items tuple]
Value itemgetterNew(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  noKeywords(vm, "itemgetter");
  if (a.argc < 1) L.raise(L.t.TypeError, "itemgetter expected 1 argument, got 0");
  Rooted items(vm, L.newTuple(a.argv, a.argc));
  NativeState* s = newState(L, cls, kItemGetter, 1, 0);
  s->set(0, items);
  return Value::cell(s);
}
Value itemgetterCall(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kItemGetter, "__call__", "operator.itemgetter");
  Value obj = getterArg(vm, a, "itemgetter");
  ArrayObject* items = asArray(s->v[0]);
  if (items->elements.size() == 1) return L.getElement(vm, obj, items->elements[0]);
  Rooted ro(vm, obj), ri(vm, s->v[0]);
  RootedVector out(vm);
  for (size_t i = 0; i < asArray(ri)->elements.size(); i++) out.push(L.getElement(vm, ro, asArray(ri)->elements[i]));
  return L.newTuple(out.data(), out.size());
}

// attrgetter: v = [names tuple (as given), tuple of tuples of interned name parts]
Value attrgetterNew(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  noKeywords(vm, "attrgetter");
  if (a.argc < 1) L.raise(L.t.TypeError, "attrgetter expected 1 argument, got 0");
  Rooted names(vm, L.newTuple(a.argv, a.argc));
  RootedVector paths(vm);
  for (uint32_t i = 0; i < a.argc; i++) {
    if (!isString(a.argv[i])) L.raise(L.t.TypeError, "attribute name must be a string");
    std::u32string full = asString(a.argv[i])->toCodePoints();
    RootedVector parts(vm);
    size_t start = 0;
    for (size_t j = 0; j <= full.size(); j++) {
      if (j < full.size() && full[j] != U'.') continue;
      parts.push(Value::cell(vm.intern(asString(L.newStrCp(full.substr(start, j - start))))));
      start = j + 1;
    }
    paths.push(L.newTuple(parts.data(), parts.size()));
  }
  Rooted rp(vm, L.newTuple(paths.data(), paths.size()));
  NativeState* s = newState(L, cls, kAttrGetter, 2, 0);
  s->set(0, names); s->set(1, rp);
  return Value::cell(s);
}
Value attrPath(VM& vm, Value obj, Value path) {
  Rooted cur(vm, obj), rp(vm, path);
  for (size_t i = 0; i < asArray(rp)->elements.size(); i++) cur = L.getAttr(cur, asString(asArray(rp)->elements[i]));
  return cur;
}
Value attrgetterCall(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kAttrGetter, "__call__", "operator.attrgetter");
  Value obj = getterArg(vm, a, "attrgetter");
  ArrayObject* paths = asArray(s->v[1]);
  if (paths->elements.size() == 1) return attrPath(vm, obj, paths->elements[0]);
  Rooted ro(vm, obj), rp(vm, s->v[1]);
  RootedVector out(vm);
  for (size_t i = 0; i < asArray(rp)->elements.size(); i++) out.push(attrPath(vm, ro, asArray(rp)->elements[i]));
  return L.newTuple(out.data(), out.size());
}

// methodcaller: v = [name, args tuple, kwargs dict]
Value methodcallerNew(VM& vm, CallArgs& a) {
  PyType* cls = clsArg(vm, a);
  Kwargs kw;  // any keyword is the method's
  kw.names.swap(L.kwNames);
  kw.values.swap(L.kwValues);
  RootedVector kwv(vm);
  for (Value v : kw.values) kwv.push(v);
  if (a.argc < 1) L.raise(L.t.TypeError, "methodcaller needs at least one argument, the method name");
  if (!isString(a[0])) L.raise(L.t.TypeError, "method name must be a string");
  Rooted name(vm, Value::cell(vm.intern(asString(a[0]))));
  Rooted args(vm, L.newTuple(a.argv + 1, a.argc - 1));
  Rooted d(vm, L.newDict());
  for (size_t i = 0; i < kw.names.size(); i++) L.dictSet(asDict(d), Value::cell(kw.names[i]), kwv[i]);
  NativeState* s = newState(L, cls, kMethodCaller, 3, 0);
  s->set(0, name); s->set(1, args); s->set(2, d);
  return Value::cell(s);
}
Value methodcallerCall(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kMethodCaller, "__call__", "operator.methodcaller");
  Rooted self(vm, a.thisValue);
  Rooted obj(vm, getterArg(vm, a, "methodcaller"));
  Rooted method(vm, L.getAttr(obj, asString(s->v[0])));
  std::vector<String*> names;
  RootedVector kwv(vm);
  PyDict* d = asDict(asState(self)->v[2]);
  for (size_t i = 0; i < d->entries.size(); i++) {
    DictEntry e = d->entries[i];
    if (e.key.isMagic(Magic::Empty)) continue;
    names.push_back(vm.intern(asString(e.key)));
    kwv.push(e.value);
  }
  Rooted args(vm, asState(self)->v[1]);
  return L.callKw(method, asArray(args)->elements.data(), uint32_t(asArray(args)->elements.size()), names, kwv.data());
}

// repr: operator.itemgetter(1, 'a'), operator.attrgetter('a.b'), operator.methodcaller('f', 1, k=2)
Value getterRepr(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isNativeState(a.thisValue, kItemGetter) && !isNativeState(a.thisValue, kAttrGetter) && !isNativeState(a.thisValue, kMethodCaller))
    L.raise(L.t.TypeError, "descriptor '__repr__' requires an operator object");
  Rooted self(vm, a.thisValue);
  std::string r = typeQualName(vm, self) + "(";
  NativeState* s = asState(self);
  if (s->kind == kMethodCaller) {
    r += L.repr(asState(self)->v[0]);
    for (size_t i = 0; i < asArray(asState(self)->v[1])->elements.size(); i++) r += ", " + L.repr(asArray(asState(self)->v[1])->elements[i]);
    for (size_t i = 0; i < asDict(asState(self)->v[2])->entries.size(); i++) {
      DictEntry e = asDict(asState(self)->v[2])->entries[i];
      if (e.key.isMagic(Magic::Empty)) continue;
      r += ", " + L.str(e.key) + "=" + L.repr(e.value);
    }
  } else {
    for (size_t i = 0; i < asArray(asState(self)->v[0])->elements.size(); i++)
      r += (i ? ", " : "") + L.repr(asArray(asState(self)->v[0])->elements[i]);
  }
  return L.newStr(r + ")");
}

// __reduce__: (type, args); a methodcaller with keywords as (partial(type, name, **kw), args).
Value getterReduce(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isNativeState(a.thisValue, kItemGetter) && !isNativeState(a.thisValue, kAttrGetter) && !isNativeState(a.thisValue, kMethodCaller))
    L.raise(L.t.TypeError, "descriptor '__reduce__' requires an operator object");
  Rooted self(vm, a.thisValue);
  if (a.argc) L.raise(L.t.TypeError, L.typeName(self) + ".__reduce__() takes no arguments (" + std::to_string(a.argc) + " given)");
  Rooted cls(vm, Value::cell(L.typeOf(self)));
  NativeState* s = asState(self);
  if (s->kind != kMethodCaller) {
    Value pair[2] = {cls, s->v[0]};
    return L.newTuple(pair, 2);
  }
  if (asDict(s->v[2])->live == 0) {
    RootedVector items(vm);
    items.push(s->v[0]);
    for (Value x : asArray(asState(self)->v[1])->elements) items.push(x);
    Rooted args(vm, L.newTuple(items.data(), items.size()));
    Value pair[2] = {cls, args};
    return L.newTuple(pair, 2);
  }
  Rooted functools(vm, L.importName(L.newStr("functools"), Value::null(), Value::integer(0)));
  Rooted partial(vm, L.getAttr(functools, L.s("partial")));
  std::vector<String*> names;
  RootedVector kwv(vm);
  for (size_t i = 0; i < asDict(asState(self)->v[2])->entries.size(); i++) {
    DictEntry e = asDict(asState(self)->v[2])->entries[i];
    if (e.key.isMagic(Magic::Empty)) continue;
    names.push_back(vm.intern(asString(e.key)));
    kwv.push(e.value);
  }
  Value pos[2] = {cls, asState(self)->v[0]};
  Rooted p(vm, L.callKw(partial, pos, 2, names, kwv.data()));
  Value pair[2] = {p, asState(self)->v[1]};
  return L.newTuple(pair, 2);
}

}  // namespace

void initOperator(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Rooted rm(vm, Value::cell(m));
  for (int i = 0; i < 13; i++) P.defNative(m, kBinaryNames[i], binaryFn, i);
  for (int i = 0; i < 13; i++) P.defNative(m, kInplaceNames[i], inplaceFn, i);
  for (int i = 0; i < 6; i++) P.defNative(m, kCompareNames[i], compareFn, i);
  const char* unary[] = {"neg", "pos", "inv", "invert", "abs", "not_", "truth", "index"};
  for (int i = 0; i < 8; i++) P.defNative(m, unary[i], unaryFn, i);
  P.defNative(m, "is_", isFn, 0);
  P.defNative(m, "is_not", isFn, 1);
  P.defNative(m, "contains", containsFn);
  P.defNative(m, "countOf", countIndexFn, 0);
  P.defNative(m, "indexOf", countIndexFn, 1);
  P.defNative(m, "getitem", getitemFn);
  P.defNative(m, "setitem", setitemFn);
  P.defNative(m, "delitem", delitemFn);
  P.defNative(m, "concat", concatFn, 0);
  P.defNative(m, "iconcat", concatFn, 1);
  P.defNative(m, "length_hint", lengthHintFn);
  P.defNative(m, "call", callFn);
  P.defNative(m, "_compare_digest", compareDigestFn);
  // abs and length_hint call the builtins abs / len (their datum)
  auto setData = [&](const char* fn, const char* builtin) {
    Value f = asObject(rm)->slot(asObject(rm)->findOwn(P.s(fn)));
    asNativeFunction(f)->data2 = P.nsGet(P.builtins, P.s(builtin));
  };
  setData("abs", "abs");
  setData("length_hint", "len");
  setFunctionsModule(P, asObject(rm), "_operator");
  struct { const char* name; NativeFn ctor, call; } types[] = {
      {"itemgetter", itemgetterNew, itemgetterCall},
      {"attrgetter", attrgetterNew, attrgetterCall},
      {"methodcaller", methodcallerNew, methodcallerCall}};
  for (auto& d : types) {
    PyType* ty = newNativeType(P, d.name, "operator");
    Rooted rt(vm, Value::cell(ty));
    P.defNative(ty, "__new__", d.ctor);
    P.defNative(ty, "__call__", d.call);
    P.defNative(ty, "__repr__", getterRepr);
    P.defNative(ty, "__reduce__", getterReduce);
    asObject(rm)->putDirect(vm, P.s(d.name), rt);
  }
  asObject(rm)->putDirect(vm, P.s("__doc__"), P.newStr(
      "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n"
      "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
      "is equivalent to the expression x+y.  The function names are those\n"
      "used for special methods; variants without leading and trailing\n"
      "'__' are also provided for convenience."));
}

}  // namespace dualvm::py
