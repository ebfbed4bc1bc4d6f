// The Python bytecode compiler: a parsed Module (ast.h) and its symbol table (symtable.h) ->
// ir::Function (language Python), for the runtime (runtime/python) to link and run.
//
// Interfaces the runtime relies on:
//  * The module's code is one ir::Function with isScript = true and no parameters; module-level
//    names are globals (GetGlobal / SetGlobal / DeleteGlobal) of the module being run. In 'eval'
//    mode it returns the expression's value; otherwise it returns None.
//  * Python functions: registers 0..numParams-1 are the parameters in CPython's co_varnames
//    order — positional-only, positional-or-keyword, keyword-only, then *args (hasRest), then
//    **kwargs (hasKwArgs); paramNames lists them; numPosOnly / numKwOnly count the first and
//    third groups; `length` = positional-only + positional-or-keyword. Defaults, keyword-only
//    defaults, annotations and __qualname__ are attached after MakeClosure by the
//    SetupFunction intrinsic (py_intrinsics.h).
//  * Cells (captured variables) live in one Environment per function, pushed at entry with
//    PushEnv (cellvars in symtable order); free variables are read with GetEnv/GetEnvChecked
//    through the chain of the enclosing functions' environments. An unbound local is the TDZ
//    marker (CheckInit / GetEnvChecked report it via Language::makeUninitializedError).
//  * A class body is a function of one parameter, the namespace; it returns None or a function
//    of one argument that fills the class's `__class__` cell (see Intrinsic::BuildClass).
//  * A comprehension / generator expression is a function of one parameter (".0", the
//    iterable of its first `for`), called right away.
//  * Keyword-argument names (CallKw) are ir::ConstantList items of type std::u32string.
#pragma once
#include <memory>
#include <string>

#include "frontends/python/ast.h"
#include "frontends/python/symtable.h"
#include "frontends/python/syntax_error.h"
#include "shared-ir/ir.h"

namespace py {

struct CompileOptions {
    std::string fileName = "<string>";   // for tracebacks (ir::Function::fileName)
    std::string moduleName = "__main__"; // informational; __name__ is read from the globals at run time
    std::string source;                  // UTF-8 source text (ir::Function::source, for tracebacks)
};

enum class CompileMode { Exec, Eval, Single };

// Compiles an already parsed module (its mode decides exec/eval/single); builds the symbol
// table itself. Throws SyntaxErrorInfo for errors the symbol table or compiler finds.
std::unique_ptr<ir::Function> compileModule(ast::Module& module, const CompileOptions& options);

// Tokenize + parse + symtable + compile. Throws SyntaxErrorInfo.
std::unique_ptr<ir::Function> compileSource(const std::string& source, const std::string& fileName,
                                            CompileMode mode = CompileMode::Exec);

}  // namespace py
