// runtime/js/js_language.cpp — JsLanguage: ECMAScript semantics behind the shared opcodes.
//
// Inline caches filled here (the interpreter only executes them):
//  * OwnSlot get: receiver's own data property in a slot. Valid for tree AND dictionary shapes:
//    tree shapes are immutable, and this library never removes a key or changes attributes of a
//    dictionary shape in place — it swaps in a fresh copy first (object_ops.h), so a cached
//    (shape, slot) pair always still means the same key with the same attributes.
//  * OwnSlot set: the same, for a writable data property.
//  * ProtoSlot get: only when the holder is the receiver's DIRECT prototype, the receiver's shape
//    is a tree shape (adding a shadowing own key changes it) descending from the per-prototype
//    root shape of that prototype (realm.h: so the shape alone proves the prototype — the
//    interpreter checks receiver shape + holder shape only), and the property is data.
//  * AddSlot set: receiver extensible tree shape, no setter / read-only property of that key on
//    the prototype chain at fill time. (A setter added to a prototype later is not seen by
//    already-filled AddSlot caches: accepted, as the common case is constructors adding fields.)
//    Non-extensible objects always have dictionary shapes (object_ops preventExtensions), so
//    they never match an AddSlot cache.
//  * ArrayLength / StringLength: `.length` of arrays and strings.
//  * GlobalSlot: an own data property of the global object (or a global lexical binding),
//    holder + holder shape + slot.
// Accessor properties are never cached (their slot holds an Accessor cell).
#include "runtime/js/js_language.h"
#include <cmath>
#include "frontends/js/compiler.h"
#include "runtime/bigint.h"
#include "runtime/interpreter.h"
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/promise_core.h"
#include "runtime/js/typed_arrays.h"

