// tests/unit/js_compiler/compiler_test.cpp — the JS bytecode compiler: snippets compile, pass
// ir::verify, and use the expected opcodes (checked in the disassembly).
#include <catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "frontends/js/compiler.h"
#include "shared-ir/ir.h"

namespace {

struct Compiled {
    std::unique_ptr<ir::Function> fn;
    std::string text;
};

Compiled compileOk(const std::string& src, js::SourceKind kind = js::SourceKind::Script) {
    js::SourceOptions opts;
    opts.kind = kind;
    js::CompileResult r = js::compileSource(src, "test.js", opts);
    if (!r.ok()) FAIL("compile error: " << r.error->message << " at " << r.error->line << ":" << r.error->column);
    std::string err = ir::verify(*r.function);
    std::string text = ir::disassemble(*r.function);
    INFO(text);
    REQUIRE(err == "");
    return {std::move(r.function), text};
}

bool has(const Compiled& c, const std::string& op) { return c.text.find(op) != std::string::npos; }

}  // namespace

TEST_CASE("js compiler: expressions and globals", "[js_compiler]") {
    auto c = compileOk("var x = 1 + 2 * 3; console.log(x, typeof y, `a${x}b`);");
    CHECK(has(c, "DeclareGlobal"));
    CHECK(has(c, "SetGlobal"));
    CHECK(has(c, "GetGlobalOrUndef"));
    CHECK(has(c, "ToStringForConcat"));
    CHECK(has(c, "Concat"));
    CHECK(has(c, "Call "));
    CHECK(c.fn->calleeText.size() == 1);
    CHECK(c.fn->calleeText[0].second == "console.log");
}

TEST_CASE("js compiler: short circuit, optional chaining, nullish", "[js_compiler]") {
    auto c = compileOk("let a = {}; let r = a?.b?.c ?? (a && a.d || 3); a.e ??= 4; a.f ||= 5;");
    CHECK(has(c, "JumpIfNullish"));
    CHECK(has(c, "JumpIfNotNullish"));
    CHECK(has(c, "JumpIfFalse"));
    CHECK(has(c, "JumpIfTrue"));
}

TEST_CASE("js compiler: functions, closures, TDZ, const", "[js_compiler]") {
    auto c = compileOk(
        "function outer(a, b = 2, ...rest) {\n"
        "  let count = 0;\n"
        "  const k = 1;\n"
        "  function inc() { return ++count + arguments.length; }\n"
        "  const arrow = () => this.x + k;\n"
        "  try { k = 2; } catch (e) {}\n"
        "  return inc() + arrow() + rest.length;\n"
        "}\n"
        "outer(1);\n");
    CHECK(has(c, "MakeClosure"));
    CHECK(has(c, "PushEnv"));
    CHECK(has(c, "GetEnv"));
    CHECK(has(c, "LoadRest"));
    CHECK(has(c, "LoadArguments"));
    CHECK(has(c, "ThrowConstAssign"));
    CHECK(has(c, "JumpIfNotUndefined"));
    CHECK(has(c, "LoadThis"));
}

TEST_CASE("js compiler: loops, labels, switch, per-iteration let", "[js_compiler]") {
    auto c = compileOk(
        "const fs = [];\n"
        "for (let i = 0; i < 3; i++) fs.push(() => i);\n"
        "outer: for (var j = 0; j < 3; j++) { for (const k of [1,2]) { if (k == j) continue outer; if (k > 5) break outer; } }\n"
        "for (const key in {a: 1}) {}\n"
        "switch (fs.length) { case 1: let q = 1; break; default: q = 2; case 3: }\n"
        "do { } while (false); while (fs.length < 0) {}\n");
    CHECK(has(c, "CopyEnv"));
    CHECK(has(c, "GetIterator"));
    CHECK(has(c, "IteratorNext"));
    CHECK(has(c, "IteratorClose"));
    CHECK(has(c, "ForInStart"));
    CHECK(has(c, "ForInNext"));
    CHECK(has(c, "StrictEq"));
    CHECK(has(c, "LoopHeader"));
}

TEST_CASE("js compiler: try/finally with break and return", "[js_compiler]") {
    auto c = compileOk(
        "function f() {\n"
        "  for (let i = 0; i < 3; i++) {\n"
        "    try { if (i == 1) break; if (i == 2) return 5; } finally { console.log('f', i); }\n"
        "  }\n"
        "  try { throw new Error('x'); } catch ({message}) { return message; } finally { return 7; }\n"
        "}\n");
    CHECK(has(c, "handlers:"));
    CHECK(has(c, "Throw"));
}

