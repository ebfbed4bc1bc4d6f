// tests/unit/js_frontend/lexer_test.cpp — tokens: ASI flags, regexp vs division, templates,
// numbers, strings and escapes, unicode identifiers, comments.
#include <catch.hpp>

#include "frontends/js/lexer.h"

using namespace js;

namespace {
std::vector<Token> lexAll(const std::string& src) {
    Lexer lx(src);
    std::vector<Token> out;
    while (true) {
        Token t = lx.next();
        out.push_back(t);
        if (t.type == Tok::EndOfInput) break;
    }
    return out;
}
std::string lexError(const std::string& src) {
    try {
        lexAll(src);
        return "OK";
    } catch (const SyntaxError& e) {
        return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
    }
}
}  // namespace

TEST_CASE("lexer: punctuators and keywords", "[js][lexer]") {
    auto t = lexAll("a >>>= b ?? c ?. d ?.5 : e **= f => ... #p");
    std::vector<Tok> kinds;
    for (auto& k : t) kinds.push_back(k.type);
    std::vector<Tok> want = {Tok::Identifier, Tok::ShrAssign, Tok::Identifier, Tok::QuestionQuestion, Tok::Identifier,
                             Tok::QuestionDot, Tok::Identifier, Tok::Question, Tok::Number, Tok::Colon,
                             Tok::Identifier, Tok::StarStarAssign, Tok::Identifier, Tok::Arrow, Tok::Ellipsis,
                             Tok::PrivateName, Tok::EndOfInput};
    REQUIRE(kinds == want);
    CHECK(t[15].ident == "#p");
    auto k = lexAll("typeof instanceof let yield");
    CHECK(k[0].type == Tok::KwTypeof);
    CHECK(k[1].type == Tok::KwInstanceof);
    CHECK(k[2].type == Tok::Identifier);  // contextual
    CHECK(k[3].type == Tok::Identifier);
}

TEST_CASE("lexer: newline flags for ASI", "[js][lexer]") {
    auto t = lexAll("a\nb /* x\n */ c /* y */ d // z\ne\u2028f");
    REQUIRE(t.size() == 7);
    CHECK_FALSE(t[0].newlineBefore);
    CHECK(t[1].newlineBefore);
    CHECK(t[2].newlineBefore);  // multi-line comment counts as a line terminator
    CHECK_FALSE(t[3].newlineBefore);
    CHECK(t[4].newlineBefore);
    CHECK(t[5].newlineBefore);  // U+2028
    CHECK(t[4].start.line == 4);
    CHECK(t[5].start.line == 5);
}

TEST_CASE("lexer: positions are 1-based, columns in UTF-16 units", "[js][lexer]") {
    auto t = lexAll("x = '\xF0\x9F\x98\x80'; y\r\n  z");
    CHECK(t[0].start.column == 1);
    CHECK(t[2].start.column == 5);
    CHECK(t[3].start.column == 9);  // the emoji is two UTF-16 units
    CHECK(t[4].start.column == 11);
    CHECK(t[5].start.line == 2);
    CHECK(t[5].start.column == 3);
}

TEST_CASE("lexer: numeric literals", "[js][lexer]") {
    auto num = [](const std::string& s) {
        auto t = lexAll(s);
        REQUIRE(t[0].type == Tok::Number);
        return t[0].number;
    };
    CHECK(num("0x1F") == 31);
    CHECK(num("0o17") == 15);
    CHECK(num("0b101") == 5);
    CHECK(num("1_000_000") == 1000000);
    CHECK(num("1e3") == 1000);
    CHECK(num("2.5E-3") == 0.0025);
    CHECK(num(".5") == 0.5);
    CHECK(num("5.") == 5);
    CHECK(num("017") == 15);  // legacy octal (sloppy)
    CHECK(lexAll("017")[0].legacyOctal);
    CHECK(num("019") == 19);
    CHECK(num("0x1fffffffffffff") == 9007199254740991.0);
    CHECK(num("0b11111111111111111111111111111111111111111111111111111") == 9007199254740991.0);
    CHECK(num("1e400") == INFINITY);
    auto big = lexAll("123n 0x1Fn 1_0n");
    CHECK(big[0].type == Tok::BigInt);
    CHECK(big[0].ident == "123");
    CHECK(big[1].ident == "0x1F");
    CHECK(big[2].ident == "10");
    CHECK(lexError("3in x") == "1:1: Invalid or unexpected token");
    CHECK(lexError("1__0") == "1:3: Only one underscore is allowed as numeric separator");
    CHECK(lexError("1_") == "1:1: Numeric separators are not allowed at the end of numeric literals");
    CHECK(lexError("0x") == "1:1: Invalid or unexpected token");
    CHECK(lexError("08n") == "1:1: Invalid or unexpected token");
}

