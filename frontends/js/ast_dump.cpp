// frontends/js/ast_dump.cpp — the indented AST printer behind dumpAst().
#include "frontends/js/ast_dump.h"

#include <cstdio>
#include <cstdlib>

#include "frontends/js/scope.h"

namespace js {

namespace {

std::string quote16(const std::u16string& s) {
    std::string out = "\"";
    for (char16_t c : s) {
        if (c == '"' || c == '\\') { out += '\\'; out += char(c); }
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            out += buf;
        } else {
            out += utf16ToUtf8(std::u16string(1, c));
        }
    }
    return out + "\"";
}

std::string numberText(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    // shortest form that round-trips
    for (int prec = 1; prec <= 17; ++prec) {
        char b2[40];
        std::snprintf(b2, sizeof b2, "%.*g", prec, v);
        if (std::strtod(b2, nullptr) == v) return b2;
    }
    return buf;
}

std::string resText(const Resolution& r) {
    switch (r.kind) {
    case RefKind::Unresolved: return "";
    case RefKind::Local: return " [local " + std::to_string(r.slot) + (r.needsTdzCheck ? " tdz" : "") + (r.isConstAssign ? " const-assign" : "") + "]";
    case RefKind::Env:
        return " [env " + std::to_string(r.hops) + ":" + std::to_string(r.slot) + (r.needsTdzCheck ? " tdz" : "") +
               (r.isConstAssign ? " const-assign" : "") + "]";
    case RefKind::Global: return " [global]";
    case RefKind::Dynamic: return " [dynamic]";
    }
    return "";
}

class Dumper {
public:
    std::string out;

    void line(int ind, const std::string& text, SourcePos pos) {
        out.append(ind * 2, ' ');
        out += text;
        if (pos.line) out += " @" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
        out += '\n';
    }
    void label(int ind, const std::string& text) {
        out.append(ind * 2, ' ');
        out += text;
        out += '\n';
    }

    std::string scopeText(const Scope* s) {
        if (!s) return "";
        return " {" + describeScopeBrief(*s) + "}";
    }

    void key(int ind, const PropertyKey& k) {
        switch (k.kind) {
        case PropertyKey::Kind::Named: label(ind, "key " + quote16(k.name)); break;
        case PropertyKey::Kind::Private: label(ind, "key " + utf16ToUtf8(k.name)); break;
        case PropertyKey::Kind::Computed:
            label(ind, "key computed");
            expr(ind + 1, k.expr.get());
            break;
        }
    }

    void function(int ind, const FunctionNode& fn) {
        static const char* kinds[] = {"function", "arrow", "method", "getter", "setter", "constructor",
                                      "derived-constructor", "field-initializer", "static-block"};
        std::string t = std::string("Function ") + kinds[int(fn.kind)];
        if (!fn.name.empty()) t += " name=\"" + fn.name + "\"";
        if (fn.isAsync) t += " async";
        if (fn.isGenerator) t += " generator";
        if (fn.isStrict) t += " strict";
        if (fn.isExpressionBody) t += " expression-body";
        t += " length=" + std::to_string(fn.paramCountForLength);
        t += " src=" + std::to_string(fn.srcStart) + ".." + std::to_string(fn.srcEnd);
        if (fn.scope) {
            t += " locals=" + std::to_string(fn.numLocals);
            if (fn.usesArguments) t += " uses-arguments";
            if (fn.usesThis) t += " uses-this";
            if (fn.hasDirectEval) t += " direct-eval";
            if (fn.containsWith) t += " with";
        }
        line(ind, t + scopeText(fn.scope), fn.pos);
        if (fn.id) {
            label(ind + 1, "id");
            expr(ind + 2, fn.id.get());
        }
        if (!fn.params.empty()) {
            label(ind + 1, "params");
            for (auto& p : fn.params) expr(ind + 2, p.get());
        }
        if (fn.rest) {
            label(ind + 1, "rest");
            expr(ind + 2, fn.rest.get());
        }
        label(ind + 1, "body");
        for (auto& s : fn.body) stmt(ind + 2, s.get());
    }

