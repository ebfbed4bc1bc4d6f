// tests/unit/js_frontend/scope_test.cpp — scope analysis: locals vs environments, hoisting,
// captured bindings, TDZ flags, arguments/this for arrows, eval/with, per-iteration loops.
#include <catch.hpp>

#include "frontends/js/ast_dump.h"
#include "frontends/js/scope.h"
#include "tests/unit/js_frontend/ast_text.h"

using namespace js;
using namespace jstest;

namespace {

struct Analyzed {
    std::unique_ptr<Program> program;
    std::vector<Identifier*> ids;  // every Identifier node in source order of discovery

    // The n-th (0-based) identifier node with this name.
    Identifier& id(const std::string& name, int n = 0) {
        for (auto* i : ids)
            if (i->name == name && n-- == 0) return *i;
        throw std::runtime_error("no identifier " + name);
    }
};

void collect(Expr* e, std::vector<Identifier*>& out);
void collectStmt(Stmt* s, std::vector<Identifier*>& out);
void collectFn(FunctionNode& f, std::vector<Identifier*>& out) {
    if (f.id) out.push_back(f.id.get());
    for (auto& p : f.params) collect(p.get(), out);
    collect(f.rest.get(), out);
    for (auto& s : f.body) collectStmt(s.get(), out);
}
void collectKey(PropertyKey& k, std::vector<Identifier*>& out) { collect(k.expr.get(), out); }
void collectClass(ClassNode& c, std::vector<Identifier*>& out) {
    if (c.id) out.push_back(c.id.get());
    collect(c.superClass.get(), out);
    for (auto& m : c.members) collectKey(m.key, out);
    if (c.constructor) collectFn(*c.constructor, out);
    for (auto& m : c.members)
        if (m.fn) collectFn(*m.fn, out);
}
void collect(Expr* e, std::vector<Identifier*>& out) {
    if (!e) return;
    switch (e->kind) {
    case NodeKind::Identifier: out.push_back(&e->as<Identifier>()); return;
    case NodeKind::Binary: collect(e->as<BinaryExpr>().left.get(), out); collect(e->as<BinaryExpr>().right.get(), out); return;
    case NodeKind::Logical: collect(e->as<LogicalExpr>().left.get(), out); collect(e->as<LogicalExpr>().right.get(), out); return;
    case NodeKind::Assign: collect(e->as<AssignExpr>().target.get(), out); collect(e->as<AssignExpr>().value.get(), out); return;
    case NodeKind::Unary: collect(e->as<UnaryExpr>().argument.get(), out); return;
    case NodeKind::Update: collect(e->as<UpdateExpr>().argument.get(), out); return;
    case NodeKind::Call:
        collect(e->as<CallExpr>().callee.get(), out);
        for (auto& a : e->as<CallExpr>().arguments) collect(a.get(), out);
        return;
    case NodeKind::New:
        collect(e->as<NewExpr>().callee.get(), out);
        for (auto& a : e->as<NewExpr>().arguments) collect(a.get(), out);
        return;
    case NodeKind::Member: collect(e->as<MemberExpr>().object.get(), out); collect(e->as<MemberExpr>().property.get(), out); return;
    case NodeKind::Sequence: for (auto& x : e->as<SequenceExpr>().expressions) collect(x.get(), out); return;
    case NodeKind::Conditional:
        collect(e->as<ConditionalExpr>().test.get(), out);
        collect(e->as<ConditionalExpr>().consequent.get(), out);
        collect(e->as<ConditionalExpr>().alternate.get(), out);
        return;
    case NodeKind::FunctionExpr:
    case NodeKind::ArrowFunction: collectFn(*e->as<FunctionExpr>().fn, out); return;
    case NodeKind::ClassExpr: collectClass(*e->as<ClassExpr>().cls, out); return;
    case NodeKind::ArrayLiteral: for (auto& x : e->as<ArrayLiteral>().elements) collect(x.get(), out); return;
    case NodeKind::ObjectLiteral:
        for (auto& p : e->as<ObjectLiteral>().properties) { collectKey(p.key, out); collect(p.value.get(), out); }
        return;
    case NodeKind::Spread: collect(e->as<SpreadElement>().argument.get(), out); return;
    case NodeKind::ArrayPattern:
        for (auto& x : e->as<ArrayPattern>().elements) collect(x.get(), out);
        collect(e->as<ArrayPattern>().rest.get(), out);
        return;
    case NodeKind::ObjectPattern:
        for (auto& p : e->as<ObjectPattern>().properties) { collectKey(p.key, out); collect(p.value.get(), out); }
        collect(e->as<ObjectPattern>().rest.get(), out);
        return;
    case NodeKind::AssignPattern:
        collect(e->as<AssignPattern>().target.get(), out);
        collect(e->as<AssignPattern>().defaultValue.get(), out);
        return;
    case NodeKind::TemplateLiteral: for (auto& x : e->as<TemplateLiteral>().expressions) collect(x.get(), out); return;
    default: return;
    }
}
void collectStmt(Stmt* s, std::vector<Identifier*>& out) {
    if (!s) return;
    switch (s->kind) {
    case NodeKind::ExprStmt: collect(s->as<ExprStmt>().expression.get(), out); return;
    case NodeKind::VarDecl:
        for (auto& d : s->as<VarDecl>().declarations) { collect(d.target.get(), out); collect(d.init.get(), out); }
        return;
    case NodeKind::FunctionDecl: collectFn(*s->as<FunctionDecl>().fn, out); return;
    case NodeKind::ClassDecl: collectClass(*s->as<ClassDecl>().cls, out); return;
    case NodeKind::Return: collect(s->as<ReturnStmt>().argument.get(), out); return;
    case NodeKind::If:
        collect(s->as<IfStmt>().test.get(), out);
        collectStmt(s->as<IfStmt>().consequent.get(), out);
        collectStmt(s->as<IfStmt>().alternate.get(), out);
        return;
    case NodeKind::Block: for (auto& x : s->as<BlockStmt>().body) collectStmt(x.get(), out); return;
    case NodeKind::For:
        collectStmt(s->as<ForStmt>().init.get(), out);
        collect(s->as<ForStmt>().test.get(), out);
        collect(s->as<ForStmt>().update.get(), out);
        collectStmt(s->as<ForStmt>().body.get(), out);
        return;
    case NodeKind::ForIn:
    case NodeKind::ForOf:
        collectStmt(s->as<ForInOfStmt>().leftDecl.get(), out);
        collect(s->as<ForInOfStmt>().leftTarget.get(), out);
        collect(s->as<ForInOfStmt>().right.get(), out);
        collectStmt(s->as<ForInOfStmt>().body.get(), out);
        return;
    case NodeKind::While: collect(s->as<WhileStmt>().test.get(), out); collectStmt(s->as<WhileStmt>().body.get(), out); return;
    case NodeKind::Try:
        collectStmt(s->as<TryStmt>().block.get(), out);
        if (s->as<TryStmt>().handler) {
            collect(s->as<TryStmt>().handler->param.get(), out);
            collectStmt(s->as<TryStmt>().handler->body.get(), out);
        }
        return;
    case NodeKind::Switch:
        collect(s->as<SwitchStmt>().discriminant.get(), out);
        for (auto& c : s->as<SwitchStmt>().cases) {
            collect(c.test.get(), out);
            for (auto& x : c.body) collectStmt(x.get(), out);
        }
        return;
    case NodeKind::With: collect(s->as<WithStmt>().object.get(), out); collectStmt(s->as<WithStmt>().body.get(), out); return;
    case NodeKind::Labeled: collectStmt(s->as<LabeledStmt>().body.get(), out); return;
    default: return;
    }
}

Analyzed analyze(const std::string& src, ScopeOptions opts = {}) {
    Analyzed a;
    a.program = parseProgram(src);
    analyzeScopes(*a.program, opts);
    for (auto& s : a.program->body) collectStmt(s.get(), a.ids);
    return a;
}

std::string res(const Identifier& id) {
    const Resolution& r = id.res;
    switch (r.kind) {
    case RefKind::Unresolved: return "unresolved";
    case RefKind::Local: return "local " + std::to_string(r.slot) + (r.needsTdzCheck ? " tdz" : "");
    case RefKind::Env:
        return "env " + std::to_string(r.hops) + ":" + std::to_string(r.slot) + (r.needsTdzCheck ? " tdz" : "");
    case RefKind::Global: return "global";
    case RefKind::Dynamic: return "dynamic";
    }
    return "?";
}

FunctionNode& firstFunction(Program& p) {
    for (auto& s : p.body) {
        if (s->kind == NodeKind::FunctionDecl) return *s->as<FunctionDecl>().fn;
        if (s->kind == NodeKind::ExprStmt && s->as<ExprStmt>().expression->kind == NodeKind::FunctionExpr)
            return *s->as<ExprStmt>().expression->as<FunctionExpr>().fn;
    }
    throw std::runtime_error("no function");
}

}  // namespace