TEST_CASE("lexer: strings and escapes", "[js][lexer]") {
    auto str = [](const std::string& s) {
        auto t = lexAll(s);
        REQUIRE(t[0].type == Tok::String);
        return t[0].str;
    };
    CHECK(str(R"('a\nb')") == u"a\nb");
    CHECK(str(R"("\x41\u0042\u{43}\u{1F600}")") == u"ABC\U0001F600");
    CHECK(str("'a\\\nb'") == u"ab");  // line continuation
    CHECK(str(R"('\101')") == u"A");  // legacy octal
    CHECK(lexAll(R"('\101')")[0].legacyOctal);
    CHECK(str(R"('\0')") == std::u16string(1, u'\0'));
    CHECK_FALSE(lexAll(R"('\0')")[0].legacyOctal);
    CHECK(str(R"('\q')") == u"q");
    CHECK(str("'\xE2\x80\xA8'") == u"\u2028");  // U+2028 allowed inside strings
    CHECK(str(R"('\uD800')") == std::u16string(1, char16_t(0xD800)));  // lone surrogate kept
    CHECK(lexError("'abc") == "1:1: Invalid or unexpected token");
    CHECK(lexError("'a\nb'") == "1:1: Invalid or unexpected token");
    CHECK(lexError(R"('\x4')") == "1:2: Invalid hexadecimal escape sequence");
    CHECK(lexError(R"('\u{110000}')") == "1:2: Undefined Unicode code-point");
    CHECK(lexError(R"('\u12')") == "1:2: Invalid Unicode escape sequence");
}

TEST_CASE("lexer: identifiers with unicode and escapes", "[js][lexer]") {
    auto t = lexAll("caf\xC3\xA9 \\u0061b \\u{62}c _$x \xE2\x84\x98x");
    CHECK(t[0].ident == "caf\xC3\xA9");
    CHECK(t[1].ident == "ab");
    CHECK(t[1].escaped);
    CHECK(t[2].ident == "bc");
    CHECK(t[3].ident == "_$x");
    CHECK(t[4].ident == "\xE2\x84\x98x");  // U+2118 has Other_ID_Start
    auto kw = lexAll("v\\u0061r");
    CHECK(kw[0].type == Tok::Identifier);  // escaped keywords are not keywords
    CHECK(kw[0].ident == "var");
    CHECK(lexError("\\u0031a") == "1:1: Invalid Unicode escape sequence");  // '1' cannot start
    CHECK(lexError("a\xE2\x80\xA0") == "1:2: Invalid or unexpected token");  // U+2020 dagger
}

TEST_CASE("lexer: regexp is rescanned on request", "[js][lexer]") {
    Lexer lx("/[/]\\//gi.x");
    Token slash = lx.next();
    REQUIRE(slash.type == Tok::Slash);
    Token re = lx.rescanRegExp(slash);
    REQUIRE(re.type == Tok::RegExp);
    CHECK(re.str == u"[/]\\/");
    CHECK(re.ident == "gi");
    CHECK(lx.next().type == Tok::Dot);
    Lexer bad("/abc");
    CHECK_THROWS_AS(bad.rescanRegExp(bad.next()), SyntaxError);
    Lexer flags("/a/gg");
    try {
        flags.rescanRegExp(flags.next());
        FAIL("expected a SyntaxError");
    } catch (const SyntaxError& e) {
        CHECK(e.message == "Invalid regular expression flags");
    }
}

TEST_CASE("lexer: template chunks, cooked and raw", "[js][lexer]") {
    Lexer lx("`a\\n${x}b\r\nc${y}\\u{41}`");
    Token head = lx.next();
    REQUIRE(head.type == Tok::Template);
    CHECK_FALSE(head.templateTail);
    CHECK(*head.cooked == u"a\n");
    CHECK(head.raw == u"a\\n");
    CHECK(lx.next().ident == "x");
    Token close = lx.next();
    REQUIRE(close.type == Tok::RBrace);
    Token mid = lx.rescanTemplateContinuation(close);
    CHECK(*mid.cooked == u"b\nc");  // CRLF normalized
    CHECK(mid.raw == u"b\nc");
    CHECK_FALSE(mid.templateTail);
    CHECK(lx.next().ident == "y");
    Token tail = lx.rescanTemplateContinuation(lx.next());
    CHECK(tail.templateTail);
    CHECK(*tail.cooked == u"A");
    CHECK(tail.raw == u"\\u{41}");
    // Invalid escapes: cooked is absent (legal only in tagged templates), raw is kept.
    Lexer inv("`\\unicode`");
    Token t = inv.next();
    CHECK_FALSE(t.cooked.has_value());
    CHECK(t.raw == u"\\unicode");
    CHECK(lexError("`abc") == "1:1: Unterminated template literal");
}

TEST_CASE("lexer: comments, hashbang and BOM", "[js][lexer]") {
    auto t = lexAll("#!/usr/bin/env node\n// c\n/* d */ x");
    REQUIRE(t.size() == 2);
    CHECK(t[0].ident == "x");
    CHECK(t[0].start.line == 3);
    auto b = lexAll("\xEF\xBB\xBFy");
    CHECK(b[0].ident == "y");
    CHECK(lexError("/* open") == "1:1: Invalid or unexpected token");
    CHECK(lexError("@") == "1:1: Invalid or unexpected token");
}
