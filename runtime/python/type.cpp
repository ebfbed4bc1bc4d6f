// runtime/python/type.cpp — class creation and the type/object protocol (owner: pyclass):
// __build_class__ (metaclass resolution, __mro_entries__, __prepare__, class keyword arguments),
// type(name, bases, ns) / type.__new__ (C3 MRO, __slots__, implicit static/class methods,
// __set_name__, __init_subclass__), metaclass __call__, type.mro()/__subclasses__(),
// isinstance/issubclass with __instancecheck__/__subclasscheck__, X | Y unions, dir(), and the
// intrinsics of this area (BuildClass, DelAttr).
#include <algorithm>
#include <set>
#include "frontends/python/py_intrinsics.h"
#include "runtime/python/py_class.h"
#include "runtime/python/py_module.h"
#include "runtime/python/py_text.h"
#include "runtime/python/value_subclass.h"

namespace dualvm::py {

#define L (lang(vm))

// C3 linearisation of the bases' MROs.
static std::vector<PyType*> c3(PyLanguage& P, PyType* self, const std::vector<PyType*>& bases) {
  std::vector<std::vector<PyType*>> seqs;
  for (PyType* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  std::vector<PyType*> out{self};
  for (;;) {
    bool any = false;
    for (auto& sq : seqs) if (!sq.empty()) any = true;
    if (!any) return out;
    PyType* pick = nullptr;
    for (auto& sq : seqs) {
      if (sq.empty()) continue;
      PyType* cand = sq[0];
      bool inTail = false;
      for (auto& o : seqs) for (size_t i = 1; i < o.size(); i++) if (o[i] == cand) inTail = true;
      if (!inTail) { pick = cand; break; }
    }
    if (!pick) {
      // CPython names the bases whose order conflicts
      std::string names;
      std::vector<PyType*> seen;
      for (auto& sq : seqs) {
        if (sq.empty() || std::find(seen.begin(), seen.end(), sq[0]) != seen.end()) continue;
        seen.push_back(sq[0]);
        names += (names.empty() ? "" : ", ") + sq[0]->name->toUtf8();
      }
      P.raise(P.t.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    out.push_back(pick);
    for (auto& sq : seqs) if (!sq.empty() && sq[0] == pick) sq.erase(sq.begin());
  }
}

static Value ownAttr(Object* o, PropertyKey k) {
  uint32_t i = o->findOwn(k);
  return i == Shape::kNotFound ? Value::empty() : o->slot(i);
}

// type.__new__(meta, name, bases, ns, **kw): the class object. kw goes to __init_subclass__.
static Value newClass(PyLanguage& P, PyType* meta, String* name, Value bases, PyDict* ns,
                      const std::vector<String*>& kwNames, const Value* kwValues) {
  VM& vm = P.vm;
  auto s = [&](const char* n) { return P.s(n); };
  RootedVector kwv(vm);
  for (size_t i = 0; i < kwNames.size(); i++) kwv.push(kwValues[i]);
  Rooted rbs(vm, bases), rns(vm, Value::cell(ns)), rname(vm, Value::cell(name));
  PyType* ty = vm.heap.make<PyType>(vm.emptyShape(), meta);
  Rooted rt(vm, Value::cell(ty));
  ty->name = name;
  if (isArray(bases))
    for (Value b : asArray(bases)->elements) {
      if (!isType(b)) P.raise(P.t.TypeError, "bases must be types");
      PyType* bt = asType(b);
      if (bt == P.t.bool_ || bt == P.t.function || bt == P.t.generator || bt == P.t.none)
        P.raise(P.t.TypeError, "type '" + bt->name->toUtf8() + "' is not an acceptable base type");
      for (PyType* x : ty->bases) if (x == bt) P.raise(P.t.TypeError, "duplicate base class " + bt->name->toUtf8());
      ty->bases.push_back(bt);
    }
  if (ty->bases.empty()) ty->bases.push_back(P.t.object);
  // two builtin bases with different instance layouts (int and str) cannot be combined
  PyType* solid = nullptr;
  for (PyType* b : ty->bases) {
    PyType* sb = nullptr;
    for (PyType* m : b->mro) if (m->builtin && m != P.t.object) { sb = m; break; }
    if (!sb || P.isSubtype(sb, P.t.BaseException)) continue;
    if (!solid || P.isSubtype(sb, solid)) solid = sb;
    else if (!P.isSubtype(solid, sb)) P.raise(P.t.TypeError, "multiple bases have instance lay-out conflict");
  }
  ty->mro = c3(P, ty, ty->bases);
  bool hasSlots = false;
  for (size_t i = 0; i < asDict(rns)->entries.size(); i++) {
    DictEntry e = asDict(rns)->entries[i];
    if (e.key.isMagic(Magic::Empty) || !isString(e.key)) continue;
    Value v = e.value;
    String* k = vm.intern(asString(e.key));
    Rooted rk(vm, Value::cell(k));
    if (k == s("__new__") && isClosure(v)) {  // implicit staticmethod
      PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.staticmethod, kTagStaticMethod);
      b->a = asDict(rns)->entries[i].value;
      v = Value::cell(b);
    }
    if ((k == s("__init_subclass__") || k == s("__class_getitem__")) && isClosure(v)) {
      PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.classmethod, kTagClassMethod);
      b->a = asDict(rns)->entries[i].value;
      v = Value::cell(b);
    }
    if (k == s("__slots__")) hasSlots = true;
    if (k == s("__classcell__")) continue;
    Rooted rv(vm, v);
    asType(rt)->putDirect(vm, k, rv);
  }
  // defining __eq__ without __hash__ makes instances unhashable (__hash__ = None)
  if (!ownAttr(asType(rt), s("__eq__")).isMagic(Magic::Empty) && ownAttr(asType(rt), s("__hash__")).isMagic(Magic::Empty))
    asType(rt)->putDirect(vm, s("__hash__"), Value::null());
  if (ownAttr(asType(rt), s("__qualname__")).isMagic(Magic::Empty)) asType(rt)->putDirect(vm, s("__qualname__"), rname);
  if (ownAttr(asType(rt), s("__module__")).isMagic(Magic::Empty)) {
    // type(name, bases, ns) called from code: the calling frame's module, as CPython's
    // type_new takes __name__ from the current globals
    Value mod = P.nsGet(P.currentGlobals(), s("__name__"));
    Rooted rmod(vm, mod.isMagic(Magic::Empty) ? P.newStr("__main__") : mod);
    asType(rt)->putDirect(vm, s("__module__"), rmod);
  }
  // __slots__: the instance may only hold the declared names (plus those of slotted bases),
  // unless '__dict__' is among them or some base has an instance dict.
  if (hasSlots) {
    RootedVector names(vm);
    bool dictAllowed = false;
    for (PyType* m : asType(rt)->mro) {
      if (m->builtin) continue;
      Value sl = ownAttr(m, s("__slots__"));
      if (sl.isMagic(Magic::Empty)) { dictAllowed = true; break; }
      Rooted rsl(vm, sl);
      RootedVector items(vm);
      if (isString(rsl)) items.push(rsl);
      else P.collect(rsl, items);
      for (size_t i = 0; i < items.size(); i++) {
        if (!isString(items[i])) P.raise(P.t.TypeError, "__slots__ items must be strings, not '" + P.typeName(items[i]) + "'");
        String* n = vm.intern(asString(items[i]));
        if (n == s("__dict__")) dictAllowed = true;
        if (m == asType(rt) && !ownAttr(asType(rt), n).isMagic(Magic::Empty))
          P.raise(P.t.ValueError, "'" + n->toUtf8() + "' in __slots__ conflicts with class variable");
        names.push(Value::cell(n));
      }
    }
    if (!dictAllowed) asType(rt)->putDirect(vm, s("__dualvm_slots__"), P.newTuple(names.data(), names.size()));
    // the class's own slot names become member descriptors (Point.__dict__['x'])
    Value own = ownAttr(asType(rt), s("__slots__"));
    Rooted rown(vm, own);
    RootedVector mine(vm);
    if (isString(rown)) mine.push(rown); else P.collect(rown, mine);
    for (size_t i = 0; i < mine.size(); i++) {
      String* n = vm.intern(asString(mine[i]));
      if (n == s("__dict__") || n == s("__weakref__")) continue;
      Value md = newSlotMember(P, rt, n);
      Rooted rmd(vm, md);
      asType(rt)->putDirect(vm, n, rmd);
    }
  }
  // after __slots__: a '__doc__' slot is the class's __doc__ (typing._SpecialForm), not a conflict
  if (ownAttr(asType(rt), s("__doc__")).isMagic(Magic::Empty)) asType(rt)->putDirect(vm, s("__doc__"), Value::null());
  // a class without __slots__ (or with '__dict__' in them) below slotted bases has a __dict__ again
  if (isArray(P.lookupType(asType(rt), s("__dualvm_slots__"))) && ownAttr(asType(rt), s("__dualvm_slots__")).isMagic(Magic::Empty))
    asType(rt)->putDirect(vm, s("__dualvm_slots__"), Value::null());
  // record the subclass on each base (type.__subclasses__)
  for (PyType* b : asType(rt)->bases) {
    Rooted rb(vm, Value::cell(b));
    Value lst = ownAttr(b, s("__dualvm_subclasses__"));
    if (!isArray(lst)) {
      lst = P.newList(nullptr, 0);
      asType(rb)->putDirect(vm, s("__dualvm_subclasses__"), lst, kWritable | kConfigurable);
    }
    asArray(lst)->push(rt);
  }
  // __set_name__ on the class's attributes, in definition order
  RootedVector attrs(vm), keys(vm);
  for (uint32_t i = 0; i < asType(rt)->propertyCount(); i++) {
    if (!isString(Value::cell(asType(rt)->keyAt(i)))) continue;
    attrs.push(asType(rt)->slot(i));
    keys.push(Value::cell(asType(rt)->keyAt(i)));
  }
  for (size_t i = 0; i < attrs.size(); i++) {
    Value v = attrs[i];
    if (isObject(v) && !isType(v) && !P.typeOf(v)->builtin && !P.lookupType(P.typeOf(v), s("__set_name__")).isMagic(Magic::Empty)) {
      Value args[2] = {rt, keys[i]};
      bool f;
      P.callDunder(v, "__set_name__", args, 2, &f);
    }
  }
  // __init_subclass__ of the nearest base that defines one, with the class keywords
  PyType* self = asType(rt);
  for (size_t i = 1; i < self->mro.size(); i++) {
    Value h = ownAttr(self->mro[i], s("__init_subclass__"));
    if (h.isMagic(Magic::Empty)) continue;
    if (isBox(h, kTagClassMethod)) {
      Rooted fn(vm, asBox(h)->a);
      std::vector<String*> names(kwNames);
      P.callKw(fn, rt.address(), 1, names, kwv.data());
    } else if (!kwNames.empty()) {
      P.raise(P.t.TypeError, asType(rt)->name->toUtf8() + ".__init_subclass__() takes no keyword arguments");
    }
    break;
  }
  return rt;
}

Value PyLanguage::createClass(PyType* meta, String* name, Value bases, PyDict* ns) {
  return newClass(*this, meta, name, bases, ns, {}, nullptr);
}

// The most derived metaclass of meta and the bases' types (CPython's _PyType_CalculateMetaclass).
static Value calculateMeta(PyLanguage& P, Value meta, Value bases) {
  if (!isType(meta)) return meta;
  PyType* winner = asType(meta);
  if (isArray(bases))
    for (Value b : asArray(bases)->elements) {
      PyType* bt = P.typeOf(b);
      if (P.isSubtype(winner, bt)) continue;
      if (P.isSubtype(bt, winner)) { winner = bt; continue; }
      P.raise(P.t.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
  return Value::cell(winner);
}

Value PyLanguage::buildClass(Value body, Value name, Value qualname, Value bases, Value kwargs) {
  Rooted rb(vm, body), rn(vm, name), rq(vm, qualname), rk(vm, kwargs);
  (void)rq;
  // __mro_entries__ (typing.Generic[T] and friends as bases)
  Rooted origBases(vm, bases);
  Rooted rbs(vm, bases);
  if (isArray(bases)) {
    bool changed = false;
    RootedVector nb(vm);
    for (size_t i = 0; i < asArray(origBases)->elements.size(); i++) {
      Value b = asArray(origBases)->elements[i];
      if (!isType(b)) {
        Value me = getAttr(b, s("__mro_entries__"), false);
        if (!me.isMagic(Magic::Empty)) {
          Rooted rme(vm, me);
          Value r = call(rme, origBases.address(), 1);
          if (!isArray(r)) raise(t.TypeError, "__mro_entries__ must return a tuple");
          for (Value x : asArray(r)->elements) nb.push(x);
          changed = true;
          continue;
        }
      }
      nb.push(b);
    }
    if (changed) rbs = newTuple(nb.data(), nb.size());
  }
  // keywords: metaclass, the rest for __prepare__ / the metaclass / __init_subclass__
  Rooted meta(vm, Value::undefined());
  std::vector<String*> kwNames;
  RootedVector kwValues(vm);
  if (isDict(rk)) {
    for (size_t i = 0; i < asDict(rk)->entries.size(); i++) {
      DictEntry e = asDict(rk)->entries[i];
      if (e.key.isMagic(Magic::Empty)) continue;
      String* k = vm.intern(asString(e.key));
      if (k == s("metaclass")) { meta = e.value; continue; }
      kwNames.push_back(k);
      kwValues.push(e.value);
    }
  }
  if (meta.get().isUndefined()) {
    if (isArray(rbs) && !asArray(rbs)->elements.empty()) meta = Value::cell(typeOf(asArray(rbs)->elements[0]));
    else meta = Value::cell(t.type);
  }
  meta = calculateMeta(*this, meta, rbs);
  // the namespace: meta.__prepare__(name, bases, **kw) or a dict
  Rooted ns(vm);
  Value prep = isType(meta) && asType(meta)->builtin ? Value::empty() : getAttr(meta, s("__prepare__"), false);
  if (!prep.isMagic(Magic::Empty) && !isNativeFunction(prep)) {
    Rooted rp(vm, prep);
    Value pargs[2] = {rn, rbs};
    ns = callKw(rp, pargs, 2, kwNames, kwValues.data());
  } else {
    ns = newDict();
  }
  Value r = call(rb, ns.address(), 1);
  Rooted rr(vm, r);
  if (rbs.get() != origBases.get() && isDict(ns)) dictSet(asDict(ns), newStr("__orig_bases__"), origBases);
  Rooted cls(vm);
  if (meta.get() == Value::cell(t.type) && isDict(ns)) {
    cls = newClass(*this, t.type, vm.intern(asString(rn)), rbs, asDict(ns), kwNames, kwValues.data());
  } else {
    Value args[3] = {rn, rbs, ns};
    cls = callKw(meta, args, 3, kwNames, kwValues.data());
  }
  if (isClosure(rr)) call(rr, cls.address(), 1);
  return cls;
}

// Calling a class: a metaclass's own __call__ runs first (it usually ends in type.__call__).
Value callType(PyLanguage& P, PyType* type, const Value* argv, uint32_t argc, const std::vector<String*>& names, const Value* kwv) {
  VM& vm = P.vm;
  PyType* meta = P.typeOf(Value::cell(type));
  if (!meta->builtin) {
    Value m = P.lookupType(meta, P.s("__call__"));
    if (isClosure(m)) {
      Rooted rm(vm, m);
      RootedVector args(vm);
      args.push(Value::cell(type));
      for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
      return P.callKw(rm, args.data(), uint32_t(args.size()), names, kwv);
    }
  }
  return P.instantiate(type, argv, argc, names, kwv);
}

// ---- natives on type ----

Value typeNew(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value meta = nativeSelf(a);
  if (!isType(meta)) P.raise(P.t.TypeError, "type.__new__(X): X is not a type object (" + P.typeName(meta) + ")");
  if (a.argc == 1 && asType(meta) == P.t.type) return Value::cell(P.typeOf(a[0]));
  if (a.argc != 3) P.raise(P.t.TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(a.argc) + " given)");
  if (!isString(a[0])) P.raise(P.t.TypeError, "type.__new__() argument 1 must be str, not " + P.typeName(a[0]));
  if (!isArray(a[1])) P.raise(P.t.TypeError, "type.__new__() argument 2 must be tuple, not " + P.typeName(a[1]));
  if (!isDict(a[2])) P.raise(P.t.TypeError, "type.__new__() argument 3 must be dict, not " + P.typeName(a[2]));
  std::vector<String*> names = P.kwNames;
  RootedVector vals(vm);
  for (Value v : P.kwValues) vals.push(v);
  P.kwNames.clear(); P.kwValues.clear();
  Value m = calculateMeta(P, meta, a[1]);
  if (m != meta) {
    // a more derived metaclass with its own __new__ makes the class (type('E', (Enum,), ns)
    // is EnumType.__new__), as CPython's type_new hands over to the winner's tp_new
    Value nf = P.lookupType(asType(m), P.s("__new__"));
    if (isBox(nf, kTagStaticMethod)) nf = asBox(nf)->a;
    if (isClosure(nf)) {
      Rooted rf(vm, nf);
      Value args[4] = {m, a[0], a[1], a[2]};
      return P.callKw(rf, args, 4, names, vals.data());
    }
  }
  return newClass(P, asType(m), vm.intern(asString(a[0])), a[1], asDict(a[2]), names, vals.data());
}
static Value t_init(VM&, CallArgs&) { return Value::null(); }
static Value t_call(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value cls = nativeSelf(a);
  if (!isType(cls)) P.raise(P.t.TypeError, "descriptor '__call__' requires a 'type' object");
  std::vector<String*> names = P.kwNames;
  RootedVector vals(vm);
  for (Value v : P.kwValues) vals.push(v);
  P.kwNames.clear(); P.kwValues.clear();
  return P.instantiate(asType(cls), a.argv, a.argc, names, vals.data());
}
static Value t_prepare(VM& vm, CallArgs&) { return L.newDict(); }
// types.MethodType(function, instance): a bound method
static Value m_ctor(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!P.kwNames.empty()) P.raise(P.t.TypeError, "method() takes no keyword arguments");
  if (a.argc != 2) P.raise(P.t.TypeError, "method expected 2 arguments, got " + std::to_string(a.argc));
  Value f = a[0];
  bool callable = isClosure(f) || isNativeFunction(f) || isKind(f, CellKind::BoundFunction) || isType(f) ||
                  (isObject(f) && !P.lookupType(P.typeOf(f), P.s("__call__")).isMagic(Magic::Empty));
  if (!callable) P.raise(P.t.TypeError, "first argument must be callable");
  if (a[1].isNull()) P.raise(P.t.TypeError, "instance must not be None");
  return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), P.t.method, f, a[1]));
}
static Value t_mro(VM& vm, CallArgs& a) {
  Value cls = nativeSelf(a);
  if (!isType(cls)) L.raise(L.t.TypeError, "descriptor 'mro' requires a 'type' object");
  RootedVector items(vm);
  for (PyType* m : asType(cls)->mro) items.push(Value::cell(m));
  return L.newList(items.data(), items.size());
}
static Value t_subclasses(VM& vm, CallArgs& a) {
  Value cls = nativeSelf(a);
  if (!isType(cls)) L.raise(L.t.TypeError, "descriptor '__subclasses__' requires a 'type' object");
  Value lst = ownAttr(asType(cls), L.s("__dualvm_subclasses__"));
  return isArray(lst) ? L.newList(asArray(lst)->elements.data(), asArray(lst)->elements.size()) : L.newList(nullptr, 0);
}
// obj[key] / obj[key] = v / del obj[key] on an instance of a user class (including subclasses
// of dict and list) whose class defines the method in Python: that method wins.
bool userItemHook(PyLanguage& P, Value obj, const char* name, Value key, Value v, Value* out) {
  if (!isObject(obj)) return false;
  // a class: its metaclass's __getitem__ (EnumType: Color["RED"]) goes before __class_getitem__
  PyType* ty = P.typeOf(obj);
  if (ty->builtin) return false;
  Value m = P.lookupType(ty, P.s(name));
  if (!isClosure(m)) return false;
  Value args[3] = {obj, key, v};
  *out = P.call(m, args, v.isMagic(Magic::Empty) ? 2 : 3);
  return true;
}

