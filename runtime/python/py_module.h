// runtime/python/py_module.h — per-module globals and running code in a namespace
// (py_module.cpp): what the import system, the engine and the builtins share.
#pragma once
#include <string>
#include <vector>
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// Parses and compiles Python source (mode: py::CompileMode as int) and links it; a frontend
// error becomes the Python SyntaxError/IndentationError. Records the source for tracebacks.
FunctionProto* compilePython(PyLanguage& P, const std::string& source, const std::string& file, int mode);
// Runs linked top-level code with `globals` (a module object or a dict) as its namespace.
Value runInNamespace(PyLanguage& P, FunctionProto* proto, Object* globals);
// globals, locals (module level), vars, exec, eval, compile; the module type's constructor.
void installModuleBuiltins(PyLanguage& P);
// Module objects' attributes: the namespace (and PEP 562 __getattr__), __dict__; dir(); repr.
Value moduleGetAttr(PyLanguage& P, Value module, String* name, bool throwIfMissing);
void moduleSetAttr(PyLanguage& P, Value module, String* name, Value v);
void moduleDelAttr(PyLanguage& P, Value module, String* name);
std::vector<String*> moduleNames(PyLanguage& P, Object* module);
std::string moduleRepr(PyLanguage& P, Value module);
// function.__closure__: a tuple of cell objects, or None (cell.cpp).
Value functionClosure(PyLanguage& P, Closure* c);
// Types the runtime makes for itself (code, cell, ModuleSpec), kept on the module type.
PyType* internalType(PyLanguage& P, const char* key);  // nullptr until set
void setInternalType(PyLanguage& P, const char* key, PyType* type);
// py_import.cpp: the loader classes of spec.loader / __loader__ (importlib.machinery's
// SourceFileLoader, or BuiltinImporter for native modules), and any other name of the import
// bootstrap (ModuleSpec, FileFinder, importlib.util's spec_from_file_location ...).
PyType* loaderType(PyLanguage& P, bool builtin);
// A new module `name` (not put in sys.modules) holding what Python `source` defines: the
// runtime's own Python-written parts (the import bootstrap, the interactive console).
Object* moduleFromSource(PyLanguage& P, const char* name, const char* source, const char* file);
Value bootstrapName(PyLanguage& P, const char* name);
// The BuildLocals intrinsic: (name, value)* -> dict of the bound pairs.
Value buildLocalsDict(PyLanguage& P, const Value* args, uint32_t argc);
// ast_objects.cpp: compile(..., PyCF_ONLY_AST) -> the _ast node tree; is v an _ast.AST
// instance; the source text of a node tree (ast.unparse) for compile(tree, ...).
Value astFromSource(PyLanguage& P, const std::string& source, const std::string& file, int mode);
bool isAstObject(PyLanguage& P, Value v);
std::string astToSource(PyLanguage& P, Value tree);
// The names module-level `global` statements of source declare (exec with separate locals).
std::vector<std::string> declaredGlobals(const std::string& source);
// The hidden property key of dict-mode modules and code objects.
Symbol* hiddenKey(PyLanguage& P);

}  // namespace dualvm::py