TEST_CASE("scope: locals, globals and CommonJS parameters", "[js][scope]") {
    auto a = analyze("var x = 1; function f(p) { var y = p + x; return y + z + require; }");
    Program& p = *a.program;
    // Top level in CommonJS mode: exports, require, module, __filename, __dirname are params 0..4.
    CHECK(res(a.id("require")) == "env 0:0");  // used inside f: captured
    CHECK(res(a.id("x")) == "env 0:1");  // x is captured by f, so it lives in the module env
    CHECK(res(a.id("p", 1)) == "local 0");  // use of p inside f
    CHECK(res(a.id("y", 1)) == "local 1");
    CHECK(res(a.id("z")) == "global");
    CHECK(res(a.id("x", 1)) == "env 0:1");  // f's own scope has no env: 0 hops
    CHECK(p.topLevel->scope->find("exports")->slot == 0);  // uncaptured params keep low slots
    FunctionNode& f = firstFunction(p);
    CHECK(f.numLocals == 2);
    CHECK_FALSE(f.scope->needsEnv);
    CHECK(p.topLevel->scope->needsEnv);
    auto s = analyze("var x = 1; function f() { return x; }", ScopeOptions{false, false});
    CHECK(res(s.id("x")) == "global");
    CHECK(res(s.id("x", 1)) == "global");
}

