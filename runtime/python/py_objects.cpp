// runtime/python/py_objects.cpp — the Python object model: type objects and their MRO, the type
// of any value, attribute lookup (data descriptors, instance dict, class attributes, bound
// methods, __getattr__), dict storage keyed by hash/eq, repr/str of the builtin types,
// exception objects and their tracebacks.
#include <cmath>
#include <cstdio>
#include <double-conversion/double-conversion.h>
#include "runtime/interpreter.h"
#include "runtime/python/containers.h"
#include "runtime/python/py_class.h"
#include "runtime/python/py_module.h"
#include "runtime/python/traceback.h"

namespace dualvm::py {

void PyType::trace(gc::Tracer& tr) {
  Object::trace(tr);
  if (name) tr.mark(name);
  for (PyType* m : mro) tr.mark(m);
  for (PyType* b : bases) tr.mark(b);
}

void PyDict::trace(gc::Tracer& tr) {
  Object::trace(tr);
  for (auto& e : entries) { traceValue(tr, e.key); traceValue(tr, e.value); }
}

PyType* PyLanguage::newType(const char* name, PyType* base, bool builtin) {
  PyType* ty = vm.heap.make<PyType>(vm.emptyShape(), t.type);
  Rooted r(vm, Value::cell(ty));
  ty->name = vm.intern(name);
  ty->builtin = builtin;
  ty->mro.push_back(ty);
  if (base) {
    ty->bases.push_back(base);
    for (PyType* m : base->mro) ty->mro.push_back(m);
  }
  vm.addPermanentRoot(Value::cell(ty));
  return ty;
}

PyType* PyLanguage::typeOf(Value v) {
  if (v.isInt() || isBigInt(v)) return t.int_;
  if (v.isBool()) return t.bool_;
  if (v.isDouble()) return t.float_;
  if (v.isNullish()) return t.none;
  if (isString(v)) return t.str;
  if (isObject(v)) {
    Object* o = asObject(v);
    if (o->proto() && o->proto()->classTag() == kTagType) return static_cast<PyType*>(o->proto());
    if (isClosure(v)) return t.function;
    if (isNativeFunction(v)) return t.builtinFunction;
    if (isKind(v, CellKind::BoundFunction)) return t.method;
    if (isKind(v, CellKind::Generator)) return t.generator;
  }
  return t.object;
}

Value PyLanguage::typeOf(VM&, Value v) { return Value::cell(typeOf(v)); }

bool PyLanguage::isSubtype(PyType* a, PyType* b) {
  for (PyType* m : a->mro) if (m == b) return true;
  return false;
}
bool PyLanguage::isInstance(Value v, PyType* ty) { return isSubtype(typeOf(v), ty); }

Value PyLanguage::lookupType(PyType* ty, PropertyKey key) {
  for (PyType* m : ty->mro) {
    uint32_t i = m->findOwn(key);
    if (i != Shape::kNotFound) return m->slot(i);
  }
  return Value::empty();
}

void PyLanguage::defNative(Object* holder, const char* name, NativeFn fn, int magic) {
  Rooted h(vm, Value::cell(holder));
  NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), t.builtinFunction, fn, this);
  Rooted r(vm, Value::cell(f));
  f->magic = magic;
  f->data = Value::cell(vm.intern(name));
  asObject(h)->putDirect(vm, vm.intern(name), r);
}

Value PyLanguage::newTuple(const Value* items, size_t n) {
  ArrayObject* a = vm.heap.make<ArrayObject>(vm.emptyShape(), t.tuple);
  a->setClassTag(kTagTuple);
  a->fastElements = false;  // immutable: writes take the slow path (TypeError)
  a->elements.reserve(n);
  for (size_t i = 0; i < n; i++) a->push(items[i]);
  return Value::cell(a);
}
Value PyLanguage::newList(const Value* items, size_t n) {
  ArrayObject* a = vm.heap.make<ArrayObject>(vm.emptyShape(), t.list);
  a->setClassTag(kTagList);
  a->elements.reserve(n);
  for (size_t i = 0; i < n; i++) a->push(items[i]);
  return Value::cell(a);
}
Value PyLanguage::newDict() { return Value::cell(vm.heap.make<PyDict>(vm.emptyShape(), t.dict)); }

// ---- hashing and equality ----

// What a __hash__ returned, as hash() reports it: the value itself when it fits (complex's and
// float's hashes span 64 bits), else the int's own hash; -1 is reserved (pynum).
static int64_t hashResult(Value r) {
  int64_t h = 0;
  if (!bigint::fitsInt64(r, &h)) h = bigint::pythonHash(r);
  return h == -1 ? -2 : h;
}

