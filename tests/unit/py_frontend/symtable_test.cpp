// Symbol-table tests: classification of names (local, global explicit/implicit, free, cell),
// class scopes, comprehension scopes, walrus, __class__ cells, generator/coroutine flags, slots,
// and CPython's scope errors.
#include <catch.hpp>

#include "frontends/python/parser.h"
#include "frontends/python/symtable.h"

namespace {

struct Analyzed {
    std::unique_ptr<py::ast::Module> module;
    py::SymbolTable table;
};

Analyzed analyze(const std::string& src) {
    Analyzed a;
    a.module = py::parse(src);
    a.table = py::buildSymbolTable(*a.module, src);
    return a;
}

// The scope named `name` (depth-first), or fail.
const py::Scope& scopeNamed(const py::SymbolTable& t, const std::string& name) {
    for (const auto& s : t.scopes)
        if (s->name == name) return *s;
    FAIL("no scope " << name);
    return *t.scopes.front();
}

py::SymbolScope scopeOf(const py::Scope& s, const std::string& name) {
    const py::Symbol* sym = s.lookup(name);
    REQUIRE(sym != nullptr);
    return sym->scope;
}

std::string errorOf(const std::string& src) {
    try {
        analyze(src);
    } catch (const py::SyntaxErrorInfo& e) {
        return e.message + " @" + std::to_string(e.line);
    }
    return "OK";
}

}  // namespace

using py::SymbolScope;

TEST_CASE("symtable: locals, globals, free and cell variables", "[py][symtable]") {
    auto a = analyze(
        "g = 1\n"
        "def outer(p):\n"
        "    x = 1\n"
        "    global h\n"
        "    h = 2\n"
        "    def inner():\n"
        "        nonlocal x\n"
        "        x += p\n"
        "        return g + len([])\n"
        "    return inner\n");
    const py::Scope& top = *a.table.module();
    CHECK(scopeOf(top, "g") == SymbolScope::Local);
    CHECK(scopeOf(top, "outer") == SymbolScope::Local);
    const py::Scope& outer = scopeNamed(a.table, "outer");
    CHECK(scopeOf(outer, "p") == SymbolScope::Cell);
    CHECK(scopeOf(outer, "x") == SymbolScope::Cell);
    CHECK(scopeOf(outer, "h") == SymbolScope::GlobalExplicit);
    CHECK(scopeOf(outer, "inner") == SymbolScope::Local);
    const py::Scope& inner = scopeNamed(a.table, "inner");
    CHECK(scopeOf(inner, "x") == SymbolScope::Free);
    CHECK(scopeOf(inner, "p") == SymbolScope::Free);
    CHECK(scopeOf(inner, "g") == SymbolScope::GlobalImplicit);
    CHECK(scopeOf(inner, "len") == SymbolScope::GlobalImplicit);
    // Slots: parameters first; cells indexed separately, sorted like co_cellvars.
    CHECK(outer.varnames == std::vector<std::string>{"p", "x", "inner"});
    CHECK(outer.cellvars == std::vector<std::string>{"p", "x"});
    CHECK(outer.lookup("p")->slot == 0);
    CHECK(outer.lookup("p")->cellIndex == 0);
    CHECK(outer.lookup("inner")->slot == 2);
    CHECK(inner.freevars == std::vector<std::string>{"p", "x"});
    CHECK(inner.lookup("x")->cellIndex == 1);
    CHECK(outer.argCount == 1);
}

TEST_CASE("symtable: class bodies are not visible to methods", "[py][symtable]") {
    auto a = analyze(
        "def f():\n"
        "    y = 1\n"
        "    class C:\n"
        "        x = 1\n"
        "        y = 2\n"
        "        def m(self):\n"
        "            return x, y, super().m(), __class__\n");
    const py::Scope& c = scopeNamed(a.table, "C");
    CHECK(c.type == py::Scope::Type::Class);
    CHECK(c.needsClassClosure);
    CHECK(c.cellvars == std::vector<std::string>{"__class__"});
    CHECK(scopeOf(c, "x") == SymbolScope::Local);
    CHECK(c.lookup("y")->flags & py::DefFreeClass);  // bound in C, free in m: passes through
    const py::Scope& m = scopeNamed(a.table, "m");
    CHECK(scopeOf(m, "x") == SymbolScope::GlobalImplicit);  // skips the class scope
    CHECK(scopeOf(m, "y") == SymbolScope::Free);            // f's y, not C's
    CHECK(scopeOf(m, "__class__") == SymbolScope::Free);
    CHECK(scopeOf(scopeNamed(a.table, "f"), "y") == SymbolScope::Cell);
}

