// runtime/js/object_ops.cpp — the JS object model: ordinary and exotic (array, string wrapper,
// function) internal methods over the shared shape/slot storage. See object_ops.h.
//
// Array elements: ArrayObject::elements holds index properties with default attributes
// (writable, enumerable, configurable), holes as Value::hole(). Whole-array integrity levels are
// two flag bits (kSealedElements / kFrozenElements in cellFlags). An index property with any
// other attributes (an accessor, a non-writable element) lives in the shape under its string key
// with a hole in `elements`; the array then has fastElements = false. length is elements.size().
#include "runtime/js/object_ops.h"
#include <algorithm>
#include "runtime/js/operations.h"
#include "runtime/js/typed_arrays.h"
#include "runtime/js/proxy.h"

namespace dualvm::js {

static constexpr uint16_t kSealedElements = 0x200;
static constexpr uint16_t kFrozenElements = 0x400;

static bool isSymbolKey(PropertyKey k) { return k->kind == uint8_t(CellKind::Symbol); }
static bool keyIndex(PropertyKey k, uint32_t* idx) {
  return !isSymbolKey(k) && static_cast<String*>(k)->isArrayIndex(idx);
}

// Mapped arguments (JsLanguage::makeMappedArguments): an InternalObject whose internal[0] is the
// function's environment and internal[1 + i] the env slot element i aliases, or -1 once the
// element was deleted or redefined as an accessor / non-writable (ES 10.4.4).
struct MappedArgument {
  Environment* env;
  uint32_t envSlot;
  Value* entry;  // internal[1 + i] (the vector never reallocates after creation)
};
static bool mappedArgument(Object* o, PropertyKey key, MappedArgument* out) {
  if (o->kind != uint8_t(CellKind::ObjectOther) || o->classTag() != uint16_t(ClassTag::Arguments)) return false;
  auto* args = static_cast<InternalObject*>(o);
  uint32_t idx;
  if (!keyIndex(key, &idx) || idx >= args->internal.size() - 1) return false;
  Value& entry = args->internal[1 + idx];
  if (!entry.isInt() || entry.asInt() < 0) return false;
  out->env = static_cast<Environment*>(args->internal[0].asCell());
  out->envSlot = uint32_t(entry.asInt());
  out->entry = &entry;
  return true;
}

static uint8_t elementAttrs(const Object* a) {
  if (a->cellFlags & kFrozenElements) return kEnumerable;
  if (a->cellFlags & kSealedElements) return kWritable | kEnumerable;
  return kDefaultAttrs;
}

void makeElementsSlow(ArrayObject* a) { a->fastElements = false; }

void notePrototypeIndexKey(VM& vm, Object* o, PropertyKey key) {
  JsRealm& r = jsRealm(vm);
  uint32_t idx;
  if ((o == r.arrayPrototype || o == r.objectPrototype) && keyIndex(key, &idx))
    r.prototypesHaveIndexedProperties = true;
}

void refreshDictionary(VM& vm, Object* o) {
  if (o->shape()->isDictionary()) {
    Rooted ro(vm, Value::cell(o));
    o->replaceShape(o->shape()->toDictionary(vm.heap));
  }
}

static void toDictionaryMode(VM& vm, Object* o) {
  Rooted ro(vm, Value::cell(o));
  o->replaceShape(o->shape()->toDictionary(vm.heap));
}

void materializeLazyProperties(VM& vm, Object* o) {
  if (o->cellFlags & kLazyStackFlag) {
    o->cellFlags &= ~kLazyStackFlag;
    uint32_t s = o->findOwn(jsRealm(vm).names.stack);
    if (s != Shape::kNotFound && isString(o->slot(s))) {
      Rooted ro(vm, Value::cell(o));
      Rooted frames(vm, o->slot(s));
      String* head = vm.newString(errorStackHeader(vm, o));
      String* full = concatStrings(vm, head, asString(frames));
      asObject(ro)->setSlot(s, Value::cell(full));
    }
  }
  if (!(o->cellFlags & kLazyPrototypeFlag)) return;
  o->cellFlags &= ~kLazyPrototypeFlag;
  if (o->kind != uint8_t(CellKind::Closure)) return;
  JsRealm& r = jsRealm(vm);
  Rooted ro(vm, Value::cell(o));
  Closure* f = static_cast<Closure*>(o);
  const ir::Function& fi = *f->fn->ir;
  Object* proto;
  if (fi.isGenerator) {
    proto = newPlainObject(vm, fi.isAsync ? r.asyncGeneratorPrototype : r.generatorPrototype);
  } else {
    proto = newPlainObject(vm, r.objectPrototype);
    Rooted rp(vm, Value::cell(proto));
    proto->addProperty(vm, r.names.constructor, ro, kWritable | kConfigurable);
  }
  Rooted rp(vm, Value::cell(proto));
  if (o->findOwn(r.names.prototype) == Shape::kNotFound)
    o->addProperty(vm, r.names.prototype, rp, kWritable);
}

// ---------------------------------------------------------------------------------------------
// [[GetOwnProperty]]

static bool slotDescriptor(Object* o, uint32_t slot, PropertyDescriptor* out) {
  uint8_t attrs = o->attrsAt(slot);
  Value v = o->slot(slot);
  PropertyDescriptor d;
  d.hasEnumerable = d.hasConfigurable = true;
  d.enumerable = attrs & kEnumerable;
  d.configurable = attrs & kConfigurable;
  if (attrs & kAccessor) {
    Accessor* acc = static_cast<Accessor*>(v.asCell());
    d.hasGet = d.hasSet = true;
    d.getter = acc->getter;
    d.setter = acc->setter;
  } else {
    d.hasValue = d.hasWritable = true;
    d.value = v;
    d.writable = attrs & kWritable;
  }
  *out = d;
  return true;
}

bool getOwnProperty(VM& vm, Object* o, PropertyKey key, PropertyDescriptor* out) {
  if (isProxyObject(o)) return proxyGetOwnProperty(vm, o, key, out);
  uint8_t kind = o->kind;
  if (kind == uint8_t(CellKind::Array)) {
    ArrayObject* a = static_cast<ArrayObject*>(o);
    JsRealm& r = jsRealm(vm);
    if (key == r.names.length) {
      *out = PropertyDescriptor::data(Value::fromInt64(int64_t(a->elements.size())),
                                      a->lengthWritable ? kWritable : 0);
      return true;
    }
    uint32_t idx;
    if (keyIndex(key, &idx)) {
      if (idx < a->elements.size() && !a->elements[idx].isHole()) {
        *out = PropertyDescriptor::data(a->elements[idx], elementAttrs(a));
        return true;
      }
      if (a->fastElements) return false;
    }
  } else if (kind == uint8_t(CellKind::ObjectOther) && o->classTag() == uint16_t(ClassTag::TypedArray)) {
    uint32_t idx;
    if (keyIndex(key, &idx)) {
      TypedArrayObject* t = static_cast<TypedArrayObject*>(o);
      if (idx >= t->length) return false;
      *out = PropertyDescriptor::data(typedArrayGet(t, idx), kDefaultAttrs);
      return true;
    }
  } else if (kind == uint8_t(CellKind::ObjectOther) &&
             o->classTag() == uint16_t(ClassTag::StringObject)) {
    String* s = asString(static_cast<InternalObject*>(o)->internal[0]);
    if (key == jsRealm(vm).names.length) {
      *out = PropertyDescriptor::data(Value::integer(int32_t(s->length())), 0);
      return true;
    }
    uint32_t idx;
    if (keyIndex(key, &idx) && idx < s->length()) {
      char16_t c = char16_t(s->at(idx));
      *out = PropertyDescriptor::data(Value::cell(String::fromUtf16(vm.heap, std::u16string_view(&c, 1))),
                                      kEnumerable);
      return true;
    }
  } else if (MappedArgument m; mappedArgument(o, key, &m)) {
    uint32_t slot = o->findOwn(key);
    if (slot == Shape::kNotFound || !slotDescriptor(o, slot, out)) return false;
    out->value = m.env->slots[m.envSlot];
    return true;
  } else if (o->cellFlags & kLazyPropertiesMask) {
    if (key == jsRealm(vm).names.prototype || key == jsRealm(vm).names.stack) {
      Rooted rk(vm, Value::cell(key));
      materializeLazyProperties(vm, o);
    }
  }
  uint32_t slot = o->findOwn(key);
  if (slot == Shape::kNotFound) return false;
  return slotDescriptor(o, slot, out);
}

// ---------------------------------------------------------------------------------------------
// [[DefineOwnProperty]]

static bool reject(VM& vm, bool shouldThrow, const std::string& msg) {
  if (shouldThrow) throwTypeError(vm, msg);
  return false;
}

static bool isGenericDescriptor(const PropertyDescriptor& d) { return !d.isAccessor() && !d.isData(); }

// Validates desc against current; on success fills `result` with the merged property.
static bool validateDescriptor(const PropertyDescriptor* current, const PropertyDescriptor& desc,
                               bool extensible, PropertyDescriptor* result) {
  if (!current) {
    if (!extensible) return false;
    PropertyDescriptor n;
    n.hasEnumerable = n.hasConfigurable = true;
    n.enumerable = desc.hasEnumerable && desc.enumerable;
    n.configurable = desc.hasConfigurable && desc.configurable;
    if (desc.isAccessor()) {
      n.hasGet = n.hasSet = true;
      n.getter = desc.hasGet ? desc.getter : Value::undefined();
      n.setter = desc.hasSet ? desc.setter : Value::undefined();
    } else {
      n.hasValue = n.hasWritable = true;
      n.value = desc.hasValue ? desc.value : Value::undefined();
      n.writable = desc.hasWritable && desc.writable;
    }
    *result = n;
    return true;
  }
  const PropertyDescriptor& cur = *current;
  if (!cur.configurable) {
    if (desc.hasConfigurable && desc.configurable) return false;
    if (desc.hasEnumerable && desc.enumerable != cur.enumerable) return false;
    if (!isGenericDescriptor(desc) && desc.isAccessor() != cur.isAccessor()) return false;
    if (cur.isAccessor()) {
      if (desc.hasGet && !sameValue(desc.getter, cur.getter)) return false;
      if (desc.hasSet && !sameValue(desc.setter, cur.setter)) return false;
    } else if (!cur.writable) {
      if (desc.hasWritable && desc.writable) return false;
      if (desc.hasValue && !sameValue(desc.value, cur.value)) return false;
    }
  }
  PropertyDescriptor n = cur;
  if (desc.hasEnumerable) n.enumerable = desc.enumerable;
  if (desc.hasConfigurable) n.configurable = desc.configurable;
  if (cur.isAccessor() && desc.isData()) {
    n.hasGet = n.hasSet = false;
    n.getter = n.setter = Value::undefined();
    n.hasValue = n.hasWritable = true;
    n.value = desc.hasValue ? desc.value : Value::undefined();
    n.writable = desc.hasWritable && desc.writable;
  } else if (!cur.isAccessor() && desc.isAccessor()) {
    n.hasValue = n.hasWritable = false;
    n.value = Value::undefined();
    n.writable = false;
    n.hasGet = n.hasSet = true;
    n.getter = desc.hasGet ? desc.getter : Value::undefined();
    n.setter = desc.hasSet ? desc.setter : Value::undefined();
  } else if (n.isAccessor()) {
    if (desc.hasGet) n.getter = desc.getter;
    if (desc.hasSet) n.setter = desc.setter;
  } else {
    if (desc.hasValue) n.value = desc.value;
    if (desc.hasWritable) n.writable = desc.writable;
  }
  *result = n;
  return true;
}

// Store a validated property into shape storage (add or replace).
static void storeSlotProperty(VM& vm, Object* o, PropertyKey key, const PropertyDescriptor& n) {
  Rooted ro(vm, Value::cell(o));
  Rooted rv(vm, n.value), rg(vm, n.getter), rs(vm, n.setter);
  uint8_t attrs = n.attrs();
  Value stored = n.value;
  if (n.isAccessor()) {
    stored = Value::cell(vm.heap.make<Accessor>(rg.get(), rs.get()));
  }
  Rooted rstored(vm, stored);
  uint32_t slot = o->findOwn(key);
  if (slot == Shape::kNotFound) {
    o->addProperty(vm, key, rstored, attrs);
    return;
  }
  if (o->attrsAt(slot) != attrs) {
    refreshDictionary(vm, o);
    o->setAttrs(vm, slot, attrs);
  }
  o->setSlot(slot, rstored);
}

static String* keyString(PropertyKey k) { return static_cast<String*>(k); }

static bool defineArrayIndex(VM& vm, ArrayObject* a, uint32_t idx, PropertyKey key,
                             const PropertyDescriptor& desc, bool shouldThrow) {
  if (idx >= a->elements.size() && !a->lengthWritable)
    return reject(vm, shouldThrow, "Cannot define property " + keyString(key)->toUtf8() + ", object is not extensible");
  PropertyDescriptor cur;
  bool has = getOwnProperty(vm, a, key, &cur);
  PropertyDescriptor n;
  if (!validateDescriptor(has ? &cur : nullptr, desc, a->isExtensible(), &n)) {
    if (!has) return reject(vm, shouldThrow, "Cannot define property " + keyString(key)->toUtf8() + ", object is not extensible");
    return reject(vm, shouldThrow, "Cannot redefine property: " + keyString(key)->toUtf8());
  }
  if (uint64_t(idx) + 1 > kMaxDenseLength) {
    if (shouldThrow) throwRangeError(vm, "Invalid array length");
    return false;
  }
  bool inElements = idx < a->elements.size() && !a->elements[idx].isHole();
  uint8_t want = n.attrs();
  if (!n.isAccessor() && want == elementAttrs(a) && (inElements || a->findOwn(key) == Shape::kNotFound)) {
    if (idx >= a->elements.size()) {
      size_t before = a->elements.capacity();
      a->elements.resize(size_t(idx) + 1, Value::hole());
      if (a->elements.capacity() != before)
        vm.heap.noteExternalGrowth((a->elements.capacity() - before) * sizeof(Value));
    }
    a->setElement(idx, n.value);
    return true;
  }
  // Non-default attributes: the property lives in the shape, a hole in elements.
  Rooted ra(vm, Value::cell(a));
  makeElementsSlow(a);
  if (idx >= a->elements.size()) a->elements.resize(size_t(idx) + 1, Value::hole());
  else a->elements[idx] = Value::hole();
  storeSlotProperty(vm, a, key, n);
  return true;
}

bool defineOwnProperty(VM& vm, Object* o, PropertyKey key, const PropertyDescriptor& desc,
                       bool shouldThrow) {
  // Interned strings are weak in the VM: a key must stay rooted until a shape holds it.
  Rooted ro(vm, Value::cell(o)), rkey(vm, Value::cell(key));
  if (isProxyObject(o)) return proxyDefineOwnProperty(vm, o, key, desc, shouldThrow);
  if (MappedArgument m; mappedArgument(o, key, &m)) {
    // Define on the stored property (brought up to date, unmapped meanwhile), then keep the alias
    // unless the element became an accessor or read-only.
    Value mapValue = *m.entry;
    uint32_t slot = o->findOwn(key);
    if (slot != Shape::kNotFound) o->setSlot(slot, m.env->slots[m.envSlot]);
    *m.entry = Value::integer(-1);
    bool ok = defineOwnProperty(vm, o, key, desc, shouldThrow);
    if (!ok || (!desc.isAccessor() && !(desc.hasWritable && !desc.writable))) *m.entry = mapValue;
    if (ok && desc.hasValue) m.env->set(m.envSlot, desc.value);
    return ok;
  }
  notePrototypeIndexKey(vm, o, key);
  uint8_t kind = o->kind;
  JsRealm& r = jsRealm(vm);
  if (kind == uint8_t(CellKind::Array)) {
    ArrayObject* a = static_cast<ArrayObject*>(o);
    if (key == r.names.length) {
      if (desc.isAccessor()) return reject(vm, shouldThrow, "Cannot redefine property: length");
      if ((desc.hasConfigurable && desc.configurable) || (desc.hasEnumerable && desc.enumerable))
        return reject(vm, shouldThrow, "Cannot redefine property: length");
      if (desc.hasValue) {
        Rooted rv(vm, desc.value);
        double num = toNumber(vm, desc.value);
        uint32_t newLen = toUint32(vm, desc.value);
        if (double(newLen) != num) throwRangeError(vm, "Invalid array length");
        if (!a->lengthWritable && newLen != a->elements.size())
          return reject(vm, shouldThrow, "Cannot redefine property: length");
        if (!arraySetLength(vm, a, newLen, shouldThrow)) return false;
      }
      if (desc.hasWritable) {
        if (desc.writable && !a->lengthWritable) return reject(vm, shouldThrow, "Cannot redefine property: length");
        if (!desc.writable) { a->lengthWritable = false; makeElementsSlow(a); }
      }
      return true;
    }
    uint32_t idx;
    if (keyIndex(key, &idx)) return defineArrayIndex(vm, a, idx, key, desc, shouldThrow);
  } else if (kind == uint8_t(CellKind::ObjectOther) && o->classTag() == uint16_t(ClassTag::TypedArray)) {
    uint32_t idx;
    if (keyIndex(key, &idx)) {
      TypedArrayObject* t = static_cast<TypedArrayObject*>(o);
      if (idx >= t->length) return reject(vm, shouldThrow, "Invalid typed array index");
      if (desc.isAccessor() || (desc.hasConfigurable && !desc.configurable) ||
          (desc.hasEnumerable && !desc.enumerable) || (desc.hasWritable && !desc.writable))
        return reject(vm, shouldThrow, "Cannot redefine property: " + keyToDisplay(key));
      if (desc.hasValue) typedArraySet(vm, t, idx, desc.value);
      return true;
    }
  } else if (kind == uint8_t(CellKind::ObjectOther) &&
             o->classTag() == uint16_t(ClassTag::StringObject)) {
    String* s = asString(static_cast<InternalObject*>(o)->internal[0]);
    uint32_t idx;
    if (key == r.names.length || (keyIndex(key, &idx) && idx < s->length())) {
      PropertyDescriptor cur, n;
      getOwnProperty(vm, o, key, &cur);
      if (!validateDescriptor(&cur, desc, o->isExtensible(), &n))
        return reject(vm, shouldThrow, "Cannot redefine property: " + keyToDisplay(key));
      return true;
    }
  }
  PropertyDescriptor cur;
  bool has = getOwnProperty(vm, o, key, &cur);
  PropertyDescriptor n;
  if (!validateDescriptor(has ? &cur : nullptr, desc, o->isExtensible(), &n)) {
    if (!has) return reject(vm, shouldThrow, "Cannot define property " + keyToDisplay(key) + ", object is not extensible");
    return reject(vm, shouldThrow, "Cannot redefine property: " + keyToDisplay(key));
  }
  storeSlotProperty(vm, o, key, n);
  return true;
}

bool createDataProperty(VM& vm, Object* o, PropertyKey key, Value v, bool shouldThrow) {
  notePrototypeIndexKey(vm, o, key);
  // Fast paths: plain objects without the key; arrays at an index.
  if (o->kind == uint8_t(CellKind::Object) && o->isExtensible() &&
      !(o->cellFlags & kLazyPropertiesMask)) {
    uint32_t slot = o->findOwn(key);
    if (slot == Shape::kNotFound) {
      Rooted ro(vm, Value::cell(o)), rv(vm, v), rk(vm, Value::cell(key));
      o->addProperty(vm, key, rv, kDefaultAttrs);
      return true;
    }
    if (o->attrsAt(slot) == kDefaultAttrs) { o->setSlot(slot, v); return true; }
  }
  return defineOwnProperty(vm, o, key, PropertyDescriptor::data(v, kDefaultAttrs), shouldThrow);
}

// ---------------------------------------------------------------------------------------------
// [[Delete]]

bool deleteProperty(VM& vm, Object* o, PropertyKey key, bool shouldThrow) {
  JsRealm& r = jsRealm(vm);
  Rooted rkey(vm, Value::cell(key));
  if (isProxyObject(o)) return proxyDelete(vm, o, key, shouldThrow);
  if (MappedArgument m; mappedArgument(o, key, &m)) {
    Value mapValue = *m.entry;
    *m.entry = Value::integer(-1);  // a deleted element stops aliasing its parameter
    bool ok = deleteProperty(vm, o, key, shouldThrow);
    if (!ok) *m.entry = mapValue;
    return ok;
  }
  if (o->kind == uint8_t(CellKind::Array)) {
    ArrayObject* a = static_cast<ArrayObject*>(o);
    if (key == r.names.length) return reject(vm, shouldThrow, "Cannot delete property 'length' of [object Array]");
    uint32_t idx;
    if (keyIndex(key, &idx) && idx < a->elements.size() && !a->elements[idx].isHole()) {
      if (a->cellFlags & (kSealedElements | kFrozenElements))
        return reject(vm, shouldThrow, "Cannot delete property '" + keyString(key)->toUtf8() + "' of [object Array]");
      a->elements[idx] = Value::hole();
      return true;
    }
  } else if (o->kind == uint8_t(CellKind::ObjectOther) &&
             o->classTag() == uint16_t(ClassTag::StringObject)) {
    String* s = asString(static_cast<InternalObject*>(o)->internal[0]);
    uint32_t idx;
    if (key == r.names.length || (keyIndex(key, &idx) && idx < s->length()))
      return reject(vm, shouldThrow, "Cannot delete property '" + keyToDisplay(key) + "' of [object String]");
  }
  if (o->kind == uint8_t(CellKind::ObjectOther) && o->classTag() == uint16_t(ClassTag::TypedArray)) {
    uint32_t idx;
    if (keyIndex(key, &idx) && idx < static_cast<TypedArrayObject*>(o)->length)
      return reject(vm, shouldThrow, "Cannot delete property '" + keyToDisplay(key) + "' of [object Array]");
  }
  materializeLazyProperties(vm, o);
  uint32_t slot = o->findOwn(key);
  if (slot == Shape::kNotFound) return true;
  if (!(o->attrsAt(slot) & kConfigurable)) {
    return reject(vm, shouldThrow, "Cannot delete property '" + keyToDisplay(key) + "' of " +
                                       describeForError(vm, Value::cell(o)));
  }
  Rooted ro(vm, Value::cell(o));
  refreshDictionary(vm, o);
  o->removeProperty(vm, key);
  return true;
}

// ---------------------------------------------------------------------------------------------
// [[OwnPropertyKeys]]

void ownPropertyKeys(VM& vm, Object* o, RootedVector& out, bool includeStrings, bool includeSymbols) {
  Rooted ro(vm, Value::cell(o));
  if (isProxyObject(o)) { proxyOwnKeys(vm, o, out, includeStrings, includeSymbols); return; }
  materializeLazyProperties(vm, o);
  std::vector<uint32_t> indices;
  bool arrayLike = false;
  if (o->kind == uint8_t(CellKind::Array)) {
    ArrayObject* a = static_cast<ArrayObject*>(o);
    for (uint32_t i = 0; i < a->elements.size(); i++)
      if (!a->elements[i].isHole()) indices.push_back(i);
    arrayLike = true;
  } else if (o->kind == uint8_t(CellKind::ObjectOther) &&
             o->classTag() == uint16_t(ClassTag::StringObject)) {
    String* s = asString(static_cast<InternalObject*>(o)->internal[0]);
    for (uint32_t i = 0; i < s->length(); i++) indices.push_back(i);
  } else if (o->kind == uint8_t(CellKind::ObjectOther) && o->classTag() == uint16_t(ClassTag::TypedArray)) {
    for (uint32_t i = 0; i < static_cast<TypedArrayObject*>(o)->length; i++) indices.push_back(i);
    arrayLike = true;
  }
  uint32_t n = o->propertyCount();
  bool shapeHasIndices = false;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t idx;
    if (keyIndex(o->keyAt(i), &idx)) { indices.push_back(idx); shapeHasIndices = true; }
  }
  if (shapeHasIndices || !arrayLike) std::sort(indices.begin(), indices.end());
  if (includeStrings) {
    for (uint32_t idx : indices) out.push(Value::cell(indexToKey(vm, idx)));
    if (o->kind == uint8_t(CellKind::Array)) out.push(Value::cell(jsRealm(vm).names.length));
    else if (o->kind == uint8_t(CellKind::ObjectOther) &&
             o->classTag() == uint16_t(ClassTag::StringObject))
      out.push(Value::cell(jsRealm(vm).names.length));
    for (uint32_t i = 0; i < o->propertyCount(); i++) {
      PropertyKey k = o->keyAt(i);
      uint32_t idx;
      if (!isSymbolKey(k) && !keyIndex(k, &idx)) out.push(Value::cell(k));
    }
  }
  if (includeSymbols) {
    for (uint32_t i = 0; i < o->propertyCount(); i++) {
      PropertyKey k = o->keyAt(i);
      if (isSymbolKey(k) && !static_cast<Symbol*>(k)->isPrivate()) out.push(Value::cell(k));
    }
  }
}