// ---- list[int]: types.GenericAlias (a = origin, b = args tuple) ----
static PyType* gAlias = nullptr;
Value genericAlias(PyLanguage& P, Value origin, Value args) {
  VM& vm = P.vm;
  Rooted ro(vm, origin), ra(vm, args);
  if (!(isArray(args) && asObject(args)->classTag() == kTagTuple)) ra = P.newTuple(ra.address(), 1);
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), gAlias, kTagNone);
  b->a = ro; b->b = ra; b->c = Value::null();
  return Value::cell(b);
}
static std::string typeRepr(PyLanguage& P, Value t) {
  if (isType(t)) {
    PyType* ty = asType(t);
    if (ty->builtin) return ty == P.t.none ? "None" : ty->name->toUtf8();
    Value m = ownAttr(ty, P.s("__module__")), q = ownAttr(ty, P.s("__qualname__"));
    std::string name = isString(q) ? asString(q)->toUtf8() : ty->name->toUtf8();
    if (isString(m) && asString(m)->toUtf8() != "builtins") return asString(m)->toUtf8() + "." + name;
    return name;
  }
  if (t == P.ellipsis) return "...";
  return P.repr(t);
}
static Value ga_repr(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  std::string out = typeRepr(P, asBox(self)->a) + "[";
  auto& els = asArray(asBox(self)->b)->elements;
  for (size_t i = 0; i < els.size(); i++) {
    if (i) out += ", ";
    if (isArray(els[i]) && asObject(els[i])->classTag() == kTagList) {
      std::string inner;
      for (Value x : asArray(els[i])->elements) inner += (inner.empty() ? "" : ", ") + typeRepr(P, x);
      out += "[" + inner + "]";
    } else out += typeRepr(P, els[i]);
  }
  if (els.empty()) out += "()";
  return P.newStr(out + "]");
}
static Value ga_call(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  Rooted origin(vm, asBox(self)->a);
  std::vector<String*> names = P.kwNames;
  RootedVector vals(vm);
  for (Value v : P.kwValues) vals.push(v);
  return P.callKw(origin, a.argv, a.argc, names, vals.data());
}
// types.GenericAlias(origin, args): what a class's __class_getitem__ = classmethod(GenericAlias)
// makes (os.PathLike[str], queue.Queue[int]).
static Value ga_new(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value cls = a.argc ? a[0] : Value::null();
  a.argv++; a.argc--;
  if (!P.kwNames.empty()) P.raise(P.t.TypeError, "GenericAlias() takes no keyword arguments");
  if (a.argc != 2) P.raise(P.t.TypeError, "GenericAlias expected 2 arguments, got " + std::to_string(a.argc));
  Rooted rcls(vm, cls);
  Rooted alias(vm, genericAlias(P, a[0], a[1]));
  // a subclass (collections.abc's _CallableGenericAlias) gets its own type, so its methods apply
  if (isType(rcls) && asType(rcls) != gAlias) asObject(alias)->setProto(asType(rcls));
  return alias;
}
static Value ga_mro_entries(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  Value o = asBox(self)->a;
  return L.newTuple(&o, 1);
}
static Value ga_getattr(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  if (!isString(a[0])) P.raise(P.t.TypeError, "attribute name must be string");
  std::string n = asString(a[0])->toUtf8();
  if (n == "__origin__") return asBox(self)->a;
  if (n == "__args__") return asBox(self)->b;
  if (n == "__parameters__") return P.newTuple(nullptr, 0);
  Rooted origin(vm, asBox(self)->a);
  return P.getAttr(origin, vm.intern(asString(a[0])));
}
static Value ga_eq(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  if (P.typeOf(a[0]) != gAlias) return P.notImplemented;
  return Value::boolean(asBox(self)->a == asBox(a[0])->a && P.eq(asBox(self)->b, asBox(a[0])->b));
}
static Value ga_hash(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  return bigint::fromInt64(vm.heap, P.hash(asBox(self)->a) ^ P.hash(asBox(self)->b));
}

