// frontends/js/compiler_impl.h — internals of the JavaScript bytecode compiler shared by the
// compile_*.cpp files: the per-compilation unit, the per-function compiler (registers, the
// control stack for break/continue/return through finally, environments) and its entry points
// for expressions, statements, patterns, functions and classes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontends/js/ast.h"
#include "frontends/js/compiler.h"
#include "frontends/js/scope.h"
#include "shared-ir/builder.h"
#include "shared-ir/ir.h"

namespace js::compiler {

// Thrown for constructs the compiler cannot handle; surfaces as a js::SyntaxError.
struct CompileError {
    std::string message;
    SourcePos pos;
};

// State shared by every function of one compilation.
struct Unit {
    CompileOptions options;
    std::shared_ptr<const std::u16string> source16;  // whole source as UTF-16 (may be null)
    std::vector<uint32_t> offsetMap;                  // UTF-8 byte offset -> UTF-16 offset
    uint32_t privateSiteCounter = 0;                  // makes private names unique per class
    bool isEval = false;
    bool isModule = false;
    uint32_t toUtf16Offset(uint32_t byteOffset) const;
};

// One entry of the control stack: what a jump out of the current position must pass through.
struct Control {
    enum class Kind : uint8_t {
        Breakable,      // loop, switch, or labelled statement: a break/continue target
        Finally,        // a try with a finally block: exits run a copy of the block
        Region,         // an open handler range (catch / finally / for-of close): exits punch a hole
        IteratorClose,  // a for-of loop: exits close the iterator
        AsyncIteratorClose,
    };
    Kind kind;
    uint32_t envDepth = 0;  // environments pushed by this function when the entry was made
    // Breakable
    std::vector<std::string> labels;
    bool isLoop = false;           // target of unlabelled continue
    bool acceptsPlainBreak = false;  // loop or switch: target of unlabelled break
    ir::Builder::Label* breakLabel = nullptr;
    ir::Builder::Label* continueLabel = nullptr;
    int breakExitsTo = -1;         // for-of: a break also runs the entries from this index up
                                   // (the iterator close), -1: only the entries above this one
    // Finally
    BlockStmt* finalizer = nullptr;
    // Region
    struct RegionData* region = nullptr;
    // IteratorClose
    uint32_t iteratorReg = 0;
};

// A handler's protected pc range, with holes where exits run code that must not be protected.
constexpr uint32_t kFunctionExit = 0xFFFFFFFFu;  // exitTo target depth for `return`

struct RegionData {
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    uint32_t openStart = 0;
    bool open = false;
    void start(uint32_t pc) { openStart = pc; open = true; }
    void close(uint32_t pc) {
        if (open && pc > openStart) ranges.push_back({openStart, pc});
        open = false;
    }
};

class FunctionCompiler {
 public:
    FunctionCompiler(Unit& unit, ir::Function& out, FunctionNode* fn, FunctionCompiler* parent);

    // Whole-function drivers (compile_function.cpp).
    void compileFunctionBody();                    // a FunctionNode
    void compileTopLevel(Program& program);        // script / eval / module body
    void collectParamBindings(Expr& target, int index);
    // Compiles a nested function; returns its index in out.functions.
    uint32_t compileNested(FunctionNode& fn);
    uint32_t addNested(std::unique_ptr<ir::Function> fn);

