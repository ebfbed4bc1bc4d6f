// runtime/python/py_engine.cpp — installing the Python language on a VM (the builtin types, the
// exception hierarchy, the builtins namespace) and running a main script as CPython does:
// module __main__, uncaught exceptions printed as a traceback on stderr with exit code 1,
// SystemExit's code honoured, SyntaxError reported with its location.
#include "runtime/python/py_engine.h"
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include "frontends/python/ast_dump.h"
#include "frontends/python/compiler.h"
#include "frontends/python/parser.h"
#include "runtime/python/finalizer.h"
#include "runtime/python/modules/native_module.h"
#include "runtime/python/py_module.h"
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

PyLanguage& lang(VM& vm) { return *static_cast<PyLanguage*>(vm.language(ir::Language::Python)); }

void PyLanguage::init(VM&) {
  // `type` and `object` first: every other type's metatype is `type`
  t.type = nullptr;
  t.type = newType("type", nullptr);
  t.type->setProto(t.type);
  t.object = newType("object", nullptr);
  t.type->bases.push_back(t.object);
  t.type->mro.push_back(t.object);
  auto T = [&](const char* n, PyType* base = nullptr) { return newType(n, base ? base : t.object); };
  t.int_ = T("int"); t.bool_ = T("bool", t.int_); t.float_ = T("float"); t.str = T("str"); t.none = T("NoneType");
  t.list = T("list"); t.tuple = T("tuple"); t.dict = T("dict"); t.function = T("function");
  t.builtinFunction = T("builtin_function_or_method"); t.method = T("method"); t.generator = T("generator");
  t.iterator = T("enumerate"); t.range = T("range"); t.slice = T("slice"); t.property = T("property");
  t.classmethod = T("classmethod"); t.staticmethod = T("staticmethod"); t.super = T("super"); t.module = T("module");
  t.notImplementedType = T("NotImplementedType"); t.ellipsisType = T("ellipsis");
  t.BaseException = T("BaseException");
  auto E = [&](const char* n, PyType* base) { return newType(n, base); };
  t.Exception = E("Exception", t.BaseException);
  t.SystemExit = E("SystemExit", t.BaseException);
  t.KeyboardInterrupt = E("KeyboardInterrupt", t.BaseException);
  t.GeneratorExit = E("GeneratorExit", t.BaseException);
  t.TypeError = E("TypeError", t.Exception);
  t.ValueError = E("ValueError", t.Exception);
  t.UnicodeError = E("UnicodeError", t.ValueError);
  t.NameError = E("NameError", t.Exception);
  t.UnboundLocalError = E("UnboundLocalError", t.NameError);
  t.AttributeError = E("AttributeError", t.Exception);
  t.LookupError = E("LookupError", t.Exception);
  t.IndexError = E("IndexError", t.LookupError);
  t.KeyError = E("KeyError", t.LookupError);
  t.ArithmeticError = E("ArithmeticError", t.Exception);
  t.ZeroDivisionError = E("ZeroDivisionError", t.ArithmeticError);
  t.OverflowError = E("OverflowError", t.ArithmeticError);
  t.RuntimeError = E("RuntimeError", t.Exception);
  t.RecursionError = E("RecursionError", t.RuntimeError);
  t.NotImplementedError = E("NotImplementedError", t.RuntimeError);
  t.StopIteration = E("StopIteration", t.Exception);
  t.StopAsyncIteration = E("StopAsyncIteration", t.Exception);
  t.AssertionError = E("AssertionError", t.Exception);
  t.ImportError = E("ImportError", t.Exception);
  t.ModuleNotFoundError = E("ModuleNotFoundError", t.ImportError);
  t.MemoryError = E("MemoryError", t.Exception);
  t.SyntaxError = E("SyntaxError", t.Exception);
  t.OSError = E("OSError", t.Exception);
  t.FileNotFoundError = E("FileNotFoundError", t.OSError);
  Object* ni = vm.heap.make<Object>(vm.emptyShape(), t.notImplementedType);
  notImplemented = Value::cell(ni);
  vm.addPermanentRoot(notImplemented);
  Object* el = vm.heap.make<Object>(vm.emptyShape(), t.ellipsisType);
  ellipsis = Value::cell(el);
  vm.addPermanentRoot(ellipsis);
  tbKey = vm.heap.make<Symbol>(Value::undefined());
  vm.addPermanentRoot(Value::cell(tbKey));
  builtins = vm.heap.make<Object>(vm.emptyShape(), t.module);
  vm.addPermanentRoot(Value::cell(builtins));
  mainGlobals = vm.heap.make<Object>(vm.emptyShape(), t.module);
  vm.addPermanentRoot(Value::cell(mainGlobals));
  builtins->putDirect(vm, s("__name__"), newStr("builtins"));
  installBuiltins(*this);
}

