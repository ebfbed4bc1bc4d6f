// The one error the Python frontend throws for bad source: SyntaxError, IndentationError or
// TabError with CPython 3.11's message and location. The runtime turns it into the Python
// exception of that type (filename, lineno, offset, text are SyntaxError's attributes).
#pragma once

#include <string>

namespace py {

struct SyntaxErrorInfo {
    // "SyntaxError" | "IndentationError" | "TabError", or "RecursionError" when the source nests
    // deeper than the frontend allows ("maximum recursion depth exceeded during compilation").
    std::string type;
    std::string message;   // e.g. "expected ':'"
    int line = 0;          // 1-based
    int column = 0;        // 1-based, in characters (code points), like SyntaxError.offset
    std::string lineText;  // the source line, without its newline
    int endLine = 0;       // end of the offending range (0 when unknown)
    int endColumn = 0;

    // "File "f.py", line 3\n    text\n    ^\nSyntaxError: message" style, for tools and tests.
    std::string format(const std::string& filename) const;
};

}  // namespace py
