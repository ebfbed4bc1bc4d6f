// frontends/js/ast.h — the JavaScript abstract syntax tree produced by parser.h and
// annotated in place by scope.h.
//
// Conventions (read these first):
//  * Every node derives from Node: a NodeKind tag plus a SourcePos. Switch on `kind`, then
//    `static_cast` (or node.as<T>()) to the struct listed next to the kind in NodeKind.
//  * Children are owned by std::unique_ptr. A nullable child is documented "(nullable)".
//  * Strings:  identifier-like names (variables, labels, member names after `.`, private names)
//    are std::string in UTF-8 (identifiers can never hold lone surrogates). String *values*
//    (string literals, template chunks, regexp source, property keys) are std::u16string because
//    JS strings are sequences of UTF-16 code units and may hold lone surrogates.
//  * Positions: line and column are 1-based like node's stack traces; the column counts UTF-16
//    code units from the start of the line. `offset` is a byte offset into the UTF-8 source buffer
//    given to the parser (FunctionNode/ClassNode keep [srcStart, srcEnd) for toString()).
//    A node's pos is the start of its first token, EXCEPT where V8 reports another place in
//    stack traces: MemberExpr.pos = the property name (`.x`) or the `[`; CallExpr.pos = the
//    callee's property name when the callee is a non-computed member, else the `(`;
//    NewExpr.pos = the `new` keyword. Use `start` on those two for the expression start.
//  * Patterns (binding and assignment targets) are Expr nodes too: Identifier, MemberExpr,
//    SuperMemberExpr (assignment only), ObjectPattern, ArrayPattern, AssignPattern (a target with a
//    default, only inside patterns/params) and RestElement is expressed with `rest` fields.
//    Destructuring assignment `[a, b] = x` is parsed into ArrayPattern/ObjectPattern already.
//  * Scope analysis (scope.h) fills the `Resolution` of every Identifier / ThisExpr /
//    NewTargetExpr / SuperMemberExpr, and the `Scope*` of every scope-creating node. Before it runs
//    they are Unresolved / nullptr. Scope objects are owned by Program::scopeTree.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace js {

struct SourcePos {
    int line = 0;         // 1-based
    int column = 0;       // 1-based, UTF-16 code units from line start
    uint32_t offset = 0;  // byte offset in the UTF-8 source
};

struct Scope;      // scope.h
struct Binding;    // scope.h
struct ScopeTree;  // scope.h: owns all Scope objects of one Program

// ---------------------------------------------------------------------------------------------
// Name resolution, filled by scope analysis (see scope.h for the variable model).
enum class RefKind : uint8_t {
    Unresolved,  // scope analysis has not run
    Local,       // register `slot` of the current function frame
    Env,         // heap environment: walk `hops` env-bearing scopes outwards, then `slot`
    Global,      // global object / global lexical lookup by `name`
    Dynamic,     // lookup by name at run time through the env chain (direct eval / with)
};

enum class BindingKind : uint8_t {
    Var, Let, Const, Function, Param, Class, CatchParam,
    FunctionName,  // the own name of a named function expression (immutable, = the callee)
    ClassInnerName,// a class's own name inside its body (immutable)
    Arguments,     // implicit `arguments` object of a non-arrow function
    This,          // hidden: `this` of a non-arrow function, captured by arrows/eval
    NewTarget,     // hidden: `new.target` captured by arrows
    HomeObject,    // hidden: the [[HomeObject]] for `super.x` captured by arrows
    Callee,        // hidden: a derived constructor itself, for `super()` in its arrows
};

struct Resolution {
    RefKind kind = RefKind::Unresolved;
    int slot = -1;               // Local: register index; Env: slot in that environment
    int hops = 0;                // Env only
    bool needsTdzCheck = false;  // may run before the binding is initialized: check for hole
    bool headTdz = false;        // names a `let`/`const` of `for (let x of <here>)`: always in its TDZ
    bool isConstAssign = false;  // this reference is written and the binding is immutable:
                                 // compile a TypeError "Assignment to constant variable."
                                 // (FunctionName in sloppy mode: silently ignore the write)
    Binding* binding = nullptr;  // Local/Env: the resolved binding (scope.h); else nullptr
};