void installPythonSignalDefaults(PyLanguage& P);  // modules/_signal.cpp

static PyLanguage& install(VM& vm) {
  if (!vm.language(ir::Language::Python)) {
    PyLanguage* L = new PyLanguage(vm);
    vm.adoptLanguage(ir::Language::Python, L);
    L->init(vm);
  }
  return lang(vm);
}

static void writeErr(const std::string& s) {
  fflush(stdout);
  fwrite(s.data(), 1, s.size(), stderr);
}

static std::string syntaxErrorReport(const ::py::SyntaxErrorInfo& e, const std::string& path) {
  std::string out = e.format(path);
  if (!out.empty() && out.back() != '\n') out += '\n';
  return out;
}

// The main script's path as CPython 3.11 names it in __file__, co_filename and tracebacks: the
// current directory joined to a relative path as typed (no normalisation: "./x.py" stays in).
static std::string mainScriptPath(const std::string& path) {
  char buf[PATH_MAX];
  if (path.empty() || path[0] == '/' || path[0] == '<' || !getcwd(buf, sizeof buf)) return path;
  return std::string(buf) + "/" + path;
}

// __main__'s attributes before its code runs (__file__ absolute, CPython 3.9+).
static void initMainModule(PyLanguage& L, const std::string& path, bool fromFile) {
  VM& vm = L.vm;
  Object* main = L.mainGlobals;
  main->putDirect(vm, L.s("__name__"), L.newStr("__main__"));
  main->putDirect(vm, L.s("__doc__"), Value::null());
  main->putDirect(vm, L.s("__package__"), Value::null());
  main->putDirect(vm, L.s("__loader__"), Value::null());
  main->putDirect(vm, L.s("__spec__"), Value::null());
  main->putDirect(vm, L.s("__builtins__"), Value::cell(L.builtins));
  if (fromFile) {
    main->putDirect(vm, L.s("__file__"), L.newStr(mainScriptPath(path)));
    main->putDirect(vm, L.s("__cached__"), Value::null());
  }
}

// The exception that ended the main program (vm.exception): SystemExit's code, or a traceback
// on stderr and 1.
static int exitStatusOfUncaught(PyLanguage& L) {
  VM& vm = L.vm;
  Rooted exc(vm, vm.exception);
  vm.exception = Value::undefined();
  if (L.isInstance(exc, L.t.SystemExit)) {
    Value code = L.getAttr(exc, L.s("code"), false);
    if (code.isMagic(Magic::Empty) || code.isNullish()) return 0;
    if (code.isInt()) return code.asInt() & 0xff;
    if (code.isBool()) return code.asBool();
    writeErr(L.str(code) + "\n");
    return 1;
  }
  std::string text;
  try { text = L.formatTraceback(exc); } catch (ScriptThrow&) { text = "Traceback: <error formatting the exception>\n"; }
  fflush(stdout);
  writeErr(text);
  return 1;
}

// What every way of running a main program does first: __main__'s attributes, sys.modules,
// the signal defaults (modules/_signal.cpp: SIGINT -> KeyboardInterrupt, SIGPIPE ignored).
static void startMain(PyLanguage& L, const std::string& path, bool fromFile) {
  initMainModule(L, path, fromFile);
  initImportSystem(L, L.mainGlobals);
  installPythonSignalDefaults(L);
}

// ... and last, after any traceback, as CPython's finalization: the atexit callbacks, then the
// finalizers (finalizer.h: garbage, then what module teardown would release). Returns `code`.
static int finishMain(PyLanguage& L, int code) {
  fflush(stdout);
  runAtexitCallbacks(L);
  finalizeAtExit(L);
  fflush(stdout);
  return code;
}

