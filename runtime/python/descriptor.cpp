// runtime/python/descriptor.cpp — attribute protocol pieces beyond PyLanguage::getAttr/setAttr
// (owner: pyclass): `del obj.attr` (__delattr__, descriptors' __delete__, property deleters),
// object.__getattribute__/__setattr__/__delattr__ (the generic algorithms user classes fall back
// to), property objects (keyword constructor, fget/fset/fdel/__doc__), and the special
// attributes of functions (__name__, __defaults__, __code__, __module__, __dict__...), bound
// methods, builtin functions and generators.
#include "runtime/python/py_class.h"
#include "runtime/python/value_subclass.h"
#include "runtime/python/py_text.h"
#include "runtime/python/py_module.h"
#include "runtime/python/trace.h"

namespace dualvm::py {

#define L (lang(vm))

static PyType *gCode = nullptr, *gGetSet = nullptr, *gMember = nullptr;

// FunctionType.__code__ and friends: getset_descriptor / member_descriptor objects (types.py
// takes their types), whose __get__ is plain attribute access. a = owner type, b = name.
static Value newAttrDescriptor(PyLanguage& P, PyType* kind, Value owner, String* name) {
  VM& vm = P.vm;
  Rooted ro(vm, owner), rn(vm, Value::cell(name));
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), kind, kTagNone);
  b->a = ro; b->b = rn; b->c = Value::null();
  return Value::cell(b);
}
// A __slots__ member (c = true): the value lives in the instance's own storage.
Value newSlotMember(PyLanguage& P, Value owner, String* name) {
  Value d = newAttrDescriptor(P, gMember, owner, name);
  asBox(d)->c = Value::boolean(true);
  return d;
}
static bool isSlotMember(Value d) { return asBox(d)->c == Value::boolean(true); }
bool isSlotMemberFor(Value d, String* name) {
  return gMember && isObject(d) && asObject(d)->proto() == gMember && isSlotMember(d) && asBox(d)->b == Value::cell(name);
}
static Value ad_get(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  if (a[0].isNull() || a[0].isUndefined()) return self;
  String* name = asString(asBox(self)->b);
  if (isSlotMember(self)) {
    if (isObject(a[0])) {
      uint32_t i = asObject(a[0])->findOwn(name);
      if (i != Shape::kNotFound) return asObject(a[0])->slot(i);
    }
    P.raise(P.t.AttributeError, "'" + P.typeName(a[0]) + "' object has no attribute '" + name->toUtf8() + "'");
  }
  return P.getAttr(a[0], name);
}
static Value ad_set(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  String* name = asString(asBox(self)->b);
  if (isSlotMember(self)) {
    if (!isObject(a[0])) P.raise(P.t.TypeError, "descriptor requires an object");
    asObject(a[0])->putDirect(vm, name, a[1]);
    return Value::null();
  }
  P.setAttr(a[0], name, a[1]);
  return Value::null();
}
static Value ad_delete(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  String* name = asString(asBox(self)->b);
  if (isSlotMember(self) && isObject(a[0]) && asObject(a[0])->findOwn(name) != Shape::kNotFound) {
    asObject(a[0])->removeProperty(vm, name);
    return Value::null();
  }
  P.raise(P.t.AttributeError, "'" + P.typeName(a[0]) + "' object has no attribute '" + name->toUtf8() + "'");
}
static Value ad_repr(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  std::string kind = P.typeOf(self) == gMember ? "member" : "attribute";
  std::string owner = isType(asBox(self)->a) ? asType(asBox(self)->a)->name->toUtf8() : "?";
  return P.newStr("<" + kind + " '" + asString(asBox(self)->b)->toUtf8() + "' of '" + owner + "' objects>");
}

// ---- live instance __dict__ ----
// Instance attributes are shape properties; the first `obj.__dict__` of a plain instance moves
// them into a real dict kept under a hidden key (the object's shape becomes a dictionary shape,
// which the inline caches never cache), and from then on that dict is the attribute storage.
static Symbol* gInstDictKey = nullptr;

