// Internals of the Python bytecode compiler shared by compiler*.cpp: the per-compilation unit,
// the per-function compiler (registers, names by symbol-table scope, the control stack that
// runs finally/with/except cleanups on break/continue/return) and its expression and
// statement entry points.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "frontends/python/ast.h"
#include "frontends/python/compiler.h"
#include "frontends/python/py_intrinsics.h"
#include "frontends/python/symtable.h"
#include "shared-ir/builder.h"

namespace py::compiler {

using ir::Op;
using Label = ir::Builder::Label;

// State shared by every function of one compilation.
struct Unit {
    CompileOptions options;
    SymbolTable* symtable = nullptr;
    CompileMode mode = CompileMode::Exec;
    std::shared_ptr<const std::u16string> source16;
};

// A handler's protected pc ranges, with holes where exits run code that must not be protected.
struct Region {
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    uint32_t openStart = 0;
    bool open = false;
    void start(uint32_t pc) { openStart = pc; open = true; }
    void close(uint32_t pc) {
        if (open && pc > openStart) ranges.push_back({openStart, pc});
        open = false;
    }
};

// One entry of the control stack: what a jump out of the current position passes through.
struct Control {
    enum class Kind : uint8_t { Loop, Cleanup, Region };
    Kind kind;
    Label* breakLabel = nullptr;      // Loop
    Label* continueLabel = nullptr;   // Loop
    std::function<void()> cleanup;    // Cleanup: emits the code an exit must run (finally, __exit__, ...)
    Region* region = nullptr;         // Region
};

class FunctionCompiler {
 public:
    enum class Kind { Module, Function, Class };
    FunctionCompiler(Unit& unit, ir::Function& out, Scope* scope, FunctionCompiler* parent, Kind kind);

    // ---- drivers (compiler.cpp) ----
    void compileModuleBody(ast::Module& m);
    void compileFunctionBody(const ast::StmtList& body, ast::Expr* lambdaBody);
    void compileClassBody(ast::ClassDef& c);
    void compileComprehensionBody(ast::Expr& comp);
    void prologue();                                // env for cells, unbound locals
    void functionDef(ast::FunctionDef* def, ast::Lambda* lambda, uint32_t dst);  // def / lambda
    void classDef(ast::ClassDef& c, uint32_t dst);
    void comprehension(ast::Expr& e, uint32_t dst);
    uint32_t addNested(std::unique_ptr<ir::Function> fn);
    std::string childQualname(const std::string& name, bool isFunctionChild) const;

    // ---- names (compiler.cpp) ----
    void nameLoad(const std::string& name, uint32_t dst);
    void nameStore(const std::string& name, uint32_t src);
    void nameDelete(const std::string& name);
    // A plain fast local's register, or -1 (name not a non-cell local of a function).
    int localRegister(const std::string& name) const;
    bool cellLocation(const std::string& mangled, uint32_t& hops, uint32_t& slot) const;
    const Symbol* symbolOf(const std::string& mangled) const;
    std::string mangle(const std::string& name) const;

    // ---- expressions (compiler_expr.cpp) ----
    void exprTo(ast::Expr& e, uint32_t dst);
    uint32_t exprAny(ast::Expr& e);          // a register holding e's value (a local or a new temp)
    void exprDiscard(ast::Expr& e);
    void constantTo(ast::Constant& c, uint32_t dst);
    void strTo(const std::string& utf8, uint32_t dst);
    void intrinsic(uint32_t dst, Intrinsic id, uint32_t base, uint32_t argc);
    void binOpTo(ast::Operator op, uint32_t dst, uint32_t a, uint32_t b2);
    void compareTo(ast::Compare& c, uint32_t dst);
    void compareOp(ast::CmpOp op, uint32_t dst, uint32_t a, uint32_t b2);
    void boolOpTo(ast::BoolOp& e, uint32_t dst);
    void conditionalJump(ast::Expr& test, Label& target, bool jumpIf);
    void callTo(ast::Call& c, uint32_t dst);
    void displayTo(ast::Expr& e, uint32_t dst);     // list / tuple / set
    void dictTo(ast::Dict& d, uint32_t dst);
    void joinedStrTo(ast::JoinedStr& j, uint32_t dst);
    void sliceKeyTo(ast::Expr& e, uint32_t dst);    // subscript key (Slice -> slice object)
    void yieldTo(uint32_t dst, uint32_t value);     // yield + resume-mode dispatch
    void awaitTo(uint32_t dst, uint32_t value);
    // Stores `src` into an assignment target (Name, Attribute, Subscript, Tuple/List, Starred).
    void assignTo(ast::Expr& target, uint32_t src);
    void deleteTarget(ast::Expr& target);

