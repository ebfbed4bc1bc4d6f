// tests/unit/js_frontend/parser_test.cpp — expression precedence and associativity, arrows,
// destructuring, classes, templates, statements, names, positions and syntax errors.
#include <catch.hpp>

#include "frontends/js/ast_dump.h"
#include "tests/unit/js_frontend/ast_text.h"

using namespace js;
using namespace jstest;

TEST_CASE("parser: operator precedence and associativity", "[js][parser]") {
    CHECK(exprText("a + b * c") == "(a + (b * c))");
    CHECK(exprText("a - b - c") == "((a - b) - c)");
    CHECK(exprText("a ** b ** c") == "(a ** (b ** c))");
    CHECK(exprText("(-a) ** b") == "((-a) ** b)");
    CHECK(exprText("a ?? b ?? c") == "((a ?? b) ?? c)");
    CHECK(exprText("a || b && c | d ^ e & f == g < h << i + j * k") ==
          "(a || (b && (c | (d ^ (e & (f == (g < (h << (i + (j * k))))))))))");
    CHECK(exprText("a = b = c") == "(a = (b = c))");
    CHECK(exprText("a ||= b &&= c ??= d") == "(a ||= (b &&= (c ??= d)))");
    CHECK(exprText("a ? b : c ? d : e") == "(a ? b : (c ? d : e))");
    CHECK(exprText("a ? b = 1 : c = 2") == "(a ? (b = 1) : (c = 2))");
    CHECK(exprText("a, b = c, d") == "(a, (b = c), d)");
    CHECK(exprText("a in b instanceof c") == "((a in b) instanceof c)");
    CHECK(exprText("typeof void delete a.b") == "(typeof (void (delete a.b)))");
    CHECK(exprText("!-~+a") == "(!(-(~(+a))))");
    CHECK(exprText("a+++b") == "((a++) + b)");
    CHECK(exprText("- -a") == "(-(-a))");
    CHECK(exprText("++a.b") == "(++a.b)");
    CHECK(exprText("a.b.c(d)[e](f)") == "a.b.c(d)[e](f)");
    CHECK(exprText("new a.b.c") == "new a.b.c()");
    CHECK(exprText("new a.b(1).c") == "new a.b(1).c");
    CHECK(exprText("new new a()()") == "new new a()()");
    CHECK(exprText("new (a().b)()") == "new a().b()");
    CHECK(exprText("a / b / c") == "((a / b) / c)");
    CHECK(exprText("x = a / 2 / /re/g.lastIndex") == "(x = ((a / 2) / /re/g.lastIndex))");
}

TEST_CASE("parser: optional chaining", "[js][parser]") {
    CHECK(exprText("a?.b.c") == "chain(a?.b.c)");
    CHECK(exprText("a?.[0]?.(1)") == "chain(a?.[0]?.(1))");
    CHECK(exprText("(a?.b).c") == "chain(a?.b).c");
    CHECK(exprText("a?.b()") == "chain(a?.b())");
    CHECK(exprText("a ? .5 : 1") == "(a ? 0.5 : 1)");
    CHECK(errorOf("a?.b = 1") == "1:1: Invalid left-hand side in assignment");
    CHECK(errorOf("new a?.b()") == "1:6: Invalid optional chain from new expression");
    CHECK(errorOf("a?.b`c`") == "1:5: Invalid tagged template on optional chain");
}

TEST_CASE("parser: arrow functions", "[js][parser]") {
    CHECK(exprText("x => x") == "arrow(x)");
    CHECK(exprText("() => {}") == "arrow()");
    CHECK(exprText("(a, b = 1, {c, d: [e]}, ...f) => 0") == "arrow(a, (b = 1), {c: c, d: [e]}, ...f)");
    CHECK(exprText("async x => x") == "async arrow(x)");
    CHECK(exprText("async (a, b) => a") == "async arrow(a, b)");
    CHECK(exprText("async (a, b)") == "async(a, b)");  // a call of a function named async
    CHECK(exprText("async => async") == "arrow(async)");
    CHECK(exprText("(a, b,) => a") == "arrow(a, b)");
    CHECK(exprText("a => b => c") == "arrow(a)");
    CHECK(exprText("x = y => ({})") == "(x = arrow x(y))");
    auto p = parseExpr("(a) => a + 1");
    auto& fn = *p.expr->as<FunctionExpr>().fn;
    CHECK(fn.isExpressionBody);
    REQUIRE(fn.body.size() == 1);
    CHECK(fn.body[0]->kind == NodeKind::Return);
    CHECK(text(fn.body[0]->as<ReturnStmt>().argument.get()) == "(a + 1)");
    CHECK(errorOf("(a, b) \n => 1") == "2:2: Unexpected token '=>'");
    CHECK(errorOf("(...a, b) => 1") == "1:5: Rest parameter must be last formal parameter");
    CHECK(errorOf("x => {} + 1") == "1:9: Unexpected token '+'");
    CHECK(errorOf("(a, a) => 1") == "1:5: Duplicate parameter name not allowed in this context");
    CHECK(errorOf("(a + b) => 1") == "1:2: Invalid destructuring assignment target");
    CHECK(errorOf("async (await) => 1") == "1:8: Unexpected reserved word");
}