void ownEnumerableStringKeys(VM& vm, Object* o, RootedVector& out) {
  // Plain shaped objects: straight from the shape.
  if (o->kind == uint8_t(CellKind::Object) && !(o->cellFlags & kLazyPropertiesMask)) {
    uint32_t n = o->propertyCount();
    bool anyIndex = false;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t idx;
      PropertyKey k = o->keyAt(i);
      if (keyIndex(k, &idx)) { anyIndex = true; break; }
    }
    if (!anyIndex) {
      for (uint32_t i = 0; i < n; i++) {
        PropertyKey k = o->keyAt(i);
        if (!isSymbolKey(k) && (o->attrsAt(i) & kEnumerable)) out.push(Value::cell(k));
      }
      return;
    }
  }
  RootedVector keys(vm);
  ownPropertyKeys(vm, o, keys, true, false);
  for (size_t i = 0; i < keys.size(); i++) {
    PropertyDescriptor d;
    if (getOwnProperty(vm, o, static_cast<PropertyKey>(keys[i].asCell()), &d) && d.enumerable)
      out.push(keys[i]);
  }
}

// ---------------------------------------------------------------------------------------------
// [[Get]] / [[Set]] / [[HasProperty]]

Value getPropertyFromObject(VM& vm, Object* o, PropertyKey key, Value receiver) {
  for (Object* cur = o; cur; cur = cur->proto()) {
    if (isProxyObject(cur)) return proxyGet(vm, cur, key, receiver);
    if (cur->kind != uint8_t(CellKind::Object) || (cur->cellFlags & kLazyPropertiesMask)) {
      PropertyDescriptor d;
      if (cur->kind == uint8_t(CellKind::Array) || cur->kind == uint8_t(CellKind::ObjectOther) ||
          (cur->cellFlags & kLazyPropertiesMask)) {
        if (getOwnProperty(vm, cur, key, &d)) {
          if (d.isAccessor()) {
            if (d.getter.isUndefined()) return Value::undefined();
            return call(vm, d.getter, receiver);
          }
          return d.value;
        }
        continue;
      }
    }
    uint32_t slot = cur->findOwn(key);
    if (slot != Shape::kNotFound) {
      Value v = cur->slot(slot);
      if (cur->attrsAt(slot) & kAccessor) {
        Value g = static_cast<Accessor*>(v.asCell())->getter;
        if (g.isUndefined()) return Value::undefined();
        return call(vm, g, receiver);
      }
      return v;
    }
  }
  return Value::undefined();
}

