// runtime/python/modules/_functools.cpp — the native `_functools` module (CPython's
// Modules/_functoolsmodule.c): reduce, partial (flattening nested partials, repr as CPython
// prints it) and cmp_to_key. functools.py imports these and builds lru_cache, wraps,
// total_ordering ... in Python on top.
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Kind { kPartial = 1, kKey };
std::unordered_map<PyLanguage*, PyType*> keyTypes;

bool isCallable(PyLanguage& P, Value v) {
  if (isClosure(v) || isNativeFunction(v) || isKind(v, CellKind::BoundFunction) || isType(v)) return true;
  return isObject(v) && !P.lookupType(P.typeOf(v), P.s("__call__")).isMagic(Magic::Empty);
}

Value reduce(VM& vm, CallArgs& a) {
  takeKwargs(L, "reduce", {});
  if (a.argc < 2) L.raise(L.t.TypeError, "reduce expected at least 2 arguments, got " + std::to_string(a.argc));
  if (a.argc > 3) L.raise(L.t.TypeError, "reduce expected at most 3 arguments, got " + std::to_string(a.argc));
  Rooted fn(vm, a[0]);
  Rooted it(vm);
  try {
    it = L.getIterator(vm, a[1], false);
  } catch (ScriptThrow&) {
    if (L.isInstance(vm.exception, L.t.TypeError)) L.raise(L.t.TypeError, "reduce() arg 2 must support iteration");
    throw;
  }
  Rooted acc(vm, a.argc > 2 ? a[2] : Value::empty());
  bool done = false;
  for (;;) {
    Value x = L.next(it, &done);
    if (done) break;
    if (acc.get().isMagic(Magic::Empty)) { acc = x; continue; }
    Value args[2] = {acc, x};
    acc = L.call(fn, args, 2);
  }
  if (acc.get().isMagic(Magic::Empty)) L.raise(L.t.TypeError, "reduce() of empty iterable with no initial value");
  return acc;
}

// partial: v = [func, args tuple, keywords dict]
Value partialNew(VM& vm, CallArgs& a) {
  Value c = a[0];
  if (!isType(c)) L.raise(L.t.TypeError, "partial.__new__(X): X is not a type object");
  Rooted cls(vm, c);
  a.argv++; a.argc--;
  if (a.argc < 1) L.raise(L.t.TypeError, "type 'partial' takes at least one argument");
  Rooted fn(vm, a[0]);
  RootedVector args(vm);
  Rooted kwd(vm, L.newDict());
  if (isNativeState(fn, kPartial) && L.typeOf(fn) == asType(cls)) {  // flatten partial(partial(f, 1), 2)
    NativeState* inner = asState(fn);
    for (Value x : asArray(inner->v[1])->elements) args.push(x);
    Rooted innerKw(vm, inner->v[2]);
    for (size_t i = 0; i < asDict(innerKw)->entries.size(); i++) {
      DictEntry e = asDict(innerKw)->entries[i];
      if (!e.key.isMagic(Magic::Empty)) L.dictSet(asDict(kwd), e.key, e.value);
    }
    fn = inner->v[0];
  } else if (!isCallable(L, fn)) {
    L.raise(L.t.TypeError, "the first argument must be callable");
  }
  for (uint32_t i = 1; i < a.argc; i++) args.push(a.argv[i]);
  return Value::cell([&] {
    Rooted t(vm, L.newTuple(args.data(), args.size()));
    NativeState* s = newState(L, asType(cls), kPartial, 3, 0);
    s->set(0, fn); s->set(1, t); s->set(2, kwd);
    return s;
  }());
}

// partial(func, *args, **keywords): the keywords are taken before anything else runs.
Value partialNewKw(VM& vm, CallArgs& a) {
  std::vector<String*> names = L.kwNames;
  RootedVector values(vm);
  for (Value v : L.kwValues) values.push(v);
  L.kwNames.clear(); L.kwValues.clear();
  Rooted p(vm, partialNew(vm, a));
  for (size_t i = 0; i < names.size(); i++) L.dictSet(asDict(asState(p)->v[2]), Value::cell(names[i]), values[i]);
  return p;
}