TEST_CASE("parser: destructuring", "[js][parser]") {
    CHECK(exprText("[a, , b = 1, ...c] = d") == "([a, <hole>, (b = 1), ...c] = d)");
    CHECK(exprText("({a, b: {c}, d = 2, ...e} = f)") == "({a: a, b: {c: c}, d: (d = 2), ...e} = f)");
    CHECK(exprText("({a: b.c, d: e[0]} = f)") == "({a: b.c, d: e[0]} = f)");
    CHECK(exprText("[a.b, [c]] = d") == "([a.b, [c]] = d)");
    auto p = parse("let {a, b: [c = 1, ...d], ...e} = f, [g, , h] = i;");
    auto& decl = p->body[0]->as<VarDecl>();
    CHECK(decl.declKind == DeclKind::Let);
    REQUIRE(decl.declarations.size() == 2);
    CHECK(text(decl.declarations[0].target.get()) == "{a: a, b: [(c = 1), ...d], ...e}");
    CHECK(text(decl.declarations[1].target.get()) == "[g, <hole>, h]");
    CHECK(errorOf("({a=1})") == "1:3: Invalid shorthand property initializer");
    CHECK(errorOf("[...a, b] = c") == "1:2: Rest element must be last element");
    CHECK(errorOf("[a, ...b,] = c") == "1:5: Rest element must be last element");
    CHECK(errorOf("({a: 1} = f)") == "1:6: Invalid destructuring assignment target");
    CHECK(errorOf("({a}) = 1") == "1:1: Invalid left-hand side in assignment");
    CHECK(errorOf("let [a];") == "1:5: Missing initializer in destructuring declaration");
    CHECK(errorOf("const x;") == "1:7: Missing initializer in const declaration");
    CHECK(errorOf("1 = 2") == "1:1: Invalid left-hand side in assignment");
}

TEST_CASE("parser: object literals", "[js][parser]") {
    CHECK(exprText("x = {a, b: 1, [c]: 2, 'd e': 3, 1.50: 4, 0x10: 5, ...f}") ==
          "(x = {a: a, b: 1, [c]: 2, d e: 3, 1.5: 4, 16: 5, ...f})");
    CHECK(exprText("x = {get a() {}, set a(v) {}, m() {}, async *g() {}, get: 1, set() {}}") ==
          "(x = {get a: function get a(), set a: function set a(v), m: function m(), g: async function* g(), "
          "get: 1, set: function set()})");
    CHECK(exprText("x = {__proto__: p, '__proto__'() {}}") == "(x = {proto __proto__: p, __proto__: function __proto__()})");
    CHECK(exprText("x = {if: 1, class: 2}.if") == "(x = {if: 1, class: 2}.if)");
    CHECK(errorOf("x = {__proto__: 1, __proto__: 2}") == "1:20: Duplicate __proto__ fields are not allowed in object literals");
    CHECK(errorOf("({ get a(x) {} })") == "1:9: Getter must not have any formal parameters.");
    CHECK(errorOf("({ set a() {} })") == "1:9: Setter must have exactly one formal parameter.");
}

TEST_CASE("parser: templates and tagged templates", "[js][parser]") {
    CHECK(exprText("`a${b}c${`d${e}`}f`") == "`a${b}c${`d${e}`}f`");
    CHECK(exprText("tag`x${1}y`") == "tag(tag, `x${1}y`)");
    CHECK(exprText("a.b`\\unicode`") == "tag(a.b, `<invalid>`)");
    CHECK(errorOf("x = `\\unicode`") == "1:6: Invalid Unicode escape sequence");
    CHECK(errorOf("x = `${a`") == "1:9: Unterminated template literal");
}