static Object* primitivePrototype(VM& vm, Value v) {
  JsRealm& r = jsRealm(vm);
  if (isString(v)) return r.stringPrototype;
  if (v.isNumber()) return r.numberPrototype;
  if (v.isBool()) return r.booleanPrototype;
  if (isSymbol(v)) return r.symbolPrototype;
  if (isBigInt(v)) return r.bigintPrototype ? r.bigintPrototype : r.objectPrototype;
  return nullptr;
}

Value getProperty(VM& vm, Value obj, PropertyKey key) {
  if (isObject(obj)) return getPropertyFromObject(vm, asObject(obj), key, obj);
  if (obj.isNullish()) {
    throwTypeError(vm, "Cannot read properties of " + std::string(obj.isNull() ? "null" : "undefined") +
                           " (reading '" + keyToDisplay(key) + "')");
  }
  if (isString(obj)) {
    String* s = asString(obj);
    if (key == jsRealm(vm).names.length) return Value::integer(int32_t(s->length()));
    uint32_t idx;
    if (keyIndex(key, &idx)) {
      if (idx < s->length()) {
        char16_t c = char16_t(s->at(idx));
        if (c < 128) return Value::cell(vm.intern(std::string(1, char(c))));
        return Value::cell(String::fromUtf16(vm.heap, std::u16string_view(&c, 1)));
      }
      return getPropertyFromObject(vm, jsRealm(vm).stringPrototype, key, obj);
    }
  }
  Object* proto = primitivePrototype(vm, obj);
  if (!proto) return Value::undefined();
  return getPropertyFromObject(vm, proto, key, obj);
}

