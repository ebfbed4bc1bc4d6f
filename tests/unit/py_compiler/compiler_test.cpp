// Unit tests of the Python bytecode compiler (frontends/python/compiler.h): snippets of every
// statement and expression form compile to well-formed IR (ir::verify), and the disassembly
// has the expected shape for the cases where the shape is the point.
#include <catch.hpp>

#include <string>

#include "frontends/python/compiler.h"
#include "shared-ir/ir.h"

CATCH_TRANSLATE_EXCEPTION(py::SyntaxErrorInfo& e) { return e.type + ": " + e.message + " (line " + std::to_string(e.line) + ")"; }

namespace {

std::unique_ptr<ir::Function> compile(const std::string& src, py::CompileMode mode = py::CompileMode::Exec) {
    return py::compileSource(src, "<test>", mode);
}

std::string dis(const std::string& src, py::CompileMode mode = py::CompileMode::Exec) {
    auto f = compile(src, mode);
    REQUIRE(f);
    REQUIRE(ir::verify(*f) == "");
    return ir::disassemble(*f);
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("every statement and expression form compiles to verified IR", "[py_compiler]") {
    const char* snippets[] = {
        "x = 1\ny = x + 2 * 3 - 4 / 5 // 6 % 7 ** 8\n",
        "a, b = 1, 2\na, *b, c = range(10)\n[a, b] = b, a\n",
        "x = [1, 2, *y]\nt = (1, *y, 2)\ns = {1, *y}\nd = {1: 2, **e, 3: 4}\n",
        "x = 12345678901234567890\ny = 0xFFFFFFFFFFFFFFFFFFFF\nz = 1.5\nw = 3j\nb = b'ab\\x00'\ne = ...\n",
        "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a + b + c + d + e\n",
        "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
        "class C(B, metaclass=M):\n    '''doc'''\n    x = 1\n    def m(self):\n        return super().m() + __class__.x\n",
        "for i in range(3):\n    if i: continue\n    break\nelse:\n    pass\n",
        "while x:\n    x -= 1\nelse:\n    y = 2\n",
        "try:\n    f()\nexcept (A, B) as e:\n    g(e)\nexcept C:\n    raise\nelse:\n    h()\nfinally:\n    k()\n",
        "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            continue\n",
        "with open(p) as f, g() as (a, b):\n    f.read()\n",
        "try:\n    f()\nexcept* ValueError as eg:\n    g(eg)\nexcept* TypeError:\n    raise\nfinally:\n    h()\n",
        "def f(a):\n    '''doc'''\n    b = 1\n    def g(): return b\n    return locals()\nclass K:\n    x = 1\n    print(locals())\n",
        "async def f():\n    async with a as b:\n        await b\n    async for x in y:\n        pass\n",
        "def g():\n    x = yield 1\n    yield from h()\n    return x\n",
        "x = [i * j for i in range(3) for j in range(i) if j]\ny = {k: v for k, v in d.items()}\nz = (q for q in r)\nw = {s for s in t}\n",
        "f(1, 2, k=3)\nf(*a, **b)\nf(1, *a, k=2, **b)\no.m(1)\n",
        "x = a if b else c\ny = a and b or c\nz = not a\nw = a < b <= c != d\nv = a is not b\nu = a not in b\n",
        "x = f'{a!r:>{width}} and {b}'\n",
        "x[1:2] = y\ndel x[::2], x.a, z\nx.y.z += 1\nx[i] **= 2\n",
        "import a.b.c\nimport a.b as ab\nfrom . import x\nfrom ..m import y as z\nfrom os import *\n",
        "global_var = 1\ndef f():\n    global global_var\n    global_var = 2\n    del global_var\n",
        "assert x, 'message'\nassert y\nraise ValueError('v') from None\n",
        "if (n := len(a)) > 10:\n    print(n)\n",
        "l = lambda x, *a, k=1, **kw: x + k\n",
        "@dec\n@dec2(1)\ndef f(): pass\n@cdec\nclass K: pass\n",
        "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self): return x\n    return C\n",
        "x: int = 5\ny: str\nclass A:\n    z: int = 1\n",
        "def f():\n    try:\n        pass\n    except E as e:\n        return e\n",
        "class P:\n    def __init__(self):\n        self.__x = 1\n    def get(self):\n        return self.__x\n",
        "if __name__ == '__main__':\n    main()\n",
        "match p:\n    case [1, *rest, 2] if rest: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy) | Point(1, yy): pass\n    case None | True: pass\n    case str() as s: pass\n    case _: pass\n",
        "try:\n    f()\nexcept* ValueError as eg:\n    g(eg)\nexcept* TypeError:\n    raise\nfinally:\n    h()\n",
        "def f(a):\n    '''doc'''\n    b = 1\n    def g(): return b\n    return locals()\nclass K:\n    x = 1\n    print(locals())\n",
        "async def f():\n    return [x async for x in y], (z async for z in w), [await q for q in r]\n",
    };
    for (const char* s : snippets) {
        INFO(s);
        auto f = compile(s);
        REQUIRE(f);
        CHECK(ir::verify(*f) == "");
        CHECK(f->isScript);
        CHECK(f->language == ir::Language::Python);
    }
}

TEST_CASE("module names are globals; function locals are registers", "[py_compiler]") {
    std::string d = dis("x = 1\ndef f(a):\n    b = a\n    return b + x\n");
    CHECK(has(d, "SetGlobal"));
    CHECK(has(d, "GetGlobal"));
    CHECK(!has(d, "CheckInit"));  // b is assigned before its read on every path
    // A local that may be unbound keeps its guard (UnboundLocalError).
    CHECK(has(dis("def f(a):\n    if a:\n        b = 1\n    return b\n"), "CheckInit"));
}

TEST_CASE("calls pick Call, CallKw or CallEx", "[py_compiler]") {
    CHECK(has(dis("f(1)\n"), "Call "));
    CHECK(has(dis("f(1, k=2)\n"), "CallKw"));
    CHECK(has(dis("f(*a)\n"), "CallEx"));
}

TEST_CASE("cells live in an environment pushed at entry", "[py_compiler]") {
    std::string d = dis("def f(a):\n    def g():\n        return a\n    return g\n");
    CHECK(has(d, "PushEnv"));
    CHECK(has(d, "InitEnv"));
    CHECK(has(d, "GetEnvChecked"));
}

TEST_CASE("operators map to opcodes", "[py_compiler]") {
    std::string d = dis("a // b\na @ b\na is b\na in b\n");
    CHECK(has(d, "FloorDiv"));
    CHECK(has(d, "MatMul"));
    CHECK(has(d, "Is "));
    CHECK(has(d, "In "));
}

TEST_CASE("eval and single modes", "[py_compiler]") {
    auto f = compile("1 + 2", py::CompileMode::Eval);
    CHECK(ir::verify(*f) == "");
    CHECK(has(ir::disassemble(*f), "Return"));
    std::string d = dis("x\n", py::CompileMode::Single);
    CHECK(has(d, "CallIntrinsic"));
}

TEST_CASE("generators and coroutines are flagged", "[py_compiler]") {
    auto f = compile("def g():\n    yield 1\nasync def c():\n    await x\n");
    REQUIRE(f->functions.size() == 2);
    CHECK(f->functions[0]->isGenerator);
    CHECK(f->functions[1]->isAsync);
}

TEST_CASE("function parameter layout", "[py_compiler]") {
    auto f = compile("def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass\n");
    REQUIRE(f->functions.size() == 1);
    auto& g = *f->functions[0];
    CHECK(g.numParams == 7);
    CHECK(g.numPosOnly == 2);
    CHECK(g.numKwOnly == 2);
    CHECK(g.length == 3);
    CHECK(g.hasRest);
    CHECK(g.hasKwArgs);
    CHECK(g.paramNames == std::vector<std::string>{"a", "b", "c", "d", "e", "args", "kw"});
}

TEST_CASE("bad input gives a SyntaxError, not a crash", "[py_compiler]") {
    CHECK_THROWS_AS(compile("def f(:\n"), py::SyntaxErrorInfo);
    CHECK_THROWS_AS(compile("break\n"), py::SyntaxErrorInfo);
    CHECK_THROWS_AS(compile("a, *b, *c = d\n"), py::SyntaxErrorInfo);
}
