// runtime/python/dict.cpp — dict's methods (CPython's Objects/dictobject.c): get, pop, popitem,
// setdefault, update (mapping, iterable of pairs, keywords), copy, clear, fromkeys, and the live
// views keys()/values()/items() (PyBoxes whose `a` is the dict; their len/iteration/`in`/set
// operations/repr go through containers.cpp's hooks).
#include "runtime/python/containers.h"

namespace dualvm::py {

#define L (lang(vm))

static PyDict* dictSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isDict(a.thisValue))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 'dict' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asDict(a.thisValue);
}

[[noreturn]] static void keyError(PyLanguage& P, Value key) {
  VM& vm = P.vm;
  Rooted rk(vm, key);
  Rooted e(vm, P.makeException(P.t.KeyError, ""));
  asObject(e)->putDirect(vm, P.s("args"), P.newTuple(rk.address(), 1));
  vm.throwValue(e);
}

// dict.update's argument: a dict, a mapping with keys(), or an iterable of pairs.
void dictUpdateFrom(PyLanguage& P, Value dict, Value src) {
  VM& vm = P.vm;
  Rooted self(vm, dict), rs(vm, src);
  if (isDict(src)) {
    for (size_t i = 0; i < asDict(rs)->entries.size(); i++) {
      DictEntry e = asDict(rs)->entries[i];
      if (!e.key.isMagic(Magic::Empty)) P.dictSet(asDict(self), e.key, e.value);
    }
    return;
  }
  if (isObject(src) && !isContainerExt(src) && !isArray(src) && !P.getAttr(src, P.s("keys"), false).isMagic(Magic::Empty)) {
    Rooted keys(vm, P.callMethod(rs, "keys", nullptr, 0));
    RootedVector ks(vm);
    P.collect(keys, ks);
    for (size_t i = 0; i < ks.size(); i++) {
      Rooted v(vm, P.getElement(vm, rs, ks[i]));
      P.dictSet(asDict(self), ks[i], v);
    }
    return;
  }
  RootedVector items(vm);
  P.collect(rs, items);
  for (size_t i = 0; i < items.size(); i++) {
    Value it = items[i];
    bool iterable = isArray(it) || isString(it) || isObject(it);
    if (!iterable)
      P.raise(P.t.TypeError, "cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence");
    RootedVector kv(vm);
    P.collect(it, kv);
    if (kv.size() != 2)
      P.raise(P.t.ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " + std::to_string(kv.size()) + "; 2 is required");
    P.dictSet(asDict(self), kv[0], kv[1]);
  }
}

static Value d_get(VM& vm, CallArgs& a) {
  PyDict* d = dictSelf(vm, a, "get");
  if (a.argc < 1 || a.argc > 2) L.raise(L.t.TypeError, "get expected at least 1 argument, got " + std::to_string(a.argc));
  Value v = L.dictGet(d, a[0]);
  return v.isMagic(Magic::Empty) ? (a.argc > 1 ? a[1] : Value::null()) : v;
}
static Value d_view(VM& vm, CallArgs& a) {
  static const char* names[] = {"keys", "values", "items"};
  int m = asNativeFunction(Value::cell(a.callee))->magic;
  PyDict* d = dictSelf(vm, a, names[m]);
  Rooted rd(vm, Value::cell(d));
  PyType* ty = m == 0 ? L.t.dictKeys : m == 1 ? L.t.dictValues : L.t.dictItems;
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), ty, uint16_t(kTagDictKeys + m));
  b->a = rd;
  return Value::cell(b);
}
static Value d_pop(VM& vm, CallArgs& a) {
  PyDict* d = dictSelf(vm, a, "pop");
  if (a.argc < 1 || a.argc > 2) L.raise(L.t.TypeError, "pop expected at least 1 argument, got " + std::to_string(a.argc));
  Rooted self(vm, a.thisValue), key(vm, a[0]);
  Value v = L.dictGet(d, key);
  if (v.isMagic(Magic::Empty)) { if (a.argc > 1) return a[1]; keyError(L, key); }
  Rooted rv(vm, v);
  L.dictDel(asDict(self), key);
  return rv;
}
static Value d_popitem(VM& vm, CallArgs& a) {
  PyDict* d = dictSelf(vm, a, "popitem");
  if (d->live == 0) L.raise(L.t.KeyError, "popitem(): dictionary is empty");
  for (size_t i = d->entries.size(); i-- > 0;) {
    DictEntry e = d->entries[i];
    if (e.key.isMagic(Magic::Empty)) continue;
    Value pair[2] = {e.key, e.value};
    Rooted t(vm, L.newTuple(pair, 2));
    L.dictDel(asDict(a.thisValue), asArray(t)->elements[0]);
    // drop the trailing holes so repeated popitem stays O(1)
    PyDict* dd = asDict(a.thisValue);
    while (!dd->entries.empty() && dd->entries.back().key.isMagic(Magic::Empty)) dd->entries.pop_back();
    return t;
  }
  return Value::null();
}
static Value d_setdefault(VM& vm, CallArgs& a) {
  PyDict* d = dictSelf(vm, a, "setdefault");
  Value v = L.dictGet(d, a[0]);
  if (!v.isMagic(Magic::Empty)) return v;
  Value dv = a.argc > 1 ? a[1] : Value::null();
  L.dictSet(asDict(a.thisValue), a[0], dv);
  return dv;
}
static Value d_update(VM& vm, CallArgs& a) {
  dictSelf(vm, a, "update");
  Rooted self(vm, a.thisValue);
  if (a.argc > 1) L.raise(L.t.TypeError, "update expected at most 1 argument, got " + std::to_string(a.argc));
  std::vector<String*> names = L.kwNames;
  RootedVector vals(vm);
  for (Value v : L.kwValues) vals.push(v);
  L.kwNames.clear(); L.kwValues.clear();
  if (a.argc) dictUpdateFrom(L, self, a[0]);
  for (size_t i = 0; i < names.size(); i++) L.dictSet(asDict(self), Value::cell(names[i]), vals[i]);
  return Value::null();
}
static Value d_copy(VM& vm, CallArgs& a) {
  dictSelf(vm, a, "copy");
  Rooted self(vm, a.thisValue);
  Rooted d(vm, L.newDict());
  dictUpdateFrom(L, d, self);
  return d;
}
static Value d_clear(VM& vm, CallArgs& a) {
  PyDict* d = dictSelf(vm, a, "clear");
  d->entries.clear(); d->index.clear(); d->live = 0;
  return Value::null();
}
// dict.fromkeys(iterable, value=None): a classmethod (thisValue is the class).
static Value d_fromkeys(VM& vm, CallArgs& a) {
  Rooted cls(vm, isType(a.thisValue) ? a.thisValue : Value::cell(L.t.dict));
  if (a.argc < 1 || a.argc > 2) L.raise(L.t.TypeError, "fromkeys expected at least 1 argument, got " + std::to_string(a.argc));
  Rooted src(vm, a[0]), val(vm, a.argc > 1 ? a[1] : Value::null());
  Rooted d(vm, asType(cls) == L.t.dict ? L.newDict() : L.call(cls, nullptr, 0));
  RootedVector keys(vm);
  L.collect(src, keys);
  for (size_t i = 0; i < keys.size(); i++) {
    if (isDict(d)) L.dictSet(asDict(d), keys[i], val);
    else L.setElement(vm, d, keys[i], val, true);
  }
  return d;
}
static Value d_contains(VM& vm, CallArgs& a) { PyDict* d = dictSelf(vm, a, "__contains__"); return Value::boolean(!L.dictGet(d, a[0]).isMagic(Magic::Empty)); }
static Value d_len(VM& vm, CallArgs& a) { return Value::integer(int32_t(dictSelf(vm, a, "__len__")->live)); }
static Value d_getitem(VM& vm, CallArgs& a) {
  PyDict* d = dictSelf(vm, a, "__getitem__");
  Value v = L.dictGet(d, a[0]);
  if (v.isMagic(Magic::Empty)) {
    // a subclass's __missing__, also when d.__getitem__ is called as a method (urllib's _Quoter)
    Rooted self(vm, a.thisValue), key(vm, a[0]);
    bool found = false;
    if (!L.typeOf(self)->builtin) {
      Value r = L.callDunder(self, "__missing__", key.address(), 1, &found);
      if (found) return r;
    }
    keyError(L, key);
  }
  return v;
}
static Value d_setitem(VM& vm, CallArgs& a) { PyDict* d = dictSelf(vm, a, "__setitem__"); L.dictSet(d, a[0], a[1]); return Value::null(); }
static Value d_delitem(VM& vm, CallArgs& a) {
  PyDict* d = dictSelf(vm, a, "__delitem__");
  if (!L.dictDel(d, a[0])) keyError(L, a[0]);
  return Value::null();
}
static Value d_iter(VM& vm, CallArgs& a) { dictSelf(vm, a, "__iter__"); return containerIter(L, a.thisValue); }

