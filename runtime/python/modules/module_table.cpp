// runtime/python/modules/module_table.cpp — the table of native modules, one line each. A name
// here wins over a pure-Python module of the same name on sys.path, as CPython's built-in modules
// (sys.builtin_module_names) do.
#include "runtime/python/modules/native_module.h"

namespace dualvm::py {

void initSignal(PyLanguage& P, Object* module);  // pysys
void initCsv(PyLanguage& P, Object* module);  // pysys
void initMarshal(PyLanguage& P, Object* module);  // pysys
void initSelect(PyLanguage& P, Object* module);  // pysys
void initPosixSubprocess(PyLanguage& P, Object* module);  // pysys
void initFcntl(PyLanguage& P, Object* module);  // pysys
void initGc(PyLanguage& P, Object* module);  // pyweak (gc.cpp)
void initLsprof(PyLanguage& P, Object* module);  // pytrace (_lsprof.cpp)
void initSocket(PyLanguage& P, Object* module);  // pysocket (_socket.cpp)
void initOperator(PyLanguage& P, Object* module);  // pyopmods (_operator.cpp)
void initHeapq(PyLanguage& P, Object* module);  // pyopmods (_heapq.cpp)
void initBisect(PyLanguage& P, Object* module);  // pyopmods (_bisect.cpp)
void initAbc(PyLanguage& P, Object* module);  // pyopmods (_abc.cpp)

static const NativeModuleDef kNativeModules[] = {
    {"sys", initSys},
    {"math", initMath},
    {"_codecs", initCodecs},
    {"_string", initString},  // string.Formatter helpers
    {"posix", initPosix},
    {"importlib.util", initImportlibUtil},  // py_import.cpp: find_spec, resolve_name
    {"importlib", initImportlib},  // py_import.cpp: import_module, reload (CPython's importlib needs _imp, _thread, _weakref...)
    {"itertools", initItertools},
    {"_collections", initCollections},
    {"_functools", initFunctools},
    {"_random", initRandom},
    {"time", initTime},
    {"_struct", initStruct},
    {"asyncio", initAsyncio},  // pyclass: our event loop in place of CPython's asyncio package
    {"re", initRe},
    {"_thread", initThread},
    {"_sha512", initSha512},
    {"_io", initIo},
    {"_weakref", initWeakref},
    {"_contextvars", initContextvars},  // pynum: decimal's context variable
    {"cmath", initCmath},  // pynum
    {"errno", initErrno},  // pymisc
    {"_ast", initAst},  // pymisc: the node classes ast.py (and inspect) import
    {"importlib.machinery", initImportlibMachinery},  // pymisc: suffix lists (inspect)
    {"_json", initJson},  // pystr: json's C accelerators
    {"array", initArray},  // pyclassic
    {"atexit", initAtexit},  // pyclassic
    {"_signal", initSignal},  // pysys
    {"_csv", initCsv},  // pysys
    {"marshal", initMarshal},  // pysys
    {"select", initSelect},  // pysys
    {"_posixsubprocess", initPosixSubprocess},  // pysys
    {"fcntl", initFcntl},  // pysys
    {"binascii", initBinascii},  // pycmods
    {"_hashlib", initHashlib},  // pycmods: on OpenSSL libcrypto
    {"_blake2", initBlake2},  // pycmods
    {"zlib", initZlib},  // pycmods
    {"pyexpat", initPyexpat},  // pycmods: on libexpat
    {"unicodedata", initUnicodedata},  // pycmods: on ICU
    {"gc", initGc},  // pyweak
    {"_lsprof", initLsprof},  // pytrace: cProfile's profiler
    {"_socket", initSocket},  // pysocket
    {"_operator", initOperator},  // pyopmods
    {"_heapq", initHeapq},  // pyopmods
    {"_bisect", initBisect},  // pyopmods
    {"_abc", initAbc},  // pyopmods
};

const NativeModuleDef* findNativeModule(const std::string& name) {
  for (const NativeModuleDef& def : kNativeModules)
    if (name == def.name) return &def;
  return nullptr;
}

std::vector<std::string> nativeModuleNames() {
  std::vector<std::string> out;
  for (const NativeModuleDef& def : kNativeModules) out.push_back(def.name);
  return out;
}

}  // namespace dualvm::py
