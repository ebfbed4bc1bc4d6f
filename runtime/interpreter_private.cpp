// Class private members (#x): own properties keyed by a per-name private Symbol
// (VM::privateSymbol), invisible to reflection. Fields are writable data, methods read-only
// data, accessors Accessor cells; a getter and a setter of one name share one Accessor.
#include "runtime/interpreter.h"

namespace dualvm {
namespace interp {

namespace {

std::string display(String* name) {
  std::string t = name->toUtf8();
  size_t at = t.find('@');
  return at == std::string::npos ? t : t.substr(0, at);
}

}  // namespace

Value getPrivate(VM& vm, Language* lang, Value obj, String* name) {
  Symbol* key = vm.privateSymbol(name);
  uint32_t slot = isObject(obj) ? asObject(obj)->findOwn(key) : Shape::kNotFound;
  if (slot == Shape::kNotFound)
    vm.throwError(ErrorKind::TypeError,
                  "Cannot read private member " + display(name) + " from an object whose class did not declare it", lang);
  Object* o = asObject(obj);
  Value v = o->slot(slot);
  if (!(o->attrsAt(slot) & kAccessor)) return v;
  Value getter = static_cast<Accessor*>(v.asCell())->getter;
  if (getter.isUndefined()) vm.throwError(ErrorKind::TypeError, "'" + display(name) + "' was defined without a getter", lang);
  Rooted g(vm, getter);
  return vm.call(g, obj, nullptr, 0);
}

void setPrivate(VM& vm, Language* lang, Value obj, String* name, Value v) {
  Rooted value(vm, v);
  Symbol* key = vm.privateSymbol(name);
  uint32_t slot = isObject(obj) ? asObject(obj)->findOwn(key) : Shape::kNotFound;
  if (slot == Shape::kNotFound)
    vm.throwError(ErrorKind::TypeError,
                  "Cannot write private member " + display(name) + " to an object whose class did not declare it", lang);
  Object* o = asObject(obj);
  uint8_t attrs = o->attrsAt(slot);
  if (attrs & kAccessor) {
    Value setter = static_cast<Accessor*>(o->slot(slot).asCell())->setter;
    if (setter.isUndefined()) vm.throwError(ErrorKind::TypeError, "'" + display(name) + "' was defined without a setter", lang);
    Rooted s(vm, setter);
    vm.call(s, obj, value.address(), 1);
    return;
  }
  if (!(attrs & kWritable)) vm.throwError(ErrorKind::TypeError, "Private method is not writable", lang);
  o->setSlot(slot, value);
}

void definePrivate(VM& vm, Language* lang, Value obj, String* name, Value v, uint32_t kind) {
  Rooted value(vm, v);
  Rooted target(vm, obj);
  if (!isObject(obj)) vm.throwError(ErrorKind::TypeError, "Cannot define private member on a non-object", lang);
  Symbol* key = vm.privateSymbol(name);
  Object* o = asObject(obj);
  uint32_t slot = o->findOwn(key);
  if (slot != Shape::kNotFound) {
    // A getter and a setter of one name merge into one accessor.
    if ((kind == 2 || kind == 3) && (o->attrsAt(slot) & kAccessor)) {
      auto* acc = static_cast<Accessor*>(o->slot(slot).asCell());
      Value& half = kind == 2 ? acc->getter : acc->setter;
      if (half.isUndefined()) {
        half = value;
        writeBarrier(acc, value);
        return;
      }
    }
    vm.throwError(ErrorKind::TypeError, "Cannot initialize " + display(name) + " twice on the same object", lang);
  }
  Rooted keyRoot(vm, Value::cell(key));
  switch (kind) {
    case 0: o->addProperty(vm, key, value, kWritable); break;
    case 1: o->addProperty(vm, key, value, 0); break;
    default: {
      Accessor* acc = kind == 2 ? vm.heap.make<Accessor>(value.get(), Value::undefined())
                                : vm.heap.make<Accessor>(Value::undefined(), value.get());
      Rooted accRoot(vm, Value::cell(acc));
      asObject(target)->addProperty(vm, key, Value::cell(acc), kAccessor);
    }
  }
}

bool hasPrivate(VM& vm, Language* lang, Value obj, String* name) {
  if (!isObject(obj))
    vm.throwError(ErrorKind::TypeError, "Cannot use 'in' operator to search for '" + display(name) + "' in non-object", lang);
  return asObject(obj)->findOwn(vm.privateSymbol(name)) != Shape::kNotFound;
}

}  // namespace interp
}  // namespace dualvm