int64_t PyLanguage::hash(Value v) {
  if (v.isInt()) { int64_t h = v.asInt(); return h == -1 ? -2 : h; }
  if (v.isBool()) return v.asBool();
  if (isBigInt(v)) return bigint::pythonHash(v);
  if (v.isDouble()) {
    double d = v.asDouble();
    if (std::isinf(d)) return d > 0 ? 314159 : -314159;
    // CPython 3.10+ hashes a NaN by identity (object hash); floats are unboxed here, so a NaN's
    // identity is its bit pattern (as in eq's identity check) and its hash is the object-style one
    if (d != d) return int64_t(v.bits() >> 4);
    if (d == std::floor(d) && std::fabs(d) < 9.2e18) { int64_t i = int64_t(d); Value iv = bigint::fromInt64(vm.heap, i); return hash(iv); }
    // CPython's algorithm for non-integral floats (modulus 2^61-1)
    const int64_t P = (int64_t(1) << 61) - 1;
    int e; double m = std::frexp(d, &e); int sign = 1; if (m < 0) { sign = -1; m = -m; }
    uint64_t x = 0;
    while (m) { x = ((x << 28) & P) | (x >> (61 - 28)); m *= 268435456.0; e -= 28; uint64_t y = uint64_t(m); m -= double(y); x += y; if (x >= uint64_t(P)) x -= P; }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & P) | (x >> (61 - e));
    int64_t r = int64_t(x) * sign; return r == -1 ? -2 : r;
  }
  if (v.isNullish()) return 0x5f5f4e6f6e65;
  if (isString(v)) return int64_t(asString(v)->hash());
  if (isObject(v)) {
    Object* o = asObject(v);
    if (o->classTag() != 0 && !typeOf(v)->builtin) {
      // a subclass of a builtin container (functools._HashedSeq(list)): a Python __hash__ wins
      Value h = lookupType(typeOf(v), s("__hash__"));
      if (isClosure(h)) {
        Value r = call(h, &v, 1);
        if (!isInteger(r)) raise(t.TypeError, "__hash__ method should return an integer");
        return hashResult(r);
      }
      if (h.isNull()) raise(t.TypeError, "unhashable type: '" + typeName(v) + "'");
    }
    if (o->classTag() == kTagTuple || o->classTag() == kTagRange || o->classTag() == kTagSlice || isContainerExt(v))
      return containerHash(*this, v);  // containers.h
    if (o->classTag() == kTagList || o->classTag() == kTagDict) raise(t.TypeError, "unhashable type: '" + typeName(v) + "'");
    PyType* ty = typeOf(v);
    if (!ty->builtin) {
      Value h = lookupType(ty, s("__hash__"));
      if (h.isNull()) raise(t.TypeError, "unhashable type: '" + typeName(v) + "'");
      // a native class's own __hash__ counts (weakref.ref hashes its referent); object's does not
      if (!h.isMagic(Magic::Empty) && (!isNativeFunction(h) || h != lookupType(t.object, s("__hash__")))) {
        Value r = call(h, &v, 1);
        if (!isInteger(r)) raise(t.TypeError, "__hash__ method should return an integer");
        return hashResult(r);
      }
      if (lookupType(ty, s("__eq__")) != lookupType(t.object, s("__eq__")) && h.isMagic(Magic::Empty))
        raise(t.TypeError, "unhashable type: '" + typeName(v) + "'");
    }
  }
  return int64_t(uintptr_t(v.asCell()) >> 4);
}

bool PyLanguage::eq(Value a, Value b) {
  if (a == b) return true;  // identity first, as CPython's containers do (nan in [nan]); floats are unboxed, so equal bits count as the same object
  Value r = compare(vm, CompareOp::Eq, a, b);
  return truthy(vm, r);
}

// dictGet / dictSet / dictDel: dict_table.cpp (pyperf)

// ---- text ----

std::string PyLanguage::typeName(Value v) { return typeOf(v)->name->toUtf8(); }

Value PyLanguage::reprValue(Value v) { return newStr(repr(v)); }

