// runtime/python/finalizer.h — Python finalizers on the collector's finalization (gc/finalizer.h,
// pyfinal): instances of classes with __del__ and generators/coroutines suspended in a
// try/finally or with block are registered when created; once unreachable they are resurrected
// and finalized at the next safe point (__del__ / close()), once. See finalizer.cpp.
#pragma once
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// Whether instances of ty need a finalizer (its MRO defines __del__); cached on the type per
// VM::classEpoch, so a __del__ added to a class later counts for instances allocated after.
bool computeTypeFinalizer(PyLanguage& P, PyType* ty);
inline bool typeHasFinalizer(PyLanguage& P, PyType* ty) {
  return ty->delEpoch == P.vm.classEpoch ? ty->hasDel : computeTypeFinalizer(P, ty);
}
void registerFinalizable(PyLanguage& P, gc::Cell* c);
// Call where an instance of a user class is allocated (one branch when the class has no __del__).
inline void noteNewInstance(PyLanguage& P, Object* o, PyType* ty) {
  if (typeHasFinalizer(P, ty)) registerFinalizable(P, o);
}
// A new generator/coroutine: registered if its function has a try/finally, except or with block
// (a close() at another suspension point is a no-op).
void noteNewGenerator(PyLanguage& P, GeneratorObject* g);
// The safe point: run the finalizers the collector queued (after the weakref callbacks).
void runFinalizers(PyLanguage& P);
void runFinalizersOf(VM& vm);  // the interrupt hook's form: the Python runtime of vm's heap, if any
// Interpreter exit (after atexit): finalize garbage, then every object still registered.
void finalizeAtExit(PyLanguage& P);

}  // namespace dualvm::py