static std::string objectForMessage(VM& vm, Value receiver) {
  if (isArray(receiver)) return "object '[object Array]'";
  if (isCallable(receiver)) return "function '" + describeForError(vm, receiver) + "'";
  if (isObject(receiver)) {
    Object* o = asObject(receiver);
    // '#<Ctor>' by the constructor of the prototype, as V8 does.
    std::string ctor = "Object";
    Object* p = o->proto();
    if (p) {
      uint32_t s = p->findOwn(jsRealm(vm).names.constructor);
      if (s != Shape::kNotFound && isObject(p->slot(s))) {
        Object* c = asObject(p->slot(s));
        uint32_t ns = c->findOwn(jsRealm(vm).names.name);
        if (ns != Shape::kNotFound && isString(c->slot(ns)) && asString(c->slot(ns))->length())
          ctor = asString(c->slot(ns))->toUtf8();
      }
    }
    return "object '#<" + ctor + ">'";
  }
  return "object";
}

bool setProperty(VM& vm, Value obj, PropertyKey key, Value v, Value receiver, bool shouldThrow) {
  Rooted rv(vm, v), rrecv(vm, receiver), robj(vm, obj), rkey(vm, Value::cell(key));
  Object* o;
  if (isObject(obj)) o = asObject(obj);
  else {
    if (obj.isNullish())
      throwTypeError(vm, "Cannot set properties of " + std::string(obj.isNull() ? "null" : "undefined") +
                             " (setting '" + keyToDisplay(key) + "')");
    o = primitivePrototype(vm, obj);
    if (isString(obj)) {
      uint32_t idx;
      String* s = asString(obj);
      if (key == jsRealm(vm).names.length || (keyIndex(key, &idx) && idx < s->length()))
        return reject(vm, shouldThrow, "Cannot assign to read only property '" + keyToDisplay(key) +
                                           "' of string '" + s->toUtf8() + "'");
    }
  }
  // Find the property along the chain (OrdinarySet).
  PropertyDescriptor d;
  bool found = false;
  for (Object* cur = o; cur; cur = cur->proto()) {
    if (isProxyObject(cur)) return proxySet(vm, cur, key, rv, rrecv, shouldThrow);
    if (getOwnProperty(vm, cur, key, &d)) { found = true; break; }
  }
  if (found && d.isAccessor()) {
    if (d.setter.isUndefined()) {
      return reject(vm, shouldThrow, "Cannot set property " + keyToDisplay(key) + " of " +
                                         describeForError(vm, receiver) + " which has only a getter");
    }
    Value arg = rv;
    call(vm, d.setter, receiver, &arg, 1);
    return true;
  }
  if (found && !d.writable) {
    return reject(vm, shouldThrow, "Cannot assign to read only property '" + keyToDisplay(key) +
                                       "' of " + objectForMessage(vm, receiver));
  }
  if (!isObject(receiver)) {
    std::string t = isString(receiver) ? "string" : receiver.isNumber() ? "number" : receiver.isBool() ? "boolean" : "symbol";
    return reject(vm, shouldThrow, "Cannot create property '" + keyToDisplay(key) + "' on " + t + " '" +
                                       (isSymbol(receiver) ? keyToDisplay(asSymbol(receiver)) : toStdString(vm, receiver)) + "'");
  }
  Object* ro = asObject(receiver);
  // Fast: own writable data property in a slot.
  if (ro->kind == uint8_t(CellKind::Object) && !(ro->cellFlags & kLazyPropertiesMask)) {
    uint32_t slot = ro->findOwn(key);
    if (slot != Shape::kNotFound) {
      uint8_t a = ro->attrsAt(slot);
      if ((a & (kAccessor | kWritable)) == kWritable) { ro->setSlot(slot, rv); return true; }
    } else if (ro->isExtensible()) {
      notePrototypeIndexKey(vm, ro, key);
      ro->addProperty(vm, key, rv, kDefaultAttrs);
      return true;
    }
  }
  if (ro->kind == uint8_t(CellKind::Array)) {
    uint32_t idx;
    ArrayObject* a = static_cast<ArrayObject*>(ro);
    if (a->fastElements && keyIndex(key, &idx) && idx < a->elements.size() &&
        !(a->cellFlags & (kSealedElements | kFrozenElements))) {
      a->setElement(idx, rv);
      return true;
    }
    if (key == jsRealm(vm).names.length) {
      PropertyDescriptor nd;
      nd.hasValue = true;
      nd.value = rv;
      return defineOwnProperty(vm, ro, key, nd, shouldThrow);
    }
  }
  PropertyDescriptor existing;
  if (getOwnProperty(vm, ro, key, &existing)) {
    if (existing.isAccessor()) return reject(vm, shouldThrow, "Cannot redefine property: " + keyToDisplay(key));
    if (!existing.writable)
      return reject(vm, shouldThrow, "Cannot assign to read only property '" + keyToDisplay(key) + "' of " + objectForMessage(vm, receiver));
    PropertyDescriptor nd;
    nd.hasValue = true;
    nd.value = rv;
    return defineOwnProperty(vm, ro, key, nd, shouldThrow);
  }
  if (!ro->isExtensible())
    return reject(vm, shouldThrow, "Cannot add property " + keyToDisplay(key) + ", object is not extensible");
  return defineOwnProperty(vm, ro, key, PropertyDescriptor::data(rv, kDefaultAttrs), shouldThrow);
}