// ---- object's rich comparisons and hash, function.__get__ ----
static Value o_eq(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  return self == a[0] ? Value::boolean(true) : L.notImplemented;
}
static Value o_ne(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a)), other(vm, a[0]);
  bool found = false;
  Value r = P.callDunder(self, "__eq__", other.address(), 1, &found);
  if (!found || r == P.notImplemented) return P.notImplemented;
  return Value::boolean(!P.truthy(vm, r));
}
static Value o_notimpl(VM& vm, CallArgs&) { return L.notImplemented; }
static Value o_hash(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  return bigint::fromInt64(vm.heap, self.isCell() ? int64_t(uintptr_t(self.asCell()) >> 4) : L.hash(self));
}
static Value o_subclasshook(VM& vm, CallArgs&) { return L.notImplemented; }
static Value f_get(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  if (a[0].isNullish()) return self;
  Rooted rs(vm, self), ro(vm, a[0]);
  return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), L.t.method, rs, ro));
}
// function/builtin_function_or_method/method.__call__ (so Callable's __subclasshook__ finds it
// in type(f).__dict__): calls self with the arguments and keywords given.
static Value f_call(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted self(vm, nativeSelf(a));
  std::vector<String*> names = P.kwNames;
  RootedVector vals(vm);
  for (Value v : P.kwValues) vals.push(v);
  P.kwNames.clear(); P.kwValues.clear();
  return P.callKw(self, a.argv, a.argc, names, vals.data());
}

