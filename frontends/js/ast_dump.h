// frontends/js/ast_dump.h — readable indented text of a JS AST (`--dump=ast`).
// Shows node kinds, operators, names, literal values, positions (@line:col) and, once scope
// analysis has run, how each identifier resolves ([local 3], [env 1:0], [global], [dynamic]).
#pragma once

#include <string>

#include "frontends/js/ast.h"

namespace js {

std::string dumpAst(const Program& program);
std::string dumpExpr(const Expr& expr);  // one expression subtree (tests, debugging)

}  // namespace js