std::string PyLanguage::repr(Value v) {
  if (v.isInt()) return std::to_string(v.asInt());
  if (isBigInt(v)) return bigint::toString(v);
  if (v.isBool()) return v.asBool() ? "True" : "False";
  if (v.isNullish()) return "None";
  if (v.isDouble()) return floatRepr(v.asDouble());
  if (isString(v)) return strRepr(asString(v));
  if (v == notImplemented) return "NotImplemented";
  if (v == ellipsis) return "Ellipsis";
  if (!isObject(v)) return "<?>";
  if (reprDepth > 500) raise(t.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  struct Depth { int& d; Depth(int& x) : d(x) { d++; } ~Depth() { d--; } } depth(reprDepth);
  Object* o = asObject(v);
  PyType* ty = typeOf(v);
  if (!ty->builtin || (ty != t.list && ty != t.tuple && ty != t.dict && !isType(v))) {
    Value m = lookupType(ty, s("__repr__"));
    // a native type's own __repr__ (deque, partial, ...) counts; object's is this function
    if (!m.isMagic(Magic::Empty) && (isClosure(m) || (isNativeFunction(m) && !ty->builtin && m != lookupType(t.object, s("__repr__"))))) {
      Value r = call(m, &v, 1);
      if (!isString(r)) raise(t.TypeError, "__repr__ returned non-string (type " + typeName(r) + ")");
      return asString(r)->toUtf8();
    }
  }
  Rooted rv(vm, v);
  if (ty == t.module && o->classTag() == 0) return moduleRepr(*this, v);  // py_module.cpp
  // list, tuple, dict (with [...] for recursion), set, bytes, dict views: containers.h
  if (o->classTag() == kTagList || o->classTag() == kTagTuple || o->classTag() == kTagDict || o->classTag() == kTagSlice || isContainerExt(v))
    return containerRepr(*this, v);
  if (isType(v)) {
    PyType* tv = asType(v);
    if (tv->builtin) return "<class '" + tv->name->toUtf8() + "'>";
    Value mod = Value::empty();
    uint32_t i = tv->findOwn(s("__module__"));
    if (i != Shape::kNotFound) mod = tv->slot(i);
    std::string q = tv->name->toUtf8();
    uint32_t qi = tv->findOwn(s("__qualname__"));
    if (qi != Shape::kNotFound && isString(tv->slot(qi))) q = asString(tv->slot(qi))->toUtf8();
    // type_repr leaves out the module "builtins" (complex, a non-builtin PyType here: <class 'complex'>)
    bool showMod = isString(mod) && asString(mod)->toUtf8() != "builtins";
    return "<class '" + (showMod ? asString(mod)->toUtf8() + "." : std::string()) + q + "'>";
  }
  if (o->classTag() == kTagRange) {
    PyBox* b = asBox(v);
    std::string r = "range(" + repr(b->a) + ", " + repr(b->b);
    if (!(b->c.isInt() && b->c.asInt() == 1)) r += ", " + repr(b->c);
    return r + ")";
  }
  char addr[32];
  snprintf(addr, sizeof addr, "0x%012llx", (unsigned long long)uintptr_t(o));
  if (isClosure(v)) {
    Value q = getAttr(v, s("__qualname__"), false);
    return "<function " + (isString(q) ? asString(q)->toUtf8() : asClosure(v)->fn->ir->name) + " at " + addr + ">";
  }
  if (isNativeFunction(v)) {
    Value n = asNativeFunction(v)->data;
    return "<built-in function " + (isString(n) ? asString(n)->toUtf8() : std::string("?")) + ">";
  }
  if (isKind(v, CellKind::BoundFunction)) {
    auto* b = static_cast<BoundFunction*>(o);
    Value q = getAttr(b->target, s("__qualname__"), false);
    return "<bound method " + (isString(q) ? asString(q)->toUtf8() : std::string("?")) + " of " + repr(b->boundThis) + ">";
  }
  if (isSubtype(ty, t.BaseException)) {
    Value args = getAttr(v, s("args"), false);
    std::string inner = "";
    if (isArray(args)) {
      auto& els = asArray(args)->elements;
      if (els.size() == 1) inner = repr(els[0]);
      else { inner = repr(args); inner = inner.substr(1, inner.size() - 2); if (els.size() == 1) inner.pop_back(); }
    }
    return ty->name->toUtf8() + "(" + inner + ")";
  }
  if (isKind(v, CellKind::Generator)) {
    return std::string("<generator object ") + static_cast<GeneratorObject*>(o)->callee->fn->ir->name + " at " + addr + ">";
  }
  Value mod = lookupType(ty, s("__module__"));
  std::string qual = ty->name->toUtf8();
  Value qn = lookupType(ty, s("__qualname__"));
  if (isString(qn)) qual = asString(qn)->toUtf8();
  return "<" + (isString(mod) ? asString(mod)->toUtf8() + "." : std::string()) + qual + " object at " + addr + ">";
}

std::string PyLanguage::str(Value v) {
  if (isString(v)) return asString(v)->toUtf8();
  if (isObject(v)) {
    PyType* ty = typeOf(v);
    if (!ty->builtin) {
      Value m = lookupType(ty, s("__str__"));
      if (!m.isMagic(Magic::Empty) && (isClosure(m) || (isNativeFunction(m) && m != lookupType(t.object, s("__str__"))))) {
        Value r = call(m, &v, 1);
        if (!isString(r)) raise(t.TypeError, "__str__ returned non-string (type " + typeName(r) + ")");
        return asString(r)->toUtf8();
      }
    }
    if (isSubtype(ty, t.BaseException)) return exceptionStr(*this, v);
  }
  return repr(v);
}

// ---- attributes ----

static bool isDataDescriptor(PyLanguage& L, Value d) {
  if (isBox(d, kTagProperty)) return true;
  if (isObject(d) && !L.typeOf(d)->builtin) return !L.lookupType(L.typeOf(d), L.s("__set__")).isMagic(Magic::Empty);
  return false;
}

// Attribute lookup: a user class's __getattribute__ (falling back to __getattr__ on
// AttributeError), else the generic algorithm, then __getattr__.
Value PyLanguage::getAttr(Value obj, String* name, bool throwIfMissing) {
  PyType* ty = typeOf(obj);
  if (ty == t.module && asObject(obj)->classTag() == 0) return moduleGetAttr(*this, obj, name, throwIfMissing);  // py_module.cpp
  if (!ty->builtin && !isType(obj)) {
    Value ga = lookupType(ty, s("__getattribute__"));
    Value gattr = lookupType(ty, s("__getattr__"));
    Rooted ro(vm, obj), rg(vm, gattr.isMagic(Magic::Empty) ? Value::undefined() : gattr);
    Value args[2] = {obj, Value::cell(name)};
    if (isClosure(ga)) {
      if (gattr.isMagic(Magic::Empty)) return call(ga, args, 2);
      try {
        return call(ga, args, 2);
      } catch (ScriptThrow&) {
        if (!isInstance(vm.exception, t.AttributeError)) throw;
      }
      Value args2[2] = {ro, Value::cell(name)};
      return call(rg, args2, 2);
    }
    if (!gattr.isMagic(Magic::Empty)) {
      Value v = genericGetAttr(*this, obj, name, false);
      if (!v.isMagic(Magic::Empty)) return v;
      Value args2[2] = {ro, Value::cell(name)};
      return call(rg, args2, 2);
    }
  }
  return genericGetAttr(*this, obj, name, throwIfMissing);
}

// The bound form of a class attribute found for `obj` (functions bind, classmethods bind to the
// class, staticmethods unwrap, other descriptors' __get__).
static Value bindAttr(PyLanguage& P, Value cv, Value obj, PyType* ty, String* name) {
  VM& vm = P.vm;
  if (isClosure(cv) || (isNativeFunction(cv) && !isType(obj))) {
    Value self = isNativeFunction(cv) ? nativeReceiver(P, obj, cv, name) : obj;  // value_subclass.h
    return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), P.t.method, cv, self));
  }
  if (isBox(cv, kTagClassMethod))
    return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), P.t.method, asBox(cv)->a, Value::cell(ty)));
  if (isBox(cv, kTagStaticMethod)) return asBox(cv)->a;
  if (isObject(cv) && !P.typeOf(cv)->builtin) {
    Value get = P.lookupType(P.typeOf(cv), P.s("__get__"));
    if (!get.isMagic(Magic::Empty)) { Value args[3] = {cv, obj, Value::cell(ty)}; return P.call(get, args, 3); }
  }
  return cv;
}

