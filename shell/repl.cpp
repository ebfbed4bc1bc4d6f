// The REPL. JavaScript: each line (or a block continued with a trailing backslash) is evaluated
// in the global scope through the language's indirect eval, its value printed with console.log's
// formatting, then pending microtasks and timers are run, as node's REPL does. Python: the
// engine's interactive console (py_engine.h runInteractive), as python3's prompt.
#include "shell/repl.h"
#include <histedit.h>
#include <editline/readline.h>
#include <cstdio>
#include <iostream>
#include <string>
#include "runtime/js/js_engine.h"
#include "runtime/js/realm.h"
#include "runtime/python/py_engine.h"

namespace shell {

namespace {

dualvm::Value globalProperty(dualvm::VM& vm, dualvm::Object* global, const char* name) {
  uint32_t slot = global->findOwn(vm.intern(name));
  return slot == dualvm::Shape::kNotFound ? dualvm::Value::undefined() : global->slot(slot);
}

}  // namespace

int runRepl(dualvm::VM& vm, const ShellOptions& options) {
  if (options.lang == SourceLang::Python) return dualvm::py::runInteractive(vm);
  dualvm::js::JsRealm& realm = dualvm::js::installJsRealm(vm);
  bool tty = isatty(0);
  if (tty) std::cout << "Welcome to dualvm 0.1.0 (JavaScript). Type .exit or Ctrl-D to leave.\n";
  std::string pending;
  for (;;) {
    std::string line;
    if (tty) {
      char* raw = readline(pending.empty() ? "> " : "... ");
      if (!raw) break;
      line = raw;
      if (!line.empty()) add_history(raw);
      free(raw);
    } else if (!std::getline(std::cin, line)) {
      break;
    }
    if (line == ".exit") break;
    if (!line.empty() && line.back() == '\\') {
      pending += line.substr(0, line.size() - 1) + "\n";
      continue;
    }
    std::string code = pending + line;
    pending.clear();
    if (code.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    dualvm::Rooted source(vm, dualvm::Value::cell(vm.newString(code)));
    try {
      dualvm::Rooted evalFn(vm, globalProperty(vm, realm.global, "eval"));
      dualvm::Value arg = source.get();
      dualvm::Rooted result(vm, vm.call(evalFn, dualvm::Value::undefined(), &arg, 1));
      dualvm::Rooted console(vm, globalProperty(vm, realm.global, "console"));
      if (dualvm::isObject(console)) {
        dualvm::Object* c = dualvm::asObject(console);
        uint32_t slot = c->findOwn(vm.intern("log"));
        if (slot != dualvm::Shape::kNotFound) {
          dualvm::Value r = result.get();
          vm.call(c->slot(slot), console, &r, 1);
        }
      }
    } catch (const dualvm::ScriptThrow&) {
      dualvm::js::reportUncaught(vm, vm.exception);
    }
    dualvm::js::runEventLoop(vm);
    std::cout.flush();
  }
  if (tty) std::cout << "\n";
  return 0;
}

}  // namespace shell
