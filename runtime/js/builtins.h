// runtime/js/builtins.h — the installers of the core library's builtin families, each in its own
// file, called in this order by createIntrinsics (realm.cpp).
#pragma once
#include "runtime/js/realm.h"

namespace dualvm::js {

void installObjectBuiltins(VM& vm);    // object_builtins.cpp: Object, Object.prototype
void installFunctionBuiltins(VM& vm);  // function_builtins.cpp: Function, call/apply/bind/toString
void installArrayBuiltins(VM& vm);     // array_builtins.cpp: Array, Array.prototype, array iterators
void installErrorBuiltins(VM& vm);     // errors.cpp: Error and the NativeErrors
void installSymbolBuiltins(VM& vm);    // symbol_builtins.cpp: Symbol
void installBooleanBuiltins(VM& vm);   // symbol_builtins.cpp: Boolean
void installBigIntBuiltins(VM& vm);    // bigint_builtins.cpp: BigInt
void installIteratorBuiltins(VM& vm);  // generators.cpp: %IteratorPrototype%, generators
void installGlobalBuiltins(VM& vm);    // global_builtins.cpp: globalThis, eval, isNaN, ...
void installTypedArrays(VM& vm);       // typed_arrays.cpp: ArrayBuffer, typed arrays, DataView
void installProxy(VM& vm);             // proxy.cpp: Proxy, Proxy.revocable
void installConsole(VM& vm);           // console.cpp: console.* over inspect.h

}  // namespace dualvm::js