    void cls(int ind, const ClassNode& c) {
        line(ind, "Class" + (c.name.empty() ? std::string() : " name=\"" + c.name + "\"") + scopeText(c.scope), c.pos);
        if (c.id) { label(ind + 1, "id"); expr(ind + 2, c.id.get()); }
        if (c.superClass) { label(ind + 1, "extends"); expr(ind + 2, c.superClass.get()); }
        if (c.constructor) { label(ind + 1, "constructor"); function(ind + 2, *c.constructor); }
        for (auto& m : c.members) {
            static const char* kinds[] = {"method", "getter", "setter", "field", "static-block"};
            line(ind + 1, std::string("Member ") + kinds[int(m.kind)] + (m.isStatic ? " static" : ""), m.pos);
            if (m.kind != ClassMember::Kind::StaticBlock) key(ind + 2, m.key);
            if (m.fn) function(ind + 2, *m.fn);
        }
    }

    void exprs(int ind, const char* name, const std::vector<ExprPtr>& v) {
        label(ind, name);
        for (auto& e : v) {
            if (e) expr(ind + 1, e.get());
            else label(ind + 1, "<hole>");
        }
    }

    void expr(int ind, const Expr* e) {
        if (!e) { label(ind, "<null>"); return; }
        SourcePos p = e->pos;
        switch (e->kind) {
        case NodeKind::Identifier: line(ind, "Identifier " + e->as<Identifier>().name + resText(e->as<Identifier>().res), p); return;
        case NodeKind::NumberLiteral: line(ind, "Number " + numberText(e->as<NumberLiteral>().value), p); return;
        case NodeKind::BigIntLiteral: line(ind, "BigInt " + e->as<BigIntLiteral>().digits + "n", p); return;
        case NodeKind::StringLiteral: line(ind, "String " + quote16(e->as<StringLiteral>().value), p); return;
        case NodeKind::BooleanLiteral: line(ind, e->as<BooleanLiteral>().value ? "true" : "false", p); return;
        case NodeKind::NullLiteral: line(ind, "null", p); return;
        case NodeKind::RegExpLiteral:
            line(ind, "RegExp /" + utf16ToUtf8(e->as<RegExpLiteral>().pattern) + "/" + e->as<RegExpLiteral>().flags, p);
            return;
        case NodeKind::TemplateLiteral: {
            auto& t = e->as<TemplateLiteral>();
            line(ind, "Template", p);
            for (size_t i = 0; i < t.quasis.size(); ++i) {
                auto& q = t.quasis[i];
                label(ind + 1, "quasi cooked=" + (q.cooked ? quote16(*q.cooked) : std::string("<invalid>")) + " raw=" + quote16(q.raw));
                if (i < t.expressions.size()) expr(ind + 1, t.expressions[i].get());
            }
            return;
        }
        case NodeKind::TaggedTemplate:
            line(ind, "TaggedTemplate", p);
            expr(ind + 1, e->as<TaggedTemplateExpr>().tag.get());
            expr(ind + 1, e->as<TaggedTemplateExpr>().quasi.get());
            return;
        case NodeKind::ArrayLiteral:
            line(ind, "Array", p);
            for (auto& el : e->as<ArrayLiteral>().elements) {
                if (el) expr(ind + 1, el.get());
                else label(ind + 1, "<hole>");
            }
            return;
        case NodeKind::ObjectLiteral:
            line(ind, "Object", p);
            for (auto& pr : e->as<ObjectLiteral>().properties) {
                static const char* kinds[] = {"init", "get", "set", "spread", "proto"};
                std::string t = std::string("Property ") + kinds[int(pr.kind)];
                if (pr.shorthand) t += " shorthand";
                if (pr.method) t += " method";
                line(ind + 1, t, pr.pos);
                if (pr.kind != ObjectProperty::Kind::Spread) key(ind + 2, pr.key);
                expr(ind + 2, pr.value.get());
            }
            return;
        case NodeKind::FunctionExpr:
        case NodeKind::ArrowFunction: function(ind, *e->as<FunctionExpr>().fn); return;
        case NodeKind::ClassExpr: cls(ind, *e->as<ClassExpr>().cls); return;
        case NodeKind::ThisExpr: line(ind, "This" + resText(e->as<ThisExpr>().res), p); return;
        case NodeKind::SuperMember: {
            auto& m = e->as<SuperMemberExpr>();
            line(ind, "SuperMember" + (m.computed ? std::string(" computed") : " ." + m.name) + resText(m.thisRes), p);
            if (m.computed) expr(ind + 1, m.property.get());
            return;
        }
        case NodeKind::SuperCall:
            line(ind, "SuperCall" + resText(e->as<SuperCallExpr>().thisRes), p);
            exprs(ind + 1, "arguments", e->as<SuperCallExpr>().arguments);
            return;
        case NodeKind::NewTarget: line(ind, "NewTarget" + resText(e->as<NewTargetExpr>().res), p); return;
        case NodeKind::Unary: {
            static const char* ops[] = {"-", "+", "!", "~", "typeof", "void", "delete"};
            line(ind, std::string("Unary ") + ops[int(e->as<UnaryExpr>().op)], p);
            expr(ind + 1, e->as<UnaryExpr>().argument.get());
            return;
        }
        case NodeKind::Update: {
            auto& u = e->as<UpdateExpr>();
            line(ind, std::string("Update ") + (u.prefix ? "prefix " : "postfix ") + (u.increment ? "++" : "--"), p);
            expr(ind + 1, u.argument.get());
            return;
        }
        case NodeKind::Binary:
            line(ind, std::string("Binary ") + binaryOpText(e->as<BinaryExpr>().op), p);
            expr(ind + 1, e->as<BinaryExpr>().left.get());
            expr(ind + 1, e->as<BinaryExpr>().right.get());
            return;
        case NodeKind::Logical: {
            static const char* ops[] = {"&&", "||", "??"};
            line(ind, std::string("Logical ") + ops[int(e->as<LogicalExpr>().op)], p);
            expr(ind + 1, e->as<LogicalExpr>().left.get());
            expr(ind + 1, e->as<LogicalExpr>().right.get());
            return;
        }
        case NodeKind::Assign:
            line(ind, std::string("Assign ") + assignOpText(e->as<AssignExpr>().op), p);
            expr(ind + 1, e->as<AssignExpr>().target.get());
            expr(ind + 1, e->as<AssignExpr>().value.get());
            return;
        case NodeKind::Conditional:
            line(ind, "Conditional", p);
            expr(ind + 1, e->as<ConditionalExpr>().test.get());
            expr(ind + 1, e->as<ConditionalExpr>().consequent.get());
            expr(ind + 1, e->as<ConditionalExpr>().alternate.get());
            return;
        case NodeKind::Sequence:
            line(ind, "Sequence", p);
            for (auto& x : e->as<SequenceExpr>().expressions) expr(ind + 1, x.get());
            return;
        case NodeKind::Call: {
            auto& c = e->as<CallExpr>();
            line(ind, std::string("Call") + (c.optional ? " optional" : "") + (c.isDirectEvalCandidate ? " direct-eval" : ""), p);
            expr(ind + 1, c.callee.get());
            exprs(ind + 1, "arguments", c.arguments);
            return;
        }
        case NodeKind::New:
            line(ind, "New", p);
            expr(ind + 1, e->as<NewExpr>().callee.get());
            exprs(ind + 1, "arguments", e->as<NewExpr>().arguments);
            return;
        case NodeKind::Member: {
            auto& m = e->as<MemberExpr>();
            std::string t = "Member";
            if (m.optional) t += " optional";
            if (m.computed) t += " computed";
            else t += " ." + m.name;
            line(ind, t, p);
            expr(ind + 1, m.object.get());
            if (m.computed) expr(ind + 1, m.property.get());
            return;
        }
        case NodeKind::OptionalChain:
            line(ind, "OptionalChain", p);
            expr(ind + 1, e->as<OptionalChainExpr>().expression.get());
            return;
        case NodeKind::Spread:
            line(ind, "Spread", p);
            expr(ind + 1, e->as<SpreadElement>().argument.get());
            return;
        case NodeKind::Yield:
            line(ind, e->as<YieldExpr>().delegate ? "Yield*" : "Yield", p);
            if (e->as<YieldExpr>().argument) expr(ind + 1, e->as<YieldExpr>().argument.get());
            return;
        case NodeKind::Await:
            line(ind, "Await", p);
            expr(ind + 1, e->as<AwaitExpr>().argument.get());
            return;
        case NodeKind::PrivateIn:
            line(ind, "PrivateIn " + e->as<PrivateInExpr>().name, p);
            expr(ind + 1, e->as<PrivateInExpr>().right.get());
            return;
        case NodeKind::ObjectPattern: {
            auto& o = e->as<ObjectPattern>();
            line(ind, "ObjectPattern", p);
            for (auto& pr : o.properties) {
                line(ind + 1, pr.shorthand ? "PatternProperty shorthand" : "PatternProperty", pr.pos);
                key(ind + 2, pr.key);
                expr(ind + 2, pr.value.get());
            }
            if (o.rest) { label(ind + 1, "rest"); expr(ind + 2, o.rest.get()); }
            return;
        }
        case NodeKind::ArrayPattern: {
            auto& a = e->as<ArrayPattern>();
            line(ind, "ArrayPattern", p);
            for (auto& el : a.elements) {
                if (el) expr(ind + 1, el.get());
                else label(ind + 1, "<hole>");
            }
            if (a.rest) { label(ind + 1, "rest"); expr(ind + 2, a.rest.get()); }
            return;
        }
        case NodeKind::AssignPattern:
            line(ind, "AssignPattern", p);
            expr(ind + 1, e->as<AssignPattern>().target.get());
            expr(ind + 1, e->as<AssignPattern>().defaultValue.get());
            return;
        default: line(ind, std::string("?") + nodeKindName(e->kind), p); return;
        }
    }

