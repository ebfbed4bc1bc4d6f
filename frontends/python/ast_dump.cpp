// The AST dump (see ast_dump.h): a transcription of CPython 3.11's Lib/ast.py dump()._format,
// including its "all fields simple and at most three -> one line" rule.
#include "frontends/python/ast_dump.h"

#include <unicode/uchar.h>

#include <charconv>
#include <cmath>
#include <functional>

#include "frontends/python/tokenizer.h"

namespace py {

using namespace ast;

// ---------------------------------------------------------------------------------------------
// Python reprs

static bool pyPrintable(char32_t c) {
    if (c < 0x20 || c == 0x7F) return false;
    if (c < 0x7F) return true;
    switch (u_charType(static_cast<UChar32>(c))) {
        case U_CONTROL_CHAR: case U_FORMAT_CHAR: case U_SURROGATE: case U_PRIVATE_USE_CHAR:
        case U_UNASSIGNED: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR: case U_SPACE_SEPARATOR:
            return false;
        default:
            return true;
    }
}

std::string pyReprStr(const std::string& s) {
    bool hasSingle = s.find('\'') != std::string::npos;
    bool hasDouble = s.find('"') != std::string::npos;
    char q = hasSingle && !hasDouble ? '"' : '\'';
    std::string out(1, q);
    size_t i = 0;
    while (i < s.size()) {
        char32_t c = decodeUtf8(s, i);
        char buf[16];
        if (c == static_cast<char32_t>(q) || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (pyPrintable(c)) appendUtf8(out, c);
        else {
            if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
            else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            else snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
            out += buf;
        }
    }
    out += q;
    return out;
}

std::string pyReprBytes(const std::string& s) {
    bool hasSingle = s.find('\'') != std::string::npos;
    bool hasDouble = s.find('"') != std::string::npos;
    char q = hasSingle && !hasDouble ? '"' : '\'';
    std::string out = "b";
    out += q;
    for (unsigned char c : s) {
        char buf[8];
        if (c == q || c == '\\') { out += '\\'; out += static_cast<char>(c); }
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c >= 0x7F) { snprintf(buf, sizeof buf, "\\x%02x", c); out += buf; }
        else out += static_cast<char>(c);
    }
    out += q;
    return out;
}

// Python's float repr ('r' format): shortest round-trip digits, fixed notation when the
// decimal exponent is in (-4, 16], else scientific with a two-digit signed exponent.
static std::string reprDouble(double v, bool addDotZero) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    bool neg = sci[0] == '-';
    if (neg) sci.erase(0, 1);
    size_t e = sci.find('e');
    std::string mant = sci.substr(0, e);
    int exp = std::stoi(sci.substr(e + 1));
    std::string digits;
    for (char c : mant) if (c != '.') digits += c;
    int decpt = exp + 1;  // value = 0.digits * 10^decpt
    std::string out;
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out = "0." + std::string(-decpt, '0') + digits;
        } else if (static_cast<size_t>(decpt) >= digits.size()) {
            out = digits + std::string(decpt - digits.size(), '0');
            if (addDotZero) out += ".0";
        } else {
            out = digits.substr(0, decpt) + "." + digits.substr(decpt);
        }
    } else {
        out = digits.substr(0, 1);
        if (digits.size() > 1) out += "." + digits.substr(1);
        char eb[16];
        snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
        out += eb;
    }
    return neg ? "-" + out : out;
}

std::string pyReprFloat(double v) { return reprDouble(v, true); }
std::string pyReprImag(double v) { return reprDouble(v, false) + "j"; }

std::string intConstantToDecimal(const Constant& c) {
    if (c.intFits64) return std::to_string(c.intValue);
    if (c.intBase == 10) return c.intDigits;
    std::vector<int> dec{0};  // little-endian decimal digits
    for (char ch : c.intDigits) {
        int d = isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : tolower(ch) - 'a' + 10;
        int carry = d;
        for (int& x : dec) {
            int v = x * c.intBase + carry;
            x = v % 10;
            carry = v / 10;
        }
        while (carry) { dec.push_back(carry % 10); carry /= 10; }
    }
    std::string out;
    for (auto it = dec.rbegin(); it != dec.rend(); ++it) out += static_cast<char>('0' + *it);
    return out;
}

