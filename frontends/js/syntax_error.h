// frontends/js/syntax_error.h — the one exception type the JS lexer and parser throw.
#pragma once

#include <exception>
#include <string>

namespace js {

// A JavaScript early (syntax) error. line/column are 1-based, the column in UTF-16 code units,
// as node prints them ("file.js:3:14"). message is node's wording without the "SyntaxError: "
// prefix, e.g. "Unexpected token '}'".
struct SyntaxError : std::exception {
    std::string message;
    int line = 0;
    int column = 0;
    SyntaxError(std::string msg, int l, int c) : message(std::move(msg)), line(l), column(c) {}
    const char* what() const noexcept override { return message.c_str(); }
};

}  // namespace js
