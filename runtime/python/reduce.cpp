// runtime/python/reduce.cpp — object's side of the copy/pickle protocol (owner: pyclass):
// object.__reduce_ex__(protocol), object.__reduce__() and object.__getstate__() as CPython
// 3.11's typeobject.c has them — protocol 2 and above is reduce_newobj (copyreg.__newobj__ or
// __newobj_ex__ with the class and __getnewargs_ex__/__getnewargs__, the state, and the items of
// list/dict subclasses), below 2 copyreg._reduce_ex. copy.copy/deepcopy and enum use these.
#include "runtime/python/containers.h"
#include "runtime/python/py_class.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

Value importModule(PyLanguage& P, const char* name) {
  Rooted n(P.vm, P.newStr(name));
  return P.importName(n, Value::null(), Value::integer(0));
}

// The instance's slot names (__slots__ of each class in the MRO, without __dict__/__weakref__).
void slotNames(PyLanguage& P, PyType* ty, RootedVector& out) {
  VM& vm = P.vm;
  for (PyType* m : ty->mro) {
    if (m->builtin) continue;
    uint32_t i = m->findOwn(P.s("__slots__"));
    if (i == Shape::kNotFound) continue;
    Rooted sl(vm, m->slot(i));
    RootedVector items(vm);
    if (isString(sl)) items.push(sl);
    else P.collect(sl, items);
    for (size_t k = 0; k < items.size(); k++) {
      if (!isString(items[k])) continue;
      String* n = vm.intern(asString(items[k]));
      if (n == P.s("__dict__") || n == P.s("__weakref__")) continue;
      out.push(Value::cell(n));
    }
  }
}

// object.__getstate__'s default: the instance __dict__ (None when empty), paired with a dict of
// the slot values when there are any; `required` is CPython's check that an object with no
// state and no new-arguments cannot be rebuilt.
Value defaultState(PyLanguage& P, Value obj, bool required) {
  VM& vm = P.vm;
  Rooted ro(vm, obj);
  PyType* ty = P.typeOf(obj);
  if (required && ty->builtin && ty != P.t.object)
    P.raise(P.t.TypeError, "cannot pickle '" + ty->name->toUtf8() + "' object");
  Rooted state(vm, Value::null());
  if (isObject(obj) && !ty->builtin && !isType(obj)) {
    Value d = genericGetAttr(P, ro, P.s("__dict__"), false);
    if (isDict(d) && asDict(d)->live) state = d;
  }
  RootedVector names(vm);
  if (!ty->builtin) slotNames(P, ty, names);
  if (names.size()) {
    Rooted slots(vm, P.newDict());
    for (size_t i = 0; i < names.size(); i++) {
      Value v = Value::empty();
      try {
        v = P.getAttr(ro, asString(names[i]), false);
      } catch (ScriptThrow&) {  // an unset slot
        if (!P.isInstance(vm.exception, P.t.AttributeError)) throw;
      }
      if (!v.isMagic(Magic::Empty)) {
        Rooted rv(vm, v);
        P.dictSet(asDict(slots), names[i], rv);
      }
    }
    if (asDict(slots)->live) {
      Value pair[2] = {state, slots};
      state = P.newTuple(pair, 2);
    }
  }
  return state;
}

// obj.__getstate__() through the type (a class may override it), else the default.
Value getState(PyLanguage& P, Value obj, bool required) {
  Value gs = P.lookupType(P.typeOf(obj), P.s("__getstate__"));
  if (isClosure(gs)) return P.call(gs, &obj, 1);
  return defaultState(P, obj, required);
}

// reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or
// (copyreg.__newobj_ex__, (cls, args, kwargs), ...) when __getnewargs_ex__ gives keywords.
Value reduceNewObj(PyLanguage& P, Value obj) {
  VM& vm = P.vm;
  Rooted ro(vm, obj);
  PyType* ty = P.typeOf(obj);
  Rooted cls(vm, Value::cell(ty));
  if (ty->builtin && P.lookupType(ty, P.s("__new__")) == P.lookupType(P.t.object, P.s("__new__")) && ty != P.t.object &&
      !isArray(obj) && !isDict(obj))
    P.raise(P.t.TypeError, "cannot pickle '" + ty->name->toUtf8() + "' object");
  Rooted args(vm, Value::empty()), kwargs(vm, Value::null());
  bool found = false;
  Value ex = P.callDunder(ro, "__getnewargs_ex__", nullptr, 0, &found);
  if (found) {
    if (!isArray(ex) || asObject(ex)->classTag() != kTagTuple)
      P.raise(P.t.TypeError, "__getnewargs_ex__ should return a tuple, not '" + P.typeName(ex) + "'");
    if (asArray(ex)->elements.size() != 2)
      P.raise(P.t.ValueError, "__getnewargs_ex__ should return a tuple of length 2, not " + std::to_string(asArray(ex)->elements.size()));
    args = asArray(ex)->elements[0];
    kwargs = asArray(ex)->elements[1];
    if (!isArray(args) || asObject(args)->classTag() != kTagTuple)
      P.raise(P.t.TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '" + P.typeName(args) + "'");
    if (!isDict(kwargs))
      P.raise(P.t.TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '" + P.typeName(kwargs) + "'");
  } else {
    Value na = P.callDunder(ro, "__getnewargs__", nullptr, 0, &found);
    if (found) {
      if (!isArray(na) || asObject(na)->classTag() != kTagTuple)
        P.raise(P.t.TypeError, "__getnewargs__ should return a tuple, not '" + P.typeName(na) + "'");
      args = na;
    }
  }
  bool hasArgs = !args.get().isMagic(Magic::Empty);
  if (!hasArgs) args = P.newTuple(nullptr, 0);
  Rooted copyreg(vm, importModule(P, "copyreg"));
  Rooted newobj(vm), newargs(vm);
  if (isDict(kwargs) && asDict(kwargs)->live) {
    newobj = P.getAttr(copyreg, P.s("__newobj_ex__"));
    Value items[3] = {cls, args, kwargs};
    newargs = P.newTuple(items, 3);
  } else {
    newobj = P.getAttr(copyreg, P.s("__newobj__"));
    RootedVector items(vm);
    items.push(cls);
    for (Value v : asArray(args)->elements) items.push(v);
    newargs = P.newTuple(items.data(), items.size());
  }
  Rooted state(vm, getState(P, ro, !hasArgs && !isArray(obj) && !isDict(obj)));
  Rooted listitems(vm, Value::null()), dictitems(vm, Value::null());
  if (isArray(obj) && asObject(obj)->classTag() == kTagList) listitems = P.getIterator(vm, ro, false);
  if (isDict(obj)) {
    Rooted items(vm, P.callMethod(ro, "items", nullptr, 0));
    dictitems = P.getIterator(vm, items, false);
  }
  Value out[5] = {newobj, newargs, state, listitems, dictitems};
  return P.newTuple(out, 5);
}

// _common_reduce: protocol 2+ is reduce_newobj, below that copyreg's Python implementation.
Value commonReduce(PyLanguage& P, Value obj, int64_t protocol) {
  VM& vm = P.vm;
  if (protocol >= 2) return reduceNewObj(P, obj);
  Rooted ro(vm, obj);
  Rooted copyreg(vm, importModule(P, "copyreg"));
  Rooted fn(vm, P.getAttr(copyreg, P.s("_reduce_ex")));
  Value args[2] = {ro, Value::integer(int32_t(protocol))};
  return P.call(fn, args, 2);
}

// object.__reduce_ex__(protocol): a class's own __reduce__ wins (CPython checks the type's
// __reduce__ is not object's).
Value o_reduce_ex(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  if (a.argc != 1) P.raise(P.t.TypeError, "object.__reduce_ex__() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  int64_t protocol = P.toIndex(a[0]);
  Value objReduce = P.lookupType(P.t.object, P.s("__reduce__"));
  Value r = P.lookupType(P.typeOf(self), P.s("__reduce__"));
  if (!r.isMagic(Magic::Empty) && r != objReduce) {
    Rooted m(vm, P.getAttr(self, P.s("__reduce__")));
    return P.call(m, nullptr, 0);
  }
  return commonReduce(P, self, protocol);
}

Value o_reduce(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  if (a.argc) P.raise(P.t.TypeError, "object.__reduce__() takes no arguments (" + std::to_string(a.argc) + " given)");
  return commonReduce(P, self, 0);
}

Value o_getstate(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  if (a.argc) P.raise(P.t.TypeError, "object.__getstate__() takes no arguments (" + std::to_string(a.argc) + " given)");
  return defaultState(P, self, false);
}

// builtin_function_or_method.__reduce__ and method.__reduce__ (pylang), as CPython's meth_reduce /
// method_reduce: a builtin pickles as its name (pickle's save_global finds builtins.<name>); a
// bound method as (getattr, (self, name)) — [].append, obj.method.
Value f_reduce(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  if (a.argc) P.raise(P.t.TypeError, "__reduce__() takes no arguments (" + std::to_string(a.argc) + " given)");
  if (isNativeFunction(self)) return asNativeFunction(self)->data;
  if (!isKind(self, CellKind::BoundFunction)) return commonReduce(P, self, 0);
  auto* bf = static_cast<BoundFunction*>(asObject(self));
  Rooted target(vm, bf->target), receiver(vm, bf->boundThis);
  Rooted name(vm, P.getAttr(target, P.s("__name__")));
  Rooted args(vm);
  Value pair[2] = {receiver, name};
  args = P.newTuple(pair, 2);
  Value out[2] = {P.nsGet(P.builtins, P.s("getattr")), args};
  return P.newTuple(out, 2);
}

}  // namespace

void installReduce(PyLanguage& P) {
  P.defNative(P.t.builtinFunction, "__reduce__", f_reduce);
  P.defNative(P.t.method, "__reduce__", f_reduce);
  P.defNative(P.t.object, "__reduce_ex__", o_reduce_ex);
  P.defNative(P.t.object, "__reduce__", o_reduce);
  P.defNative(P.t.object, "__getstate__", o_getstate);
}

}  // namespace dualvm::py
