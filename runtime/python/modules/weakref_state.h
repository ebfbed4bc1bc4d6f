// runtime/python/modules/weakref_state.h — what the gc module needs from _weakref.cpp (pyweak).
#pragma once
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// Run the callbacks of weakrefs whose referents a collection found dead (see _weakref.cpp).
// Called at safe points only: never from inside the collector.
void runWeakrefCallbacks(PyLanguage& P);

}  // namespace dualvm::py
