// runtime/js/object_builtins.cpp — the Object constructor, its static functions and
// Object.prototype (hasOwnProperty, isPrototypeOf, toString with Symbol.toStringTag, __proto__).
#include "runtime/js/builtins.h"
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

static PropertyKey keyOf(Value v) { return static_cast<PropertyKey>(v.asCell()); }

static Value objectConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args.isConstructCall() && args.newTarget != Value::cell(args.callee)) {
    return Value::cell(newPlainObject(vm, prototypeFromConstructor(vm, args.newTarget, r.objectPrototype)));
  }
  Value v = args[0];
  if (v.isNullish()) return Value::cell(newPlainObject(vm, r.objectPrototype));
  return Value::cell(toObject(vm, v));
}

static Object* requireObject(VM& vm, Value v, const char* fn) {
  if (!isObject(v)) throwTypeError(vm, std::string(fn) + " called on non-object");
  return asObject(v);
}

// keys / values / entries: magic 0, 1, 2.
static Value objectKeysValuesEntries(VM& vm, CallArgs& args) {
  int kind = static_cast<NativeFunction*>(args.callee)->magic;
  Object* o = toObject(vm, args[0]);
  Rooted ro(vm, Value::cell(o));
  RootedVector keys(vm);
  ownEnumerableStringKeys(vm, o, keys);
  if (kind == 0) return Value::cell(createArrayFromList(vm, keys.data(), keys.size()));
  RootedVector out(vm);
  for (size_t i = 0; i < keys.size(); i++) {
    PropertyKey k = keyOf(keys[i]);
    PropertyDescriptor d;
    if (!getOwnProperty(vm, asObject(ro), k, &d) || !d.enumerable) continue;
    Value v = getPropertyFromObject(vm, asObject(ro), k, ro);
    if (kind == 1) {
      out.push(v);
    } else {
      Value pair[2] = {keys[i], v};
      RootedVector p(vm);
      p.push(pair[0]);
      p.push(pair[1]);
      out.push(Value::cell(createArrayFromList(vm, p.data(), 2)));
    }
  }
  return Value::cell(createArrayFromList(vm, out.data(), out.size()));
}

static Value objectAssign(VM& vm, CallArgs& args) {
  Object* to = toObject(vm, args[0]);
  Rooted rto(vm, Value::cell(to));
  for (uint32_t i = 1; i < args.argc; i++) {
    Value src = args.argv[i];
    if (src.isNullish()) continue;
    Object* from = toObject(vm, src);
    Rooted rfrom(vm, Value::cell(from));
    RootedVector keys(vm);
    ownPropertyKeys(vm, from, keys);
    for (size_t k = 0; k < keys.size(); k++) {
      PropertyDescriptor d;
      if (!getOwnProperty(vm, asObject(rfrom), keyOf(keys[k]), &d) || !d.enumerable) continue;
      Value v = getPropertyFromObject(vm, asObject(rfrom), keyOf(keys[k]), rfrom);
      setProperty(vm, rto, keyOf(keys[k]), v, rto, true);
    }
  }
  return rto;
}

static void definePropertiesFrom(VM& vm, Object* o, Value props) {
  Rooted ro(vm, Value::cell(o));
  Object* p = toObject(vm, props);
  Rooted rp(vm, Value::cell(p));
  RootedVector keys(vm);
  ownPropertyKeys(vm, p, keys);
  RootedVector descObjs(vm);
  std::vector<size_t> which;
  for (size_t i = 0; i < keys.size(); i++) {
    PropertyDescriptor d;
    if (!getOwnProperty(vm, asObject(rp), keyOf(keys[i]), &d) || !d.enumerable) continue;
    descObjs.push(getPropertyFromObject(vm, asObject(rp), keyOf(keys[i]), rp));
    which.push_back(i);
  }
  for (size_t j = 0; j < which.size(); j++) {
    RootedDescriptor rd(vm);
    toPropertyDescriptor(vm, descObjs[j], &rd.get());
    rd.sync();
    defineOwnProperty(vm, asObject(ro), keyOf(keys[which[j]]), rd.get(), true);
  }
}