// ---- views ----
static Value v_len(VM& vm, CallArgs& a) { takeSelf(a); return bigint::fromInt64(vm.heap, containerLen(L, a.thisValue)); }
static Value v_iter(VM& vm, CallArgs& a) { takeSelf(a); return containerIter(L, a.thisValue); }
static Value v_contains(VM& vm, CallArgs& a) { takeSelf(a); return Value::boolean(containerContains(L, a.thisValue, a[0])); }
static Value v_isdisjoint(VM& vm, CallArgs& a) {
  takeSelf(a);
  Rooted self(vm, a.thisValue), other(vm, a[0]);
  RootedVector items(vm);
  L.collect(other, items);
  for (size_t i = 0; i < items.size(); i++) if (containerContains(L, self, items[i])) return Value::boolean(false);
  return Value::boolean(true);
}
static Value v_reversed(VM& vm, CallArgs& a) {
  takeSelf(a);
  RootedVector items(vm);
  L.collect(a.thisValue, items);
  std::reverse(items.vec().begin(), items.vec().end());
  items.sync();
  Rooted l(vm, L.newList(items.data(), items.size()));
  return L.getIterator(vm, l, false);
}

// dict.__init__(self, mapping_or_pairs=(), **kw): fills instances of subclasses.
static Value d_init(VM& vm, CallArgs& a) {
  dictSelf(vm, a, "__init__");
  if (a.argc > 1) L.raise(L.t.TypeError, "dict expected at most 1 argument, got " + std::to_string(a.argc));
  return d_update(vm, a);
}

