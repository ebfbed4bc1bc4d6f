// Object storage: adding, removing and re-attributing own properties over shapes (object.h).
#include "runtime/object.h"
#include "runtime/function.h"
#include "runtime/vm.h"

namespace dualvm {

void Object::addProperty(VM& vm, PropertyKey key, Value value, uint8_t attrs) {
  if (shape_->isDictionary()) {
    shape_->dictionaryAdd(key, attrs);
  } else if (shape_->count() >= Shape::kMaxTreeProperties) {
    Shape* d = shape_->toDictionary(vm.heap);
    d->dictionaryAdd(key, attrs);
    gc::writeBarrier(this, d);
    shape_ = d;
  } else {
    Shape* next = shape_->withProperty(vm.heap, key, attrs);
    gc::writeBarrier(this, next);
    shape_ = next;
  }
  size_t before = slots_.capacity();
  writeBarrier(this, value);
  slots_.push_back(value);
  if (slots_.capacity() != before) vm.heap.noteExternalGrowth((slots_.capacity() - before) * sizeof(Value));
}

bool Object::removeProperty(VM& vm, PropertyKey key) {
  uint32_t slot = shape_->lookup(key);
  if (slot == Shape::kNotFound) return false;
  if (!shape_->isDictionary()) {
    Shape* d = shape_->toDictionary(vm.heap);
    gc::writeBarrier(this, d);
    shape_ = d;
  }
  shape_->dictionaryRemove(slot);
  slots_.erase(slots_.begin() + slot);
  return true;
}

void Object::setAttrs(VM& vm, uint32_t slot, uint8_t attrs) {
  if (shape_->entry(slot).attrs == attrs) return;
  if (!shape_->isDictionary()) {
    Shape* d = shape_->toDictionary(vm.heap);
    gc::writeBarrier(this, d);
    shape_ = d;
  }
  shape_->dictionarySetAttrs(slot, attrs);
}

void Object::putDirect(VM& vm, PropertyKey key, Value value, uint8_t attrs) {
  uint32_t slot = shape_->lookup(key);
  if (slot == Shape::kNotFound) {
    addProperty(vm, key, value, attrs);
  } else {
    setSlot(slot, value);
    setAttrs(vm, slot, attrs);
  }
}

void Object::trace(gc::Tracer& t) {
  t.mark(shape_);
  t.mark(proto_);
  for (Value v : slots_) traceValue(t, v);
}

void ArrayObject::trace(gc::Tracer& t) {
  Object::trace(t);
  for (Value v : elements) traceValue(t, v);
}

void Environment::trace(gc::Tracer& t) {
  t.mark(parent);
  for (Value v : slots) traceValue(t, v);
  traceValue(t, scopeInfo);
  if (evalVars) t.mark(evalVars);
}

void FunctionProto::trace(gc::Tracer& t) {
  for (Value v : constants) traceValue(t, v);
  for (FunctionProto* c : children) t.mark(c);
  for (InlineCache& ic : caches) {
    // Caches hold shapes and holders weakly in spirit, but marking them is simpler and safe:
    // a cached shape stays alive as long as the function does.
    t.mark(ic.shape);
    t.mark(ic.holder);
    t.mark(ic.holderShape);
    t.mark(ic.newShape);
    t.mark(ic.proto);
  }
  for (auto& poly : polyCaches) {
    for (uint32_t i = 0; i < InlineCache::kPolyEntries; i++) {
      const InlineCache& e = poly[i];
      t.mark(e.shape);
      t.mark(e.holder);
      t.mark(e.holderShape);
      t.mark(e.newShape);
      t.mark(e.proto);
    }
  }
  t.mark(name);
  t.mark(globals);
}

void Closure::trace(gc::Tracer& t) {
  Object::trace(t);
  t.mark(fn);
  t.mark(env);
  traceValue(t, homeObject);
  traceValue(t, fieldInit);
}

void NativeFunction::trace(gc::Tracer& t) {
  Object::trace(t);
  traceValue(t, data);
  traceValue(t, data2);
}

void BoundFunction::trace(gc::Tracer& t) {
  Object::trace(t);
  traceValue(t, target);
  traceValue(t, boundThis);
  for (Value v : boundArgs) traceValue(t, v);
}

void GeneratorObject::trace(gc::Tracer& t) {
  Object::trace(t);
  t.mark(callee);
  traceValue(t, thisValue);
  traceValue(t, newTarget);
  t.mark(env);
  for (Value v : regs) traceValue(t, v);
  traceValue(t, delegate);
  traceValue(t, languageData);
  traceValue(t, languageData2);
}

}  // namespace dualvm
