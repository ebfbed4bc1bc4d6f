// runtime/js/stdlib_install.cpp — the hook through which the JavaScript standard library
// (String, Number, Math, JSON, RegExp, Date, Map, Set, WeakMap, the Promise constructor, timers,
// process, require — engineer "jsstd") installs itself into a fresh realm, after the core
// library (Object, Function, Array, Error, Symbol, Boolean, iterators, console) is in place.
// Owned by jsstd. Order matters only where one family uses another's intrinsics (String's
// regexp-aware methods look RegExp up when called, not at install time).
#include "runtime/js/buffer.h"
#include "runtime/js/realm.h"
#include "runtime/js/stdlib.h"
#include "runtime/js/stdlib_state.h"

namespace dualvm::js {

void installStandardLibrary(VM& vm) {
  stdlibState(vm);  // created while collection is still disabled
  installStringBuiltins(vm);
  installNumberBuiltins(vm);
  installMathBuiltins(vm);
  installUriBuiltins(vm);
  installJsonBuiltins(vm);
  installRegExpBuiltins(vm);
  installDateBuiltins(vm);
  installCollectionBuiltins(vm);
  installPromiseBuiltins(vm);
  installTimers(vm);
  installProcess(vm);
  installReflectBuiltins(vm);
  installCommonJs(vm);
  installBuffer(vm);
}

}  // namespace dualvm::js