// ---------------------------------------------------------------------------------------------
enum class NodeKind : uint8_t {
    // --- expressions (struct Expr subclasses) ---
    Identifier,        // Identifier
    NumberLiteral,     // NumberLiteral
    BigIntLiteral,     // BigIntLiteral
    StringLiteral,     // StringLiteral
    BooleanLiteral,    // BooleanLiteral
    NullLiteral,       // NullLiteral
    RegExpLiteral,     // RegExpLiteral
    TemplateLiteral,   // TemplateLiteral
    TaggedTemplate,    // TaggedTemplateExpr
    ArrayLiteral,      // ArrayLiteral
    ObjectLiteral,     // ObjectLiteral
    FunctionExpr,      // FunctionExpr   (fn->isArrow == false)
    ArrowFunction,     // FunctionExpr   (fn->isArrow == true)
    ClassExpr,         // ClassExpr
    ThisExpr,          // ThisExpr
    SuperMember,       // SuperMemberExpr   super.x / super[x]
    SuperCall,         // SuperCallExpr     super(...)
    NewTarget,         // NewTargetExpr     new.target
    Unary,             // UnaryExpr
    Update,            // UpdateExpr
    Binary,            // BinaryExpr
    Logical,           // LogicalExpr
    Assign,            // AssignExpr
    Conditional,       // ConditionalExpr
    Sequence,          // SequenceExpr
    Call,              // CallExpr
    New,               // NewExpr
    Member,            // MemberExpr
    OptionalChain,     // OptionalChainExpr (delimits the short-circuit of `?.`)
    Spread,            // SpreadElement (only in array literals, call/new arguments)
    Yield,             // YieldExpr
    Await,             // AwaitExpr
    PrivateIn,         // PrivateInExpr     #x in obj
    // --- patterns (also Expr subclasses) ---
    ObjectPattern,     // ObjectPattern
    ArrayPattern,      // ArrayPattern
    AssignPattern,     // AssignPattern     target = default
    // --- statements (struct Stmt subclasses) ---
    ExprStmt,          // ExprStmt
    VarDecl,           // VarDecl
    FunctionDecl,      // FunctionDecl
    ClassDecl,         // ClassDecl
    Return,            // ReturnStmt
    If,                // IfStmt
    Block,             // BlockStmt
    Empty,             // EmptyStmt
    For,               // ForStmt
    ForIn,             // ForInOfStmt (isOf == false)
    ForOf,             // ForInOfStmt (isOf == true)
    While,             // WhileStmt
    DoWhile,           // DoWhileStmt
    Break,             // BreakStmt
    Continue,          // ContinueStmt
    Throw,             // ThrowStmt
    Try,               // TryStmt
    Switch,            // SwitchStmt
    Labeled,           // LabeledStmt
    With,              // WithStmt
    Debugger,          // DebuggerStmt
};

const char* nodeKindName(NodeKind k);

struct Node {
    NodeKind kind;
    SourcePos pos;
    explicit Node(NodeKind k, SourcePos p = {}) : kind(k), pos(p) {}
    virtual ~Node() = default;
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;
    template <class T> T& as() { return static_cast<T&>(*this); }
    template <class T> const T& as() const { return static_cast<const T&>(*this); }
};

struct Expr : Node { using Node::Node; };
struct Stmt : Node { using Node::Node; };
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

struct FunctionNode;
struct ClassNode;

// ---------------------------------------------------------------------------------------------
// Property keys (object literals, classes, object patterns).
struct PropertyKey {
    enum class Kind : uint8_t {
        Named,     // `name` holds the key: identifier, string literal, or a numeric literal
                   // already converted with Number::toString (`{1.50: x}` -> u"1.5")
        Computed,  // `[expr]`: evaluate `expr`, then ToPropertyKey
        Private,   // `#x` (classes only): `name` is u"#x"
    };
    Kind kind = Kind::Named;
    std::u16string name;
    ExprPtr expr;  // Computed only
    SourcePos pos;
};

// ---------------------------------------------------------------------------------------------
// Expressions

struct Identifier : Expr {
    std::string name;  // UTF-8
    Resolution res;    // scope analysis
    Identifier(SourcePos p, std::string n) : Expr(NodeKind::Identifier, p), name(std::move(n)) {}
};