namespace dualvm::js {

JsLanguage::JsLanguage(VM& vm) {}
JsLanguage::~JsLanguage() = default;

void JsLanguage::initRealm(VM& vm) {
  if (realm_) return;
  // No collection while the realm's own fields are half set (createIntrinsics re-enables it).
  vm.heap.setCollectionAllowed(false);
  realm_ = std::make_unique<JsRealm>(vm);
  createIntrinsics(vm);
}

JsRealm& jsRealm(VM& vm) {
  return static_cast<JsLanguage*>(vm.language(ir::Language::JavaScript))->realm();
}

// ---------------------------------------------------------------------------------------------
// Operators

static double jsPow(double b, double e) {
  if (e != e) return NAN;
  if ((b == 1 || b == -1) && std::isinf(e)) return NAN;
  return std::pow(b, e);
}

static Value numberResult(double d) { return Value::fromDoubleNormalized(d); }

static double arith(BinaryOp op, double x, double y) {
  switch (op) {
    case BinaryOp::Add: return x + y;
    case BinaryOp::Sub: return x - y;
    case BinaryOp::Mul: return x * y;
    case BinaryOp::Div: return x / y;
    case BinaryOp::Mod: {
      if (y == 0 || std::isinf(x) || x != x || y != y) return NAN;
      if (std::isinf(y)) return x;
      if (x == 0) return x;
      // Integral operands below 2^53: an exact integer remainder, much cheaper than fmod.
      if (std::fabs(x) < 9007199254740992.0 && std::fabs(y) < 9007199254740992.0 &&
          x == std::trunc(x) && y == std::trunc(y)) {
        int64_t r = int64_t(x) % int64_t(y);
        if (r == 0 && x < 0) return -0.0;
        return double(r);
      }
      return std::fmod(x, y);
    }
    case BinaryOp::Pow: return jsPow(x, y);
    default: return NAN;
  }
}

static Value bigintBinary(VM& vm, BinaryOp op, Value a, Value b) {
  Rooted ra(vm, a), rb(vm, b);
  bigint::Op bop;
  switch (op) {
    case BinaryOp::Add: bop = bigint::Op::Add; break;
    case BinaryOp::Sub: bop = bigint::Op::Sub; break;
    case BinaryOp::Mul: bop = bigint::Op::Mul; break;
    case BinaryOp::Div:
      if (bigint::sign(b) == 0) throwRangeError(vm, "Division by zero");
      bop = bigint::Op::TruncDiv; break;
    case BinaryOp::Mod:
      if (bigint::sign(b) == 0) throwRangeError(vm, "Division by zero");
      bop = bigint::Op::TruncMod; break;
    case BinaryOp::Pow:
      if (bigint::sign(b) < 0) throwRangeError(vm, "Exponent must be non-negative");
      if (bigint::bitLength(b) > 32) throwRangeError(vm, "Maximum BigInt size exceeded");
      bop = bigint::Op::Pow; break;
    case BinaryOp::BitAnd: bop = bigint::Op::And; break;
    case BinaryOp::BitOr: bop = bigint::Op::Or; break;
    case BinaryOp::BitXor: bop = bigint::Op::Xor; break;
    case BinaryOp::Shl: case BinaryOp::Shr: {
      bool left = op == BinaryOp::Shl;
      if (bigint::sign(b) < 0) { b = bigint::negate(vm.heap, b); rb = b; left = !left; }
      if (bigint::bitLength(b) > 30) {
        if (left && bigint::sign(ra) != 0) throwRangeError(vm, "Maximum BigInt size exceeded");
        return toJsBigInt(vm, Value::integer(left ? 0 : (bigint::sign(ra) < 0 ? -1 : 0)));
      }
      bop = left ? bigint::Op::Shl : bigint::Op::Shr;
      return toJsBigInt(vm, bigint::binary(vm.heap, bop, ra, rb));
    }
    case BinaryOp::UShr: throwTypeError(vm, "BigInts have no unsigned right shift, use >> instead");
    default: throwTypeError(vm, "unsupported BigInt operator");
  }
  Value res = bigint::binary(vm.heap, bop, ra, rb);
  return toJsBigInt(vm, res);
}

bool JsLanguage::integerConstant(VM& vm, const std::string& decimal, Value* out) {
  mpz_t z;
  mpz_init(z);
  const bool ok = mpz_set_str(z, decimal.c_str(), 10) == 0;
  if (ok) *out = bigint::cellFromMpz(vm.heap, z);
  mpz_clear(z);
  return ok;
}

Value JsLanguage::binary(VM& vm, BinaryOp op, Value a, Value b) {
  if (a.isNumber() && b.isNumber()) {
    switch (op) {
      case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: case BinaryOp::Div:
      case BinaryOp::Mod: case BinaryOp::Pow:
        return numberResult(arith(op, a.toDouble(), b.toDouble()));
      default: break;
    }
  }
  Rooted ra(vm, a), rb(vm, b);
  if (op == BinaryOp::Add) {
    Value pa = toPrimitive(vm, a, PreferredType::Default);
    ra = pa;
    Value pb = toPrimitive(vm, rb, PreferredType::Default);
    rb = pb;
    if (isString(ra) || isString(rb)) {
      String* sa = toString(vm, ra);
      ra = Value::cell(sa);
      String* sb = toString(vm, rb);
      rb = Value::cell(sb);
      return Value::cell(concatStrings(vm, asString(ra), asString(rb)));
    }
    a = ra; b = rb;
  }
  Value na = toNumeric(vm, ra);
  ra = na;
  Value nb = toNumeric(vm, rb);
  rb = nb;
  if (isBigInt(na) || isBigInt(nb)) {
    if (!(isBigInt(na) && isBigInt(nb)))
      throwTypeError(vm, "Cannot mix BigInt and other types, use explicit conversions");
    return bigintBinary(vm, op, na, nb);
  }
  double x = na.toDouble(), y = nb.toDouble();
  switch (op) {
    case BinaryOp::Add: case BinaryOp::Sub: case BinaryOp::Mul: case BinaryOp::Div:
    case BinaryOp::Mod: case BinaryOp::Pow:
      return numberResult(arith(op, x, y));
    case BinaryOp::BitAnd: return Value::integer(doubleToInt32(x) & doubleToInt32(y));
    case BinaryOp::BitOr: return Value::integer(doubleToInt32(x) | doubleToInt32(y));
    case BinaryOp::BitXor: return Value::integer(doubleToInt32(x) ^ doubleToInt32(y));
    case BinaryOp::Shl: return Value::integer(int32_t(uint32_t(doubleToInt32(x)) << (uint32_t(doubleToInt32(y)) & 31)));
    case BinaryOp::Shr: return Value::integer(doubleToInt32(x) >> (uint32_t(doubleToInt32(y)) & 31));
    case BinaryOp::UShr: {
      uint32_t r = uint32_t(doubleToInt32(x)) >> (uint32_t(doubleToInt32(y)) & 31);
      return Value::fromInt64(int64_t(r));
    }
    default: throwTypeError(vm, "unsupported operator");
  }
}

Value JsLanguage::unary(VM& vm, UnaryOp op, Value a) {
  if (op == UnaryOp::Plus) return numberResult(toNumber(vm, a));
  Value n = toNumeric(vm, a);
  if (isBigInt(n)) {
    Rooted rn(vm, n);
    switch (op) {
      case UnaryOp::Neg: return toJsBigInt(vm, bigint::negate(vm.heap, n));
      case UnaryOp::BitNot: return toJsBigInt(vm, bigint::bitNot(vm.heap, n));
      case UnaryOp::Inc: return toJsBigInt(vm, bigint::binary(vm.heap, bigint::Op::Add, rn, Value::integer(1)));
      case UnaryOp::Dec: return toJsBigInt(vm, bigint::binary(vm.heap, bigint::Op::Sub, rn, Value::integer(1)));
      default: return n;
    }
  }
  double d = n.toDouble();
  switch (op) {
    case UnaryOp::Neg: return numberResult(-d);
    case UnaryOp::BitNot: return Value::integer(~doubleToInt32(d));
    case UnaryOp::Inc: return numberResult(d + 1);
    case UnaryOp::Dec: return numberResult(d - 1);
    case UnaryOp::ToNumeric: return n;
    default: return numberResult(d);
  }
}

Value JsLanguage::compare(VM& vm, CompareOp op, Value a, Value b) {
  switch (op) {
    case CompareOp::Eq: return Value::boolean(isLooselyEqual(vm, a, b));
    case CompareOp::Ne: return Value::boolean(!isLooselyEqual(vm, a, b));
    case CompareOp::StrictEq: return Value::boolean(isStrictlyEqual(a, b));
    case CompareOp::StrictNe: return Value::boolean(!isStrictlyEqual(a, b));
    case CompareOp::Lt: return Value::boolean(lessThan(vm, a, b, true) == 1);
    case CompareOp::Gt: return Value::boolean(lessThan(vm, b, a, false) == 1);
    case CompareOp::Le: return Value::boolean(lessThan(vm, b, a, false) == 0);
    case CompareOp::Ge: return Value::boolean(lessThan(vm, a, b, true) == 0);
  }
  return Value::boolean(false);
}

bool JsLanguage::truthy(VM& vm, Value v) {
  if (isBigInt(v)) return bigint::sign(v) != 0;
  return toBoolean(v);
}

Value JsLanguage::typeOf(VM& vm, Value v) {
  const char* t;
  if (v.isNumber()) t = "number";
  else if (isString(v)) t = "string";
  else if (v.isBool()) t = "boolean";
  else if (v.isUndefined()) t = "undefined";
  else if (v.isNull()) t = "object";
  else if (isSymbol(v)) t = "symbol";
  else if (isBigInt(v)) t = "bigint";
  else if (isCallable(v)) t = "function";
  else t = "object";
  return Value::cell(vm.intern(t));
}

Value JsLanguage::toPropertyKey(VM& vm, Value v) { return Value::cell(js::toPropertyKey(vm, v)); }

Value JsLanguage::toStringForConcat(VM& vm, Value v) { return Value::cell(toString(vm, v)); }

bool JsLanguage::instanceOf(VM& vm, Value v, Value constructor) { return js::instanceOf(vm, v, constructor); }

// ---------------------------------------------------------------------------------------------
// Properties

static bool cacheableReceiver(const Object* o) {
  if (o->classTag() == uint16_t(ClassTag::Proxy)) return false;
  uint8_t k = o->kind;
  if (k == uint8_t(CellKind::ObjectOther)) {
    uint16_t t = o->classTag();
    return t != uint16_t(ClassTag::StringObject) && t != uint16_t(ClassTag::Proxy) &&
           t != uint16_t(ClassTag::TypedArray) && t != uint16_t(ClassTag::Arguments);  // mapped arguments
  }
  return true;
}

// Fill a lookup-cache entry for a data property of o (own, or up to kMaxDepth prototypes up)
// under the rules of lookup_cache.h; false when the lookup is not cacheable.
static bool fillLookupEntry(JsRealm& r, Object* o, PropertyKey key, PropertyLookupCache::Entry& e) {
  if (key->kind == uint8_t(CellKind::String)) {
    uint32_t idx;
    if (static_cast<String*>(key)->isArrayIndex(&idx)) return false;  // elements, not shape slots
  }
  e.shape = nullptr;  // empty until complete: a failed fill must not leave a half-written entry
  Shape* s0 = o->shape();
  uint32_t slot = o->findOwn(key);
  if (slot != Shape::kNotFound) {
    if (o->attrsAt(slot) & kAccessor) return false;
    e.depth = 0;
  } else {
    Object* cur = o;
    uint32_t depth = 0;
    while (true) {
      Object* p = cur->proto();
      if (++depth > PropertyLookupCache::kMaxDepth || !p || !r.shapeDeterminesProto(cur->shape(), p) ||
          !cacheableReceiver(p) || p->kind == uint8_t(CellKind::Array) || (p->cellFlags & kLazyPropertiesMask))
        return false;
      e.chain[depth - 1] = p;
      e.chainShapes[depth - 1] = p->shape();
      slot = p->findOwn(key);
      if (slot != Shape::kNotFound) {
        if (p->attrsAt(slot) & kAccessor) return false;
        break;
      }
      cur = p;  // an intermediate: the next round requires its shape to be a tree shape
    }
    e.depth = depth;
  }
  e.shape = s0;
  e.key = key;
  e.slot = slot;
  return true;
}

Value JsLanguage::getProperty(VM& vm, Value obj, PropertyKey key, InlineCache* ic) {
  JsRealm& r = *realm_;
  if (isObject(obj)) {
    Object* o = asObject(obj);
    if (o->kind == uint8_t(CellKind::Array) && key == r.names.length) {
      if (ic) ic->kind = InlineCache::ArrayLength;
      return Value::fromInt64(int64_t(static_cast<ArrayObject*>(o)->elements.size()));
    }
    if (ic && cacheableReceiver(o) && !(o->cellFlags & kLazyPropertiesMask)) {
      // The lookup cache (lookup_cache.h) answers polymorphic and deep-prototype sites.
      PropertyLookupCache::Entry& e = r.lookupCache.at(o->shape(), key);
      bool hit = e.shape == o->shape() && e.key == key;
      for (uint32_t d = 0; hit && d < e.depth; d++) hit = e.chain[d]->shape() == e.chainShapes[d];
      if (!hit) hit = fillLookupEntry(r, o, key, e);
      if (hit) {
        if (e.depth == 0) {
          ic->kind = InlineCache::OwnSlot;
          ic->shape = e.shape;
          ic->slot = e.slot;
          return o->slot(e.slot);
        }
        Object* holder = e.chain[e.depth - 1];
        if (e.depth == 1) {
          ic->kind = InlineCache::ProtoSlot;
          ic->shape = e.shape;
          ic->holder = holder;
          ic->holderShape = e.chainShapes[0];
          ic->slot = e.slot;
        }
        return holder->slot(e.slot);
      }
      uint32_t slot = o->findOwn(key);
      if (slot != Shape::kNotFound) {
        if (!(o->attrsAt(slot) & kAccessor)) {
          uint32_t idx;
          if (!(o->kind == uint8_t(CellKind::Array) && static_cast<String*>(key)->kind == uint8_t(CellKind::String) &&
                static_cast<String*>(key)->isArrayIndex(&idx))) {
            ic->kind = InlineCache::OwnSlot;
            ic->shape = o->shape();
            ic->slot = slot;
          }
        }
      } else if (Object* p = o->proto(); p && r.shapeDeterminesProto(o->shape(), p) && cacheableReceiver(p) &&
                 p->kind != uint8_t(CellKind::Array) && !(p->cellFlags & kLazyPropertiesMask) &&
                 !(o->kind == uint8_t(CellKind::Array) && key->kind == uint8_t(CellKind::String) &&
                   [&] { uint32_t i; return static_cast<String*>(key)->isArrayIndex(&i); }())) {
        uint32_t ps = p->findOwn(key);
        if (ps != Shape::kNotFound && !(p->attrsAt(ps) & kAccessor)) {
          ic->kind = InlineCache::ProtoSlot;
          ic->shape = o->shape();
          ic->holder = p;
          ic->holderShape = p->shape();
          ic->slot = ps;
          return p->slot(ps);
        }
      }
    }
    return getPropertyFromObject(vm, o, key, obj);
  }
  if (isString(obj) && key == r.names.length) {
    if (ic) ic->kind = InlineCache::StringLength;
    return Value::integer(int32_t(asString(obj)->length()));
  }
  return js::getProperty(vm, obj, key);
}

// Is there a setter or read-only property named key on o's prototype chain?
static bool chainBlocksAdd(VM& vm, Object* o, PropertyKey key) {
  for (Object* p = o->proto(); p; p = p->proto()) {
    if (p->kind != uint8_t(CellKind::Object) && p->kind != uint8_t(CellKind::NativeFunction) &&
        p->kind != uint8_t(CellKind::Closure))
      return true;  // exotic prototypes: take the slow path every time
    if (p->cellFlags & kLazyPropertiesMask) return true;
    uint32_t s = p->findOwn(key);
    if (s != Shape::kNotFound) {
      uint8_t a = p->attrsAt(s);
      return (a & kAccessor) || !(a & kWritable);
    }
  }
  return false;
}

void JsLanguage::setProperty(VM& vm, Value obj, PropertyKey key, Value v, bool strict, InlineCache* ic) {
  if (isObject(obj)) {
    Object* o = asObject(obj);
    uint8_t k = o->kind;
    if (o->classTag() != uint16_t(ClassTag::Proxy) &&
        (k == uint8_t(CellKind::Object) || k == uint8_t(CellKind::Closure) ||
         k == uint8_t(CellKind::Generator) ||
         (k == uint8_t(CellKind::ObjectOther) && cacheableReceiver(o))) &&
        !(o->cellFlags & kLazyPropertiesMask)) {
      // An own slot the lookup cache knows (polymorphic sites) saves the shape lookup.
      const PropertyLookupCache::Entry& e = realm_->lookupCache.at(o->shape(), key);
      uint32_t slot = e.shape == o->shape() && e.key == key && e.depth == 0 ? e.slot : o->findOwn(key);
      if (slot != Shape::kNotFound) {
        if ((o->attrsAt(slot) & (kAccessor | kWritable)) == kWritable) {
          o->setSlot(slot, v);
          if (ic) { ic->kind = InlineCache::OwnSlot; ic->shape = o->shape(); ic->slot = slot; }
          return;
        }
      } else if (o->isExtensible() && !chainBlocksAdd(vm, o, key)) {
        Shape* before = o->shape();
        Rooted ro(vm, obj), rv(vm, v);
        o->addProperty(vm, key, rv, kDefaultAttrs);
        if (ic && !before->isDictionary() && !o->shape()->isDictionary()) {
          ic->kind = InlineCache::AddSlot;
          ic->shape = before;
          ic->newShape = o->shape();
          ic->slot = o->shape()->count() - 1;
        }
        return;
      }
    }
  }
  js::setProperty(vm, obj, key, v, obj, strict);
}

Value JsLanguage::getElement(VM& vm, Value obj, Value key) {
  if (key.isInt() && key.asInt() >= 0) {
    uint32_t i = uint32_t(key.asInt());
    if (isArray(obj)) {
      ArrayObject* a = asArray(obj);
      if (i < a->elements.size() && !a->elements[i].isHole()) return a->elements[i];
      return getIndex(vm, obj, i);
    }
    if (isString(obj)) {
      String* s = asString(obj);
      if (i < s->length()) {
        char16_t c = char16_t(s->at(i));
        if (c < 128) return Value::cell(vm.intern(std::string(1, char(c))));
        return Value::cell(String::fromUtf16(vm.heap, std::u16string_view(&c, 1)));
      }
      return Value::undefined();
    }
    if (isTypedArray(obj)) {
      TypedArrayObject* t = asTypedArray(obj);
      return i < t->length ? typedArrayGet(t, i) : Value::undefined();
    }
  }
  if (obj.isNullish()) {
    std::string k = isSymbol(key) ? keyToDisplay(asSymbol(key)) : toStdString(vm, key);
    throwTypeError(vm, "Cannot read properties of " + std::string(obj.isNull() ? "null" : "undefined") +
                           " (reading '" + k + "')");
  }
  Rooted ro(vm, obj);
  PropertyKey pk = js::toPropertyKey(vm, key);
  return js::getProperty(vm, ro, pk);
}

void JsLanguage::setElement(VM& vm, Value obj, Value key, Value v, bool strict) {
  if (key.isInt() && key.asInt() >= 0 && isArray(obj)) {
    ArrayObject* a = asArray(obj);
    uint32_t i = uint32_t(key.asInt());
    if (a->fastElements && a->isExtensible() && a->lengthWritable &&
        a->proto() == realm_->arrayPrototype) {
      if (i < a->elements.size()) {
        if (!a->elements[i].isHole() || !realm_->prototypesHaveIndexedProperties ||
            !hasProperty(vm, obj, key)) {
          a->setElement(i, v);
          return;
        }
      } else if (i == a->elements.size()) {
        size_t before = a->elements.capacity();
        a->push(v);
        if (a->elements.capacity() != before)
          vm.heap.noteExternalGrowth((a->elements.capacity() - before) * sizeof(Value));
        return;
      }
    }
  }
  if (key.isInt() && key.asInt() >= 0 && isTypedArray(obj)) {
    typedArraySet(vm, asTypedArray(obj), uint32_t(key.asInt()), v);
    return;
  }
  if (obj.isNullish()) {
    std::string k = isSymbol(key) ? keyToDisplay(asSymbol(key)) : toStdString(vm, key);
    throwTypeError(vm, "Cannot set properties of " + std::string(obj.isNull() ? "null" : "undefined") +
                           " (setting '" + k + "')");
  }
  Rooted ro(vm, obj), rv(vm, v);
  PropertyKey pk = js::toPropertyKey(vm, key);
  js::setProperty(vm, ro, pk, rv, ro, strict);
}

bool JsLanguage::deleteElement(VM& vm, Value obj, Value key, bool strict) {
  Rooted rk(vm, key);
  Object* o = toObject(vm, obj);
  Rooted ro(vm, Value::cell(o));
  PropertyKey pk = js::toPropertyKey(vm, rk);
  return deleteProperty(vm, o, pk, strict);
}

bool JsLanguage::hasProperty(VM& vm, Value obj, Value key) {
  if (!isObject(obj)) {
    std::string k = isSymbol(key) ? keyToDisplay(asSymbol(key)) : toStdString(vm, key);
    throwTypeError(vm, "Cannot use 'in' operator to search for '" + k + "' in " +
                           (isString(obj) ? asString(obj)->toUtf8() : describeForError(vm, obj)));
  }
  Rooted ro(vm, obj);
  if (key.isInt() && key.asInt() >= 0 && isArray(obj)) {
    ArrayObject* a = asArray(obj);
    uint32_t i = uint32_t(key.asInt());
    if (i < a->elements.size() && !a->elements[i].isHole()) return true;
  }
  PropertyKey pk = js::toPropertyKey(vm, key);
  return js::hasProperty(vm, asObject(ro), pk);
}

void JsLanguage::defineProperty(VM& vm, Value obj, Value key, Value v, int kind, uint32_t flags) {
  Rooted ro(vm, obj), rv(vm, v);
  PropertyKey pk = js::toPropertyKey(vm, key);
  Rooted rk(vm, Value::cell(pk));
  Object* o = asObject(obj);
  bool enumerable = flags & 1;
  if (kind == 0) {
    createDataProperty(vm, o, pk, rv, true);
    return;
  }
  if (isClosure(rv)) {
    Closure* c = asClosure(rv);
    c->homeObject = ro;
    writeBarrier(c, ro);
    // SetFunctionName for computed keys: the compiler names methods with static keys.
    if (c->fn->ir->name.empty()) {
      uint32_t ns = c->findOwn(realm_->names.name);
      if (ns != Shape::kNotFound && isString(c->slot(ns)) && asString(c->slot(ns))->isEmpty()) {
        std::string n = keyToDisplay(pk);
        if (pk->kind == uint8_t(CellKind::Symbol)) {
          Symbol* sym = static_cast<Symbol*>(pk);
          n = isString(sym->description) ? "[" + asString(sym->description)->toUtf8() + "]" : "";
        }
        if (kind == 2) n = "get " + n;
        else if (kind == 3) n = "set " + n;
        String* name = vm.newString(n);
        asClosure(rv)->setSlot(ns, Value::cell(name));
      }
    }
  }
  PropertyDescriptor d;
  d.hasEnumerable = d.hasConfigurable = true;
  d.enumerable = enumerable;
  d.configurable = true;
  if (kind == 1) {
    d.hasValue = d.hasWritable = true;
    d.value = rv;
    d.writable = true;
  } else if (kind == 2) {
    d.hasGet = true;
    d.getter = rv;
  } else {
    d.hasSet = true;
    d.setter = rv;
  }
  defineOwnProperty(vm, o, pk, d, true);
}

void JsLanguage::copyDataProperties(VM& vm, Value target, Value source, Value excludedKeys) {
  if (source.isNullish()) return;
  Rooted rt(vm, target), rex(vm, excludedKeys);
  Object* from = toObject(vm, source);
  Rooted rfrom(vm, Value::cell(from));
  RootedVector keys(vm);
  ownPropertyKeys(vm, from, keys);
  for (size_t i = 0; i < keys.size(); i++) {
    PropertyKey k = static_cast<PropertyKey>(keys[i].asCell());
    if (isArray(rex)) {
      bool skip = false;
      for (Value e : asArray(rex)->elements) {
        if (e.isCell() && (e.asCell() == k || (isString(e) && k->kind == uint8_t(CellKind::String) &&
                                                asString(e)->equals(static_cast<String*>(k))))) {
          skip = true;
          break;
        }
      }
      if (skip) continue;
    }
    PropertyDescriptor d;
    if (!getOwnProperty(vm, asObject(rfrom), k, &d) || !d.enumerable) continue;
    Value v = getPropertyFromObject(vm, asObject(rfrom), k, rfrom);
    createDataProperty(vm, asObject(rt), k, v, true);
  }
}

Value JsLanguage::getSuper(VM& vm, Value homeObject, Value thisValue, Value key) {
  Rooted rt(vm, thisValue), rh(vm, homeObject);
  PropertyKey pk = js::toPropertyKey(vm, key);
  if (!isObject(rh)) throwSyntaxError(vm, "'super' keyword unexpected here");
  Object* proto = asObject(rh)->proto();
  if (!proto) throwTypeError(vm, "Cannot read properties of null (reading '" + keyToDisplay(pk) + "')");
  return getPropertyFromObject(vm, proto, pk, rt);
}

void JsLanguage::setSuper(VM& vm, Value homeObject, Value thisValue, Value key, Value v) {
  Rooted rt(vm, thisValue), rh(vm, homeObject), rv(vm, v);
  PropertyKey pk = js::toPropertyKey(vm, key);
  if (!isObject(rh)) throwSyntaxError(vm, "'super' keyword unexpected here");
  Object* proto = asObject(rh)->proto();
  if (!proto) throwTypeError(vm, "Cannot set properties of null");
  js::setProperty(vm, Value::cell(proto), pk, rv, rt, true);
}

void JsLanguage::setPrototypeOf(VM& vm, Value obj, Value proto) {
  if (!isObject(obj)) return;
  if (isObject(proto)) js::setPrototypeOf(vm, asObject(obj), asObject(proto));
  else if (proto.isNull()) js::setPrototypeOf(vm, asObject(obj), nullptr);
}

// ---------------------------------------------------------------------------------------------
// Globals

Value JsLanguage::getGlobal(VM& vm, String* name, bool throwIfMissing, InlineCache* ic) {
  JsRealm& r = *realm_;
  uint32_t s = r.globalLexicals->findOwn(name);
  if (s != Shape::kNotFound) {
    Value v = r.globalLexicals->slot(s);
    if (v.isUninitialized()) throwReferenceError(vm, "Cannot access '" + name->toUtf8() + "' before initialization");
    if (ic) {
      ic->kind = InlineCache::GlobalSlot;
      ic->holder = r.globalLexicals;
      ic->holderShape = r.globalLexicals->shape();
      ic->slot = s;
    }
    return v;
  }
  Object* g = r.global;
  s = g->findOwn(name);
  if (s != Shape::kNotFound && !(g->attrsAt(s) & kAccessor)) {
    if (ic) {
      ic->kind = InlineCache::GlobalSlot;
      ic->holder = g;
      ic->holderShape = g->shape();
      ic->slot = s;
    }
    return g->slot(s);
  }
  if (!js::hasProperty(vm, g, name)) {
    if (throwIfMissing) throwReferenceError(vm, name->toUtf8() + " is not defined");
    return Value::undefined();
  }
  return getPropertyFromObject(vm, g, name, Value::cell(g));
}

void JsLanguage::setGlobal(VM& vm, String* name, Value v, bool strict, InlineCache* ic) {
  JsRealm& r = *realm_;
  uint32_t s = r.globalLexicals->findOwn(name);
  if (s != Shape::kNotFound) {
    r.globalLexicals->setSlot(s, v);
    return;
  }
  Object* g = r.global;
  s = g->findOwn(name);
  if (s != Shape::kNotFound && (g->attrsAt(s) & (kAccessor | kWritable)) == kWritable) {
    g->setSlot(s, v);
    if (ic) {
      ic->kind = InlineCache::GlobalSlot;
      ic->holder = g;
      ic->holderShape = g->shape();
      ic->slot = s;
    }
    return;
  }
  Rooted rv(vm, v);
  if (s == Shape::kNotFound && !js::hasProperty(vm, g, name)) {
    if (strict) throwReferenceError(vm, name->toUtf8() + " is not defined");
  }
  js::setProperty(vm, Value::cell(g), name, rv, Value::cell(g), strict);
}

void JsLanguage::declareGlobal(VM& vm, String* name, uint32_t flags) {
  JsRealm& r = *realm_;
  Rooted rn(vm, Value::cell(name));
  if (flags & 2) {
    if (r.globalLexicals->findOwn(name) == Shape::kNotFound)
      r.globalLexicals->addProperty(vm, name, Value::uninitialized(), kWritable | kEnumerable);
    return;
  }
  if (!hasOwnProperty(vm, r.global, name)) {
    r.global->addProperty(vm, name, Value::undefined(), kWritable | kEnumerable);
  }
}

// ---------------------------------------------------------------------------------------------
// Creation

Value JsLanguage::newObject(VM& vm) { return Value::cell(newPlainObject(vm, realm_->objectPrototype)); }

Value JsLanguage::newArray(VM& vm, uint32_t capacity) { return Value::cell(js::newArray(vm, capacity)); }

void JsLanguage::arraySpread(VM& vm, Value array, Value iterable) {
  Rooted ra(vm, array);
  RootedVector items(vm);
  iterableToList(vm, iterable, items);
  ArrayObject* a = asArray(ra);
  for (size_t i = 0; i < items.size(); i++) a->push(items[i]);
}

Value JsLanguage::newRegExp(VM& vm, Value pattern, Value flags) {
  JsRealm& r = *realm_;
  if (!r.regexpConstructor) throwSyntaxError(vm, "Regular expressions are not available");
  Value args[2] = {pattern, flags};
  return construct(vm, Value::cell(r.regexpConstructor), args, 2);
}

Value JsLanguage::makeClosure(VM& vm, FunctionProto* fn, Environment* env) {
  JsRealm& r = *realm_;
  const ir::Function& f = *fn->ir;
  Object* proto = r.functionPrototype;
  if (f.isAsync) proto = f.isGenerator ? r.asyncGeneratorFunctionPrototype : r.asyncFunctionPrototype;
  else if (f.isGenerator) proto = r.generatorFunctionPrototype;
  Closure* c = vm.heap.make<Closure>(r.rootShapeFor(proto), proto, fn, env);
  Rooted rc(vm, Value::cell(c));
  c->addProperty(vm, r.names.length, Value::integer(int32_t(f.length)), kConfigurable);
  c->addProperty(vm, r.names.name, Value::cell(fn->name ? fn->name : r.names.empty), kConfigurable);
  bool ctorLike = !f.isArrow && !f.isMethod && !f.isAsync && !f.isGetter && !f.isSetter &&
                  !f.isClassConstructor;
  if (ctorLike || f.isGenerator) c->cellFlags |= kLazyPrototypeFlag;
  return rc;
}

Value JsLanguage::makeClass(VM& vm, Value constructor, Value superclass) {
  JsRealm& r = *realm_;
  Rooted rc(vm, constructor), rs(vm, superclass);
  Object* protoParent = r.objectPrototype;
  Object* ctorParent = r.functionPrototype;
  if (!superclass.isHole() && !superclass.isUninitialized()) {
    if (superclass.isNull()) {
      protoParent = nullptr;
    } else {
      if (!isConstructor(superclass))
        throwTypeError(vm, "Class extends value " + describeForError(vm, superclass) + " is not a constructor or null");
      if (isClosure(superclass) && asClosure(superclass)->fn->ir->isGenerator)
        throwTypeError(vm, "Class extends value " + describeForError(vm, superclass) + " is not a constructor or null");
      Value pp = js::getProperty(vm, superclass, r.names.prototype);
      if (!isObject(pp) && !pp.isNull())
        throwTypeError(vm, "Class extends value does not have valid prototype property " + describeForError(vm, pp));
      protoParent = pp.isNull() ? nullptr : asObject(pp);
      ctorParent = asObject(rs);
    }
  }
  Object* proto = newPlainObject(vm, protoParent);
  Rooted rp(vm, Value::cell(proto));
  Object* ctor = asObject(rc);
  ctor->cellFlags &= ~kLazyPrototypeFlag;
  js::setPrototypeOf(vm, ctor, ctorParent);
  ctor->putDirect(vm, r.names.prototype, rp, 0);
  proto->addProperty(vm, r.names.constructor, rc, kWritable | kConfigurable);
  if (isClosure(rc)) {
    asClosure(rc)->homeObject = rp;
    writeBarrier(ctor, rp);
  }
  return rp;
}

Value JsLanguage::templateObject(VM& vm, FunctionProto* fn, uint32_t constIndex) {
  JsRealm& r = *realm_;
  auto key = std::make_pair(fn, constIndex);
  auto it = r.templateObjects.find(key);
  if (it != r.templateObjects.end()) return it->second;
  const auto* ts = std::get_if<ir::TemplateStrings>(&fn->ir->constants[constIndex]);
  if (!ts) throwTypeError(vm, "internal error: template constant expected");
  Rooted rf(vm, Value::cell(fn));
  ArrayObject* cooked = js::newArray(vm, uint32_t(ts->cooked.size()));
  Rooted rcooked(vm, Value::cell(cooked));
  ArrayObject* raw = js::newArray(vm, uint32_t(ts->raw.size()));
  Rooted rraw(vm, Value::cell(raw));
  for (size_t i = 0; i < ts->raw.size(); i++) {
    String* s = String::fromUtf16(vm.heap, ts->raw[i]);
    asArray(rraw)->push(Value::cell(s));
  }
  for (size_t i = 0; i < ts->cooked.size(); i++) {
    bool valid = i < ts->cookedValid.size() ? ts->cookedValid[i] : true;
    Value v = valid ? Value::cell(String::fromUtf16(vm.heap, ts->cooked[i])) : Value::undefined();
    asArray(rcooked)->push(v);
  }
  setIntegrityLevel(vm, asArray(rraw), true);
  asObject(rcooked)->addProperty(vm, r.names.raw, rraw, 0);
  setIntegrityLevel(vm, asArray(rcooked), true);
  r.templateObjects[key] = rcooked;
  return rcooked;
}

// The properties every arguments object has: the argument values, length, @@iterator, callee.
static Value fillArguments(VM& vm, JsRealm& r, Object* o, Value callee, const Value* argv, uint32_t argc) {
  Rooted rcallee(vm, callee);
  RootedVector args(vm);
  for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
  o->setClassTag(uint16_t(ClassTag::Arguments));
  Rooted ro(vm, Value::cell(o));
  for (uint32_t i = 0; i < argc; i++) {
    Rooted key(vm, Value::cell(indexToKey(vm, i)));
    asObject(ro)->addProperty(vm, asString(key), args[i]);
  }
  o->addProperty(vm, r.names.length, Value::integer(int32_t(argc)), kWritable | kConfigurable);
  o->addProperty(vm, r.symbols.iterator, r.arrayProtoValues, kWritable | kConfigurable);
  bool strict = isClosure(rcallee) && asClosure(rcallee)->fn->ir->strict;
  if (!strict && isObject(rcallee)) {
    asObject(ro)->addProperty(vm, r.names.callee, rcallee, kWritable | kConfigurable);
  } else if (strict) {
    Accessor* poison = vm.heap.make<Accessor>(r.throwTypeErrorFunction, r.throwTypeErrorFunction);
    Rooted rp(vm, Value::cell(poison));
    asObject(ro)->addProperty(vm, r.names.callee, rp, kAccessor);
  }
  return ro;
}

Value JsLanguage::makeArguments(VM& vm, Value callee, const Value* argv, uint32_t argc) {
  Rooted rcallee(vm, callee);
  Object* o = newPlainObject(vm, realm_->objectPrototype);
  return fillArguments(vm, *realm_, o, rcallee, argv, argc);
}

// Mapped (sloppy) arguments: an InternalObject whose internal[0] is the function's environment
// and internal[1 + i] the env slot that element i aliases (-1 once unmapped); object_ops.cpp
// reads and writes through the map (mappedArgumentSlot).
Value JsLanguage::makeMappedArguments(VM& vm, Value callee, const Value* argv, uint32_t argc, Environment* env,
                                      const ir::ConstantList* slots) {
  Rooted rcallee(vm, callee), renv(vm, Value::cell(env));
  uint32_t mapped = std::min<uint32_t>(argc, uint32_t(slots->items.size()));
  InternalObject* o = newInternalObject(vm, ClassTag::Arguments, realm_->objectPrototype, 1 + mapped);
  o->setInternal(0, renv);
  for (uint32_t i = 0; i < mapped; i++)
    o->internal[1 + i] = Value::integer(int32_t(std::get<double>(slots->items[i])));
  return fillArguments(vm, *realm_, o, rcallee, argv, argc);
}

Value JsLanguage::makeRestArray(VM& vm, const Value* argv, uint32_t argc) {
  return Value::cell(createArrayFromList(vm, argv, argc));
}

// ---------------------------------------------------------------------------------------------
// Calls

Value JsLanguage::callOther(VM& vm, Value callee, Value thisValue, const Value* argv, uint32_t argc) {
  if (isKind(callee, CellKind::BoundFunction)) {
    BoundFunction* b = static_cast<BoundFunction*>(callee.asCell());
    Rooted rb(vm, callee);
    RootedVector args(vm);
    for (Value v : b->boundArgs) args.push(v);
    for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
    return vm.call(b->target, b->boundThis, args.data(), uint32_t(args.size()));
  }
  throwTypeError(vm, describeForError(vm, callee) + " is not a function");
}

Value JsLanguage::constructOther(VM& vm, Value callee, const Value* argv, uint32_t argc, Value newTarget) {
  if (isKind(callee, CellKind::BoundFunction)) {
    BoundFunction* b = static_cast<BoundFunction*>(callee.asCell());
    Rooted rb(vm, callee);
    RootedVector args(vm);
    for (Value v : b->boundArgs) args.push(v);
    for (uint32_t i = 0; i < argc; i++) args.push(argv[i]);
    Value nt = newTarget == callee ? b->target : newTarget;
    return construct(vm, b->target, args.data(), uint32_t(args.size()), nt);
  }
  throwTypeError(vm, describeForError(vm, callee) + " is not a constructor");
}

Value JsLanguage::createThis(VM& vm, Closure* callee, Value newTarget) {
  JsRealm& r = *realm_;
  Object* proto = prototypeFromConstructor(vm, newTarget, r.objectPrototype);
  return Value::cell(newPlainObject(vm, proto));
}

void JsLanguage::throwNotCallable(VM& vm, Value callee, const std::string& exprText, bool isNew) {
  std::string what = exprText;
  if (what.empty() && isCallable(callee)) {
    uint32_t s = asObject(callee)->findOwn(realm_->names.name);
    if (s != Shape::kNotFound && isString(asObject(callee)->slot(s))) what = asString(asObject(callee)->slot(s))->toUtf8();
  }
  if (what.empty()) what = describeForError(vm, callee);
  throwTypeError(vm, what + (isNew ? " is not a constructor" : " is not a function"));
}

// ---------------------------------------------------------------------------------------------
// Iteration. getIterator returns either a pristine ArrayIterator (stepped directly) or an
// IteratorRecord InternalObject {iterator, next}, so `next` is read once as the spec says.

static constexpr uint16_t kIteratorRecordTag = uint16_t(ClassTag::IteratorRecord);

Value JsLanguage::getIterator(VM& vm, Value iterable, bool async) {
  if (!async && arrayIterationIsPristine(vm, iterable)) return newArrayIterator(vm, iterable, 1);
  if (async) {
    // The compiler drives async iteration itself (GetProp next, Call, Await): hand it the
    // iterator object (sync iterables wrapped by CreateAsyncFromSyncIterator).
    Rooted ri(vm, iterable);
    Value m = getMethod(vm, iterable, realm_->symbols.asyncIterator);
    if (!m.isUndefined()) {
      Rooted rm(vm, m);
      Value it = call(vm, rm, ri);
      if (!isObject(it)) throwTypeError(vm, "Result of the Symbol.asyncIterator method is not an object");
      return it;
    }
    IteratorRecord rec;
    Rooted rit(vm), rn(vm);
    js::getIterator(vm, ri, &rec, false);
    rit = rec.iterator;
    rn = rec.nextMethod;
    return createAsyncFromSyncIterator(vm, rit, rn);
  }
  IteratorRecord rec;
  Rooted ri(vm), rn(vm);
  js::getIterator(vm, iterable, &rec, async);
  ri = rec.iterator;
  rn = rec.nextMethod;
  InternalObject* o = newInternalObject(vm, ClassTag::None, nullptr, 2);
  o->setClassTag(kIteratorRecordTag);
  o->setInternal(0, ri);
  o->setInternal(1, rn);
  return Value::cell(o);
}

bool JsLanguage::iteratorStep(VM& vm, Value iterator, Value* out) {
  JsRealm& r = *realm_;
  if (hasClassTag(iterator, ClassTag::ArrayIterator)) {
    InternalObject* it = static_cast<InternalObject*>(iterator.asCell());
    uint32_t s = r.arrayIteratorPrototype->findOwn(r.names.next);
    if (it->proto() == r.arrayIteratorPrototype && it->findOwn(r.names.next) == Shape::kNotFound &&
        s != Shape::kNotFound && r.arrayIteratorPrototype->slot(s) == r.arrayIteratorNext &&
        it->internal[2] == Value::integer(1)) {
      Value target = it->internal[0];
      if (target.isUndefined()) return false;
      int32_t i = it->internal[1].asInt();
      if (isArray(target)) {
        ArrayObject* a = asArray(target);
        if (uint32_t(i) >= a->elements.size()) { it->internal[0] = Value::undefined(); return false; }
        it->internal[1] = Value::integer(i + 1);
        Value v = a->elements[i];
        *out = v.isHole() ? getIndex(vm, target, uint32_t(i)) : v;
        return true;
      }
    }
    Value next = js::getProperty(vm, iterator, r.names.next);
    IteratorRecord rec{iterator, next, false};
    return js::iteratorStep(vm, rec, out);
  }
  InternalObject* rec = static_cast<InternalObject*>(iterator.asCell());
  IteratorRecord ir{rec->internal[0], rec->internal[1], false};
  return js::iteratorStep(vm, ir, out);
}

void JsLanguage::iteratorClose(VM& vm, Value iterator) {
  if (hasClassTag(iterator, ClassTag::ArrayIterator)) {
    js::iteratorClose(vm, iterator, false);
    return;
  }
  InternalObject* rec = static_cast<InternalObject*>(iterator.asCell());
  js::iteratorClose(vm, rec->internal[0], false);
}

Value JsLanguage::forInStart(VM& vm, Value obj) {
  JsRealm& r = *realm_;
  InternalObject* e = newInternalObject(vm, ClassTag::ForInIterator, nullptr, 3);
  Rooted re(vm, Value::cell(e));
  e->setInternal(1, Value::integer(0));
  if (obj.isNullish()) return re;
  Rooted robj(vm, Value::cell(toObject(vm, obj)));
  RootedVector keys(vm);
  RootedVector visited(vm);
  std::vector<gc::Cell*> seen;
  for (Object* o = asObject(robj); o; o = o->proto()) {
    RootedVector own(vm);
    ownPropertyKeys(vm, o, own, true, false);
    for (size_t i = 0; i < own.size(); i++) {
      gc::Cell* k = own[i].asCell();
      bool dup = false;
      for (gc::Cell* s : seen) if (s == k) { dup = true; break; }
      if (dup) continue;
      seen.push_back(k);
      PropertyDescriptor d;
      if (getOwnProperty(vm, o, static_cast<PropertyKey>(k), &d) && d.enumerable) keys.push(own[i]);
    }
    if (seen.size() > 4096) {
      // Large objects: switch the duplicate check to a hash set.
      std::unordered_set<gc::Cell*> big(seen.begin(), seen.end());
      for (Object* p = o->proto(); p; p = p->proto()) {
        RootedVector pk(vm);
        ownPropertyKeys(vm, p, pk, true, false);
        for (size_t i = 0; i < pk.size(); i++) {
          gc::Cell* k = pk[i].asCell();
          if (!big.insert(k).second) continue;
          PropertyDescriptor d;
          if (getOwnProperty(vm, p, static_cast<PropertyKey>(k), &d) && d.enumerable) keys.push(pk[i]);
        }
      }
      break;
    }
  }
  ArrayObject* arr = createArrayFromList(vm, keys.data(), keys.size());
  e = static_cast<InternalObject*>(re.get().asCell());
  e->setInternal(0, robj);
  e->setInternal(2, Value::cell(arr));
  (void)r;
  return re;
}

bool JsLanguage::forInNext(VM& vm, Value enumerator, Value* key) {
  InternalObject* e = static_cast<InternalObject*>(enumerator.asCell());
  if (e->internal[2].isUndefined()) return false;
  ArrayObject* keys = asArray(e->internal[2]);
  while (true) {
    int32_t i = e->internal[1].asInt();
    if (uint32_t(i) >= keys->elements.size()) return false;
    e->internal[1] = Value::integer(i + 1);
    Value k = keys->elements[i];
    // Skip keys deleted during the loop.
    Object* o = asObject(e->internal[0]);
    if (!js::hasProperty(vm, o, static_cast<PropertyKey>(k.asCell()))) continue;
    *key = k;
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Generators and async functions (generators.cpp)

Value JsLanguage::startGenerator(VM& vm, GeneratorObject* gen) {
  const ir::Function& f = *gen->callee->fn->ir;
  if (f.isAsync && !f.isGenerator) return startAsyncFunction(vm, gen);
  Rooted rg(vm, Value::cell(gen));
  Value protoV = js::getProperty(vm, Value::cell(gen->callee), realm_->names.prototype);
  gen = static_cast<GeneratorObject*>(rg.get().asCell());
  Object* proto = isObject(protoV) ? asObject(protoV)
                                   : (f.isAsync ? realm_->asyncGeneratorPrototype : realm_->generatorPrototype);
  gen->setProto(proto);
  return rg;
}

void JsLanguage::awaitValue(VM& vm, GeneratorObject* gen, Value v) { asyncAwait(vm, gen, v); }

// yield* over the record getIterator made: `next` is the one read at GetIterator time.
int JsLanguage::delegateYield(VM& vm, Value iterator, uint8_t mode, Value received, Value* out) {
  JsRealm& r = *realm_;
  Rooted recv(vm, received);
  Rooted iter(vm), next(vm);
  if (hasClassTag(iterator, ClassTag::IteratorRecord)) {
    InternalObject* rec = static_cast<InternalObject*>(iterator.asCell());
    iter = rec->internal[0];
    next = rec->internal[1];
  } else {
    iter = iterator;
    next = js::getProperty(vm, iterator, r.names.next);
  }
  Rooted result(vm);
  if (mode == uint8_t(ResumeMode::Next)) {
    result = call(vm, next, iter, recv.address(), 1);
  } else if (mode == uint8_t(ResumeMode::Throw)) {
    Value thrower = getMethod(vm, iter, r.names.throw_);
    if (thrower.isUndefined()) {
      js::iteratorClose(vm, iter, false);
      throwTypeError(vm, "The iterator does not provide a 'throw' method");
    }
    Rooted rt(vm, thrower);
    result = call(vm, rt, iter, recv.address(), 1);
  } else {
    Value returner = getMethod(vm, iter, r.names.return_);
    if (returner.isUndefined()) {
      *out = recv;
      return 2;
    }
    Rooted rr(vm, returner);
    result = call(vm, rr, iter, recv.address(), 1);
  }
  if (!isObject(result)) throwTypeError(vm, "Iterator result " + describeForError(vm, result) + " is not an object");
  bool done = toBoolean(js::getProperty(vm, result, r.names.done));
  *out = js::getProperty(vm, result, r.names.value);
  if (!done) return 0;
  return mode == uint8_t(ResumeMode::Return) ? 2 : 1;
}

// ---------------------------------------------------------------------------------------------
// Errors and eval

Value JsLanguage::makeError(VM& vm, ErrorKind kind, const std::string& message) {
  ErrorType t = ErrorType::Error;
  switch (kind) {
    case ErrorKind::TypeError: t = ErrorType::TypeError; break;
    case ErrorKind::ReferenceError: case ErrorKind::NameError: t = ErrorType::ReferenceError; break;
    case ErrorKind::SyntaxError: t = ErrorType::SyntaxError; break;
    case ErrorKind::RangeError: case ErrorKind::RecursionError: case ErrorKind::MemoryError:
      t = ErrorType::RangeError; break;
    default: break;
  }
  return js::makeError(vm, t, message);
}

Value JsLanguage::coerceSloppyThis(VM& vm, Value thisValue) {
  if (thisValue.isNullish()) return Value::cell(realm_->global);
  if (isObject(thisValue)) return thisValue;
  return Value::cell(toObject(vm, thisValue));
}

bool JsLanguage::isEvalIntrinsic(VM& vm, Value callee) { return callee == realm_->evalFunction; }

static Value runEvalCode(VM& vm, Value source, Environment* env, Value thisValue, bool strict,
                         bool inFunction) {
  Rooted rthis(vm, thisValue);
  std::string text = asString(source)->toUtf8();
  ::js::SourceOptions opts;
  opts.kind = ::js::SourceKind::Eval;
  opts.strict = strict;
  opts.inFunction = inFunction;
  ::js::CompileResult res = ::js::compileSource(text, "<eval>", opts);
  if (!res.ok()) throwSyntaxError(vm, res.error->message);
  std::shared_ptr<const ir::Function> f(std::move(res.function));
  FunctionProto* fp = vm.link(f);
  return vm.runTopLevel(fp, rthis, env);
}

Value JsLanguage::directEval(VM& vm, Value source, Environment* env, Value thisValue, bool strict,
                             FunctionProto* caller) {
  if (!isString(source)) return source;
  // Free names of eval code resolve at run time through env's ScopeInfo names (GetName).
  bool inFunction = caller && !caller->ir->isScript;
  return runEvalCode(vm, source, env, thisValue, strict, inFunction);
}

Value indirectEval(VM& vm, Value source) {
  if (!isString(source)) return source;
  return runEvalCode(vm, source, nullptr, Value::cell(jsRealm(vm).global), false, false);
}

}  // namespace dualvm::js