// ---------------------------------------------------------------------------------------------
// The dumper

namespace {

struct F {
    std::string text;
    bool simple;
};

class Dumper {
public:
    explicit Dumper(const DumpOptions& o) : opt_(o) {}

    F module(const Module& m) {
        int level = enter(0);
        Fields f(*this, level);
        if (m.mode == ParseMode::Eval) {
            f.add("body", expr(m.expression, level));
            return f.finish("Expression", nullptr);
        }
        f.add("body", stmts(m.body, level));
        if (m.mode == ParseMode::File) f.add("type_ignores", F{"[]", true});
        return f.finish(m.mode == ParseMode::File ? "Module" : "Interactive", nullptr);
    }

    F expr(const Expr* e, int level);

private:
    const DumpOptions& opt_;
    static constexpr int kMaxDumpDepth = 500;  // ast.dump is quadratic in depth
    int depth_ = 0;

    int enter(int level) const { return opt_.indent >= 0 ? level + 1 : level; }
    std::string prefix(int level) const { return opt_.indent >= 0 ? "\n" + std::string(opt_.indent * level, ' ') : ""; }
    std::string sep(int level) const { return opt_.indent >= 0 ? ",\n" + std::string(opt_.indent * level, ' ') : ", "; }

    struct Fields {
        Dumper& d;
        int level;
        std::vector<std::string> args;
        bool allsimple = true;
        Fields(Dumper& dumper, int lvl) : d(dumper), level(lvl) {}
        void add(const char* name, const F& f) {
            allsimple = allsimple && f.simple;
            args.push_back(std::string(name) + "=" + f.text);
        }
        void opt(const char* name, const F* f) { if (f) add(name, *f); }
        F finish(const char* cls, const Node* positions) {
            if (positions && d.opt_.includePositions) {
                const Pos& p = positions->pos;
                args.push_back("lineno=" + std::to_string(p.lineno));
                args.push_back("col_offset=" + std::to_string(p.col_offset));
                args.push_back("end_lineno=" + std::to_string(p.end_lineno));
                args.push_back("end_col_offset=" + std::to_string(p.end_col_offset));
            }
            std::string joined;
            if (allsimple && args.size() <= 3) {
                for (size_t i = 0; i < args.size(); ++i) joined += (i ? ", " : "") + args[i];
                return {std::string(cls) + "(" + joined + ")", args.empty()};
            }
            std::string s = d.sep(level);
            for (size_t i = 0; i < args.size(); ++i) joined += (i ? s : "") + args[i];
            return {std::string(cls) + "(" + d.prefix(level) + joined + ")", false};
        }
    };

    template <class T, class Fn>
    F list(const std::vector<T>& items, int level, Fn fn) {
        level = enter(level);
        if (items.empty()) return {"[]", true};
        std::string out = "[" + prefix(level);
        std::string s = sep(level);
        for (size_t i = 0; i < items.size(); ++i) out += (i ? s : "") + fn(items[i], level).text;
        return {out + "]", false};
    }

    static F repr(std::string s) { return {std::move(s), true}; }
    static F simpleNode(const char* name) { return {std::string(name) + "()", true}; }
    F ctx(ExprContext c) { return simpleNode(name(c)); }

    F exprs(const std::vector<Expr*>& v, int level) {
        return list(v, level, [&](const Expr* e, int l) { return e ? expr(e, l) : F{"None", true}; });
    }
    F stmts(const StmtList& v, int level) {
        return list(v, level, [&](const Stmt* s, int l) { return stmt(s, l); });
    }
    F names(const std::vector<std::string>& v, int level) {
        return list(v, level, [&](const std::string& s, int) { return repr(pyReprStr(s)); });
    }
    F optExpr(const Expr* e, int level, F& storage) {
        storage = expr(e, level);
        return storage;
    }

