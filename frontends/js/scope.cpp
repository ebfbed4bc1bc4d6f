// frontends/js/scope.cpp — the scope analysis described in scope.h, in four steps:
//   1. declare: build the Scope tree, declare every binding (var hoisting, block functions),
//      note direct eval / with;
//   2. resolve: walk again in evaluation order, resolve every reference to a binding (or
//      global/dynamic), note captures and references that may precede initialization;
//   3. allocate: captured bindings get env slots, the others local slots;
//   4. finish: write Resolution records into the AST.
#include "frontends/js/scope.h"
#include <algorithm>

namespace js {

const char* bindingKindName(BindingKind k) {
    switch (k) {
    case BindingKind::Var: return "var";
    case BindingKind::Let: return "let";
    case BindingKind::Const: return "const";
    case BindingKind::Function: return "function";
    case BindingKind::Param: return "param";
    case BindingKind::Class: return "class";
    case BindingKind::CatchParam: return "catch";
    case BindingKind::FunctionName: return "function-name";
    case BindingKind::ClassInnerName: return "class-name";
    case BindingKind::Arguments: return "arguments";
    case BindingKind::This: return "this";
    case BindingKind::NewTarget: return "new.target";
    case BindingKind::HomeObject: return "home-object";
    case BindingKind::Callee: return "callee";
    }
    return "?";
}

std::string describeScopeBrief(const Scope& s) {
    static const char* kinds[] = {"function", "block", "catch", "for", "class", "with"};
    std::string out = kinds[int(s.kind)];
    if (s.isSwitch) out += "(switch)";
    if (s.needsEnv) out += " env[" + std::to_string(s.envSlotCount) + "]";
    if (s.perIterationCopy) out += " per-iteration";
    if (s.hasSloppyDirectEval) out += " sloppy-eval";
    out += ":";
    bool first = true;
    for (auto& b : s.bindings) {
        out += first ? " " : ", ";
        first = false;
        out += b->name + "(" + bindingKindName(b->kind) + (b->captured ? " env " : " local ") + std::to_string(b->slot) +
               (b->needsTdz ? " tdz" : "") + ")";
    }
    return out;
}

namespace {

// `l: function f() {}` (sloppy) declares f like a plain function declaration.
const Stmt* unwrapLabels(const Stmt* s) {
    while (s->kind == NodeKind::Labeled) s = s->as<LabeledStmt>().body.get();
    return s;
}

bool isLexicalDeclaration(const Stmt& stmt) {
    const Stmt& s = *unwrapLabels(&stmt);
    if (s.kind == NodeKind::VarDecl) return s.as<VarDecl>().declKind != DeclKind::Var;
    return s.kind == NodeKind::ClassDecl || s.kind == NodeKind::FunctionDecl;
}

bool listHasLexical(const StmtList& list) {
    for (auto& s : list)
        if (isLexicalDeclaration(*s)) return true;
    return false;
}

struct PendingRef {
    Resolution* res;
    Binding* binding;  // nullptr: global or dynamic
    Scope* from;
    bool dynamic;
    bool crossedFunction;
    bool write;
    bool init;
    bool beforeInit;
};

class Analyzer {
public:
    Analyzer(Program& prog, const ScopeOptions& opts, ScopeTree& tree) : prog_(prog), opts_(opts), tree_(tree) {}

    void run();

private:
    enum class Pass { Declare, Resolve };
    Pass pass_ = Pass::Declare;
    Program& prog_;
    ScopeOptions opts_;
    ScopeTree& tree_;

    Scope* cur_ = nullptr;                 // innermost scope
    std::vector<FunctionNode*> fnStack_;   // enclosing functions, innermost last
    std::vector<PendingRef> refs_;
    std::vector<std::pair<FunctionDecl*, Scope*>> blockFunctions_;  // sloppy Annex B candidates
    std::unordered_map<const Binding*, bool> initialized_;
    std::vector<Scope*> evalOrWithSites_;
    // Function scopes whose parameter list encloses the code being resolved: there, only
    // parameters (and implicit bindings) are visible, not the body's declarations.
    std::vector<Scope*> paramPhase_;
    bool inParamPhase(Scope* s) const {
        for (Scope* p : paramPhase_)
            if (p == s) return true;
        return false;
    }
    static bool visibleFromParams(const Binding& b) {
        return b.kind == BindingKind::Param || b.kind == BindingKind::Arguments || b.kind == BindingKind::This ||
               b.kind == BindingKind::NewTarget || b.kind == BindingKind::HomeObject || b.kind == BindingKind::Callee ||
               b.kind == BindingKind::FunctionName;
    }

