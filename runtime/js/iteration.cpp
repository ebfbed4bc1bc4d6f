// runtime/js/iteration.cpp — the iterator protocol and array iterators (see iteration.h).
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"

namespace dualvm::js {

Value createIterResult(VM& vm, Value value, bool done) {
  JsRealm& r = jsRealm(vm);
  Rooted rv(vm, value);
  Object* o = newPlainObject(vm, r.objectPrototype);
  Rooted ro(vm, Value::cell(o));
  o->addProperty(vm, r.names.value, rv);
  o->addProperty(vm, r.names.done, Value::boolean(done));
  return ro;
}

void getIterator(VM& vm, Value obj, IteratorRecord* out, bool async) {
  JsRealm& r = jsRealm(vm);
  Rooted ro(vm, obj);
  Value method;
  if (async) {
    method = getMethod(vm, obj, r.symbols.asyncIterator);
    if (method.isUndefined()) {
      // CreateAsyncFromSyncIterator: the sync iterator is adapted by the caller's awaits.
      method = getMethod(vm, obj, r.symbols.iterator);
    }
  } else {
    if (obj.isNullish()) throwTypeError(vm, describeForError(vm, obj) + " is not iterable (cannot read property Symbol(Symbol.iterator))");
    method = getMethod(vm, obj, r.symbols.iterator);
  }
  if (method.isUndefined()) {
    std::string what = isObject(obj) && !isCallable(obj) ? "object" : describeForError(vm, obj);
    if (isObject(obj) && !isCallable(obj)) what = "object is not iterable (cannot read property Symbol(Symbol.iterator))";
    else what += " is not iterable";
    throwTypeError(vm, what);
  }
  Rooted rm(vm, method);
  Value it = call(vm, method, obj);
  if (!isObject(it)) throwTypeError(vm, "Result of the Symbol.iterator method is not an object");
  Rooted rit(vm, it);
  Value next = getProperty(vm, it, r.names.next);
  out->iterator = rit;
  out->nextMethod = next;
  out->done = false;
}

bool iteratorStep(VM& vm, IteratorRecord& rec, Value* value) {
  JsRealm& r = jsRealm(vm);
  Value res = call(vm, rec.nextMethod, rec.iterator);
  if (!isObject(res)) throwTypeError(vm, "Iterator result " + describeForError(vm, res) + " is not an object");
  Rooted rres(vm, res);
  // Fast: plain {value, done} objects.
  Object* o = asObject(res);
  Value done = getProperty(vm, res, r.names.done);
  if (toBoolean(done)) { rec.done = true; return false; }
  (void)o;
  *value = getProperty(vm, rres, r.names.value);
  return true;
}

void iteratorClose(VM& vm, Value iterator, bool suppress) {
  JsRealm& r = jsRealm(vm);
  Rooted ri(vm, iterator);
  if (suppress) {
    Rooted saved(vm, vm.exception);
    try {
      Value ret = getMethod(vm, iterator, r.names.return_);
      if (!ret.isUndefined()) call(vm, ret, iterator);
    } catch (ScriptThrow&) {
    }
    vm.exception = saved;
    return;
  }
  Value ret = getMethod(vm, iterator, r.names.return_);
  if (ret.isUndefined()) return;
  Value res = call(vm, ret, iterator);
  if (!isObject(res)) throwTypeError(vm, "iterator.return() did not return an object");
}

void iterableToList(VM& vm, Value iterable, RootedVector& out) {
  if (arrayIterationIsPristine(vm, iterable)) {
    ArrayObject* a = asArray(iterable);
    for (size_t i = 0; i < a->elements.size(); i++) {
      Value v = a->elements[i];
      if (v.isHole()) v = getIndex(vm, iterable, i);
      out.push(v);
    }
    return;
  }
  IteratorRecord rec;
  Rooted ri(vm), rn(vm);
  getIterator(vm, iterable, &rec);
  ri = rec.iterator;
  rn = rec.nextMethod;
  Value v;
  while (iteratorStep(vm, rec, &v)) out.push(v);
}

Value newArrayIterator(VM& vm, Value obj, int kind) {
  Rooted ro(vm, obj);
  InternalObject* it = newInternalObject(vm, ClassTag::ArrayIterator, jsRealm(vm).arrayIteratorPrototype, 3);
  it->setInternal(0, ro);
  it->setInternal(1, Value::integer(0));
  it->setInternal(2, Value::integer(kind));
  return Value::cell(it);
}

bool arrayIterationIsPristine(VM& vm, Value v) {
  if (!isArray(v)) return false;
  JsRealm& r = jsRealm(vm);
  ArrayObject* a = asArray(v);
  if (a->proto() != r.arrayPrototype) return false;
  if (a->findOwn(r.symbols.iterator) != Shape::kNotFound) return false;
  uint32_t s = r.arrayPrototype->findOwn(r.symbols.iterator);
  if (s == Shape::kNotFound || r.arrayPrototype->slot(s) != r.arrayProtoValues) return false;
  uint32_t n = r.arrayIteratorPrototype->findOwn(r.names.next);
  if (n == Shape::kNotFound || r.arrayIteratorPrototype->slot(n) != r.arrayIteratorNext) return false;
  return true;
}

}  // namespace dualvm::js