// ---- X | Y of types: types.UnionType (a = the tuple of member types) ----
static PyType* gUnion = nullptr;
static bool isUnion(PyLanguage& P, Value v) { return gUnion && P.typeOf(v) == gUnion; }
static Value t_or(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int reflected = asNativeFunction(Value::cell(a.callee))->magic;
  Value self = nativeSelf(a);
  Value other = a[0];
  auto ok = [&](Value v) { return isType(v) || v.isNull() || isUnion(P, v) || (gAlias && P.typeOf(v) == gAlias); };
  if (!ok(self) || !ok(other)) return P.notImplemented;
  Rooted rs(vm, reflected ? other : self), ro(vm, reflected ? self : other);
  RootedVector items(vm);
  auto add = [&](Value v) {
    if (v.isNull()) v = Value::cell(P.t.none);
    if (isUnion(P, v)) { for (Value x : asArray(asBox(v)->a)->elements) { bool dup = false; for (size_t i = 0; i < items.size(); i++) if (items[i] == x) dup = true; if (!dup) items.push(x); } return; }
    for (size_t i = 0; i < items.size(); i++) if (items[i] == v) return;
    items.push(v);
  };
  add(rs); add(ro);
  if (items.size() == 1) return items[0];
  Rooted tup(vm, P.newTuple(items.data(), items.size()));
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), gUnion, kTagNone);
  b->a = tup; b->b = Value::null(); b->c = Value::null();
  return Value::cell(b);
}
static Value u_repr(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  std::string out;
  for (Value x : asArray(asBox(self)->a)->elements) {
    if (!out.empty()) out += " | ";
    if (isType(x) && asType(x) == P.t.none) out += "None";
    else if (isType(x) && asType(x)->builtin) out += asType(x)->name->toUtf8();
    else out += P.repr(x);
  }
  return P.newStr(out);
}
static Value u_args(VM& vm, CallArgs& a) { return asBox(nativeSelf(a))->a; }