    F constant(const Constant* c) {
        switch (c->value_kind) {
            case ConstantKind::None: return repr("None");
            case ConstantKind::True: return repr("True");
            case ConstantKind::False: return repr("False");
            case ConstantKind::Ellipsis: return repr("Ellipsis");
            case ConstantKind::Int: return repr(intConstantToDecimal(*c));
            case ConstantKind::Float: return repr(pyReprFloat(c->floatValue));
            case ConstantKind::Complex: return repr(pyReprImag(c->floatValue));
            case ConstantKind::Str: return repr(pyReprStr(c->str));
            case ConstantKind::Bytes: return repr(pyReprBytes(c->str));
        }
        return repr("?");
    }

    F comprehension(const Comprehension* c, int level) {
        level = enter(level);
        Fields f(*this, level);
        f.add("target", expr(c->target, level));
        f.add("iter", expr(c->iter, level));
        f.add("ifs", exprs(c->ifs, level));
        f.add("is_async", repr(c->is_async ? "1" : "0"));
        return f.finish("comprehension", nullptr);
    }
    F comprehensions(const std::vector<Comprehension*>& v, int level) {
        return list(v, level, [&](const Comprehension* c, int l) { return comprehension(c, l); });
    }

    F keyword(const Keyword* k, int level) {
        level = enter(level);
        Fields f(*this, level);
        if (!k->arg.empty()) f.add("arg", repr(pyReprStr(k->arg)));
        f.add("value", expr(k->value, level));
        return f.finish("keyword", k);
    }
    F keywords(const std::vector<Keyword*>& v, int level) {
        return list(v, level, [&](const Keyword* k, int l) { return keyword(k, l); });
    }

    F arg(const Arg* a, int level) {
        level = enter(level);
        Fields f(*this, level);
        f.add("arg", repr(pyReprStr(a->arg)));
        if (a->annotation) f.add("annotation", expr(a->annotation, level));
        return f.finish("arg", a);
    }
    F args(const std::vector<Arg*>& v, int level) {
        return list(v, level, [&](const Arg* a, int l) { return arg(a, l); });
    }

    F arguments(const Arguments* a, int level) {
        level = enter(level);
        Fields f(*this, level);
        f.add("posonlyargs", args(a->posonlyargs, level));
        f.add("args", args(a->args, level));
        if (a->vararg) f.add("vararg", arg(a->vararg, level));
        f.add("kwonlyargs", args(a->kwonlyargs, level));
        f.add("kw_defaults", exprs(a->kw_defaults, level));
        if (a->kwarg) f.add("kwarg", arg(a->kwarg, level));
        f.add("defaults", exprs(a->defaults, level));
        return f.finish("arguments", nullptr);
    }

    F alias(const Alias* a, int level) {
        level = enter(level);
        Fields f(*this, level);
        f.add("name", repr(pyReprStr(a->name)));
        if (!a->asname.empty()) f.add("asname", repr(pyReprStr(a->asname)));
        return f.finish("alias", a);
    }
    F aliases(const std::vector<Alias*>& v, int level) {
        return list(v, level, [&](const Alias* a, int l) { return alias(a, l); });
    }

    F withitem(const WithItem* w, int level) {
        level = enter(level);
        Fields f(*this, level);
        f.add("context_expr", expr(w->context_expr, level));
        if (w->optional_vars) f.add("optional_vars", expr(w->optional_vars, level));
        return f.finish("withitem", nullptr);
    }

    F handler(const ExceptHandler* h, int level) {
        level = enter(level);
        Fields f(*this, level);
        if (h->type) f.add("type", expr(h->type, level));
        if (!h->name.empty()) f.add("name", repr(pyReprStr(h->name)));
        f.add("body", stmts(h->body, level));
        return f.finish("ExceptHandler", h);
    }

    F pattern(const Pattern* p, int level);
    F patterns(const std::vector<Pattern*>& v, int level) {
        return list(v, level, [&](const Pattern* p, int l) { return pattern(p, l); });
    }
    F matchCase(const MatchCase* c, int level) {
        level = enter(level);
        Fields f(*this, level);
        f.add("pattern", pattern(c->pattern, level));
        if (c->guard) f.add("guard", expr(c->guard, level));
        f.add("body", stmts(c->body, level));
        return f.finish("match_case", nullptr);
    }