TEST_CASE("js compiler: destructuring", "[js_compiler]") {
    auto c = compileOk(
        "const {a, b: [c, d = 4, ...e], ...rest} = {a: 1, b: [2], z: 3};\n"
        "let x, y; [x, y] = [y, x]; ({x, y = 2} = {x: 1});\n"
        "function g({p, q} = {}, [r] = []) { return p + q + r; }\n"
        "for (const [k, v] of Object.entries({a: 1})) {}\n");
    CHECK(has(c, "CopyDataPropsExcept"));
    CHECK(has(c, "GetIterator"));
    CHECK(has(c, "IteratorNext"));
}

TEST_CASE("js compiler: object literals and spread", "[js_compiler]") {
    auto c = compileOk(
        "const k = 'z'; const o = {a: 1, [k]: 2, m() { return super.toString(); }, get g() { return 1; },"
        " set g(v) {}, ...{q: 1}, __proto__: null};\n"
        "const arr = [1, , ...[2, 3]]; Math.max(...arr); new Array(...arr);\n"
        "const re = /ab+c/gi;\n");
    CHECK(has(c, "ToPropertyKey"));
    CHECK(has(c, "DefineMethod"));
    CHECK(has(c, "DefineGetter"));
    CHECK(has(c, "DefineSetter"));
    CHECK(has(c, "CopyDataProps"));
    CHECK(has(c, "SetProto"));
    CHECK(has(c, "ArrayPushHole"));
    CHECK(has(c, "ArraySpread"));
    CHECK(has(c, "CallSpread"));
    CHECK(has(c, "NewSpread"));
    CHECK(has(c, "NewRegExp"));
    CHECK(has(c, "GetSuper"));
}

TEST_CASE("js compiler: classes with fields, private members, super", "[js_compiler]") {
    auto c = compileOk(
        "class A { #n = 1; static s = 2; x = this.#n; static { A.t = 3; }\n"
        "  get n() { return this.#n; } #priv() { return 1; } has(o) { return #n in o; } }\n"
        "class B extends A { constructor() { super(); this.y = super.n; } m() { return () => super.n; } }\n"
        "class C extends B {}\n"
        "new C();\n");
    CHECK(has(c, "MakeClass"));
    CHECK(has(c, "SetFieldInit"));
    CHECK(has(c, "DefinePrivate"));
    CHECK(has(c, "GetPrivate"));
    CHECK(has(c, "HasPrivate"));
    CHECK(has(c, "SuperCall"));
    CHECK(has(c, "SuperCallSpread"));
    CHECK(has(c, "LoadHomeObject"));
    CHECK(has(c, "GetSuperFrom"));
    CHECK(has(c, "CheckThisInitialized"));
}

TEST_CASE("js compiler: generators and async", "[js_compiler]") {
    auto c = compileOk(
        "function* g() { const x = yield 1; yield* [x]; try { yield 2; } finally { console.log('done'); } }\n"
        "async function h() { await null; for await (const v of g()) {} }\n"
        "const k = async () => { await h(); };\n");
    CHECK(has(c, "Yield"));
    CHECK(has(c, "YieldStar"));
    CHECK(has(c, "ResumeMode"));
    CHECK(has(c, "Await"));
    CHECK(has(c, "\"asyncIterator\""));
}

TEST_CASE("js compiler: eval, with, delete, tagged templates", "[js_compiler]") {
    auto c = compileOk(
        "function f(a) { var b = 2; return eval('a + b'); }\n"
        "function w(o) { with (o) { return x; } }\n"
        "const o = {p: 1}; delete o.p; delete o['q'];\n"
        "function tag(s, ...v) { return s.raw.join('|'); } tag`a${1}b`;\n"
        "debugger;\n");
    CHECK(has(c, "Eval"));
    CHECK(has(c, "GetName"));
    CHECK(has(c, "DelProp"));
    CHECK(has(c, "DelElem"));
    CHECK(has(c, "TemplateObject"));
    CHECK(has(c, "Debugger"));
}