TEST_CASE("scope: captured variables live in environments", "[js][scope]") {
    auto a = analyze(
        "function outer(a, b) {\n"
        "  let c = 1; var d = 2;\n"
        "  function inner() { return a + c; }\n"
        "  return b + d + inner();\n"
        "}");
    FunctionNode& outer = firstFunction(*a.program);
    Scope& s = *outer.scope;
    CHECK(s.needsEnv);
    CHECK(s.find("a")->captured);
    CHECK_FALSE(s.find("b")->captured);
    CHECK(s.find("c")->captured);
    CHECK_FALSE(s.find("d")->captured);
    CHECK(s.envSlotCount == 2);
    CHECK(s.envSlotNames == std::vector<std::string>{"a", "c"});
    CHECK(res(a.id("b", 1)) == "local 0");  // b is the first local: simple params first
    // inner's own scope has no env, so `a` is one env-bearing scope out... hops count env scopes
    // between the reference and the binding's scope: inner has none, so hops = 0.
    CHECK(res(a.id("a", 1)) == "env 0:0");
    CHECK(res(a.id("c", 1)) == "env 0:1 tdz");  // closures may run before `let c` is initialized
}

TEST_CASE("scope: hops count only env-bearing scopes", "[js][scope]") {
    auto a = analyze(
        "function f() {\n"
        "  let x = 1;\n"
        "  return function g() {\n"
        "    let y = 2;\n"
        "    { let z = 3; return () => x + y + z; }\n"
        "  };\n"
        "}");
    // From the arrow: block env (z) = hop 0, g's env (y) = hop 1, f's env (x) = hop 2.
    CHECK(res(a.id("z", 1)) == "env 0:0 tdz");
    CHECK(res(a.id("y", 1)) == "env 1:0 tdz");
    CHECK(res(a.id("x", 1)) == "env 2:0 tdz");
}