// object.__getattribute__: data descriptors on the type, the instance dict, then class attributes.
Value genericGetAttr(PyLanguage& P, Value obj, String* name, bool throwIfMissing) {
  VM& vm = P.vm;
  auto& t = P.t;
  auto s = [&](const char* n) { return P.s(n); };
  Rooted ro(vm, obj);
  PyType* ty = P.typeOf(obj);
  if (isBox(obj, kTagSuper)) {
    // super(cls, obj).name: the MRO of obj's type after cls; functions bind to obj
    PyBox* sp = asBox(obj);
    Value self = sp->b;
    PyType* start = asType(sp->a);
    PyType* objType = isType(self) && P.isSubtype(asType(self), start) ? asType(self) : P.typeOf(self);
    bool after = false;
    for (PyType* m : objType->mro) {
      if (after) {
        uint32_t i = m->findOwn(name);
        if (i == Shape::kNotFound) continue;
        Value v = m->slot(i);
        Rooted rv(vm, v);
        Rooted rs(vm, self);
        if (isClosure(v) || isNativeFunction(v)) {
          if (isType(rs) && name == s("__new__")) return v;  // a staticmethod in effect
          Value recv = isNativeFunction(v) ? nativeReceiver(P, rs, v, name) : rs.get();
          return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), t.method, rv, recv));
        }
        if (isBox(v, kTagClassMethod)) return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), t.method, asBox(rv)->a, isType(rs) ? rs.get() : Value::cell(P.typeOf(rs))));
        if (isBox(v, kTagStaticMethod)) return asBox(v)->a;
        if (isBox(v, kTagProperty)) return isType(rs) ? v : P.call(asBox(v)->a, rs.address(), 1);
        if (isObject(v) && !P.typeOf(v)->builtin) {
          Value get = P.lookupType(P.typeOf(v), s("__get__"));
          if (!get.isMagic(Magic::Empty)) {
            Value args[3] = {rv, isType(rs) ? Value::null() : rs.get(), Value::cell(objType)};
            return P.call(get, args, 3);
          }
        }
        return v;
      }
      if (m == start) after = true;
    }
    if (name == s("__thisclass__")) return sp->a;
    if (name == s("__self__")) return sp->b;
    if (name == s("__init_subclass__")) {  // object.__init_subclass__: a no-op classmethod
      Value noop = P.lookupType(t.object, s("__init_subclass__"));
      if (!noop.isMagic(Magic::Empty)) return noop;
    }
    if (!throwIfMissing) return Value::empty();
    P.raise(t.AttributeError, "'super' object has no attribute '" + name->toUtf8() + "'");
  }
  if (isType(obj)) {
    // class attribute access: the class MRO, then the metatype's attributes
    PyType* cls = asType(obj);
    if (name == s("__name__")) return Value::cell(cls->name);
    if (name == s("__mro__")) {
      RootedVector items(vm);
      for (PyType* m : cls->mro) items.push(Value::cell(m));
      return P.newTuple(items.data(), items.size());
    }
    if (name == s("__class__")) return Value::cell(ty);
    Value v = P.lookupType(cls, name);
    if (!v.isMagic(Magic::Empty)) {
      if (isBox(v, kTagClassMethod)) {
        BoundFunction* b = vm.heap.make<BoundFunction>(vm.emptyShape(), t.method, asBox(v)->a, obj);
        return Value::cell(b);
      }
      if (isBox(v, kTagStaticMethod)) return asBox(v)->a;
      if (isObject(v) && !isType(v) && !P.typeOf(v)->builtin) {
        Value get = P.lookupType(P.typeOf(v), s("__get__"));
        if (!get.isMagic(Magic::Empty)) { Rooted rv(vm, v); Value args[3] = {rv, Value::null(), obj}; return P.call(get, args, 3); }
      }
      return v;
    }
    if (name == s("__qualname__")) return Value::cell(cls->name);
    if (name == s("__bases__")) {
      RootedVector items(vm);
      for (PyType* m : cls->bases) items.push(Value::cell(m));
      return P.newTuple(items.data(), items.size());
    }
    if (name == s("__base__")) return cls->bases.empty() ? Value::null() : Value::cell(cls->bases[0]);
    if (name == s("__dict__")) {
      Rooted d(vm, P.newDict());
      // __qualname__ is the type's own field in CPython, not in its __dict__
      for (uint32_t i = 0; i < cls->propertyCount(); i++)
        if (isString(Value::cell(cls->keyAt(i))) && cls->keyAt(i) != s("__qualname__"))
          P.dictSet(asDict(d), Value::cell(cls->keyAt(i)), cls->slot(i));
      return d;
    }
    Value mv = P.lookupType(ty, name);
    if (!mv.isMagic(Magic::Empty)) {
      // the class is the metatype's instance: its methods bind to the class, its classmethods
      // to the metatype (EnumType._get_mixins_), other descriptors get (cls, metatype)
      if (isClosure(mv) || isNativeFunction(mv)) return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), t.method, mv, obj));
      if (isBox(mv, kTagProperty)) return P.call(asBox(mv)->a, &obj, 1);
      if (isBox(mv, kTagClassMethod))
        return Value::cell(vm.heap.make<BoundFunction>(vm.emptyShape(), t.method, asBox(mv)->a, Value::cell(ty)));
      if (isBox(mv, kTagStaticMethod)) return asBox(mv)->a;
      if (isObject(mv) && !isType(mv) && !P.typeOf(mv)->builtin) {
        Value get = P.lookupType(P.typeOf(mv), s("__get__"));
        if (!get.isMagic(Magic::Empty)) { Rooted rv(vm, mv); Value args[3] = {rv, obj, Value::cell(ty)}; return P.call(get, args, 3); }
      }
      return mv;
    }
    Value sv = builtinAttr(P, obj, name);
    if (!sv.isMagic(Magic::Empty)) return sv;
    if (!throwIfMissing) return Value::empty();
    P.raise(t.AttributeError, "type object '" + cls->name->toUtf8() + "' has no attribute '" + name->toUtf8() + "'");
  }
  Value cv = P.lookupType(ty, name);
  Rooted rcv(vm, cv.isMagic(Magic::Empty) ? Value::undefined() : cv);
  if (!cv.isMagic(Magic::Empty) && isDataDescriptor(P, cv)) {
    if (isBox(cv, kTagProperty)) {
      Value getter = asBox(cv)->a;
      if (getter.isNullish()) P.raise(t.AttributeError, "property '" + name->toUtf8() + "' of '" + ty->name->toUtf8() + "' object has no getter");
      return P.call(getter, &obj, 1);
    }
    Value get = P.lookupType(P.typeOf(cv), s("__get__"));
    if (!get.isMagic(Magic::Empty)) {
      Value args[3] = {cv, obj, Value::cell(ty)};
      return P.call(get, args, 3);
    }
  }
  if (isObject(obj)) {
    Object* o = asObject(obj);
    // instances of non-builtin classes have an attribute dict whatever their storage (a subclass
    // of list/dict, a native class's cell: random.Random sets self.gauss_next)
    if (o->classTag() == 0 || isClosure(obj) || isNativeFunction(obj) || !ty->builtin) {
      if (PyDict* d = instanceDict(P, o, false)) {  // descriptor.cpp: the live __dict__
        Value v = P.dictGet(d, Value::cell(name));
        if (!v.isMagic(Magic::Empty)) return v;
      } else {
        uint32_t i = o->findOwn(name);
        if (i != Shape::kNotFound) return o->slot(i);
      }
    }
    if (name == s("__dict__") && !ty->builtin && o->classTag() != 0)  // a subclass of list, str, ...
      if (PyDict* d = instanceDict(P, o, true)) return Value::cell(d);
    if (name == s("__dict__") && o->classTag() == 0 && !isNativeFunction(obj) && !isClosure(obj) && !isKind(obj, CellKind::Generator)) {
      if (PyDict* d = instanceDict(P, o, true)) return Value::cell(d);
      Value sl = P.lookupType(ty, s("__dualvm_slots__"));
      if (!isArray(sl)) {
        Rooted d(vm, P.newDict());
        for (uint32_t i = 0; i < o->propertyCount(); i++)
          if (isString(Value::cell(o->keyAt(i)))) P.dictSet(asDict(d), Value::cell(o->keyAt(i)), o->slot(i));
        return d;
      }
    }
  }
  if (name == s("__class__")) return Value::cell(ty);
  if (!cv.isMagic(Magic::Empty)) return bindAttr(P, rcv, ro, ty, name);
  if (isKind(obj, CellKind::BoundFunction)) {
    auto* b = static_cast<BoundFunction*>(asObject(obj));
    if (name == s("__self__")) return b->boundThis;
    if (name == s("__func__")) return b->target;
    return P.getAttr(b->target, name, throwIfMissing);
  }
  Value sv = builtinAttr(P, obj, name);
  if (!sv.isMagic(Magic::Empty)) return sv;
  if (!throwIfMissing) return Value::empty();
  if (P.isModuleLike(obj))
    P.raise(t.AttributeError, "module '" + P.moduleName(obj) + "' has no attribute '" + name->toUtf8() + "'");
  P.raise(t.AttributeError, "'" + ty->name->toUtf8() + "' object has no attribute '" + name->toUtf8() + "'");
}

