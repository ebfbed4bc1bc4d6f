// frontends/js/compile_scope.cpp — entering and leaving scopes: pushing an environment (with a
// ScopeInfo constant naming its slots, for eval/with lookups) exactly for scopes that need one,
// putting let/const/class bindings in the TDZ, and hoisting function declarations.
#include "frontends/js/compiler_impl.h"

namespace js::compiler {

using ir::Op;

void FunctionCompiler::pushEnv(Scope* scope) {
    ir::ScopeInfo info;
    info.names = scope->envSlotNames;
    info.names.resize(size_t(scope->envSlotCount));
    info.varScope = scope->hasSloppyDirectEval;
    b.emit(Op::PushEnv, {uint32_t(scope->envSlotCount), b.constOther(std::move(info))});
    envDepth++;
}

void FunctionCompiler::popEnv() {
    b.emit(Op::PopEnv);
    envDepth--;
}

void FunctionCompiler::declarationStore(Binding* binding, uint32_t src) {
    if (binding->captured)
        b.emit(Op::InitEnv, {0, uint32_t(binding->slot), src});
    else if (binding->slot >= 0)
        b.emit(Op::Mov, {localReg(binding->slot), src});
}

void FunctionCompiler::initLexicalTdz(Scope* scope) {
    uint32_t m = mark();
    int32_t hole = -1, undef = -1;
    for (auto& bp : scope->bindings) {
        Binding* bd = bp.get();
        // Environment slots start as the TDZ hole: captured vars must read undefined.
        if (bd->captured && bd->kind == BindingKind::Var && scope->needsEnv) {
            if (undef < 0) {
                undef = int32_t(tmp());
                b.emit(Op::LoadUndef, {uint32_t(undef)});
            }
            declarationStore(bd, uint32_t(undef));
            continue;
        }
        if (!bd->needsTdz) continue;
        if (bd->captured && !scope->needsEnv) continue;  // defensive
        if (hole < 0) {
            hole = int32_t(tmp());
            b.emit(Op::LoadUninit, {uint32_t(hole)});
        }
        declarationStore(bd, uint32_t(hole));
    }
    release(m);
}

void FunctionCompiler::collectFunctionDecls(StmtList& body, std::vector<FunctionDecl*>& out) {
    for (auto& s : body) {
        Stmt* st = s.get();
        // `l: function f() {}` (sloppy) declares f like a plain declaration.
        while (st->kind == NodeKind::Labeled) st = st->as<LabeledStmt>().body.get();
        if (st->kind == NodeKind::FunctionDecl) out.push_back(&st->as<FunctionDecl>());
    }
}

void FunctionCompiler::hoistFunctions(const std::vector<FunctionDecl*>& decls, Scope* scope) {
    uint32_t m = mark();
    for (FunctionDecl* d : decls) {
        uint32_t t = tmp();
        uint32_t idx = compileNested(*d->fn);
        b.emit(Op::MakeClosure, {t, idx});
        Binding* bd = scope ? scope->find(d->fn->id->name) : nullptr;
        if (bd && bd->scope == scope && (bd->captured || bd->slot >= 0)) {
            declarationStore(bd, t);
        } else {
            // Global (script top level) or Dynamic (eval code): store by name.
            Resolution r = d->fn->id->res;
            r.isConstAssign = false;
            r.needsTdzCheck = false;
            resolutionStore(r, d->fn->id->name, t, true);
        }
        release(m);
    }
}

bool FunctionCompiler::enterScope(Scope* scope, const std::vector<FunctionDecl*>& hoisted) {
    scopeStack.push_back(scope);
    if (!scope) return false;
    bool pushed = scope->needsEnv;
    if (pushed) pushEnv(scope);
    initLexicalTdz(scope);
    if (!hoisted.empty()) hoistFunctions(hoisted, scope);
    return pushed;
}

void FunctionCompiler::leaveScope(bool pushed) {
    scopeStack.pop_back();
    if (pushed) popEnv();
}

// A derived constructor whose arrows call super(): the arrow binds the constructor's hidden
// `this` binding, not the frame's this; AdoptThis brings it over before the frame's this is read.
void FunctionCompiler::adoptCapturedThis() {
    if (!fn || fn->kind != FunctionKind::DerivedConstructor || !fn->scope || !fn->scope->calleeBinding ||
        !fn->scope->thisBinding)
        return;
    Resolution r;
    if (!resolveHere(fn->scope->thisBinding, r)) return;
    r.needsTdzCheck = false;
    uint32_t m = mark();
    uint32_t t = tmp();
    resolutionLoad(r, "this", t, false);
    b.emit(Op::AdoptThis, {t});
    release(m);
}

bool FunctionCompiler::resolveHere(Binding* binding, Resolution& out) {
    int hops = 0;
    for (auto it = scopeStack.rbegin(); it != scopeStack.rend(); ++it) {
        Scope* s = *it;
        if (!s) continue;
        if (s == binding->scope) {
            out = Resolution{};
            out.binding = binding;
            out.slot = binding->slot;
            if (binding->captured) {
                out.kind = RefKind::Env;
                out.hops = hops;
            } else {
                out.kind = RefKind::Local;
            }
            return true;
        }
        if (s->needsEnv) hops++;
    }
    return false;
}

}  // namespace js::compiler