struct NumberLiteral : Expr {
    double value;
    NumberLiteral(SourcePos p, double v) : Expr(NodeKind::NumberLiteral, p), value(v) {}
};

struct BigIntLiteral : Expr {
    // Digits as written, without separators and without the trailing `n`, prefix kept:
    // "123", "0x1f", "0o17", "0b101".
    std::string digits;
    BigIntLiteral(SourcePos p, std::string d) : Expr(NodeKind::BigIntLiteral, p), digits(std::move(d)) {}
};

struct StringLiteral : Expr {
    std::u16string value;  // cooked
    StringLiteral(SourcePos p, std::u16string v) : Expr(NodeKind::StringLiteral, p), value(std::move(v)) {}
};

struct BooleanLiteral : Expr {
    bool value;
    BooleanLiteral(SourcePos p, bool v) : Expr(NodeKind::BooleanLiteral, p), value(v) {}
};

struct NullLiteral : Expr {
    explicit NullLiteral(SourcePos p) : Expr(NodeKind::NullLiteral, p) {}
};

struct RegExpLiteral : Expr {
    std::u16string pattern;  // body between the slashes, exactly as written
    std::string flags;       // e.g. "gi"; validated to be from "dgimsuyv" without repeats
    RegExpLiteral(SourcePos p, std::u16string pat, std::string fl)
        : Expr(NodeKind::RegExpLiteral, p), pattern(std::move(pat)), flags(std::move(fl)) {}
};

struct TemplateElement {
    std::optional<std::u16string> cooked;  // nullopt: invalid escape (allowed only when tagged)
    std::u16string raw;                    // raw text, CR/CRLF normalized to LF
    SourcePos pos;
};

// `a${b}c${d}e`: quasis = [a, c, e], expressions = [b, d]; quasis.size() == expressions.size()+1.
struct TemplateLiteral : Expr {
    std::vector<TemplateElement> quasis;
    std::vector<ExprPtr> expressions;
    explicit TemplateLiteral(SourcePos p) : Expr(NodeKind::TemplateLiteral, p) {}
};

// tag`...`: call tag(templateObject, ...expressions). Each TaggedTemplateExpr node is one
// call site (the template object must be cached per site).
struct TaggedTemplateExpr : Expr {
    ExprPtr tag;
    std::unique_ptr<TemplateLiteral> quasi;
    TaggedTemplateExpr(SourcePos p) : Expr(NodeKind::TaggedTemplate, p) {}
};

// [a, , ...b]: a null element is a hole; SpreadElement marks spreads.
struct ArrayLiteral : Expr {
    std::vector<ExprPtr> elements;  // (nullable entries = holes)
    explicit ArrayLiteral(SourcePos p) : Expr(NodeKind::ArrayLiteral, p) {}
};

struct ObjectProperty {
    enum class Kind : uint8_t {
        Init,    // key: value, shorthand `x`, method `m() {}` (value is a FunctionExpr)
        Getter,  // get key() {}: value is a FunctionExpr
        Setter,  // set key(v) {}: value is a FunctionExpr
        Spread,  // ...value (key unused)
        Proto,   // `__proto__: value` (non-computed, non-shorthand): sets the prototype
    };
    Kind kind = Kind::Init;
    PropertyKey key;
    ExprPtr value;
    bool shorthand = false;  // `{x}`: value is the Identifier x
    bool method = false;     // `{m() {}}`: the function is a method (has HomeObject)
    SourcePos pos;
};

struct ObjectLiteral : Expr {
    std::vector<ObjectProperty> properties;
    explicit ObjectLiteral(SourcePos p) : Expr(NodeKind::ObjectLiteral, p) {}
};

// Function-ish things: declarations, expressions, arrows, methods, getters/setters,
// class constructors, class field initializers and static blocks all share FunctionNode.
enum class FunctionKind : uint8_t {
    Normal,              // function declaration / expression
    Arrow,
    Method,              // object literal or class method
    Getter,
    Setter,
    ClassConstructor,    // explicit constructor of a base class
    DerivedConstructor,  // explicit constructor of a class with `extends`
    FieldInitializer,    // synthetic: body is `return <initializer>;`, called with this=instance
                         // (or this=class for static fields); no arguments allowed
    StaticBlock,         // synthetic: body of `static { ... }`, called with this=class
};

