// frontends/js/scope.h — scope analysis: which bindings exist, where each lives at run time,
// and how every identifier reference resolves. Fills the Resolution / Scope* fields of ast.h.
//
// THE VARIABLE MODEL
//  * Every function (FunctionNode, including the synthetic Program::topLevel, class field
//    initializers and static blocks) has `numLocals` local slots: one per binding of that
//    function that is NOT captured. Local slot numbers are per function, never reused; simple
//    (identifier) parameters that stay local get slots 0..k first, in parameter order. The
//    compiler maps local slot i to a frame register (e.g. base + i) as it likes.
//  * A binding is "captured" (lives in a heap environment) when a reference from another
//    function (closure, arrow) reaches it, or when its scope is on the scope chain of a direct
//    `eval(...)` or a `with` statement (eval'd code and with-bodies look names up by string), or
//    for the parameters of a sloppy function with simple parameters that uses `arguments`
//    (mapped arguments alias the parameter slots).
//  * A scope "needsEnv" when it holds at least one captured binding, is a With scope, or is the
//    function scope of a function with a sloppy direct eval (which may add `var`s at run time).
//    Only such scopes exist on the run-time environment chain. An env has `envSlotCount` slots;
//    `envSlotNames[i]` names slot i (for eval/with lookups and debugging; hidden bindings are
//    named "this", "new.target", "%home").
//  * Env(hops, slot): starting at the innermost env-bearing scope enclosing the reference, go
//    out `hops` env-bearing scopes, then use `slot`. A closure captures the chain current at its
//    creation. The compiler must push an env exactly when entering a scope with needsEnv
//    (function entry, block entry, catch clause, class scope, for head, with body) and pop it on
//    exit.
//  * Global(name): not bound anywhere -> global object / global lexical lookup.
//    Dynamic(name): the reference passes through a With scope or a sloppy-direct-eval function
//    scope before reaching its binding (or the global): look up by name along the env chain at
//    run time (with objects first), then global.
//
// SCOPES
//  * Function scope: parameters, `var`s (hoisted from nested blocks), top-level function
//    declarations and top-level let/const/class of the body all share ONE scope and one env.
//    Name resolution still separates them: code inside the parameter list (defaults, and
//    closures created there) sees only the parameters and implicit bindings of this scope, not
//    the body's declarations (`function f(x = () => y) { let y }` resolves y outside f).
//    Simplification: a body `var` with a parameter's name is the parameter's binding.
//    Implicit bindings: `arguments`
//    (created when referenced or when the function has a direct eval; non-arrow functions only;
//    arrows see the enclosing function's), a FunctionName binding for a named function
//    expression (unless a param/var/function of the body has the same name), and hidden This /
//    NewTarget / HomeObject bindings when a nested arrow (or eval) uses this / new.target /
//    super.x: the compiler stores the receiver / new.target / home object into them at entry
//    (derived constructors: store `this` after each super() call: SuperCallExpr::thisRes).
//    See Scope::thisBinding etc.
//  * Block scope: only for blocks/switches that directly declare let/const/class/function.
//    Function declarations in blocks are let-like block bindings initialized (hoisted) at block
//    entry. Sloppy mode (Annex B): they ALSO get a `var` binding in the function scope (unless
//    that conflicts with a lexical binding or a parameter); FunctionDecl::annexBVarRes says
//    where to copy the function when the declaration statement is evaluated.
//  * Catch scope: the catch parameter bindings (the body block is its own block scope).
//  * For scope: the let/const bindings of a for / for-in / for-of head. ForStmt: when the scope
//    needsEnv, `perIterationCopy` is set: copy the env at the end of each iteration (before the
//    update expression) so closures see per-iteration bindings. ForIn/ForOf: a fresh env per
//    iteration; the right-hand side (`of <expr>`) is resolved OUTSIDE the head scope
//    (simplification: `for (let x of x)` does not see the head's TDZ binding).
//  * Class scope: the class's own name (ClassInnerName, immutable) for named classes; the
//    heritage, computed keys, methods and field initializers are inside it. The compiler
//    initializes it right after creating the constructor (before static fields/blocks run).
//  * With scope: no bindings; an object environment. Everything looked up through it is Dynamic.
//  * The top level (Program): a Function scope for Program::topLevel. ScopeOptions::commonJs
//    (node's module wrapper): top-level declarations are locals of the module function, and
//    exports, require, module, __filename, __dirname are its Param bindings 0..4. Script mode:
//    top-level var/function/let/const/class names are Global.
//
// TDZ: a reference to a let/const/class binding has needsTdzCheck when it may run before the
// binding is initialized: it appears (in walk order) before the declaration completes in the
// same function, or it is in a nested function, or the binding belongs to a switch block.
// Binding::needsTdz: some reference needs a check, so initialize the binding with the hole.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontends/js/ast.h"

namespace js {

enum class ScopeKind : uint8_t { Function, Block, Catch, For, Class, With };

struct Binding {
    std::string name;
    BindingKind kind;
    Scope* scope = nullptr;
    SourcePos pos;
    bool captured = false;   // lives in scope's environment (slot = env slot)
    bool needsTdz = false;   // some reference may see it uninitialized: init with the hole
    int slot = -1;           // captured ? env slot : local slot of scope->function
    bool isLexical() const {
        return kind == BindingKind::Let || kind == BindingKind::Const || kind == BindingKind::Class ||
               kind == BindingKind::ClassInnerName;
    }
};

struct Scope {
    ScopeKind kind;
    Scope* parent = nullptr;
    FunctionNode* function = nullptr;  // function whose frame holds this scope's locals
    bool isSwitch = false;             // Block scope of a switch statement
    bool isStrict = false;
    std::vector<std::unique_ptr<Binding>> bindings;  // declaration order
    std::unordered_map<std::string, Binding*> byName;
    std::vector<Scope*> children;

    bool needsEnv = false;
    int envSlotCount = 0;
    std::vector<std::string> envSlotNames;  // index = env slot
    bool perIterationCopy = false;          // For scope of a ForStmt whose env is captured

    // Function scopes only:
    bool hasSloppyDirectEval = false;       // eval may add vars here at run time
    Binding* argumentsBinding = nullptr;    // implicit arguments object (kind Arguments)
    Binding* functionNameBinding = nullptr; // named function expression's own name
    Binding* thisBinding = nullptr;         // hidden, when arrows/eval capture `this`
    Binding* newTargetBinding = nullptr;
    Binding* homeObjectBinding = nullptr;
    Binding* calleeBinding = nullptr;       // hidden, when arrows call super()
    // Internal: every binding must live in the env (scope is on an eval/with scope chain).
    bool forceEnv = false;

    Binding* find(const std::string& n) const {
        auto it = byName.find(n);
        return it == byName.end() ? nullptr : it->second;
    }
};

struct ScopeTree {
    std::vector<std::unique_ptr<Scope>> scopes;  // pre-order; scopes[0] is the program scope
    Scope* root() const { return scopes.empty() ? nullptr : scopes[0].get(); }
};

struct ScopeOptions {
    bool commonJs = true;   // top level is node's CommonJS module function (see above)
    bool evalCode = false;  // analyzing direct-eval code: free names and sloppy top-level
                            // var/function resolve Dynamic (they belong to the caller)
};

// Runs the analysis, fills the AST annotations and sets program.scopeTree.
void analyzeScopes(Program& program, const ScopeOptions& options = {});

// "block: x(let local 2 tdz), f(function env 0)" — used by ast_dump and tests.
std::string describeScopeBrief(const Scope& scope);
const char* bindingKindName(BindingKind k);

}  // namespace js