bool hasOwnProperty(VM& vm, Object* o, PropertyKey key) {
  PropertyDescriptor d;
  return getOwnProperty(vm, o, key, &d);
}

bool hasProperty(VM& vm, Object* o, PropertyKey key) {
  for (Object* cur = o; cur; cur = cur->proto()) {
    if (isProxyObject(cur)) return proxyHas(vm, cur, key);
    if (hasOwnProperty(vm, cur, key)) return true;
  }
  return false;
}

Value getIndex(VM& vm, Value obj, uint64_t index) {
  if (isArray(obj)) {
    ArrayObject* a = asArray(obj);
    if (index < a->elements.size() && !a->elements[index].isHole()) return a->elements[index];
  }
  if (index <= 0xFFFFFFFEull) return getProperty(vm, obj, indexToKey(vm, uint32_t(index)));
  Rooted ro(vm, obj);
  String* k = vm.intern(numberToStdString(double(index)));
  return getProperty(vm, ro, k);
}

void setIndex(VM& vm, Value obj, uint64_t index, Value v, bool shouldThrow) {
  if (isArray(obj)) {
    ArrayObject* a = asArray(obj);
    if (a->fastElements && index < a->elements.size() &&
        !(a->cellFlags & (kSealedElements | kFrozenElements))) {
      a->setElement(uint32_t(index), v);
      return;
    }
  }
  Rooted ro(vm, obj), rv(vm, v);
  PropertyKey k = index <= 0xFFFFFFFEull ? indexToKey(vm, uint32_t(index))
                                         : vm.intern(numberToStdString(double(index)));
  setProperty(vm, ro, k, rv, ro, shouldThrow);
}