TEST_CASE("parser: regexp vs division", "[js][parser]") {
    CHECK(exprText("a / b") == "(a / b)");
    CHECK(exprText("x = /=/g") == "(x = /=/g)");
    CHECK(exprText("(a) / 2") == "(a / 2)");
    CHECK(exprText("x = [/a/, {} / 1]") == "(x = [/a/, ({} / 1)])");
    auto p = parse("a = b\n/hi/g.exec(c)");  // no ASI: division
    REQUIRE(p->body.size() == 1);
    CHECK(text(p->body[0]->as<ExprStmt>().expression.get()) == "(a = ((b / hi) / g.exec(c)))");
    auto q = parse("{}\n/foo/g");  // block then regexp statement
    REQUIRE(q->body.size() == 2);
    CHECK(text(q->body[1]->as<ExprStmt>().expression.get()) == "/foo/g");
}

TEST_CASE("parser: automatic semicolon insertion", "[js][parser]") {
    CHECK(parse("a\nb")->body.size() == 2);
    CHECK(parse("a\n++b")->body.size() == 2);
    auto r = parse("function f() { return\n1 }");
    auto& ret = r->body[0]->as<FunctionDecl>().fn->body[0]->as<ReturnStmt>();
    CHECK(ret.argument == nullptr);
    CHECK(parse("x = a\n(b)")->body.size() == 1);  // call, no ASI
    CHECK(parse("do ; while (a) x")->body.size() == 2);
    CHECK(parse("let\nx = 1")->body[0]->kind == NodeKind::VarDecl);
    CHECK(errorOf("a b") == "1:3: Unexpected identifier 'b'");
    CHECK(errorOf("throw\n1") == "1:1: Illegal newline after throw");
    CHECK(errorOf("for (;;) {}\nx y") == "2:3: Unexpected identifier 'y'");
}

TEST_CASE("parser: functions, generators, async", "[js][parser]") {
    auto p = parse("async function* g(a, b = 2, ...c) { yield* a; await b; }");
    auto& fn = *p->body[0]->as<FunctionDecl>().fn;
    CHECK(fn.isAsync);
    CHECK(fn.isGenerator);
    CHECK_FALSE(fn.isStrict);
    CHECK_FALSE(fn.hasSimpleParams);
    CHECK(fn.paramCountForLength == 1);
    CHECK(fn.name == "g");
    CHECK(text(fn.body[0]->as<ExprStmt>().expression.get()) == "(yield* a)");
    CHECK(text(fn.body[1]->as<ExprStmt>().expression.get()) == "(await b)");
    auto s = parse("function h(a) { 'use strict'; }");
    auto& h = *s->body[0]->as<FunctionDecl>().fn;
    CHECK(h.isStrict);
    CHECK(h.body[0]->as<ExprStmt>().isDirective);
    CHECK(errorOf("async function* g(a, b = 2) { 'use strict' }") ==
          "1:31: Illegal 'use strict' directive in function with non-simple parameter list");
    CHECK(exprText("(function* g() { x = yield; })") == "function* g()");
    CHECK(errorOf("function* g() { yield\n* 1 }") == "2:1: Unexpected token '*'");
    CHECK(errorOf("function* g(a = yield) {}") == "1:17: Yield expression not allowed in formal parameter");
    CHECK(errorOf("async function f() { await = 1 }") == "1:28: Unexpected token '='");
    CHECK(parse("var yield = 1, await = 2, async = 3, let_ = 4, of = 5;")->body.size() == 1);
    CHECK(errorOf("function(){}") == "1:1: Function statements require a function name");
}