Value partialCall(VM& vm, CallArgs& a) {
  std::vector<String*> names;
  names.swap(L.kwNames);
  RootedVector kwv(vm);
  for (Value v : L.kwValues) kwv.push(v);
  L.kwValues.clear();
  NativeState* s = selfState(L, a, kPartial, "__call__", "functools.partial");
  Rooted self(vm, a.thisValue);
  RootedVector pos(vm);
  for (Value x : asArray(s->v[1])->elements) pos.push(x);
  for (uint32_t i = 0; i < a.argc; i++) pos.push(a.argv[i]);
  // stored keywords first, call keywords override
  std::vector<String*> allNames;
  RootedVector allVals(vm);
  PyDict* d = asDict(asState(self)->v[2]);
  for (size_t i = 0; i < d->entries.size(); i++) {
    DictEntry e = asDict(asState(self)->v[2])->entries[i];
    if (e.key.isMagic(Magic::Empty)) continue;
    String* n = vm.intern(asString(e.key));
    bool overridden = false;
    for (String* cn : names) if (cn == n) overridden = true;
    if (overridden) continue;
    allNames.push_back(n);
    allVals.push(e.value);
  }
  for (size_t i = 0; i < names.size(); i++) { allNames.push_back(names[i]); allVals.push(kwv[i]); }
  return L.callKw(asState(self)->v[0], pos.data(), uint32_t(pos.size()), allNames, allVals.data());
}

Value partialRepr(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kPartial, "__repr__", "functools.partial");
  Rooted self(vm, a.thisValue);
  Value qn = L.lookupType(L.typeOf(self), L.s("__qualname__"));
  Value mod = L.lookupType(L.typeOf(self), L.s("__module__"));
  std::string name = (isString(mod) ? asString(mod)->toUtf8() + "." : std::string()) + (isString(qn) ? asString(qn)->toUtf8() : L.typeName(self));
  std::string r = name + "(" + L.repr(s->v[0]);
  for (size_t i = 0; i < asArray(asState(self)->v[1])->elements.size(); i++) r += ", " + L.repr(asArray(asState(self)->v[1])->elements[i]);
  for (size_t i = 0; i < asDict(asState(self)->v[2])->entries.size(); i++) {
    DictEntry e = asDict(asState(self)->v[2])->entries[i];
    if (e.key.isMagic(Magic::Empty)) continue;
    r += ", " + L.str(e.key) + "=" + L.repr(e.value);
  }
  return L.newStr(r + ")");
}

Value partialAttr(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kPartial, "attribute", "functools.partial");
  return s->v[size_t(nativeMagic(a))];
}

// pickle/copy support (pyopmods; operator.methodcaller pickles through a partial), as CPython's
// partial_reduce / partial_setstate: (type, (func,), (func, args, keywords, __dict__ or None)).
Value partialReduce(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kPartial, "__reduce__", "functools.partial");
  Rooted self(vm, a.thisValue);
  Rooted cls(vm, Value::cell(L.typeOf(self)));
  Rooted fnArgs(vm, L.newTuple(&s->v[0], 1));
  Rooted dict(vm, L.getAttr(self, L.s("__dict__"), false));
  if (!isDict(dict) || asDict(dict)->live == 0) dict = Value::null();
  Value st[4] = {asState(self)->v[0], asState(self)->v[1], asState(self)->v[2], dict};
  Rooted state(vm, L.newTuple(st, 4));
  Value out[3] = {cls, fnArgs, state};
  return L.newTuple(out, 3);
}
Value partialSetstate(VM& vm, CallArgs& a) {
  selfState(L, a, kPartial, "__setstate__", "functools.partial");
  Rooted self(vm, a.thisValue), st(vm, a[0]);
  if (!isArray(st) || asObject(st)->classTag() != kTagTuple) L.raise(L.t.TypeError, "argument to __setstate__ must be a tuple");
  auto& e = asArray(st)->elements;
  if (e.size() != 4) L.raise(L.t.TypeError, "expected 4 items in state, got " + std::to_string(e.size()));
  Value fn = e[0], args = e[1], kw = e[2], dict = e[3];
  if (!isCallable(L, fn) || !isArray(args) || !(isDict(kw) || kw.isNull()) || !(isDict(dict) || dict.isNull()))
    L.raise(L.t.TypeError, "invalid partial state");
  Rooted rargs(vm, asObject(args)->classTag() == kTagTuple ? args : L.newTuple(asArray(args)->elements.data(), asArray(args)->elements.size()));
  Rooted rkw(vm, kw.isNull() ? L.newDict() : kw);
  asState(self)->set(0, asArray(st)->elements[0]);
  asState(self)->set(1, rargs);
  asState(self)->set(2, rkw);
  Rooted rd(vm, asArray(st)->elements[3]);
  if (isDict(rd))
    for (size_t i = 0; i < asDict(rd)->entries.size(); i++) {
      DictEntry d = asDict(rd)->entries[i];
      if (!d.key.isMagic(Magic::Empty) && isString(d.key)) L.setAttr(self, vm.intern(asString(d.key)), d.value);
    }
  return Value::null();
}

