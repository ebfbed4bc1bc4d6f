// runtime/js/stdlib_install.cpp — the hook through which the JavaScript standard library
// (String, Number, Math, JSON, RegExp, Date, Map, Set, WeakMap, the Promise constructor, timers,
// process, require — engineer "jsstd") installs itself into a fresh realm, after the core
// library (Object, Function, Array, Error, Symbol, Boolean, iterators, console) is in place.
// Owned by jsstd from here on: replace the body with calls to the library's init functions.
#include "runtime/js/realm.h"

namespace dualvm::js {

void installStandardLibrary(VM& vm) { (void)vm; }

}  // namespace dualvm::js