struct FunctionNode {
    FunctionKind kind = FunctionKind::Normal;
    SourcePos pos;                 // position of the `function`/`async`/name/first param token
    std::string name;              // the spec's function `name`: own or inferred name, "" if
                                   // anonymous; accessors carry the prefix ("get x", "set x");
                                   // computed keys leave "" (SetFunctionName at run time)
    std::unique_ptr<Identifier> id;// the binding identifier (declarations, named expressions)
    bool isArrow = false;
    bool isAsync = false;
    bool isGenerator = false;
    bool isStrict = false;         // 'use strict' prologue here or inherited, or class code
    bool isExpressionBody = false; // arrow with concise body: body is one synthesized ReturnStmt
    bool hasSimpleParams = true;   // no defaults, no rest, no destructuring
    bool isMethodLike = false;     // has a [[HomeObject]] (methods, accessors, ctors, fields)
    std::vector<ExprPtr> params;   // patterns: Identifier / ObjectPattern / ArrayPattern /
                                   // AssignPattern (with default)
    ExprPtr rest;                  // (nullable) `...rest` parameter pattern
    StmtList body;
    uint32_t srcStart = 0, srcEnd = 0;  // byte range in source for Function.prototype.toString
    int paramCountForLength = 0;   // value of fn.length: params before the first default/rest

    // --- filled by scope analysis (scope.h) ---
    Scope* scope = nullptr;        // the function's top scope (params + var + top-level lexicals)
    bool usesArguments = false;    // needs an arguments object (non-arrow only)
    bool usesThis = false;         // reads `this` (directly or through nested arrows)
    bool hasDirectEval = false;    // contains a direct `eval(...)` call (incl. nested arrows)
    bool containsWith = false;
    int numLocals = 0;             // register slots needed for locals (not temporaries)
};

struct FunctionExpr : Expr {  // kinds FunctionExpr and ArrowFunction
    std::unique_ptr<FunctionNode> fn;
    FunctionExpr(NodeKind k, SourcePos p, std::unique_ptr<FunctionNode> f)
        : Expr(k, p), fn(std::move(f)) {}
};

struct ClassMember {
    enum class Kind : uint8_t {
        Method,       // fn is the method (FunctionKind::Method)
        Getter,       // fn (FunctionKind::Getter)
        Setter,       // fn (FunctionKind::Setter)
        Field,        // fn is the initializer (FunctionKind::FieldInitializer) or nullptr
                      // when the field has no initializer (value undefined)
        StaticBlock,  // fn (FunctionKind::StaticBlock); key unused
    };
    Kind kind = Kind::Method;
    bool isStatic = false;
    PropertyKey key;  // computed keys are evaluated once, in order, at class definition time
    std::unique_ptr<FunctionNode> fn;  // (nullable only for Field without initializer)
    SourcePos pos;
};

struct ClassNode {
    SourcePos pos;
    std::string name;                     // own or inferred name ("" if anonymous)
    std::unique_ptr<Identifier> id;       // (nullable) `class X`
    ExprPtr superClass;                   // (nullable) `extends <expr>`
    std::unique_ptr<FunctionNode> constructor;  // (nullable) explicit constructor;
                                          // nullptr: default constructor
    std::vector<ClassMember> members;     // everything except the constructor, in order
    uint32_t srcStart = 0, srcEnd = 0;    // for toString
    // scope analysis: the class scope holds the inner class-name binding; the heritage
    // expression, keys, methods and initializers are all inside it.
    Scope* scope = nullptr;
};

struct ClassExpr : Expr {
    std::unique_ptr<ClassNode> cls;
    ClassExpr(SourcePos p, std::unique_ptr<ClassNode> c) : Expr(NodeKind::ClassExpr, p), cls(std::move(c)) {}
};

// `this`. res.kind == Unresolved after scope analysis means "the current function's own
// receiver" (non-arrow function, or top level); Local/Env means load the hidden This binding
// (arrows, and code inside eval'd/with'd functions).
struct ThisExpr : Expr {
    Resolution res;
    explicit ThisExpr(SourcePos p) : Expr(NodeKind::ThisExpr, p) {}
};

