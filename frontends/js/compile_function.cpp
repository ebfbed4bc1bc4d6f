// frontends/js/compile_function.cpp — one function's frame: metadata, the local-slot ->
// register map, the prologue (environment, hidden this/new.target/home/arguments/own-name
// bindings, parameters with defaults/destructuring/rest, hoisted functions, TDZ) and the body;
// the top level of scripts, CommonJS modules and eval code.
#include <algorithm>
#include <set>

#include "frontends/js/compiler_impl.h"

namespace js::compiler {

using ir::Op;
using Label = ir::Builder::Label;

uint32_t Unit::toUtf16Offset(uint32_t byteOffset) const {
    if (offsetMap.empty()) return byteOffset;
    if (byteOffset >= offsetMap.size()) return offsetMap.back();
    return offsetMap[byteOffset];
}

FunctionCompiler::FunctionCompiler(Unit& u, ir::Function& out, FunctionNode* node, FunctionCompiler* par)
    : unit(u), f(out), b(out), fn(node), parent(par) {
    classStack = parent ? parent->classStack : &ownClassStack;
    f.language = ir::Language::JavaScript;
    f.fileName = unit.options.fileName;
    f.source = unit.source16;
}

uint32_t FunctionCompiler::addNested(std::unique_ptr<ir::Function> nested) {
    f.functions.push_back(std::move(nested));
    return uint32_t(f.functions.size() - 1);
}

uint32_t FunctionCompiler::compileNested(FunctionNode& node) {
    auto out = std::make_unique<ir::Function>();
    FunctionCompiler c(unit, *out, &node, this);
    c.compileFunctionBody();
    return addNested(std::move(out));
}

namespace {

// Registers: simple parameters that stay local live in their parameter register; every other
// local slot gets a register after the parameters.
void mapLocals(FunctionCompiler& c, FunctionNode& node, uint32_t numParams,
               const std::vector<Expr*>& params) {
    std::vector<int32_t> map(size_t(std::max(node.numLocals, 0)), -1);
    for (uint32_t j = 0; j < params.size(); j++) {
        Expr* p = params[j];
        if (p && p->kind == NodeKind::Identifier) {
            auto& id = p->as<Identifier>();
            Binding* bd = node.scope ? node.scope->find(id.name) : nullptr;
            if (bd && !bd->captured && bd->slot >= 0 && size_t(bd->slot) < map.size()) map[size_t(bd->slot)] = int32_t(j);
        }
    }
    uint32_t next = numParams;
    c.localRegs.resize(map.size());
    for (size_t i = 0; i < map.size(); i++) c.localRegs[i] = map[i] >= 0 ? uint32_t(map[i]) : next++;
    c.localsEnd_ = next;
    c.b.reserveRegs(next);
}

void setSourceRange(FunctionCompiler& c, uint32_t start, uint32_t end) {
    c.f.sourceStart = c.unit.toUtf16Offset(start);
    c.f.sourceEnd = c.unit.toUtf16Offset(end);
}

}  // namespace

// Fills the function's hidden bindings at entry (the function scope's env is already pushed).
static void initHiddenBindings(FunctionCompiler& c, FunctionNode& node) {
    Scope* scope = node.scope;
    if (!scope) return;
    uint32_t m = c.mark();
    uint32_t t = c.tmp();
    if (scope->thisBinding) {
        if (node.kind == FunctionKind::DerivedConstructor) c.b.emit(Op::LoadUninit, {t});
        else c.b.emit(Op::LoadThis, {t});
        c.declarationStore(scope->thisBinding, t);
    }
    if (scope->newTargetBinding) {
        c.b.emit(Op::LoadNewTarget, {t});
        c.declarationStore(scope->newTargetBinding, t);
    }
    if (scope->calleeBinding) {
        c.b.emit(Op::LoadCallee, {t});
        c.declarationStore(scope->calleeBinding, t);
    }
    if (scope->homeObjectBinding) {
        c.b.emit(Op::LoadHomeObject, {t});
        c.declarationStore(scope->homeObjectBinding, t);
    }
    if (scope->argumentsBinding && !node.isArrow && !c.strict && node.hasSimpleParams && !node.params.empty()) {
        // Sloppy mode, simple parameters: arguments[j] aliases parameter j (scope analysis put the
        // parameters in the environment). A repeated name maps only its last occurrence.
        auto slots = std::make_shared<ir::ConstantList>();
        for (size_t j = 0; j < node.params.size(); j++) {
            const std::string& name = node.params[j]->as<Identifier>().name;
            bool last = true;
            for (size_t k = j + 1; k < node.params.size(); k++)
                if (node.params[k]->as<Identifier>().name == name) last = false;
            Binding* bd = scope->find(name);
            slots->items.push_back(double(last && bd && bd->captured ? bd->slot : -1));
        }
        c.b.emit(Op::LoadMappedArguments, {t, c.b.constOther(std::move(slots))});
        c.declarationStore(scope->argumentsBinding, t);
    } else if (scope->argumentsBinding && !node.isArrow) {
        c.b.emit(Op::LoadArguments, {t});
        c.declarationStore(scope->argumentsBinding, t);
    }
    if (scope->functionNameBinding) {
        c.b.emit(Op::LoadCallee, {t});
        c.declarationStore(scope->functionNameBinding, t);
    }
    c.release(m);
}

// Records which parameter (index) declares each binding of a parameter pattern.
void FunctionCompiler::collectParamBindings(Expr& target, int index) {
    switch (target.kind) {
    case NodeKind::Identifier:
        if (Binding* bd = fn->scope->find(target.as<Identifier>().name)) paramIndexOf.push_back({bd, index});
        return;
    case NodeKind::AssignPattern: collectParamBindings(*target.as<AssignPattern>().target, index); return;
    case NodeKind::ArrayPattern:
        for (auto& e : target.as<ArrayPattern>().elements)
            if (e) collectParamBindings(*e, index);
        if (target.as<ArrayPattern>().rest) collectParamBindings(*target.as<ArrayPattern>().rest, index);
        return;
    case NodeKind::ObjectPattern:
        for (auto& p : target.as<ObjectPattern>().properties) collectParamBindings(*p.value, index);
        if (target.as<ObjectPattern>().rest) collectParamBindings(*target.as<ObjectPattern>().rest, index);
        return;
    default: return;
    }
}

void FunctionCompiler::compileFunctionBody() {
    FunctionNode& n = *fn;
    strict = n.isStrict;
    f.name = n.name;
    f.strict = n.isStrict;
    f.isArrow = n.isArrow;
    f.isGenerator = n.isGenerator;
    f.isAsync = n.isAsync;
    f.isMethod = n.kind == FunctionKind::Method || n.kind == FunctionKind::Getter ||
                 n.kind == FunctionKind::Setter || n.kind == FunctionKind::FieldInitializer ||
                 n.kind == FunctionKind::StaticBlock;
    f.isClassConstructor = n.kind == FunctionKind::ClassConstructor || n.kind == FunctionKind::DerivedConstructor;
    f.isDerivedConstructor = n.kind == FunctionKind::DerivedConstructor;
    f.isGetter = n.kind == FunctionKind::Getter;
    f.isSetter = n.kind == FunctionKind::Setter;
    f.needsArguments = n.usesArguments;
    f.hasSimpleParams = n.hasSimpleParams;
    f.length = uint32_t(std::max(n.paramCountForLength, 0));
    f.numParams = uint32_t(n.params.size());
    f.line = uint32_t(std::max(n.pos.line, 0));
    f.column = uint32_t(std::max(n.pos.column, 0));
    setSourceRange(*this, n.srcStart, n.srcEnd);
    std::vector<Expr*> params;
    for (auto& p : n.params) {
        params.push_back(p.get());
        f.paramNames.push_back(p->kind == NodeKind::Identifier ? p->as<Identifier>().name : std::string());
    }
    mapLocals(*this, n, f.numParams, params);
    position(n.pos);
    // `this` is loaded once (it cannot change, except in derived constructors before super()).
    if (n.usesThis && !n.isArrow && n.kind != FunctionKind::DerivedConstructor) {
        thisReg = int32_t(localsEnd_++);
        b.reserveRegs(localsEnd_);
        b.emit(Op::LoadThis, {uint32_t(thisReg)});
    }

    scopeStack.push_back(n.scope);
    bool pushed = false;
    if (n.scope && n.scope->needsEnv) {
        pushEnv(n.scope);
        pushed = true;
    }
    initHiddenBindings(*this, n);
    if (n.scope) initLexicalTdz(n.scope);

    // Parameters: defaults, patterns, captured simple params, rest.
    if (!n.hasSimpleParams && n.scope) {
        for (uint32_t j = 0; j < params.size(); j++) collectParamBindings(*params[j], int(j));
        if (n.rest) collectParamBindings(*n.rest, int(params.size()));
    }
    for (uint32_t j = 0; j < params.size(); j++) {
        Expr* target = params[j];
        currentParam = paramIndexOf.empty() ? -1 : int(j);
        currentParamSelf = nullptr;
        if (target->kind == NodeKind::AssignPattern) {
            auto& ap = target->as<AssignPattern>();
            if (ap.target->kind == NodeKind::Identifier && n.scope)
                currentParamSelf = n.scope->find(ap.target->as<Identifier>().name);
            Label skip;
            b.emitJump(Op::JumpIfNotUndefined, {j}, skip);
            exprTo(*ap.defaultValue, j);
            b.bind(skip);
            target = ap.target.get();
        }
        if (target->kind == NodeKind::Identifier) {
            auto& id = target->as<Identifier>();
            if (id.res.kind == RefKind::Local && localReg(id.res.slot) == j) continue;
            Resolution r = id.res;
            r.isConstAssign = false;
            r.needsTdzCheck = false;
            resolutionStore(r, id.name, j, true);
        } else {
            bindPattern(*target, j, true);
        }
    }
    if (n.rest) {
        currentParam = paramIndexOf.empty() ? -1 : int(params.size());
        uint32_t m = mark();
        uint32_t t = tmp();
        b.emit(Op::LoadRest, {t, f.numParams});
        bindPattern(*n.rest, t, true);
        release(m);
    }
    currentParam = -1;
    std::vector<FunctionDecl*> decls;
    collectFunctionDecls(n.body, decls);
    if (!decls.empty()) hoistFunctions(decls, n.scope);

    if (n.kind == FunctionKind::DerivedConstructor || n.kind == FunctionKind::ClassConstructor) {
        // Instance fields are initialised by the runtime (Closure::fieldInit, see SetFieldInit).
    }
    stmtList(n.body);
    // Falling off the end.
    if (pushed) {
        // The frame is discarded on return; no PopEnv needed.
    }
    if (n.kind == FunctionKind::DerivedConstructor) {
        adoptCapturedThis();
        b.emit(Op::CheckThisInitialized);
    }
    b.emit(Op::ReturnUndef);
}

namespace {

// Script top level: names declared by var (anywhere outside nested functions) and by top-level
// function/let/const/class declarations become properties / lexical bindings of the global.
struct GlobalNames {
    std::vector<std::string> vars, functions, lexicals;
    std::set<std::string> seen;
    void add(std::vector<std::string>& v, const std::string& n) {
        if (seen.insert(n).second) v.push_back(n);
    }
    void pattern(Expr* p, std::vector<std::string>& into) {
        std::vector<const Identifier*> ids;
        collectBoundNames(p, ids);
        for (const Identifier* id : ids) add(into, id->name);
    }
    void varDecl(Stmt* s, bool topLevel) {
        auto& d = s->as<VarDecl>();
        if (d.declKind == DeclKind::Var) {
            for (auto& x : d.declarations) pattern(x.target.get(), vars);
        } else if (topLevel) {
            for (auto& x : d.declarations) pattern(x.target.get(), lexicals);
        }
    }
    void stmt(Stmt* s, bool topLevel) {
        if (!s) return;
        switch (s->kind) {
        case NodeKind::VarDecl: varDecl(s, topLevel); return;
        case NodeKind::FunctionDecl:
            if (topLevel) add(functions, s->as<FunctionDecl>().fn->id->name);
            return;
        case NodeKind::ClassDecl:
            if (topLevel) add(lexicals, s->as<ClassDecl>().cls->id->name);
            return;
        case NodeKind::If:
            stmt(s->as<IfStmt>().consequent.get(), false);
            stmt(s->as<IfStmt>().alternate.get(), false);
            return;
        case NodeKind::Block:
            for (auto& x : s->as<BlockStmt>().body) stmt(x.get(), false);
            return;
        case NodeKind::For: {
            auto& f = s->as<ForStmt>();
            if (f.init && f.init->kind == NodeKind::VarDecl) varDecl(f.init.get(), false);
            stmt(f.body.get(), false);
            return;
        }
        case NodeKind::ForIn:
        case NodeKind::ForOf: {
            auto& f = s->as<ForInOfStmt>();
            if (f.leftDecl) varDecl(f.leftDecl.get(), false);
            stmt(f.body.get(), false);
            return;
        }
        case NodeKind::While: stmt(s->as<WhileStmt>().body.get(), false); return;
        case NodeKind::DoWhile: stmt(s->as<DoWhileStmt>().body.get(), false); return;
        case NodeKind::Try: {
            auto& t = s->as<TryStmt>();
            stmt(t.block.get(), false);
            if (t.handler) stmt(t.handler->body.get(), false);
            stmt(t.finalizer.get(), false);
            return;
        }
        case NodeKind::Switch:
            for (auto& c : s->as<SwitchStmt>().cases)
                for (auto& x : c.body) stmt(x.get(), false);
            return;
        case NodeKind::Labeled: stmt(s->as<LabeledStmt>().body.get(), topLevel); return;
        case NodeKind::With: stmt(s->as<WithStmt>().body.get(), false); return;
        default: return;
        }
    }
};

}  // namespace

void FunctionCompiler::compileTopLevel(Program& program) {
    FunctionNode& n = *program.topLevel;
    isTopLevel = true;
    strict = program.isStrict;
    f.name = unit.isModule ? "" : "";
    f.strict = strict;
    f.isScript = !unit.isModule;
    f.line = 1;
    f.column = 1;
    if (unit.source16) {
        f.sourceStart = 0;
        f.sourceEnd = uint32_t(unit.source16->size());
    }
    std::vector<Expr*> params;
    std::vector<std::unique_ptr<Identifier>> moduleParams;
    if (unit.isModule) {
        for (const char* p : {"exports", "require", "module", "__filename", "__dirname"}) {
            f.paramNames.push_back(p);
            auto id = std::make_unique<Identifier>(SourcePos{}, p);
            params.push_back(id.get());
            moduleParams.push_back(std::move(id));
        }
        f.numParams = 5;
        f.length = 5;
    }
    mapLocals(*this, n, f.numParams, params);
    b.setPosition(1, 1);
    scopeStack.push_back(n.scope);
    if (n.scope && n.scope->needsEnv) pushEnv(n.scope);
    initHiddenBindings(*this, n);
    if (n.scope) initLexicalTdz(n.scope);
    if (unit.isModule && n.scope) {
        for (uint32_t j = 0; j < 5; j++) {
            Binding* bd = n.scope->find(f.paramNames[j]);
            if (bd && bd->captured) b.emit(Op::InitEnv, {0, uint32_t(bd->slot), j});
        }
    }
    if (!unit.isModule && !unit.isEval) {
        GlobalNames names;
        for (auto& s : program.body) names.stmt(s.get(), true);
        for (auto& v : names.functions) b.emit(Op::DeclareGlobal, {nameConst(v), 1});
        for (auto& v : names.vars) b.emit(Op::DeclareGlobal, {nameConst(v), 0});
        for (auto& v : names.lexicals) b.emit(Op::DeclareGlobal, {nameConst(v), 2});
    } else if (unit.isEval && !strict) {
        // Sloppy eval code: its top-level vars and functions belong to the caller's var scope.
        GlobalNames names;
        for (auto& s : program.body) names.stmt(s.get(), true);
        for (auto& v : names.functions) b.emit(Op::DeclareEvalVar, {nameConst(v), 1});
        for (auto& v : names.vars) b.emit(Op::DeclareEvalVar, {nameConst(v), 0});
    }
    std::vector<FunctionDecl*> decls;
    collectFunctionDecls(program.body, decls);
    if (!decls.empty()) hoistFunctions(decls, n.scope);
    if (!unit.isModule) {
        completionReg = int32_t(tmp());
        b.emit(Op::LoadUndef, {uint32_t(completionReg)});
    }
    stmtList(program.body);
    if (completionReg >= 0) b.emit(Op::Return, {uint32_t(completionReg)});
    else b.emit(Op::ReturnUndef);
}

std::string FunctionCompiler::privateKey(const std::string& name, const SourcePos& pos) {
    for (auto it = classStack->rbegin(); it != classStack->rend(); ++it) {
        if (std::find(it->privateNames.begin(), it->privateNames.end(), name) != it->privateNames.end())
            return name + "@" + std::to_string(it->site);
    }
    fail("Private field '" + name + "' must be declared in an enclosing class", pos);
}

}  // namespace js::compiler
