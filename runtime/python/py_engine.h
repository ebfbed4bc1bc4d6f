// runtime/python/py_engine.h — the entry points the shell uses to run Python: installing the
// Python language on a VM, running a main script as CPython does (module __main__, uncaught
// exceptions printed as a traceback on stderr, SystemExit honoured), and the --dump views.
#pragma once
#include <string>
#include <vector>
#include "runtime/vm.h"

namespace dualvm::py {

// Installs the Python language on vm (once), compiles `source` as module __main__ of file
// `path`, runs it and returns the process exit code: 0, 1 after printing a traceback for an
// uncaught exception (or a SyntaxError report), or sys.exit's code. argv becomes sys.argv.
int runMainScript(VM& vm, const std::string& path, const std::string& source,
                  const std::vector<std::string>& argv);

// `-m module`: runs the library module `module` as __main__ through CPython's runpy (as python3
// -m does: sys.path[0] is the current directory, sys.argv[0] the module's file); the exit code
// as runMainScript's. argv[0] is "-m" while the module is searched for.
int runMainModule(VM& vm, const std::string& module, const std::vector<std::string>& argv);

// The interactive prompt (`dualvm --lang=py` on a terminal): code.InteractiveConsole over
// __main__ with CPython's banner and prompts; returns the exit code (sys.exit's, or 0 at EOF).
int runInteractive(VM& vm);

// --dump=ast / --dump=ir for a Python source: the text, or a SyntaxError report.
std::string dumpAst(const std::string& path, const std::string& source);
std::string dumpIr(const std::string& path, const std::string& source);

}  // namespace dualvm::py
