// The Python 3.11 recursive-descent parser (see parser.h). One function per grammar rule of
// CPython's Grammar/python.gram, named after it; the invalid_* rules of that grammar become the
// checks that produce CPython's specific messages.
#include "frontends/python/parser.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "frontends/python/string_literal.h"
#include "frontends/python/tokenizer.h"

namespace py {

using namespace ast;

namespace {

constexpr int kMaxDepth = 1000;  // nested expressions/statements before "too deeply nested"

bool isKeyword(const std::string& s) {
    static const std::unordered_set<std::string> keywords = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield"};
    return keywords.count(s) != 0;
}

// What encloses the code being parsed, for the errors CPython's compiler reports.
struct ScopeCtx {
    enum Kind { Module, Class, Function, Lambda } kind;
    bool isAsync = false;
    int loops = 0;
};

// State shared by a parser and the sub-parsers of its f-string fields.
struct SharedState {
    const SourceText& src;
    Arena& arena;
    std::vector<ScopeCtx> scopes;
    std::optional<SyntaxErrorInfo> deferred;  // first compile-time error, reported after parsing
    int depth = 0;
};

// CPython's _PyPegen_get_expr_name: how messages name an expression.
const char* exprName(const Expr* e) {
    switch (e->kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::Await: return "await expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::Constant: {
            switch (e->as<Constant>()->value_kind) {
                case ConstantKind::None: return "None";
                case ConstantKind::True: return "True";
                case ConstantKind::False: return "False";
                case ConstantKind::Ellipsis: return "ellipsis";
                default: return "literal";
            }
        }
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::NamedExpr: return "named expression";
        case ExprKind::Slice: return "slice";
    }
    return "expression";
}

class Parser {
public:
    Parser(SharedState& st, TokenStream stream) : st_(st), src_(st.src), toks_(std::move(stream.tokens)), tokError_(std::move(stream.error)) {}

    void parseFile(StmtList& body) {
        while (!at(TokenKind::EndMarker)) parseStatement(body);
    }

    void parseSingle(StmtList& body) {
        while (at(TokenKind::Newline)) next();
        if (at(TokenKind::EndMarker)) return;
        parseStatement(body);
        while (at(TokenKind::Newline)) next();
        if (!at(TokenKind::EndMarker)) fail("multiple statements found while compiling a single statement");
    }

    Expr* parseEval() {
        Expr* e = parseStarExpressions();
        while (at(TokenKind::Newline)) next();
        if (!at(TokenKind::EndMarker)) fail("invalid syntax");
        return e;
    }

    // An f-string replacement field: star_expressions or a yield expression, then the end.
    // CPython 3.11 parses the field as "(" text ")", so a bare tuple or generator expression
    // there spans the field's braces: `braces` gives that span.
    Expr* parseFStringField(const Pos& braces) {
        Expr* e = atKw("yield") ? parseYieldExpr() : parseStarExpressions();
        if (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for"))) {
            ListComp* g = st_.arena.make<ListComp>(ExprKind::GeneratorExp);
            if (e->kind == ExprKind::Starred) failAt(e, "iterable unpacking cannot be used in comprehension");
            g->elt = e;
            parseComprehensionClauses(g->generators);
            g->pos = braces;
            e = g;
        } else if (e->kind == ExprKind::Tuple && !parenthesized_.count(e)) {
            e->pos = braces;
        }
        if (!at(TokenKind::EndMarker)) fail("invalid syntax");
        return e;
    }

    const std::optional<SyntaxErrorInfo>& tokenizerError() const { return tokError_; }
    bool reachedTokenizerError() const { return reachedTokError_; }
    // Parse an expression at the furthest token reached, ignoring any error: only to see how
    // far CPython's error pass would have read.
    void probeExpression() {
        p_ = furthest_;
        bool reached = reachedTokError_;
        try {
            parseExpression();
        } catch (SyntaxErrorInfo&) {
        }
        reachedTokError_ = reached;
    }

    // Line of the furthest token the parser looked at (CPython's p->tokens[p->fill - 1]).
    int furthestLine() const { return toks_[std::min(furthest_, toks_.size() - 1)].line; }

private:
    SharedState& st_;
    bool reachedTokError_ = false;
    size_t furthest_ = 0;
    const SourceText& src_;
    std::vector<Token> toks_;
    std::optional<SyntaxErrorInfo> tokError_;
    size_t p_ = 0;
    // Parenthesized expressions -> their '(' token: a node built on one starts at the '('.
    std::unordered_map<const Expr*, const Token*> parenthesized_;

    // --- tokens ------------------------------------------------------------------------------

    const Token& cur() {
        if (p_ > furthest_) furthest_ = p_;
        const Token& t = toks_[p_];
        if (t.kind == TokenKind::Error) {
            reachedTokError_ = true;
            throw *tokError_;
        }
        return t;
    }
    const Token& peekTok(size_t k = 1) {
        size_t i = std::min(p_ + k, toks_.size() - 1);
        if (i > furthest_) furthest_ = i;
        const Token& t = toks_[i];
        if (t.kind == TokenKind::Error) {
            // Looking ahead into a lexical error: stop at the last real token instead.
            static const Token none{};
            return none;
        }
        return t;
    }
    const Token& next() {
        const Token& t = cur();
        if (p_ + 1 < toks_.size()) ++p_;
        return t;
    }
    const Token& prev() const { return toks_[p_ > 0 ? p_ - 1 : 0]; }
    bool at(TokenKind k) { return cur().kind == k; }
    bool atOp(const char* s) { const Token& t = cur(); return t.kind == TokenKind::Op && t.text == s; }
    bool atKw(const char* s) { const Token& t = cur(); return t.kind == TokenKind::Name && t.text == s; }
    bool atName() { const Token& t = cur(); return t.kind == TokenKind::Name && !isKeyword(t.text); }
    bool eatOp(const char* s) { if (atOp(s)) { next(); return true; } return false; }
    bool eatKw(const char* s) { if (atKw(s)) { next(); return true; } return false; }

    // --- errors ------------------------------------------------------------------------------