static int runMainScriptBody(VM& vm, const std::string& typed, const std::string& source, const std::vector<std::string>& argv) {
  PyLanguage& L = install(vm);
  L.argv = argv;
  const std::string path = mainScriptPath(typed);
  bool fromFile = !path.empty() && path[0] != '<';
  // sys.argv[0] as CPython has it: '-c' / '-' when the code is not a file
  if (!L.argv.empty() && path == "<string>") L.argv[0] = "-c";
  if (!L.argv.empty() && path == "<stdin>" && L.argv[0] == path) L.argv[0] = "-";  // '' when piped with no "-"
  if (fromFile) L.sources[path] = source;
  std::unique_ptr<ir::Function> fn;
  try {
    fn = ::py::compileSource(source, path, ::py::CompileMode::Exec);
  } catch (const ::py::SyntaxErrorInfo& e) {
    writeErr(syntaxErrorReport(e, path));
    return 1;
  }
  try {
    startMain(L, path, fromFile);
    FunctionProto* proto = vm.link(std::shared_ptr<const ir::Function>(std::move(fn)));
    Rooted rp(vm, Value::cell(proto));
    runInNamespace(L, proto, L.mainGlobals);
  } catch (ScriptThrow&) {
    return exitStatusOfUncaught(L);
  }
  fflush(stdout);
  return 0;
}

int runMainScript(VM& vm, const std::string& path, const std::string& source, const std::vector<std::string>& argv) {
  int code = runMainScriptBody(vm, path, source, argv);
  return finishMain(lang(vm), code);
}

int runMainModule(VM& vm, const std::string& module, const std::vector<std::string>& argv) {
  PyLanguage& L = install(vm);
  L.argv = argv;
  int code = 0;
  try {
    startMain(L, "", false);
    // runpy finds the module (a package runs its __main__), sets sys.argv[0] to its file and
    // runs its code in __main__'s namespace; a module that is not found is its SystemExit.
    Rooted runpyName(vm, L.newStr("runpy"));
    Rooted runpy(vm, L.importName(runpyName, Value::null(), Value::integer(0)));
    Rooted fn(vm, L.getAttr(runpy, L.s("_run_module_as_main"), true));
    Rooted name(vm, L.newStr(module));
    Value args[2] = {name.get(), Value::boolean(true)};
    L.call(fn, args, 2);
  } catch (ScriptThrow&) {
    code = exitStatusOfUncaught(L);
  }
  return finishMain(L, code);
}

// The interactive prompt runs the standard library's console over __main__'s namespace (the
// bootstrap's own names stay out of it), with CPython's banner and prompts.
static const char* kInteractiveSource = R"PY(
import code, sys
sys.ps1, sys.ps2 = '>>> ', '... '
code.InteractiveConsole(sys.modules['__main__'].__dict__).interact(
    'Python %s on %s\nType "help", "copyright", "credits" or "license" for more information.'
    % (sys.version, sys.platform), '')
)PY";

int runInteractive(VM& vm) {
  PyLanguage& L = install(vm);
  L.argv = {""};
  int code = 0;
  try {
    startMain(L, "", false);
    moduleFromSource(L, "_dualvm_interactive", kInteractiveSource, "<interactive>");
  } catch (ScriptThrow&) {
    code = exitStatusOfUncaught(L);
  }
  return finishMain(L, code);
}

std::string dumpAst(const std::string& path, const std::string& source) {
  try {
    ::py::ParseOptions opts;
    opts.filename = path;
    auto mod = ::py::parse(source, opts);
    return ::py::dumpAst(*mod) + "\n";
  } catch (const ::py::SyntaxErrorInfo& e) {
    return syntaxErrorReport(e, path);
  }
}

std::string dumpIr(const std::string& path, const std::string& source) {
  try {
    auto fn = ::py::compileSource(source, path, ::py::CompileMode::Exec);
    return ir::disassemble(*fn);
  } catch (const ::py::SyntaxErrorInfo& e) {
    return syntaxErrorReport(e, path);
  }
}

}  // namespace dualvm::py