    FunctionNode* fn() { return fnStack_.back(); }
    Scope* fnScope() { return fn()->scope; }

    Scope* newScope(ScopeKind kind) {
        auto s = std::make_unique<Scope>();
        s->kind = kind;
        s->parent = cur_;
        s->function = fnStack_.empty() ? nullptr : fn();
        s->isStrict = fnStack_.empty() ? prog_.isStrict : fn()->isStrict;
        if (cur_) cur_->children.push_back(s.get());
        Scope* raw = s.get();
        tree_.scopes.push_back(std::move(s));
        return raw;
    }

    Binding* declare(Scope* s, const std::string& name, BindingKind kind, SourcePos pos) {
        if (Binding* b = s->find(name)) {
            // var/function redeclarations share one binding; a function declaration wins the kind
            if (kind == BindingKind::Function && b->kind == BindingKind::Var) b->kind = BindingKind::Function;
            return b;
        }
        auto b = std::make_unique<Binding>();
        b->name = name;
        b->kind = kind;
        b->scope = s;
        b->pos = pos;
        Binding* raw = b.get();
        s->byName[name] = raw;
        s->bindings.push_back(std::move(b));
        return raw;
    }

    // Which scope receives a var / top-level function declaration (nullptr: global/dynamic).
    Scope* varScope() {
        bool isTop = fnStack_.size() == 1;
        if (isTop && !opts_.commonJs && !opts_.evalCode) return nullptr;
        if (isTop && opts_.evalCode && !prog_.isStrict) return nullptr;
        return fnScope();
    }
    bool lexicalIsGlobal() { return cur_ == tree_.root() && !opts_.commonJs && !opts_.evalCode; }

    // --- traversal shared by both passes ---
    void stmts(StmtList& list);
    void stmt(Stmt* s);
    void expr(Expr* e);
    void exprs(std::vector<ExprPtr>& v) {
        for (auto& e : v)
            if (e) expr(e.get());
    }
    void function(FunctionNode& f, bool isDeclaration);
    void cls(ClassNode& c, bool isDeclaration);
    void key(PropertyKey& k) {
        if (k.kind == PropertyKey::Kind::Computed) expr(k.expr.get());
    }
    enum class PatMode { Var, Let, Const, Param, Catch, Assign };
    void pattern(Expr* p, PatMode mode);
    void hoistFunctionsIn(StmtList& list, bool blockLevel);

    // --- resolution ---
    void reference(Identifier& id, bool write, bool init);
    Binding* lookup(const std::string& name, Scope* from, bool& crossedFunction, bool& dynamic);
    FunctionNode* thisFunction();  // nearest non-arrow function
    Binding* hiddenBinding(BindingKind kind);
    // Active `for (let/const ... of/in RHS)` heads while resolving RHS: the enclosing scope and the
    // head's bound names.
    std::vector<std::pair<Scope*, std::vector<std::string>>> forHeadTdz_;
    static void patternNames(Expr* p, std::vector<std::string>& out) {
        std::vector<const Identifier*> ids;
        collectBoundNames(p, ids);
        for (const Identifier* id : ids) out.push_back(id->name);
    }
    void hiddenRef(Resolution& res, BindingKind kind);
    void markEvalOrWith();

