// runtime/js/stdlib.h — the standard library's installers (engineer jsstd), one per builtin
// family and file, called in this order by installStandardLibrary (stdlib_install.cpp), plus
// the small helpers those files share (argument coercions, string construction, the per-VM
// state of timers, ticks and modules).
#pragma once
#include <string>
#include <string_view>
#include "runtime/js/realm.h"

namespace dualvm::js {

void installStringBuiltins(VM& vm);      // string_builtins.cpp: String, String.prototype, string iterator
void installNumberBuiltins(VM& vm);      // number_builtins.cpp: Number, parseInt, parseFloat
void installMathBuiltins(VM& vm);        // math_builtins.cpp: Math
void installUriBuiltins(VM& vm);         // uri_builtins.cpp: encodeURI(Component), decodeURI(Component), btoa, atob
void installJsonBuiltins(VM& vm);        // json_builtins.cpp: JSON.parse / JSON.stringify
void installRegExpBuiltins(VM& vm);      // regexp_builtins.cpp: RegExp on PCRE2
void installDateBuiltins(VM& vm);        // date_builtins.cpp: Date
void installCollectionBuiltins(VM& vm);  // collections.cpp: Map, Set, WeakMap, WeakSet, WeakRef
void installPromiseBuiltins(VM& vm);     // promise_builtins.cpp: Promise constructor and methods
void installTimers(VM& vm);              // timers.cpp: setTimeout & co, the macrotask source
void installProcess(VM& vm);             // process.cpp: process, performance
void installCommonJs(VM& vm);            // commonjs.cpp: require, module objects, builtin modules
void installReflectBuiltins(VM& vm);     // reflect_builtins.cpp: Reflect

// ---- helpers shared by the standard library (stdlib_util.cpp) ----
// A new JS string value from UTF-16 units / UTF-8 text.
Value makeString(VM& vm, std::u16string_view units);
Value makeStringUtf8(VM& vm, std::string_view utf8);
// RequireObjectCoercible(this) + ToString, as UTF-16 (String.prototype methods).
std::u16string thisStringUnits(VM& vm, CallArgs& args, const char* method);
// The realm's intrinsic registered under `name` in namedIntrinsics (undefined when absent).
Value namedIntrinsic(VM& vm, const std::string& name);
// Queue a function call as a microtask (queueMicrotask semantics).
void enqueueCallMicrotask(VM& vm, Value fn);
// o[name] = v as CreateDataProperty, rooting o, v and the interned key across allocation (the
// key is interned after v exists, so a collection inside can never free either).
void putData(VM& vm, Object* o, std::string_view name, Value v);
// A global function property of the global object, e.g. for builtin modules.
Value globalValue(VM& vm, std::string_view name);
// Milliseconds since the process (VM) started, fractional (performance.now()); the start is recorded by installProcess.
double processUptimeMs(VM& vm);

}  // namespace dualvm::js

namespace dualvm::js {
// GetSubstitution (ECMA-262 §22.1.3.19.1): expands $$, $&, $`, $', $n, $nn and $<name> in
// `replacement`. captures[i] is capture i+1 (a String or undefined); namedCaptures is an object
// or undefined.
std::u16string getSubstitution(VM& vm, std::u16string_view matched, std::u16string_view str,
                               size_t position, const RootedVector& captures, Value namedCaptures,
                               std::u16string_view replacement);
// Index of `search` in `s` at or after `from` (npos when absent).
size_t findUnits(std::u16string_view s, std::u16string_view search, size_t from);
}  // namespace dualvm::js
