// Tokenizer tests: INDENT/DEDENT, implicit and explicit line joining, string prefixes,
// numbers, Unicode identifiers, and lexical errors (TabError, IndentationError, unterminated).
#include <catch.hpp>

#include "frontends/python/tokenizer.h"

namespace {

// "KIND:text" per token, e.g. "NAME:if OP:: NEWLINE INDENT ...".
std::string kinds(const std::string& src) {
    py::SourceText text(src);
    py::TokenStream ts = py::tokenize(text);
    std::string out;
    for (const py::Token& t : ts.tokens) {
        if (!out.empty()) out += ' ';
        out += py::tokenKindName(t.kind);
        if (t.kind == py::TokenKind::Name || t.kind == py::TokenKind::Op || t.kind == py::TokenKind::Number ||
            t.kind == py::TokenKind::String)
            out += ":" + t.text;
    }
    return out;
}

py::SyntaxErrorInfo lexError(const std::string& src) {
    py::SourceText text(src);
    py::TokenStream ts = py::tokenize(text);
    REQUIRE(ts.error.has_value());
    REQUIRE(ts.tokens.back().kind == py::TokenKind::Error);
    return *ts.error;
}

}  // namespace

TEST_CASE("tokenizer: INDENT and DEDENT from the indentation stack", "[py][tokenizer]") {
    CHECK(kinds("if x:\n    y\n    if z:\n        w\nv\n") ==
          "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE NAME:if NAME:z OP:: NEWLINE INDENT NAME:w NEWLINE "
          "DEDENT DEDENT NAME:v NEWLINE ENDMARKER");
    // Blank lines and comment lines do not count; a missing final newline is supplied.
    CHECK(kinds("if x:\n\n    # c\n    y  # c\n\n") ==
          "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER");
    CHECK(kinds("x") == "NAME:x NEWLINE ENDMARKER");
    // Tabs count to the next multiple of 8, consistently.
    CHECK(kinds("if x:\n\ty\n\tz\n") == "NAME:if NAME:x OP:: NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER");
}

TEST_CASE("tokenizer: line joining", "[py][tokenizer]") {
    CHECK(kinds("x = (1,\n     2)\n") == "NAME:x OP:= OP:( NUMBER:1 OP:, NUMBER:2 OP:) NEWLINE ENDMARKER");
    CHECK(kinds("x = 1 + \\\n    2\n") == "NAME:x OP:= NUMBER:1 OP:+ NUMBER:2 NEWLINE ENDMARKER");
    CHECK(kinds("x = [\n  1,\n# c\n]\n") == "NAME:x OP:= OP:[ NUMBER:1 OP:, OP:] NEWLINE ENDMARKER");
    // \r\n and \r are newlines too.
    CHECK(kinds("a\r\nb\rc") == "NAME:a NEWLINE NAME:b NEWLINE NAME:c NEWLINE ENDMARKER");
}

TEST_CASE("tokenizer: operators, longest match", "[py][tokenizer]") {
    CHECK(kinds("a**=b//=c>>=d...e->f:=g!=h") ==
          "NAME:a OP:**= NAME:b OP://= NAME:c OP:>>= NAME:d OP:... NAME:e OP:-> NAME:f OP::= NAME:g OP:!= NAME:h NEWLINE ENDMARKER");
}

TEST_CASE("tokenizer: string prefixes and quotes", "[py][tokenizer]") {
    CHECK(kinds("r'a' B\"b\" Rb'c' bR'd' f'e' Fr'f' rF'g' u'h' '''i''' \"\"\"j\"\"\"") ==
          "STRING:r'a' STRING:B\"b\" STRING:Rb'c' STRING:bR'd' STRING:f'e' STRING:Fr'f' STRING:rF'g' STRING:u'h' "
          "STRING:'''i''' STRING:\"\"\"j\"\"\" NEWLINE ENDMARKER");
    // Not prefixes: these are names followed by strings.
    CHECK(kinds("ub'x'") == "NAME:ub STRING:'x' NEWLINE ENDMARKER");
    // Escaped quotes and a backslash-newline inside a string.
    CHECK(kinds("'a\\'b' 'c\\\nd'") == "STRING:'a\\'b' STRING:'c\\\nd' NEWLINE ENDMARKER");
    CHECK(kinds("'''a\nb'''") == "STRING:'''a\nb''' NEWLINE ENDMARKER");
}