bool setPrototypeOf(VM& vm, Object* o, Object* proto) {
  if (o->proto() == proto) return true;
  if (!o->isExtensible()) return false;
  for (Object* p = proto; p; p = p->proto())
    if (p == o) return false;
  // Shapes of this library determine the prototype (realm.h): leave the tree.
  if (!o->shape()->isDictionary()) toDictionaryMode(vm, o);
  o->setProto(proto);
  return true;
}

void preventExtensions(VM& vm, Object* o) {
  if (!o->isExtensible()) return;
  // A non-extensible object must not share its shape with extensible ones: AddSlot caches are
  // keyed by shape alone.
  toDictionaryMode(vm, o);
  o->preventExtensions();
}

void setIntegrityLevel(VM& vm, Object* o, bool frozen) {
  Rooted ro(vm, Value::cell(o));
  materializeLazyProperties(vm, o);
  preventExtensions(vm, o);
  refreshDictionary(vm, o);
  for (uint32_t i = 0; i < o->propertyCount(); i++) {
    uint8_t a = o->attrsAt(i) & ~kConfigurable;
    if (frozen && !(a & kAccessor)) a &= ~kWritable;
    o->setAttrs(vm, i, a);
  }
  if (o->kind == uint8_t(CellKind::Array)) {
    ArrayObject* arr = static_cast<ArrayObject*>(o);
    arr->cellFlags |= frozen ? kFrozenElements : kSealedElements;
    if (frozen) arr->lengthWritable = false;
    makeElementsSlow(arr);
  }
}

