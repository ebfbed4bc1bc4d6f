// Python scope analysis: which names are local, global, free or cell in each scope, as
// CPython 3.11's Python/symtable.c decides it (same flags, same two passes, same errors).
//
// Scopes (Scope::Type): the module; each class body; each function — `def`, `async def`,
// `lambda`, and each comprehension (list/set/dict comprehension and generator expression are
// their own function scope in 3.11; only the first `for`'s iterable is evaluated in the
// enclosing scope and reaches the comprehension as its implicit parameter ".0").
//
// Classification (Symbol::scope), and where the compiler keeps each name at run time:
//  * Local          function: a fast local in a frame register (Symbol::slot, 0..numLocals);
//                   class body: a key of the class namespace dict; module: a module dict key.
//  * Cell           a function local that an inner function captures: it lives in a heap cell
//                   (Symbol::cellIndex indexes the frame's cells; a parameter that is a cell
//                   also has a slot, copied into its cell at function entry).
//  * Free           a variable of an enclosing function, reached through the closure's cells
//                   (cellIndex = numCells + position in freevars).
//  * GlobalExplicit declared `global`: looked up by name in the module dict (then builtins).
//  * GlobalImplicit not bound in any enclosing function: module dict, then builtins, by name.
// Class bodies are not visible to the functions inside them: a method's free variables skip
// the class scope. A class whose methods use `super()` or `__class__` gets an implicit
// `__class__` cell (Scope::needsClassClosure) that the methods see as a free variable.
// A walrus (`:=`) inside a comprehension binds in the nearest enclosing function (or module).
// Private names (`__x` inside a class) are mangled to `_Class__x`; symbols are stored mangled
// and the compiler must mangle with mangleName(scope->privateName, name) before lookup.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontends/python/ast.h"
#include "frontends/python/syntax_error.h"

namespace py {

// Symbol flags (CPython's DEF_* bits).
enum SymbolFlag : unsigned {
    DefGlobal = 1,        // `global` declaration
    DefLocal = 2,         // bound in this scope (assignment, for, import, def, class, del, ...)
    DefParam = 4,         // a parameter
    DefNonlocal = 8,      // `nonlocal` declaration
    Use = 16,             // read in this scope
    DefFree = 32,         // (unused; kept for CPython's numbering)
    DefFreeClass = 64,    // free in a method, but also bound in the class body
    DefImport = 128,      // bound by import
    DefAnnot = 256,       // annotated (`x: int`)
    DefCompIter = 512,    // a comprehension's iteration variable
    DefBound = DefLocal | DefParam | DefImport,
};

enum class SymbolScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };
const char* symbolScopeName(SymbolScope);

struct Symbol {
    std::string name;           // mangled
    unsigned flags = 0;
    SymbolScope scope = SymbolScope::GlobalImplicit;
    int slot = -1;              // register index of a fast local (function scopes)
    int cellIndex = -1;         // index into the frame's cells: cellvars then freevars
};

struct Scope {
    enum class Type { Module, Class, Function };
    Type type = Type::Module;
    std::string name;           // "top", the def/class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr"
    const ast::Node* node = nullptr;  // FunctionDef, ClassDef, Lambda, comprehension Expr (null for the module)
    int lineno = 0;
    Scope* parent = nullptr;
    std::vector<Scope*> children;     // in source order
    std::string privateName;          // class name used for mangling `__x` ("" outside classes)

    bool isNested = false;            // inside a function
    bool isLambda = false;
    bool isComprehension = false;
    bool isGenerator = false;         // contains yield / yield from (always for genexpr)
    bool isCoroutine = false;         // async def, or an async comprehension
    bool needsClassClosure = false;   // class: methods use super() / __class__
    bool hasFree = false;             // uses free variables (or global-implicit while nested)
    bool hasChildFree = false;

    // Parameters of a function, in CPython's co_varnames order: posonly, args, kwonly, *args, **kw.
    std::vector<std::string> params;
    int posonlyCount = 0, argCount = 0, kwonlyCount = 0;
    bool hasVarargs = false, hasVarkw = false;

    std::vector<Symbol> symbols;      // in first-seen order
    std::vector<std::string> varnames;  // fast locals by slot (functions): params first
    std::vector<std::string> cellvars;  // sorted, as CPython's co_cellvars
    std::vector<std::string> freevars;  // sorted, as CPython's co_freevars
    int numLocals() const { return static_cast<int>(varnames.size()); }
    int numCells() const { return static_cast<int>(cellvars.size()); }

    const Symbol* lookup(const std::string& mangledName) const;
    Symbol* lookup(const std::string& mangledName);
    std::unordered_map<std::string, size_t> index;  // name -> position in symbols
};

struct SymbolTable {
    std::vector<std::unique_ptr<Scope>> scopes;  // scopes[0] is the module
    std::unordered_map<const ast::Node*, Scope*> byNode;
    bool futureAnnotations = false;  // `from __future__ import annotations`: annotations stay strings
    Scope* module() const { return scopes.front().get(); }
    // The scope a FunctionDef/ClassDef/Lambda/comprehension node opens, or nullptr.
    Scope* scopeFor(const ast::Node* node) const;
};

// Build and analyze; throws SyntaxErrorInfo ("name 'x' is parameter and global",
// "no binding for nonlocal 'x' found", "duplicate argument 'x' in function definition", ...).
// `source` (optional) supplies the line text of errors.
SymbolTable buildSymbolTable(const ast::Module& module, const std::string& source = "");

// CPython's _Py_Mangle: `__x` inside class `C` -> `_C__x` (not dunders, not dotted names).
std::string mangleName(const std::string& privateName, const std::string& name);

// Readable dump: one block per scope, one line per symbol (sorted) with scope and flags.
std::string dumpSymbolTable(const SymbolTable& table);

}  // namespace py
