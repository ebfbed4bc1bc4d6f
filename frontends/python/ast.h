// The Python abstract syntax tree: the nodes the parser builds and the symbol table and
// bytecode compiler read. Modelled on CPython 3.11's `ast` module (same node names, same
// fields, same meaning), so `ast.dump` output and CPython's docs describe this tree too.
//
// Conventions (stable; additions are fine, renames are not):
//  * Ownership: every node lives in the Module's Arena and is freed with the Module. Children
//    are plain pointers (`Expr*`, `Stmt*`); an optional child is nullptr when absent.
//  * Kinds: `Expr::kind` / `Stmt::kind` / `Pattern::kind` say which struct a node is; cast with
//    `node->as<ast::Call>()` (checked in debug builds). Async variants share the sync struct:
//    AsyncFunctionDef is a FunctionDef with kind AsyncFunctionDef, likewise AsyncFor/For and
//    AsyncWith/With, TryStar/Try.
//  * Positions (Pos): `lineno` / `end_lineno` are 1-based lines; `col_offset` / `end_col_offset`
//    are 0-based UTF-8 *byte* offsets into the line, exactly as CPython's ast reports them.
//  * Strings: identifiers and str constants are UTF-8 `std::string`. Identifiers are already
//    NFKC-normalized (PEP 3131). A str constant holding a lone surrogate (e.g. "\ud800") stores
//    it in generalized UTF-8 (the 3-byte ED A0 80 form, as WTF-8 does), so no code point is lost.
//    bytes constants are raw bytes in `std::string`.
//  * Integers of any size: Constant{Int} keeps the digits as text plus base (no size limit);
//    `intFits64` / `intValue` give the value directly when it fits in int64_t (the runtime turns
//    those into small ints and the rest into GMP ints via mpz_set_str(intDigits, intBase)).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontends/python/syntax_error.h"

