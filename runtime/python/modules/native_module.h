// runtime/python/modules/native_module.h — how a native module (one of CPython's C modules,
// reimplemented in C++: sys, math, itertools, _collections, ...) plugs into the import system.
// Each module is one file in this folder defining `void init<Name>(PyLanguage&, Object* module)`,
// which fills a fresh module object (its __name__ already set); module_table.cpp lists them.
// A table rather than static registrars: the runtime is a static library, and the linker drops
// object files nothing refers to.
#pragma once
#include <string>
#include <vector>
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

using NativeModuleInit = void (*)(PyLanguage& P, Object* module);
struct NativeModuleDef {
  const char* name;
  NativeModuleInit init;
};

// The native module called `name`, or nullptr.
const NativeModuleDef* findNativeModule(const std::string& name);

// A new module object called `name` (a permanent root: modules live as long as the VM).
Object* newModule(PyLanguage& P, const char* name);
// Gives every native function of `module` __module__ = name (what CPython's C modules' functions
// say; pickle's whichmodule reads it). Others report 'builtins'.
void setFunctionsModule(PyLanguage& P, Object* module, const char* name);

// OSError(err, strerror(err)[, filename]) as CPython's PyErr_SetFromErrno(WithFilename): the
// OSError constructor picks the subclass (FileNotFoundError, ...); `type` raises a module's own
// error class instead (signal.ItimerError). posix.cpp.
[[noreturn]] void raiseErrno(PyLanguage& P, int err, Value filename = Value::undefined(),
                             Value type = Value::undefined());
// PyObject_AsFileDescriptor: an int, or what o.fileno() returns (select, fcntl, ...). posix.cpp.
int fileDescriptorOf(PyLanguage& P, Value o);

// CPython's PyErr_WriteUnraisable, for Python code the runtime ran on nobody's behalf (atexit
// functions, weakref callbacks, fork hooks): takes the exception being thrown (vm.exception),
// clears it and writes "<prefix><repr(obj)>" and its traceback to stderr. atexit.cpp.
void writeUnraisable(PyLanguage& P, const char* prefix, Value obj);

// The names in the table (sys.builtin_module_names).
std::vector<std::string> nativeModuleNames();
// py_import.cpp: the import system's setup (sys.modules with builtins, sys, __main__).
void initImportSystem(PyLanguage& P, Object* mainModule);

// One declaration per native module, in the order of module_table.cpp.
void initSys(PyLanguage& P, Object* module);
void initMath(PyLanguage& P, Object* module);
void initCodecs(PyLanguage& P, Object* module);
void initString(PyLanguage& P, Object* module);
void initPosix(PyLanguage& P, Object* module);
void initImportlibUtil(PyLanguage& P, Object* module);
void initImportlib(PyLanguage& P, Object* module);
void initItertools(PyLanguage& P, Object* module);
void initCollections(PyLanguage& P, Object* module);
void initFunctools(PyLanguage& P, Object* module);
void initRandom(PyLanguage& P, Object* module);
void initTime(PyLanguage& P, Object* module);
void initStruct(PyLanguage& P, Object* module);
void initAsyncio(PyLanguage& P, Object* module);
void initRe(PyLanguage& P, Object* module);
void initThread(PyLanguage& P, Object* module);
void initSha512(PyLanguage& P, Object* module);
// builtins.open (modules/_io.cpp), installed by installBuiltins
void installOpenBuiltin(PyLanguage& P);
void initIo(PyLanguage& P, Object* module);
void initWeakref(PyLanguage& P, Object* module);
void initContextvars(PyLanguage& P, Object* module);  // pynum
void initCmath(PyLanguage& P, Object* module);  // pynum
void initErrno(PyLanguage& P, Object* module);  // pymisc
void initAst(PyLanguage& P, Object* module);  // pymisc
void initImportlibMachinery(PyLanguage& P, Object* module);  // pymisc
void initJson(PyLanguage& P, Object* module);
void initArray(PyLanguage& P, Object* module);
void initAtexit(PyLanguage& P, Object* module);
void runAtexitCallbacks(PyLanguage& P);  // py_engine.cpp calls it when the main script ends
void initBinascii(PyLanguage& P, Object* module);  // pycmods
void initHashlib(PyLanguage& P, Object* module);  // pycmods: _hashlib
void initBlake2(PyLanguage& P, Object* module);  // pycmods: _blake2
void initZlib(PyLanguage& P, Object* module);  // pycmods
void initPyexpat(PyLanguage& P, Object* module);  // pycmods
void initUnicodedata(PyLanguage& P, Object* module);  // pycmods

}  // namespace dualvm::py
