// Python scope analysis (see symtable.h): a transcription of CPython 3.11's symtable.c —
// pass 1 walks the AST recording each name's DEF_* flags per scope; pass 2 (analyze) resolves
// every name to Local / GlobalExplicit / GlobalImplicit / Free / Cell, then slots are assigned.
#include "frontends/python/symtable.h"

#include <algorithm>
#include <optional>
#include <set>

namespace py {

using namespace ast;

const char* symbolScopeName(SymbolScope s) {
    switch (s) {
        case SymbolScope::Local: return "LOCAL";
        case SymbolScope::GlobalExplicit: return "GLOBAL_EXPLICIT";
        case SymbolScope::GlobalImplicit: return "GLOBAL_IMPLICIT";
        case SymbolScope::Free: return "FREE";
        case SymbolScope::Cell: return "CELL";
    }
    return "?";
}

const Symbol* Scope::lookup(const std::string& n) const {
    auto it = index.find(n);
    return it == index.end() ? nullptr : &symbols[it->second];
}

Symbol* Scope::lookup(const std::string& n) {
    auto it = index.find(n);
    return it == index.end() ? nullptr : &symbols[it->second];
}

Scope* SymbolTable::scopeFor(const Node* node) const {
    auto it = byNode.find(node);
    return it == byNode.end() ? nullptr : it->second;
}

std::string mangleName(const std::string& privateName, const std::string& name) {
    if (privateName.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
    if (name.find('.') != std::string::npos) return name;
    size_t k = privateName.find_first_not_of('_');
    if (k == std::string::npos) return name;
    return "_" + privateName.substr(k) + name;
}

namespace {

using NameSet = std::set<std::string>;

class Builder {
public:
    Builder(SymbolTable& t, const std::string& source) : table_(t), source_(source) {}

    void run(const Module& m) {
        table_.futureAnnotations = hasFutureAnnotations(m);
        Scope* top = enter(Scope::Type::Module, "top", nullptr, 0);
        if (m.mode == ParseMode::Eval) visitExpr(m.expression);
        else for (const Stmt* s : m.body) visitStmt(s);
        exit();
        NameSet free, global;
        analyzeBlock(top, nullptr, free, global);
        for (auto& sc : table_.scopes) assignSlots(*sc);
        for (auto& [scope, ret] : returnsWithValue_)
            if (scope->isCoroutine && scope->isGenerator && !scope->isComprehension)
                deferredError(ret, "'return' with value in async generator");
        // Compile-stage errors (the parser's and ours): the first in source order.
        std::vector<SyntaxErrorInfo> pending = m.compileErrors;
        if (deferred_) pending.push_back(*deferred_);
        if (!pending.empty())
            throw *std::min_element(pending.begin(), pending.end(), [](const SyntaxErrorInfo& a, const SyntaxErrorInfo& b) {
                return a.line != b.line ? a.line < b.line : a.column < b.column;
            });
    }

private:
    SymbolTable& table_;
    const std::string& source_;
    Scope* cur_ = nullptr;
    // Comprehension bookkeeping, as CPython's ste_comp_iter_target / ste_comp_iter_expr.
    bool compIterTarget_ = false;
    int compIterExpr_ = 0;

    // `from __future__ import annotations` among the leading docstring/future imports.
    static bool hasFutureAnnotations(const Module& m) {
        for (size_t i = 0; i < m.body.size(); ++i) {
            const Stmt* s = m.body[i];
            if (i == 0 && s->kind == StmtKind::Expr && s->as<ExprStmt>()->value->kind == ExprKind::Constant &&
                s->as<ExprStmt>()->value->as<Constant>()->value_kind == ConstantKind::Str)
                continue;
            if (s->kind != StmtKind::ImportFrom || s->as<ImportFrom>()->module != "__future__") return false;
            for (const Alias* a : s->as<ImportFrom>()->names)
                if (a->name == "annotations") return true;
        }
        return false;
    }

    // Annotations are evaluated in the enclosing scope, unless postponed (PEP 563).
    void visitAnnotation(const Expr* e) {
        if (!table_.futureAnnotations) visitExpr(e);
    }

    [[noreturn]] void error(const Node* at, const std::string& msg) {
        SyntaxErrorInfo e;
        e.type = "SyntaxError";
        e.message = msg;
        e.line = at ? at->pos.lineno : 0;
        e.column = at ? at->pos.col_offset + 1 : 0;
        if (at && !source_.empty()) {
            size_t pos = 0;
            for (int l = 1; l < e.line && pos != std::string::npos; ++l) {
                pos = source_.find('\n', pos);
                if (pos != std::string::npos) ++pos;
            }
            if (pos != std::string::npos) {
                size_t end = source_.find('\n', pos);
                e.lineText = source_.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
                // byte column -> character column
                int chars = 0;
                for (int i = 0; i < at->pos.col_offset && pos + i < source_.size(); ++i)
                    if ((static_cast<unsigned char>(source_[pos + i]) & 0xC0) != 0x80) ++chars;
                e.column = chars + 1;
            }
        }
        throw e;
    }

    Scope* enter(Scope::Type type, std::string name, const Node* node, int lineno) {
        auto sc = std::make_unique<Scope>();
        Scope* s = sc.get();
        s->type = type;
        s->name = std::move(name);
        s->node = node;
        s->lineno = lineno;
        s->parent = cur_;
        if (cur_) {
            cur_->children.push_back(s);
            s->isNested = cur_->type == Scope::Type::Function || cur_->isNested;
            s->privateName = cur_->privateName;
        }
        if (type == Scope::Type::Class) s->privateName = s->name;
        table_.scopes.push_back(std::move(sc));
        if (node) table_.byNode[node] = s;
        cur_ = s;
        return s;
    }
    void exit() { cur_ = cur_->parent; }

    std::unordered_map<Scope*, const Stmt*> returnsWithValue_;  // first `return value` per scope

    // Errors CPython's compiler (not its symtable) reports: raised once analysis succeeded.
    std::optional<SyntaxErrorInfo> deferred_;
    void deferredError(const Node* at, const std::string& msg) {
        try {
            error(at, msg);
        } catch (SyntaxErrorInfo& e) {
            if (!deferred_ || e.line < deferred_->line || (e.line == deferred_->line && e.column < deferred_->column))
                deferred_ = e;
        }
    }

    unsigned flagsOf(Scope* s, const std::string& mangled) {
        const Symbol* sym = s->lookup(mangled);
        return sym ? sym->flags : 0;
    }

    Symbol& symbol(Scope* s, const std::string& mangled) {
        auto it = s->index.find(mangled);
        if (it != s->index.end()) return s->symbols[it->second];
        s->index[mangled] = s->symbols.size();
        s->symbols.push_back(Symbol{mangled, 0, SymbolScope::GlobalImplicit, -1, -1});
        return s->symbols.back();
    }

    // symtable_add_def_helper
    void addDefIn(Scope* s, const std::string& name, unsigned flag, const Node* at) {
        std::string mangled = mangleName(s->privateName, name);
        Symbol& sym = symbol(s, mangled);
        if ((flag & DefParam) && (sym.flags & DefParam)) error(at, "duplicate argument '" + name + "' in function definition");
        sym.flags |= flag;
        if (flag & DefParam) s->params.push_back(mangled);
        if (flag & DefGlobal) {
            Scope* top = table_.module();
            if (top != s) symbol(top, mangled).flags |= DefGlobal;
        }
        if (compIterTarget_ && (flag & DefLocal) && s == cur_) sym.flags |= DefCompIter;
    }
    void addDef(const std::string& name, unsigned flag, const Node* at) { addDefIn(cur_, name, flag, at); }

    // --- pass 1: statements ---------------------------------------------------------------------

    void visitStmts(const StmtList& body) { for (const Stmt* s : body) visitStmt(s); }
    void visitExprs(const std::vector<Expr*>& v) { for (const Expr* e : v) if (e) visitExpr(e); }

    void visitArgumentsDefaults(const Arguments* a) {
        visitExprs(a->defaults);
        visitExprs(a->kw_defaults);
    }
    void visitAnnotations(const Arguments* a) {
        for (auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
            for (const Arg* arg : *list) if (arg->annotation) visitAnnotation(arg->annotation);
        if (a->vararg && a->vararg->annotation) visitAnnotation(a->vararg->annotation);
        if (a->kwarg && a->kwarg->annotation) visitAnnotation(a->kwarg->annotation);
    }
    void visitParams(const Arguments* a) {
        for (const Arg* arg : a->posonlyargs) addDef(arg->arg, DefParam, arg);
        for (const Arg* arg : a->args) addDef(arg->arg, DefParam, arg);
        for (const Arg* arg : a->kwonlyargs) addDef(arg->arg, DefParam, arg);
        if (a->vararg) addDef(a->vararg->arg, DefParam, a->vararg);
        if (a->kwarg) addDef(a->kwarg->arg, DefParam, a->kwarg);
        cur_->posonlyCount = static_cast<int>(a->posonlyargs.size());
        cur_->argCount = static_cast<int>(a->posonlyargs.size() + a->args.size());
        cur_->kwonlyCount = static_cast<int>(a->kwonlyargs.size());
        cur_->hasVarargs = a->vararg != nullptr;
        cur_->hasVarkw = a->kwarg != nullptr;
    }

    // CPython's symtable recursion limit (recursion limit x COMPILER_STACK_FRAME_SCALE): deeper
    // trees (e.g. `a + a + ... + a` with thousands of terms) are a RecursionError, not a crash.
    static constexpr int kMaxNesting = 3000;
    int nesting_ = 0;
    struct Nest {
        Builder& b;
        const Node* at;
        Nest(Builder& builder, const Node* node) : b(builder), at(node) {
            if (++b.nesting_ > kMaxNesting) {
                --b.nesting_;
                SyntaxErrorInfo e;
                e.type = "RecursionError";
                e.message = "maximum recursion depth exceeded during compilation";
                e.line = node->pos.lineno;
                e.column = node->pos.col_offset + 1;
                throw e;
            }
        }
        ~Nest() { --b.nesting_; }
    };

    void visitStmt(const Stmt* s) {
        Nest nest(*this, s);
        switch (s->kind) {
            case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
                auto* f = s->as<FunctionDef>();
                addDef(f->name, DefLocal, s);
                visitArgumentsDefaults(f->args);
                visitAnnotations(f->args);
                if (f->returns) visitAnnotation(f->returns);
                visitExprs(f->decorator_list);
                Scope* fs = enter(Scope::Type::Function, f->name, s, s->pos.lineno);
                fs->isCoroutine = s->kind == StmtKind::AsyncFunctionDef;
                visitParams(f->args);
                visitStmts(f->body);
                exit();
                break;
            }
            case StmtKind::ClassDef: {
                auto* c = s->as<ClassDef>();
                addDef(c->name, DefLocal, s);
                visitExprs(c->bases);
                for (const Keyword* k : c->keywords) visitExpr(k->value);
                visitExprs(c->decorator_list);
                enter(Scope::Type::Class, c->name, s, s->pos.lineno);
                visitStmts(c->body);
                exit();
                break;
            }
            case StmtKind::Return:
                if (s->as<Return>()->value) {
                    visitExpr(s->as<Return>()->value);
                    returnsWithValue_.emplace(cur_, s);
                }
                break;
            case StmtKind::Delete: visitExprs(s->as<Delete>()->targets); break;
            case StmtKind::Assign:
                visitExprs(s->as<Assign>()->targets);
                visitExpr(s->as<Assign>()->value);
                break;
            case StmtKind::AnnAssign: {
                auto* a = s->as<AnnAssign>();
                if (a->target->kind == ExprKind::Name) {
                    const std::string& id = a->target->as<Name>()->id;
                    unsigned cur = flagsOf(cur_, mangleName(cur_->privateName, id));
                    if ((cur & (DefGlobal | DefNonlocal)) && cur_ != table_.module() && a->simple)
                        error(a->target, std::string("annotated name '") + id + "' can't be " +
                                             ((cur & DefGlobal) ? "global" : "nonlocal"));
                    if (a->simple) addDef(id, DefAnnot | DefLocal, a->target);
                    else if (a->value) addDef(id, DefLocal, a->target);
                } else {
                    visitExpr(a->target);
                }
                visitAnnotation(a->annotation);
                if (a->value) visitExpr(a->value);
                break;
            }
            case StmtKind::AugAssign:
                visitExpr(s->as<AugAssign>()->target);
                visitExpr(s->as<AugAssign>()->value);
                break;
            case StmtKind::For: case StmtKind::AsyncFor: {
                auto* f = s->as<For>();
                visitExpr(f->target);
                visitExpr(f->iter);
                visitStmts(f->body);
                visitStmts(f->orelse);
                break;
            }
            case StmtKind::While:
                visitExpr(s->as<While>()->test);
                visitStmts(s->as<While>()->body);
                visitStmts(s->as<While>()->orelse);
                break;
            case StmtKind::If:
                visitExpr(s->as<If>()->test);
                visitStmts(s->as<If>()->body);
                visitStmts(s->as<If>()->orelse);
                break;
            case StmtKind::With: case StmtKind::AsyncWith:
                for (const WithItem* w : s->as<With>()->items) {
                    visitExpr(w->context_expr);
                    if (w->optional_vars) visitExpr(w->optional_vars);
                }
                visitStmts(s->as<With>()->body);
                break;
            case StmtKind::Match: {
                auto* m = s->as<Match>();
                visitExpr(m->subject);
                for (const MatchCase* c : m->cases) {
                    visitPattern(c->pattern);
                    if (c->guard) visitExpr(c->guard);
                    visitStmts(c->body);
                }
                break;
            }
            case StmtKind::Raise:
                if (s->as<Raise>()->exc) visitExpr(s->as<Raise>()->exc);
                if (s->as<Raise>()->cause) visitExpr(s->as<Raise>()->cause);
                break;
            case StmtKind::Try: case StmtKind::TryStar: {
                auto* t = s->as<Try>();
                visitStmts(t->body);
                visitStmts(t->orelse);
                for (const ExceptHandler* h : t->handlers) {
                    if (h->type) visitExpr(h->type);
                    if (!h->name.empty()) addDef(h->name, DefLocal, h);
                    visitStmts(h->body);
                }
                visitStmts(t->finalbody);
                break;
            }
            case StmtKind::Assert:
                visitExpr(s->as<Assert>()->test);
                if (s->as<Assert>()->msg) visitExpr(s->as<Assert>()->msg);
                break;
            case StmtKind::Import: case StmtKind::ImportFrom: {
                const auto& names = s->kind == StmtKind::Import ? s->as<Import>()->names : s->as<ImportFrom>()->names;
                for (const Alias* a : names) {
                    if (a->name == "*") {
                        if (cur_->type != Scope::Type::Module) error(a, "import * only allowed at module level");
                        continue;
                    }
                    std::string stored = !a->asname.empty() ? a->asname : a->name.substr(0, a->name.find('.'));
                    addDef(stored, DefImport, a);
                }
                break;
            }
            case StmtKind::Global: case StmtKind::Nonlocal: {
                bool global = s->kind == StmtKind::Global;
                const char* what = global ? "global" : "nonlocal";
                for (const std::string& n : s->as<Global>()->names) {
                    unsigned cur = flagsOf(cur_, mangleName(cur_->privateName, n));
                    if (cur & (DefParam | DefLocal | Use | DefAnnot)) {
                        std::string msg;
                        if (cur & DefParam) msg = "name '" + n + "' is parameter and " + what;
                        else if (cur & Use) msg = "name '" + n + "' is used prior to " + what + " declaration";
                        else if (cur & DefAnnot) msg = "annotated name '" + n + "' can't be " + what;
                        else msg = "name '" + n + "' is assigned to before " + what + " declaration";
                        error(s, msg);
                    }
                    addDef(n, global ? DefGlobal : DefNonlocal, s);
                    nonlocalSites_[cur_].emplace(mangleName(cur_->privateName, n), s);
                }
                break;
            }
            case StmtKind::Expr: visitExpr(s->as<ExprStmt>()->value); break;
            case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue: break;
        }
    }

    void visitPattern(const Pattern* p) {
        Nest nest(*this, p);
        switch (p->kind) {
            case PatternKind::MatchValue: visitExpr(p->as<MatchValue>()->value); break;
            case PatternKind::MatchSingleton: break;
            case PatternKind::MatchSequence: for (const Pattern* q : p->as<MatchSequence>()->patterns) visitPattern(q); break;
            case PatternKind::MatchMapping: {
                auto* m = p->as<MatchMapping>();
                visitExprs(m->keys);
                for (const Pattern* q : m->patterns) visitPattern(q);
                if (!m->rest.empty()) addDef(m->rest, DefLocal, p);
                break;
            }
            case PatternKind::MatchClass: {
                auto* c = p->as<MatchClass>();
                visitExpr(c->cls);
                for (const Pattern* q : c->patterns) visitPattern(q);
                for (const Pattern* q : c->kwd_patterns) visitPattern(q);
                break;
            }
            case PatternKind::MatchStar:
                if (!p->as<MatchStar>()->name.empty()) addDef(p->as<MatchStar>()->name, DefLocal, p);
                break;
            case PatternKind::MatchAs:
                if (p->as<MatchAs>()->pattern) visitPattern(p->as<MatchAs>()->pattern);
                if (!p->as<MatchAs>()->name.empty()) addDef(p->as<MatchAs>()->name, DefLocal, p);
                break;
            case PatternKind::MatchOr: for (const Pattern* q : p->as<MatchOr>()->patterns) visitPattern(q); break;
        }
    }

    // --- pass 1: expressions --------------------------------------------------------------------

    // A walrus inside a comprehension binds in the nearest enclosing function or the module.
    void extendNamedExprScope(const Expr* target) {
        const std::string& name = target->as<Name>()->id;
        for (Scope* s = cur_; s; s = s->parent) {
            if (s->isComprehension) {
                if (flagsOf(s, mangleName(s->privateName, name)) & DefCompIter)
                    error(target, "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
                continue;
            }
            if (s->type == Scope::Type::Function) {
                unsigned inScope = flagsOf(s, mangleName(s->privateName, name));
                addDef(name, (inScope & DefGlobal) ? DefGlobal : DefNonlocal, target);
                addDefIn(s, name, DefLocal, target);
                return;
            }
            if (s->type == Scope::Type::Module) {
                addDef(name, DefGlobal, target);
                addDefIn(s, name, DefGlobal, target);
                return;
            }
            error(target, "assignment expression within a comprehension cannot be used in a class body");
        }
    }

    void visitComprehension(const Expr* e, const char* name, const std::vector<Comprehension*>& gens,
                            const Expr* elt, const Expr* value) {
        bool isGenerator = e->kind == ExprKind::GeneratorExp;
        const Comprehension* outer = gens[0];
        ++compIterExpr_;
        visitExpr(outer->iter);
        --compIterExpr_;
        Scope* cs = enter(Scope::Type::Function, name, e, e->pos.lineno);
        cs->isComprehension = true;
        if (outer->is_async) cs->isCoroutine = true;
        addDef(".0", DefParam, e);
        cs->argCount = 1;
        compIterTarget_ = true;
        visitExpr(outer->target);
        compIterTarget_ = false;
        visitExprs(outer->ifs);
        for (size_t i = 1; i < gens.size(); ++i) {
            const Comprehension* g = gens[i];
            compIterTarget_ = true;
            visitExpr(g->target);
            compIterTarget_ = false;
            ++compIterExpr_;
            visitExpr(g->iter);
            --compIterExpr_;
            visitExprs(g->ifs);
            if (g->is_async) cs->isCoroutine = true;
        }
        if (value) visitExpr(value);
        visitExpr(elt);
        if (isGenerator) cs->isGenerator = true;
        exit();
        // An async list/set/dict comprehension needs an async function (or comprehension) around
        // it; an async generator expression may appear anywhere (compile.c's check).
        if (cs->isCoroutine && !isGenerator && !cur_->isComprehension &&
            !(cur_->type == Scope::Type::Function && cur_->isCoroutine && !cur_->isLambda))
            deferredError(e, "asynchronous comprehension outside of an asynchronous function");
    }

    void yieldSeen(const Expr* e) {
        if (cur_->type != Scope::Type::Function) {
            deferredError(e, "'yield' outside function");
            return;
        }
        cur_->isGenerator = true;
        if (cur_->isComprehension) {
            const char* what = cur_->name == "listcomp" ? "list comprehension"
                               : cur_->name == "setcomp" ? "set comprehension"
                               : cur_->name == "dictcomp" ? "dict comprehension"
                                                          : "generator expression";
            error(e, std::string("'yield' inside ") + what);
        }
    }

    void visitExpr(const Expr* e) {
        Nest nest(*this, e);
        switch (e->kind) {
            case ExprKind::BoolOp: visitExprs(e->as<BoolOp>()->values); break;
            case ExprKind::NamedExpr: {
                auto* n = e->as<NamedExpr>();
                if (compIterExpr_ > 0) error(e, "assignment expression cannot be used in a comprehension iterable expression");
                if (cur_->isComprehension) extendNamedExprScope(n->target);
                visitExpr(n->value);
                visitExpr(n->target);
                break;
            }
            case ExprKind::BinOp: visitExpr(e->as<BinOp>()->left); visitExpr(e->as<BinOp>()->right); break;
            case ExprKind::UnaryOp: visitExpr(e->as<UnaryOp>()->operand); break;
            case ExprKind::Lambda: {
                auto* l = e->as<Lambda>();
                visitArgumentsDefaults(l->args);
                Scope* ls = enter(Scope::Type::Function, "lambda", e, e->pos.lineno);
                ls->isLambda = true;
                visitParams(l->args);
                visitExpr(l->body);
                exit();
                break;
            }
            case ExprKind::IfExp:
                visitExpr(e->as<IfExp>()->test);
                visitExpr(e->as<IfExp>()->body);
                visitExpr(e->as<IfExp>()->orelse);
                break;
            case ExprKind::Dict: visitExprs(e->as<Dict>()->keys); visitExprs(e->as<Dict>()->values); break;
            case ExprKind::Set: visitExprs(e->as<Set>()->elts); break;
            case ExprKind::ListComp:
                visitComprehension(e, "listcomp", e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr);
                break;
            case ExprKind::SetComp:
                visitComprehension(e, "setcomp", e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr);
                break;
            case ExprKind::GeneratorExp:
                visitComprehension(e, "genexpr", e->as<ListComp>()->generators, e->as<ListComp>()->elt, nullptr);
                break;
            case ExprKind::DictComp:
                visitComprehension(e, "dictcomp", e->as<DictComp>()->generators, e->as<DictComp>()->key,
                                   e->as<DictComp>()->value);
                break;
            case ExprKind::Await:
                visitExpr(e->as<Await>()->value);
                if (cur_->isComprehension) cur_->isCoroutine = true;
                else if (cur_->type != Scope::Type::Function) deferredError(e, "'await' outside function");
                else if (!cur_->isCoroutine || cur_->isLambda) deferredError(e, "'await' outside async function");
                break;
            case ExprKind::Yield:
                if (e->as<Yield>()->value) visitExpr(e->as<Yield>()->value);
                yieldSeen(e);
                break;
            case ExprKind::YieldFrom:
                visitExpr(e->as<YieldFrom>()->value);
                yieldSeen(e);
                if (cur_->type == Scope::Type::Function && cur_->isCoroutine && !cur_->isComprehension)
                    deferredError(e, "'yield from' inside async function");
                break;
            case ExprKind::Compare: visitExpr(e->as<Compare>()->left); visitExprs(e->as<Compare>()->comparators); break;
            case ExprKind::Call:
                visitExpr(e->as<Call>()->func);
                visitExprs(e->as<Call>()->args);
                for (const Keyword* k : e->as<Call>()->keywords) visitExpr(k->value);
                break;
            case ExprKind::FormattedValue:
                visitExpr(e->as<FormattedValue>()->value);
                if (e->as<FormattedValue>()->format_spec) visitExpr(e->as<FormattedValue>()->format_spec);
                break;
            case ExprKind::JoinedStr: visitExprs(e->as<JoinedStr>()->values); break;
            case ExprKind::Constant: break;
            case ExprKind::Attribute: visitExpr(e->as<Attribute>()->value); break;
            case ExprKind::Subscript: visitExpr(e->as<Subscript>()->value); visitExpr(e->as<Subscript>()->slice); break;
            case ExprKind::Starred: visitExpr(e->as<Starred>()->value); break;
            case ExprKind::Slice: {
                auto* s = e->as<Slice>();
                if (s->lower) visitExpr(s->lower);
                if (s->upper) visitExpr(s->upper);
                if (s->step) visitExpr(s->step);
                break;
            }
            case ExprKind::Name: {
                auto* n = e->as<Name>();
                addDef(n->id, n->ctx == ExprContext::Load ? Use : DefLocal, e);
                if (n->ctx == ExprContext::Load && cur_->type == Scope::Type::Function && n->id == "super")
                    addDef("__class__", Use, e);
                break;
            }
            case ExprKind::List: case ExprKind::Tuple: visitExprs(e->as<List>()->elts); break;
        }
    }

    // --- pass 2: analysis (symtable.c analyze_block and friends) ------------------------------

    std::unordered_map<Scope*, std::unordered_map<std::string, const Stmt*>> nonlocalSites_;

    void analyzeName(Scope* s, std::unordered_map<std::string, SymbolScope>& scopes, const Symbol& sym,
                     const NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
        const std::string& name = sym.name;
        unsigned flags = sym.flags;
        auto site = [&]() -> const Node* {
            auto it = nonlocalSites_[s].find(name);
            return it == nonlocalSites_[s].end() ? s->node : it->second;
        };
        if (flags & DefGlobal) {
            if (flags & DefNonlocal) error(site(), "name '" + name + "' is nonlocal and global");
            scopes[name] = SymbolScope::GlobalExplicit;
            global.insert(name);
            return;
        }
        if (flags & DefNonlocal) {
            if (!bound) error(site(), "nonlocal declaration not allowed at module level");
            if (!bound->count(name)) error(site(), "no binding for nonlocal '" + name + "' found");
            scopes[name] = SymbolScope::Free;
            s->hasFree = true;
            free.insert(name);
            return;
        }
        if (flags & DefBound) {
            scopes[name] = SymbolScope::Local;
            local.insert(name);
            global.erase(name);
            return;
        }
        if (bound && bound->count(name)) {
            scopes[name] = SymbolScope::Free;
            s->hasFree = true;
            free.insert(name);
            return;
        }
        if (global.count(name)) {
            scopes[name] = SymbolScope::GlobalImplicit;
            return;
        }
        if (s->isNested) s->hasFree = true;
        scopes[name] = SymbolScope::GlobalImplicit;
    }

    void analyzeBlock(Scope* s, const NameSet* bound, NameSet& free, NameSet& global) {
        NameSet local, newbound, newfree, newglobal;
        std::unordered_map<std::string, SymbolScope> scopes;
        if (s->type == Scope::Type::Class) {
            newglobal = global;
            if (bound) newbound = *bound;
        }
        for (const Symbol& sym : s->symbols) analyzeName(s, scopes, sym, bound, local, free, global);
        if (s->type != Scope::Type::Class) {
            if (s->type == Scope::Type::Function) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__");
        }
        NameSet allfree;
        for (Scope* child : s->children) {
            NameSet childBound = newbound, childFree = newfree, childGlobal = newglobal;
            NameSet tempFree;
            analyzeBlock(child, &childBound, tempFree, childGlobal);
            allfree.insert(tempFree.begin(), tempFree.end());
            if (child->hasFree || child->hasChildFree) s->hasChildFree = true;
        }
        newfree.insert(allfree.begin(), allfree.end());
        if (s->type == Scope::Type::Function) {
            for (auto& [name, sc] : scopes) {
                if (sc != SymbolScope::Local) continue;
                if (!newfree.count(name)) continue;
                sc = SymbolScope::Cell;
                newfree.erase(name);
            }
        } else if (s->type == Scope::Type::Class) {
            if (newfree.erase("__class__")) s->needsClassClosure = true;
        }
        // update_symbols
        for (Symbol& sym : s->symbols) sym.scope = scopes[sym.name];
        for (const std::string& name : newfree) {
            Symbol* sym = s->lookup(name);
            if (sym) {
                if (s->type == Scope::Type::Class && (sym->flags & (DefBound | DefGlobal))) sym->flags |= DefFreeClass;
                continue;
            }
            if (bound && !bound->count(name)) continue;
            Symbol& added = symbol(s, name);
            added.scope = SymbolScope::Free;
        }
        free.insert(newfree.begin(), newfree.end());
    }

    // Fast-local registers and cell indexes (see symtable.h).
    void assignSlots(Scope& s) {
        std::vector<std::string> cells, frees;
        for (const Symbol& sym : s.symbols) {
            if (sym.scope == SymbolScope::Cell) cells.push_back(sym.name);
            if (sym.scope == SymbolScope::Free || (sym.flags & DefFreeClass)) frees.push_back(sym.name);
        }
        if (s.needsClassClosure) cells.push_back("__class__");
        std::sort(cells.begin(), cells.end());
        std::sort(frees.begin(), frees.end());
        s.cellvars = cells;
        s.freevars = frees;
        if (s.type == Scope::Type::Function) {
            s.varnames = s.params;
            for (const Symbol& sym : s.symbols)
                if ((sym.scope == SymbolScope::Local || sym.scope == SymbolScope::Cell) && !(sym.flags & DefParam))
                    s.varnames.push_back(sym.name);
            for (size_t i = 0; i < s.varnames.size(); ++i)
                if (Symbol* sym = s.lookup(s.varnames[i])) sym->slot = static_cast<int>(i);
        }
        for (size_t i = 0; i < cells.size(); ++i)
            if (Symbol* sym = s.lookup(cells[i])) sym->cellIndex = static_cast<int>(i);
        for (size_t i = 0; i < frees.size(); ++i)
            if (Symbol* sym = s.lookup(frees[i])) sym->cellIndex = static_cast<int>(cells.size() + i);
    }
};

void dumpScope(const Scope& s, int depth, std::string& out) {
    std::string pad(depth * 2, ' ');
    const char* type = s.type == Scope::Type::Module ? "module" : s.type == Scope::Type::Class ? "class" : "function";
    out += pad + type + " " + s.name + " (line " + std::to_string(s.lineno) + ")";
    if (s.isGenerator) out += " generator";
    if (s.isCoroutine) out += " coroutine";
    if (s.needsClassClosure) out += " needs_class_closure";
    if (s.type == Scope::Type::Function) out += " locals=" + std::to_string(s.numLocals());
    out += "\n";
    std::vector<const Symbol*> syms;
    for (const Symbol& sym : s.symbols) syms.push_back(&sym);
    std::sort(syms.begin(), syms.end(), [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
    for (const Symbol* sym : syms) {
        out += pad + "  " + sym->name + ": " + symbolScopeName(sym->scope);
        if (sym->flags & DefParam) out += " param";
        if (sym->flags & DefImport) out += " import";
        if (sym->flags & DefAnnot) out += " annotated";
        if (sym->flags & DefFreeClass) out += " free_class";
        if (sym->slot >= 0) out += " slot=" + std::to_string(sym->slot);
        if (sym->cellIndex >= 0) out += " cell=" + std::to_string(sym->cellIndex);
        out += "\n";
    }
    for (const Scope* c : s.children) dumpScope(*c, depth + 1, out);
}

}  // namespace

SymbolTable buildSymbolTable(const Module& module, const std::string& source) {
    SymbolTable table;
    Builder b(table, source);
    b.run(module);
    return table;
}

std::string dumpSymbolTable(const SymbolTable& table) {
    std::string out;
    dumpScope(*table.module(), 0, out);
    return out;
}

}  // namespace py