static Value objectCreate(VM& vm, CallArgs& args) {
  Value proto = args[0];
  if (!isObject(proto) && !proto.isNull())
    throwTypeError(vm, "Object prototype may only be an Object or null: " + describeForError(vm, proto));
  Object* o = newPlainObject(vm, proto.isNull() ? nullptr : asObject(proto));
  Rooted ro(vm, Value::cell(o));
  if (!args[1].isUndefined()) definePropertiesFrom(vm, o, args[1]);
  return ro;
}

static Value objectDefineProperty(VM& vm, CallArgs& args) {
  if (!isObject(args[0])) throwTypeError(vm, "Object.defineProperty called on non-object");
  PropertyKey k = toPropertyKey(vm, args[1]);
  Rooted rk(vm, Value::cell(k));
  RootedDescriptor rd(vm);
  toPropertyDescriptor(vm, args[2], &rd.get());
  rd.sync();
  defineOwnProperty(vm, asObject(args[0]), k, rd.get(), true);
  return args[0];
}

static Value objectDefineProperties(VM& vm, CallArgs& args) {
  if (!isObject(args[0])) throwTypeError(vm, "Object.defineProperties called on non-object");
  definePropertiesFrom(vm, asObject(args[0]), args[1]);
  return args[0];
}

static Value objectGetOwnPropertyDescriptor(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args[0]);
  Rooted ro(vm, Value::cell(o));
  PropertyKey k = toPropertyKey(vm, args[1]);
  Rooted rk(vm, Value::cell(k));
  PropertyDescriptor d;
  if (!getOwnProperty(vm, asObject(ro), k, &d)) return Value::undefined();
  return fromPropertyDescriptor(vm, d);
}

static Value objectGetOwnPropertyDescriptors(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Object* o = toObject(vm, args[0]);
  Rooted ro(vm, Value::cell(o));
  RootedVector keys(vm);
  ownPropertyKeys(vm, o, keys);
  Object* out = newPlainObject(vm, r.objectPrototype);
  Rooted rout(vm, Value::cell(out));
  for (size_t i = 0; i < keys.size(); i++) {
    PropertyDescriptor d;
    if (!getOwnProperty(vm, asObject(ro), keyOf(keys[i]), &d)) continue;
    Value dv = fromPropertyDescriptor(vm, d);
    createDataProperty(vm, asObject(rout), keyOf(keys[i]), dv);
  }
  return rout;
}

// getOwnPropertyNames (magic 0) / getOwnPropertySymbols (magic 1).
static Value objectGetOwnPropertyKeys(VM& vm, CallArgs& args) {
  bool symbols = static_cast<NativeFunction*>(args.callee)->magic == 1;
  Object* o = toObject(vm, args[0]);
  Rooted ro(vm, Value::cell(o));
  RootedVector keys(vm);
  ownPropertyKeys(vm, o, keys, !symbols, symbols);
  return Value::cell(createArrayFromList(vm, keys.data(), keys.size()));
}

static Value objectGetPrototypeOf(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args[0]);
  return o->proto() ? Value::cell(o->proto()) : Value::null();
}

static Value objectSetPrototypeOf(VM& vm, CallArgs& args) {
  Value o = args[0], proto = args[1];
  if (o.isNullish()) throwTypeError(vm, "Object.setPrototypeOf called on null or undefined");
  if (!isObject(proto) && !proto.isNull())
    throwTypeError(vm, "Object prototype may only be an Object or null: " + describeForError(vm, proto));
  if (!isObject(o)) return o;
  if (!setPrototypeOf(vm, asObject(o), proto.isNull() ? nullptr : asObject(proto))) {
    if (!asObject(o)->isExtensible()) throwTypeError(vm, describeForError(vm, o) + " is not extensible");
    throwTypeError(vm, "Cyclic __proto__ value");
  }
  return o;
}