static Value o_init_subclass(VM& vm, CallArgs& a) {
  if (!L.kwNames.empty()) {
    Value cls = nativeSelf(a);
    L.raise(L.t.TypeError, (isType(cls) ? asType(cls)->name->toUtf8() : std::string("object")) + ".__init_subclass__() takes no keyword arguments");
  }
  return Value::null();
}

// isinstance / issubclass: __instancecheck__ / __subclasscheck__ of a user metaclass, tuples.
static bool checkInstance(PyLanguage& P, Value obj, Value cls, int depth = 0) {
  VM& vm = P.vm;
  if (depth > 100) P.raise(P.t.RecursionError, "maximum recursion depth exceeded in __instancecheck__");
  if (isArray(cls) && asObject(cls)->classTag() == kTagTuple) {
    Rooted rc(vm, cls), ro(vm, obj);
    for (size_t i = 0; i < asArray(rc)->elements.size(); i++)
      if (checkInstance(P, ro, asArray(rc)->elements[i], depth + 1)) return true;
    return false;
  }
  if (isType(cls) && P.typeOf(obj) == asType(cls)) return true;
  if (P.typeOf(cls) == gAlias) P.raise(P.t.TypeError, "isinstance() argument 2 cannot be a parameterized generic");
  if (isUnion(P, cls)) return checkInstance(P, obj, asBox(cls)->a, depth + 1);
  PyType* meta = P.typeOf(cls);
  if (!meta->builtin) {
    Value m = P.lookupType(meta, P.s("__instancecheck__"));
    if (isClosure(m)) { Value args[2] = {cls, obj}; return P.truthy(vm, P.call(m, args, 2)); }
  }
  if (!isType(cls)) {
    Value m = P.getAttr(cls, P.s("__instancecheck__"), false);
    if (!m.isMagic(Magic::Empty) && !isNativeFunction(m)) { Rooted rm(vm, m); return P.truthy(vm, P.call(rm, &obj, 1)); }
    P.raise(P.t.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  }
  if (P.isInstance(obj, asType(cls))) return true;
  // obj.__class__ may differ from type(obj) (proxies)
  return false;
}
static bool checkSubclass(PyLanguage& P, Value sub, Value cls, int depth = 0) {
  VM& vm = P.vm;
  if (depth > 100) P.raise(P.t.RecursionError, "maximum recursion depth exceeded in __subclasscheck__");
  if (isArray(cls) && asObject(cls)->classTag() == kTagTuple) {
    Rooted rc(vm, cls), rs(vm, sub);
    for (size_t i = 0; i < asArray(rc)->elements.size(); i++)
      if (checkSubclass(P, rs, asArray(rc)->elements[i], depth + 1)) return true;
    return false;
  }
  if (isUnion(P, cls)) return checkSubclass(P, sub, asBox(cls)->a, depth + 1);
  PyType* meta = P.typeOf(cls);
  if (!meta->builtin) {
    Value m = P.lookupType(meta, P.s("__subclasscheck__"));
    if (isClosure(m)) { Value args[2] = {cls, sub}; return P.truthy(vm, P.call(m, args, 2)); }
  }
  if (!isType(cls)) {
    Value m = P.getAttr(cls, P.s("__subclasscheck__"), false);
    if (!m.isMagic(Magic::Empty) && !isNativeFunction(m)) { Rooted rm(vm, m); return P.truthy(vm, P.call(rm, &sub, 1)); }
    P.raise(P.t.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  if (!isType(sub)) P.raise(P.t.TypeError, "issubclass() arg 1 must be a class");
  return P.isSubtype(asType(sub), asType(cls));
}
static Value b_isinstance(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "isinstance expected 2 arguments, got " + std::to_string(a.argc));
  return Value::boolean(checkInstance(L, a[0], a[1]));
}
static Value b_issubclass(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "issubclass expected 2 arguments, got " + std::to_string(a.argc));
  return Value::boolean(checkSubclass(L, a[0], a[1]));
}
// type.__instancecheck__ / __subclasscheck__ (what ABCMeta's super() calls reach)
static Value t_instancecheck(VM& vm, CallArgs& a) {
  Value cls = nativeSelf(a);
  return Value::boolean(isType(cls) && L.isInstance(a[0], asType(cls)));
}
static Value t_subclasscheck(VM& vm, CallArgs& a) {
  Value cls = nativeSelf(a);
  if (!isType(a[0])) L.raise(L.t.TypeError, "issubclass() arg 1 must be a class");
  return Value::boolean(isType(cls) && L.isSubtype(asType(a[0]), asType(cls)));
}

// dir(obj): sorted names of the instance dict, the class and its bases (or a user __dir__).
static Value b_dir(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (a.argc == 2 && a[0].isUndefined() && isDict(a[1])) {
    // dir() in a function or class body: the compiler passes the locals (compiler_expr.cpp)
    std::set<std::string> names;
    for (auto& e : asDict(a[1])->entries) if (isString(e.key)) names.insert(asString(e.key)->toUtf8());
    RootedVector out(vm);
    for (auto& n : names) out.push(P.newStr(n));
    return P.newList(out.data(), out.size());
  }
  if (a.argc == 0) {
    // the names of the calling module's namespace (in a function or class body the compiler
    // passes the locals instead, above)
    Object* g = P.currentGlobals();
    std::set<std::string> names;
    if (isDict(Value::cell(g))) {
      for (auto& e : asDict(Value::cell(g))->entries) if (isString(e.key)) names.insert(asString(e.key)->toUtf8());
    } else {
      for (String* n : moduleNames(P, g)) names.insert(n->toUtf8());
    }
    RootedVector out(vm);
    for (auto& n : names) out.push(P.newStr(n));
    return P.newList(out.data(), out.size());
  }
  Rooted obj(vm, a[0]);
  PyType* ty = P.typeOf(obj);
  std::set<std::string> names;
  RootedVector keep(vm);
  if (!ty->builtin) {
    Value d = P.lookupType(ty, P.s("__dir__"));
    if (isClosure(d)) {
      Rooted r(vm, P.call(d, obj.address(), 1));
      RootedVector items(vm);
      P.collect(r, items);
      for (size_t i = 0; i < items.size(); i++) names.insert(P.str(items[i]));
      RootedVector out(vm);
      for (auto& n : names) out.push(P.newStr(n));
      return P.newList(out.data(), out.size());
    }
  }
  auto addOwn = [&](Object* o) {
    for (uint32_t i = 0; i < o->propertyCount(); i++) {
      Value k = Value::cell(o->keyAt(i));
      if (!isString(k)) continue;
      std::string n = asString(k)->toUtf8();
      if (n.rfind("__dualvm", 0) == 0) continue;
      names.insert(n);
    }
  };
  if (isType(obj)) {
    for (PyType* m : asType(obj)->mro) addOwn(m);
    for (const char* n : {"__module__", "__doc__", "__dict__"}) names.insert(n);
  } else {
    if (P.isModuleLike(obj) && asObject(obj)->classTag() == 0) {
      for (String* n : moduleNames(P, asObject(obj))) names.insert(n->toUtf8());  // py_module.cpp
    } else if (isObject(obj) && (asObject(obj)->classTag() == 0 || isClosure(obj) || !ty->builtin)) {
      addOwn(asObject(obj));
      if (PyDict* d = instanceDict(P, asObject(obj), false))  // the live __dict__ (descriptor.cpp)
        for (auto& e : d->entries) if (isString(e.key)) names.insert(asString(e.key)->toUtf8());
    }
    if (!P.isModuleLike(obj)) {
      for (PyType* m : ty->mro) addOwn(m);
      names.insert("__class__");
      if (!ty->builtin) for (const char* n : {"__module__", "__doc__", "__dict__"}) names.insert(n);
    }
  }
  RootedVector out(vm);
  for (auto& n : names) out.push(P.newStr(n));
  return P.newList(out.data(), out.size());
}

void installTypeMachinery(PyLanguage& P) {
  PyType* ty = P.t.type;
  P.defNative(ty, "__new__", typeNew);
  P.defNative(ty, "__init__", t_init);
  P.defNative(P.t.method, "__dualvm_ctor__", m_ctor);
  P.defNative(ty, "__call__", t_call);
  P.defNative(ty, "mro", t_mro);
  P.defNative(ty, "__subclasses__", t_subclasses);
  P.defNative(ty, "__instancecheck__", t_instancecheck);
  P.defNative(ty, "__subclasscheck__", t_subclasscheck);
  {
    P.defNative(ty, "__prepare__", t_prepare);
    // __prepare__ is a classmethod-like hook: M.__prepare__(name, bases) ignores the class
    VM& vm = P.vm;
    Rooted f(vm, ty->slot(ty->findOwn(P.s("__prepare__"))));
    PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.staticmethod, kTagStaticMethod);
    b->a = f;
    ty->putDirect(vm, P.s("__prepare__"), Value::cell(b));
  }
  {
    VM& vm = P.vm;
    P.defNative(P.t.object, "__init_subclass__", o_init_subclass);
    Rooted f(vm, P.t.object->slot(P.t.object->findOwn(P.s("__init_subclass__"))));
    PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.classmethod, kTagClassMethod);
    b->a = f;
    P.t.object->putDirect(vm, P.s("__init_subclass__"), Value::cell(b));
  }
  PyType* ob = P.t.object;
  P.defNative(ob, "__eq__", o_eq); P.defNative(ob, "__ne__", o_ne);
  P.defNative(ob, "__lt__", o_notimpl); P.defNative(ob, "__le__", o_notimpl);
  P.defNative(ob, "__gt__", o_notimpl); P.defNative(ob, "__ge__", o_notimpl);
  P.defNative(ob, "__hash__", o_hash);
  {
    VM& vm = P.vm;
    P.defNative(ob, "__subclasshook__", o_subclasshook);
    Rooted f(vm, ob->slot(ob->findOwn(P.s("__subclasshook__"))));
    PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.classmethod, kTagClassMethod);
    b->a = f;
    ob->putDirect(vm, P.s("__subclasshook__"), Value::cell(b));
  }
  P.defNative(P.t.function, "__get__", f_get);
  for (PyType* ft : {P.t.function, P.t.builtinFunction, P.t.method}) P.defNative(ft, "__call__", f_call);
  gAlias = P.newType("GenericAlias", P.t.object, false);
  gAlias->putDirect(P.vm, P.s("__module__"), P.newStr("types"));
  P.defNative(gAlias, "__new__", ga_new);
  P.defNative(gAlias, "__repr__", ga_repr); P.defNative(gAlias, "__call__", ga_call);
  P.defNative(gAlias, "__mro_entries__", ga_mro_entries); P.defNative(gAlias, "__getattr__", ga_getattr);
  P.defNative(gAlias, "__eq__", ga_eq); P.defNative(gAlias, "__hash__", ga_hash);
  P.defNative(gAlias, "__or__", t_or, 0); P.defNative(gAlias, "__ror__", t_or, 1);
  P.defNative(ty, "__or__", t_or, 0);
  P.defNative(ty, "__ror__", t_or, 1);
  gUnion = P.newType("UnionType", P.t.object, false);  // not builtin: its native __repr__ is used
  gUnion->putDirect(P.vm, P.s("__module__"), P.newStr("types"));
  P.defNative(gUnion, "__repr__", u_repr);
  P.defNative(gUnion, "__or__", t_or, 0);
  P.defNative(gUnion, "__ror__", t_or, 1);
  {
    VM& vm = P.vm;
    Object* holder = vm.heap.make<Object>(vm.emptyShape(), P.t.object);
    Rooted rh(vm, Value::cell(holder));
    P.defNative(holder, "get", u_args);
    PyBox* prop = vm.heap.make<PyBox>(vm.emptyShape(), P.t.property, kTagProperty);
    prop->a = holder->slot(holder->findOwn(P.s("get")));
    prop->b = Value::null(); prop->c = Value::null();
    gUnion->putDirect(vm, P.s("__args__"), Value::cell(prop));
  }
  P.defNative(P.builtins, "isinstance", b_isinstance);
  P.defNative(P.builtins, "issubclass", b_issubclass);
  P.defNative(P.builtins, "dir", b_dir);
}

