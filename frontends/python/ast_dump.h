// Text dump of a Python AST in exactly the format of CPython's `ast.dump(tree, indent=N)`
// (same field order, optional fields omitted when absent, Python reprs for constants), so a
// dump can be diffed against CPython's. With includePositions, each node also shows
// lineno/col_offset/end_lineno/end_col_offset like include_attributes=True.
#pragma once

#include <string>

#include "frontends/python/ast.h"

namespace py {

struct DumpOptions {
    int indent = 2;               // < 0: one line, like ast.dump(tree) without indent
    bool includePositions = false;
};

std::string dumpAst(const ast::Module& module, const DumpOptions& options = {});
std::string dumpExpr(const ast::Expr* expr, const DumpOptions& options = {});

// Python reprs used by the dump (and useful to the runtime): repr(str), repr(bytes),
// repr(float), the imaginary part of repr(complex), and an int constant in decimal.
std::string pyReprStr(const std::string& utf8);
std::string pyReprBytes(const std::string& bytes);
std::string pyReprFloat(double value);
std::string pyReprImag(double value);
std::string intConstantToDecimal(const ast::Constant& c);

}  // namespace py