TEST_CASE("scope: var and function hoisting", "[js][scope]") {
    auto a = analyze(
        "function f() {\n"
        "  g(); v;\n"
        "  { var v = 1; }\n"
        "  function g() {}\n"
        "  if (true) { var w; }\n"
        "}");
    FunctionNode& f = firstFunction(*a.program);
    CHECK(f.scope->find("v"));
    CHECK(f.scope->find("g"));
    CHECK(f.scope->find("g")->kind == BindingKind::Function);
    CHECK(f.scope->find("w"));
    CHECK(res(a.id("g")) == res(a.id("g", 1)));  // the call and the declaration: same slot
    CHECK(a.id("v").res.needsTdzCheck == false);
    // blocks that only contain var get no scope of their own
    auto& block = f.body[2]->as<BlockStmt>();
    CHECK(block.scope == nullptr);
}

TEST_CASE("scope: block scopes and TDZ", "[js][scope]") {
    auto a = analyze(
        "function f() {\n"
        "  x;\n"
        "  let x = 1;\n"
        "  x;\n"
        "  { y; const y = x; y; }\n"
        "  let z = z;\n"
        "}");
    CHECK(a.id("x").res.needsTdzCheck);          // use before declaration
    CHECK_FALSE(a.id("x", 2).res.needsTdzCheck); // after initialization
    CHECK(a.id("y").res.needsTdzCheck);
    CHECK_FALSE(a.id("y", 2).res.needsTdzCheck);
    CHECK(a.id("z", 1).res.needsTdzCheck);       // `let z = z`
    FunctionNode& f = firstFunction(*a.program);
    CHECK(f.scope->find("x")->needsTdz);
    auto& block = f.body[3]->as<BlockStmt>();
    REQUIRE(block.scope);
    CHECK(block.scope->kind == ScopeKind::Block);
    CHECK(block.scope->find("y")->kind == BindingKind::Const);
    CHECK(f.numLocals == 3);  // x, z, y
}

TEST_CASE("scope: switch bindings always need TDZ checks", "[js][scope]") {
    auto a = analyze("function f(a) { switch (a) { case 1: let x = 1; case 2: x; } }");
    CHECK(a.id("x", 1).res.needsTdzCheck);
    auto& sw = firstFunction(*a.program).body[0]->as<SwitchStmt>();
    REQUIRE(sw.scope);
    CHECK(sw.scope->isSwitch);
}

TEST_CASE("scope: assignment to const", "[js][scope]") {
    auto a = analyze("function f() { const c = 1; c = 2; c++; let l = 1; l = 2; }");
    CHECK_FALSE(a.id("c").res.isConstAssign);  // the declaration initializes
    CHECK(a.id("c", 1).res.isConstAssign);
    CHECK(a.id("c", 2).res.isConstAssign);
    CHECK_FALSE(a.id("l", 1).res.isConstAssign);
    auto b = analyze("(function fe() { fe = 1; return fe; })");
    FunctionNode& fe = firstFunction(*b.program);
    REQUIRE(fe.scope->functionNameBinding);
    CHECK(b.id("fe", 1).res.isConstAssign);
    CHECK(b.id("fe", 2).res.binding == fe.scope->functionNameBinding);
}