    F stmt(const Stmt* s, int level);
};

F Dumper::expr(const Expr* e, int level) {
    // Trees deeper than the symbol table accepts are elided rather than overflowing the stack.
    if (++depth_ > kMaxDumpDepth) {
        --depth_;
        return {"...", true};
    }
    struct Leave {
        int& d;
        ~Leave() { --d; }
    } leave{depth_};
    level = enter(level);
    Fields f(*this, level);
    switch (e->kind) {
        case ExprKind::BoolOp: {
            auto* n = e->as<BoolOp>();
            f.add("op", simpleNode(name(n->op)));
            f.add("values", exprs(n->values, level));
            break;
        }
        case ExprKind::NamedExpr: {
            auto* n = e->as<NamedExpr>();
            f.add("target", expr(n->target, level));
            f.add("value", expr(n->value, level));
            break;
        }
        case ExprKind::BinOp: {
            auto* n = e->as<BinOp>();
            f.add("left", expr(n->left, level));
            f.add("op", simpleNode(name(n->op)));
            f.add("right", expr(n->right, level));
            break;
        }
        case ExprKind::UnaryOp: {
            auto* n = e->as<UnaryOp>();
            f.add("op", simpleNode(name(n->op)));
            f.add("operand", expr(n->operand, level));
            break;
        }
        case ExprKind::Lambda: {
            auto* n = e->as<Lambda>();
            f.add("args", arguments(n->args, level));
            f.add("body", expr(n->body, level));
            break;
        }
        case ExprKind::IfExp: {
            auto* n = e->as<IfExp>();
            f.add("test", expr(n->test, level));
            f.add("body", expr(n->body, level));
            f.add("orelse", expr(n->orelse, level));
            break;
        }
        case ExprKind::Dict: {
            auto* n = e->as<Dict>();
            f.add("keys", exprs(n->keys, level));
            f.add("values", exprs(n->values, level));
            break;
        }
        case ExprKind::Set: f.add("elts", exprs(e->as<Set>()->elts, level)); break;
        case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::GeneratorExp: {
            auto* n = e->as<ListComp>();
            f.add("elt", expr(n->elt, level));
            f.add("generators", comprehensions(n->generators, level));
            break;
        }
        case ExprKind::DictComp: {
            auto* n = e->as<DictComp>();
            f.add("key", expr(n->key, level));
            f.add("value", expr(n->value, level));
            f.add("generators", comprehensions(n->generators, level));
            break;
        }
        case ExprKind::Await: f.add("value", expr(e->as<Await>()->value, level)); break;
        case ExprKind::Yield:
            if (e->as<Yield>()->value) f.add("value", expr(e->as<Yield>()->value, level));
            break;
        case ExprKind::YieldFrom: f.add("value", expr(e->as<YieldFrom>()->value, level)); break;
        case ExprKind::Compare: {
            auto* n = e->as<Compare>();
            f.add("left", expr(n->left, level));
            f.add("ops", list(n->ops, level, [&](CmpOp op, int) { return simpleNode(name(op)); }));
            f.add("comparators", exprs(n->comparators, level));
            break;
        }
        case ExprKind::Call: {
            auto* n = e->as<Call>();
            f.add("func", expr(n->func, level));
            f.add("args", exprs(n->args, level));
            f.add("keywords", keywords(n->keywords, level));
            break;
        }
        case ExprKind::FormattedValue: {
            auto* n = e->as<FormattedValue>();
            f.add("value", expr(n->value, level));
            f.add("conversion", repr(std::to_string(n->conversion)));
            if (n->format_spec) f.add("format_spec", expr(n->format_spec, level));
            break;
        }
        case ExprKind::JoinedStr: f.add("values", exprs(e->as<JoinedStr>()->values, level)); break;
        case ExprKind::Constant: {
            auto* n = e->as<Constant>();
            f.add("value", constant(n));
            if (n->uPrefix) f.add("kind", repr("'u'"));
            break;
        }
        case ExprKind::Attribute: {
            auto* n = e->as<Attribute>();
            f.add("value", expr(n->value, level));
            f.add("attr", repr(pyReprStr(n->attr)));
            f.add("ctx", ctx(n->ctx));
            break;
        }
        case ExprKind::Subscript: {
            auto* n = e->as<Subscript>();
            f.add("value", expr(n->value, level));
            f.add("slice", expr(n->slice, level));
            f.add("ctx", ctx(n->ctx));
            break;
        }
        case ExprKind::Starred: {
            auto* n = e->as<Starred>();
            f.add("value", expr(n->value, level));
            f.add("ctx", ctx(n->ctx));
            break;
        }
        case ExprKind::Name: {
            auto* n = e->as<Name>();
            f.add("id", repr(pyReprStr(n->id)));
            f.add("ctx", ctx(n->ctx));
            break;
        }
        case ExprKind::List: case ExprKind::Tuple: {
            auto* n = e->as<List>();
            f.add("elts", exprs(n->elts, level));
            f.add("ctx", ctx(n->ctx));
            break;
        }
        case ExprKind::Slice: {
            auto* n = e->as<Slice>();
            if (n->lower) f.add("lower", expr(n->lower, level));
            if (n->upper) f.add("upper", expr(n->upper, level));
            if (n->step) f.add("step", expr(n->step, level));
            break;
        }
    }
    return f.finish(name(e->kind), e);
}

F Dumper::pattern(const Pattern* p, int level) {
    level = enter(level);
    Fields f(*this, level);
    switch (p->kind) {
        case PatternKind::MatchValue: f.add("value", expr(p->as<MatchValue>()->value, level)); break;
        case PatternKind::MatchSingleton: {
            ConstantKind k = p->as<MatchSingleton>()->value;
            f.add("value", repr(k == ConstantKind::None ? "None" : k == ConstantKind::True ? "True" : "False"));
            break;
        }
        case PatternKind::MatchSequence: f.add("patterns", patterns(p->as<MatchSequence>()->patterns, level)); break;
        case PatternKind::MatchMapping: {
            auto* n = p->as<MatchMapping>();
            f.add("keys", exprs(n->keys, level));
            f.add("patterns", patterns(n->patterns, level));
            if (!n->rest.empty()) f.add("rest", repr(pyReprStr(n->rest)));
            break;
        }
        case PatternKind::MatchClass: {
            auto* n = p->as<MatchClass>();
            f.add("cls", expr(n->cls, level));
            f.add("patterns", patterns(n->patterns, level));
            f.add("kwd_attrs", names(n->kwd_attrs, level));
            f.add("kwd_patterns", patterns(n->kwd_patterns, level));
            break;
        }
        case PatternKind::MatchStar:
            if (!p->as<MatchStar>()->name.empty()) f.add("name", repr(pyReprStr(p->as<MatchStar>()->name)));
            break;
        case PatternKind::MatchAs: {
            auto* n = p->as<MatchAs>();
            if (n->pattern) f.add("pattern", pattern(n->pattern, level));
            if (!n->name.empty()) f.add("name", repr(pyReprStr(n->name)));
            break;
        }
        case PatternKind::MatchOr: f.add("patterns", patterns(p->as<MatchOr>()->patterns, level)); break;
    }
    return f.finish(name(p->kind), p);
}

F Dumper::stmt(const Stmt* s, int level) {
    level = enter(level);
    Fields f(*this, level);
    switch (s->kind) {
        case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
            auto* n = s->as<FunctionDef>();
            f.add("name", repr(pyReprStr(n->name)));
            f.add("args", arguments(n->args, level));
            f.add("body", stmts(n->body, level));
            f.add("decorator_list", exprs(n->decorator_list, level));
            if (n->returns) f.add("returns", expr(n->returns, level));
            break;
        }
        case StmtKind::ClassDef: {
            auto* n = s->as<ClassDef>();
            f.add("name", repr(pyReprStr(n->name)));
            f.add("bases", exprs(n->bases, level));
            f.add("keywords", keywords(n->keywords, level));
            f.add("body", stmts(n->body, level));
            f.add("decorator_list", exprs(n->decorator_list, level));
            break;
        }
        case StmtKind::Return:
            if (s->as<Return>()->value) f.add("value", expr(s->as<Return>()->value, level));
            break;
        case StmtKind::Delete: f.add("targets", exprs(s->as<Delete>()->targets, level)); break;
        case StmtKind::Assign: {
            auto* n = s->as<Assign>();
            f.add("targets", exprs(n->targets, level));
            f.add("value", expr(n->value, level));
            break;
        }
        case StmtKind::AugAssign: {
            auto* n = s->as<AugAssign>();
            f.add("target", expr(n->target, level));
            f.add("op", simpleNode(name(n->op)));
            f.add("value", expr(n->value, level));
            break;
        }
        case StmtKind::AnnAssign: {
            auto* n = s->as<AnnAssign>();
            f.add("target", expr(n->target, level));
            f.add("annotation", expr(n->annotation, level));
            if (n->value) f.add("value", expr(n->value, level));
            f.add("simple", repr(n->simple ? "1" : "0"));
            break;
        }
        case StmtKind::For: case StmtKind::AsyncFor: {
            auto* n = s->as<For>();
            f.add("target", expr(n->target, level));
            f.add("iter", expr(n->iter, level));
            f.add("body", stmts(n->body, level));
            f.add("orelse", stmts(n->orelse, level));
            break;
        }
        case StmtKind::While: case StmtKind::If: {
            const Expr* test = s->kind == StmtKind::While ? s->as<While>()->test : s->as<If>()->test;
            const StmtList& body = s->kind == StmtKind::While ? s->as<While>()->body : s->as<If>()->body;
            const StmtList& orelse = s->kind == StmtKind::While ? s->as<While>()->orelse : s->as<If>()->orelse;
            f.add("test", expr(test, level));
            f.add("body", stmts(body, level));
            f.add("orelse", stmts(orelse, level));
            break;
        }
        case StmtKind::With: case StmtKind::AsyncWith: {
            auto* n = s->as<With>();
            f.add("items", list(n->items, level, [&](const WithItem* w, int l) { return withitem(w, l); }));
            f.add("body", stmts(n->body, level));
            break;
        }
        case StmtKind::Match: {
            auto* n = s->as<Match>();
            f.add("subject", expr(n->subject, level));
            f.add("cases", list(n->cases, level, [&](const MatchCase* c, int l) { return matchCase(c, l); }));
            break;
        }
        case StmtKind::Raise: {
            auto* n = s->as<Raise>();
            if (n->exc) f.add("exc", expr(n->exc, level));
            if (n->cause) f.add("cause", expr(n->cause, level));
            break;
        }
        case StmtKind::Try: case StmtKind::TryStar: {
            auto* n = s->as<Try>();
            f.add("body", stmts(n->body, level));
            f.add("handlers", list(n->handlers, level, [&](const ExceptHandler* h, int l) { return handler(h, l); }));
            f.add("orelse", stmts(n->orelse, level));
            f.add("finalbody", stmts(n->finalbody, level));
            break;
        }
        case StmtKind::Assert: {
            auto* n = s->as<Assert>();
            f.add("test", expr(n->test, level));
            if (n->msg) f.add("msg", expr(n->msg, level));
            break;
        }
        case StmtKind::Import: f.add("names", aliases(s->as<Import>()->names, level)); break;
        case StmtKind::ImportFrom: {
            auto* n = s->as<ImportFrom>();
            if (!n->module.empty()) f.add("module", repr(pyReprStr(n->module)));
            f.add("names", aliases(n->names, level));
            f.add("level", repr(std::to_string(n->level)));
            break;
        }
        case StmtKind::Global: case StmtKind::Nonlocal: f.add("names", names(s->as<Global>()->names, level)); break;
        case StmtKind::Expr: f.add("value", expr(s->as<ExprStmt>()->value, level)); break;
        case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue: break;
    }
    return f.finish(name(s->kind), s);
}

}  // namespace

std::string dumpAst(const Module& module, const DumpOptions& options) {
    Dumper d(options);
    return d.module(module).text;
}

std::string dumpExpr(const Expr* expr, const DumpOptions& options) {
    Dumper d(options);
    return d.expr(expr, 0).text;
}

}  // namespace py