void installClassMachinery(PyLanguage& P) {
  installExceptions(P);
  installTypeMachinery(P);
  installDescriptors(P);
  installGenerators(P);
  installValueSubclasses(P);  // value_subclass.cpp
  installReduce(P);
}

void checkAbstract(PyLanguage& P, PyType* ty) {
  uint32_t i = ty->findOwn(P.s("__abstractmethods__"));
  if (i == Shape::kNotFound) return;
  VM& vm = P.vm;
  Rooted am(vm, ty->slot(i));
  if (!P.truthy(vm, am)) return;
  RootedVector items(vm);
  P.collect(am, items);
  std::vector<std::string> names;
  for (size_t k = 0; k < items.size(); k++) names.push_back(P.str(items[k]));
  std::sort(names.begin(), names.end());
  std::string joined;
  for (auto& n : names) joined += (joined.empty() ? "" : ", ") + n;
  P.raise(P.t.TypeError, "Can't instantiate abstract class " + ty->name->toUtf8() + " with abstract method" +
                             (names.size() > 1 ? "s " : " ") + joined);
}

// The intrinsics of this area (PyLanguage::callIntrinsic delegates them here).
Value classIntrinsic(PyLanguage& P, uint32_t id, Value* args, uint32_t argc) {
  using I = ::py::Intrinsic;
  switch (I(id)) {
    case I::BuildClass: return P.buildClass(args[0], args[1], args[2], args[3], args[4]);
    case I::MatchSequence: return matchIntrinsic(P, 0, args);  // match.cpp
    case I::MatchMapping: return matchIntrinsic(P, 1, args);
    case I::MatchMappingRest: return matchIntrinsic(P, 2, args);
    case I::MatchClass: return matchIntrinsic(P, 3, args);
    case I::ExceptStarMatch: return exceptStarMatch(P, args);
    case I::ExceptStarReraise: return exceptStarReraise(P, args);
    case I::AsyncNext: return asyncIntrinsic(P, 0, args);
    case I::AsyncWithEnter: return asyncIntrinsic(P, 1, args);
    case I::AsyncWithExit: return asyncIntrinsic(P, 2, args);
    case I::DelAttr:
      delAttr(P, args[0], P.vm.intern(asString(args[1])));
      return Value::null();
    default:
      P.raise(P.t.RuntimeError, "internal error: intrinsic " + std::to_string(id) + " is not implemented yet");
  }
  (void)argc;
}

}  // namespace dualvm::py
