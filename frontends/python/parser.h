// The Python parser: source text -> ast::Module, by recursive descent over the Python 3.11
// grammar (statements, decorators, the full expression precedence ladder, comprehensions,
// f-strings, match statements). Bad input throws py::SyntaxErrorInfo with CPython 3.11's
// message, type (SyntaxError / IndentationError / TabError) and location. Errors CPython's
// compiler reports after parsing ('return' outside function, 'break' outside loop, ...) are
// not thrown here: they are recorded in Module::compileErrors and thrown by
// buildSymbolTable() (symtable.h) after the symbol table's own errors, as CPython orders them.
// So compiling = parse() then buildSymbolTable(); both throw SyntaxErrorInfo.
//
// ParseMode::Eval expects the expression to start at column 0 (the caller strips leading
// spaces and tabs, as CPython's eval() does).
#pragma once

#include <memory>
#include <string>

#include "frontends/python/ast.h"
#include "frontends/python/syntax_error.h"

namespace py {

struct ParseOptions {
    ast::ParseMode mode = ast::ParseMode::File;
    std::string filename = "<unknown>";
    // Check future imports (thrown) and record the errors CPython's compiler (not its parser)
    // raises in Module::compileErrors. false = ast.parse() behaviour.
    bool compileChecks = true;
};

// Throws SyntaxErrorInfo.
std::unique_ptr<ast::Module> parse(std::string source, const ParseOptions& options = {});

// For a REPL: does `error` (from parsing `source`) only mean the input is unfinished — an open
// bracket or triple-quoted string, a trailing backslash, a block header awaiting its block?
// Then the shell should read another line instead of reporting it.
bool isIncompleteInput(const SyntaxErrorInfo& error, const std::string& source);

}  // namespace py