    void allocate();
    void finish();
};

void Analyzer::run() {
    FunctionNode* top = prog_.topLevel.get();
    // pass 1: declarations
    pass_ = Pass::Declare;
    fnStack_.push_back(top);
    top->isStrict = prog_.isStrict;
    cur_ = nullptr;
    top->scope = newScope(ScopeKind::Function);
    cur_ = top->scope;
    if (opts_.commonJs && !opts_.evalCode) {
        for (const char* p : {"exports", "require", "module", "__filename", "__dirname"})
            declare(cur_, p, BindingKind::Param, {});
    }
    hoistFunctionsIn(prog_.body, false);
    stmts(prog_.body);
    // Annex B var bindings for sloppy block-level functions, now that all names are known.
    for (auto& [decl, blockScope] : blockFunctions_) {
        const std::string& name = decl->fn->id->name;
        Scope* target = blockScope->function ? blockScope->function->scope : nullptr;
        bool conflict = false;
        for (Scope* s = blockScope->parent; s && s != target; s = s->parent) {
            Binding* b = s->find(name);
            if (b && (b->isLexical() || b->kind == BindingKind::CatchParam)) conflict = true;
        }
        if (!target) continue;
        if (Binding* b = target->find(name)) {
            if (b->isLexical() || b->kind == BindingKind::Param) conflict = true;
        }
        if (conflict) continue;
        bool globalVar = target == tree_.root() && !opts_.commonJs;
        if (globalVar) {
            decl->annexBVarRes.kind = opts_.evalCode ? RefKind::Dynamic : RefKind::Global;
            continue;
        }
        Binding* b = declare(target, name, BindingKind::Var, decl->pos);
        refs_.push_back({&decl->annexBVarRes, b, blockScope, false, false, true, true, false});
    }
    fnStack_.pop_back();

    // pass 2: references
    pass_ = Pass::Resolve;
    fnStack_.push_back(top);
    cur_ = top->scope;
    stmts(prog_.body);
    fnStack_.pop_back();

    allocate();
    finish();
}

// Function declarations directly in `list` are bound at scope entry.
void Analyzer::hoistFunctionsIn(StmtList& list, bool blockLevel) {
    for (auto& stmt : list) {
        Stmt* s = const_cast<Stmt*>(unwrapLabels(stmt.get()));
        if (s->kind != NodeKind::FunctionDecl) continue;
        auto& decl = s->as<FunctionDecl>();
        const std::string& name = decl.fn->id->name;
        if (blockLevel) {
            declare(cur_, name, BindingKind::Let, decl.fn->id->pos)->kind = BindingKind::Function;
            if (!cur_->isStrict) blockFunctions_.push_back({&decl, cur_});
        } else if (Scope* vs = varScope()) {
            declare(vs, name, BindingKind::Function, decl.fn->id->pos);
        }
    }
}

void Analyzer::stmts(StmtList& list) {
    for (auto& s : list) stmt(s.get());
}

void Analyzer::stmt(Stmt* s) {
    switch (s->kind) {
    case NodeKind::ExprStmt: expr(s->as<ExprStmt>().expression.get()); return;
    case NodeKind::VarDecl: {
        auto& d = s->as<VarDecl>();
        PatMode mode = d.declKind == DeclKind::Var ? PatMode::Var : d.declKind == DeclKind::Let ? PatMode::Let : PatMode::Const;
        for (auto& dc : d.declarations) {
            if (pass_ == Pass::Declare) {
                pattern(dc.target.get(), mode);
                if (dc.init) expr(dc.init.get());
            } else {
                if (dc.init) expr(dc.init.get());
                // `let x;` initializes x to undefined; `var x;` does nothing.
                if (dc.init || mode != PatMode::Var) pattern(dc.target.get(), mode);
                else pattern(dc.target.get(), PatMode::Var);
            }
        }
        return;
    }
    case NodeKind::FunctionDecl: {
        auto& d = s->as<FunctionDecl>();
        if (pass_ == Pass::Resolve) reference(*d.fn->id, true, true);
        function(*d.fn, true);
        return;
    }
    case NodeKind::ClassDecl: {
        auto& c = *s->as<ClassDecl>().cls;
        if (pass_ == Pass::Declare) {
            if (lexicalIsGlobal()) {
            } else {
                declare(cur_, c.id->name, BindingKind::Class, c.id->pos);
            }
        }
        cls(c, true);
        if (pass_ == Pass::Resolve) reference(*c.id, true, true);
        return;
    }
    case NodeKind::Return:
        if (s->as<ReturnStmt>().argument) expr(s->as<ReturnStmt>().argument.get());
        return;
    case NodeKind::If: {
        auto& i = s->as<IfStmt>();
        expr(i.test.get());
        stmt(i.consequent.get());
        if (i.alternate) stmt(i.alternate.get());
        return;
    }
    case NodeKind::Block: {
        auto& b = s->as<BlockStmt>();
        Scope* saved = cur_;
        if (pass_ == Pass::Declare) {
            if (listHasLexical(b.body)) {
                b.scope = newScope(ScopeKind::Block);
                cur_ = b.scope;
                hoistFunctionsIn(b.body, true);
            }
        } else if (b.scope) {
            cur_ = b.scope;
        }
        stmts(b.body);
        cur_ = saved;
        return;
    }
    case NodeKind::Empty:
    case NodeKind::Debugger:
    case NodeKind::Break:
    case NodeKind::Continue: return;
    case NodeKind::For: {
        auto& f = s->as<ForStmt>();
        Scope* saved = cur_;
        bool lexicalHead = f.init && f.init->kind == NodeKind::VarDecl && f.init->as<VarDecl>().declKind != DeclKind::Var;
        if (pass_ == Pass::Declare) {
            if (lexicalHead) {
                f.scope = newScope(ScopeKind::For);
                cur_ = f.scope;
            }
        } else if (f.scope) {
            cur_ = f.scope;
        }
        if (f.init) stmt(f.init.get());
        if (f.test) expr(f.test.get());
        if (f.update) expr(f.update.get());
        stmt(f.body.get());
        cur_ = saved;
        return;
    }
    case NodeKind::ForIn:
    case NodeKind::ForOf: {
        auto& f = s->as<ForInOfStmt>();
        Scope* saved = cur_;
        bool lexicalHead = f.leftDecl && f.leftDecl->as<VarDecl>().declKind != DeclKind::Var;
        // The right-hand side is resolved outside the head scope, so the compiler evaluates it
        // before entering the per-iteration scope; the spec's TDZ scope for it (`for (let x of x)`
        // throws) is modelled by marking references to the head's names (headTdz).
        if (lexicalHead && pass_ == Pass::Resolve) {
            std::vector<std::string> names;
            for (auto& dc : f.leftDecl->as<VarDecl>().declarations) patternNames(dc.target.get(), names);
            forHeadTdz_.push_back({cur_, std::move(names)});
            expr(f.right.get());
            forHeadTdz_.pop_back();
        } else {
            expr(f.right.get());
        }
        if (pass_ == Pass::Declare) {
            if (lexicalHead) {
                f.scope = newScope(ScopeKind::For);
                cur_ = f.scope;
            }
        } else if (f.scope) {
            cur_ = f.scope;
        }
        if (f.leftDecl) {
            auto& d = f.leftDecl->as<VarDecl>();
            PatMode mode = d.declKind == DeclKind::Var ? PatMode::Var : d.declKind == DeclKind::Let ? PatMode::Let : PatMode::Const;
            for (auto& dc : d.declarations) {
                if (dc.init) expr(dc.init.get());
                pattern(dc.target.get(), mode);
            }
        } else {
            pattern(f.leftTarget.get(), PatMode::Assign);
        }
        stmt(f.body.get());
        cur_ = saved;
        return;
    }
    case NodeKind::While:
        expr(s->as<WhileStmt>().test.get());
        stmt(s->as<WhileStmt>().body.get());
        return;
    case NodeKind::DoWhile:
        stmt(s->as<DoWhileStmt>().body.get());
        expr(s->as<DoWhileStmt>().test.get());
        return;
    case NodeKind::Throw: expr(s->as<ThrowStmt>().argument.get()); return;
    case NodeKind::Try: {
        auto& t = s->as<TryStmt>();
        stmt(t.block.get());
        if (t.handler) {
            Scope* saved = cur_;
            auto& h = *t.handler;
            if (pass_ == Pass::Declare) {
                if (h.param) {
                    h.scope = newScope(ScopeKind::Catch);
                    cur_ = h.scope;
                }
            } else if (h.scope) {
                cur_ = h.scope;
            }
            if (h.param) pattern(h.param.get(), PatMode::Catch);
            stmt(h.body.get());
            cur_ = saved;
        }
        if (t.finalizer) stmt(t.finalizer.get());
        return;
    }
    case NodeKind::Switch: {
        auto& sw = s->as<SwitchStmt>();
        expr(sw.discriminant.get());
        Scope* saved = cur_;
        if (pass_ == Pass::Declare) {
            bool lex = false;
            for (auto& c : sw.cases) lex = lex || listHasLexical(c.body);
            if (lex) {
                sw.scope = newScope(ScopeKind::Block);
                sw.scope->isSwitch = true;
                cur_ = sw.scope;
                for (auto& c : sw.cases) hoistFunctionsIn(c.body, true);
            }
        } else if (sw.scope) {
            cur_ = sw.scope;
        }
        for (auto& c : sw.cases) {
            if (c.test) expr(c.test.get());
            stmts(c.body);
        }
        cur_ = saved;
        return;
    }
    case NodeKind::Labeled: stmt(s->as<LabeledStmt>().body.get()); return;
    case NodeKind::With: {
        auto& w = s->as<WithStmt>();
        expr(w.object.get());
        Scope* saved = cur_;
        if (pass_ == Pass::Declare) {
            w.scope = newScope(ScopeKind::With);
            fn()->containsWith = true;
            evalOrWithSites_.push_back(w.scope);
        }
        cur_ = w.scope;
        stmt(w.body.get());
        cur_ = saved;
        return;
    }
    default: return;
    }
}

void Analyzer::pattern(Expr* p, PatMode mode) {
    if (!p) return;
    switch (p->kind) {
    case NodeKind::Identifier: {
        auto& id = p->as<Identifier>();
        if (pass_ == Pass::Declare) {
            switch (mode) {
            case PatMode::Var:
                if (Scope* vs = varScope()) declare(vs, id.name, BindingKind::Var, id.pos);
                break;
            case PatMode::Let:
                if (!lexicalIsGlobal()) declare(cur_, id.name, BindingKind::Let, id.pos);
                break;
            case PatMode::Const:
                if (!lexicalIsGlobal()) declare(cur_, id.name, BindingKind::Const, id.pos);
                break;
            case PatMode::Param: declare(cur_, id.name, BindingKind::Param, id.pos); break;
            case PatMode::Catch: declare(cur_, id.name, BindingKind::CatchParam, id.pos); break;
            case PatMode::Assign: break;
            }
        } else {
            reference(id, true, mode != PatMode::Assign);
        }
        return;
    }
    case NodeKind::Member:
    case NodeKind::SuperMember:
    case NodeKind::OptionalChain: expr(p); return;
    case NodeKind::AssignPattern: {
        auto& a = p->as<AssignPattern>();
        expr(a.defaultValue.get());
        pattern(a.target.get(), mode);
        return;
    }
    case NodeKind::ArrayPattern: {
        auto& a = p->as<ArrayPattern>();
        for (auto& e : a.elements)
            if (e) pattern(e.get(), mode);
        pattern(a.rest.get(), mode);
        return;
    }
    case NodeKind::ObjectPattern: {
        auto& o = p->as<ObjectPattern>();
        for (auto& pr : o.properties) {
            key(pr.key);
            pattern(pr.value.get(), mode);
        }
        pattern(o.rest.get(), mode);
        return;
    }
    default: expr(p); return;
    }
}

void Analyzer::expr(Expr* e) {
    if (!e) return;
    switch (e->kind) {
    case NodeKind::Identifier:
        if (pass_ == Pass::Resolve) reference(e->as<Identifier>(), false, false);
        return;
    case NodeKind::NumberLiteral: case NodeKind::BigIntLiteral: case NodeKind::StringLiteral:
    case NodeKind::BooleanLiteral: case NodeKind::NullLiteral: case NodeKind::RegExpLiteral: return;
    case NodeKind::TemplateLiteral: exprs(e->as<TemplateLiteral>().expressions); return;
    case NodeKind::TaggedTemplate:
        expr(e->as<TaggedTemplateExpr>().tag.get());
        expr(e->as<TaggedTemplateExpr>().quasi.get());
        return;
    case NodeKind::ArrayLiteral: exprs(e->as<ArrayLiteral>().elements); return;
    case NodeKind::ObjectLiteral:
        for (auto& p : e->as<ObjectLiteral>().properties) {
            key(p.key);
            expr(p.value.get());
        }
        return;
    case NodeKind::FunctionExpr:
    case NodeKind::ArrowFunction: function(*e->as<FunctionExpr>().fn, false); return;
    case NodeKind::ClassExpr: cls(*e->as<ClassExpr>().cls, false); return;
    case NodeKind::ThisExpr:
        if (pass_ == Pass::Resolve) {
            FunctionNode* owner = thisFunction();
            owner->usesThis = true;
            if (fn()->isArrow) hiddenRef(e->as<ThisExpr>().res, BindingKind::This);
        }
        return;
    case NodeKind::SuperMember: {
        auto& m = e->as<SuperMemberExpr>();
        if (m.computed) expr(m.property.get());
        if (pass_ == Pass::Resolve) {
            thisFunction()->usesThis = true;
            if (fn()->isArrow) {
                hiddenRef(m.thisRes, BindingKind::This);
                hiddenRef(m.homeRes, BindingKind::HomeObject);
            }
        }
        return;
    }
    case NodeKind::SuperCall: {
        auto& c = e->as<SuperCallExpr>();
        exprs(c.arguments);
        if (pass_ == Pass::Resolve) {
            thisFunction()->usesThis = true;
            if (fn()->isArrow) {
                hiddenRef(c.thisRes, BindingKind::This);
                hiddenRef(c.newTargetRes, BindingKind::NewTarget);
                hiddenRef(c.calleeRes, BindingKind::Callee);
            }
        }
        return;
    }
    case NodeKind::NewTarget:
        if (pass_ == Pass::Resolve && fn()->isArrow) hiddenRef(e->as<NewTargetExpr>().res, BindingKind::NewTarget);
        return;
    case NodeKind::Unary: expr(e->as<UnaryExpr>().argument.get()); return;
    case NodeKind::Update: {
        auto& u = e->as<UpdateExpr>();
        if (u.argument->kind == NodeKind::Identifier) {
            if (pass_ == Pass::Resolve) reference(u.argument->as<Identifier>(), true, false);
        } else {
            expr(u.argument.get());
        }
        return;
    }
    case NodeKind::Binary:
        expr(e->as<BinaryExpr>().left.get());
        expr(e->as<BinaryExpr>().right.get());
        return;
    case NodeKind::Logical:
        expr(e->as<LogicalExpr>().left.get());
        expr(e->as<LogicalExpr>().right.get());
        return;
    case NodeKind::Assign: {
        auto& a = e->as<AssignExpr>();
        if (a.target->kind == NodeKind::Identifier) {
            // Compound assignments read first; the reference is both a read and a write.
            expr(a.value.get());
            if (pass_ == Pass::Resolve) reference(a.target->as<Identifier>(), true, false);
        } else if (a.target->kind == NodeKind::ObjectPattern || a.target->kind == NodeKind::ArrayPattern) {
            expr(a.value.get());
            pattern(a.target.get(), PatMode::Assign);
        } else {
            expr(a.target.get());
            expr(a.value.get());
        }
        return;
    }
    case NodeKind::Conditional:
        expr(e->as<ConditionalExpr>().test.get());
        expr(e->as<ConditionalExpr>().consequent.get());
        expr(e->as<ConditionalExpr>().alternate.get());
        return;
    case NodeKind::Sequence: exprs(e->as<SequenceExpr>().expressions); return;
    case NodeKind::Call: {
        auto& c = e->as<CallExpr>();
        expr(c.callee.get());
        exprs(c.arguments);
        if (c.isDirectEvalCandidate && pass_ == Pass::Declare) {
            // Direct eval: every scope up the chain must keep its bindings by name in an env.
            for (auto it = fnStack_.rbegin(); it != fnStack_.rend(); ++it) {
                (*it)->hasDirectEval = true;
                if (!(*it)->isArrow) break;
            }
            if (!fn()->isStrict && !cur_->isStrict) fnScope()->hasSloppyDirectEval = true;
            evalOrWithSites_.push_back(cur_);
        }
        if (c.isDirectEvalCandidate && pass_ == Pass::Resolve && fn()->isArrow) {
            // eval code inside an arrow sees the enclosing function's `this`
            hiddenBinding(BindingKind::This)->captured = true;
        }
        return;
    }
    case NodeKind::New:
        expr(e->as<NewExpr>().callee.get());
        exprs(e->as<NewExpr>().arguments);
        return;
    case NodeKind::Member: {
        auto& m = e->as<MemberExpr>();
        expr(m.object.get());
        if (m.computed) expr(m.property.get());
        return;
    }
    case NodeKind::OptionalChain: expr(e->as<OptionalChainExpr>().expression.get()); return;
    case NodeKind::Spread: expr(e->as<SpreadElement>().argument.get()); return;
    case NodeKind::Yield: expr(e->as<YieldExpr>().argument.get()); return;
    case NodeKind::Await: expr(e->as<AwaitExpr>().argument.get()); return;
    case NodeKind::PrivateIn: expr(e->as<PrivateInExpr>().right.get()); return;
    case NodeKind::ObjectPattern:
    case NodeKind::ArrayPattern:
    case NodeKind::AssignPattern: pattern(e, PatMode::Assign); return;
    default: return;
    }
}

void Analyzer::function(FunctionNode& f, bool isDeclaration) {
    Scope* saved = cur_;
    if (pass_ == Pass::Declare) {
        fnStack_.push_back(&f);
        f.scope = newScope(ScopeKind::Function);
        f.scope->isStrict = f.isStrict;
        cur_ = f.scope;
        for (auto& p : f.params) pattern(p.get(), PatMode::Param);
        pattern(f.rest.get(), PatMode::Param);
        hoistFunctionsIn(f.body, false);
        stmts(f.body);
        if (f.id && !isDeclaration && !f.scope->find(f.id->name)) {
            f.scope->functionNameBinding = declare(f.scope, f.id->name, BindingKind::FunctionName, f.id->pos);
        }
        if (f.hasDirectEval && !f.isArrow && f.kind != FunctionKind::FieldInitializer && f.kind != FunctionKind::StaticBlock &&
            !f.scope->find("arguments")) {
            f.scope->argumentsBinding = declare(f.scope, "arguments", BindingKind::Arguments, f.pos);
            f.usesArguments = true;
        }
        fnStack_.pop_back();
    } else {
        fnStack_.push_back(&f);
        cur_ = f.scope;
        if (f.scope->functionNameBinding) initialized_[f.scope->functionNameBinding] = true;
        paramPhase_.push_back(f.scope);
        for (auto& p : f.params) pattern(p.get(), PatMode::Param);
        pattern(f.rest.get(), PatMode::Param);
        paramPhase_.pop_back();
        if (!isDeclaration && f.id && f.scope->functionNameBinding) reference(*f.id, true, true);
        stmts(f.body);
        fnStack_.pop_back();
    }
    cur_ = saved;
}

void Analyzer::cls(ClassNode& c, bool isDeclaration) {
    Scope* saved = cur_;
    if (pass_ == Pass::Declare) {
        c.scope = newScope(ScopeKind::Class);
        c.scope->isStrict = true;
        cur_ = c.scope;
        if (c.id) declare(c.scope, c.id->name, BindingKind::ClassInnerName, c.id->pos);
    } else {
        cur_ = c.scope;
    }
    if (c.superClass) expr(c.superClass.get());
    // Keys are evaluated in order at definition time, before the inner name is initialized.
    for (auto& m : c.members) key(m.key);
    // Methods and initializers run later (after the class binding is initialized).
    if (pass_ == Pass::Resolve && c.id) {
        if (Binding* b = c.scope->find(c.id->name)) initialized_[b] = true;
    }
    if (c.constructor) function(*c.constructor, false);
    for (auto& m : c.members)
        if (m.fn) function(*m.fn, false);
    (void)isDeclaration;
    cur_ = saved;
}

FunctionNode* Analyzer::thisFunction() {
    for (auto it = fnStack_.rbegin(); it != fnStack_.rend(); ++it)
        if (!(*it)->isArrow) return *it;
    return fnStack_.front();
}

Binding* Analyzer::hiddenBinding(BindingKind kind) {
    FunctionNode* owner = thisFunction();
    Scope* s = owner->scope;
    Binding** slot = kind == BindingKind::This        ? &s->thisBinding
                     : kind == BindingKind::NewTarget ? &s->newTargetBinding
                     : kind == BindingKind::Callee    ? &s->calleeBinding
                                                      : &s->homeObjectBinding;
    if (!*slot) {
        const char* name = kind == BindingKind::This        ? "this"
                           : kind == BindingKind::NewTarget ? "new.target"
                           : kind == BindingKind::Callee    ? "%callee"
                                                            : "%home";
        *slot = declare(s, name, kind, owner->pos);
        initialized_[*slot] = true;
    }
    return *slot;
}

void Analyzer::hiddenRef(Resolution& res, BindingKind kind) {
    Binding* b = hiddenBinding(kind);
    bool crossed = b->scope->function != fn();
    if (crossed) b->captured = true;
    refs_.push_back({&res, b, cur_, false, crossed, false, false, false});
}

Binding* Analyzer::lookup(const std::string& name, Scope* from, bool& crossedFunction, bool& dynamic) {
    crossedFunction = false;
    dynamic = false;
    for (Scope* s = from; s; s = s->parent) {
        if (s->kind == ScopeKind::With) {
            dynamic = true;
            continue;
        }
        if (Binding* b = s->find(name)) {
            if (!inParamPhase(s) || visibleFromParams(*b)) return b;
        }
        if (s->kind == ScopeKind::Function) {
            FunctionNode* f = s->function;
            if (name == "arguments" && f && !f->isArrow && f != prog_.topLevel.get() &&
                f->kind != FunctionKind::FieldInitializer && f->kind != FunctionKind::StaticBlock) {
                s->argumentsBinding = declare(s, "arguments", BindingKind::Arguments, f->pos);
                initialized_[s->argumentsBinding] = true;
                f->usesArguments = true;
                return s->argumentsBinding;
            }
            if (s->hasSloppyDirectEval) dynamic = true;
            crossedFunction = true;
        }
    }
    return nullptr;
}

void Analyzer::reference(Identifier& id, bool write, bool init) {
    bool crossed, dynamic;
    Binding* b = lookup(id.name, cur_, crossed, dynamic);
    if (b && crossed) b->captured = true;
    bool beforeInit = false;
    if (b && b->isLexical() && !init) {
        auto it = initialized_.find(b);
        beforeInit = it == initialized_.end() || !it->second;
    }
    if (b && init) initialized_[b] = true;
    if (!b && opts_.evalCode) dynamic = true;
    for (auto it = forHeadTdz_.rbegin(); it != forHeadTdz_.rend(); ++it) {
        if (std::find(it->second.begin(), it->second.end(), id.name) == it->second.end()) continue;
        bool outside = !b;  // resolved outside the for statement: the head's binding shadows it
        for (Scope* s = it->first; s && !outside; s = s->parent) outside = b->scope == s;
        if (outside) id.res.headTdz = true;
        break;
    }
    refs_.push_back({&id.res, b, cur_, dynamic, crossed, write, init, beforeInit});
}

void Analyzer::allocate() {
    // Scopes on an eval/with scope chain keep every binding in their env.
    for (Scope* site : evalOrWithSites_)
        for (Scope* s = site; s; s = s->parent) s->forceEnv = true;
    // Mapped arguments alias simple parameters.
    for (auto& sp : tree_.scopes) {
        Scope& s = *sp;
        if (s.kind == ScopeKind::Function && s.function && s.function->usesArguments && !s.isStrict &&
            s.function->hasSimpleParams) {
            for (auto& b : s.bindings)
                if (b->kind == BindingKind::Param) b->captured = true;
        }
    }
    for (auto& sp : tree_.scopes) {
        Scope& s = *sp;
        FunctionNode* f = s.function;
        // Params first so that simple local params get the lowest slots.
        auto place = [&](Binding& b) {
            if (s.forceEnv) b.captured = true;
            if (b.captured) {
                b.slot = s.envSlotCount++;
                s.envSlotNames.push_back(b.name);
            } else {
                b.slot = f ? f->numLocals++ : 0;
            }
        };
        for (auto& b : s.bindings)
            if (b->kind == BindingKind::Param) place(*b);
        for (auto& b : s.bindings)
            if (b->kind != BindingKind::Param) place(*b);
        s.needsEnv = s.envSlotCount > 0 || s.kind == ScopeKind::With || s.hasSloppyDirectEval;
        if (s.kind == ScopeKind::Function && s.forceEnv) s.needsEnv = true;
    }
}

void Analyzer::finish() {
    for (auto& r : refs_) {
        Resolution& res = *r.res;
        if (r.dynamic) {
            res.kind = RefKind::Dynamic;
            continue;
        }
        if (!r.binding) {
            res.kind = RefKind::Global;
            continue;
        }
        Binding* b = r.binding;
        res.binding = b;
        if (b->captured) {
            int hops = 0;
            for (Scope* s = r.from; s && s != b->scope; s = s->parent)
                if (s->needsEnv) ++hops;
            res.kind = RefKind::Env;
            res.hops = hops;
        } else {
            res.kind = RefKind::Local;
            res.hops = 0;
        }
        res.slot = b->slot;
        if (b->isLexical() && !r.init && (r.beforeInit || r.crossedFunction || b->scope->isSwitch)) {
            res.needsTdzCheck = true;
            b->needsTdz = true;
        }
        if (r.write && !r.init &&
            (b->kind == BindingKind::Const || b->kind == BindingKind::ClassInnerName || b->kind == BindingKind::FunctionName))
            res.isConstAssign = true;
    }
}

}  // namespace

void analyzeScopes(Program& program, const ScopeOptions& options) {
    auto tree = std::make_shared<ScopeTree>();
    Analyzer a(program, options, *tree);
    a.run();
    program.scopeTree = tree;
    // For-loop heads whose env is captured need a fresh env per iteration.
    for (auto& sp : tree->scopes)
        if (sp->kind == ScopeKind::For && sp->needsEnv) sp->perIterationCopy = true;
}

}  // namespace js
