// Names of the AST's enumerations, as CPython's ast module spells them (dumps and messages).
#include "frontends/python/ast.h"

namespace py::ast {

const char* name(ExprContext c) {
    switch (c) {
        case ExprContext::Load: return "Load";
        case ExprContext::Store: return "Store";
        case ExprContext::Del: return "Del";
    }
    return "?";
}

const char* name(BoolOpKind k) { return k == BoolOpKind::And ? "And" : "Or"; }

const char* name(Operator op) {
    static const char* const names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                        "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return names[static_cast<int>(op)];
}

const char* symbol(Operator op) {
    static const char* const symbols[] = {"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"};
    return symbols[static_cast<int>(op)];
}

const char* name(UnaryOpKind k) {
    static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
    return names[static_cast<int>(k)];
}

const char* name(CmpOp op) {
    static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return names[static_cast<int>(op)];
}

const char* name(ExprKind k) {
    static const char* const names[] = {
        "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set", "ListComp",
        "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom", "Compare", "Call",
        "FormattedValue", "JoinedStr", "Constant", "Attribute", "Subscript", "Starred", "Name",
        "List", "Tuple", "Slice"};
    return names[static_cast<int>(k)];
}

const char* name(ConstantKind k) {
    static const char* const names[] = {"None", "True", "False", "Ellipsis", "Int", "Float", "Complex", "Str", "Bytes"};
    return names[static_cast<int>(k)];
}

const char* name(StmtKind k) {
    static const char* const names[] = {
        "FunctionDef", "AsyncFunctionDef", "ClassDef", "Return", "Delete", "Assign", "AugAssign",
        "AnnAssign", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "Match", "Raise", "Try",
        "TryStar", "Assert", "Import", "ImportFrom", "Global", "Nonlocal", "Expr", "Pass", "Break",
        "Continue"};
    return names[static_cast<int>(k)];
}

const char* name(PatternKind k) {
    static const char* const names[] = {"MatchValue", "MatchSingleton", "MatchSequence", "MatchMapping",
                                        "MatchClass", "MatchStar", "MatchAs", "MatchOr"};
    return names[static_cast<int>(k)];
}

}  // namespace py::ast