// freeze (magic 1) / seal (magic 0) / preventExtensions (magic 2).
static Value objectIntegrity(VM& vm, CallArgs& args) {
  int m = static_cast<NativeFunction*>(args.callee)->magic;
  if (!isObject(args[0])) return args[0];
  if (m == 2) preventExtensions(vm, asObject(args[0]));
  else setIntegrityLevel(vm, asObject(args[0]), m == 1);
  return args[0];
}

// isFrozen (1) / isSealed (0) / isExtensible (2).
static Value objectTestIntegrity(VM& vm, CallArgs& args) {
  int m = static_cast<NativeFunction*>(args.callee)->magic;
  if (!isObject(args[0])) return Value::boolean(m != 2);
  if (m == 2) return Value::boolean(asObject(args[0])->isExtensible());
  return Value::boolean(testIntegrityLevel(vm, asObject(args[0]), m == 1));
}

static Value objectFromEntries(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args[0].isNullish()) throwTypeError(vm, describeForError(vm, args[0]) + " is not iterable");
  Object* o = newPlainObject(vm, r.objectPrototype);
  Rooted ro(vm, Value::cell(o));
  RootedVector items(vm);
  iterableToList(vm, args[0], items);
  for (size_t i = 0; i < items.size(); i++) {
    Value e = items[i];
    if (!isObject(e)) throwTypeError(vm, "Iterator value " + describeForError(vm, e) + " is not an entry object");
    Value k = getIndex(vm, e, 0);
    Rooted rk(vm, k);
    Value v = getIndex(vm, items[i], 1);
    Rooted rv(vm, v);
    PropertyKey pk = toPropertyKey(vm, rk);
    createDataProperty(vm, asObject(ro), pk, rv);
  }
  return ro;
}

static Value objectIs(VM&, CallArgs& args) { return Value::boolean(sameValue(args[0], args[1])); }

static Value objectHasOwn(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args[0]);
  Rooted ro(vm, Value::cell(o));
  PropertyKey k = toPropertyKey(vm, args[1]);
  return Value::boolean(hasOwnProperty(vm, asObject(ro), k));
}

static Value groupBy(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Object* out = newPlainObject(vm, nullptr);
  Rooted rout(vm, Value::cell(out));
  RootedVector items(vm);
  iterableToList(vm, args[0], items);
  for (size_t i = 0; i < items.size(); i++) {
    Value cbArgs[2] = {items[i], Value::integer(int32_t(i))};
    Value k = call(vm, args[1], Value::undefined(), cbArgs, 2);
    PropertyKey pk = toPropertyKey(vm, k);
    Rooted rk(vm, Value::cell(pk));
    Value existing = getPropertyFromObject(vm, asObject(rout), pk, rout);
    if (!isArray(existing)) {
      existing = Value::cell(newArray(vm, 0));
      Rooted re(vm, existing);
      createDataProperty(vm, asObject(rout), pk, re);
    }
    asArray(existing)->push(items[i]);
  }
  (void)r;
  return rout;
}

// ---- Object.prototype ----

static Value protoHasOwnProperty(VM& vm, CallArgs& args) {
  PropertyKey k = toPropertyKey(vm, args[0]);
  Rooted rk(vm, Value::cell(k));
  Object* o = toObject(vm, args.thisValue);
  return Value::boolean(hasOwnProperty(vm, o, k));
}

static Value protoIsPrototypeOf(VM& vm, CallArgs& args) {
  if (!isObject(args[0])) return Value::boolean(false);
  Object* o = toObject(vm, args.thisValue);
  for (Object* p = asObject(args[0])->proto(); p; p = p->proto())
    if (p == o) return Value::boolean(true);
  return Value::boolean(false);
}