namespace py::ast {

// Source span of a node (see conventions above).
struct Pos {
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
};

// Base of every arena-allocated node; the virtual destructor lets the arena free any node.
struct Node {
    Pos pos;
    virtual ~Node() = default;
};

// Owns every node of one parse. Nodes are never freed individually.
class Arena {
public:
    template <class T, class... Args>
    T* make(Args&&... args) {
        auto node = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = node.get();
        nodes_.push_back(std::move(node));
        return raw;
    }
    size_t size() const { return nodes_.size(); }

private:
    std::vector<std::unique_ptr<Node>> nodes_;
};

// ---------------------------------------------------------------------------------------------
// Small enumerations (CPython's expr_context, boolop, operator, unaryop, cmpop).

enum class ExprContext { Load, Store, Del };
enum class BoolOpKind { And, Or };
enum class Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* name(ExprContext);
const char* name(BoolOpKind);
const char* name(Operator);
const char* name(UnaryOpKind);
const char* name(CmpOp);
const char* symbol(Operator);  // "+", "//", ... (for messages and dumps)

// ---------------------------------------------------------------------------------------------
// Expressions

enum class ExprKind {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice
};
const char* name(ExprKind);

struct Expr : Node {
    ExprKind kind;
    explicit Expr(ExprKind k) : kind(k) {}
    template <class T> T* as() { return static_cast<T*>(this); }
    template <class T> const T* as() const { return static_cast<const T*>(this); }
};

struct Arguments;
struct Keyword;

// One `for target in iter if ifs...` clause of a comprehension (CPython: comprehension).
struct Comprehension : Node {
    Expr* target = nullptr;     // Store context
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
    bool is_async = false;      // `async for`
};

// `a and b and c` -> values [a, b, c].
struct BoolOp : Expr { BoolOp() : Expr(ExprKind::BoolOp) {}
    BoolOpKind op = BoolOpKind::And;
    std::vector<Expr*> values;
};
// `target := value`; target is a Name in Store context.
struct NamedExpr : Expr { NamedExpr() : Expr(ExprKind::NamedExpr) {}
    Expr* target = nullptr;
    Expr* value = nullptr;
};
struct BinOp : Expr { BinOp() : Expr(ExprKind::BinOp) {}
    Expr* left = nullptr;
    Operator op = Operator::Add;
    Expr* right = nullptr;
};
struct UnaryOp : Expr { UnaryOp() : Expr(ExprKind::UnaryOp) {}
    UnaryOpKind op = UnaryOpKind::Not;
    Expr* operand = nullptr;
};
struct Lambda : Expr { Lambda() : Expr(ExprKind::Lambda) {}
    Arguments* args = nullptr;  // never null (empty Arguments when `lambda: x`)
    Expr* body = nullptr;
};
// `body if test else orelse`.
struct IfExp : Expr { IfExp() : Expr(ExprKind::IfExp) {}
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};
// `{k: v, **d}` -> keys [k, nullptr], values [v, d] (a nullptr key means `**value`).
struct Dict : Expr { Dict() : Expr(ExprKind::Dict) {}
    std::vector<Expr*> keys;
    std::vector<Expr*> values;
};
struct Set : Expr { Set() : Expr(ExprKind::Set) {}
    std::vector<Expr*> elts;
};
// ListComp, SetComp and GeneratorExp: `elt for ... if ...`.
struct ListComp : Expr { explicit ListComp(ExprKind k = ExprKind::ListComp) : Expr(k) {}
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};
using SetComp = ListComp;       // kind == SetComp
using GeneratorExp = ListComp;  // kind == GeneratorExp
struct DictComp : Expr { DictComp() : Expr(ExprKind::DictComp) {}
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension*> generators;
};
struct Await : Expr { Await() : Expr(ExprKind::Await) {}
    Expr* value = nullptr;
};
struct Yield : Expr { Yield() : Expr(ExprKind::Yield) {}
    Expr* value = nullptr;  // nullptr for bare `yield`
};
struct YieldFrom : Expr { YieldFrom() : Expr(ExprKind::YieldFrom) {}
    Expr* value = nullptr;
};
// `a < b <= c` -> left a, ops [Lt, LtE], comparators [b, c].
struct Compare : Expr { Compare() : Expr(ExprKind::Compare) {}
    Expr* left = nullptr;
    std::vector<CmpOp> ops;
    std::vector<Expr*> comparators;
};
// `func(a, *b, k=v, **d)` -> args [a, Starred(b)], keywords [Keyword(k, v), Keyword(<empty>, d)].
struct Call : Expr { Call() : Expr(ExprKind::Call) {}
    Expr* func = nullptr;
    std::vector<Expr*> args;        // positional arguments, Starred for `*x`
    std::vector<Keyword*> keywords; // named arguments and `**x` (Keyword::arg empty)
};
// One `{value!conversion:format_spec}` replacement field of an f-string.
struct FormattedValue : Expr { FormattedValue() : Expr(ExprKind::FormattedValue) {}
    Expr* value = nullptr;
    int conversion = -1;            // -1 none, or 's', 'r', 'a'
    Expr* format_spec = nullptr;    // a JoinedStr, or nullptr
};
// An f-string (after implicit concatenation): Constant{Str} pieces and FormattedValue fields.
// `f"{x=}"` expands as CPython does: Constant("x=") then FormattedValue(x, conversion 'r'
// unless a conversion or format spec is given).
struct JoinedStr : Expr { JoinedStr() : Expr(ExprKind::JoinedStr) {}
    std::vector<Expr*> values;
};

enum class ConstantKind { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
const char* name(ConstantKind);

struct Constant : Expr { Constant() : Expr(ExprKind::Constant) {}
    ConstantKind value_kind = ConstantKind::None;
    // Int: digits without prefix or underscores ("ff" for 0xFF) in base intBase (2/8/10/16).
    std::string intDigits;
    int intBase = 10;
    bool intFits64 = false;        // intValue is exact
    int64_t intValue = 0;
    // Float: the value; Complex: the imaginary part (`3j` -> 3.0, real part is 0).
    double floatValue = 0.0;
    // Str: UTF-8 text; Bytes: raw bytes.
    std::string str;
    bool uPrefix = false;          // written with u"" (CPython's Constant.kind == 'u')
};
// `value.attr`.
struct Attribute : Expr { Attribute() : Expr(ExprKind::Attribute) {}
    Expr* value = nullptr;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
};
// `value[slice]`; `a[1:2, 3]` has slice Tuple([Slice(1, 2), 3]).
struct Subscript : Expr { Subscript() : Expr(ExprKind::Subscript) {}
    Expr* value = nullptr;
    Expr* slice = nullptr;
    ExprContext ctx = ExprContext::Load;
};
// `*value` in a call, display or assignment target.
struct Starred : Expr { Starred() : Expr(ExprKind::Starred) {}
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Name : Expr { Name() : Expr(ExprKind::Name) {}
    std::string id;                // NFKC-normalized
    ExprContext ctx = ExprContext::Load;
};
// List and Tuple displays (also assignment targets).
struct List : Expr { explicit List(ExprKind k = ExprKind::List) : Expr(k) {}
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
using Tuple = List;  // kind == Tuple
// `lower:upper:step`, only as (part of) a Subscript's slice.
struct Slice : Expr { Slice() : Expr(ExprKind::Slice) {}
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

// ---------------------------------------------------------------------------------------------
// Helpers of calls, functions, imports and with-statements

// `name=value` in a call or class header; arg empty for `**value`.
struct Keyword : Node {
    std::string arg;
    Expr* value = nullptr;
};

// One parameter: `arg: annotation`.
struct Arg : Node {
    std::string arg;
    Expr* annotation = nullptr;
};

// A parameter list: `def f(a, /, b, c=1, *args, d, e=2, **kw)` ->
//   posonlyargs [a], args [b, c], defaults [1] (defaults of the *last* posonly+args),
//   vararg args, kwonlyargs [d, e], kw_defaults [nullptr, 2] (one per kwonly arg), kwarg kw.
struct Arguments : Node {
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    std::vector<Expr*> kw_defaults;  // same length as kwonlyargs; nullptr = no default
    Arg* kwarg = nullptr;
    std::vector<Expr*> defaults;
};

// `import name as asname` / `from m import name as asname`; name may be dotted or "*".
struct Alias : Node {
    std::string name;
    std::string asname;  // empty when absent
};

// `with context_expr as optional_vars`.
struct WithItem : Node {
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;  // Store-context target, or nullptr
};

// ---------------------------------------------------------------------------------------------
// Statements

enum class StmtKind {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
    Global, Nonlocal, Expr, Pass, Break, Continue
};
const char* name(StmtKind);

struct Stmt : Node {
    StmtKind kind;
    explicit Stmt(StmtKind k) : kind(k) {}
    template <class T> T* as() { return static_cast<T*>(this); }
    template <class T> const T* as() const { return static_cast<const T*>(this); }
};
using StmtList = std::vector<Stmt*>;

// FunctionDef and AsyncFunctionDef (kind says which). Decorators are in source order.
struct FunctionDef : Stmt { explicit FunctionDef(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
    std::string name;
    Arguments* args = nullptr;     // never null
    StmtList body;
    std::vector<Expr*> decorator_list;
    Expr* returns = nullptr;       // `-> annotation`, or nullptr
};
using AsyncFunctionDef = FunctionDef;

struct ClassDef : Stmt { ClassDef() : Stmt(StmtKind::ClassDef) {}
    std::string name;
    std::vector<Expr*> bases;      // may contain Starred
    std::vector<Keyword*> keywords;// metaclass=..., **kw
    StmtList body;
    std::vector<Expr*> decorator_list;
};
struct Return : Stmt { Return() : Stmt(StmtKind::Return) {}
    Expr* value = nullptr;
};
struct Delete : Stmt { Delete() : Stmt(StmtKind::Delete) {}
    std::vector<Expr*> targets;    // Del context
};
// `a = b = value` -> targets [a, b].
struct Assign : Stmt { Assign() : Stmt(StmtKind::Assign) {}
    std::vector<Expr*> targets;
    Expr* value = nullptr;
};
struct AugAssign : Stmt { AugAssign() : Stmt(StmtKind::AugAssign) {}
    Expr* target = nullptr;        // Name, Attribute or Subscript, Store context
    Operator op = Operator::Add;
    Expr* value = nullptr;
};
// `target: annotation = value`; simple is true for a bare Name target without parentheses.
struct AnnAssign : Stmt { AnnAssign() : Stmt(StmtKind::AnnAssign) {}
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    bool simple = false;
};
// For and AsyncFor.
struct For : Stmt { explicit For(StmtKind k = StmtKind::For) : Stmt(k) {}
    Expr* target = nullptr;
    Expr* iter = nullptr;
    StmtList body;
    StmtList orelse;
};
using AsyncFor = For;
struct While : Stmt { While() : Stmt(StmtKind::While) {}
    Expr* test = nullptr;
    StmtList body;
    StmtList orelse;
};
// `elif` is an If nested as the only statement of orelse.
struct If : Stmt { If() : Stmt(StmtKind::If) {}
    Expr* test = nullptr;
    StmtList body;
    StmtList orelse;
};
// With and AsyncWith.
struct With : Stmt { explicit With(StmtKind k = StmtKind::With) : Stmt(k) {}
    std::vector<WithItem*> items;
    StmtList body;
};
using AsyncWith = With;
struct Raise : Stmt { Raise() : Stmt(StmtKind::Raise) {}
    Expr* exc = nullptr;
    Expr* cause = nullptr;         // `from cause`
};
// `except type as name: body` (CPython: ExceptHandler).
struct ExceptHandler : Node {
    Expr* type = nullptr;          // nullptr for bare `except:`
    std::string name;              // empty when no `as`
    StmtList body;
};
// Try and TryStar (`except*`).
struct Try : Stmt { explicit Try(StmtKind k = StmtKind::Try) : Stmt(k) {}
    StmtList body;
    std::vector<ExceptHandler*> handlers;
    StmtList orelse;
    StmtList finalbody;
};
using TryStar = Try;
struct Assert : Stmt { Assert() : Stmt(StmtKind::Assert) {}
    Expr* test = nullptr;
    Expr* msg = nullptr;
};
struct Import : Stmt { Import() : Stmt(StmtKind::Import) {}
    std::vector<Alias*> names;
};
// `from ..module import names`: level 2, module "module" (empty for `from . import x`).
struct ImportFrom : Stmt { ImportFrom() : Stmt(StmtKind::ImportFrom) {}
    std::string module;
    std::vector<Alias*> names;
    int level = 0;
};
// Global and Nonlocal.
struct Global : Stmt { explicit Global(StmtKind k = StmtKind::Global) : Stmt(k) {}
    std::vector<std::string> names;
};
using Nonlocal = Global;
// An expression statement (CPython: Expr).
struct ExprStmt : Stmt { ExprStmt() : Stmt(StmtKind::Expr) {}
    Expr* value = nullptr;
};
// Pass, Break, Continue carry nothing but their kind and position.
struct Simple : Stmt { explicit Simple(StmtKind k) : Stmt(k) {} };

// ---------------------------------------------------------------------------------------------
// Structural pattern matching (PEP 634)

enum class PatternKind { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };
const char* name(PatternKind);

struct Pattern : Node {
    PatternKind kind;
    explicit Pattern(PatternKind k) : kind(k) {}
    template <class T> T* as() { return static_cast<T*>(this); }
    template <class T> const T* as() const { return static_cast<const T*>(this); }
};
// A literal or dotted-name value compared with ==.
struct MatchValue : Pattern { MatchValue() : Pattern(PatternKind::MatchValue) {}
    Expr* value = nullptr;
};
// None, True or False, compared with `is`.
struct MatchSingleton : Pattern { MatchSingleton() : Pattern(PatternKind::MatchSingleton) {}
    ConstantKind value = ConstantKind::None;
};
struct MatchSequence : Pattern { MatchSequence() : Pattern(PatternKind::MatchSequence) {}
    std::vector<Pattern*> patterns;
};
// `{key: pattern, **rest}`.
struct MatchMapping : Pattern { MatchMapping() : Pattern(PatternKind::MatchMapping) {}
    std::vector<Expr*> keys;
    std::vector<Pattern*> patterns;
    std::string rest;              // empty when no **rest
};
// `cls(p1, p2, kw=p3)`.
struct MatchClass : Pattern { MatchClass() : Pattern(PatternKind::MatchClass) {}
    Expr* cls = nullptr;
    std::vector<Pattern*> patterns;
    std::vector<std::string> kwd_attrs;
    std::vector<Pattern*> kwd_patterns;
};
// `*name` in a sequence pattern; name empty for `*_`.
struct MatchStar : Pattern { MatchStar() : Pattern(PatternKind::MatchStar) {}
    std::string name;
};
// `pattern as name`, a capture `name` (pattern null), or the wildcard `_` (both empty/null).
struct MatchAs : Pattern { MatchAs() : Pattern(PatternKind::MatchAs) {}
    Pattern* pattern = nullptr;
    std::string name;
};
struct MatchOr : Pattern { MatchOr() : Pattern(PatternKind::MatchOr) {}
    std::vector<Pattern*> patterns;
};

struct MatchCase : Node {
    Pattern* pattern = nullptr;
    Expr* guard = nullptr;
    StmtList body;
};
struct Match : Stmt { Match() : Stmt(StmtKind::Match) {}
    Expr* subject = nullptr;
    std::vector<MatchCase*> cases;
};

// ---------------------------------------------------------------------------------------------
// The result of one parse.

enum class ParseMode {
    File,    // a module: `body` holds the statements (exec / a .py file)
    Eval,    // one expression: `expression` holds it (eval())
    Single   // one interactive statement: `body` (the REPL)
};

struct Module {
    ParseMode mode = ParseMode::File;
    std::string filename;
    StmtList body;
    Expr* expression = nullptr;  // ParseMode::Eval only
    Arena arena;                 // owns every node reachable from body / expression
    // Errors CPython reports at compile time rather than parse time ('return' outside function,
    // 'break' outside loop, ...). The parser records them here; buildSymbolTable() throws the
    // first after its own errors, which is CPython's order.
    std::vector<SyntaxErrorInfo> compileErrors;
};

}  // namespace py::ast