    [[noreturn]] void failAt(int line, int col, const std::string& msg, const char* type = "SyntaxError") {
        throw src_.error(type, msg, line, col);
    }
    [[noreturn]] void failAt(const Token& t, const std::string& msg, const char* type = "SyntaxError") {
        failAt(t.line, t.col, msg, type);
    }
    [[noreturn]] void failAt(const Node* n, const std::string& msg) {
        SyntaxErrorInfo e = src_.error("SyntaxError", msg, n->pos.lineno, n->pos.col_offset);
        e.endLine = n->pos.end_lineno;
        e.endColumn = src_.charColumn(n->pos.end_lineno, n->pos.end_col_offset);
        throw e;
    }
    [[noreturn]] void fail(const std::string& msg) {
        const Token& t = cur();
        // CPython's generic error at an INDENT / DEDENT token is an IndentationError.
        if (msg == "invalid syntax" && t.kind == TokenKind::Dedent) failAt(t, "unexpected unindent", "IndentationError");
        if (msg == "invalid syntax" && t.kind == TokenKind::Indent)
            failAt(t.endLine, t.endCol - 1, "unexpected indent", "IndentationError");
        if (t.kind == TokenKind::EndMarker && msg == "invalid syntax") {
            SyntaxErrorInfo e = src_.error("SyntaxError", msg, t.line, 0);
            e.column = 0;  // CPython's offset for a generic error at end of input
            throw e;
        }
        failAt(t, msg);
    }
    void expectOp(const char* s) {
        if (!eatOp(s)) fail("invalid syntax");
    }
    void deferAt(const Node* n, const std::string& msg) {
        if (!st_.deferred) st_.deferred = src_.error("SyntaxError", msg, n->pos.lineno, n->pos.col_offset);
    }

    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& parser) : p(parser) {
            if (++p.st_.depth > kMaxDepth) {
                --p.st_.depth;
                const Token& t = p.cur();
                p.failAt(t, "maximum recursion depth exceeded during compilation", "RecursionError");
            }
        }
        ~DepthGuard() { --p.st_.depth; }
    };

    // --- nodes -------------------------------------------------------------------------------

    template <class T, class... A>
    T* make(const Token& start, A&&... args) {
        T* n = st_.arena.make<T>(std::forward<A>(args)...);
        n->pos.lineno = start.line;
        n->pos.col_offset = start.col;
        return n;
    }
    template <class T, class... A>
    T* makeAt(const Expr* start, A&&... args) {
        auto it = parenthesized_.find(start);
        if (it != parenthesized_.end()) return make<T>(*it->second, std::forward<A>(args)...);
        T* n = st_.arena.make<T>(std::forward<A>(args)...);
        n->pos.lineno = start->pos.lineno;
        n->pos.col_offset = start->pos.col_offset;
        return n;
    }
    // The last consumed token that carries text (a block ends at its last statement, not at
    // the NEWLINE / DEDENT after it).
    const Token& lastReal() const {
        size_t i = p_ > 0 ? p_ - 1 : 0;
        while (i > 0 && (toks_[i].kind == TokenKind::Newline || toks_[i].kind == TokenKind::Indent ||
                         toks_[i].kind == TokenKind::Dedent))
            --i;
        return toks_[i];
    }

    template <class T>
    T* finish(T* n) {
        const Token& t = lastReal();
        n->pos.end_lineno = t.endLine;
        n->pos.end_col_offset = t.endCol;
        return n;
    }

    ScopeCtx& scope() { return st_.scopes.back(); }
    // The innermost function-like scope (def or lambda), or nullptr at module/class level.
    const ScopeCtx* functionScope() {
        const ScopeCtx& s = st_.scopes.back();
        return (s.kind == ScopeCtx::Function || s.kind == ScopeCtx::Lambda) ? &s : nullptr;
    }

    // --- statements --------------------------------------------------------------------------

    void parseStatement(StmtList& out) {
        DepthGuard guard(*this);
        const Token& t = cur();
        if (t.kind == TokenKind::Indent) failAt(t.endLine, t.endCol - 1, "unexpected indent", "IndentationError");
        if (t.kind == TokenKind::Dedent) fail("invalid syntax");
        if (t.kind == TokenKind::Newline) { next(); return; }
        if (t.kind == TokenKind::Op && t.text == "@") { out.push_back(parseDecorated()); return; }
        if (t.kind == TokenKind::Name) {
            const std::string& k = t.text;
            if (k == "def") { out.push_back(parseFunctionDef({}, nullptr)); return; }
            if (k == "class") { out.push_back(parseClassDef({}, nullptr)); return; }
            if (k == "if") { out.push_back(parseIf()); return; }
            if (k == "while") { out.push_back(parseWhile()); return; }
            if (k == "for") { out.push_back(parseFor(nullptr)); return; }
            if (k == "try") { out.push_back(parseTry()); return; }
            if (k == "with") { out.push_back(parseWith(nullptr)); return; }
            if (k == "async") {
                const Token& n = peekTok();
                if (n.kind == TokenKind::Name) {
                    const Token* a = &t;
                    if (n.text == "def") { next(); out.push_back(parseFunctionDef({}, a)); return; }
                    if (n.text == "for") { next(); out.push_back(parseFor(a)); return; }
                    if (n.text == "with") { next(); out.push_back(parseWith(a)); return; }
                }
                next();
                fail("invalid syntax");
            }
            if (k == "match") {
                if (Stmt* m = tryParseMatch()) { out.push_back(m); return; }
            }
        }
        parseSimpleStmts(out);
    }

    void parseSimpleStmts(StmtList& out) {
        for (;;) {
            out.push_back(parseSimpleStmt());
            if (eatOp(";")) {
                if (at(TokenKind::Newline) || at(TokenKind::EndMarker)) break;
                continue;
            }
            break;
        }
        if (at(TokenKind::EndMarker)) return;
        if (!at(TokenKind::Newline)) fail("invalid syntax");
        next();
    }

    // block: NEWLINE INDENT statements DEDENT | simple_stmts
    StmtList parseBlock(const std::string& what) {
        StmtList body;
        if (at(TokenKind::Newline)) {
            next();
            if (!at(TokenKind::Indent)) failAt(cur(), "expected an indented block after " + what, "IndentationError");
            next();
            while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) parseStatement(body);
            if (at(TokenKind::Dedent)) next();
            return body;
        }
        if (at(TokenKind::EndMarker)) failAt(cur(), "expected an indented block after " + what, "IndentationError");
        parseSimpleStmts(body);
        return body;
    }

    // CPython's `&&':'` (forced: any other token) or invalid_*_stmt (only before NEWLINE).
    void expectColon(bool forced) {
        if (eatOp(":")) return;
        if (forced || at(TokenKind::Newline)) fail("expected ':'");
        fail("invalid syntax");
    }

    static std::string onLine(const char* what, int line) {
        return std::string(what) + " on line " + std::to_string(line);
    }

    Stmt* parseSimpleStmt() {
        const Token& t = cur();
        if (t.kind == TokenKind::Name) {
            const std::string& k = t.text;
            if (k == "pass" || k == "break" || k == "continue") {
                next();
                StmtKind kind = k == "pass" ? StmtKind::Pass : k == "break" ? StmtKind::Break : StmtKind::Continue;
                Stmt* s = finish(make<Simple>(t, kind));
                if (kind != StmtKind::Pass && scope().loops == 0)
                    deferAt(s, kind == StmtKind::Break ? "'break' outside loop" : "'continue' not properly in loop");
                return s;
            }
            if (k == "return") {
                next();
                Return* r = make<Return>(t);
                if (!at(TokenKind::Newline) && !atOp(";") && !at(TokenKind::EndMarker)) r->value = parseStarExpressions();
                finish(r);
                if (r->value && r->value->kind == ExprKind::Starred) deferAt(r->value, "can't use starred expression here");
                if (!functionScope()) deferAt(r, "'return' outside function");
                return r;
            }
            if (k == "raise") {
                next();
                Raise* r = make<Raise>(t);
                if (!at(TokenKind::Newline) && !atOp(";") && !at(TokenKind::EndMarker)) {
                    r->exc = parseExpression();
                    if (eatKw("from")) r->cause = parseExpression();
                }
                return finish(r);
            }
            if (k == "global" || k == "nonlocal") {
                next();
                Global* g = make<Global>(t, k == "global" ? StmtKind::Global : StmtKind::Nonlocal);
                do {
                    if (!atName()) fail("invalid syntax");
                    g->names.push_back(next().text);
                } while (eatOp(","));
                return finish(g);
            }
            if (k == "del") return parseDel();
            if (k == "assert") {
                next();
                Assert* a = make<Assert>(t);
                a->test = parseExpression();
                if (eatOp(",")) a->msg = parseExpression();
                return finish(a);
            }
            if (k == "import") return parseImport();
            if (k == "from") return parseImportFrom();
            if ((k == "print" || k == "exec") && startsExpression(peekTok()) && peekTok().kind != TokenKind::Op) {
                failAt(t, "Missing parentheses in call to '" + k + "'. Did you mean " + k + "(...)?");
            }
        }
        return parseExpressionStatement();
    }

    Stmt* parseDel() {
        const Token& t = next();
        Delete* d = make<Delete>(t);
        do {
            if (at(TokenKind::Newline) || atOp(";") || at(TokenKind::EndMarker)) break;
            Expr* e = parseStarTarget();
            setContext(e, ExprContext::Del, "delete");
            d->targets.push_back(e);
        } while (eatOp(","));
        if (d->targets.empty()) fail("invalid syntax");
        return finish(d);
    }

    std::string parseDottedName() {
        if (!atName()) fail("invalid syntax");
        std::string name = next().text;
        while (atOp(".")) {
            next();
            if (!atName()) fail("invalid syntax");
            name += "." + next().text;
        }
        return name;
    }

    Stmt* parseImport() {
        const Token& t = next();
        Import* imp = make<Import>(t);
        do {
            const Token& s = cur();
            Alias* a = make<Alias>(s);
            a->name = parseDottedName();
            if (eatKw("as")) {
                if (!atName()) fail("invalid syntax");
                a->asname = next().text;
            }
            imp->names.push_back(finish(a));
        } while (eatOp(","));
        return finish(imp);
    }

    Stmt* parseImportFrom() {
        const Token& t = next();
        ImportFrom* imp = make<ImportFrom>(t);
        while (atOp(".") || atOp("...")) imp->level += next().text.size();
        if (!atKw("import")) imp->module = parseDottedName();
        if (!atKw("import")) fail("invalid syntax");
        next();
        if (atOp("*")) {
            Alias* a = make<Alias>(next());
            a->name = "*";
            imp->names.push_back(finish(a));
            return finish(imp);
        }
        bool paren = eatOp("(");
        for (;;) {
            if (!atName()) fail("invalid syntax");
            Alias* a = make<Alias>(cur());
            a->name = next().text;
            if (eatKw("as")) {
                if (!atName()) fail("invalid syntax");
                a->asname = next().text;
            }
            imp->names.push_back(finish(a));
            if (!atOp(",")) break;
            next();
            if (paren && atOp(")")) break;
            if (!paren && (at(TokenKind::Newline) || at(TokenKind::EndMarker) || atOp(";")))
                fail("trailing comma not allowed without surrounding parentheses");
        }
        if (paren) expectOp(")");
        return finish(imp);
    }

    bool isAugAssign(const Token& t) {
        if (t.kind != TokenKind::Op || t.text.size() < 2 || t.text.back() != '=') return false;
        static const char* const ops[] = {"+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//="};
        for (const char* o : ops) if (t.text == o) return true;
        return false;
    }
    static Operator augOperator(const std::string& s) {
        std::string o = s.substr(0, s.size() - 1);
        static const std::pair<const char*, Operator> table[] = {
            {"+", Operator::Add}, {"-", Operator::Sub}, {"*", Operator::Mult}, {"@", Operator::MatMult},
            {"/", Operator::Div}, {"%", Operator::Mod}, {"&", Operator::BitAnd}, {"|", Operator::BitOr},
            {"^", Operator::BitXor}, {"<<", Operator::LShift}, {">>", Operator::RShift}, {"**", Operator::Pow},
            {"//", Operator::FloorDiv}};
        for (auto& [k, v] : table) if (o == k) return v;
        return Operator::Add;
    }

    Stmt* parseExpressionStatement() {
        const Token& start = cur();
        Expr* e = atKw("yield") ? parseYieldExpr() : parseStarExpressions();
        if (atOp(":")) {
            // Annotated assignment (CPython checks the target only once an annotation follows).
            if (!startsExpression(peekTok()) || peekTok().isOp("*")) fail("invalid syntax");
            if (e->kind == ExprKind::Tuple && !parenthesized_.count(e)) failAt(e, "only single target (not tuple) can be annotated");
            if (e->kind == ExprKind::Tuple) failAt(e, "only single target (not tuple) can be annotated");
            if (e->kind == ExprKind::List) failAt(e, "only single target (not list) can be annotated");
            if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
                failAt(e, "illegal target for annotation");
            next();
            AnnAssign* a = make<AnnAssign>(start);
            setContext(e, ExprContext::Store, "assign to");
            a->target = e;
            a->simple = e->kind == ExprKind::Name && !parenthesized_.count(e);
            a->annotation = parseExpression();
            if (eatOp("=")) a->value = atKw("yield") ? parseYieldExpr() : parseStarExpressions();
            return finish(a);
        }
        if (isAugAssign(cur())) {
            if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
                failAt(e, std::string("'") + exprName(e) + "' is an illegal expression for augmented assignment");
            AugAssign* a = make<AugAssign>(start);
            a->op = augOperator(next().text);
            setContext(e, ExprContext::Store, "assign to");
            a->target = e;
            a->value = atKw("yield") ? parseYieldExpr() : parseStarExpressions();
            return finish(a);
        }
        if (atOp("=")) {
            Assign* a = make<Assign>(start);
            std::vector<Expr*> chain{e};
            while (eatOp("=")) chain.push_back(atKw("yield") ? parseYieldExpr() : parseStarExpressions());
            a->value = chain.back();
            if (a->value->kind == ExprKind::Starred && !parenthesized_.count(a->value))
                deferAt(a->value, "can't use starred expression here");
            chain.pop_back();
            for (Expr* target : chain) {
                // CPython's "Maybe you meant '=='" (invalid_named_expression) needs `target = value`
                // not followed by another '='
                checkAssignTarget(target, chain.size() == 1);
                if (target->kind == ExprKind::Starred) deferAt(target, "starred assignment target must be in a list or tuple");
                a->targets.push_back(target);
            }
            return finish(a);
        }
        if (e->kind == ExprKind::Starred && !parenthesized_.count(e)) deferAt(e, "can't use starred expression here");
        ExprStmt* s = make<ExprStmt>(start);
        s->value = e;
        return finish(s);
    }

    // A target of `=`: CPython's invalid_assignment messages.
    void checkAssignTarget(Expr* target, bool singleEquals = true) {
        if (target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom)
            failAt(target, "assignment to yield expression not possible");
        const Expr* bad = invalidTarget(target, false);
        if (bad) {
            bool displayOrSingleton = target->kind == ExprKind::Tuple || target->kind == ExprKind::List ||
                                      target->kind == ExprKind::GeneratorExp ||
                                      (target->kind == ExprKind::Constant &&
                                       (target->as<Constant>()->value_kind == ConstantKind::True ||
                                        target->as<Constant>()->value_kind == ConstantKind::False ||
                                        target->as<Constant>()->value_kind == ConstantKind::None));
            bool bitwiseOrLevel = parenthesized_.count(target) ||
                                  !(target->kind == ExprKind::Compare || target->kind == ExprKind::BoolOp ||
                                    target->kind == ExprKind::IfExp || target->kind == ExprKind::Lambda ||
                                    (target->kind == ExprKind::UnaryOp && target->as<UnaryOp>()->op == UnaryOpKind::Not));
            if (bad == target && !displayOrSingleton && bitwiseOrLevel && singleEquals)
                failAt(bad, std::string("cannot assign to ") + exprName(bad) + " here. Maybe you meant '==' instead of '='?");
            failAt(bad, std::string("cannot assign to ") + exprName(bad));
        }
        setContext(target, ExprContext::Store, "assign to");
    }

    // The first sub-expression that cannot be a target (CPython's _PyPegen_get_invalid_target).
    const Expr* invalidTarget(const Expr* e, bool del) {
        switch (e->kind) {
            case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript: return nullptr;
            case ExprKind::Starred:
                if (del) return e;
                return invalidTarget(e->as<Starred>()->value, del);
            case ExprKind::List: case ExprKind::Tuple:
                for (const Expr* x : e->as<List>()->elts)
                    if (const Expr* b = invalidTarget(x, del)) return b;
                return nullptr;
            case ExprKind::Compare:
                // `for x in y` mis-parsed as a comparison: name the left side (CPython does).
                if (!del && e->as<Compare>()->ops[0] == CmpOp::In) return invalidTarget(e->as<Compare>()->left, del);
                return e;
            default: return e;
        }
    }

    // Set Store/Del context on a target, or throw "cannot <verb> <what>".
    void setContext(Expr* e, ExprContext ctx, const char* verb) {
        switch (e->kind) {
            case ExprKind::Name: {
                Name* n = e->as<Name>();
                if (n->id == "__debug__") failAt(e, std::string("cannot ") + verb + " __debug__");
                n->ctx = ctx;
                return;
            }
            case ExprKind::Attribute:
                if (e->as<Attribute>()->attr == "__debug__" && ctx != ExprContext::Load) failAt(e, std::string("cannot ") + verb + " __debug__");
                e->as<Attribute>()->ctx = ctx;
                return;
            case ExprKind::Subscript: e->as<Subscript>()->ctx = ctx; return;
            case ExprKind::Starred:
                if (ctx == ExprContext::Del) failAt(e, "cannot delete starred");
                e->as<Starred>()->ctx = ctx;
                setContext(e->as<Starred>()->value, ctx, verb);
                return;
            case ExprKind::List: case ExprKind::Tuple:
                e->as<List>()->ctx = ctx;
                for (Expr* x : e->as<List>()->elts) setContext(x, ctx, verb);
                return;
            default:
                failAt(e, std::string("cannot ") + verb + " " + exprName(e));
        }
    }

    // --- compound statements -----------------------------------------------------------------

    Stmt* parseDecorated() {
        std::vector<Expr*> decorators;
        while (atOp("@")) {
            next();
            decorators.push_back(parseNamedExpression());
            if (!at(TokenKind::Newline)) fail("invalid syntax");
            next();
        }
        if (atKw("def")) return parseFunctionDef(std::move(decorators), nullptr);
        if (atKw("class")) return parseClassDef(std::move(decorators), nullptr);
        if (atKw("async") && peekTok().is(TokenKind::Name, "def")) {
            const Token& a = next();
            return parseFunctionDef(std::move(decorators), &a);
        }
        fail("invalid syntax");
    }

    Stmt* parseFunctionDef(std::vector<Expr*> decorators, const Token* asyncTok) {
        const Token& defTok = next();  // 'def'
        const Token& start = asyncTok ? *asyncTok : defTok;
        FunctionDef* f = make<FunctionDef>(start, asyncTok ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef);
        f->decorator_list = std::move(decorators);
        if (!atName()) fail("invalid syntax");
        f->name = next().text;
        if (!atOp("(")) fail("expected '('");
        next();
        f->args = parseParameters(")", true);
        expectOp(")");
        checkDebugParams(f->args, f);
        if (eatOp("->")) f->returns = parseExpression();
        expectColon(true);
        st_.scopes.push_back({ScopeCtx::Function, asyncTok != nullptr, 0});
        f->body = parseBlock(onLine("function definition", start.line));
        st_.scopes.pop_back();
        return finish(f);
    }

    Stmt* parseClassDef(std::vector<Expr*> decorators, const Token*) {
        const Token& start = next();  // 'class'
        ClassDef* c = make<ClassDef>(start);
        c->decorator_list = std::move(decorators);
        if (!atName()) fail("invalid syntax");
        c->name = next().text;
        if (eatOp("(")) parseCallArguments(c->bases, c->keywords, false);
        expectColon(false);
        st_.scopes.push_back({ScopeCtx::Class, false, 0});
        c->body = parseBlock(onLine("class definition", start.line));
        st_.scopes.pop_back();
        return finish(c);
    }

    // Parse ahead without effect, to read as far as CPython's error pass would (that decides
    // whether a later unclosed bracket is reported instead).
    template <class Fn>
    void probe(Fn fn) {
        size_t save = p_;
        bool reached = reachedTokError_;
        try {
            fn();
            cur();
        } catch (SyntaxErrorInfo&) {
        }
        p_ = save;
        reachedTokError_ = reached;
    }

    // `if x = 1:` and friends: CPython's invalid_named_expression.
    void checkConditionAssign(Expr* e) {
        if (!atOp("=")) return;
        probe([&] { next(); parseBitwiseOr(); });
        if (e->kind == ExprKind::Name && !parenthesized_.count(e))
            failAt(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        failAt(e, std::string("cannot assign to ") + exprName(e) + " here. Maybe you meant '==' instead of '='?");
    }

    Stmt* parseIf() {
        DepthGuard guard(*this);  // each elif nests one level
        const Token& start = next();  // 'if' or 'elif'
        bool elif = start.text == "elif";
        If* s = make<If>(start);
        s->test = parseNamedExpression();
        expectColon(false);
        s->body = parseBlock(onLine(elif ? "'elif' statement" : "'if' statement", start.line));
        if (atKw("elif")) {
            s->orelse.push_back(parseIf());
        } else if (atKw("else")) {
            const Token& e = next();
            expectColon(true);
            s->orelse = parseBlock(onLine("'else' statement", e.line));
        }
        return finish(s);
    }

    StmtList parseLoopBody(const std::string& what) {
        ++scope().loops;
        StmtList body = parseBlock(what);
        --scope().loops;
        return body;
    }

    Stmt* parseWhile() {
        const Token& start = next();
        While* w = make<While>(start);
        w->test = parseNamedExpression();
        expectColon(false);
        w->body = parseLoopBody(onLine("'while' statement", start.line));
        if (atKw("else")) {
            const Token& e = next();
            expectColon(true);
            w->orelse = parseBlock(onLine("'else' statement", e.line));
        }
        return finish(w);
    }

    Stmt* parseFor(const Token* asyncTok) {
        const Token& forTok = next();
        const Token& start = asyncTok ? *asyncTok : forTok;
        For* f = make<For>(start, asyncTok ? StmtKind::AsyncFor : StmtKind::For);
        f->target = parseStarTargets();
        if (!atKw("in")) {
            if (const Expr* bad = invalidTarget(f->target, false)) failAt(bad, std::string("cannot assign to ") + exprName(bad));
            fail("invalid syntax");
        }
        next();
        setContext(f->target, ExprContext::Store, "assign to");
        if (f->target->kind == ExprKind::Starred) deferAt(f->target, "starred assignment target must be in a list or tuple");
        f->iter = parseStarExpressions();
        expectColon(true);
        if (asyncTok) checkAsyncAllowed(f, "'async for' outside async function");
        f->body = parseLoopBody(onLine("'for' statement", start.line));
        if (atKw("else")) {
            const Token& e = next();
            expectColon(true);
            f->orelse = parseBlock(onLine("'else' statement", e.line));
        }
        return finish(f);
    }

    void checkAsyncAllowed(const Node* n, const char* msg) {
        const ScopeCtx& s = scope();
        if (s.kind != ScopeCtx::Function || !s.isAsync) deferAt(n, msg);
    }

    Stmt* parseTry() {
        const Token& start = next();
        Try* t = make<Try>(start);
        expectColon(true);
        t->body = parseBlock(onLine("'try' statement", start.line));
        bool sawPlain = false, sawStar = false;
        while (atKw("except")) {
            const Token& ex = next();
            bool star = false;
            if (atOp("*")) { next(); star = true; }
            if (star) sawStar = true; else sawPlain = true;
            if (sawStar && sawPlain) failAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            ExceptHandler* h = make<ExceptHandler>(ex);
            if (!atOp(":")) {
                h->type = parseExpression();
                if (atOp(",")) {
                    failAt(h->type, "multiple exception types must be parenthesized");
                }
                if (eatKw("as")) {
                    if (!atName()) fail("invalid syntax");
                    h->name = next().text;
                }
            } else if (star) {
                fail("expected one or more exception types");
            }
            expectColon(false);
            h->body = parseBlock(onLine(star ? "'except*' statement" : "'except' statement", ex.line));
            t->handlers.push_back(finish(h));
        }
        if (sawStar) t->kind = StmtKind::TryStar;
        if (atKw("else")) {
            if (t->handlers.empty()) fail("expected 'except' or 'finally' block");
            const Token& e = next();
            expectColon(true);
            t->orelse = parseBlock(onLine("'else' statement", e.line));
        }
        if (atKw("finally")) {
            const Token& f = next();
            expectColon(true);
            t->finalbody = parseBlock(onLine("'finally' statement", f.line));
        }
        if (t->handlers.empty() && t->finalbody.empty()) fail("expected 'except' or 'finally' block");
        for (size_t i = 0; i + 1 < t->handlers.size(); ++i)
            if (!t->handlers[i]->type) deferAt(t->handlers[i], "default 'except:' must be last");
        return finish(t);
    }

    WithItem* parseWithItem() {
        const Token& s = cur();
        WithItem* w = make<WithItem>(s);
        w->context_expr = parseExpression();
        if (eatKw("as")) {
            Expr* target = parseStarTarget();
            if (const Expr* bad = invalidTarget(target, false)) failAt(bad, std::string("cannot assign to ") + exprName(bad));
            setContext(target, ExprContext::Store, "assign to");
            w->optional_vars = target;
        }
        return finish(w);
    }

    Stmt* parseWith(const Token* asyncTok) {
        const Token& withTok = next();
        const Token& start = asyncTok ? *asyncTok : withTok;
        With* w = make<With>(start, asyncTok ? StmtKind::AsyncWith : StmtKind::With);
        bool done = false;
        if (atOp("(")) {
            // Parenthesized with-items (3.9+): try them, else fall back to an expression.
            size_t save = p_;
            try {
                next();
                std::vector<WithItem*> items;
                while (!atOp(")")) {
                    items.push_back(parseWithItem());
                    if (!eatOp(",")) break;
                }
                expectOp(")");
                if (atOp(":")) {
                    w->items = std::move(items);
                    done = true;
                }
            } catch (SyntaxErrorInfo&) {
            }
            if (!done) p_ = save;
        }
        if (!done) {
            do {
                w->items.push_back(parseWithItem());
            } while (eatOp(","));
        }
        expectColon(false);
        if (asyncTok) checkAsyncAllowed(w, "'async with' outside async function");
        w->body = parseBlock(onLine("'with' statement", start.line));
        return finish(w);
    }

    // --- match statement (PEP 634) -------------------------------------------------------------

    // `match` is a soft keyword: commit only once `match subject:` NEWLINE INDENT 'case' is seen.
    Stmt* tryParseMatch() {
        const Token& next1 = peekTok();
        if (next1.kind == TokenKind::Newline || next1.kind == TokenKind::EndMarker) return nullptr;
        if (next1.kind == TokenKind::Op && (next1.text == "=" || next1.text == "." || next1.text == "," ||
                                            next1.text == ")" || next1.text == ":" || isAugAssign(next1)))
            return nullptr;
        size_t save = p_;
        const Token& start = cur();
        Match* m = nullptr;
        bool noBlock = false;
        try {
            next();
            m = make<Match>(start);
            Expr* subject = parseStarNamedExpression();
            if (atOp(",")) {
                Tuple* t = makeAt<Tuple>(subject, ExprKind::Tuple);
                t->elts.push_back(subject);
                while (eatOp(",")) {
                    if (atOp(":")) break;
                    t->elts.push_back(parseStarNamedExpression());
                }
                subject = finish(t);
            }
            m->subject = subject;
            if (at(TokenKind::Newline) && peekTok().kind != TokenKind::Indent) fail("expected ':'");
            if (!atOp(":")) { p_ = save; return nullptr; }
            next();
            if (!at(TokenKind::Newline) || peekTok().kind != TokenKind::Indent ||
                !peekTok(2).is(TokenKind::Name, "case")) {
                if (at(TokenKind::Newline) && peekTok().kind != TokenKind::Indent) {
                    noBlock = true;
                } else {
                    p_ = save;
                    return nullptr;
                }
            }
        } catch (SyntaxErrorInfo&) {
            p_ = save;
            return nullptr;
        }
        if (noBlock) {
            next();
            failAt(cur(), "expected an indented block after " + onLine("'match' statement", start.line), "IndentationError");
        }
        next();  // NEWLINE
        next();  // INDENT
        while (atKw("case")) {
            const Token& c = next();
            MatchCase* mc = make<MatchCase>(c);
            mc->pattern = parsePatterns();
            if (eatKw("if")) mc->guard = parseNamedExpression();
            expectColon(false);
            mc->body = parseBlock(onLine("'case' statement", c.line));
            m->cases.push_back(finish(mc));
        }
        if (!at(TokenKind::Dedent)) fail("invalid syntax");
        next();
        return finish(m);
    }

    // patterns: open_sequence_pattern | pattern
    Pattern* parsePatterns() {
        const Token& s = cur();
        Pattern* first = parseMaybeStarPattern();
        if (!atOp(",")) {
            if (first->kind == PatternKind::MatchStar) {
                MatchSequence* seq = make<MatchSequence>(s);
                seq->patterns.push_back(first);
                return finish(seq);
            }
            return first;
        }
        MatchSequence* seq = make<MatchSequence>(s);
        seq->patterns.push_back(first);
        while (eatOp(",")) {
            if (atOp(":") || atKw("if")) break;
            seq->patterns.push_back(parseMaybeStarPattern());
        }
        return finish(seq);
    }

    Pattern* parseMaybeStarPattern() {
        if (atOp("*")) {
            const Token& s = next();
            MatchStar* st = make<MatchStar>(s);
            if (!atName()) fail("invalid syntax");
            std::string n = next().text;
            if (n != "_") st->name = n;
            return finish(st);
        }
        return parsePattern();
    }

    // pattern: or_pattern ['as' NAME]
    Pattern* parsePattern() {
        DepthGuard guard(*this);
        const Token& s = cur();
        Pattern* p = parseOrPattern();
        if (atKw("as")) {
            next();
            if (!atName()) fail("invalid pattern target");
            const Token& n = next();
            if (n.text == "_") failAt(n, "cannot use '_' as a target");
            MatchAs* as = make<MatchAs>(s);
            as->pattern = p;
            as->name = n.text;
            return finish(as);
        }
        return p;
    }

    Pattern* parseOrPattern() {
        const Token& s = cur();
        Pattern* first = parseClosedPattern();
        if (!atOp("|")) return first;
        MatchOr* o = make<MatchOr>(s);
        o->patterns.push_back(first);
        while (eatOp("|")) o->patterns.push_back(parseClosedPattern());
        return finish(o);
    }

    // A literal value for a pattern: signed number, complex `1+2j`, strings.
    Expr* parseLiteralPatternValue() {
        const Token& s = cur();
        if (at(TokenKind::String)) return parseStrings();
        Expr* e;
        if (atOp("-")) {
            next();
            if (!at(TokenKind::Number)) fail("invalid syntax");
            UnaryOp* u = make<UnaryOp>(s);
            u->op = UnaryOpKind::USub;
            u->operand = makeNumber(next());
            e = finish(u);
        } else {
            e = makeNumber(next());
        }
        if (atOp("+") || atOp("-")) {
            BinOp* b = make<BinOp>(s);
            b->left = e;
            b->op = next().text == "+" ? Operator::Add : Operator::Sub;
            if (!at(TokenKind::Number)) fail("invalid syntax");
            b->right = makeNumber(next());
            if (b->right->as<Constant>()->value_kind != ConstantKind::Complex)
                failAt(b->right, "imaginary number required in complex literal");
            e = finish(b);
        }
        return e;
    }

    Pattern* parseClosedPattern() {
        const Token& s = cur();
        if (at(TokenKind::Number) || at(TokenKind::String) || atOp("-")) {
            MatchValue* v = make<MatchValue>(s);
            v->value = parseLiteralPatternValue();
            return finish(v);
        }
        if (atKw("None") || atKw("True") || atKw("False")) {
            MatchSingleton* v = make<MatchSingleton>(s);
            const std::string& k = next().text;
            v->value = k == "None" ? ConstantKind::None : k == "True" ? ConstantKind::True : ConstantKind::False;
            return finish(v);
        }
        if (atOp("(") || atOp("[")) {
            bool paren = atOp("(");
            next();
            const char* close = paren ? ")" : "]";
            std::vector<Pattern*> items;
            bool comma = false;
            while (!atOp(close)) {
                items.push_back(parseMaybeStarPattern());
                if (!eatOp(",")) break;
                comma = true;
            }
            expectOp(close);
            if (paren && items.size() == 1 && !comma && items[0]->kind != PatternKind::MatchStar) return items[0];
            MatchSequence* seq = make<MatchSequence>(s);
            seq->patterns = std::move(items);
            return finish(seq);
        }
        if (atOp("{")) {
            next();
            MatchMapping* m = make<MatchMapping>(s);
            while (!atOp("}")) {
                if (atOp("**")) {
                    next();
                    if (!atName()) fail("invalid syntax");
                    m->rest = next().text;
                    eatOp(",");
                    break;
                }
                if (at(TokenKind::Number) || at(TokenKind::String) || atOp("-")) m->keys.push_back(parseLiteralPatternValue());
                else if (atKw("None") || atKw("True") || atKw("False")) m->keys.push_back(parseAtom());
                else if (atName()) m->keys.push_back(parseDottedValue());
                else fail("invalid syntax");
                expectOp(":");
                m->patterns.push_back(parsePattern());
                if (!eatOp(",")) break;
            }
            expectOp("}");
            return finish(m);
        }
        if (atName()) {
            const Token& n = cur();
            bool dotted = peekTok().isOp(".");
            if (!dotted && !peekTok().isOp("(")) {
                next();
                MatchAs* as = make<MatchAs>(s);
                if (n.text != "_") as->name = n.text;
                return finish(as);
            }
            Expr* value = parseDottedValue();
            if (!atOp("(")) {
                MatchValue* v = make<MatchValue>(s);
                v->value = value;
                return finish(v);
            }
            next();
            MatchClass* c = make<MatchClass>(s);
            c->cls = value;
            while (!atOp(")")) {
                if (atName() && peekTok().isOp("=")) {
                    c->kwd_attrs.push_back(next().text);
                    next();
                    c->kwd_patterns.push_back(parsePattern());
                } else {
                    if (!c->kwd_attrs.empty()) fail("positional patterns follow keyword patterns");
                    c->patterns.push_back(parsePattern());
                }
                if (!eatOp(",")) break;
            }
            expectOp(")");
            return finish(c);
        }
        fail("invalid syntax");
    }

    Expr* parseDottedValue() {
        const Token& s = cur();
        Name* n = make<Name>(s);
        n->id = next().text;
        Expr* e = finish(n);
        while (atOp(".")) {
            next();
            if (!atName()) fail("invalid syntax");
            Attribute* a = make<Attribute>(s);
            a->value = e;
            a->attr = next().text;
            e = finish(a);
        }
        return e;
    }

    // --- parameters ----------------------------------------------------------------------------

    Arg* parseArg(bool annotations, bool starAnnotation) {
        if (!atName()) fail("invalid syntax");
        const Token& t = next();
        Arg* a = make<Arg>(t);
        a->arg = t.text;
        if (annotations && eatOp(":")) {
            if (starAnnotation && atOp("*")) {
                const Token& s = next();
                Starred* st = make<Starred>(s);
                st->value = parseExpression();
                a->annotation = finish(st);
            } else {
                a->annotation = parseExpression();
            }
        }
        return finish(a);
    }

    // A parameter named __debug__ is a compile error (reported at the def / lambda).
    void checkDebugParams(const Arguments* a, const Node* at) {
        for (auto* list : {&a->posonlyargs, &a->args, &a->kwonlyargs})
            for (const Arg* arg : *list)
                if (arg->arg == "__debug__") deferAt(at, "cannot assign to __debug__");
        if ((a->vararg && a->vararg->arg == "__debug__") || (a->kwarg && a->kwarg->arg == "__debug__"))
            deferAt(at, "cannot assign to __debug__");
    }

    // Parameters up to (not including) `end`: ")" for def, ":" for lambda.
    Arguments* parseParameters(const char* end, bool annotations) {
        Arguments* args = make<Arguments>(cur());
        bool sawSlash = false, sawStar = false;
        std::vector<Arg*> plain;
        while (!atOp(end)) {
            if (args->kwarg) fail("arguments cannot follow var-keyword argument");
            if (atOp("/")) {
                if (sawSlash) fail("/ may appear only once");
                if (sawStar) fail("/ must be ahead of *");
                if (plain.empty()) fail("at least one argument must precede /");
                next();
                sawSlash = true;
                args->posonlyargs = std::move(plain);
                plain.clear();
            } else if (atOp("*")) {
                if (sawStar) fail("* argument may appear only once");
                const Token& star = next();
                sawStar = true;
                if (atOp(",") || atOp(end)) {
                    if (atOp(end) || peekTok().isOp(end) || peekTok().isOp("**")) failAt(star, "named arguments must follow bare *");
                } else {
                    args->vararg = parseArg(annotations, true);
                    if (atOp("=")) fail("var-positional argument cannot have default value");
                }
            } else if (atOp("**")) {
                next();
                args->kwarg = parseArg(annotations, false);
                if (atOp("=")) fail("var-keyword argument cannot have default value");
            } else {
                Arg* a = parseArg(annotations, false);
                Expr* def = nullptr;
                if (eatOp("=")) def = parseExpression();
                if (sawStar) {
                    args->kwonlyargs.push_back(a);
                    args->kw_defaults.push_back(def);
                } else {
                    if (def) args->defaults.push_back(def);
                    else if (!args->defaults.empty()) failAt(a, "non-default argument follows default argument");
                    plain.push_back(a);
                }
            }
            if (!eatOp(",")) break;
        }
        args->args = std::move(plain);
        if (!atOp(end)) fail("invalid syntax");
        return finish(args);
    }

    // --- expressions ---------------------------------------------------------------------------

    // Tokens that can begin an expression (for lookahead decisions).
    static bool startsExpression(const Token& t) {
        switch (t.kind) {
            case TokenKind::Number: case TokenKind::String: return true;
            case TokenKind::Name:
                return !isKeyword(t.text) || t.text == "True" || t.text == "False" || t.text == "None" ||
                       t.text == "lambda" || t.text == "not" || t.text == "await" || t.text == "yield";
            case TokenKind::Op:
                return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
                       t.text == "~" || t.text == "..." || t.text == "*";
            default: return false;
        }
    }

    // star_expressions: a Tuple when there is a comma.
    Expr* parseStarExpressions() {
        Expr* first = parseStarExpression();
        if (!atOp(",")) return first;
        Tuple* t = makeAt<Tuple>(first, ExprKind::Tuple);
        t->elts.push_back(first);
        while (eatOp(",")) {
            if (!startsExpression(cur()) || atKw("yield")) break;
            t->elts.push_back(parseStarExpression());
        }
        return finish(t);
    }

    Expr* parseStarExpression() {
        if (atOp("*")) {
            const Token& s = next();
            Starred* st = make<Starred>(s);
            st->value = parseBitwiseOr();
            return finish(st);
        }
        return parseExpression();
    }

    Expr* parseStarNamedExpression() {
        if (atOp("*")) {
            const Token& s = next();
            Starred* st = make<Starred>(s);
            st->value = parseBitwiseOr();
            return finish(st);
        }
        return parseNamedExpression();
    }

    Expr* parseNamedExpression(bool checkEquals = true) {
        if (atName() && peekTok().isOp(":=")) {
            const Token& s = next();
            Name* target = make<Name>(s);
            target->id = s.text;
            target->ctx = ExprContext::Store;
            finish(target);
            next();
            NamedExpr* n = make<NamedExpr>(s);
            n->target = target;
            n->value = parseExpression();
            return finish(n);
        }
        Expr* e = parseExpression();
        if (atOp(":=")) failAt(e, std::string("cannot use assignment expressions with ") + exprName(e));
        if (checkEquals && atOp("=")) checkConditionAssign(e);
        return e;
    }

    Expr* parseYieldExpr() {
        const Token& s = next();  // 'yield'
        Expr* result;
        if (eatKw("from")) {
            YieldFrom* y = make<YieldFrom>(s);
            y->value = parseExpression();
            result = finish(y);
        } else {
            Yield* y = make<Yield>(s);
            if (startsExpression(cur()) && !atKw("yield")) y->value = parseStarExpressions();
            result = finish(y);
        }
        return result;  // 'yield' outside function: the symbol table knows comprehension scopes
    }

    // "invalid syntax. Perhaps you forgot a comma?" inside brackets (CPython's invalid_expression).
    void checkMissingComma(Expr* e) {
        const Token& t = cur();
        if (t.level <= 0) return;
        bool starts = t.kind == TokenKind::Number || t.kind == TokenKind::String ||
                      (t.kind == TokenKind::Name && (!isKeyword(t.text) || t.text == "True" || t.text == "False" ||
                                                      t.text == "None" || t.text == "lambda" || t.text == "await")) ||
                      t.isOp("{") || t.isOp("...");
        if (!starts) return;
        if (e->kind == ExprKind::Name && t.kind == TokenKind::String) return;
        if (e->kind == ExprKind::Name) {
            const std::string& id = e->as<Name>()->id;
            if (id == "match" || id == "case" || id == "_") return;
        }
        probe([&] { parseExpression(); });
        failAt(e, "invalid syntax. Perhaps you forgot a comma?");
    }

    Expr* parseExpression() {
        DepthGuard guard(*this);
        if (atKw("lambda")) return parseLambda();
        const Token& s = cur();
        Expr* body = parseDisjunction();
        if (atKw("if")) {
            next();
            Expr* test = parseDisjunction();
            if (!atKw("else")) {
                if (atOp(":")) fail("invalid syntax");
                failAt(body, "expected 'else' after 'if' expression");
            }
            next();
            IfExp* ie = make<IfExp>(s);
            ie->body = body;
            ie->test = test;
            ie->orelse = parseExpression();
            return finish(ie);
        }
        checkMissingComma(body);
        return body;
    }

    Expr* parseLambda() {
        const Token& s = next();
        Lambda* l = make<Lambda>(s);
        l->args = parseParameters(":", false);
        checkDebugParams(l->args, l);
        next();  // ':'
        st_.scopes.push_back({ScopeCtx::Lambda, false, 0});
        l->body = parseExpression();
        st_.scopes.pop_back();
        return finish(l);
    }

    Expr* parseDisjunction() {
        Expr* first = parseConjunction();
        if (!atKw("or")) return first;
        BoolOp* b = makeAt<BoolOp>(first);
        b->op = BoolOpKind::Or;
        b->values.push_back(first);
        while (eatKw("or")) b->values.push_back(parseConjunction());
        return finish(b);
    }

    Expr* parseConjunction() {
        Expr* first = parseInversion();
        if (!atKw("and")) return first;
        BoolOp* b = makeAt<BoolOp>(first);
        b->op = BoolOpKind::And;
        b->values.push_back(first);
        while (eatKw("and")) b->values.push_back(parseInversion());
        return finish(b);
    }

    Expr* parseInversion() {
        if (atKw("not")) {
            DepthGuard guard(*this);
            const Token& s = next();
            UnaryOp* u = make<UnaryOp>(s);
            u->op = UnaryOpKind::Not;
            u->operand = parseInversion();
            return finish(u);
        }
        return parseComparison();
    }

    bool compareOp(CmpOp& op) {
        const Token& t = cur();
        if (t.kind == TokenKind::Op) {
            static const std::pair<const char*, CmpOp> table[] = {
                {"==", CmpOp::Eq}, {"!=", CmpOp::NotEq}, {"<", CmpOp::Lt}, {"<=", CmpOp::LtE}, {">", CmpOp::Gt}, {">=", CmpOp::GtE}};
            for (auto& [k, v] : table)
                if (t.text == k) { next(); op = v; return true; }
            return false;
        }
        if (t.kind != TokenKind::Name) return false;
        if (t.text == "in") { next(); op = CmpOp::In; return true; }
        if (t.text == "not" && peekTok().is(TokenKind::Name, "in")) { next(); next(); op = CmpOp::NotIn; return true; }
        if (t.text == "is") {
            next();
            if (eatKw("not")) op = CmpOp::IsNot;
            else op = CmpOp::Is;
            return true;
        }
        return false;
    }

    Expr* parseComparison() {
        Expr* left = parseBitwiseOr();
        CmpOp op;
        if (!compareOp(op)) return left;
        Compare* c = makeAt<Compare>(left);
        c->left = left;
        do {
            c->ops.push_back(op);
            c->comparators.push_back(parseBitwiseOr());
        } while (compareOp(op));
        return finish(c);
    }

    template <class Next>
    Expr* binaryLevel(Next nextLevel, std::initializer_list<std::pair<const char*, Operator>> ops) {
        Expr* left = (this->*nextLevel)();
        for (;;) {
            const Token& t = cur();
            if (t.kind != TokenKind::Op) return left;
            bool matched = false;
            for (auto& [k, v] : ops) {
                if (t.text == k) {
                    next();
                    BinOp* b = makeAt<BinOp>(left);
                    b->left = left;
                    b->op = v;
                    b->right = (this->*nextLevel)();
                    left = finish(b);
                    matched = true;
                    break;
                }
            }
            if (!matched) return left;
        }
    }

    Expr* parseBitwiseOr() { return binaryLevel(&Parser::parseBitwiseXor, {{"|", Operator::BitOr}}); }
    Expr* parseBitwiseXor() { return binaryLevel(&Parser::parseBitwiseAnd, {{"^", Operator::BitXor}}); }
    Expr* parseBitwiseAnd() { return binaryLevel(&Parser::parseShift, {{"&", Operator::BitAnd}}); }
    Expr* parseShift() { return binaryLevel(&Parser::parseSum, {{"<<", Operator::LShift}, {">>", Operator::RShift}}); }
    Expr* parseSum() { return binaryLevel(&Parser::parseTerm, {{"+", Operator::Add}, {"-", Operator::Sub}}); }
    Expr* parseTerm() {
        return binaryLevel(&Parser::parseFactor, {{"*", Operator::Mult}, {"/", Operator::Div}, {"//", Operator::FloorDiv},
                                                  {"%", Operator::Mod}, {"@", Operator::MatMult}});
    }

    Expr* parseFactor() {
        const Token& t = cur();
        if (t.kind == TokenKind::Op && (t.text == "+" || t.text == "-" || t.text == "~")) {
            DepthGuard guard(*this);
            next();
            UnaryOp* u = make<UnaryOp>(t);
            u->op = t.text == "+" ? UnaryOpKind::UAdd : t.text == "-" ? UnaryOpKind::USub : UnaryOpKind::Invert;
            u->operand = parseFactor();
            return finish(u);
        }
        Expr* base = parseAwaitPrimary();
        if (atOp("**")) {
            DepthGuard guard(*this);  // right-associative: recursion per operator
            next();
            BinOp* b = makeAt<BinOp>(base);
            b->left = base;
            b->op = Operator::Pow;
            b->right = parseFactor();
            return finish(b);
        }
        return base;
    }

    Expr* parseAwaitPrimary() {
        if (atKw("await")) {
            const Token& s = next();
            Await* a = make<Await>(s);
            a->value = parsePrimary();
            // Whether await is allowed here depends on comprehension scopes: the symbol table decides.
            return finish(a);
        }
        return parsePrimary();
    }

    Expr* parsePrimary() {
        Expr* e = parseAtom();
        for (;;) {
            if (atOp(".")) {
                next();
                if (!atName()) fail("invalid syntax");
                Attribute* a = makeAt<Attribute>(e);
                a->value = e;
                a->attr = next().text;
                e = finish(a);
            } else if (atOp("(")) {
                DepthGuard guard(*this);
                next();
                Call* c = makeAt<Call>(e);
                c->func = e;
                parseCallArguments(c->args, c->keywords);
                e = finish(c);
            } else if (atOp("[")) {
                DepthGuard guard(*this);
                next();
                Subscript* s = makeAt<Subscript>(e);
                s->value = e;
                s->slice = parseSlices();
                expectOp("]");
                e = finish(s);
            } else {
                return e;
            }
        }
    }

    // After '(': arguments up to and including ')'.
    void parseCallArguments(std::vector<Expr*>& args, std::vector<Keyword*>& keywords, bool allowGenexp = true) {
        bool sawKeyword = false, sawDoubleStar = false;
        std::unordered_set<std::string> names;
        size_t openIndex = p_ - 1;
        while (!atOp(")")) {
            const Token& s = cur();
            if (atOp("*")) {
                next();
                Starred* st = make<Starred>(s);
                st->value = parseExpression();
                finish(st);
                if (sawDoubleStar) failAt(st, "iterable argument unpacking follows keyword argument unpacking");
                args.push_back(st);
            } else if (atOp("**")) {
                next();
                Keyword* k = make<Keyword>(s);
                k->value = parseExpression();
                keywords.push_back(finish(k));
                sawDoubleStar = true;
            } else if (s.kind == TokenKind::Name && peekTok().isOp("=")) {
                if (isKeyword(s.text)) {
                    if (s.text == "True" || s.text == "False" || s.text == "None") failAt(s, "cannot assign to " + s.text);
                    failAt(s, "invalid syntax");
                }
                next();
                next();
                Keyword* k = make<Keyword>(s);
                k->arg = s.text;
                k->value = parseExpression();
                finish(k);
                if (!names.insert(k->arg).second) deferAt(k, "keyword argument repeated: " + k->arg);
                keywords.push_back(k);
                sawKeyword = true;
            } else {
                Expr* e = parseNamedExpression(false);
                if (atOp("=")) failAt(e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                if (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for"))) {
                    if (!allowGenexp) fail("invalid syntax");
                    const Token& open = toks_[openIndex];
                    ListComp* g = make<ListComp>(open, ExprKind::GeneratorExp);
                    g->elt = e;
                    parseComprehensionClauses(g->generators);
                    g->pos.end_lineno = cur().endLine;
                    g->pos.end_col_offset = cur().endCol;  // includes the call's ')'
                    if (!args.empty() || !keywords.empty() || !atOp(")")) failAt(g->elt, "Generator expression must be parenthesized");
                    args.push_back(g);
                    continue;
                }
                if (sawDoubleStar) fail("positional argument follows keyword argument unpacking");
                if (sawKeyword) fail("positional argument follows keyword argument");
                args.push_back(e);
            }
            if (!eatOp(",")) break;
        }
        expectOp(")");
    }

    Expr* parseSlice() {
        const Token& s = cur();
        Expr* lower = nullptr;
        if (atOp("*")) return parseStarNamedExpression();
        if (!atOp(":")) {
            lower = parseNamedExpression();
            if (!atOp(":")) return lower;
        }
        next();  // ':'
        Slice* sl = make<Slice>(s);
        sl->lower = lower;
        if (!atOp(":") && !atOp("]") && !atOp(",")) sl->upper = parseExpression();
        if (eatOp(":")) {
            if (!atOp("]") && !atOp(",")) sl->step = parseExpression();
        }
        return finish(sl);
    }

    Expr* parseSlices() {
        Expr* first = parseSlice();
        if (!atOp(",") && first->kind != ExprKind::Starred) return first;  // `a[*b]` is a tuple
        Tuple* t = makeAt<Tuple>(first, ExprKind::Tuple);
        t->elts.push_back(first);
        while (eatOp(",")) {
            if (atOp("]")) break;
            t->elts.push_back(parseSlice());
        }
        return finish(t);
    }

    // for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    void parseComprehensionClauses(std::vector<Comprehension*>& gens) {
        while (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for"))) {
            const Token& s = cur();
            Comprehension* c = make<Comprehension>(s);
            if (atKw("async")) {
                next();
                c->is_async = true;  // allowed-or-not is decided by the symbol table
            }
            next();  // 'for'
            c->target = parseStarTargets();
            if (!atKw("in")) {
                if (const Expr* bad = invalidTarget(c->target, false)) failAt(bad, std::string("cannot assign to ") + exprName(bad));
                fail("invalid syntax");
            }
            next();
            setContext(c->target, ExprContext::Store, "assign to");
            c->iter = parseDisjunction();
            while (atKw("if")) {
                next();
                c->ifs.push_back(parseDisjunction());
            }
            gens.push_back(finish(c));
        }
    }

    // star_targets for `for` loops and comprehensions: bitwise_or-level items, so `in` ends them.
    Expr* parseStarTarget() {
        if (atOp("*")) {
            const Token& s = next();
            Starred* st = make<Starred>(s);
            st->value = parseStarTarget();
            return finish(st);
        }
        return parseBitwiseOr();
    }

    Expr* parseStarTargets() {
        Expr* first = parseStarTarget();
        if (!atOp(",")) return first;
        Tuple* t = makeAt<Tuple>(first, ExprKind::Tuple);
        t->elts.push_back(first);
        while (eatOp(",")) {
            if (atKw("in") || atOp("=") || atOp(")") || !startsExpression(cur())) break;
            t->elts.push_back(parseStarTarget());
        }
        return finish(t);
    }

    Expr* parseAtom() {
        const Token& t = cur();
        switch (t.kind) {
            case TokenKind::Name: {
                if (isKeyword(t.text)) {
                    if (t.text == "True" || t.text == "False" || t.text == "None") {
                        next();
                        Constant* c = make<Constant>(t);
                        c->value_kind = t.text == "True" ? ConstantKind::True : t.text == "False" ? ConstantKind::False : ConstantKind::None;
                        return finish(c);
                    }
                    if (t.text == "lambda") return parseLambda();
                    if (t.text == "yield") fail("invalid syntax");
                    fail("invalid syntax");
                }
                next();
                Name* n = make<Name>(t);
                n->id = t.text;
                return finish(n);
            }
            case TokenKind::Number: next(); return makeNumber(t);
            case TokenKind::String: return parseStrings();
            case TokenKind::Op:
                if (t.text == "(") return parseParenthesized();
                if (t.text == "[") return parseListDisplay();
                if (t.text == "{") return parseBraceDisplay();
                if (t.text == "...") {
                    next();
                    Constant* c = make<Constant>(t);
                    c->value_kind = ConstantKind::Ellipsis;
                    return finish(c);
                }
                fail("invalid syntax");
            case TokenKind::Indent:
                failAt(t.endLine, t.endCol - 1, "unexpected indent", "IndentationError");
            default:
                fail("invalid syntax");
        }
    }

    Expr* parseParenthesized() {
        DepthGuard guard(*this);
        const Token& open = next();
        if (atOp(")")) {
            next();
            return finish(make<Tuple>(open, ExprKind::Tuple));
        }
        if (atKw("yield")) {
            Expr* y = parseYieldExpr();
            expectOp(")");
            parenthesized_[y] = &open;
            return y;
        }
        Expr* first = parseStarNamedExpression();
        if (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for"))) {
            ListComp* g = make<ListComp>(open, ExprKind::GeneratorExp);
            g->elt = first;
            if (first->kind == ExprKind::Starred) failAt(first, "iterable unpacking cannot be used in comprehension");
            parseComprehensionClauses(g->generators);
            expectOp(")");
            return finish(g);
        }
        if (atOp(",")) {
            Tuple* tup = make<Tuple>(open, ExprKind::Tuple);
            tup->elts.push_back(first);
            while (eatOp(",")) {
                if (atOp(")")) break;
                tup->elts.push_back(parseStarNamedExpression());
            }
            expectOp(")");
            parenthesized_[tup] = &open;
            return finish(tup);
        }
        expectOp(")");
        if (first->kind == ExprKind::Starred) failAt(first, "cannot use starred expression here");
        parenthesized_[first] = &open;
        return first;
    }

    Expr* parseListDisplay() {
        DepthGuard guard(*this);
        const Token& open = next();
        List* l = make<List>(open, ExprKind::List);
        if (eatOp("]")) return finish(l);
        Expr* first = parseStarNamedExpression();
        if (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for"))) {
            if (first->kind == ExprKind::Starred) failAt(first, "iterable unpacking cannot be used in comprehension");
            ListComp* c = make<ListComp>(open, ExprKind::ListComp);
            c->elt = first;
            parseComprehensionClauses(c->generators);
            expectOp("]");
            return finish(c);
        }
        l->elts.push_back(first);
        while (eatOp(",")) {
            if (atOp("]")) break;
            l->elts.push_back(parseStarNamedExpression());
        }
        expectOp("]");
        return finish(l);
    }

    Expr* parseBraceDisplay() {
        DepthGuard guard(*this);
        const Token& open = next();
        if (eatOp("}")) return finish(make<Dict>(open));
        if (atOp("**")) {
            const Token& stars = next();
            Dict* d = make<Dict>(open);
            d->keys.push_back(nullptr);
            d->values.push_back(parseBitwiseOr());
            if (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for")))
                failAt(stars, "dict unpacking cannot be used in dict comprehension");
            return parseDictRest(d);
        }
        Expr* first = parseStarNamedExpression();
        if (atOp(":") && first->kind != ExprKind::Starred) {
            next();
            Expr* value = parseExpression();
            if (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for"))) {
                DictComp* c = make<DictComp>(open);
                c->key = first;
                c->value = value;
                parseComprehensionClauses(c->generators);
                expectOp("}");
                return finish(c);
            }
            Dict* d = make<Dict>(open);
            d->keys.push_back(first);
            d->values.push_back(value);
            return parseDictRest(d);
        }
        if (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for"))) {
            if (first->kind == ExprKind::Starred) failAt(first, "iterable unpacking cannot be used in comprehension");
            ListComp* c = make<ListComp>(open, ExprKind::SetComp);
            c->elt = first;
            parseComprehensionClauses(c->generators);
            expectOp("}");
            return finish(c);
        }
        Set* s = make<Set>(open);
        s->elts.push_back(first);
        while (eatOp(",")) {
            if (atOp("}")) break;
            s->elts.push_back(parseStarNamedExpression());
        }
        expectOp("}");
        return finish(s);
    }

    Expr* parseDictRest(Dict* d) {
        while (eatOp(",")) {
            if (atOp("}")) break;
            if (eatOp("**")) {
                d->keys.push_back(nullptr);
                d->values.push_back(parseBitwiseOr());
            } else {
                d->keys.push_back(parseExpression());
                if (!atOp(":")) {
                    if (atOp("}") || atOp(",")) failAt(d->keys.back(), "':' expected after dictionary key");
                    fail("invalid syntax");
                }
                next();
                d->values.push_back(parseExpression());
            }
        }
        if (atKw("for") || (atKw("async") && peekTok().is(TokenKind::Name, "for")))
            fail("dict unpacking cannot be used in dict comprehension");
        expectOp("}");
        return finish(d);
    }

    // --- literals ------------------------------------------------------------------------------

    Expr* makeNumber(const Token& t) {
        Constant* c = make<Constant>(t);
        c->pos.end_lineno = t.endLine;
        c->pos.end_col_offset = t.endCol;
        std::string text;
        for (char ch : t.text) if (ch != '_') text += ch;
        char last = text.back();
        bool hexLike = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
        if (last == 'j' || last == 'J') {
            c->value_kind = ConstantKind::Complex;
            c->floatValue = strtod(text.substr(0, text.size() - 1).c_str(), nullptr);
            return c;
        }
        if (!hexLike && text.find_first_of(".eE") != std::string::npos) {
            c->value_kind = ConstantKind::Float;
            c->floatValue = strtod(text.c_str(), nullptr);
            return c;
        }
        c->value_kind = ConstantKind::Int;
        int base = 10;
        std::string digits = text;
        if (text.size() > 1 && text[0] == '0' && isalpha(static_cast<unsigned char>(text[1]))) {
            char k = static_cast<char>(tolower(text[1]));
            base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
            digits = text.substr(2);
        }
        size_t nz = digits.find_first_not_of('0');
        digits = nz == std::string::npos ? "0" : digits.substr(nz);
        c->intDigits = digits;
        c->intBase = base;
        unsigned __int128 v = 0;
        bool fits = true;
        for (char ch : digits) {
            int d = isdigit(static_cast<unsigned char>(ch)) ? ch - '0' : tolower(ch) - 'a' + 10;
            v = v * base + d;
            if (v > static_cast<unsigned __int128>(INT64_MAX)) { fits = false; break; }
        }
        c->intFits64 = fits;
        if (fits) c->intValue = static_cast<int64_t>(v);
        return c;
    }

    // Adjacent STRING tokens: one Constant (str or bytes) or, with any f-string, one JoinedStr.
    Expr* parseStrings() {
        const Token& first = cur();
        bool anyF = false, anyBytes = false, anyStr = false;
        std::vector<const Token*> parts;
        while (at(TokenKind::String)) parts.push_back(&next());
        for (const Token* t : parts) {
            StringPrefix sp = parseStringPrefix(t->text);
            if (sp.fstring) anyF = true;
            if (sp.bytes) anyBytes = true; else anyStr = true;
        }
        if (anyBytes && anyStr) fail("cannot mix bytes and nonbytes literals");
        std::vector<Expr*> values;
        std::string pending;
        for (const Token* t : parts) {
            StringPrefix sp = parseStringPrefix(t->text);
            size_t bodyStart = t->offset + sp.prefixLength + sp.quoteLength;
            size_t bodyEnd = t->endOffset - sp.quoteLength;
            if (sp.fstring) {
                FStringState fs{*t, values, pending, *parts.back()};
                size_t i = bodyStart;
                parseFStringBody(fs, i, bodyEnd, sp.raw, 0);
            } else {
                std::string_view body(src_.text().data() + bodyStart, bodyEnd - bodyStart);
                if (sp.raw) {
                    if (sp.bytes)
                        for (char ch : body)
                            if (static_cast<unsigned char>(ch) >= 0x80) failAt(*t, "bytes can only contain ASCII literal characters");
                    pending.append(body);
                } else {
                    std::string out, err;
                    if (!decodeEscapes(body, sp.bytes, out, err)) {
                        if (err.rfind("bytes can only", 0) == 0) failAt(*t, err);
                        failAt(parts.back()->endLine, parts.back()->endCol, err);  // CPython: just past the strings
                    }
                    pending += out;
                }
            }
        }
        const Token& last = *parts.back();
        if (!anyF) {
            Constant* c = make<Constant>(first);
            c->value_kind = anyBytes ? ConstantKind::Bytes : ConstantKind::Str;
            c->str = std::move(pending);
            c->uPrefix = parseStringPrefix(first.text).u;
            c->pos.end_lineno = last.endLine;
            c->pos.end_col_offset = last.endCol;
            return c;
        }
        flushLiteral(values, pending, first, last);
        JoinedStr* j = make<JoinedStr>(first);
        j->values = std::move(values);
        j->pos.end_lineno = last.endLine;
        j->pos.end_col_offset = last.endCol;
        for (Expr* v : j->values) {
            if (v->kind == ExprKind::Constant || v->kind == ExprKind::FormattedValue) v->pos = j->pos;
        }
        return j;
    }

    struct FStringState {
        const Token& tok;
        std::vector<Expr*>& values;
        std::string& pending;
        const Token& errTok;  // errors are reported after the last string of the concatenation
    };

    void flushLiteral(std::vector<Expr*>& values, std::string& pending, const Token& first, const Token& last) {
        if (pending.empty()) return;
        Constant* c = make<Constant>(first);
        c->value_kind = ConstantKind::Str;
        c->str = std::move(pending);
        c->pos.end_lineno = last.endLine;
        c->pos.end_col_offset = last.endCol;
        pending.clear();
        values.push_back(c);
    }

    // CPython 3.11 reports f-string errors just past the string token.
    [[noreturn]] void fstringError(const Token& t, const std::string& msg) { failAt(t.endLine, t.endCol, msg); }

    // The literal text and replacement fields of an f-string body, from source offset i up to
    // `end` or (in a format spec, recurse > 0) up to the '}' that closes the field.
    void parseFStringBody(FStringState& fs, size_t& i, size_t end, bool raw, int recurse) {
        const std::string& s = src_.text();
        for (;;) {
            std::string literal;
            while (i < end) {
                char c = s[i];
                if (!raw && c == '\\' && i + 1 < end) {
                    if (s[i + 1] == 'N' && i + 2 < end && s[i + 2] == '{') {
                        size_t close = s.find('}', i);
                        if (close == std::string::npos || close >= end) close = end - 1;
                        literal.append(s, i, close + 1 - i);
                        i = close + 1;
                        continue;
                    }
                    if (s[i + 1] == '{' || s[i + 1] == '}') {
                        literal += c;
                        ++i;
                        continue;
                    }
                    literal.append(s, i, 2);
                    i += 2;
                    continue;
                }
                if (c == '{' || c == '}') {
                    if (recurse == 0) {
                        if (i + 1 < end && s[i + 1] == c) {
                            literal += c;
                            i += 2;
                            continue;
                        }
                        if (c == '}') fstringError(fs.errTok, "f-string: single '}' is not allowed");
                    }
                    break;
                }
                literal += c;
                ++i;
            }
            if (raw) fs.pending += literal;
            else {
                std::string out, err;
                if (!decodeEscapes(literal, false, out, err)) fstringError(fs.errTok, err);
                fs.pending += out;
            }
            if (i >= end) return;
            if (s[i] == '}') return;  // end of a format spec (recurse > 0)
            // s[i] == '{'
            if (recurse >= 2) fstringError(fs.errTok, "f-string: expressions nested too deeply");
            ++i;
            parseFStringField(fs, i, end, raw, recurse);
        }
    }

    void parseFStringField(FStringState& fs, size_t& i, size_t end, bool raw, int recurse) {
        const std::string& s = src_.text();
        size_t exprStart = i;
        char quote = 0;
        int quoteLen = 0;
        std::vector<char> stack;
        while (i < end) {
            char c = s[i];
            if (c == '\\') fstringError(fs.errTok, "f-string expression part cannot include a backslash");
            if (quote) {
                if (c == quote && (quoteLen == 1 || (i + 2 < end && s[i + 1] == quote && s[i + 2] == quote))) {
                    i += quoteLen;
                    quote = 0;
                    continue;
                }
                ++i;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                quoteLen = (i + 2 < end && s[i + 1] == c && s[i + 2] == c) ? 3 : 1;
                i += quoteLen;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (stack.size() >= 200) fstringError(fs.errTok, "f-string: too many nested parenthesis");
                stack.push_back(c);
                ++i;
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                if (stack.empty()) {
                    if (c == '}') break;
                    fstringError(fs.errTok, std::string("f-string: unmatched '") + c + "'");
                }
                char open = stack.back();
                char want = open == '(' ? ')' : open == '[' ? ']' : '}';
                if (c != want)
                    fstringError(fs.errTok, std::string("f-string: closing parenthesis '") + c +
                                             "' does not match opening parenthesis '" + open + "'");
                stack.pop_back();
                ++i;
                continue;
            }
            if (c == '#') fstringError(fs.errTok, "f-string expression part cannot include '#'");
            if (stack.empty()) {
                if (c == '!' && i + 1 < end && s[i + 1] == '=') { i += 2; continue; }
                if (c == '!' || c == ':') break;
                if (c == '=' && i + 1 < end && s[i + 1] == '=') { i += 2; continue; }
                if (c == '=' && !(i > exprStart && strchr("=!<>", s[i - 1]))) break;
            }
            ++i;
        }
        if (quote) fstringError(fs.errTok, "f-string: unterminated string");
        if (i >= end) fstringError(fs.errTok, "f-string: expecting '}'");
        if (!stack.empty()) fstringError(fs.errTok, "f-string: unmatched '" + std::string(1, stack.back()) + "'");
        size_t exprEnd = i;
        bool blank = true;
        for (size_t k = exprStart; k < exprEnd; ++k)
            if (!isspace(static_cast<unsigned char>(s[k]))) blank = false;
        if (blank) fstringError(fs.errTok, "f-string: empty expression not allowed");
        Expr* value = parseSubExpression(exprStart, exprEnd, fs.tok);

        FormattedValue* fv = make<FormattedValue>(fs.tok);
        fv->value = value;
        if (s[i] == '=') {
            ++i;
            while (i < end && isspace(static_cast<unsigned char>(s[i]))) ++i;
            fs.pending.append(s, exprStart, i - exprStart);
        }
        bool debug = i > exprEnd;
        if (i < end && s[i] == '!') {
            ++i;
            if (i >= end) fstringError(fs.errTok, "f-string: expecting '}'");
            char conv = s[i++];
            if (conv != 's' && conv != 'r' && conv != 'a') {
                fstringError(fs.errTok, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            fv->conversion = conv;
            if (i >= end || (s[i] != ':' && s[i] != '}')) fstringError(fs.errTok, "f-string: expecting '}'");
        }
        if (i < end && s[i] == ':') {
            ++i;
            std::vector<Expr*> specValues;
            std::string specPending;
            FStringState spec{fs.tok, specValues, specPending, fs.errTok};
            parseFStringBody(spec, i, end, raw, recurse + 1);
            flushLiteral(specValues, specPending, fs.tok, fs.tok);
            JoinedStr* j = make<JoinedStr>(fs.tok);
            j->values = std::move(specValues);
            fv->format_spec = finishAt(j, fs.tok);
        }
        if (i >= end || s[i] != '}') fstringError(fs.errTok, "f-string: expecting '}'");
        ++i;
        if (debug && fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
        finishAt(fv, fs.tok);
        flushLiteral(fs.values, fs.pending, fs.tok, fs.tok);
        fs.values.push_back(fv);
    }

    template <class T>
    T* finishAt(T* n, const Token& t) {
        n->pos.end_lineno = t.endLine;
        n->pos.end_col_offset = t.endCol;
        return n;
    }

    // Parse source range [begin, end) as an f-string replacement field's expression.
    Expr* parseSubExpression(size_t begin, size_t end, const Token& tok) {
        TokenizerOptions opt;
        opt.subRange = true;
        opt.begin = begin;
        opt.end = end;
        opt.line = src_.lineOf(begin);
        Pos braces;  // from the '{' before the field to just after the '}' / '!' / ':' after it
        braces.lineno = src_.lineOf(begin - 1);
        braces.col_offset = static_cast<int>(begin - 1 - src_.lineStart(braces.lineno));
        braces.end_lineno = src_.lineOf(end);
        braces.end_col_offset = static_cast<int>(end + 1 - src_.lineStart(braces.end_lineno));
        Parser sub(st_, tokenize(src_, opt));
        try {
            return sub.parseFStringField(braces);
        } catch (SyntaxErrorInfo& e) {
            if (e.message.rfind("f-string", 0) != 0) e.message = "f-string: " + e.message;
            throw;
        }
    }
};

// CPython's future.c: `from __future__ import f` must come first (after the docstring) and
// name a known feature.
void checkFutureImports(const SourceText& src, const StmtList& body) {
    static const char* const features[] = {"nested_scopes", "generators", "division", "absolute_import",
                                           "with_statement", "print_function", "unicode_literals",
                                           "barry_as_FLUFL", "generator_stop", "annotations"};
    bool leading = true;
    for (size_t i = 0; i < body.size(); ++i) {
        const Stmt* s = body[i];
        bool future = s->kind == StmtKind::ImportFrom && s->as<ImportFrom>()->module == "__future__" &&
                      s->as<ImportFrom>()->level == 0;
        if (!future) {
            bool docstring = i == 0 && s->kind == StmtKind::Expr && s->as<ExprStmt>()->value->kind == ExprKind::Constant &&
                             s->as<ExprStmt>()->value->as<Constant>()->value_kind == ConstantKind::Str;
            if (!docstring) leading = false;
            continue;
        }
        if (!leading)
            // CPython reports this one at the statement's 0-based column (compile.c's quirk).
            throw src.error("SyntaxError", "from __future__ imports must occur at the beginning of the file",
                            s->pos.lineno, s->pos.col_offset - 1);
        for (const Alias* a : s->as<ImportFrom>()->names) {
            if (a->name == "braces") throw src.error("SyntaxError", "not a chance", s->pos.lineno, s->pos.col_offset);
            bool known = false;
            for (const char* f : features) known = known || a->name == f;
            if (!known)
                throw src.error("SyntaxError", "future feature " + a->name + " is not defined", s->pos.lineno, s->pos.col_offset);
        }
    }
}

}  // namespace

std::unique_ptr<Module> parse(std::string source, const ParseOptions& options) {
    auto module = std::make_unique<Module>();
    module->mode = options.mode;
    module->filename = options.filename;
    SourceText src(std::move(source), options.filename);
    SharedState st{src, module->arena, {}, std::nullopt, 0};
    st.scopes.push_back({ScopeCtx::Module, false, 0});
    Parser parser(st, tokenize(src));
    try {
        switch (options.mode) {
            case ParseMode::File: parser.parseFile(module->body); break;
            case ParseMode::Single: parser.parseSingle(module->body); break;
            case ParseMode::Eval: module->expression = parser.parseEval(); break;
        }
    } catch (SyntaxErrorInfo& e) {
        // CPython tokenizes the rest of the file after a parser error, and a lexical error found
        // there wins (_PyPegen_tokenize_full_source_to_check_for_errors): errors the tokenizer
        // raises as exceptions always, an unclosed bracket only if it opened on an earlier line.
        // Indentation errors and EOF are not raised that way and never win; "unexpected indent"
        // is reported before that check.
        const std::optional<SyntaxErrorInfo>& lexical = parser.tokenizerError();
        if (lexical && !parser.reachedTokenizerError() && e.message != "unexpected indent") {
            const SyntaxErrorInfo& t = *lexical;
            bool raised = t.type == "SyntaxError" && t.message != "unexpected EOF while parsing" &&
                          t.message != "unexpected character after line continuation character";
            if (t.message.ends_with("' was never closed")) {
                // CPython's second (error) pass tries an expression where the first one failed and
                // so reads ahead; do the same before comparing lines.
                parser.probeExpression();
                raised = t.line < parser.furthestLine();
            }
            if (raised) throw t;
        }
        throw;
    }
    if (options.compileChecks) {
        checkFutureImports(src, module->body);
        if (st.deferred) module->compileErrors.push_back(*st.deferred);
    }
    return module;
}

bool isIncompleteInput(const SyntaxErrorInfo& error, const std::string& source) {
    const std::string& m = error.message;
    if (m.ends_with("' was never closed") || m.rfind("unterminated triple-quoted string literal", 0) == 0 ||
        m == "unexpected EOF while parsing")
        return true;
    // Otherwise (a missing block, `x = 1 +`, a lone decorator) only when the parser failed
    // because the input ends there, as CPython's: the error sits after the last non-blank
    // character. Errors in the tokens themselves are real errors.
    if (m.rfind("expected an indented block", 0) != 0 && m != "invalid syntax") return false;
    int line = 1, lastLine = 0, lastColumn = 0, column = 0;
    for (unsigned char ch : source) {
        if (ch == '\n') { ++line; column = 0; continue; }
        if ((ch & 0xC0) != 0x80) ++column;  // count characters, not bytes
        if (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\f') { lastLine = line; lastColumn = column; }
    }
    // (column 0: the parser's position of the implicit end of input)
    return error.line > lastLine || (error.line == lastLine && (error.column > lastColumn || error.column == 0));
}

}  // namespace py