    // ---- expressions (compile_expr.cpp) ----
    void exprTo(Expr& e, uint32_t dst);            // value of e into dst
    uint32_t exprAny(Expr& e);                     // a register holding e (a local or a new temp)
    void exprDiscard(Expr& e);                     // evaluate for side effects
    void identifierLoad(Identifier& id, uint32_t dst, bool forTypeof = false);
    void identifierStore(Identifier& id, uint32_t src);   // assignment
    void resolutionLoad(const Resolution& res, const std::string& name, uint32_t dst, bool forTypeof);
    void resolutionStore(const Resolution& res, const std::string& name, uint32_t src, bool init);
    void loadThis(const Resolution& res, uint32_t dst);
    void numberTo(double v, uint32_t dst);
    void stringTo(const std::u16string& s, uint32_t dst);
    uint32_t nameConst(const std::string& utf8) { return b.constStringUtf8(utf8); }
    void callExpr(CallExpr& call, uint32_t dst);
    void calleeAndThis(Expr& callee, uint32_t calleeReg, uint32_t base);
    void newExpr(NewExpr& e, uint32_t dst);
    // Evaluates args into a fresh window base+1.. (base allocated by the caller) or, with
    // spreads, into an array in `arrayReg`; returns true when spread was used.
    bool argumentsWindow(std::vector<ExprPtr>& args, uint32_t base);
    void argumentsArray(std::vector<ExprPtr>& args, uint32_t arrayReg);
    bool hasSpread(const std::vector<ExprPtr>& args) const;
    void memberLoad(MemberExpr& m, uint32_t dst, uint32_t* objOut = nullptr);
    void superKey(SuperMemberExpr& s, uint32_t dst);
    void superGet(SuperMemberExpr& s, uint32_t dst, uint32_t key);
    void superSet(SuperMemberExpr& s, uint32_t key, uint32_t src);
    void assignExpr(AssignExpr& a, uint32_t dst, bool valueUsed);
    void updateExpr(UpdateExpr& u, uint32_t dst, bool valueUsed);
    void templateLiteral(TemplateLiteral& t, uint32_t dst);
    void taggedTemplate(TaggedTemplateExpr& t, uint32_t dst);
    void objectLiteral(ObjectLiteral& o, uint32_t dst);
    void arrayLiteral(ArrayLiteral& a, uint32_t dst);
    void unaryExpr(UnaryExpr& u, uint32_t dst);
    void deleteExpr(UnaryExpr& u, uint32_t dst);
    void binaryExpr(BinaryExpr& e, uint32_t dst);
    void logicalExpr(LogicalExpr& e, uint32_t dst);
    void conditionalJump(Expr& test, ir::Builder::Label& target, bool jumpIf);
    void yieldExpr(YieldExpr& y, uint32_t dst);
    void emitYield(uint32_t dst, uint32_t value);  // yield + resume-mode dispatch
    void awaitTo(uint32_t dst, uint32_t value);
    void propertyKeyTo(PropertyKey& key, uint32_t dst);  // Named -> string; Computed -> ToPropertyKey
    void superCall(SuperCallExpr& s, uint32_t dst);
    void newTarget(NewTargetExpr& e, uint32_t dst);
    void position(const SourcePos& p);
    void recordCallee(uint32_t pc, const Expr& callee);
    // SetFunctionName for an anonymous function defined under a computed key (prefix "get"/"set"
    // or ""); `fn` may be null when the value is not a function node.
    void setFunctionNameFromKey(FunctionNode* fn, uint32_t fnReg, uint32_t keyReg, const char* prefix);
    // Parameter initialisers: index of the parameter being initialised (-1 outside), and which
    // parameter declares each binding, for the TDZ of later parameters.
    int currentParam = -1;
    Binding* currentParamSelf = nullptr;  // `x = <default>`: x itself is in its TDZ
    std::vector<std::pair<Binding*, int>> paramIndexOf;

    // ---- patterns (compile_pattern.cpp) ----
    // Binds/assigns `value` to a target pattern. init: declaration initialisation (let/const/
    // params) rather than assignment.
    void bindPattern(Expr& target, uint32_t value, bool init);
    void objectPattern(ObjectPattern& p, uint32_t value, bool init);
    void arrayPattern(ArrayPattern& p, uint32_t value, bool init);
    // Simple target references evaluated before the value (for destructuring assignment to
    // members the object/key are evaluated at their position in the pattern).
    void assignToMember(MemberExpr& m, uint32_t value);

    // ---- statements (compile_stmt.cpp) ----
    void stmt(Stmt& s);
    void stmtList(StmtList& list);
    void blockStmt(BlockStmt& b);
    void varDecl(VarDecl& d);
    void ifStmt(IfStmt& s);
    void forStmt(ForStmt& s, std::vector<std::string> labels);
    void forInOf(ForInOfStmt& s, std::vector<std::string> labels);
    void whileStmt(WhileStmt& s, std::vector<std::string> labels);
    void doWhileStmt(DoWhileStmt& s, std::vector<std::string> labels);
    void switchStmt(SwitchStmt& s, std::vector<std::string> labels);
    void labeledStmt(LabeledStmt& s);
    void tryStmt(TryStmt& s);
    void returnStmt(ReturnStmt& s);
    void breakContinue(const std::string& label, bool isContinue, const SourcePos& pos);
    void withStmt(WithStmt& s);
    void forInOfHead(ForInOfStmt& s, uint32_t value);
    // Jumps out to control entry `target` (index), running finally blocks, closing iterators
    // and popping environments on the way. target == -1: function exit (return).
    void exitTo(int target, uint32_t targetDepth);
    void emitReturnValue(uint32_t reg);           // return reg through finally blocks
    void completionStore(uint32_t reg);           // eval/REPL completion value

