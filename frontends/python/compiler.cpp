// The Python compiler's drivers: the entry points, the code of one module / function / class
// body / comprehension (prologue, parameters, nested functions, qualnames) and name access by
// symbol-table scope (fast locals in registers, cells in the function's Environment, class
// namespaces through intrinsics, globals through GetGlobal/SetGlobal).
#include "frontends/python/compiler.h"

#include <algorithm>

#include "frontends/python/compiler_impl.h"
#include "frontends/python/parser.h"

namespace py {
namespace compiler {

FunctionCompiler::FunctionCompiler(Unit& u, ir::Function& out, Scope* s, FunctionCompiler* p, Kind k)
    : unit(u), f(out), b(out), scope(s), parent(p), kind(k) {
    f.language = ir::Language::Python;
    f.callConvention = ir::CallConvention::BoundByLanguage;
    f.fileName = unit.options.fileName;
    f.source = unit.source16;
    if (kind == Kind::Function) {
        localsEnd = uint32_t(scope->numLocals());
        b.reserveRegs(localsEnd);
    } else if (kind == Kind::Class) {
        nsReg = 0;
        localsEnd = 1;
        b.reserveRegs(1);
    }
}

void FunctionCompiler::fail(const std::string& message, const ast::Pos& pos) {
    SyntaxErrorInfo e;
    e.type = "SyntaxError";
    e.message = message;
    e.line = pos.lineno;
    e.column = pos.col_offset + 1;
    throw e;
}

std::string FunctionCompiler::mangle(const std::string& name) const {
    return mangleName(scope->privateName, name);
}

const Symbol* FunctionCompiler::symbolOf(const std::string& mangled) const {
    return scope->lookup(mangled);
}

uint32_t FunctionCompiler::addNested(std::unique_ptr<ir::Function> fn) {
    f.functions.push_back(std::move(fn));
    return uint32_t(f.functions.size() - 1);
}

std::string FunctionCompiler::childQualname(const std::string& name, bool) const {
    if (kind == Kind::Module) return name;
    if (kind == Kind::Class) return qualname + "." + name;
    return qualname + ".<locals>." + name;
}

// ---------------------------------------------------------------------------------------------
// Prologue: the Environment of this function's cells (parameters that are cells are copied in,
// the other cells start unbound) and unbound fast locals.

void FunctionCompiler::prologue() {
    if (!scope->cellvars.empty()) {
        b.emit(Op::PushEnv, {uint32_t(scope->cellvars.size()), UINT32_MAX});
        hasEnv = true;
        uint32_t m = mark();
        uint32_t t = tmp();
        b.emit(Op::LoadUninit, {t});
        for (size_t i = 0; i < scope->cellvars.size(); i++) {
            const Symbol* sym = symbolOf(scope->cellvars[i]);
            if (kind == Kind::Function && sym && (sym->flags & DefParam) && sym->slot >= 0)
                b.emit(Op::InitEnv, {0, uint32_t(i), uint32_t(sym->slot)});
            else
                b.emit(Op::InitEnv, {0, uint32_t(i), t});
        }
        release(m);
    }
    if (kind == Kind::Function) {
        for (size_t i = scope->params.size(); i < scope->varnames.size(); i++) {
            const Symbol* sym = symbolOf(scope->varnames[i]);
            if (sym && sym->scope == SymbolScope::Local) b.emit(Op::LoadUninit, {uint32_t(i)});
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bodies

void FunctionCompiler::compileModuleBody(ast::Module& m) {
    f.name = "<module>";
    f.isScript = true;
    f.line = 1;
    prologue();
    if (m.mode == ast::ParseMode::Eval) {
        if (!m.expression) fail("internal: eval mode without an expression", {});
        uint32_t r = tmp();
        position(m.expression->pos);
        exprTo(*m.expression, r);
        b.emit(Op::Return, {r});
        return;
    }
    // A module docstring becomes __doc__.
    if (m.mode == ast::ParseMode::File && !m.body.empty() && m.body[0]->kind == ast::StmtKind::Expr) {
        ast::Expr* v = m.body[0]->as<ast::ExprStmt>()->value;
        if (v->kind == ast::ExprKind::Constant && v->as<ast::Constant>()->value_kind == ast::ConstantKind::Str) {
            uint32_t mk = mark();
            uint32_t r = tmp();
            position(v->pos);
            strTo(v->as<ast::Constant>()->str, r);
            b.emit(Op::SetGlobal, {nameConst("__doc__"), r, b.newCache()});
            release(mk);
        }
    }
    setupAnnotations(m.body);
    stmtList(m.body);
    uint32_t r = tmp();
    b.emit(Op::LoadNull, {r});
    b.emit(Op::Return, {r});
}

void FunctionCompiler::compileFunctionBody(const ast::StmtList& body, ast::Expr* lambdaBody) {
    prologue();
    // After the last Return, never executed: one GetEnv per free variable, so the runtime can
    // list the cells a function captures (function.__closure__, runtime/python/cell.cpp) even
    // when the body never touches one (`nonlocal x` alone).
    auto freeVarEpilogue = [&] {
        if (scope->freevars.empty()) return;
        uint32_t t = tmp();
        for (const std::string& v : scope->freevars) {
            uint32_t hops, slot;
            if (cellLocation(v, hops, slot)) b.emit(Op::GetEnv, {t, hops, slot});
        }
        b.emit(Op::Return, {t});  // the verifier wants a terminator last
    };
    if (lambdaBody) {
        uint32_t r = tmp();
        position(lambdaBody->pos);
        exprTo(*lambdaBody, r);
        b.emit(Op::Return, {r});
        freeVarEpilogue();
        return;
    }
    stmtList(body);
    uint32_t r = tmp();
    b.setPosition(0, 0);  // the implicit `return None` has no line of its own (no line event, D30)
    b.emit(Op::LoadNull, {r});
    b.emit(Op::Return, {r});
    freeVarEpilogue();
}

static bool isDocstring(const ast::StmtList& body) {
    if (body.empty() || body[0]->kind != ast::StmtKind::Expr) return false;
    ast::Expr* v = body[0]->as<ast::ExprStmt>()->value;
    return v->kind == ast::ExprKind::Constant && v->as<ast::Constant>()->value_kind == ast::ConstantKind::Str;
}

void FunctionCompiler::compileClassBody(ast::ClassDef& c) {
    prologue();
    uint32_t m = mark();
    uint32_t base = tmps(3);
    // __module__ = the module's __name__, __qualname__, __doc__.
    position(c.pos);
    b.emit(Op::Mov, {base, nsReg});
    b.emit(Op::LoadK, {base + 1, b.constPyString(U"__module__")});
    b.emit(Op::GetGlobal, {base + 2, nameConst("__name__"), b.newCache()});
    intrinsic(base, Intrinsic::NsSet, base, 3);
    b.emit(Op::Mov, {base, nsReg});
    b.emit(Op::LoadK, {base + 1, b.constPyString(U"__qualname__")});
    strTo(qualname, base + 2);
    intrinsic(base, Intrinsic::NsSet, base, 3);
    if (isDocstring(c.body)) {
        b.emit(Op::Mov, {base, nsReg});
        b.emit(Op::LoadK, {base + 1, b.constPyString(U"__doc__")});
        strTo(c.body[0]->as<ast::ExprStmt>()->value->as<ast::Constant>()->str, base + 2);
        intrinsic(base, Intrinsic::NsSet, base, 3);
    }
    release(m);
    setupAnnotations(c.body);
    stmtList(c.body);
    uint32_t r = tmp();
    if (scope->needsClassClosure) {
        // A one-argument function that fills this body's __class__ cell once the class exists.
        auto setter = std::make_unique<ir::Function>();
        setter->name = "__set_classcell__";
        setter->language = ir::Language::Python;
        setter->callConvention = ir::CallConvention::BoundByLanguage;
        setter->numParams = 1;
        setter->numRegs = 2;
        setter->length = 1;
        setter->paramNames = {"cls"};
        setter->fileName = f.fileName;
        setter->source = f.source;
        auto it = std::find(scope->cellvars.begin(), scope->cellvars.end(), "__class__");
        uint32_t slot = uint32_t(it - scope->cellvars.begin());
        ir::Builder sb(*setter);
        sb.reserveRegs(2);
        sb.emit(Op::SetEnv, {0, slot, 0});
        sb.emit(Op::LoadNull, {1});
        sb.emit(Op::Return, {1});
        uint32_t idx = addNested(std::move(setter));
        b.emit(Op::MakeClosure, {r, idx});
    } else {
        b.emit(Op::LoadNull, {r});
    }
    b.emit(Op::Return, {r});
}

// ---------------------------------------------------------------------------------------------
// def / lambda

void FunctionCompiler::functionDef(ast::FunctionDef* def, ast::Lambda* lambda, uint32_t dst) {
    const ast::Node* node = def ? static_cast<const ast::Node*>(def) : static_cast<const ast::Node*>(lambda);
    Scope* child = unit.symtable->scopeFor(node);
    if (!child) fail("internal: no scope for function", node->pos);
    ast::Arguments* args = def ? def->args : lambda->args;
    std::string name = def ? def->name : "<lambda>";
    uint32_t m = mark();

    // Decorators first (source order), applied last (innermost first).
    std::vector<uint32_t> decorators;
    if (def)
        for (ast::Expr* d : def->decorator_list) {
            uint32_t r = tmp();
            exprTo(*d, r);
            decorators.push_back(r);
        }
    uint32_t defaultsReg = UINT32_MAX, kwReg = UINT32_MAX, annReg = UINT32_MAX;
    if (!args->defaults.empty()) {
        uint32_t base = tmps(uint32_t(args->defaults.size()));
        for (size_t i = 0; i < args->defaults.size(); i++) exprTo(*args->defaults[i], base + uint32_t(i));
        defaultsReg = tmp();
        intrinsic(defaultsReg, Intrinsic::BuildTuple, base, uint32_t(args->defaults.size()));
    }
    uint32_t numKwDefaults = 0;
    for (ast::Expr* e : args->kw_defaults) if (e) numKwDefaults++;
    if (numKwDefaults) {
        uint32_t base = tmps(2 * numKwDefaults);
        uint32_t k = 0;
        for (size_t i = 0; i < args->kwonlyargs.size(); i++) {
            if (!args->kw_defaults[i]) continue;
            strTo(mangle(args->kwonlyargs[i]->arg), base + 2 * k);
            exprTo(*args->kw_defaults[i], base + 2 * k + 1);
            k++;
        }
        kwReg = tmp();
        intrinsic(kwReg, Intrinsic::BuildDict, base, 2 * numKwDefaults);
    }
    if (def) {
        std::vector<std::pair<std::string, ast::Expr*>> anns;
        for (auto* list : {&args->posonlyargs, &args->args})
            for (ast::Arg* a : *list) if (a->annotation) anns.push_back({a->arg, a->annotation});
        if (args->vararg && args->vararg->annotation) anns.push_back({args->vararg->arg, args->vararg->annotation});
        for (ast::Arg* a : args->kwonlyargs) if (a->annotation) anns.push_back({a->arg, a->annotation});
        if (args->kwarg && args->kwarg->annotation) anns.push_back({args->kwarg->arg, args->kwarg->annotation});
        if (def->returns) anns.push_back({"return", def->returns});
        if (!anns.empty()) {
            uint32_t base = tmps(uint32_t(2 * anns.size()));
            for (size_t i = 0; i < anns.size(); i++) {
                strTo(mangle(anns[i].first), base + 2 * uint32_t(i));
                annotationTo(*anns[i].second, base + 2 * uint32_t(i) + 1);
            }
            annReg = tmp();
            intrinsic(annReg, Intrinsic::BuildDict, base, uint32_t(2 * anns.size()));
        }
    }

    // The function itself.
    auto fn = std::make_unique<ir::Function>();
    fn->name = name;
    fn->line = uint32_t(node->pos.lineno);
    fn->column = uint32_t(node->pos.col_offset + 1);
    fn->numParams = uint32_t(child->params.size());
    fn->paramNames = child->params;
    fn->numPosOnly = uint32_t(child->posonlyCount);
    fn->numKwOnly = uint32_t(child->kwonlyCount);
    fn->length = uint32_t(child->argCount);
    fn->hasRest = child->hasVarargs;
    fn->hasKwArgs = child->hasVarkw;
    fn->hasSimpleParams = !child->hasVarargs && !child->hasVarkw && child->kwonlyCount == 0 && args->defaults.empty();
    fn->isAsync = child->isCoroutine;
    fn->isGenerator = child->isGenerator;
    for (const std::string& v : child->varnames) {  // frame.f_locals reads these registers
        const Symbol* s = child->lookup(v);
        fn->localNames.push_back(s && s->scope == SymbolScope::Local ? v : std::string());
    }
    {
        FunctionCompiler c(unit, *fn, child, this, Kind::Function);
        c.qualname = childQualname(name, true);
        c.compileFunctionBody(def ? def->body : ast::StmtList{}, def ? nullptr : lambda->body);
    }
    uint32_t idx = addNested(std::move(fn));
    uint32_t fnReg = tmp();
    position(node->pos);
    b.emit(Op::MakeClosure, {fnReg, idx});
    std::string qn = childQualname(name, true);
    const std::string* doc = nullptr;
    if (def && isDocstring(def->body)) doc = &def->body[0]->as<ast::ExprStmt>()->value->as<ast::Constant>()->str;
    if (defaultsReg != UINT32_MAX || kwReg != UINT32_MAX || annReg != UINT32_MAX || qn != name || doc) {
        uint32_t base = tmps(doc ? 6 : 5);
        b.emit(Op::Mov, {base, fnReg});
        auto argOrUndef = [&](uint32_t slot, uint32_t reg) {
            if (reg == UINT32_MAX) b.emit(Op::LoadUndef, {slot});
            else b.emit(Op::Mov, {slot, reg});
        };
        argOrUndef(base + 1, defaultsReg);
        argOrUndef(base + 2, kwReg);
        argOrUndef(base + 3, annReg);
        strTo(qn, base + 4);
        if (doc) strTo(*doc, base + 5);
        intrinsic(fnReg, Intrinsic::SetupFunction, base, doc ? 6 : 5);
    }
    for (size_t i = decorators.size(); i-- > 0;) {
        uint32_t base = tmps(2);
        b.emit(Op::LoadUndef, {base});  // no receiver (a native decorator would take it as self)
        b.emit(Op::Mov, {base + 1, fnReg});
        b.emit(Op::Call, {fnReg, decorators[i], base, 1, b.newCache()});
    }
    b.emit(Op::Mov, {dst, fnReg});
    release(m);
}

// ---------------------------------------------------------------------------------------------
// class

void FunctionCompiler::classDef(ast::ClassDef& c, uint32_t dst) {
    Scope* child = unit.symtable->scopeFor(&c);
    if (!child) fail("internal: no scope for class", c.pos);
    uint32_t m = mark();
    std::vector<uint32_t> decorators;
    for (ast::Expr* d : c.decorator_list) {
        uint32_t r = tmp();
        exprTo(*d, r);
        decorators.push_back(r);
    }
    // Arguments of BuildClass: body, name, qualname, bases, kwargs.
    uint32_t base = tmps(5);
    std::string qn = childQualname(c.name, false);
    auto fn = std::make_unique<ir::Function>();
    fn->name = c.name;
    fn->line = uint32_t(c.pos.lineno);
    fn->column = uint32_t(c.pos.col_offset + 1);
    fn->numParams = 1;
    fn->length = 1;
    fn->paramNames = {".namespace"};
    {
        FunctionCompiler cc(unit, *fn, child, this, Kind::Class);
        cc.qualname = qn;
        cc.compileClassBody(c);
    }
    uint32_t idx = addNested(std::move(fn));
    position(c.pos);
    b.emit(Op::MakeClosure, {base, idx});
    strTo(c.name, base + 1);
    strTo(qn, base + 2);
    // Bases: a tuple (a list first when some are starred).
    bool starred = false;
    for (ast::Expr* e : c.bases) if (e->kind == ast::ExprKind::Starred) starred = true;
    if (!starred) {
        uint32_t bb = tmps(uint32_t(c.bases.size()));
        for (size_t i = 0; i < c.bases.size(); i++) exprTo(*c.bases[i], bb + uint32_t(i));
        intrinsic(base + 3, Intrinsic::BuildTuple, bb, uint32_t(c.bases.size()));
    } else {
        ast::Tuple t(ast::ExprKind::Tuple);
        t.elts = c.bases;
        t.pos = c.pos;
        displayTo(t, base + 3);
    }
    if (c.keywords.empty()) {
        b.emit(Op::LoadUndef, {base + 4});
    } else {
        intrinsic(base + 4, Intrinsic::BuildDict, base + 4, 0);
        for (ast::Keyword* k : c.keywords) {
            uint32_t km = mark();
            uint32_t a = tmps(3);
            b.emit(Op::Mov, {a, base + 4});
            if (k->arg.empty()) {
                exprTo(*k->value, a + 1);
                intrinsic(a, Intrinsic::DictUpdate, a, 2);
            } else {
                strTo(k->arg, a + 1);
                exprTo(*k->value, a + 2);
                intrinsic(a, Intrinsic::DictSetItem, a, 3);
            }
            release(km);
        }
    }
    uint32_t cls = tmp();
    position(c.pos);
    intrinsic(cls, Intrinsic::BuildClass, base, 5);
    for (size_t i = decorators.size(); i-- > 0;) {
        uint32_t w = tmps(2);
        b.emit(Op::LoadUndef, {w});
        b.emit(Op::Mov, {w + 1, cls});
        b.emit(Op::Call, {cls, decorators[i], w, 1, b.newCache()});
    }
    b.emit(Op::Mov, {dst, cls});
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Comprehensions: a function of ".0" (the first iterable), called at once.

void FunctionCompiler::comprehension(ast::Expr& e, uint32_t dst) {
    Scope* child = unit.symtable->scopeFor(&e);
    if (!child) fail("internal: no scope for comprehension", e.pos);
    const std::vector<ast::Comprehension*>& gens = e.kind == ast::ExprKind::DictComp
                                                       ? e.as<ast::DictComp>()->generators
                                                       : e.as<ast::ListComp>()->generators;
    uint32_t m = mark();
    auto fn = std::make_unique<ir::Function>();
    const char* nm = e.kind == ast::ExprKind::ListComp ? "<listcomp>"
                   : e.kind == ast::ExprKind::SetComp ? "<setcomp>"
                   : e.kind == ast::ExprKind::DictComp ? "<dictcomp>" : "<genexpr>";
    fn->name = nm;
    fn->line = uint32_t(e.pos.lineno);
    fn->column = uint32_t(e.pos.col_offset + 1);
    fn->numParams = 1;
    fn->length = 1;
    fn->paramNames = {".0"};
    fn->isGenerator = e.kind == ast::ExprKind::GeneratorExp;
    fn->isAsync = child->isCoroutine;
    {
        FunctionCompiler c(unit, *fn, child, this, Kind::Function);
        c.qualname = childQualname(nm, true);
        c.compileComprehensionBody(e);
    }
    uint32_t idx = addNested(std::move(fn));
    uint32_t base = tmps(2);
    exprTo(*gens[0]->iter, base + 1);
    uint32_t fr = tmp();
    position(e.pos);
    b.emit(Op::MakeClosure, {fr, idx});
    b.emit(Op::Call, {dst, fr, base, 1, b.newCache()});
    // An asynchronous list/set/dict comprehension is a coroutine, awaited in place.
    if (child->isCoroutine && e.kind != ast::ExprKind::GeneratorExp) awaitTo(dst, dst);
    release(m);
}

void FunctionCompiler::compileComprehensionBody(ast::Expr& e) {
    prologue();
    const std::vector<ast::Comprehension*>& gens = e.kind == ast::ExprKind::DictComp
                                                       ? e.as<ast::DictComp>()->generators
                                                       : e.as<ast::ListComp>()->generators;
    uint32_t result = tmp();
    switch (e.kind) {
    case ast::ExprKind::ListComp: intrinsic(result, Intrinsic::BuildList, result, 0); break;
    case ast::ExprKind::SetComp: intrinsic(result, Intrinsic::BuildSet, result, 0); break;
    case ast::ExprKind::DictComp: intrinsic(result, Intrinsic::BuildDict, result, 0); break;
    default: b.emit(Op::LoadNull, {result}); break;
    }
    // Nested loops, innermost emits the element.
    std::function<void(size_t)> loop = [&](size_t i) {
        ast::Comprehension* g = gens[i];
        uint32_t m = mark();
        uint32_t it = tmp();
        uint32_t v = tmp();
        position(g->pos.lineno ? g->pos : e.pos);
        Op getIter = g->is_async ? Op::GetAsyncIterator : Op::GetIterator;
        if (i == 0) b.emit(getIter, {it, 0});
        else {
            uint32_t src = exprAny(*g->iter);
            b.emit(getIter, {it, src});
        }
        Label top, done;
        b.bind(top);
        b.emit(Op::LoopHeader);
        if (g->is_async) asyncIteratorNext(v, it, done);
        else b.emitJump(Op::IteratorNext, {v, it}, done);
        assignTo(*g->target, v);
        for (ast::Expr* cond : g->ifs) conditionalJump(*cond, top, false);
        if (i + 1 < gens.size()) {
            loop(i + 1);
        } else {
            uint32_t em = mark();
            switch (e.kind) {
            case ast::ExprKind::ListComp:
            case ast::ExprKind::SetComp: {
                uint32_t a = tmps(2);
                b.emit(Op::Mov, {a, result});
                exprTo(*e.as<ast::ListComp>()->elt, a + 1);
                intrinsic(a, e.kind == ast::ExprKind::ListComp ? Intrinsic::ListAppend : Intrinsic::SetAdd, a, 2);
                break;
            }
            case ast::ExprKind::DictComp: {
                uint32_t a = tmps(3);
                b.emit(Op::Mov, {a, result});
                exprTo(*e.as<ast::DictComp>()->key, a + 1);
                exprTo(*e.as<ast::DictComp>()->value, a + 2);
                intrinsic(a, Intrinsic::DictSetItem, a, 3);
                break;
            }
            default: {
                uint32_t y = tmp();
                exprTo(*e.as<ast::ListComp>()->elt, y);
                yieldTo(y, y);
                break;
            }
            }
            release(em);
        }
        b.emitJump(Op::Jump, {}, top);
        b.bind(done);
        release(m);
    };
    loop(0);
    b.emit(Op::Return, {result});
}

// ---------------------------------------------------------------------------------------------
// Names

int FunctionCompiler::localRegister(const std::string& name) const {
    if (kind != Kind::Function) return -1;
    const Symbol* sym = symbolOf(mangle(name));
    if (!sym || sym->scope != SymbolScope::Local || sym->slot < 0) return -1;
    return sym->slot;
}

bool FunctionCompiler::cellLocation(const std::string& mangled, uint32_t& hops, uint32_t& slot) const {
    auto indexIn = [&](const Scope* s) -> int {
        auto it = std::find(s->cellvars.begin(), s->cellvars.end(), mangled);
        return it == s->cellvars.end() ? -1 : int(it - s->cellvars.begin());
    };
    int i = indexIn(scope);
    if (i >= 0) { hops = 0; slot = uint32_t(i); return true; }
    uint32_t h = scope->cellvars.empty() ? 0 : 1;
    for (const Scope* p = scope->parent; p && p->type != Scope::Type::Module; p = p->parent) {
        i = indexIn(p);
        if (i >= 0) { hops = h; slot = uint32_t(i); return true; }
        if (!p->cellvars.empty()) h++;
    }
    return false;
}

void FunctionCompiler::nameLoad(const std::string& name, uint32_t dst) {
    std::string mn = mangle(name);
    const Symbol* sym = symbolOf(mn);
    SymbolScope sc = sym ? sym->scope : SymbolScope::GlobalImplicit;
    if (mn == "__class__" && kind != Kind::Module) {
        uint32_t hops, slot;
        if (cellLocation(mn, hops, slot)) sc = SymbolScope::Free;
    }
    if (kind == Kind::Module || sc == SymbolScope::GlobalExplicit ||
        (kind == Kind::Function && sc == SymbolScope::GlobalImplicit)) {
        b.emit(Op::GetGlobal, {dst, nameConst(mn), b.newCache()});
        return;
    }
    if (kind == Kind::Function && sc == SymbolScope::Local && sym->slot >= 0) {
        uint32_t r = uint32_t(sym->slot);
        if (!(sym->flags & DefParam)) b.emit(Op::CheckInit, {r, nameConst(mn)});
        if (r != dst) b.emit(Op::Mov, {dst, r});
        return;
    }
    if (kind == Kind::Class && (sc == SymbolScope::Local || sc == SymbolScope::GlobalImplicit ||
                                (sc == SymbolScope::Free && mn != "__class__"))) {
        // The namespace first, then globals/builtins (LOAD_NAME) or the enclosing cell (LOAD_CLASSDEREF).
        uint32_t m = mark();
        uint32_t a = tmps(2);
        b.emit(Op::Mov, {a, nsReg});
        b.emit(Op::LoadK, {a + 1, b.constPyString(utf8ToU32(mn))});
        intrinsic(dst, Intrinsic::NsGet, a, 2);
        Label done;
        b.emitJump(Op::JumpIfNotUndefined, {dst}, done);
        uint32_t hops, slot;
        if (sc == SymbolScope::Free && cellLocation(mn, hops, slot))
            b.emit(Op::GetEnvChecked, {dst, hops, slot, nameConst(mn)});
        else
            b.emit(Op::GetGlobal, {dst, nameConst(mn), b.newCache()});
        b.bind(done);
        release(m);
        return;
    }
    uint32_t hops, slot;
    if (cellLocation(mn, hops, slot)) {
        b.emit(Op::GetEnvChecked, {dst, hops, slot, nameConst(mn)});
        return;
    }
    b.emit(Op::GetGlobal, {dst, nameConst(mn), b.newCache()});
}

void FunctionCompiler::nameStore(const std::string& name, uint32_t src) {
    std::string mn = mangle(name);
    const Symbol* sym = symbolOf(mn);
    SymbolScope sc = sym ? sym->scope : SymbolScope::GlobalImplicit;
    if (kind == Kind::Module || sc == SymbolScope::GlobalExplicit ||
        (kind == Kind::Function && sc == SymbolScope::GlobalImplicit)) {
        b.emit(Op::SetGlobal, {nameConst(mn), src, b.newCache()});
        return;
    }
    if (kind == Kind::Function && sc == SymbolScope::Local && sym->slot >= 0) {
        if (uint32_t(sym->slot) != src) b.emit(Op::Mov, {uint32_t(sym->slot), src});
        return;
    }
    if (kind == Kind::Class && (sc == SymbolScope::Local || sc == SymbolScope::GlobalImplicit)) {
        uint32_t m = mark();
        uint32_t a = tmps(3);
        b.emit(Op::Mov, {a, nsReg});
        b.emit(Op::LoadK, {a + 1, b.constPyString(utf8ToU32(mn))});
        b.emit(Op::Mov, {a + 2, src});
        intrinsic(a, Intrinsic::NsSet, a, 3);
        release(m);
        return;
    }
    uint32_t hops, slot;
    if (cellLocation(mn, hops, slot)) {
        b.emit(Op::SetEnv, {hops, slot, src});
        return;
    }
    b.emit(Op::SetGlobal, {nameConst(mn), src, b.newCache()});
}

void FunctionCompiler::nameDelete(const std::string& name) {
    std::string mn = mangle(name);
    const Symbol* sym = symbolOf(mn);
    SymbolScope sc = sym ? sym->scope : SymbolScope::GlobalImplicit;
    uint32_t m = mark();
    if (kind == Kind::Module || sc == SymbolScope::GlobalExplicit ||
        (kind == Kind::Function && sc == SymbolScope::GlobalImplicit)) {
        uint32_t a = tmp();
        b.emit(Op::LoadK, {a, b.constPyString(utf8ToU32(mn))});
        intrinsic(a, Intrinsic::DeleteGlobal, a, 1);
    } else if (kind == Kind::Function && sc == SymbolScope::Local && sym->slot >= 0) {
        uint32_t r = uint32_t(sym->slot);
        b.emit(Op::CheckInit, {r, nameConst(mn)});
        b.emit(Op::LoadUninit, {r});
    } else if (kind == Kind::Class && (sc == SymbolScope::Local || sc == SymbolScope::GlobalImplicit)) {
        uint32_t a = tmps(2);
        b.emit(Op::Mov, {a, nsReg});
        b.emit(Op::LoadK, {a + 1, b.constPyString(utf8ToU32(mn))});
        intrinsic(a, Intrinsic::NsDelete, a, 2);
    } else {
        uint32_t hops, slot;
        if (!cellLocation(mn, hops, slot)) fail("internal: cannot resolve '" + mn + "'", {});
        uint32_t t = tmp();
        b.emit(Op::GetEnvChecked, {t, hops, slot, nameConst(mn)});
        b.emit(Op::LoadUninit, {t});
        b.emit(Op::SetEnv, {hops, slot, t});
    }
    release(m);
}

// ---------------------------------------------------------------------------------------------
// Text helpers

std::u32string utf8ToU32(const std::string& s) {
    std::u32string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        char32_t cp;
        size_t n;
        if (c < 0x80) { cp = c; n = 1; }
        else if ((c >> 5) == 6) { cp = c & 0x1F; n = 2; }
        else if ((c >> 4) == 14) { cp = c & 0x0F; n = 3; }
        else if ((c >> 3) == 30) { cp = c & 0x07; n = 4; }
        else { out.push_back(0xFFFD); i++; continue; }
        if (i + n > s.size()) { out.push_back(0xFFFD); break; }
        for (size_t k = 1; k < n; k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

std::u16string utf8ToU16(const std::string& s) {
    std::u16string out;
    out.reserve(s.size());
    for (char32_t cp : utf8ToU32(s)) {
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out.push_back(char16_t(0xD800 + (cp >> 10)));
            out.push_back(char16_t(0xDC00 + (cp & 0x3FF)));
        } else {
            out.push_back(char16_t(cp));
        }
    }
    return out;
}

std::string digitsToDecimal(const std::string& digits, int base) {
    if (base == 10) {
        size_t i = 0;
        while (i + 1 < digits.size() && digits[i] == '0') i++;
        return digits.substr(i);
    }
    std::vector<uint32_t> limbs{0};  // little-endian base 10^9
    for (char c : digits) {
        unsigned d = (c >= '0' && c <= '9') ? unsigned(c - '0') : unsigned((c | 0x20) - 'a' + 10);
        uint64_t carry = d;
        for (auto& l : limbs) {
            uint64_t v = uint64_t(l) * unsigned(base) + carry;
            l = uint32_t(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) { limbs.push_back(uint32_t(carry % 1000000000u)); carry /= 1000000000u; }
    }
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        std::string part = std::to_string(limbs[i]);
        out += std::string(9 - part.size(), '0') + part;
    }
    return out;
}

}  // namespace compiler

// ---------------------------------------------------------------------------------------------
// Entry points

std::unique_ptr<ir::Function> compileModule(ast::Module& module, const CompileOptions& options) {
    SymbolTable st = buildSymbolTable(module, options.source);
    compiler::Unit unit;
    unit.options = options;
    unit.symtable = &st;
    unit.mode = module.mode == ast::ParseMode::Eval ? CompileMode::Eval
              : module.mode == ast::ParseMode::Single ? CompileMode::Single : CompileMode::Exec;
    unit.source16 = std::make_shared<const std::u16string>(compiler::utf8ToU16(options.source));
    auto fn = std::make_unique<ir::Function>();
    {
        compiler::FunctionCompiler fc(unit, *fn, st.module(), nullptr, compiler::FunctionCompiler::Kind::Module);
        fc.compileModuleBody(module);
    }
    ir::eliminateInitChecks(*fn);
    std::string problem = ir::verify(*fn);
    if (!problem.empty()) {
        SyntaxErrorInfo e;
        e.type = "SystemError";
        e.message = "internal compiler error: " + problem;
        throw e;
    }
    return fn;
}

std::unique_ptr<ir::Function> compileSource(const std::string& source, const std::string& fileName,
                                            CompileMode mode) {
    ParseOptions po;
    po.filename = fileName;
    po.mode = mode == CompileMode::Eval ? ast::ParseMode::Eval
            : mode == CompileMode::Single ? ast::ParseMode::Single : ast::ParseMode::File;
    std::string text = source;
    if (mode == CompileMode::Eval) {
        size_t i = text.find_first_not_of(" \t");
        text = i == std::string::npos ? std::string() : text.substr(i);
    }
    std::unique_ptr<ast::Module> module = parse(text, po);
    CompileOptions co;
    co.fileName = fileName;
    co.source = text;
    return compileModule(*module, co);
}

}  // namespace py