    // ---- statements (compiler_stmt.cpp) ----
    void stmt(ast::Stmt& s);
    void stmtList(const ast::StmtList& list);
    void ifStmt(ast::If& s);
    void whileStmt(ast::While& s);
    void forStmt(ast::For& s);
    void tryStmt(ast::Try& s);
    void tryExcept(ast::Try& s);
    void tryExceptStar(ast::Try& s);
    void withStmt(ast::With& s, size_t item);
    // v = await it.__anext__(); jumps to `done` when StopAsyncIteration ends the iteration.
    void asyncIteratorNext(uint32_t v, uint32_t it, Label& done);
    void importStmt(ast::Import& s);
    void importFromStmt(ast::ImportFrom& s);
    void augAssign(ast::AugAssign& s);
    void raiseStmt(ast::Raise& s);
    void assertStmt(ast::Assert& s);
    void returnValue(uint32_t reg);                 // through cleanups
    void breakContinue(bool isContinue, const ast::Pos& pos);
    void exitTo(int target);                        // run cleanups of entries above target
    void reopenRegionsAbove(int target);
    void matchStmt(ast::Match& s);
    void annAssign(ast::AnnAssign& s);
    // Module and class bodies with `name: annotation` statements start with an empty __annotations__.
    void setupAnnotations(const ast::StmtList& body);
    void annotationTo(ast::Expr& annotation, uint32_t dst);  // the value, or its source text under `from __future__ import annotations`
    // Tests `subject` against a pattern, binding its names; jumps to `fail` when it does not match.
    void matchPattern(ast::Pattern& p, uint32_t subject, Label& fail);

    // ---- helpers ----
    uint32_t tmp() { return b.allocReg(); }
    uint32_t tmps(uint32_t n) { return b.allocRegs(n); }
    uint32_t mark() const { return b.regMark(); }
    void release(uint32_t m) { b.freeRegsTo(m); }
    bool isLocalRegister(uint32_t r) const { return r < localsEnd; }
    void position(const ast::Pos& p) { b.setPosition(uint32_t(p.lineno), uint32_t(p.col_offset + 1)); }
    uint32_t nameConst(const std::string& utf8) { return b.constStringUtf8(utf8); }
    uint32_t handlerEnvDepth() const { return hasEnv ? 1u : 0u; }
    [[noreturn]] void fail(const std::string& message, const ast::Pos& pos);

    Unit& unit;
    ir::Function& f;
    ir::Builder b;
    Scope* scope;
    FunctionCompiler* parent;
    Kind kind;
    std::string qualname;          // this function's/class's __qualname__ ("" for the module)
    bool hasEnv = false;           // pushed an Environment for cells at entry
    uint32_t localsEnd = 0;        // registers [0, localsEnd) are parameters / fast locals
    uint32_t nsReg = 0;            // class body: the namespace
    std::vector<Control> controls;
};

// Integer literal digits in base 2/8/16 -> decimal text.
std::string digitsToDecimal(const std::string& digits, int base);
// UTF-8 (generalized: lone surrogates allowed) -> code points.
std::u32string utf8ToU32(const std::string& s);
std::u16string utf8ToU16(const std::string& s);

}  // namespace py::compiler