// super.x / super[expr]. `homeRes`: like ThisExpr.res, for the HomeObject (Unresolved = own
// function's home object); `thisRes` resolves the receiver the same way as ThisExpr.
struct SuperMemberExpr : Expr {
    std::string name;   // non-computed property name (UTF-8)
    ExprPtr property;   // (nullable) computed property
    bool computed = false;
    Resolution homeRes, thisRes;
    explicit SuperMemberExpr(SourcePos p) : Expr(NodeKind::SuperMember, p) {}
};

// super(args) inside a derived constructor (or an arrow nested in one).
struct SuperCallExpr : Expr {
    std::vector<ExprPtr> arguments;  // may contain SpreadElement
    Resolution thisRes;              // where to store the new `this` if captured
    Resolution newTargetRes;         // where new.target comes from (Unresolved = own)
    Resolution calleeRes;            // in an arrow: the constructor whose parent super() calls
    explicit SuperCallExpr(SourcePos p) : Expr(NodeKind::SuperCall, p) {}
};

struct NewTargetExpr : Expr {
    Resolution res;  // Unresolved = own function's new.target; else the hidden binding
    explicit NewTargetExpr(SourcePos p) : Expr(NodeKind::NewTarget, p) {}
};

enum class UnaryOp : uint8_t { Minus, Plus, Not, BitNot, Typeof, Void, Delete };
struct UnaryExpr : Expr {
    UnaryOp op;
    ExprPtr argument;
    UnaryExpr(SourcePos p, UnaryOp o, ExprPtr a) : Expr(NodeKind::Unary, p), op(o), argument(std::move(a)) {}
};

// ++x / x-- : argument is an Identifier, MemberExpr or SuperMemberExpr.
struct UpdateExpr : Expr {
    bool increment;  // ++ vs --
    bool prefix;
    ExprPtr argument;
    UpdateExpr(SourcePos p, bool inc, bool pre, ExprPtr a)
        : Expr(NodeKind::Update, p), increment(inc), prefix(pre), argument(std::move(a)) {}
};

enum class BinaryOp : uint8_t {
    Add, Sub, Mul, Div, Mod, Exp,
    Shl, Sar, Shr,               // <<  >>  >>>
    BitAnd, BitOr, BitXor,
    Eq, NotEq, StrictEq, StrictNotEq,
    Lt, Gt, LtEq, GtEq,
    In, InstanceOf,
};
const char* binaryOpText(BinaryOp op);

struct BinaryExpr : Expr {
    BinaryOp op;
    ExprPtr left, right;
    BinaryExpr(SourcePos p, BinaryOp o, ExprPtr l, ExprPtr r)
        : Expr(NodeKind::Binary, p), op(o), left(std::move(l)), right(std::move(r)) {}
};

enum class LogicalOp : uint8_t { And, Or, Nullish };
struct LogicalExpr : Expr {
    LogicalOp op;
    ExprPtr left, right;
    LogicalExpr(SourcePos p, LogicalOp o, ExprPtr l, ExprPtr r)
        : Expr(NodeKind::Logical, p), op(o), left(std::move(l)), right(std::move(r)) {}
};

enum class AssignOp : uint8_t {
    Assign,                                       // =
    Add, Sub, Mul, Div, Mod, Exp,                 // += -= *= /= %= **=
    Shl, Sar, Shr, BitAnd, BitOr, BitXor,         // <<= >>= >>>= &= |= ^=
    And, Or, Nullish,                             // &&= ||= ??= (short-circuit: only assign
                                                  // when the logical op would evaluate right)
};
const char* assignOpText(AssignOp op);

// target: Identifier, MemberExpr, SuperMemberExpr, or (op == Assign only) ObjectPattern /
// ArrayPattern for destructuring assignment.
struct AssignExpr : Expr {
    AssignOp op;
    ExprPtr target, value;
    AssignExpr(SourcePos p, AssignOp o, ExprPtr t, ExprPtr v)
        : Expr(NodeKind::Assign, p), op(o), target(std::move(t)), value(std::move(v)) {}
};

struct ConditionalExpr : Expr {
    ExprPtr test, consequent, alternate;
    explicit ConditionalExpr(SourcePos p) : Expr(NodeKind::Conditional, p) {}
};

