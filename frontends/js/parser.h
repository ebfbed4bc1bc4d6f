// frontends/js/parser.h — recursive-descent parser from JavaScript source to the AST (ast.h).
//
// Throws js::SyntaxError (syntax_error.h) with node's wording and a 1-based line:column.
// Never crashes on bad input: recursion is bounded ("Maximum nesting depth exceeded").
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "frontends/js/ast.h"
#include "frontends/js/syntax_error.h"

namespace js {

struct ParseOptions {
    std::string sourceName;                  // stored in Program::sourceName
    bool strict = false;                     // start in strict mode (e.g. strict direct eval)
    bool allowReturnOutsideFunction = true;  // CommonJS: the file is a function body in node
    // Context for eval code / new Function bodies parsed later:
    bool allowNewTarget = false;
    bool allowSuperProperty = false;
    bool allowSuperCall = false;
    bool allowArguments = true;              // false inside class field initializers
};

// Nesting limit: nested constructs plus the length of left-deep chains (a+b+c..., a.b.c...)
// count together, so the AST is at most about kMaxParseDepth levels deep and consumers may
// recurse over it. The parser also stops ("Maximum nesting depth exceeded") when less than
// 256 KB of the thread's stack remain.
constexpr int kMaxParseDepth = 1000;

std::unique_ptr<Program> parseProgram(std::string_view source, const ParseOptions& options = {});

// Early errors of regular-expression literals: the pattern dialect belongs to the runtime
// (runtime/js/regexp_translate.h), which installs a checker returning "" for a valid literal or
// node's message ("Invalid regular expression: /(/: Unterminated group"). Without one, literals
// are checked only when evaluated.
using RegExpChecker = std::string (*)(const std::u16string& pattern, const std::string& flags);
void setRegExpChecker(RegExpChecker checker);

}  // namespace js
