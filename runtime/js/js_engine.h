// runtime/js/js_engine.h — the JavaScript entry points the shell calls: install the JS language
// and realm on a VM, run a main script to completion (microtasks, then macrotask sources such as
// timers, until no work is left, as node does), and report uncaught errors the way node does.
#pragma once
#include <string>
#include <vector>
#include "runtime/vm.h"

namespace dualvm::js {

struct JsRealm;

// Create the JsLanguage + realm (every builtin) and hand them to the VM (vm.adoptLanguage).
// Idempotent. Returns the realm.
JsRealm& installJsRealm(VM& vm);

// Parse, analyse, compile, link and run `source` as the main script `path` (CommonJS-style:
// `this` = module.exports is jsstd's business once `require` exists), then run the event loop.
// argv is process.argv. Returns the process exit code: 0, 1 on an uncaught error or syntax
// error (printed to stderr like node), or process.exitCode / process.exit(n).
int runMainScript(VM& vm, const std::string& path, const std::string& source,
                  const std::vector<std::string>& argv);

// Compile `source` as a CommonJS module and run it: the module function is called with
// this = module.exports and (exports, require, module, __filename, __dirname); `module` must be
// an object with an `exports` property. Throws ScriptThrow on errors (SyntaxError included).
void runCommonJsModule(VM& vm, const std::string& path, const std::string& source, Value module);

// Run queued microtasks and macrotask sources until no work is left (or process.exit()).
// Uncaught errors in callbacks are printed and make the result 1.
int runEventLoop(VM& vm);

// Print an uncaught exception like node: "Uncaught" stack or value, to stderr. When the throw
// site is known (file:line of the innermost frame) the source line and a caret come first.
void reportUncaught(VM& vm, Value exception);

// Text dumps for `--dump=ast|ir` (the AST as the parser's display, the IR disassembly).
// Throw js::SyntaxError on bad input.
std::string dumpAst(const std::string& path, const std::string& source);
std::string dumpIr(const std::string& path, const std::string& source);

}  // namespace dualvm::js