TEST_CASE("scope: for-let loops copy environments per iteration", "[js][scope]") {
    auto a = analyze("function f() { for (let i = 0; i < 3; i++) setTimeout(() => i); for (let j = 0; j < 3; j++) j; }");
    FunctionNode& f = firstFunction(*a.program);
    auto& loop1 = f.body[0]->as<ForStmt>();
    auto& loop2 = f.body[1]->as<ForStmt>();
    REQUIRE(loop1.scope);
    CHECK(loop1.scope->kind == ScopeKind::For);
    CHECK(loop1.scope->needsEnv);
    CHECK(loop1.scope->perIterationCopy);
    REQUIRE(loop2.scope);
    CHECK_FALSE(loop2.scope->needsEnv);
    CHECK_FALSE(loop2.scope->perIterationCopy);
    auto b = analyze("function f(o) { for (const k of o) () => k; for (var v in o) ; }");
    auto& forOf = firstFunction(*b.program).body[0]->as<ForInOfStmt>();
    REQUIRE(forOf.scope);
    CHECK(forOf.scope->find("k")->captured);
    CHECK(firstFunction(*b.program).body[1]->as<ForInOfStmt>().scope == nullptr);
}

TEST_CASE("scope: arguments and this through arrows", "[js][scope]") {
    auto a = analyze("function f(a) { 'use strict'; return () => arguments[0] + this.x; }");
    FunctionNode& f = firstFunction(*a.program);
    CHECK(f.usesArguments);
    CHECK(f.usesThis);
    REQUIRE(f.scope->argumentsBinding);
    CHECK(f.scope->argumentsBinding->captured);
    REQUIRE(f.scope->thisBinding);
    CHECK(f.scope->thisBinding->captured);
    auto& arrow = *f.body[1]->as<ReturnStmt>().argument->as<FunctionExpr>().fn;
    CHECK_FALSE(arrow.usesArguments);
    auto& sum = arrow.body[0]->as<ReturnStmt>().argument->as<BinaryExpr>();
    auto& thisExpr = sum.right->as<MemberExpr>().object->as<ThisExpr>();
    CHECK(thisExpr.res.kind == RefKind::Env);
    CHECK(thisExpr.res.binding == f.scope->thisBinding);
    // A sloppy function with simple params that uses arguments keeps its params in the env
    // (mapped arguments object).
    auto b = analyze("function g(a, b) { arguments[0] = 1; return a; }");
    FunctionNode& g = firstFunction(*b.program);
    CHECK(g.scope->find("a")->captured);
    CHECK(g.scope->find("b")->captured);
    // `this` in a plain function is the function's own receiver.
    auto c = analyze("function h() { return this; }");
    CHECK(firstFunction(*c.program).usesThis);
    CHECK(firstFunction(*c.program).scope->thisBinding == nullptr);
}

TEST_CASE("scope: direct eval and with force environments and dynamic lookups", "[js][scope]") {
    auto a = analyze("function f(a) { var b = 1; eval('a + b'); return a + b + c; }");
    FunctionNode& f = firstFunction(*a.program);
    CHECK(f.hasDirectEval);
    CHECK(f.scope->needsEnv);
    CHECK(f.scope->hasSloppyDirectEval);
    CHECK(f.scope->find("a")->captured);
    CHECK(f.scope->find("b")->captured);
    CHECK(f.usesArguments);  // eval code may use arguments
    CHECK(res(a.id("a", 1)) == "env 0:0");  // bindings of f itself stay resolvable
    CHECK(res(a.id("c")) == "dynamic");     // eval may declare c with var
    auto w = analyze("function g(o, x) { with (o) { x; y; } return x; }");
    CHECK(res(w.id("x", 1)) == "dynamic");
    CHECK(res(w.id("y")) == "dynamic");
    CHECK(w.id("x", 2).res.kind == RefKind::Env);
    CHECK(firstFunction(*w.program).containsWith);
    auto s = analyze("function h(a) { 'use strict'; eval('a'); return z; }");
    CHECK(res(s.id("z")) == "global");  // strict eval cannot add bindings
    CHECK(firstFunction(*s.program).scope->find("a")->captured);
}