struct SequenceExpr : Expr {
    std::vector<ExprPtr> expressions;  // size >= 2
    explicit SequenceExpr(SourcePos p) : Expr(NodeKind::Sequence, p) {}
};

// f(a, ...b). `optional`: this call is `f?.(...)`: if callee is null/undefined, the whole
// enclosing OptionalChainExpr evaluates to undefined. When callee is a MemberExpr (or a
// SuperMemberExpr) the call passes the member's object as `this`.
// isDirectEvalCandidate: callee is the plain identifier `eval` (not optional): a direct eval
// if at run time it is the real eval function.
struct CallExpr : Expr {
    SourcePos start;  // start of the whole call expression (pos is V8's call position)
    ExprPtr callee;
    std::vector<ExprPtr> arguments;  // may contain SpreadElement
    bool optional = false;
    bool isDirectEvalCandidate = false;
    explicit CallExpr(SourcePos p) : Expr(NodeKind::Call, p) {}
};

// new C(args) / new C (arguments empty, hasParens false).
struct NewExpr : Expr {
    ExprPtr callee;
    std::vector<ExprPtr> arguments;
    explicit NewExpr(SourcePos p) : Expr(NodeKind::New, p) {}
};

// obj.name / obj[property] / obj.#priv. `optional`: this link is `?.` (see OptionalChainExpr).
struct MemberExpr : Expr {
    SourcePos start;       // start of the whole member expression (pos: see file header)
    ExprPtr object;
    std::string name;      // non-computed: property name (UTF-8); private: "#x"
    ExprPtr property;      // (nullable) computed key
    bool computed = false;
    bool isPrivate = false;
    bool optional = false;
    explicit MemberExpr(SourcePos p) : Expr(NodeKind::Member, p) {}
};

// Wraps the whole chain `a?.b.c()`: when any link marked `optional` inside `expression`
// (following object/callee edges only) sees null/undefined, the chain's value is undefined.
struct OptionalChainExpr : Expr {
    ExprPtr expression;
    OptionalChainExpr(SourcePos p, ExprPtr e) : Expr(NodeKind::OptionalChain, p), expression(std::move(e)) {}
};

struct SpreadElement : Expr {
    ExprPtr argument;
    SpreadElement(SourcePos p, ExprPtr a) : Expr(NodeKind::Spread, p), argument(std::move(a)) {}
};

struct YieldExpr : Expr {
    ExprPtr argument;  // (nullable)
    bool delegate = false;  // yield*
    explicit YieldExpr(SourcePos p) : Expr(NodeKind::Yield, p) {}
};

struct AwaitExpr : Expr {
    ExprPtr argument;
    AwaitExpr(SourcePos p, ExprPtr a) : Expr(NodeKind::Await, p), argument(std::move(a)) {}
};

struct PrivateInExpr : Expr {
    std::string name;  // "#x"
    ExprPtr right;
    explicit PrivateInExpr(SourcePos p) : Expr(NodeKind::PrivateIn, p) {}
};

// --- patterns ---

struct PatternProperty {
    PropertyKey key;
    ExprPtr value;           // target pattern (may be AssignPattern for a default)
    bool shorthand = false;  // `{x}` / `{x = 1}`
    SourcePos pos;
};

// {a, b: [c], d = 1, ...rest}
struct ObjectPattern : Expr {
    std::vector<PatternProperty> properties;
    ExprPtr rest;  // (nullable) Identifier (binding) or any simple target (assignment)
    explicit ObjectPattern(SourcePos p) : Expr(NodeKind::ObjectPattern, p) {}
};

// [a, , b = 1, ...rest]: null elements are holes (skip one iteration value).
struct ArrayPattern : Expr {
    std::vector<ExprPtr> elements;  // (nullable entries)
    ExprPtr rest;                   // (nullable)
    explicit ArrayPattern(SourcePos p) : Expr(NodeKind::ArrayPattern, p) {}
};

// target = defaultValue: the default is evaluated only when the value is undefined.
// Anonymous functions/classes as default get the target identifier's name (already set in
// FunctionNode::name by the parser).
struct AssignPattern : Expr {
    ExprPtr target, defaultValue;
    AssignPattern(SourcePos p, ExprPtr t, ExprPtr d)
        : Expr(NodeKind::AssignPattern, p), target(std::move(t)), defaultValue(std::move(d)) {}
};

