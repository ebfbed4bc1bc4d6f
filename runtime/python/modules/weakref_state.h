// runtime/python/modules/weakref_state.h — what the gc module needs from _weakref.cpp (pyweak).
#pragma once
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// Run the callbacks of weakrefs whose referents a collection found dead (see _weakref.cpp).
// Called at safe points only: never from inside the collector.
void runWeakrefCallbacks(PyLanguage& P);
// Called inside the collector (no allocation): run the weakref callbacks and the finalizers
// (finalizer.cpp) that are due at the interpreter's next safe point (LoopHeader).
void requestPySafePoint();
// The referent of a weakref.ref (None once it died); empty() when v is not a ref (_abc.cpp).
Value weakrefReferent(Value v);

}  // namespace dualvm::py