void installDict(PyLanguage& P) {
  PyType* d = P.t.dict;
  P.defNative(d, "get", d_get);
  P.defNative(d, "keys", d_view, 0); P.defNative(d, "values", d_view, 1); P.defNative(d, "items", d_view, 2);
  P.defNative(d, "pop", d_pop); P.defNative(d, "popitem", d_popitem); P.defNative(d, "setdefault", d_setdefault);
  P.defNative(d, "update", d_update); P.defNative(d, "__init__", d_init); P.defNative(d, "copy", d_copy); P.defNative(d, "clear", d_clear);
  P.defNative(d, "__contains__", d_contains); P.defNative(d, "__len__", d_len); P.defNative(d, "__getitem__", d_getitem);
  P.defNative(d, "__setitem__", d_setitem); P.defNative(d, "__delitem__", d_delitem); P.defNative(d, "__iter__", d_iter);
  {
    VM& vm = P.vm;
    P.defNative(d, "fromkeys", d_fromkeys);
    Rooted fn(vm, d->slot(d->findOwn(P.s("fromkeys"))));
    PyBox* cm = vm.heap.make<PyBox>(vm.emptyShape(), P.t.classmethod, kTagClassMethod);
    cm->a = fn;
    d->putDirect(vm, P.s("fromkeys"), Value::cell(cm));
  }
  d->putDirect(P.vm, P.s("__hash__"), Value::null());
  P.t.dictKeys = P.newType("dict_keys", P.t.object);
  P.t.dictValues = P.newType("dict_values", P.t.object);
  P.t.dictItems = P.newType("dict_items", P.t.object);
  for (PyType* v : {P.t.dictKeys, P.t.dictValues, P.t.dictItems}) {
    P.defNative(v, "__len__", v_len);
    P.defNative(v, "__iter__", v_iter);
    P.defNative(v, "__reversed__", v_reversed);
    if (v != P.t.dictValues) {
      P.defNative(v, "__contains__", v_contains);
      P.defNative(v, "isdisjoint", v_isdisjoint);
    }
  }
}

}  // namespace dualvm::py