static bool dictEligible(PyLanguage& P, Object* o) {
  PyType* ty = P.typeOf(Value::cell(o));
  if (o->kind != uint8_t(CellKind::Object) || o->classTag() != 0) {
    // an instance of a user subclass of a builtin type (list, str, ...: the builtin's storage
    // with proto = the subclass) has a __dict__ too; a native class's cell (D15) does not
    PyType* base = nullptr;
    for (PyType* m : ty->mro) if (m->builtin) { base = m; break; }
    if (!base || base == P.t.object) return false;
  }
  return !ty->builtin && !P.isSubtype(ty, P.t.BaseException) && ty != P.t.module &&
         !isArray(P.lookupType(ty, P.s("__dualvm_slots__")));
}

PyDict* instanceDict(PyLanguage& P, Object* o, bool create) {
  if (gInstDictKey) {
    uint32_t i = o->findOwn(gInstDictKey);
    if (i != Shape::kNotFound) return asDict(o->slot(i));
  }
  if (!create || !dictEligible(P, o)) return nullptr;
  VM& vm = P.vm;
  Rooted ro(vm, Value::cell(o));
  Rooted d(vm, P.newDict());
  RootedVector keys(vm);
  for (uint32_t i = 0; i < o->propertyCount(); i++) {
    Value k = Value::cell(o->keyAt(i));
    if (!isString(k)) continue;
    Value cv = P.lookupType(P.typeOf(Value::cell(o)), asString(k));
    if (gMember && P.typeOf(cv) == gMember && asBox(cv)->c == Value::boolean(true)) continue;  // a __slots__ value
    keys.push(k);
    P.dictSet(asDict(d), k, o->slot(i));
  }
  for (size_t i = 0; i < keys.size(); i++) asObject(ro)->removeProperty(vm, asString(keys[i]));
  asObject(ro)->putDirect(vm, gInstDictKey, d, kWritable | kConfigurable);
  return asDict(d);
}

static Value ownOr(Object* o, PropertyKey k, Value dflt) {
  uint32_t i = o->findOwn(k);
  return i == Shape::kNotFound ? dflt : o->slot(i);
}

// __module__ of code: its globals' __name__.
static Value moduleOf(PyLanguage& P, Closure* c) {
  Object* g = c->fn->globals ? c->fn->globals : P.mainGlobals;
  Value n = P.nsGet(g, P.s("__name__"));  // py_module.cpp: a module or a dict namespace
  return n.isMagic(Magic::Empty) ? Value::null() : n;
}

// A code object for a function (c may be null: a frame's code without its closure, e.g. module
// code, whose co_name is "<module>" as CPython's; trace.cpp).
Value codeObjectOf(PyLanguage& P, FunctionProto* fnp, Closure* c) {
  VM& vm = P.vm;
  const ir::Function& f = *fnp->ir;
  Object* code = vm.heap.make<Object>(vm.emptyShape(), gCode);
  Rooted rc(vm, Value::cell(code));
  auto put = [&](const char* n, Value v) { asObject(rc)->putDirect(vm, P.s(n), v); };
  put("co_name", P.newStr(f.isScript ? "<module>" : f.name));
  Value q = c ? ownOr(c, P.s("__qualname__"), Value::undefined()) : Value::undefined();
  put("co_qualname", isString(q) ? q : P.newStr(f.name));
  put("co_filename", P.newStr(f.fileName));
  put("co_firstlineno", Value::integer(int32_t(f.line)));
  put("co_argcount", Value::integer(int32_t(f.length)));
  put("co_posonlyargcount", Value::integer(int32_t(f.numPosOnly)));
  put("co_kwonlyargcount", Value::integer(int32_t(f.numKwOnly)));
  // CPython orders varnames: positional, keyword-only, *args, **kwargs
  RootedVector names(vm);
  uint32_t restIdx = f.hasRest ? f.length + f.numKwOnly : UINT32_MAX;
  for (uint32_t i = 0; i < f.numParams && i < f.paramNames.size(); i++)
    if (i != restIdx) names.push(P.newStr(f.paramNames[i]));
  if (f.hasRest && restIdx < f.paramNames.size()) {
    Value last = Value::undefined();
    if (f.hasKwArgs && names.size()) { last = names[names.size() - 1]; names.resize(names.size() - 1); }
    names.push(P.newStr(f.paramNames[restIdx]));
    if (!last.isUndefined()) names.push(last);
  }
  // then the other fast locals in the order the symbol table bound them (cells are not fast
  // locals: they go to co_cellvars in CPython)
  for (size_t i = f.numParams; i < f.localNames.size(); i++)
    if (!f.localNames[i].empty()) names.push(P.newStr(f.localNames[i]));
  uint32_t nlocals = uint32_t(names.size());
  put("co_varnames", P.newTuple(names.data(), names.size()));
  // CO_OPTIMIZED|CO_NEWLOCALS, VARARGS, VARKEYWORDS; CO_NESTED only for a function defined in
  // another function (its qualname has "<locals>")
  bool nested = isString(q) && asString(q)->toUtf8().find("<locals>") != std::string::npos;
  int flags = (f.isScript ? 0 : 3) | (f.hasRest ? 4 : 0) | (f.hasKwArgs ? 8 : 0) | (nested ? 16 : 0);
  if (f.isGenerator && f.isAsync) flags |= 512;
  else if (f.isGenerator) flags |= 32;
  else if (f.isAsync) flags |= 128;
  put("co_flags", Value::integer(flags));
  put("co_nlocals", Value::integer(int32_t(nlocals)));
  return rc;
}
static Value makeCode(PyLanguage& P, Closure* c) { return codeObjectOf(P, c->fn, c); }