    void stmts(int ind, const StmtList& list) {
        for (auto& s : list) stmt(ind, s.get());
    }

    void stmt(int ind, const Stmt* s) {
        if (!s) { label(ind, "<null>"); return; }
        SourcePos p = s->pos;
        switch (s->kind) {
        case NodeKind::ExprStmt:
            line(ind, s->as<ExprStmt>().isDirective ? "Directive" : "ExprStmt", p);
            expr(ind + 1, s->as<ExprStmt>().expression.get());
            return;
        case NodeKind::VarDecl: {
            static const char* kinds[] = {"var", "let", "const"};
            auto& d = s->as<VarDecl>();
            line(ind, std::string("VarDecl ") + kinds[int(d.declKind)], p);
            for (auto& dc : d.declarations) {
                line(ind + 1, "Declarator", dc.pos);
                expr(ind + 2, dc.target.get());
                if (dc.init) expr(ind + 2, dc.init.get());
            }
            return;
        }
        case NodeKind::FunctionDecl:
            line(ind, "FunctionDecl" + resText(s->as<FunctionDecl>().annexBVarRes), p);
            function(ind + 1, *s->as<FunctionDecl>().fn);
            return;
        case NodeKind::ClassDecl:
            line(ind, "ClassDecl", p);
            cls(ind + 1, *s->as<ClassDecl>().cls);
            return;
        case NodeKind::Return:
            line(ind, "Return", p);
            if (s->as<ReturnStmt>().argument) expr(ind + 1, s->as<ReturnStmt>().argument.get());
            return;
        case NodeKind::If:
            line(ind, "If", p);
            expr(ind + 1, s->as<IfStmt>().test.get());
            stmt(ind + 1, s->as<IfStmt>().consequent.get());
            if (s->as<IfStmt>().alternate) { label(ind + 1, "else"); stmt(ind + 2, s->as<IfStmt>().alternate.get()); }
            return;
        case NodeKind::Block:
            line(ind, "Block" + scopeText(s->as<BlockStmt>().scope), p);
            stmts(ind + 1, s->as<BlockStmt>().body);
            return;
        case NodeKind::Empty: line(ind, "Empty", p); return;
        case NodeKind::For: {
            auto& f = s->as<ForStmt>();
            line(ind, "For" + scopeText(f.scope), p);
            label(ind + 1, "init");
            if (f.init) stmt(ind + 2, f.init.get());
            label(ind + 1, "test");
            if (f.test) expr(ind + 2, f.test.get());
            label(ind + 1, "update");
            if (f.update) expr(ind + 2, f.update.get());
            label(ind + 1, "body");
            stmt(ind + 2, f.body.get());
            return;
        }
        case NodeKind::ForIn:
        case NodeKind::ForOf: {
            auto& f = s->as<ForInOfStmt>();
            line(ind, std::string(f.isOf ? "ForOf" : "ForIn") + (f.isAwait ? " await" : "") + scopeText(f.scope), p);
            if (f.leftDecl) stmt(ind + 1, f.leftDecl.get());
            else expr(ind + 1, f.leftTarget.get());
            expr(ind + 1, f.right.get());
            stmt(ind + 1, f.body.get());
            return;
        }
        case NodeKind::While:
            line(ind, "While", p);
            expr(ind + 1, s->as<WhileStmt>().test.get());
            stmt(ind + 1, s->as<WhileStmt>().body.get());
            return;
        case NodeKind::DoWhile:
            line(ind, "DoWhile", p);
            stmt(ind + 1, s->as<DoWhileStmt>().body.get());
            expr(ind + 1, s->as<DoWhileStmt>().test.get());
            return;
        case NodeKind::Break: line(ind, "Break" + (s->as<BreakStmt>().label.empty() ? "" : " " + s->as<BreakStmt>().label), p); return;
        case NodeKind::Continue:
            line(ind, "Continue" + (s->as<ContinueStmt>().label.empty() ? "" : " " + s->as<ContinueStmt>().label), p);
            return;
        case NodeKind::Throw:
            line(ind, "Throw", p);
            expr(ind + 1, s->as<ThrowStmt>().argument.get());
            return;
        case NodeKind::Try: {
            auto& t = s->as<TryStmt>();
            line(ind, "Try", p);
            stmt(ind + 1, t.block.get());
            if (t.handler) {
                line(ind + 1, "Catch" + scopeText(t.handler->scope), t.handler->pos);
                if (t.handler->param) expr(ind + 2, t.handler->param.get());
                stmt(ind + 2, t.handler->body.get());
            }
            if (t.finalizer) { label(ind + 1, "finally"); stmt(ind + 2, t.finalizer.get()); }
            return;
        }
        case NodeKind::Switch: {
            auto& sw = s->as<SwitchStmt>();
            line(ind, "Switch" + scopeText(sw.scope), p);
            expr(ind + 1, sw.discriminant.get());
            for (auto& c : sw.cases) {
                line(ind + 1, c.test ? "Case" : "Default", c.pos);
                if (c.test) expr(ind + 2, c.test.get());
                stmts(ind + 2, c.body);
            }
            return;
        }
        case NodeKind::Labeled:
            line(ind, "Labeled " + s->as<LabeledStmt>().label, p);
            stmt(ind + 1, s->as<LabeledStmt>().body.get());
            return;
        case NodeKind::With:
            line(ind, "With" + scopeText(s->as<WithStmt>().scope), p);
            expr(ind + 1, s->as<WithStmt>().object.get());
            stmt(ind + 1, s->as<WithStmt>().body.get());
            return;
        case NodeKind::Debugger: line(ind, "Debugger", p); return;
        default: line(ind, std::string("?") + nodeKindName(s->kind), p); return;
        }
    }
};

}  // namespace

std::string dumpAst(const Program& program) {
    Dumper d;
    std::string head = "Program";
    if (program.isStrict) head += " strict";
    if (program.topLevel && program.topLevel->scope) {
        head += " locals=" + std::to_string(program.topLevel->numLocals);
        head += " {" + describeScopeBrief(*program.topLevel->scope) + "}";
    }
    d.label(0, head);
    d.stmts(1, program.body);
    return d.out;
}

std::string dumpExpr(const Expr& expr) {
    Dumper d;
    d.expr(0, &expr);
    return d.out;
}

}  // namespace js
