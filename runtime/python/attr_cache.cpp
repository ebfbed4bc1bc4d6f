// runtime/python/attr_cache.cpp — Python attribute access from the interpreter (the GetProp,
// SetProp and GetMethod hooks) and the inline caches it fills (docs/decisions.md D11).
//
// The interpreter replays a cached decision while the receiver has the cached shape and class
// (Object::proto() is the instance's PyType) and VM::classEpoch is unchanged. Instance
// attributes are the receiver's shape properties, so the shape proves which own attributes exist;
// class attributes come from the MRO, whose every change (a class attribute set or deleted, a
// base changed) bumps the epoch (typeModified()). Cached:
//  * TypedOwnSlot get/set: an instance attribute, when the class has no __getattribute__ /
//    __setattr__ override and no descriptor of that name (only "shadowable" class attributes),
//    or when that descriptor is the name's __slots__ member (whose value is the own property).
//  * TypedAddSlot set: a new instance attribute appended by a shape transition (constructors).
//  * TypedClassSlot get: a class attribute that is plain data (numbers, strings, tuples, None).
//  * TypedMethod (GetMethod only): a function or native method found on the class: the call gets
//    the receiver as self (CallMethod), so no bound method is allocated — CPython's LOAD_METHOD.
//  * TypedClassObject get/GetMethod: C.name on a class (metaclass type) whose value is an object
//    read unchanged, a staticmethod's function, or (GetMethod) a classmethod's function + C;
//    TypedClassData: the same for a non-object value (ints, strings), read from its holder's slot.
// Everything else (properties, descriptors, __getattr__ fallbacks, classes as receivers, modules
// in dictionary mode) takes the full getAttr/setAttr path every time.
#include "runtime/python/py_class.h"
#include "runtime/python/py_runtime.h"
#include "runtime/python/value_subclass.h"