static Value namesDict(PyLanguage& P, Object* o, bool skipDunders) {
  VM& vm = P.vm;
  Rooted ro(vm, Value::cell(o));
  Rooted d(vm, P.newDict());
  for (uint32_t i = 0; i < asObject(ro)->propertyCount(); i++) {
    PropertyKey k = asObject(ro)->keyAt(i);
    if (!isString(Value::cell(k))) continue;
    if (skipDunders) {
      std::string n = static_cast<String*>(k)->toUtf8();
      if (n == "__defaults__" || n == "__kwdefaults__" || n == "__annotations__" || n == "__qualname__" ||
          n == "__doc__" || n == "__name__" || n == "__module__" || n == "__dualvm_ctor__")
        continue;
    }
    P.dictSet(asDict(d), Value::cell(k), asObject(ro)->slot(i));
  }
  return d;
}

Value builtinAttr(PyLanguage& P, Value obj, String* name) {
  VM& vm = P.vm;
  std::string n = name->toUtf8();
  if (isClosure(obj)) {
    Closure* c = asClosure(obj);
    if (n == "__name__") return P.newStr(c->fn->ir->name);
    if (n == "__qualname__") return P.newStr(c->fn->ir->name);
    if (n == "__module__") return moduleOf(P, c);
    if (n == "__closure__") return functionClosure(P, c);  // cell.cpp
    if (n == "__doc__" || n == "__defaults__" || n == "__kwdefaults__") return Value::null();
    if (n == "__code__") return makeCode(P, c);
    if (n == "__globals__") return P.nsDict(c->fn->globals ? c->fn->globals : P.mainGlobals);  // py_module.cpp
    if (n == "__builtins__") return P.nsDict(P.builtins);
    if (n == "__dict__") return namesDict(P, c, true);
    if (n == "__annotations__") {
      Rooted ro(vm, obj);
      Value d = P.newDict();
      asObject(ro)->putDirect(vm, name, d);
      return d;
    }
    if (n == "__globals__") {
      Object* g = c->fn->globals ? c->fn->globals : P.mainGlobals;
      return namesDict(P, g, false);
    }
    return Value::empty();
  }
  if (isNativeFunction(obj)) {
    if (n == "__name__" || n == "__qualname__") return asNativeFunction(obj)->data;
    if (n == "__module__") return P.newStr("builtins");
    if (n == "__doc__") return Value::null();
    if (n == "__self__") return Value::null();
    return Value::empty();
  }
  if (isKind(obj, CellKind::Generator)) {
    auto* g = static_cast<GeneratorObject*>(asObject(obj));
    const ir::Function& f = *g->callee->fn->ir;
    bool coro = f.isAsync && !f.isGenerator, agen = f.isAsync && f.isGenerator;
    std::string pre = coro ? "cr_" : agen ? "ag_" : "gi_";
    if (n == "__name__") return P.newStr(f.name);
    if (n == "__qualname__") { Value q = ownOr(g->callee, P.s("__qualname__"), Value::undefined()); return isString(q) ? q : P.newStr(f.name); }
    if (n == pre + "running") return Value::boolean(g->state == GeneratorObject::State::Running);
    // gi_suspended / cr_suspended (3.11; inspect.getgeneratorstate reads it)
    if (n == pre + "suspended" && !agen) return Value::boolean(g->state == GeneratorObject::State::SuspendedYield);
    if (n == pre + "frame") return g->state == GeneratorObject::State::Completed ? Value::null() : obj;
    if (n == pre + "code") return makeCode(P, g->callee);
    if (n == "gi_yieldfrom" || n == "cr_await") return g->delegate.isUndefined() ? Value::null() : g->delegate;
    if (n == "f_lineno") return Value::integer(int32_t(f.line));
    return Value::empty();
  }
  if (isBox(obj, kTagProperty)) {
    PyBox* b = asBox(obj);
    if (n == "fget") return b->a;
    if (n == "fset") return b->b;
    if (n == "fdel") return b->c;
    if (n == "__doc__") {
      uint32_t di = b->findOwn(name);  // property(doc=...)
      if (di != Shape::kNotFound) return b->slot(di);
      if (!b->a.isNullish()) { Value d = P.getAttr(b->a, P.s("__doc__"), false); return d.isMagic(Magic::Empty) ? Value::null() : d; }
      return Value::null();
    }
    if (n == "__isabstractmethod__") {
      for (Value f : {b->a, b->b, b->c}) {
        if (f.isNullish()) continue;
        Value v = P.getAttr(f, name, false);
        if (!v.isMagic(Magic::Empty) && P.truthy(vm, v)) return Value::boolean(true);
      }
      return Value::boolean(false);
    }
    return Value::empty();
  }
  if (isBox(obj, kTagClassMethod) || isBox(obj, kTagStaticMethod)) {
    if (n == "__func__" || n == "__wrapped__") return asBox(obj)->a;
    if (n == "__isabstractmethod__" || n == "__doc__" || n == "__name__" || n == "__qualname__") {
      Value v = P.getAttr(asBox(obj)->a, name, false);
      return v.isMagic(Magic::Empty) ? (n == "__isabstractmethod__" ? Value::boolean(false) : Value::null()) : v;
    }
    return Value::empty();
  }
  if (P.typeOf(obj) == gGetSet || P.typeOf(obj) == gMember) {
    if (n == "__name__" || n == "__qualname__") return asBox(obj)->b;
    if (n == "__objclass__") return asBox(obj)->a;
    if (n == "__doc__") return Value::null();
    return Value::empty();
  }
  if (isType(obj)) {
    PyType* t = asType(obj);
    if (t == P.t.function) {
      if (n == "__code__" || n == "__defaults__" || n == "__kwdefaults__" || n == "__annotations__" || n == "__dict__" || n == "__name__" || n == "__qualname__")
        return newAttrDescriptor(P, gGetSet, obj, name);
      if (n == "__globals__" || n == "__closure__" || n == "__module__") return newAttrDescriptor(P, gMember, obj, name);
    }
    if (n == "__module__") return P.newStr("builtins");
    if (n == "__doc__") return Value::null();
    if (n == "__annotations__" && !t->builtin) {
      Rooted ro(vm, obj);
      Value d = P.newDict();
      asObject(ro)->putDirect(vm, name, d);
      return d;
    }
    return Value::empty();
  }
  if (P.typeOf(obj) == gCode) return Value::empty();
  if (n == "__doc__") {  // any object's __doc__ is its type's (None.__doc__, (5).__doc__)
    Value d = P.lookupType(P.typeOf(obj), name);
    return d.isMagic(Magic::Empty) ? Value::null() : d;
  }
  return Value::empty();
}