static Value protoPropertyIsEnumerable(VM& vm, CallArgs& args) {
  PropertyKey k = toPropertyKey(vm, args[0]);
  Rooted rk(vm, Value::cell(k));
  Object* o = toObject(vm, args.thisValue);
  PropertyDescriptor d;
  return Value::boolean(getOwnProperty(vm, o, k, &d) && d.enumerable);
}

std::string builtinTag(VM& vm, Value v);

static Value protoToString(VM& vm, CallArgs& args) {
  Value t = args.thisValue;
  if (t.isUndefined()) return Value::cell(vm.intern("[object Undefined]"));
  if (t.isNull()) return Value::cell(vm.intern("[object Null]"));
  Object* o = toObject(vm, t);
  Rooted ro(vm, Value::cell(o));
  std::string builtin = builtinTag(vm, ro);
  Value tag = getPropertyFromObject(vm, o, jsRealm(vm).symbols.toStringTag, ro);
  if (isString(tag)) builtin = asString(tag)->toUtf8();
  return Value::cell(vm.newString("[object " + builtin + "]"));
}

std::string builtinTag(VM& vm, Value v) {
  if (isArray(v)) return "Array";
  if (isCallable(v)) return "Function";
  Object* o = asObject(v);
  switch (ClassTag(o->classTag())) {
    case ClassTag::Error: return "Error";
    case ClassTag::Arguments: return "Arguments";
    case ClassTag::BooleanObject: return "Boolean";
    case ClassTag::NumberObject: return "Number";
    case ClassTag::StringObject: return "String";
    case ClassTag::Date: return "Date";
    case ClassTag::RegExp: return "RegExp";
    default: return "Object";
  }
}

static Value protoToLocaleString(VM& vm, CallArgs& args) {
  return invoke(vm, args.thisValue, jsRealm(vm).names.toString);
}

static Value protoValueOf(VM& vm, CallArgs& args) { return Value::cell(toObject(vm, args.thisValue)); }

static Value protoGetProto(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  return o->proto() ? Value::cell(o->proto()) : Value::null();
}

static Value protoSetProto(VM& vm, CallArgs& args) {
  Value t = args.thisValue;
  if (t.isNullish()) throwTypeError(vm, "Object.prototype.__proto__ called on null or undefined");
  Value p = args[0];
  if (!isObject(p) && !p.isNull()) return Value::undefined();
  if (!isObject(t)) return Value::undefined();
  if (!setPrototypeOf(vm, asObject(t), p.isNull() ? nullptr : asObject(p)))
    throwTypeError(vm, "Cyclic __proto__ value");
  return Value::undefined();
}

// __defineGetter__ (magic 0) / __defineSetter__ (magic 1).
static Value protoDefineAccessor(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  if (!isCallable(args[1])) throwTypeError(vm, "Object.prototype.__defineGetter__: Expecting function");
  PropertyKey k = toPropertyKey(vm, args[0]);
  PropertyDescriptor d;
  d.hasEnumerable = d.hasConfigurable = true;
  d.enumerable = d.configurable = true;
  if (static_cast<NativeFunction*>(args.callee)->magic == 0) { d.hasGet = true; d.getter = args[1]; }
  else { d.hasSet = true; d.setter = args[1]; }
  defineOwnProperty(vm, asObject(ro), k, d, true);
  return Value::undefined();
}

// __lookupGetter__ (0) / __lookupSetter__ (1).
static Value protoLookupAccessor(VM& vm, CallArgs& args) {
  Object* o = toObject(vm, args.thisValue);
  Rooted ro(vm, Value::cell(o));
  PropertyKey k = toPropertyKey(vm, args[0]);
  for (Object* p = asObject(ro); p; p = p->proto()) {
    PropertyDescriptor d;
    if (getOwnProperty(vm, p, k, &d)) {
      if (!d.isAccessor()) return Value::undefined();
      return static_cast<NativeFunction*>(args.callee)->magic == 0 ? d.getter : d.setter;
    }
  }
  return Value::undefined();
}

void installObjectBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* proto = r.objectPrototype;
  NativeFunction* ctor = defineConstructor(vm, "Object", objectConstructor, 1, proto);
  r.objectConstructor = ctor;
  defineNativeMethod(vm, ctor, "keys", objectKeysValuesEntries, 1, 0);
  defineNativeMethod(vm, ctor, "values", objectKeysValuesEntries, 1, 1);
  defineNativeMethod(vm, ctor, "entries", objectKeysValuesEntries, 1, 2);
  defineNativeMethod(vm, ctor, "assign", objectAssign, 2);
  defineNativeMethod(vm, ctor, "create", objectCreate, 2);
  defineNativeMethod(vm, ctor, "defineProperty", objectDefineProperty, 3);
  defineNativeMethod(vm, ctor, "defineProperties", objectDefineProperties, 2);
  defineNativeMethod(vm, ctor, "getOwnPropertyDescriptor", objectGetOwnPropertyDescriptor, 2);
  defineNativeMethod(vm, ctor, "getOwnPropertyDescriptors", objectGetOwnPropertyDescriptors, 1);
  defineNativeMethod(vm, ctor, "getOwnPropertyNames", objectGetOwnPropertyKeys, 1, 0);
  defineNativeMethod(vm, ctor, "getOwnPropertySymbols", objectGetOwnPropertyKeys, 1, 1);
  defineNativeMethod(vm, ctor, "getPrototypeOf", objectGetPrototypeOf, 1);
  defineNativeMethod(vm, ctor, "setPrototypeOf", objectSetPrototypeOf, 2);
  defineNativeMethod(vm, ctor, "seal", objectIntegrity, 1, 0);
  defineNativeMethod(vm, ctor, "freeze", objectIntegrity, 1, 1);
  defineNativeMethod(vm, ctor, "preventExtensions", objectIntegrity, 1, 2);
  defineNativeMethod(vm, ctor, "isSealed", objectTestIntegrity, 1, 0);
  defineNativeMethod(vm, ctor, "isFrozen", objectTestIntegrity, 1, 1);
  defineNativeMethod(vm, ctor, "isExtensible", objectTestIntegrity, 1, 2);
  defineNativeMethod(vm, ctor, "fromEntries", objectFromEntries, 1);
  defineNativeMethod(vm, ctor, "is", objectIs, 2);
  defineNativeMethod(vm, ctor, "hasOwn", objectHasOwn, 2);
  defineNativeMethod(vm, ctor, "groupBy", groupBy, 2);

  defineNativeMethod(vm, proto, "hasOwnProperty", protoHasOwnProperty, 1);
  defineNativeMethod(vm, proto, "isPrototypeOf", protoIsPrototypeOf, 1);
  defineNativeMethod(vm, proto, "propertyIsEnumerable", protoPropertyIsEnumerable, 1);
  NativeFunction* ts = defineNativeMethod(vm, proto, "toString", protoToString, 0);
  r.objectProtoToString = Value::cell(ts);
  defineNativeMethod(vm, proto, "toLocaleString", protoToLocaleString, 0);
  defineNativeMethod(vm, proto, "valueOf", protoValueOf, 0);
  defineNativeMethod(vm, proto, "__defineGetter__", protoDefineAccessor, 2, 0);
  defineNativeMethod(vm, proto, "__defineSetter__", protoDefineAccessor, 2, 1);
  defineNativeMethod(vm, proto, "__lookupGetter__", protoLookupAccessor, 1, 0);
  defineNativeMethod(vm, proto, "__lookupSetter__", protoLookupAccessor, 1, 1);
  defineNativeAccessor(vm, proto, r.names.proto, protoGetProto, protoSetProto, kConfigurable);
}

}  // namespace dualvm::js
