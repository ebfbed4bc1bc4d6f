// frontends/js/ast.cpp — small helpers over the AST: kind/operator names, the callee display
// string used in "x is not a function" messages, and UTF-8/UTF-16 conversion.
#include "frontends/js/ast.h"

namespace js {

const char* nodeKindName(NodeKind k) {
    switch (k) {
#define K(n) case NodeKind::n: return #n;
        K(Identifier) K(NumberLiteral) K(BigIntLiteral) K(StringLiteral) K(BooleanLiteral)
        K(NullLiteral) K(RegExpLiteral) K(TemplateLiteral) K(TaggedTemplate) K(ArrayLiteral)
        K(ObjectLiteral) K(FunctionExpr) K(ArrowFunction) K(ClassExpr) K(ThisExpr) K(SuperMember)
        K(SuperCall) K(NewTarget) K(Unary) K(Update) K(Binary) K(Logical) K(Assign)
        K(Conditional) K(Sequence) K(Call) K(New) K(Member) K(OptionalChain) K(Spread) K(Yield)
        K(Await) K(PrivateIn) K(ObjectPattern) K(ArrayPattern) K(AssignPattern) K(ExprStmt)
        K(VarDecl) K(FunctionDecl) K(ClassDecl) K(Return) K(If) K(Block) K(Empty) K(For) K(ForIn)
        K(ForOf) K(While) K(DoWhile) K(Break) K(Continue) K(Throw) K(Try) K(Switch) K(Labeled)
        K(With) K(Debugger)
#undef K
    }
    return "?";
}

const char* binaryOpText(BinaryOp op) {
    static const char* const names[] = {
        "+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^",
        "==", "!=", "===", "!==", "<", ">", "<=", ">=", "in", "instanceof"};
    return names[static_cast<int>(op)];
}

const char* assignOpText(AssignOp op) {
    static const char* const names[] = {
        "=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=",
        "&&=", "||=", "?\?="};
    return names[static_cast<int>(op)];
}

std::string utf16ToUtf8(const std::u16string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        uint32_t c = s[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            c = 0xFFFD;  // lone surrogate: not representable in UTF-8
        }
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::u16string utf8ToUtf16(const std::string& s) {
    std::u16string out;
    out.reserve(s.size());
    size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char b = s[i];
        uint32_t c;
        int len;
        if (b < 0x80) { c = b; len = 1; }
        else if ((b & 0xE0) == 0xC0) { c = b & 0x1F; len = 2; }
        else if ((b & 0xF0) == 0xE0) { c = b & 0x0F; len = 3; }
        else if ((b & 0xF8) == 0xF0) { c = b & 0x07; len = 4; }
        else { out += u'\uFFFD'; ++i; continue; }
        if (i + len > n) { out += u'\uFFFD'; break; }
        bool ok = true;
        for (int k = 1; k < len; ++k) {
            unsigned char cb = s[i + k];
            if ((cb & 0xC0) != 0x80) { ok = false; break; }
            c = (c << 6) | (cb & 0x3F);
        }
        if (!ok) { out += u'\uFFFD'; ++i; continue; }
        i += len;
        if (c >= 0x10000) {
            c -= 0x10000;
            out += char16_t(0xD800 + (c >> 10));
            out += char16_t(0xDC00 + (c & 0x3FF));
        } else {
            out += char16_t(c);
        }
    }
    return out;
}

namespace {
// V8's CallPrinter prints the callee roughly as written; we rebuild it from the AST.
void display(const Expr& e, std::string& out, int depth) {
    if (depth > 20) { out += "..."; return; }
    switch (e.kind) {
    case NodeKind::Identifier: out += e.as<Identifier>().name; return;
    case NodeKind::ThisExpr: out += "this"; return;
    case NodeKind::NullLiteral: out += "null"; return;
    case NodeKind::BooleanLiteral: out += e.as<BooleanLiteral>().value ? "true" : "false"; return;
    case NodeKind::NumberLiteral: {
        double v = e.as<NumberLiteral>().value;
        if (v == static_cast<double>(static_cast<long long>(v)) && v > -1e15 && v < 1e15)
            out += std::to_string(static_cast<long long>(v));
        else
            out += std::to_string(v);
        return;
    }
    case NodeKind::StringLiteral: out += "\"" + utf16ToUtf8(e.as<StringLiteral>().value) + "\""; return;
    case NodeKind::Member: {
        const auto& m = e.as<MemberExpr>();
        display(*m.object, out, depth + 1);
        if (m.computed) {
            if (m.property->kind == NodeKind::StringLiteral) {
                out += "." + utf16ToUtf8(m.property->as<StringLiteral>().value);
            } else {
                out += "[";
                display(*m.property, out, depth + 1);
                out += "]";
            }
        } else {
            out += m.optional ? "?." : ".";
            out += m.name;
        }
        return;
    }
    case NodeKind::SuperMember: {
        const auto& m = e.as<SuperMemberExpr>();
        out += "super";
        if (m.computed) { out += "["; display(*m.property, out, depth + 1); out += "]"; }
        else out += "." + m.name;
        return;
    }
    case NodeKind::Call: {
        display(*e.as<CallExpr>().callee, out, depth + 1);
        out += "(...)";
        return;
    }
    case NodeKind::New: out += "(intermediate value)"; return;
    case NodeKind::OptionalChain: display(*e.as<OptionalChainExpr>().expression, out, depth + 1); return;
    case NodeKind::TemplateLiteral: out += "`...`"; return;
    default: out += "(intermediate value)"; return;
    }
}
}  // namespace

void collectBoundNames(const Expr* p, std::vector<const Identifier*>& out) {
    if (!p) return;
    switch (p->kind) {
    case NodeKind::Identifier: out.push_back(&p->as<Identifier>()); break;
    case NodeKind::AssignPattern: collectBoundNames(p->as<AssignPattern>().target.get(), out); break;
    case NodeKind::ArrayPattern:
        for (const auto& e : p->as<ArrayPattern>().elements) collectBoundNames(e.get(), out);
        collectBoundNames(p->as<ArrayPattern>().rest.get(), out);
        break;
    case NodeKind::ObjectPattern:
        for (const auto& pr : p->as<ObjectPattern>().properties) collectBoundNames(pr.value.get(), out);
        collectBoundNames(p->as<ObjectPattern>().rest.get(), out);
        break;
    default: break;
    }
}

std::string exprToDisplayString(const Expr& e) {
    std::string out;
    display(e, out, 0);
    return out;
}

}  // namespace js