// CPython's _PyObject_FunctionStr: "module.qualname()" for messages about a call's arguments.
std::string functionStr(PyLanguage& P, Value f) {
  Value q = P.getAttr(f, P.s("__qualname__"), false);
  if (!isString(q)) return P.typeName(f) + " object";
  Value m = P.getAttr(f, P.s("__module__"), false);
  std::string mod = isString(m) ? asString(m)->toUtf8() : "";
  return (mod.empty() || mod == "builtins" ? "" : mod + ".") + asString(q)->toUtf8() + "()";
}

// The instance's own attribute storage accepts writes (functions, modules, user instances).
static bool hasInstanceDict(PyLanguage& P, Value obj) {
  if (!isObject(obj)) return false;
  if (isType(obj) || isClosure(obj)) return true;
  PyType* ty = P.typeOf(obj);
  return asObject(obj)->classTag() == 0 && (!ty->builtin || ty == P.t.module || P.isSubtype(ty, P.t.BaseException));
}

static void genericDelAttr(PyLanguage& P, Value obj, String* name) {
  VM& vm = P.vm;
  Rooted ro(vm, obj);
  PyType* ty = P.typeOf(obj);
  if (!isType(obj)) {
    Value cv = P.lookupType(ty, name);
    if (isBox(cv, kTagProperty)) {
      Value del = asBox(cv)->c;
      if (del.isNullish()) P.raise(P.t.AttributeError, "property '" + name->toUtf8() + "' of '" + ty->name->toUtf8() + "' object has no deleter");
      P.call(del, ro.address(), 1);
      return;
    }
    if (isObject(cv) && !P.typeOf(cv)->builtin) {
      Value d = P.lookupType(P.typeOf(cv), P.s("__delete__"));
      if (!d.isMagic(Magic::Empty)) { Value args[2] = {cv, obj}; P.call(d, args, 2); return; }
      if (!P.lookupType(P.typeOf(cv), P.s("__set__")).isMagic(Magic::Empty))
        P.raise(P.t.AttributeError, "__delete__");
    }
  }
  if (isObject(obj)) {
    if (PyDict* d = instanceDict(P, asObject(obj), false)) {
      Rooted key(vm, Value::cell(name));
      if (P.dictDel(d, key)) return;
      P.raise(P.t.AttributeError, "'" + ty->name->toUtf8() + "' object has no attribute '" + name->toUtf8() + "'");
    }
  }
  if (hasInstanceDict(P, obj) && asObject(obj)->findOwn(name) != Shape::kNotFound) {
    if (isType(obj)) P.typeModified();  // class attribute caches (attr_cache.cpp)
    asObject(ro)->removeProperty(vm, name);
    return;
  }
  if (isType(obj)) P.raise(P.t.AttributeError, "type object '" + asType(obj)->name->toUtf8() + "' has no attribute '" + name->toUtf8() + "'");
  P.raise(P.t.AttributeError, "'" + ty->name->toUtf8() + "' object has no attribute '" + name->toUtf8() + "'");
}