// Attribute assignment: a user class's __setattr__, else the generic algorithm.
void PyLanguage::setAttr(Value obj, String* name, Value v) {
  PyType* ty = typeOf(obj);
  if (ty == t.module && asObject(obj)->classTag() == 0) return moduleSetAttr(*this, obj, name, v);  // py_module.cpp
  // A user class's __setattr__ (also a metaclass's: EnumType), or a native type's own one
  // (weakref proxies forward to their referent); object's is the generic algorithm below.
  Value sa = lookupType(ty, s("__setattr__"));
  if ((isClosure(sa) && !ty->builtin) ||
      (isNativeFunction(sa) && sa != t.object->slot(t.object->findOwn(s("__setattr__"))))) {
    Value args[3] = {obj, Value::cell(name), v};
    call(sa, args, 3);
    return;
  }
  genericSetAttr(*this, obj, name, v);
}

// object.__setattr__: data descriptors (property setters, __set__), then the instance dict.
void genericSetAttr(PyLanguage& P, Value obj, String* name, Value v) {
  VM& vm = P.vm;
  auto& t = P.t;
  Rooted ro(vm, obj), rv(vm, v);
  PyType* ty = P.typeOf(obj);
  if (name == P.s("__class__") && !isType(obj)) {
    if (!isType(v)) P.raise(t.TypeError, "__class__ must be set to a class, not '" + P.typeName(v) + "' object");
    if (ty->builtin || asType(v)->builtin || !isObject(obj) || asObject(obj)->classTag() != 0)
      P.raise(t.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    asObject(obj)->setProto(asType(v));
    return;
  }
  if (!isType(obj)) {
    Value cv = P.lookupType(ty, name);
    if (!cv.isMagic(Magic::Empty) && isBox(cv, kTagProperty)) {
      Value setter = asBox(cv)->b;
      if (setter.isNullish()) P.raise(t.AttributeError, "property '" + name->toUtf8() + "' of '" + ty->name->toUtf8() + "' object has no setter");
      Value args[2] = {obj, v};
      P.call(setter, args, 2);
      return;
    }
    if (!cv.isMagic(Magic::Empty) && isObject(cv) && !P.typeOf(cv)->builtin) {
      Value set = P.lookupType(P.typeOf(cv), P.s("__set__"));
      if (!set.isMagic(Magic::Empty)) { Value args[3] = {cv, obj, v}; P.call(set, args, 3); return; }
    }
    // __slots__ without __dict__: only the declared names
    Value sl = P.lookupType(ty, P.s("__dualvm_slots__"));
    if (isArray(sl)) {
      bool ok = false;
      for (Value n : asArray(sl)->elements) if (n == Value::cell(name)) ok = true;
      if (!ok) P.raise(t.AttributeError, "'" + ty->name->toUtf8() + "' object has no attribute '" + name->toUtf8() + "'");
    }
  } else if (asType(obj)->builtin) {
    P.raise(t.TypeError, "cannot set '" + name->toUtf8() + "' attribute of immutable type '" + asType(obj)->name->toUtf8() + "'");
  } else if (name == P.s("__name__")) {
    // the type's own name field, as CPython's type_set_name (typing.re renames itself 'typing.re')
    if (!isString(v)) P.raise(t.TypeError, "can only assign string to " + asType(obj)->name->toUtf8() + ".__name__, not '" + P.typeName(v) + "'");
    writeBarrier(asType(obj), v);
    asType(obj)->name = asString(v);
    P.typeModified();
    return;
  }
  if (isBox(obj, kTagProperty) && name == P.s("__doc__")) {  // a property's __doc__ is writable
    asObject(obj)->putDirect(vm, name, rv);
    return;
  }
  if (isObject(obj) && (asObject(obj)->classTag() == 0 || isType(obj) || !ty->builtin) &&
      (!ty->builtin || isType(obj) || isClosure(obj) || ty == t.module || P.isSubtype(ty, t.BaseException))) {
    if (isType(obj)) P.typeModified();  // class attribute caches (attr_cache.cpp)
    if (name == P.s("__cause__") && P.isSubtype(ty, t.BaseException)) {
      // setting a cause suppresses the context in tracebacks, as CPython's setter does
      if (!v.isNull() && !P.isInstance(v, t.BaseException)) P.raise(t.TypeError, "exception cause must be None or derive from BaseException");
      asObject(obj)->putDirect(vm, P.s("__suppress_context__"), Value::boolean(true));
    }
    if (PyDict* d = instanceDict(P, asObject(obj), false)) {  // the live __dict__ (descriptor.cpp)
      Rooted key(vm, Value::cell(name));
      P.dictSet(d, key, rv);
      return;
    }
    asObject(obj)->putDirect(vm, name, v);
    return;
  }
  P.raise(t.AttributeError, "'" + ty->name->toUtf8() + "' object has no attribute '" + name->toUtf8() + "'");
}


Value PyLanguage::callMethod(Value obj, const char* name, const Value* argv, uint32_t argc) {
  Rooted m(vm, getAttr(obj, s(name)));
  return call(m, argv, argc);
}

// Looks a special method up on the type (not the instance) and calls it with obj first.
Value PyLanguage::callDunder(Value obj, const char* name, const Value* argv, uint32_t argc, bool* found) {
  Value m = lookupType(typeOf(obj), s(name));
  if (m.isMagic(Magic::Empty) || m.isNull()) { *found = false; return Value::undefined(); }
  *found = true;
  Rooted rm(vm, m);
  RootedVector args(vm);
  args.push(obj);
  for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
  if (isNativeFunction(m)) return vm.call(m, nativeReceiver(*this, obj, m, s(name)), argv, argc);
  return call(m, args.data(), uint32_t(args.size()));
}

// ---- exceptions ----

Value PyLanguage::makeException(PyType* type, const std::string& message) {
  Rooted msg(vm, newStr(message));
  Value args = message.empty() && (type == t.MemoryError || type == t.StopIteration) ? newTuple(nullptr, 0) : newTuple(msg.address(), 1);
  Rooted ra(vm, args);
  Object* e = vm.heap.make<Object>(vm.emptyShape(), type);
  Rooted re(vm, Value::cell(e));
  e->putDirect(vm, s("args"), ra);
  attachTraceback(re);
  return re;
}

[[noreturn]] void PyLanguage::raise(PyType* type, const std::string& message) {
  vm.throwValue(makeException(type, message));
}

Value PyLanguage::makeError(VM&, ErrorKind kind, const std::string& message) {
  PyType* ty = t.RuntimeError;
  switch (kind) {
    case ErrorKind::TypeError: ty = t.TypeError; break;
    case ErrorKind::ReferenceError: case ErrorKind::NameError: ty = t.NameError; break;
    case ErrorKind::SyntaxError: ty = t.SyntaxError; break;
    case ErrorKind::RangeError: ty = t.ValueError; break;
    case ErrorKind::RecursionError: ty = t.RecursionError; break;
    case ErrorKind::MemoryError: ty = t.MemoryError; break;
    case ErrorKind::Error: ty = t.RuntimeError; break;
  }
  return makeException(ty, message);
}

Value PyLanguage::makeUninitializedError(VM&, const std::string& name) {
  return makeException(t.UnboundLocalError, "cannot access local variable '" + name + "' where it is not associated with a value");
}

// The frames the exception is raised through are recorded now; traceback.cpp turns them into
// its __traceback__ entries where it is caught.
void PyLanguage::attachTraceback(Value exc) { recordRaise(*this, exc, false); }

std::string PyLanguage::formatTraceback(Value exc) {
  std::string out;
  if (isObject(exc)) {
    Object* o = asObject(exc);
    // chained exceptions: __cause__ / __context__
    uint32_t ci = o->findOwn(s("__cause__"));
    uint32_t xi = o->findOwn(s("__context__"));
    uint32_t si = o->findOwn(s("__suppress_context__"));
    bool suppress = si != Shape::kNotFound && o->slot(si) == Value::boolean(true);
    if (ci != Shape::kNotFound && isObject(o->slot(ci))) {
      out += formatTraceback(o->slot(ci));
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!suppress && xi != Shape::kNotFound && isObject(o->slot(xi)) && o->slot(xi) != exc) {
      out += formatTraceback(o->slot(xi));
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    Rooted rexc(vm, exc);
    Rooted tb(vm, tracebackOf(*this, exc));
    out += formatTracebackEntries(*this, tb);  // traceback.cpp
    exc = rexc;
  }
  PyType* ty = typeOf(exc);
  std::string name = ty->name->toUtf8();
  Value mod = lookupType(ty, s("__module__"));
  if (!ty->builtin && isString(mod) && asString(mod)->toUtf8() != "builtins" && asString(mod)->toUtf8() != "__main__")
    name = asString(mod)->toUtf8() + "." + name;
  std::string msg;
  try { msg = str(exc); } catch (ScriptThrow&) { msg = "<exception str() failed>"; }
  out += msg.empty() ? name + "\n" : name + ": " + msg + "\n";
  return out;
}

}  // namespace dualvm::py
