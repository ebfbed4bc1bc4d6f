// tests/unit/js_frontend/robustness_test.cpp — bad input never crashes the frontend: deep
// nesting stops with "Maximum nesting depth exceeded", and random token soup and byte noise
// either parse (and analyse) or raise js::SyntaxError.
#include <catch.hpp>

#include <random>

#include "frontends/js/ast_dump.h"
#include "frontends/js/parser.h"
#include "frontends/js/scope.h"

using namespace js;

namespace {
std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}
std::string errorMessage(const std::string& src) {
    try {
        auto p = parseProgram(src);
        analyzeScopes(*p);
        dumpAst(*p);
        return "OK";
    } catch (const SyntaxError& e) {
        return e.message;
    }
}
}  // namespace

TEST_CASE("robustness: deep nesting is a SyntaxError, not a stack overflow", "[js][robust]") {
    const std::string tooDeep = "Maximum nesting depth exceeded";
    CHECK(errorMessage(repeat("(", 1000) + "x" + repeat(")", 1000)) == tooDeep);
    CHECK(errorMessage(repeat("[", 5000)) == tooDeep);
    CHECK(errorMessage(repeat("{", 3000) + repeat("}", 3000)) == tooDeep);
    CHECK(errorMessage("x = " + repeat("-", 5000) + "a") == tooDeep);
    CHECK(errorMessage("x = " + repeat("a => ", 3000) + "1") == tooDeep);
    CHECK(errorMessage("x = " + repeat("new ", 3000) + "a") == tooDeep);
    CHECK(errorMessage("x = " + repeat("`${", 2000) + "1" + repeat("}`", 2000)) == tooDeep);
    CHECK(errorMessage(repeat("function f(){", 3000) + repeat("}", 3000)) == tooDeep);
    CHECK(errorMessage("x = a" + repeat(" + a", 5000)) == tooDeep);
    CHECK(errorMessage("a" + repeat(".b", 5000)) == tooDeep);
    // ordinary depths are fine
    CHECK(errorMessage(repeat("(", 200) + "x" + repeat(")", 200)) == "OK");
    CHECK(errorMessage("x = a" + repeat(" + a", 500)) == "OK");
    CHECK(errorMessage(repeat("if (a) b; else ", 300) + ";") == "OK");
}

TEST_CASE("robustness: random token soup never crashes", "[js][robust]") {
    static const char* const pieces[] = {
        "(", ")", "{", "}", "[", "]", "=>", "`", "${", "/", "\"", "'", "\\", "\\u{", "async ", "function ", "class ",
        "#x", "?.", "??=", "...", "\n", "let ", "yield ", "await ", "super", "new.target", "0x", "1_", "\xF0\x9F",
        "\xE2\x80\xA8", "/*", "*/", "//", "=", ",", ";", ".", "eval(", "with(", "for(", " of ", " in ", ":", "?",
        "a", "b", "1", "'s'", "get ", "static ", "*", "+", "++", "-", "**", "!", "&&", "||", "??", "if", "else",
        "return ", "var ", "const ", "try{", "}catch(e){", "switch(x){case 1:", "default:", "break;", "continue;"};
    std::mt19937 rng(12345);
    int parsed = 0, rejected = 0;
    for (int iter = 0; iter < 3000; ++iter) {
        std::string src;
        int n = 1 + int(rng() % 40);
        for (int i = 0; i < n; ++i) src += pieces[rng() % (sizeof pieces / sizeof *pieces)];
        if (errorMessage(src) == "OK") ++parsed;
        else ++rejected;
    }
    CHECK(parsed + rejected == 3000);
    CHECK(rejected > 0);
}

TEST_CASE("robustness: random bytes never crash", "[js][robust]") {
    std::mt19937 rng(777);
    for (int iter = 0; iter < 2000; ++iter) {
        std::string src;
        int n = int(rng() % 64);
        for (int i = 0; i < n; ++i) src += char(rng() % 256);
        errorMessage(src);
    }
    SUCCEED();
}