TEST_CASE("symtable: comprehensions are function scopes", "[py][symtable]") {
    auto a = analyze(
        "def f(xs):\n"
        "    n = 2\n"
        "    r = [x * n for x in xs if (last := x)]\n"
        "    g = (y for y in range(n))\n"
        "    return last\n");
    const py::Scope& lc = scopeNamed(a.table, "listcomp");
    CHECK(lc.isComprehension);
    CHECK(lc.params == std::vector<std::string>{".0"});
    CHECK(scopeOf(lc, "x") == SymbolScope::Local);
    CHECK(scopeOf(lc, "n") == SymbolScope::Free);
    CHECK(scopeOf(lc, "last") == SymbolScope::Free);   // walrus binds in f
    CHECK(lc.lookup("xs") == nullptr);                 // the first iterable is evaluated in f
    const py::Scope& f = scopeNamed(a.table, "f");
    CHECK(scopeOf(f, "last") == SymbolScope::Cell);
    CHECK(scopeOf(f, "n") == SymbolScope::Cell);
    const py::Scope& ge = scopeNamed(a.table, "genexpr");
    CHECK(ge.isGenerator);
    CHECK(ge.lookup("range") == nullptr);
}

TEST_CASE("symtable: generator and coroutine flags", "[py][symtable]") {
    auto a = analyze(
        "def gen():\n    yield 1\n"
        "async def coro():\n    await x\n"
        "async def agen():\n    yield 1\n"
        "def plain():\n    return lambda: (yield)\n");
    CHECK(scopeNamed(a.table, "gen").isGenerator);
    CHECK_FALSE(scopeNamed(a.table, "gen").isCoroutine);
    CHECK(scopeNamed(a.table, "coro").isCoroutine);
    CHECK(scopeNamed(a.table, "agen").isCoroutine);
    CHECK(scopeNamed(a.table, "agen").isGenerator);
    CHECK_FALSE(scopeNamed(a.table, "plain").isGenerator);
    CHECK(scopeNamed(a.table, "lambda").isGenerator);
}

TEST_CASE("symtable: private names are mangled in classes", "[py][symtable]") {
    auto a = analyze("class _Foo:\n    __x = 1\n    __y__ = 2\n    def m(self, __p):\n        return __p\n");
    const py::Scope& c = scopeNamed(a.table, "_Foo");
    CHECK(c.lookup("_Foo__x") != nullptr);
    CHECK(c.lookup("__y__") != nullptr);
    CHECK(scopeNamed(a.table, "m").lookup("_Foo__p") != nullptr);
    CHECK(py::mangleName("__", "__x") == "__x");
    CHECK(py::mangleName("C", "__a.b") == "__a.b");
}

TEST_CASE("symtable: annotations and future annotations", "[py][symtable]") {
    auto a = analyze("def f():\n    x: int\n    return x\n");
    CHECK(scopeOf(scopeNamed(a.table, "f"), "x") == SymbolScope::Local);  // annotated => local
    auto b = analyze("from __future__ import annotations\ndef f(a: Foo) -> Bar: pass\n");
    CHECK(b.table.futureAnnotations);
    CHECK(b.table.module()->lookup("Foo") == nullptr);
}

TEST_CASE("symtable: CPython's scope errors", "[py][symtable]") {
    CHECK(errorOf("def f(x):\n    global x\n") == "name 'x' is parameter and global @2");
    CHECK(errorOf("def f(x):\n    nonlocal x\n") == "name 'x' is parameter and nonlocal @2");
    CHECK(errorOf("def f():\n    x = 1\n    global x\n") == "name 'x' is assigned to before global declaration @3");
    CHECK(errorOf("def f():\n    print(x)\n    global x\n") == "name 'x' is used prior to global declaration @3");
    CHECK(errorOf("nonlocal x\n") == "nonlocal declaration not allowed at module level @1");
    CHECK(errorOf("def f():\n    nonlocal x\n") == "no binding for nonlocal 'x' found @2");
    CHECK(errorOf("def f(a, a): pass\n") == "duplicate argument 'a' in function definition @1");
    CHECK(errorOf("def f():\n    from m import *\n") == "import * only allowed at module level @2");
    CHECK(errorOf("[(yield) for x in y]\n") == "'yield' inside list comprehension @1");
    CHECK(errorOf("[x := 1 for x in y]\n") ==
          "assignment expression cannot rebind comprehension iteration variable 'x' @1");
    CHECK(errorOf("class C:\n    [y := 1 for x in z]\n") ==
          "assignment expression within a comprehension cannot be used in a class body @2");
    CHECK(errorOf("def f():\n    return [x async for x in y]\n") ==
          "asynchronous comprehension outside of an asynchronous function @2");
    CHECK(errorOf("def f():\n    return (x async for x in y)\n") == "OK");
    CHECK(errorOf("def f():\n    await x\n") == "'await' outside async function @2");
    CHECK(errorOf("await x\n") == "'await' outside function @1");
    CHECK(errorOf("async def f():\n    return [await x for x in y]\n") == "OK");
    CHECK(errorOf("async def f():\n    yield 1\n    return 2\n") == "'return' with value in async generator @3");
    CHECK(errorOf("async def f():\n    yield from g()\n") == "'yield from' inside async function @2");
    CHECK(errorOf("return 1\n") == "'return' outside function @1");
    CHECK(errorOf("class C:\n    yield 1\n") == "'yield' outside function @2");
}