void delAttr(PyLanguage& P, Value obj, String* name) {
  PyType* ty = P.typeOf(obj);
  if (ty == P.t.module && asObject(obj)->classTag() == 0) return moduleDelAttr(P, obj, name);  // py_module.cpp
  // A user class's __delattr__, or a native type's own one (weakref proxies forward).
  Value da = P.lookupType(ty, P.s("__delattr__"));
  if ((isClosure(da) && !ty->builtin) ||
      (isNativeFunction(da) && da != P.t.object->slot(P.t.object->findOwn(P.s("__delattr__"))))) {
    Value args[2] = {obj, Value::cell(name)};
    P.call(da, args, 2);
    return;
  }
  genericDelAttr(P, obj, name);
}

static String* attrName(PyLanguage& P, Value v) {
  if (isString(builtinValue(v))) v = builtinValue(v);  // a str subclass instance (D21)
  if (!isString(v)) P.raise(P.t.TypeError, "attribute name must be string, not '" + P.typeName(v) + "'");
  return P.vm.intern(asString(v));
}

static Value o_getattribute(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  return genericGetAttr(L, self, attrName(L, a[0]), true);
}
static Value o_setattr(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  genericSetAttr(L, self, attrName(L, a[0]), a[1]);
  return Value::null();
}
static Value o_delattr(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  genericDelAttr(L, self, attrName(L, a[0]));
  return Value::null();
}
static Value b_delattr(VM& vm, CallArgs& a) {
  delAttr(L, a[0], attrName(L, a[1]));
  return Value::null();
}