bool testIntegrityLevel(VM& vm, Object* o, bool frozen) {
  if (o->isExtensible()) return false;
  RootedVector keys(vm);
  ownPropertyKeys(vm, o, keys);
  for (size_t i = 0; i < keys.size(); i++) {
    PropertyDescriptor d;
    if (getOwnProperty(vm, o, static_cast<PropertyKey>(keys[i].asCell()), &d)) {
      if (d.configurable) return false;
      if (frozen && d.isData() && d.writable) return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Arrays

ArrayObject* newArray(VM& vm, uint32_t capacity) {
  JsRealm& r = jsRealm(vm);
  ArrayObject* a = vm.heap.make<ArrayObject>(r.rootShapeFor(r.arrayPrototype), r.arrayPrototype);
  if (capacity) a->elements.reserve(capacity);
  return a;
}

ArrayObject* createArrayFromList(VM& vm, const Value* items, size_t n) {
  ArrayObject* a = newArray(vm, uint32_t(n));
  for (size_t i = 0; i < n; i++) a->push(items[i]);
  return a;
}

uint64_t lengthOfArrayLike(VM& vm, Value obj) {
  if (isArray(obj)) return asArray(obj)->elements.size();
  Value l = getProperty(vm, obj, jsRealm(vm).names.length);
  return toLength(vm, l);
}

bool arraySetLength(VM& vm, ArrayObject* a, uint64_t newLength, bool shouldThrow) {
  if (newLength == a->elements.size()) return true;
  if (!a->lengthWritable) return reject(vm, shouldThrow, "Cannot assign to read only property 'length' of object '[object Array]'");
  if (newLength > kMaxDenseLength) {
    if (shouldThrow) throwRangeError(vm, "Invalid array length");
    return false;
  }
  if (newLength < a->elements.size()) {
    if (a->cellFlags & (kSealedElements | kFrozenElements)) {
      return reject(vm, shouldThrow, "Cannot delete array elements of a sealed array");
    }
    // Shape-backed index properties beyond the new length are deleted too.
    if (!a->fastElements) {
      Rooted ra(vm, Value::cell(a));
      for (uint32_t i = a->propertyCount(); i-- > 0;) {
        uint32_t idx;
        if (keyIndex(a->keyAt(i), &idx) && idx >= newLength) {
          if (!(a->attrsAt(i) & kConfigurable)) { newLength = uint64_t(idx) + 1; continue; }
          refreshDictionary(vm, a);
          a->removeProperty(vm, a->keyAt(i));
        }
      }
    }
    a->elements.resize(size_t(newLength));
  } else {
    size_t before = a->elements.capacity();
    a->elements.resize(size_t(newLength), Value::hole());
    if (a->elements.capacity() != before)
      vm.heap.noteExternalGrowth((a->elements.capacity() - before) * sizeof(Value));
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Descriptor objects

Value fromPropertyDescriptor(VM& vm, const PropertyDescriptor& d) {
  JsRealm& r = jsRealm(vm);
  Rooted rv(vm, d.value), rg(vm, d.getter), rs(vm, d.setter);
  Object* o = newPlainObject(vm, r.objectPrototype);
  Rooted ro(vm, Value::cell(o));
  if (d.hasValue) o->addProperty(vm, r.names.value, rv);
  if (d.hasWritable) o->addProperty(vm, r.names.writable, Value::boolean(d.writable));
  if (d.hasGet) o->addProperty(vm, r.names.get, rg);
  if (d.hasSet) o->addProperty(vm, r.names.set, rs);
  if (d.hasEnumerable) o->addProperty(vm, r.names.enumerable, Value::boolean(d.enumerable));
  if (d.hasConfigurable) o->addProperty(vm, r.names.configurable, Value::boolean(d.configurable));
  return ro;
}

void toPropertyDescriptor(VM& vm, Value obj, PropertyDescriptor* out) {
  if (!isObject(obj)) throwTypeError(vm, "Property description must be an object: " + describeForError(vm, obj));
  JsRealm& r = jsRealm(vm);
  Rooted ro(vm, obj);
  Object* o = asObject(obj);
  PropertyDescriptor d;
  if (hasProperty(vm, o, r.names.enumerable)) { d.hasEnumerable = true; d.enumerable = toBoolean(getProperty(vm, ro, r.names.enumerable)); }
  if (hasProperty(vm, o, r.names.configurable)) { d.hasConfigurable = true; d.configurable = toBoolean(getProperty(vm, ro, r.names.configurable)); }
  Rooted rvalue(vm), rget(vm), rset(vm);
  if (hasProperty(vm, o, r.names.value)) { d.hasValue = true; rvalue = getProperty(vm, ro, r.names.value); }
  if (hasProperty(vm, o, r.names.writable)) { d.hasWritable = true; d.writable = toBoolean(getProperty(vm, ro, r.names.writable)); }
  if (hasProperty(vm, o, r.names.get)) {
    d.hasGet = true;
    rget = getProperty(vm, ro, r.names.get);
    if (!rget.get().isUndefined() && !isCallable(rget)) throwTypeError(vm, "Getter must be a function: " + describeForError(vm, rget));
  }
  if (hasProperty(vm, o, r.names.set)) {
    d.hasSet = true;
    rset = getProperty(vm, ro, r.names.set);
    if (!rset.get().isUndefined() && !isCallable(rset)) throwTypeError(vm, "Setter must be a function: " + describeForError(vm, rset));
  }
  if ((d.hasGet || d.hasSet) && (d.hasValue || d.hasWritable))
    throwTypeError(vm, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
  d.value = rvalue; d.getter = rget; d.setter = rset;
  *out = d;
}

}  // namespace dualvm::js