TEST_CASE("tokenizer: numbers", "[py][tokenizer]") {
    CHECK(kinds("1_000 0x_Ff 0o17 0b1_0 1.5 .5 5. 1e10 1E-5 3j 1.5J 0 00 0.0 1_0.0_1e1_0") ==
          "NUMBER:1_000 NUMBER:0x_Ff NUMBER:0o17 NUMBER:0b1_0 NUMBER:1.5 NUMBER:.5 NUMBER:5. NUMBER:1e10 "
          "NUMBER:1E-5 NUMBER:3j NUMBER:1.5J NUMBER:0 NUMBER:00 NUMBER:0.0 NUMBER:1_0.0_1e1_0 NEWLINE ENDMARKER");
    // A number may touch a keyword (CPython accepts it with a warning).
    CHECK(kinds("1if x else 2") == "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NEWLINE ENDMARKER");
    CHECK(lexError("1__0").message == "invalid decimal literal");
    CHECK(lexError("1abc").message == "invalid decimal literal");
    CHECK(lexError("0x").message == "invalid hexadecimal literal");
    CHECK(lexError("0b12").message == "invalid digit '2' in binary literal");
    CHECK(lexError("0o8").message == "invalid digit '8' in octal literal");
    CHECK(lexError("0777").message ==
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
}

TEST_CASE("tokenizer: Unicode identifiers (XID + NFKC)", "[py][tokenizer]") {
    CHECK(kinds("café = 1") == "NAME:café OP:= NUMBER:1 NEWLINE ENDMARKER");
    CHECK(kinds("ﬁx = ℌ") == "NAME:fix OP:= NAME:H NEWLINE ENDMARKER");  // NFKC
    CHECK(kinds("变量 = 2") == "NAME:变量 OP:= NUMBER:2 NEWLINE ENDMARKER");
    py::SyntaxErrorInfo e = lexError("x€ = 1");
    CHECK(e.message == "invalid character '€' (U+20AC)");
    CHECK(e.column == 2);
    CHECK(lexError("a\xc2\xa0= 1").message == "invalid non-printable character U+00A0");
}

TEST_CASE("tokenizer: positions", "[py][tokenizer]") {
    py::SourceText text("ab = 'é'\n  \n(c)\n");
    py::TokenStream ts = py::tokenize(text);
    REQUIRE(ts.tokens.size() >= 7);
    CHECK(ts.tokens[2].line == 1);
    CHECK(ts.tokens[2].col == 5);
    CHECK(ts.tokens[2].endCol == 9);  // bytes: é is two
    CHECK(ts.tokens[4].line == 3);
    CHECK(ts.tokens[4].col == 0);
}

TEST_CASE("tokenizer: indentation and bracket errors", "[py][tokenizer]") {
    py::SyntaxErrorInfo e = lexError("if x:\n        a\n    b\n");
    CHECK(e.type == "IndentationError");
    CHECK(e.message == "unindent does not match any outer indentation level");
    CHECK(e.line == 3);

    e = lexError("if x:\n\tif y:\n        a\n");
    CHECK(e.type == "TabError");
    CHECK(e.message == "inconsistent use of tabs and spaces in indentation");

    e = lexError("x = (1,\n2\n");
    CHECK(e.message == "'(' was never closed");
    CHECK(e.line == 1);
    CHECK(e.column == 5);

    CHECK(lexError("x = )").message == "unmatched ')'");
    CHECK(lexError("x = (]").message == "closing parenthesis ']' does not match opening parenthesis '('");
    CHECK(lexError("x = (\n]").message == "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    CHECK(lexError(std::string(201, '(')).message == "too many nested parentheses");
    CHECK(lexError("a = 1 \\ 2").message == "unexpected character after line continuation character");
    CHECK(lexError("a = \\").message == "unexpected EOF while parsing");
}

TEST_CASE("tokenizer: unterminated strings", "[py][tokenizer]") {
    py::SyntaxErrorInfo e = lexError("x = 'abc\ny\n");
    CHECK(e.message == "unterminated string literal (detected at line 1)");
    CHECK(e.line == 1);
    CHECK(e.column == 5);
    e = lexError("x = '''abc\n\ny\n");
    CHECK(e.message == "unterminated triple-quoted string literal (detected at line 3)");
}

TEST_CASE("tokenizer: source encodings", "[py][tokenizer]") {
    // PEP 263 cookie: Latin-1 bytes become UTF-8.
    py::SourceText latin1("# -*- coding: latin-1 -*-\nx = '\xe9'\n");
    CHECK(latin1.lineText(2) == "x = '\xc3\xa9'");
    // A BOM is dropped.
    py::SourceText bom("\xEF\xBB\xBFx = 1\n");
    CHECK(bom.lineText(1) == "x = 1");
    // Invalid UTF-8 without a cookie.
    CHECK_THROWS_AS(py::SourceText("x = '\xff'\n"), py::SyntaxErrorInfo);
    CHECK_THROWS_AS(py::SourceText("# coding: no-such-codec\n"), py::SyntaxErrorInfo);
}

TEST_CASE("tokenizer: null bytes are rejected", "[py][tokenizer]") {
    try {
        py::SourceText text(std::string("x = 1\0\n", 7));
        FAIL("no error");
    } catch (const py::SyntaxErrorInfo& e) {
        CHECK(e.message == "source code cannot contain null bytes");
        CHECK(e.line == 1);
    }
}