// ---------------------------------------------------------------------------------------------
// Statements

struct ExprStmt : Stmt {
    ExprPtr expression;
    bool isDirective = false;  // a string-literal statement in a directive prologue
    ExprStmt(SourcePos p, ExprPtr e) : Stmt(NodeKind::ExprStmt, p), expression(std::move(e)) {}
};

enum class DeclKind : uint8_t { Var, Let, Const };
struct VarDeclarator {
    ExprPtr target;  // Identifier or ObjectPattern / ArrayPattern
    ExprPtr init;    // (nullable)
    SourcePos pos;
};
struct VarDecl : Stmt {
    DeclKind declKind = DeclKind::Var;
    std::vector<VarDeclarator> declarations;
    VarDecl(SourcePos p, DeclKind k) : Stmt(NodeKind::VarDecl, p), declKind(k) {}
};

// At the top level of a function (or the program) a function declaration is var-like and
// hoisted: the binding is initialized at scope entry. Inside a block it is a let-like binding of
// that block, initialized at block entry (hoisted within the block). Sloppy-mode Annex B: when
// annexBVarRes is resolved (kind != Unresolved), evaluating the declaration statement itself
// also stores the block binding's value into that function-level var.
struct FunctionDecl : Stmt {
    std::unique_ptr<FunctionNode> fn;  // fn->id is non-null
    Resolution annexBVarRes;           // scope analysis; see above
    FunctionDecl(SourcePos p, std::unique_ptr<FunctionNode> f) : Stmt(NodeKind::FunctionDecl, p), fn(std::move(f)) {}
};

struct ClassDecl : Stmt {
    std::unique_ptr<ClassNode> cls;  // cls->id is non-null
    ClassDecl(SourcePos p, std::unique_ptr<ClassNode> c) : Stmt(NodeKind::ClassDecl, p), cls(std::move(c)) {}
};

struct ReturnStmt : Stmt {
    ExprPtr argument;  // (nullable)
    explicit ReturnStmt(SourcePos p) : Stmt(NodeKind::Return, p) {}
};

struct IfStmt : Stmt {
    ExprPtr test;
    StmtPtr consequent;
    StmtPtr alternate;  // (nullable)
    explicit IfStmt(SourcePos p) : Stmt(NodeKind::If, p) {}
};

struct BlockStmt : Stmt {
    StmtList body;
    Scope* scope = nullptr;  // block scope (nullptr after analysis if it declares nothing)
    explicit BlockStmt(SourcePos p) : Stmt(NodeKind::Block, p) {}
};

struct EmptyStmt : Stmt {
    explicit EmptyStmt(SourcePos p) : Stmt(NodeKind::Empty, p) {}
};

// for (init; test; update) body. init: VarDecl, ExprStmt, or nullptr.
// scope: the loop-head scope when init is a let/const VarDecl (else nullptr). When that scope
// needs an environment (a closure captured a loop variable), Scope::perIterationCopy is set:
// the compiler must copy the environment at the start of each iteration (before the update).
struct ForStmt : Stmt {
    StmtPtr init;    // (nullable)
    ExprPtr test;    // (nullable)
    ExprPtr update;  // (nullable)
    StmtPtr body;
    Scope* scope = nullptr;
    explicit ForStmt(SourcePos p) : Stmt(NodeKind::For, p) {}
};

// for (left in/of right) body; for await (left of right).
// left: a VarDecl with exactly one declarator (init only in legacy sloppy `for (var x = 1 in o)`)
// or an assignment target (Identifier, MemberExpr, ObjectPattern, ArrayPattern).
// scope: per-iteration scope for let/const heads (a fresh binding each iteration; a new
// environment per iteration if it needs one), else nullptr.
struct ForInOfStmt : Stmt {
    bool isOf = false;
    bool isAwait = false;
    StmtPtr leftDecl;   // (nullable) VarDecl head
    ExprPtr leftTarget; // (nullable) assignment-target head; exactly one of the two is set
    ExprPtr right;
    StmtPtr body;
    Scope* scope = nullptr;
    ForInOfStmt(SourcePos p, bool of) : Stmt(of ? NodeKind::ForOf : NodeKind::ForIn, p), isOf(of) {}
};