    // ---- scopes (compile_scope.cpp) ----
    // Enter a scope: push its environment when it has one, put let/const/class bindings in the
    // TDZ, hoist function declarations of `hoistBody` (nullable). Returns true if an env was pushed.
    bool enterScope(Scope* scope, const std::vector<FunctionDecl*>& hoisted = {});
    void leaveScope(bool pushed);
    void initLexicalTdz(Scope* scope);
    void hoistFunctions(const std::vector<FunctionDecl*>& decls, Scope* scope);
    // Initialises a binding of the scope just entered (hops 0 when it lives in the env).
    void declarationStore(Binding* binding, uint32_t src);
    static void collectFunctionDecls(StmtList& body, std::vector<FunctionDecl*>& out);
    void pushEnv(Scope* scope);
    // Where a binding of an enclosing scope of this function is, seen from the current point.
    bool resolveHere(Binding* binding, Resolution& out);
    void adoptCapturedThis();  // derived constructor: see `this` an arrow's super() bound
    std::vector<Scope*> scopeStack;  // scopes entered so far in this function, innermost last
    // `with` objects of the statements enclosing the current point (registers, innermost last):
    // dynamic names are looked up on them first.
    std::vector<uint32_t> withObjects;
    // Emits the with-object lookup chain for `name`: found(obj) for the innermost object that
    // has the property, else missing().
    template <class Found, class Missing>
    void withChain(const std::string& name, Found found, Missing missing) {
        ir::Builder::Label done;
        uint32_t m = mark();
        uint32_t key = tmp(), has = tmp();
        b.emit(ir::Op::LoadK, {key, b.constStringUtf8(name)});
        for (auto it = withObjects.rbegin(); it != withObjects.rend(); ++it) {
            ir::Builder::Label next;
            b.emit(ir::Op::In, {has, key, *it});
            b.emitJump(ir::Op::JumpIfFalse, {has}, next);
            found(*it);
            b.emitJump(ir::Op::Jump, {}, done);
            b.bind(next);
        }
        release(m);
        missing();
        b.bind(done);
    }
    void popEnv();

    // ---- classes (compile_class.cpp) ----
    void classDefinition(ClassNode& cls, uint32_t dst);
    std::unique_ptr<ir::Function> synthesizedConstructor(ClassNode& cls, bool derived);

    // ---- helpers ----
    uint32_t tmp() { return b.allocReg(); }
    uint32_t mark() const { return b.regMark(); }
    void release(uint32_t m) { b.freeRegsTo(m); }
    bool isLocalRegister(uint32_t r) const { return r < localsEnd_; }
    uint32_t localReg(int slot) const {
        if (slot < 0 || size_t(slot) >= localRegs.size()) throw CompileError{"internal: bad local slot", {}};
        return localRegs[size_t(slot)];
    }
    std::vector<uint32_t> localRegs;  // scope analysis' local slot -> frame register
    int32_t thisReg = -1;             // register holding the function's own `this` (loaded once)
    [[noreturn]] void fail(const std::string& message, const SourcePos& pos);

    Unit& unit;
    ir::Function& f;
    ir::Builder b;
    FunctionNode* fn;              // null for the top level of a Program
    FunctionCompiler* parent;
    bool strict = false;
    bool isTopLevel = false;
    uint32_t envDepth = 0;         // environments pushed so far (live at the current pc)
    uint32_t localsEnd_ = 0;       // registers [0, localsEnd_) hold locals / parameters
    std::vector<Control> controls;
    std::vector<ir::Builder::Label*> optionalNil;  // innermost optional chain's nil target
    int32_t completionReg = -1;    // eval/REPL: register holding the completion value
    uint32_t functionNameReg = 0;
    // Class being compiled (for private names): innermost last.
    struct ClassContext {
        uint32_t site;
        std::vector<std::string> privateNames;  // declared "#x"
    };
    std::vector<ClassContext>* classStack = nullptr;  // shared along the function chain
    std::vector<ClassContext> ownClassStack;
    std::string privateKey(const std::string& name, const SourcePos& pos);
};

// Expression shape queries used across the compiler (compile_expr.cpp).
bool writesDstLast(const Expr& e);
bool isPlainLocal(const Expr& e);

// BigInt literal digits (with 0x/0o/0b prefix) -> decimal text.
std::string bigIntToDecimal(const std::string& digits);

}  // namespace js::compiler