TEST_CASE("scope: catch, class and named function expression scopes", "[js][scope]") {
    auto a = analyze(
        "function f() {\n"
        "  try { } catch (e) { () => e; }\n"
        "  class C { m() { return C; } }\n"
        "  return C;\n"
        "}");
    FunctionNode& f = firstFunction(*a.program);
    auto& tryStmt = f.body[0]->as<TryStmt>();
    REQUIRE(tryStmt.handler->scope);
    CHECK(tryStmt.handler->scope->kind == ScopeKind::Catch);
    CHECK(tryStmt.handler->scope->find("e")->kind == BindingKind::CatchParam);
    CHECK(tryStmt.handler->scope->needsEnv);
    auto& cls = *f.body[1]->as<ClassDecl>().cls;
    REQUIRE(cls.scope);
    CHECK(cls.scope->kind == ScopeKind::Class);
    Binding* inner = cls.scope->find("C");
    REQUIRE(inner);
    CHECK(inner->kind == BindingKind::ClassInnerName);
    CHECK(inner->captured);
    CHECK(a.id("C", 1).res.binding == inner);  // the method sees the inner name
    CHECK(a.id("C", 2).res.binding == f.scope->find("C"));  // the outer one after the class
}

TEST_CASE("scope: block-level functions (Annex B in sloppy mode)", "[js][scope]") {
    auto a = analyze("function f() { { function g() {} } return g; }");
    FunctionNode& f = firstFunction(*a.program);
    auto& block = f.body[0]->as<BlockStmt>();
    REQUIRE(block.scope);
    CHECK(block.scope->find("g")->kind == BindingKind::Function);
    REQUIRE(f.scope->find("g"));  // the Annex B var
    auto& decl = block.body[0]->as<FunctionDecl>();
    CHECK(decl.annexBVarRes.kind == RefKind::Local);
    CHECK(decl.annexBVarRes.binding == f.scope->find("g"));
    CHECK(a.id("g", 1).res.binding == f.scope->find("g"));
    auto s = analyze("function f() { 'use strict'; { function g() {} } return g; }");
    CHECK(res(s.id("g", 1)) == "global");
    CHECK(firstFunction(*s.program).body[1]->as<BlockStmt>().body[0]->as<FunctionDecl>().annexBVarRes.kind ==
          RefKind::Unresolved);
}

TEST_CASE("scope: dump shows resolutions", "[js][scope]") {
    auto a = analyze("let x = 1; function f() { return x; }");
    std::string d = dumpAst(*a.program);
    CHECK(d.find("Identifier x [env 0:0 tdz]") != std::string::npos);
    CHECK(d.find("x(let env 0 tdz)") != std::string::npos);
}

TEST_CASE("scope: parameter expressions do not see body declarations", "[js][scope]") {
    auto a = analyze(
        "const outer = 'outer';\n"
        "function f(x = () => outer, y = g, z = x) { const outer = 'inner'; function g() {} return outer; }");
    // the default's closure and `y = g` resolve outside f; `z = x` sees the parameter
    CHECK(a.id("outer", 1).res.binding == a.program->topLevel->scope->find("outer"));
    CHECK(a.id("g").res.kind == RefKind::Global);
    FunctionNode& f = *a.program->body[1]->as<FunctionDecl>().fn;
    CHECK(a.id("x", 1).res.binding == f.scope->find("x"));
    CHECK(a.id("outer", 3).res.binding == f.scope->find("outer"));  // the body's own use
}

TEST_CASE("scope: labeled function declarations are hoisted like plain ones", "[js][scope]") {
    auto a = analyze("function f() { g(); l: function g() {} }");
    FunctionNode& f = firstFunction(*a.program);
    REQUIRE(f.scope->find("g"));
    CHECK(a.id("g").res.binding == f.scope->find("g"));
}