TEST_CASE("js compiler: CommonJS module and new Function", "[js_compiler]") {
    auto m = compileOk("const x = require('fs'); module.exports = function () { return x; };", js::SourceKind::Module);
    CHECK(m.fn->numParams == 5);
    CHECK(!m.fn->isScript);
    auto f = js::compileFunctionFromParts("a, b", "return a + b;");
    REQUIRE(f.ok());
    CHECK(ir::verify(*f.function) == "");
    CHECK(f.function->numParams == 2);
    CHECK(f.function->name == "anonymous");
}

TEST_CASE("js compiler: errors come back as SyntaxError", "[js_compiler]") {
    auto r = js::compileSource("class A { m() { return this.#missing; } }", "t.js");
    REQUIRE(!r.ok());
    CHECK(r.error->message.find("#missing") != std::string::npos);
    auto r2 = js::compileSource("let = ;", "t.js");
    CHECK(!r2.ok());
}

// Manual inspection: JS_DUMP_FILE=path unit_js_compiler "[.dump]"
TEST_CASE("js compiler: dump a file", "[.dump]") {
    const char* path = std::getenv("JS_DUMP_FILE");
    if (!path) return;
    std::FILE* fp = std::fopen(path, "rb");
    REQUIRE(fp);
    std::string src;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, fp)) > 0) src.append(buf, n);
    std::fclose(fp);
    js::SourceOptions opts;
    const char* kind = std::getenv("JS_DUMP_KIND");  // script | module (default, like node)
    opts.kind = kind && std::string(kind) == "script" ? js::SourceKind::Script : js::SourceKind::Module;
    js::CompileResult r = js::compileSource(src, path, opts);
    if (!r.ok()) FAIL(r.error->message << " " << r.error->line << ":" << r.error->column);
    std::printf("%s\nverify: %s\n", ir::disassemble(*r.function).c_str(), ir::verify(*r.function).c_str());
}

namespace {
// Instructions of the top-level function only (up to the first nested function).
std::string topLevelText(const Compiled& c) {
    return ir::disassemble(*c.fn, false);
}
size_t count(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t p = text.find(needle); p != std::string::npos; p = text.find(needle, p + 1)) n++;
    return n;
}
}  // namespace

TEST_CASE("js compiler: break out of for-of closes the iterator, continue does not", "[js_compiler]") {
    auto brk = compileOk("for (const x of [1]) { if (x) break; }");
    // One close on the break path, one in the throw handler.
    CHECK(count(topLevelText(brk), "IteratorClose") == 2);
    auto cont = compileOk("for (const x of [1]) { if (x) continue; }");
    CHECK(count(topLevelText(cont), "IteratorClose") == 1);
}

TEST_CASE("js compiler: finally runs on every exit path", "[js_compiler]") {
    auto c = compileOk("for (;;) { try { if (a) break; if (b) continue; } finally { f(); } }");
    // break copy, continue copy, normal path, throw handler.
    CHECK(count(topLevelText(c), "GetGlobal r") >= 4);
    CHECK(count(topLevelText(c), "\"f\"") == 4);
}

TEST_CASE("js compiler: captured var starts undefined, captured let starts in the TDZ", "[js_compiler]") {
    auto c = compileOk("function f() { var v; let l; g(); function g() { return [v, l]; } }");
    std::string t = c.text;
    CHECK(has(c, "LoadUndef"));
    CHECK(has(c, "LoadUninit"));
    CHECK(has(c, "GetEnvChecked"));
}

TEST_CASE("js compiler: super() stores this for arrows in derived constructors", "[js_compiler]") {
    auto c = compileOk("class A {} class B extends A { constructor() { const f = () => this; super(); f(); } }");
    CHECK(has(c, "SuperCall"));
    CHECK(has(c, "InitEnv"));
    CHECK(has(c, "GetEnvChecked"));
}

TEST_CASE("js compiler: with looks names up on the object first", "[js_compiler]") {
    auto c = compileOk("function g(o) { with (o) { x = f(y); return typeof z; } }");
    CHECK(has(c, "In r"));
    CHECK(has(c, "SetProp"));
    CHECK(has(c, "SetName"));
    CHECK(has(c, "TypeOfName"));
    CHECK(has(c, "GetName"));
}

TEST_CASE("js compiler: new Function rejects parameter/body injection", "[js_compiler]") {
    CHECK(!js::compileFunctionFromParts("a) {}, (function (b", "return 1;").ok());
    CHECK(!js::compileFunctionFromParts("a", "}); (function () {").ok());
    auto ok = js::compileFunctionFromParts("a = ')'", "return a;");
    REQUIRE(ok.ok());
    CHECK(ok.function->numParams == 1);
}