TEST_CASE("parser: function source ranges and inferred names", "[js][parser]") {
    std::string src = "const f = () => 1, g = function () {}, h = function named() {};\nx = class {};";
    auto p = parse(src);
    auto& d = p->body[0]->as<VarDecl>();
    auto fnOf = [&](int i) -> FunctionNode& { return *d.declarations[i].init->as<FunctionExpr>().fn; };
    CHECK(fnOf(0).name == "f");
    CHECK(fnOf(1).name == "g");
    CHECK(fnOf(2).name == "named");
    CHECK(src.substr(fnOf(0).srcStart, fnOf(0).srcEnd - fnOf(0).srcStart) == "() => 1");
    CHECK(src.substr(fnOf(1).srcStart, fnOf(1).srcEnd - fnOf(1).srcStart) == "function () {}");
    auto& cls = *p->body[1]->as<ExprStmt>().expression->as<AssignExpr>().value->as<ClassExpr>().cls;
    CHECK(cls.name == "x");
    CHECK(src.substr(cls.srcStart, cls.srcEnd - cls.srcStart) == "class {}");
    auto o = parseExpr("({ get a() {}, m() {}, [k]() {}, 'q': () => 1 })");
    auto& props = o.expr->as<ObjectLiteral>().properties;
    CHECK(props[0].value->as<FunctionExpr>().fn->name == "get a");
    CHECK(props[1].value->as<FunctionExpr>().fn->name == "m");
    CHECK(props[2].value->as<FunctionExpr>().fn->name == "");
    CHECK(props[3].value->as<FunctionExpr>().fn->name == "q");
    auto m = parse("class A { static async *m() {} }");
    auto& member = m->body[0]->as<ClassDecl>().cls->members[0];
    CHECK(src.size() > 0);
    CHECK(member.fn->name == "m");
}

TEST_CASE("parser: classes", "[js][parser]") {
    auto p = parse(
        "class A extends B {\n"
        "  #x = 1; y; static z = () => this; static #w;\n"
        "  constructor(a) { super(a); }\n"
        "  get v() { return super.v; } set v(q) {} static s() {} [k]() {} #p() {}\n"
        "  static { this.q = 1; }\n"
        "  has(o) { return #x in o && this.#x; }\n"
        "}");
    auto& cls = *p->body[0]->as<ClassDecl>().cls;
    CHECK(cls.name == "A");
    REQUIRE(cls.superClass);
    REQUIRE(cls.constructor);
    CHECK(cls.constructor->kind == FunctionKind::DerivedConstructor);
    REQUIRE(cls.members.size() == 11);
    CHECK(cls.members[0].kind == ClassMember::Kind::Field);
    CHECK(cls.members[0].key.kind == PropertyKey::Kind::Private);
    CHECK(cls.members[0].fn->kind == FunctionKind::FieldInitializer);
    CHECK(cls.members[1].fn == nullptr);  // `y;` has no initializer
    CHECK(cls.members[2].isStatic);
    CHECK(cls.members[2].fn->body[0]->as<ReturnStmt>().argument->as<FunctionExpr>().fn->name == "z");
    CHECK(cls.members[4].kind == ClassMember::Kind::Getter);
    CHECK(cls.members[4].fn->name == "get v");
    CHECK(cls.members[5].kind == ClassMember::Kind::Setter);
    CHECK(cls.members[6].isStatic);
    CHECK(cls.members[7].key.kind == PropertyKey::Kind::Computed);
    CHECK(cls.members[9].kind == ClassMember::Kind::StaticBlock);
    CHECK(cls.members[9].fn->kind == FunctionKind::StaticBlock);
    CHECK(cls.constructor->isStrict);
    CHECK(errorOf("class A { constructor(){} constructor(){} }") == "1:27: A class may only have one constructor");
    CHECK(errorOf("class A { get constructor(){} }") == "1:15: Class constructor may not be an accessor");
    CHECK(errorOf("class A { m(){ super(); } }") == "1:16: 'super' keyword unexpected here");
    CHECK(errorOf("class A { #a; #a; }") == "1:15: Identifier '#a' has already been declared");
    CHECK(errorOf("class A { m(){ this.#b } }") == "1:21: Private field '#b' must be declared in an enclosing class");
    CHECK(errorOf("class A { x = arguments }") == "1:15: 'arguments' is not allowed in class field initializer or static initialization block");
    CHECK(errorOf("x = class { static prototype(){} }") == "1:20: Classes may not have a static property named 'prototype'");
    CHECK(errorOf("class A { m() { with (a) {} } }") == "1:17: Strict mode code may not include a with statement");
    CHECK(errorOf("class { }") == "1:7: Unexpected token '{'");
}