// Fills a property from (fget=None, fset=None, fdel=None, doc=None): property() and
// property.__init__ (a subclass's instance is made empty and initialised here).
static void fillProperty(PyLanguage& P, Value self, CallArgs& a) {
  VM& vm = P.vm;
  Rooted rself(vm, self);
  noKw(P, "property", {"fget", "fset", "fdel", "doc"});
  Value v[4] = {Value::null(), Value::null(), Value::null(), Value::null()};
  const char* names[4] = {"fget", "fset", "fdel", "doc"};
  for (uint32_t i = 0; i < a.argc && i < 4; i++) v[i] = a[i];
  for (int i = 0; i < 4; i++) { Value k = kwarg(P, names[i]); if (!k.isMagic(Magic::Empty)) v[i] = k; }
  PyBox* b = asBox(rself);
  b->a = v[0]; b->b = v[1]; b->c = v[2];
  writeBarrier(b, v[0]); writeBarrier(b, v[1]); writeBarrier(b, v[2]);
  // a subclass's instance keeps the getter's docstring itself (its class's __doc__ would win)
  if (v[3].isNull() && P.typeOf(rself) != P.t.property && !v[0].isNull()) {
    Value d = P.getAttr(v[0], P.s("__doc__"), false);
    if (!d.isMagic(Magic::Empty)) v[3] = d;
  }
  if (!v[3].isNull()) asBox(rself)->putDirect(vm, P.s("__doc__"), v[3]);
  P.kwNames.clear(); P.kwValues.clear();  // after the last use: they keep the values alive
}
// property(fget=None, fset=None, fdel=None, doc=None)
static Value b_property(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedVector keep(vm);
  for (uint32_t i = 0; i < a.argc; i++) keep.push(a[i]);
  for (Value x : P.kwValues) keep.push(x);
  Rooted rb(vm, Value::cell(vm.heap.make<PyBox>(vm.emptyShape(), P.t.property, kTagProperty)));
  fillProperty(P, rb, a);
  return rb;
}
static Value prop_init(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value self = nativeSelf(a);
  if (!isBox(self, kTagProperty)) P.raise(P.t.TypeError, "descriptor '__init__' requires a 'property' object but received a '" + P.typeName(self) + "'");
  fillProperty(P, self, a);
  return Value::null();
}
// A subclass of property (abc.abstractproperty): an empty property of that class, which
// property.__init__ (or the subclass's own, calling it) fills.
Value newPropertyInstance(PyLanguage& P, PyType* type) {
  return Value::cell(P.vm.heap.make<PyBox>(P.vm.emptyShape(), type, kTagProperty));
}

// property.__get__(obj, type) / __set__ / __delete__, for code that calls them directly
static Value prop_get(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  if (a[0].isNull()) return self;
  if (asBox(self)->a.isNullish()) L.raise(L.t.AttributeError, "unreadable attribute");
  Value obj = a[0];
  return L.call(asBox(self)->a, &obj, 1);
}
static Value prop_set(VM& vm, CallArgs& a) {
  Value self = nativeSelf(a);
  if (asBox(self)->b.isNullish()) L.raise(L.t.AttributeError, "can't set attribute");
  Value args[2] = {a[0], a[1]};
  L.call(asBox(self)->b, args, 2);
  return Value::null();
}

void installDescriptors(PyLanguage& P) {
  gCode = P.newType("code", P.t.object);
  gInstDictKey = P.vm.heap.make<Symbol>(Value::undefined());
  P.vm.addPermanentRoot(Value::cell(gInstDictKey));
  // not `builtin`: attribute lookup must treat them as data descriptors (__get__/__set__)
  gGetSet = P.newType("getset_descriptor", P.t.object, false);
  gMember = P.newType("member_descriptor", P.t.object, false);
  for (PyType* k : {gGetSet, gMember}) {
    P.defNative(k, "__get__", ad_get); P.defNative(k, "__set__", ad_set);
    P.defNative(k, "__delete__", ad_delete); P.defNative(k, "__repr__", ad_repr);
    k->putDirect(P.vm, P.s("__module__"), P.newStr("builtins"));
  }
  P.defNative(P.t.object, "__getattribute__", o_getattribute);
  P.defNative(P.t.object, "__setattr__", o_setattr);
  P.defNative(P.t.object, "__delattr__", o_delattr);
  P.defNative(P.builtins, "delattr", b_delattr);
  P.defNative(P.t.property, "__dualvm_ctor__", b_property);
  P.defNative(P.t.property, "__init__", prop_init);
  P.defNative(P.t.property, "__get__", prop_get);
  P.defNative(P.t.property, "__set__", prop_set);
}

}  // namespace dualvm::py