namespace dualvm::py {

namespace {

// A class attribute that an instance attribute of the same name simply shadows, and whose
// meaning does not depend on anything but its identity: functions, class/static methods,
// classes, tuples and non-object values. Descriptors (property, objects with __get__/__set__)
// and anything unknown are not.
bool shadowable(Value cv) {
  if (!isObject(cv)) return true;
  if (isClosure(cv) || isNativeFunction(cv)) return true;
  uint16_t tag = asObject(cv)->classTag();
  return tag == kTagType || tag == kTagClassMethod || tag == kTagStaticMethod || tag == kTagTuple;
}

// Class attribute read as is: plain immutable data.
bool plainData(Value cv) {
  return !isObject(cv) || asObject(cv)->classTag() == kTagTuple;
}

// The first class in ty's MRO holding key: *holder, *slot; false when none does.
bool findInMro(PyType* ty, PropertyKey key, PyType** holder, uint32_t* slot) {
  for (PyType* m : ty->mro) {
    uint32_t i = m->findOwn(key);
    if (i != Shape::kNotFound) {
      *holder = m;
      *slot = i;
      return true;
    }
  }
  return false;
}

// A receiver whose attribute lookup is the generic one, fully determined by (shape, class,
// class epoch): not a class, super object, function or bound method, and a tree shape.
PyType* cacheableReceiver(PyLanguage& L, Value obj, String* name) {
  if (!isObject(obj)) return nullptr;
  Object* o = asObject(obj);
  uint8_t k = o->kind;
  if (k != uint8_t(CellKind::Object) && k != uint8_t(CellKind::Array) && k != uint8_t(CellKind::ObjectOther))
    return nullptr;
  uint16_t tag = o->classTag();
  if (tag == kTagType || tag == kTagSuper) return nullptr;
  if (o->shape()->isDictionary()) return nullptr;
  Object* p = o->proto();
  if (!p || p->classTag() != kTagType) return nullptr;
  if (name == L.s("__class__") || name == L.s("__dict__")) return nullptr;
  PyType* ty = static_cast<PyType*>(p);
  Value ga = L.lookupType(ty, L.s("__getattribute__"));
  if (isClosure(ga)) return nullptr;
  return ty;
}

void fill(InlineCache* ic, InlineCache::Kind kind, Object* o, PyType* ty, Object* holder, uint32_t slot, uint32_t epoch) {
  ic->kind = kind;
  ic->shape = o->shape();
  ic->proto = ty;
  ic->holder = holder;
  ic->slot = slot;
  ic->epoch = epoch;
}

// C.name on a class C whose metaclass is `type`: fills TypedClassObject when the read is fixed by
// (C, class epoch) and returns an object (genericGetAttr's class branch: the MRO value as is,
// a staticmethod's function; a classmethod's Python function called with C, for GetMethod only).
// Non-object values (ints, strings) fill TypedClassData; values whose type defines __get__ are
// not cached.
void fillClassReceiver(PyLanguage& L, InlineCache* ic, Value obj, String* name, bool forMethod) {
  if (!ic || ic->kind == InlineCache::Megamorphic || !isType(obj)) return;
  PyType* cls = asType(obj);
  if (L.typeOf(obj) != L.t.type) return;
  if (name == L.s("__name__") || name == L.s("__mro__") || name == L.s("__class__")) return;
  PyType* holder;
  uint32_t slot;
  if (!findInMro(cls, name, &holder, &slot)) return;
  Value v = holder->slot(slot);
  if (!isObject(v)) {  // plain data (ints, strings): read from the class that holds it
    ic->kind = InlineCache::TypedClassData;
    ic->shape = nullptr;
    ic->proto = cls;
    ic->holder = holder;
    ic->slot = slot;
    ic->epoch = L.vm.classEpoch;
    return;
  }
  uint32_t withSelf = 0;
  if (isBox(v, kTagClassMethod)) {
    if (!forMethod || !isClosure(asBox(v)->a)) return;
    v = asBox(v)->a;
    withSelf = 1;
  } else if (isBox(v, kTagStaticMethod)) {
    v = asBox(v)->a;
  } else if (isObject(v) && !isType(v) && !L.typeOf(v)->builtin &&
             !L.lookupType(L.typeOf(v), L.s("__get__")).isMagic(Magic::Empty)) {
    return;
  }
  if (!isObject(v)) return;  // staticmethod(5)
  ic->kind = InlineCache::TypedClassObject;
  ic->shape = nullptr;
  ic->proto = cls;
  ic->holder = asObject(v);
  ic->slot = withSelf;
  ic->epoch = L.vm.classEpoch;
}

}  // namespace

void PyLanguage::typeModified() { vm.classEpoch++; }

Value PyLanguage::getProperty(VM&, Value obj, PropertyKey key, InlineCache* ic) {
  String* name = static_cast<String*>(key);
  if (isType(obj)) {
    Value v = getAttr(obj, name, true);
    fillClassReceiver(*this, ic, obj, name, false);
    return v;
  }
  if (ic && ic->kind != InlineCache::Megamorphic) {
    if (PyType* ty = cacheableReceiver(*this, obj, name)) {
      Object* o = asObject(obj);
      uint32_t own = o->classTag() == 0 ? o->findOwn(key) : Shape::kNotFound;
      PyType* holder;
      uint32_t slot;
      bool inClass = findInMro(ty, key, &holder, &slot);
      Value cv = inClass ? holder->slot(slot) : Value::empty();
      if (own != Shape::kNotFound && !(o->attrsAt(own) & kAccessor) &&
          (!inClass || shadowable(cv) || isSlotMemberFor(cv, name)))
        fill(ic, InlineCache::TypedOwnSlot, o, ty, nullptr, own, vm.classEpoch);
      else if (own == Shape::kNotFound && inClass && plainData(cv) && o->classTag() == 0)
        fill(ic, InlineCache::TypedClassSlot, o, ty, holder, slot, vm.classEpoch);
    }
  }
  return getAttr(obj, name, true);
}

Value PyLanguage::loadMethod(VM&, Value obj, PropertyKey key, InlineCache* ic, Value* self) {
  String* name = static_cast<String*>(key);
  *self = Value::hole();
  if (isString(obj)) {
    // str methods: natives on the str type, called with the string as `this`
    PyType* holder;
    uint32_t slot;
    if (findInMro(t.str, key, &holder, &slot) && isNativeFunction(holder->slot(slot))) {
      if (ic) {
        ic->kind = InlineCache::TypedMethod;
        ic->shape = nullptr;
        ic->proto = nullptr;
        ic->holder = holder;
        ic->slot = slot;
        ic->epoch = vm.classEpoch;
      }
      *self = obj;
      return holder->slot(slot);
    }
    return getAttr(obj, name, true);
  }
  if (isType(obj)) {
    Value v = getAttr(obj, name, true);
    fillClassReceiver(*this, ic, obj, name, true);
    if (ic && ic->kind == InlineCache::TypedClassObject && ic->proto == asObject(obj) && ic->slot == 1) {
      // a classmethod: call its function with the class instead of the bound method getAttr made
      *self = obj;
      return Value::cell(ic->holder);
    }
    return v;
  }
  PyType* ty = cacheableReceiver(*this, obj, name);
  // an int/float/str subclass instance: its base's natives get the value as self (bindAttr)
  if (!ty || isValueInstance(obj)) return getAttr(obj, name, true);
  Object* o = asObject(obj);
  uint32_t own = o->classTag() == 0 ? o->findOwn(key) : Shape::kNotFound;
  PyType* holder;
  uint32_t slot;
  bool inClass = findInMro(ty, key, &holder, &slot);
  Value cv = inClass ? holder->slot(slot) : Value::empty();
  if (own != Shape::kNotFound) {
    if (ic && !(o->attrsAt(own) & kAccessor) && (!inClass || shadowable(cv) || isSlotMemberFor(cv, name)))
      fill(ic, InlineCache::TypedOwnSlot, o, ty, nullptr, own, vm.classEpoch);
    return getAttr(obj, name, true);
  }
  if (inClass && (isClosure(cv) || isNativeFunction(cv))) {
    // What getAttr would bind into a method object: call it with the receiver instead.
    if (ic) fill(ic, InlineCache::TypedMethod, o, ty, holder, slot, vm.classEpoch);
    *self = obj;
    return cv;
  }
  if (ic && inClass && plainData(cv) && o->classTag() == 0)
    fill(ic, InlineCache::TypedClassSlot, o, ty, holder, slot, vm.classEpoch);
  return getAttr(obj, name, true);
}

void PyLanguage::setProperty(VM&, Value obj, PropertyKey key, Value v, bool, InlineCache* ic) {
  String* name = static_cast<String*>(key);
  PyType* ty = ic && ic->kind != InlineCache::Megamorphic ? cacheableReceiver(*this, obj, name) : nullptr;
  // Only plain instances of user classes without __setattr__ or a descriptor of this name.
  if (ty && (ty->builtin || asObject(obj)->kind != uint8_t(CellKind::Object) || asObject(obj)->classTag() != 0 ||
             isClosure(lookupType(ty, s("__setattr__")))))
    ty = nullptr;
  if (ty) {
    Value cv = lookupType(ty, key);
    if (!cv.isMagic(Magic::Empty) && !shadowable(cv) && !isSlotMemberFor(cv, name)) ty = nullptr;
  }
  if (!ty) {
    setAttr(obj, name, v);
    return;
  }
  Object* o = asObject(obj);
  Shape* before = o->shape();
  Rooted rootBefore(vm, Value::cell(before));
  uint32_t own = o->findOwn(key);
  uint32_t epoch = vm.classEpoch;
  setAttr(obj, name, v);
  if (vm.classEpoch != epoch || o->proto() != ty) return;  // the set ran code that changed classes
  Shape* after = o->shape();
  if (own != Shape::kNotFound) {
    if (after == before && !(o->attrsAt(own) & kAccessor)) {
      ic->kind = InlineCache::TypedOwnSlot;
      ic->shape = before;
      ic->proto = ty;
      ic->slot = own;
      ic->epoch = epoch;
    }
  } else if (!after->isDictionary() && after->parent() == before && after->count() == before->count() + 1 &&
             after->entry(before->count()).key == key && after->entry(before->count()).attrs == kDefaultAttrs) {
    ic->kind = InlineCache::TypedAddSlot;
    ic->shape = before;
    ic->newShape = after;
    ic->proto = ty;
    ic->slot = before->count();
    ic->epoch = epoch;
  }
}

}  // namespace dualvm::py
