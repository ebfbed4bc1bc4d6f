// frontends/js/compiler.h — the JavaScript bytecode compiler: an analysed AST (parser.h +
// scope.h) -> ir::Function, plus the entry points the runtime uses for scripts, CommonJS
// modules, eval code and `new Function`.
//
// Interfaces the runtime relies on (see also docs in opcodes.def):
//  * Every ir::Function keeps `source` = the whole source as UTF-16 (shared between all functions
//    of one compilation) and [sourceStart, sourceEnd) as UTF-16 offsets into it.
//  * ir::Function::calleeText maps each Call/New/CallSpread/NewSpread/Eval pc to the callee as
//    written, for "TypeError: foo.bar is not a function".
//  * Private class members use site-unique names "#x@<n>" (GetPrivate/SetPrivate/...).
//  * Class instance fields: a synthesized initialiser closure stored by SetFieldInit.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "frontends/js/ast.h"
#include "frontends/js/syntax_error.h"
#include "shared-ir/ir.h"

namespace js {

struct CompileOptions {
    std::string fileName;                // for stack traces; defaults to Program::sourceName
    // The UTF-8 source the Program was parsed from (for Function.prototype.toString). May be
    // empty: functions then carry no source text.
    std::string_view sourceUtf8;
    // Eval code: the top level is compiled as eval code (var declarations go to the variable
    // environment by name; the completion value of the last expression statement is returned).
    bool isEval = false;
};

// A classic script: top-level var/function declarations become globals (DeclareGlobal).
// Returns the top-level function (isScript = true, no parameters). The returned function's
// value is the completion value of the script (used by the REPL).
// compileScript/compileModule/compileEval throw js::SyntaxError for constructs the compiler
// rejects (e.g. an undeclared private name).
std::unique_ptr<ir::Function> compileScript(Program& program, const CompileOptions& options);

// A CommonJS module: compiled as a function (exports, require, module, __filename, __dirname)
// whose body is the program; the caller invokes it with this = module.exports. The Program must
// have been analysed with ScopeOptions::commonJs.
std::unique_ptr<ir::Function> compileModule(Program& program, const CompileOptions& options);

// Eval code (direct or indirect) analysed with the eval scope options: returns the top level
// (isScript = true); its return value is the completion value of the code.
std::unique_ptr<ir::Function> compileEval(Program& program, const CompileOptions& options);

// Result of the convenience entry points: a function or the syntax error that prevented it.
struct CompileResult {
    std::unique_ptr<ir::Function> function;
    std::unique_ptr<SyntaxError> error;  // set when function is null
    bool ok() const { return function != nullptr; }
};

enum class SourceKind { Script, Module, Eval };

struct SourceOptions {
    SourceKind kind = SourceKind::Script;
    bool strict = false;                      // eval: inherited strictness
    // Direct eval: free names of the eval code resolve dynamically at run time (GetName /
    // SetName walk the caller's environments by their ScopeInfo slot names, then globals).
    bool inFunction = false;                  // direct eval inside a (non-arrow) function:
                                              // new.target / arguments allowed
    bool inMethod = false;                    // super.x allowed
    bool inDerivedConstructor = false;        // super() allowed
    bool inClassFieldInitializer = false;     // `arguments` forbidden
};

// Parse, analyse scopes and compile. Never throws for bad input: errors come back in
// CompileResult::error.
CompileResult compileSource(std::string_view source, const std::string& fileName,
                            const SourceOptions& options = {});

// `new Function(p1, ..., pn, body)`: parameters text (already joined with ",") and body text.
// Returns the *anonymous* function itself (not a script): the caller makes a closure over the
// global environment. Function.prototype.toString shows
// "function anonymous(<params>\n) {\n<body>\n}".
CompileResult compileFunctionFromParts(const std::string& params, const std::string& body,
                                       bool isAsync = false, bool isGenerator = false);

}  // namespace js