struct WhileStmt : Stmt {
    ExprPtr test;
    StmtPtr body;
    explicit WhileStmt(SourcePos p) : Stmt(NodeKind::While, p) {}
};

struct DoWhileStmt : Stmt {
    StmtPtr body;
    ExprPtr test;
    explicit DoWhileStmt(SourcePos p) : Stmt(NodeKind::DoWhile, p) {}
};

struct BreakStmt : Stmt {
    std::string label;  // "" if none
    explicit BreakStmt(SourcePos p) : Stmt(NodeKind::Break, p) {}
};

struct ContinueStmt : Stmt {
    std::string label;  // "" if none
    explicit ContinueStmt(SourcePos p) : Stmt(NodeKind::Continue, p) {}
};

struct ThrowStmt : Stmt {
    ExprPtr argument;
    explicit ThrowStmt(SourcePos p) : Stmt(NodeKind::Throw, p) {}
};

struct CatchClause {
    ExprPtr param;                     // (nullable) `catch {`: Identifier or pattern
    std::unique_ptr<BlockStmt> body;
    Scope* scope = nullptr;            // holds the catch parameter bindings
    SourcePos pos;
};

struct TryStmt : Stmt {
    std::unique_ptr<BlockStmt> block;
    std::unique_ptr<CatchClause> handler;   // (nullable)
    std::unique_ptr<BlockStmt> finalizer;   // (nullable)
    explicit TryStmt(SourcePos p) : Stmt(NodeKind::Try, p) {}
};

struct SwitchCase {
    ExprPtr test;  // (nullable) default:
    StmtList body;
    SourcePos pos;
};

struct SwitchStmt : Stmt {
    ExprPtr discriminant;
    std::vector<SwitchCase> cases;
    Scope* scope = nullptr;  // one block scope over all cases
    explicit SwitchStmt(SourcePos p) : Stmt(NodeKind::Switch, p) {}
};

struct LabeledStmt : Stmt {
    std::string label;
    StmtPtr body;
    explicit LabeledStmt(SourcePos p) : Stmt(NodeKind::Labeled, p) {}
};

// with (object) body — sloppy mode only. scope: a With scope (an object environment on the
// env chain); every name referenced inside body resolves Dynamic.
struct WithStmt : Stmt {
    ExprPtr object;
    StmtPtr body;
    Scope* scope = nullptr;
    explicit WithStmt(SourcePos p) : Stmt(NodeKind::With, p) {}
};

struct DebuggerStmt : Stmt {
    explicit DebuggerStmt(SourcePos p) : Stmt(NodeKind::Debugger, p) {}
};

// ---------------------------------------------------------------------------------------------
// The whole script. A CommonJS module is a Program too: the parser option
// allowReturnOutsideFunction and the scope option commonJs (scope.h) make the top level behave
// like node's module wrapper function (exports, require, module, __filename, __dirname).
struct Program {
    StmtList body;
    bool isStrict = false;          // 'use strict' directive prologue
    std::string sourceName;         // file name for messages
    // A synthetic FunctionNode describing the top level (kind Normal, body empty — the
    // statements live in `body`), so the compiler treats the top level like a function:
    // topLevel->scope, numLocals, usesArguments (CommonJS), ...
    std::unique_ptr<FunctionNode> topLevel;
    std::shared_ptr<ScopeTree> scopeTree;  // set by analyzeScopes()
};

// The spec's BoundNames of a binding pattern (identifier, defaults, array/object patterns and
// their rest), in source order. Used by the parser's redeclaration checks, scope analysis and
// the compiler's global declaration instantiation.
void collectBoundNames(const Expr* pattern, std::vector<const Identifier*>& out);

// "foo.bar", "a[0]", "x", "foo(...)", "this.x": the callee text node uses in messages like
// "TypeError: foo.bar is not a function".
std::string exprToDisplayString(const Expr& e);

// UTF-16 <-> UTF-8 helpers used across the frontend.
std::string utf16ToUtf8(const std::u16string& s);
std::u16string utf8ToUtf16(const std::string& s);

}  // namespace js