// cmp_to_key(mycmp) -> a callable making K objects; K(obj) compares with mycmp(a.obj, b.obj) <op> 0.
Value keyMake(VM& vm, CallArgs& a) {
  takeKwargs(L, "K", {});
  if (a.argc != 1) L.raise(L.t.TypeError, "K() takes exactly 1 argument (" + std::to_string(a.argc) + " given)");
  Rooted cmp(vm, asNativeFunction(Value::cell(a.callee))->data2);
  Rooted obj(vm, a[0]);
  NativeState* s = newState(L, keyTypes[&L], kKey, 2, 0);  // obj, cmp
  s->set(0, obj); s->set(1, cmp);
  return Value::cell(s);
}
Value cmpToKey(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "cmp_to_key", {"mycmp"});
  Value cmp = a.argc > 0 ? a[0] : kw.get("mycmp");
  if (cmp.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "cmp_to_key() missing required argument 'mycmp' (pos 1)");
  return newNativeWithData(L, "K", keyMake, cmp);
}
Value keyCompare(VM& vm, CallArgs& a) {
  NativeState* s = selfState(L, a, kKey, "compare", "functools.KeyWrapper");
  Rooted self(vm, a.thisValue);
  Rooted other(vm, a[0]);
  if (!isNativeState(other, kKey)) L.raise(L.t.TypeError, "other argument must be K instance");
  Value args[2] = {s->v[0], asState(other)->v[0]};
  Value r = L.call(asState(self)->v[1], args, 2);
  Value zero = Value::integer(0);
  static const CompareOp ops[] = {CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge, CompareOp::Eq, CompareOp::Ne};
  return L.compare(vm, ops[nativeMagic(a)], r, zero);
}
Value keyObj(VM& vm, CallArgs& a) { return selfState(L, a, kKey, "obj", "functools.KeyWrapper")->v[0]; }

}  // namespace

void initFunctools(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  P.defNative(m, "reduce", reduce);
  PyType* partial = newNativeType(P, "partial", "functools");
  P.defNative(partial, "__new__", partialNewKw);
  P.defNative(partial, "__call__", partialCall);
  P.defNative(partial, "__repr__", partialRepr);
  P.defNative(partial, "__reduce__", partialReduce);
  P.defNative(partial, "__setstate__", partialSetstate);
  defGetter(P, partial, "func", partialAttr);
  defGetter(P, partial, "args", partialAttr);
  defGetter(P, partial, "keywords", partialAttr);
  // defGetter shares one native; give each getter its slot index
  const char* attrs[] = {"func", "args", "keywords"};
  for (int i = 0; i < 3; i++) {
    Value box = partial->slot(partial->findOwn(P.s(attrs[i])));
    asNativeFunction(asBox(box)->a)->magic = i;
  }
  m->putDirect(vm, P.s("partial"), Value::cell(partial));
  PyType* key = newNativeType(P, "KeyWrapper", "functools");
  keyTypes[&P] = key;
  const char* cmps[] = {"__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"};
  for (int i = 0; i < 6; i++) P.defNative(key, cmps[i], keyCompare, i);
  key->putDirect(vm, P.s("__hash__"), Value::null());
  defGetter(P, key, "obj", keyObj);
  P.defNative(m, "cmp_to_key", cmpToKey);
}

}  // namespace dualvm::py
