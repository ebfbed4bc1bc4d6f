// tests/unit/js_frontend/ast_text.h — a compact, fully parenthesized rendering of JS
// expressions and a parse helper, so parser tests can state the expected tree in one line.
#pragma once

#include <cmath>
#include <memory>
#include <string>

#include "frontends/js/ast.h"
#include "frontends/js/parser.h"

namespace jstest {

using namespace js;

inline std::string text(const Expr* e);

inline std::string keyText(const PropertyKey& k) {
    if (k.kind == PropertyKey::Kind::Computed) return "[" + text(k.expr.get()) + "]";
    return utf16ToUtf8(k.name);
}

inline std::string listText(const std::vector<ExprPtr>& v) {
    std::string s;
    for (size_t i = 0; i < v.size(); ++i) {
        if (i) s += ", ";
        s += v[i] ? text(v[i].get()) : "<hole>";
    }
    return s;
}

inline std::string numberText(double v) {
    if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
    char buf[40];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

inline std::string text(const Expr* e) {
    if (!e) return "_";
    switch (e->kind) {
    case NodeKind::Identifier: return e->as<Identifier>().name;
    case NodeKind::NumberLiteral: return numberText(e->as<NumberLiteral>().value);
    case NodeKind::BigIntLiteral: return e->as<BigIntLiteral>().digits + "n";
    case NodeKind::StringLiteral: return "'" + utf16ToUtf8(e->as<StringLiteral>().value) + "'";
    case NodeKind::BooleanLiteral: return e->as<BooleanLiteral>().value ? "true" : "false";
    case NodeKind::NullLiteral: return "null";
    case NodeKind::RegExpLiteral:
        return "/" + utf16ToUtf8(e->as<RegExpLiteral>().pattern) + "/" + e->as<RegExpLiteral>().flags;
    case NodeKind::TemplateLiteral: {
        auto& t = e->as<TemplateLiteral>();
        std::string s = "`";
        for (size_t i = 0; i < t.quasis.size(); ++i) {
            s += t.quasis[i].cooked ? utf16ToUtf8(*t.quasis[i].cooked) : "<invalid>";
            if (i < t.expressions.size()) s += "${" + text(t.expressions[i].get()) + "}";
        }
        return s + "`";
    }
    case NodeKind::TaggedTemplate:
        return "tag(" + text(e->as<TaggedTemplateExpr>().tag.get()) + ", " + text(e->as<TaggedTemplateExpr>().quasi.get()) + ")";
    case NodeKind::Binary:
        return "(" + text(e->as<BinaryExpr>().left.get()) + " " + binaryOpText(e->as<BinaryExpr>().op) + " " +
               text(e->as<BinaryExpr>().right.get()) + ")";
    case NodeKind::Logical: {
        static const char* ops[] = {"&&", "||", "??"};
        return "(" + text(e->as<LogicalExpr>().left.get()) + " " + ops[int(e->as<LogicalExpr>().op)] + " " +
               text(e->as<LogicalExpr>().right.get()) + ")";
    }
    case NodeKind::Assign:
        return "(" + text(e->as<AssignExpr>().target.get()) + " " + assignOpText(e->as<AssignExpr>().op) + " " +
               text(e->as<AssignExpr>().value.get()) + ")";
    case NodeKind::Unary: {
        static const char* ops[] = {"-", "+", "!", "~", "typeof ", "void ", "delete "};
        return std::string("(") + ops[int(e->as<UnaryExpr>().op)] + text(e->as<UnaryExpr>().argument.get()) + ")";
    }
    case NodeKind::Update: {
        auto& u = e->as<UpdateExpr>();
        std::string op = u.increment ? "++" : "--";
        return u.prefix ? "(" + op + text(u.argument.get()) + ")" : "(" + text(u.argument.get()) + op + ")";
    }
    case NodeKind::Conditional:
        return "(" + text(e->as<ConditionalExpr>().test.get()) + " ? " + text(e->as<ConditionalExpr>().consequent.get()) +
               " : " + text(e->as<ConditionalExpr>().alternate.get()) + ")";
    case NodeKind::Sequence: return "(" + listText(e->as<SequenceExpr>().expressions) + ")";
    case NodeKind::Call:
        return text(e->as<CallExpr>().callee.get()) + (e->as<CallExpr>().optional ? "?.(" : "(") +
               listText(e->as<CallExpr>().arguments) + ")";
    case NodeKind::New: return "new " + text(e->as<NewExpr>().callee.get()) + "(" + listText(e->as<NewExpr>().arguments) + ")";
    case NodeKind::Member: {
        auto& m = e->as<MemberExpr>();
        std::string s = text(m.object.get());
        if (m.computed) return s + (m.optional ? "?.[" : "[") + text(m.property.get()) + "]";
        return s + (m.optional ? "?." : ".") + m.name;
    }
    case NodeKind::SuperMember: {
        auto& m = e->as<SuperMemberExpr>();
        return m.computed ? "super[" + text(m.property.get()) + "]" : "super." + m.name;
    }
    case NodeKind::SuperCall: return "super(" + listText(e->as<SuperCallExpr>().arguments) + ")";
    case NodeKind::OptionalChain: return "chain(" + text(e->as<OptionalChainExpr>().expression.get()) + ")";
    case NodeKind::FunctionExpr:
    case NodeKind::ArrowFunction: {
        auto& fn = *e->as<FunctionExpr>().fn;
        std::string s = fn.isArrow ? "arrow" : "function";
        if (fn.isAsync) s = "async " + s;
        if (fn.isGenerator) s += "*";
        if (!fn.name.empty()) s += " " + fn.name;
        s += "(" + listText(fn.params);
        if (fn.rest) s += std::string(fn.params.empty() ? "" : ", ") + "..." + text(fn.rest.get());
        return s + ")";
    }
    case NodeKind::ClassExpr: return "class" + (e->as<ClassExpr>().cls->name.empty() ? "" : " " + e->as<ClassExpr>().cls->name);
    case NodeKind::ObjectLiteral: {
        std::string s = "{";
        bool first = true;
        for (auto& p : e->as<ObjectLiteral>().properties) {
            s += first ? "" : ", ";
            first = false;
            switch (p.kind) {
            case ObjectProperty::Kind::Spread: s += "..." + text(p.value.get()); continue;
            case ObjectProperty::Kind::Getter: s += "get "; break;
            case ObjectProperty::Kind::Setter: s += "set "; break;
            case ObjectProperty::Kind::Proto: s += "proto "; break;
            default: break;
            }
            s += keyText(p.key) + ": " + text(p.value.get());
        }
        return s + "}";
    }
    case NodeKind::ArrayLiteral: return "[" + listText(e->as<ArrayLiteral>().elements) + "]";
    case NodeKind::Spread: return "..." + text(e->as<SpreadElement>().argument.get());
    case NodeKind::ThisExpr: return "this";
    case NodeKind::NewTarget: return "new.target";
    case NodeKind::Yield:
        return std::string("(yield") + (e->as<YieldExpr>().delegate ? "* " : " ") + text(e->as<YieldExpr>().argument.get()) + ")";
    case NodeKind::Await: return "(await " + text(e->as<AwaitExpr>().argument.get()) + ")";
    case NodeKind::PrivateIn: return "(" + e->as<PrivateInExpr>().name + " in " + text(e->as<PrivateInExpr>().right.get()) + ")";
    case NodeKind::ObjectPattern: {
        auto& o = e->as<ObjectPattern>();
        std::string s = "{";
        bool first = true;
        for (auto& p : o.properties) {
            s += first ? "" : ", ";
            first = false;
            s += keyText(p.key) + ": " + text(p.value.get());
        }
        if (o.rest) s += std::string(first ? "" : ", ") + "..." + text(o.rest.get());
        return s + "}";
    }
    case NodeKind::ArrayPattern: {
        auto& a = e->as<ArrayPattern>();
        std::string s = "[" + listText(a.elements);
        if (a.rest) s += std::string(a.elements.empty() ? "" : ", ") + "..." + text(a.rest.get());
        return s + "]";
    }
    case NodeKind::AssignPattern:
        return "(" + text(e->as<AssignPattern>().target.get()) + " = " + text(e->as<AssignPattern>().defaultValue.get()) + ")";
    default: return std::string("?") + nodeKindName(e->kind);
    }
}

inline std::unique_ptr<Program> parse(const std::string& src) { return parseProgram(src); }

// The expression of the first statement of `src` (which must be an expression statement).
struct ParsedExpr {
    std::unique_ptr<Program> program;
    const Expr* expr;
};
inline ParsedExpr parseExpr(const std::string& src) {
    auto p = parseProgram(src);
    const Stmt* s = p->body.at(0).get();
    if (s->kind != NodeKind::ExprStmt) throw std::runtime_error("not an expression statement");
    const Expr* e = s->as<ExprStmt>().expression.get();
    return {std::move(p), e};
}
inline std::string exprText(const std::string& src) { return text(parseExpr(src).expr); }

// "line:col: message" of the SyntaxError `src` raises, or "OK".
inline std::string errorOf(const std::string& src) {
    try {
        parseProgram(src);
        return "OK";
    } catch (const SyntaxError& e) {
        return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
    }
}

}  // namespace jstest
