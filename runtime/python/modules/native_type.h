// runtime/python/modules/native_type.h — helpers for the classes native modules define (deque,
// partial, itertools.count, ...): a state cell holding Values and counters, method-argument
// normalisation, keyword-argument access, type and property creation.
// Native classes are PyTypes with builtin == false, so the runtime dispatches their dunders
// (__len__, __iter__, __next__, __getitem__, __repr__ ...) through callDunder as for user classes;
// their instances are NativeState cells whose proto is the type (subclasses work the same way:
// the type's native __new__ makes the cell with proto = the subclass).
#pragma once
#include <string>
#include <vector>
#include "runtime/python/containers.h"  // takeSelf, bytes
#include "runtime/python/modules/native_module.h"

namespace dualvm::py {

// Class tags of native-module objects (py_runtime.h's ClassTag stops well below these).
enum NativeTag : uint16_t { kTagNativeState = 0x5100 };

// A native object's state: `v` holds Values (traced), `n` integer counters, `items` a second
// Value list for containers (deque elements, tee buffers). The meaning is per class.
class NativeState final : public Object {
 public:
  NativeState(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagNativeState); }
  int kind = 0;
  std::vector<Value> v;
  std::vector<int64_t> n;
  std::vector<Value> items;
  void set(size_t i, Value x) { writeBarrier(this, x); v[i] = x; }
  void trace(gc::Tracer& t) override {
    Object::trace(t);
    for (Value x : v) traceValue(t, x);
    for (Value x : items) traceValue(t, x);
  }
  size_t memoryBytes() const override { return sizeof(NativeState) + (v.capacity() + items.capacity()) * sizeof(Value) + n.capacity() * 8; }
};
inline bool isNativeState(Value x, int kind) {
  return isObject(x) && asObject(x)->classTag() == kTagNativeState && static_cast<NativeState*>(asObject(x))->kind == kind;
}
inline NativeState* asState(Value x) { return static_cast<NativeState*>(asObject(x)); }

// A new state cell of class `type` with nv Values (None) and nn counters (0).
inline NativeState* newState(PyLanguage& L, PyType* type, int kind, size_t nv, size_t nn) {
  NativeState* s = L.vm.heap.make<NativeState>(L.vm.emptyShape(), type);
  s->kind = kind;
  s->v.assign(nv, Value::null());
  s->n.assign(nn, 0);
  return s;
}

// self as a NativeState of `kind`, or CPython's "descriptor ... requires a ... object" TypeError.
inline NativeState* selfState(PyLanguage& L, CallArgs& a, int kind, const char* method, const char* cls) {
  takeSelf(a);
  if (!isNativeState(a.thisValue, kind))
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for '" + cls + "' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asState(a.thisValue);
}

// Keyword arguments of the current native call, taken (and cleared, so natives this one calls do
// not see them). Checks names against `allowed`.
struct Kwargs {
  std::vector<String*> names;
  std::vector<Value> values;
  Value get(const char* name) const {
    for (size_t i = 0; i < names.size(); i++) if (names[i]->toUtf8() == name) return values[i];
    return Value::empty();
  }
  bool empty() const { return names.empty(); }
};
inline Kwargs takeKwargs(PyLanguage& L, const char* fn, std::initializer_list<const char*> allowed) {
  Kwargs k;
  k.names.swap(L.kwNames);
  k.values.swap(L.kwValues);
  for (String* n : k.names) {
    bool ok = false;
    for (const char* x : allowed) if (n->toUtf8() == x) ok = true;
    if (!ok) L.raise(L.t.TypeError, std::string(fn) + "() got an unexpected keyword argument '" + n->toUtf8() + "'");
  }
  return k;
}
// The keyword values must stay alive while the native uses them: root them.
struct RootedKwargs {
  Kwargs kw;
  RootedVector keep;
  RootedKwargs(PyLanguage& L, const char* fn, std::initializer_list<const char*> allowed) : keep(L.vm) {
    kw = takeKwargs(L, fn, allowed);
    for (Value v : kw.values) keep.push(v);
  }
  Value get(const char* name) const { return kw.get(name); }
};

// A class of a native module: not `builtin`, so its dunders dispatch; __module__ set for repr.
inline PyType* newNativeType(PyLanguage& L, const char* name, const char* module, PyType* base = nullptr) {
  PyType* ty = L.newType(name, base ? base : L.t.object, false);
  ty->putDirect(L.vm, L.s("__module__"), L.newStr(module));
  ty->putDirect(L.vm, L.s("__qualname__"), L.newStr(name));
  return ty;
}

// A read-only property whose getter is a native (called with self as argument 0).
inline void defGetter(PyLanguage& L, PyType* ty, const char* name, NativeFn getter) {
  VM& vm = L.vm;
  NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), L.t.builtinFunction, getter, &L);
  f->data = Value::cell(vm.intern(name));
  Rooted rf(vm, Value::cell(f));
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), L.t.property, kTagProperty);
  b->a = rf;
  b->b = Value::null();
  b->c = Value::null();
  Rooted rb(vm, Value::cell(b));
  ty->putDirect(vm, vm.intern(name), rb);
}

// A native function value carrying a datum (e.g. the comparison of cmp_to_key).
inline Value newNativeWithData(PyLanguage& L, const char* name, NativeFn fn, Value data2) {
  VM& vm = L.vm;
  Rooted rd(vm, data2);
  NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), L.t.builtinFunction, fn, &L);
  f->data = Value::cell(vm.intern(name));
  f->data2 = rd;
  return Value::cell(f);
}

inline int nativeMagic(CallArgs& a) { return asNativeFunction(Value::cell(a.callee))->magic; }

// StopIteration for a native __next__ that is exhausted.
[[noreturn]] inline void stopIteration(PyLanguage& L) { L.vm.throwValue(L.makeException(L.t.StopIteration, "")); }

}  // namespace dualvm::py