TEST_CASE("parser: statements", "[js][parser]") {
    auto p = parse(
        "outer: for (let i = 0, j; i < 3; i++) { continue outer; }\n"
        "for (const [k, v] of m) ;\n"
        "for (x in o) ;\n"
        "for (var q = 1 in o) ;\n"
        "switch (a) { case 1: break; default: }\n"
        "try { } catch ({message}) { } finally { }\n"
        "try { } catch { }\n"
        "with (o) x;\n"
        "do x; while (y)\n"
        "if (a) b; else if (c) d; else e;\n"
        "debugger;\n"
        "label: { break label; }\n");
    REQUIRE(p->body.size() == 12);
    CHECK(p->body[0]->kind == NodeKind::Labeled);
    CHECK(p->body[0]->as<LabeledStmt>().body->kind == NodeKind::For);
    CHECK(p->body[1]->kind == NodeKind::ForOf);
    CHECK(p->body[2]->kind == NodeKind::ForIn);
    CHECK(p->body[2]->as<ForInOfStmt>().leftTarget->kind == NodeKind::Identifier);
    CHECK(p->body[3]->as<ForInOfStmt>().leftDecl->as<VarDecl>().declarations[0].init != nullptr);
    CHECK(p->body[4]->as<SwitchStmt>().cases.size() == 2);
    CHECK(p->body[5]->as<TryStmt>().handler->param->kind == NodeKind::ObjectPattern);
    CHECK(p->body[6]->as<TryStmt>().handler->param == nullptr);
    CHECK(p->body[7]->kind == NodeKind::With);
    CHECK(p->body[11]->kind == NodeKind::Labeled);
    CHECK(errorOf("async function f() { for await (const x of y) ; }") == "OK");
    CHECK(errorOf("for (let x of y, z) ;") == "1:16: Unexpected token ','");
    CHECK(errorOf("for (a+b in c);") == "1:6: Invalid left-hand side in for-loop");
    CHECK(errorOf("for (async of y);") == "1:6: The left-hand side of a for-of loop may not be 'async'.");
    CHECK(errorOf("for (const x of []) { var x }") == "1:27: Identifier 'x' has already been declared");
    CHECK(errorOf("break;") == "1:1: Illegal break statement");
    CHECK(errorOf("continue;") == "1:1: Illegal continue statement: no surrounding iteration statement");
    CHECK(errorOf("for(;;){ break foo; }") == "1:16: Undefined label 'foo'");
    CHECK(errorOf("label: { continue label; }") == "1:19: Illegal continue statement: 'label' does not denote an iteration statement");
    CHECK(errorOf("label: label: ;") == "1:8: Label 'label' has already been declared");
    CHECK(errorOf("try {}") == "1:7: Missing catch or finally after try");
    CHECK(errorOf("switch (a) { default: default: }") == "1:23: More than one default clause in switch statement");
    CHECK(errorOf("while (a) function f(){}") ==
          "1:11: In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
    CHECK(errorOf("if (a) function f(){}") == "OK");
    CHECK(errorOf("while (a) let [x] = 1") == "1:11: Lexical declaration cannot appear in a single-statement context");
    CHECK(errorOf("return 1") == "OK");  // CommonJS: the file is a function body
    ParseOptions script;
    script.allowReturnOutsideFunction = false;
    CHECK_THROWS_AS(parseProgram("return 1", script), SyntaxError);
}

TEST_CASE("parser: strict mode and early errors", "[js][parser]") {
    CHECK(parse("'use strict'; x")->isStrict);
    CHECK_FALSE(parse("'use\\x20strict'; x")->isStrict);
    CHECK_FALSE(parse("x; 'use strict'")->isStrict);
    CHECK(errorOf("'use strict'; with (a) {}") == "1:15: Strict mode code may not include a with statement");
    CHECK(errorOf("'use strict'; delete x") == "1:22: Delete of an unqualified identifier in strict mode.");
    CHECK(errorOf("'use strict'; 017") == "1:15: Octal literals are not allowed in strict mode.");
    CHECK(errorOf("'use strict'; 08") == "1:15: Decimals with leading zeros are not allowed in strict mode.");
    CHECK(errorOf("'use strict'; '\\01'") == "1:17: Octal escape sequences are not allowed in strict mode.");
    CHECK(errorOf("function f() { '\\01'; 'use strict'; }") == "1:18: Octal escape sequences are not allowed in strict mode.");
    CHECK(errorOf("'use strict'; var let = 1") == "1:19: Unexpected strict mode reserved word");
    CHECK(errorOf("'use strict'; eval = 1") == "1:15: Unexpected eval or arguments in strict mode");
    CHECK(errorOf("function f(a, a) { 'use strict' }") == "1:15: Duplicate parameter name not allowed in this context");
    CHECK(errorOf("function eval() { 'use strict' }") == "1:10: Unexpected eval or arguments in strict mode");
    CHECK(errorOf("function f(a, a) {}") == "OK");  // sloppy duplicates are fine
    CHECK(errorOf("let x; let x;") == "1:12: Identifier 'x' has already been declared");
    CHECK(errorOf("let x = 1; var x;") == "1:16: Identifier 'x' has already been declared");
    CHECK(errorOf("var x; let x;") == "1:12: Identifier 'x' has already been declared");
    CHECK(errorOf("function f(){ let a; { var a; } }") == "1:28: Identifier 'a' has already been declared");
    CHECK(errorOf("function f(a){ let a; }") == "1:20: Identifier 'a' has already been declared");
    CHECK(errorOf("try {} catch (e) { let e; }") == "1:24: Identifier 'e' has already been declared");
    CHECK(errorOf("try {} catch (e) { var e; }") == "OK");
    CHECK(errorOf("{ function f(){} function f(){} }") == "OK");  // sloppy block duplicates
    CHECK(errorOf("'use strict'; { function f(){} function f(){} }") == "1:41: Identifier 'f' has already been declared");
    CHECK(errorOf("let let = 1") == "1:5: let is disallowed as a lexically bound name");
    CHECK(errorOf("new.target") == "OK");  // CommonJS wrapper function
    CHECK(errorOf("super.x") == "1:1: 'super' keyword unexpected here");
    CHECK(errorOf("a ?? b || c") == "1:8: Unexpected token '||'");
    CHECK(errorOf("-a ** 2") ==
          "1:1: Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
    CHECK(errorOf("1++") == "1:1: Invalid left-hand side expression in postfix operation");
    CHECK(errorOf("x = 1.toString()") == "1:5: Invalid or unexpected token");
    CHECK(errorOf("v\\u0061r x") == "1:1: Keyword must not contain escaped characters");
    CHECK(errorOf("import x from 'y'") == "1:1: Cannot use import statement outside a module");
}

TEST_CASE("parser: generic unexpected-token messages", "[js][parser]") {
    CHECK(errorOf("var x = }") == "1:9: Unexpected token '}'");
    CHECK(errorOf("var 1") == "1:5: Unexpected number");
    CHECK(errorOf("x = 'a' 'b'") == "1:9: Unexpected string");
    CHECK(errorOf("if (") == "1:5: Unexpected end of input");
    CHECK(errorOf("var true") == "1:5: Unexpected token 'true'");
    CHECK(errorOf("f(a b)") == "1:3: missing ) after argument list");
    CHECK(errorOf("x = [1 2]") == "1:8: Unexpected number");
    CHECK(errorOf("a.1") == "1:2: Unexpected number");
    CHECK(errorOf("x = (a,)") == "1:8: Unexpected token ')'");
    CHECK(errorOf("enum = 1") == "1:1: Unexpected reserved word");
}

TEST_CASE("parser: positions of calls and members follow V8", "[js][parser]") {
    auto p = parseExpr("foo.bar(1)");
    auto& call = p.expr->as<CallExpr>();
    CHECK(call.pos.column == 5);   // at `bar`
    CHECK(call.start.column == 1);
    CHECK(exprToDisplayString(*call.callee) == "foo.bar");
    auto q = parseExpr("a[0](1)");
    CHECK(q.expr->pos.column == 5);  // at `(`
    CHECK(exprToDisplayString(*q.expr->as<CallExpr>().callee) == "a[0]");
    auto r = parseExpr("  new X()");
    CHECK(r.expr->pos.column == 3);
    CHECK(exprToDisplayString(*parseExpr("o['x'].y()").expr->as<CallExpr>().callee) == "o.x.y");
    CHECK(exprToDisplayString(*parseExpr("this.q()").expr->as<CallExpr>().callee) == "this.q");
    CHECK(exprToDisplayString(*parseExpr("f()()").expr->as<CallExpr>().callee) == "f(...)");
    CHECK(exprToDisplayString(*parseExpr("o.x?.y()").expr->as<OptionalChainExpr>().expression->as<CallExpr>().callee) == "o.x?.y");
    CHECK(parseExpr("eval(x)").expr->as<CallExpr>().isDirectEvalCandidate);
    CHECK_FALSE(parseExpr("(eval)(x)").expr->as<CallExpr>().isDirectEvalCandidate);
}

TEST_CASE("parser: AST dump is readable", "[js][parser]") {
    auto p = parse("let x = a + 1;");
    std::string d = dumpAst(*p);
    CHECK(d.find("VarDecl let @1:1") != std::string::npos);
    CHECK(d.find("Binary + @1:9") != std::string::npos);
    CHECK(d.find("Identifier a @1:9") != std::string::npos);
}
