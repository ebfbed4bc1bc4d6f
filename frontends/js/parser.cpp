// frontends/js/parser.cpp — recursive descent for statements, precedence climbing for binary
// operators, the cover grammar for arrow parameters and destructuring assignment, and the cheap
// early errors (redeclarations, strict-mode rules, labels, private names).
#include "frontends/js/parser.h"

#include <double-conversion/double-conversion.h>
#include <pthread.h>

#include <atomic>
#include <unordered_map>
#include <unordered_set>

#include "frontends/js/lexer.h"

namespace js {

static std::atomic<RegExpChecker> gRegExpChecker{nullptr};

void setRegExpChecker(RegExpChecker checker) { gRegExpChecker.store(checker, std::memory_order_relaxed); }

namespace {

bool isStrictReservedWord(const std::string& s) {
    return s == "implements" || s == "interface" || s == "let" || s == "package" || s == "private" ||
           s == "protected" || s == "public" || s == "static" || s == "yield";
}

bool isReservedWordSpelling(const std::string& s) {
    static const char* const words[] = {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
        "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
        "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this", "throw",
        "true", "try", "typeof", "var", "void", "while", "with"};
    for (const char* w : words)
        if (s == w) return true;
    return false;
}

// Lowest usable address of the current thread's stack (0 if unknown). The parser refuses to
// nest deeper once less than kStackReserve bytes remain, whatever the build's frame sizes.
uintptr_t stackLowAddress() {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    void* addr = nullptr;
    size_t size = 0;
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return reinterpret_cast<uintptr_t>(addr);
}
constexpr uintptr_t kStackReserve = 256 * 1024;

std::u16string numberToKey(double v) {
    char buf[64];
    double_conversion::StringBuilder sb(buf, sizeof buf);
    double_conversion::DoubleToStringConverter::EcmaScriptConverter().ToShortest(v, &sb);
    std::string s = sb.Finalize();
    return std::u16string(s.begin(), s.end());
}


// Per-scope declared names, only for the redeclaration early errors.
struct DeclScope {
    bool isFunction = false;
    std::unordered_set<std::string> lexical;
    std::unordered_set<std::string> blockFunctions;  // sloppy: duplicates among these are fine
    std::unordered_set<std::string> vars;            // declared here or hoisted through here
    std::unordered_set<std::string> params;
    std::unordered_set<std::string> catchParams;
    bool catchParamIsPattern = false;
};

struct Label {
    std::string name;
    bool isLoop;
};

// Per-function parsing context.
struct FnCtx {
    bool strict = false;
    bool isAsync = false;
    bool isGenerator = false;
    bool isArrow = false;
    bool inFunction = false;
    bool allowReturn = false;
    bool allowSuperProperty = false;
    bool allowSuperCall = false;
    bool allowNewTarget = false;
    bool allowArguments = true;
    bool inStaticBlock = false;
    bool inParams = false;
    std::vector<Label> labels;
    int loopDepth = 0;
    int breakableDepth = 0;
};

struct PrivateScope {
    std::unordered_map<std::string, int> declared;  // name -> kind bits (1 get, 2 set, 4 other)
    std::vector<std::pair<std::string, SourcePos>> references;
};

class Parser {
public:
    Parser(std::string_view src, const ParseOptions& opts) : lex_(src), src_(src), opts_(opts) {
        uintptr_t low = stackLowAddress();
        stackLimit_ = low ? low + kStackReserve : 0;
    }

    std::unique_ptr<Program> parseProgram();

private:
    // --- tokens ---
    void next() {
        prevEnd_ = tok_.end;
        prevEndPos_ = tok_.endPos;
        tok_ = lex_.next();
    }
    Token peek() {
        auto s = lex_.save();
        Token t = lex_.next();
        lex_.restore(s);
        return t;
    }
    bool is(Tok t) const { return tok_.type == t; }
    bool isIdent(const char* name) const { return tok_.type == Tok::Identifier && !tok_.escaped && tok_.ident == name; }
    static bool tokIsIdent(const Token& t, const char* name) { return t.type == Tok::Identifier && !t.escaped && t.ident == name; }
    void expect(Tok t) {
        if (!is(t)) unexpected();
        next();
    }
    bool eat(Tok t) {
        if (!is(t)) return false;
        next();
        return true;
    }
    [[noreturn]] void fail(const std::string& msg, SourcePos at) { throw SyntaxError(msg, at.line, at.column); }
    [[noreturn]] void unexpected() { unexpected(tok_); }
    [[noreturn]] void unexpected(const Token& t);
    void consumeSemicolon();

    // --- contexts ---
    FnCtx& ctx() { return fnStack_.back(); }
    bool strict() const { return fnStack_.back().strict; }
    struct DepthGuard {
        Parser& p;
        DepthGuard(Parser& parser) : p(parser) {
            if (++p.depth_ > kMaxParseDepth ||
                reinterpret_cast<uintptr_t>(__builtin_frame_address(0)) < p.stackLimit_)
                p.fail("Maximum nesting depth exceeded", p.tok_.start);
        }
        ~DepthGuard() { --p.depth_; }
    };

    // --- declarations bookkeeping ---
    void pushDeclScope(bool isFunction) {
        declScopes_.emplace_back();
        declScopes_.back().isFunction = isFunction;
    }
    void popDeclScope() { declScopes_.pop_back(); }
    void declareLexical(const std::string& name, SourcePos at, bool isBlockFunction = false);
    void declareVar(const std::string& name, SourcePos at);
    void checkBindingName(const std::string& name, SourcePos at, bool lexical);

    // --- statements ---
    StmtPtr parseStatementListItem();
    StmtPtr parseStatement();
    void parseDirectivesAndBody(StmtList& body, bool isFunctionBody, FunctionNode* fn);
    std::unique_ptr<BlockStmt> parseBlock(const std::vector<std::string>* catchParams = nullptr, bool catchPattern = false);
    std::unique_ptr<VarDecl> parseVarDecl(DeclKind kind, bool noIn, bool inForHead);
    StmtPtr parseIf();
    StmtPtr parseFor();
    StmtPtr parseWhile();
    StmtPtr parseDoWhile();
    StmtPtr parseBreakContinue(bool isBreak);
    StmtPtr parseReturn();
    StmtPtr parseThrow();
    StmtPtr parseTry();
    StmtPtr parseSwitch();
    StmtPtr parseWith();
    StmtPtr parseLabeledOrExpression();
    StmtPtr parseFunctionDeclaration(bool inBlock);
    StmtPtr parseClassDeclaration();
    StmtPtr parseLoopBody();

    // --- expressions ---
    ExprPtr parseExpression(bool noIn = false, bool cover = false);
    ExprPtr parseAssignment(bool noIn = false);
    ExprPtr parseAssignmentCover(bool noIn = false);
    ExprPtr parseAssignmentInner(bool noIn);
    ExprPtr parseYield(bool noIn);
    ExprPtr parseConditional(bool noIn);
    ExprPtr parseBinary(int minPrec, bool noIn);
    ExprPtr parseExponentOrUnary();
    ExprPtr parseUnary();
    ExprPtr parsePostfix();
    ExprPtr parseLeftHandSide();
    ExprPtr parseCallTail(ExprPtr e, SourcePos start, bool allowCalls);
    ExprPtr parseNew();
    ExprPtr parseSuper();
    ExprPtr parsePrimary();
    ExprPtr parseParenOrArrow();
    ExprPtr parseAsyncPrimary();
    ExprPtr parseArrayLiteral();
    ExprPtr parseObjectLiteral();
    ExprPtr parseTemplate(ExprPtr tag, SourcePos start);
    ExprPtr parseFunctionExpression();
    ExprPtr parseClassExpression();
    std::vector<ExprPtr> parseArguments(bool cover = false);
    PropertyKey parsePropertyKey(bool allowPrivate);
    ExprPtr parseIdentifierReference();

    // --- functions and classes ---
    struct FnSpec {
        FunctionKind kind = FunctionKind::Normal;
        bool isAsync = false;
        bool isGenerator = false;
        std::string name;
        std::unique_ptr<Identifier> id;
        uint32_t srcStart = 0;
        SourcePos pos;
        bool isMethod = false;
    };
    std::unique_ptr<FunctionNode> parseFunctionRest(FnSpec spec);
    std::unique_ptr<FunctionNode> parseArrowRest(FnSpec spec, std::vector<ExprPtr> params, ExprPtr rest);
    void parseFormalParams(FunctionNode& fn);
    void finishParams(FunctionNode& fn, bool allowDuplicates);
    std::unique_ptr<ClassNode> parseClass(bool isExpr);
    std::unique_ptr<FunctionNode> makeSyntheticFunction(FunctionKind kind, SourcePos pos, uint32_t srcStart);
    void pushFunctionCtx(const FnSpec& spec);

    // --- patterns ---
    ExprPtr parseBindingTarget();
    ExprPtr parseBindingElement();
    ExprPtr toAssignmentTarget(ExprPtr e, bool isElement);
    ExprPtr toBindingPattern(ExprPtr e);
    void checkSimpleAssignTarget(const Expr& e, const char* message, SourcePos at);
    void setInferredName(Expr* e, const std::string& name);
    static std::string keyName(const PropertyKey& k) { return utf16ToUtf8(k.name); }

    void addPrivateReference(const std::string& name, SourcePos at) {
        if (privateScopes_.empty()) fail("Private field '" + name + "' must be declared in an enclosing class", at);
        privateScopes_.back().references.emplace_back(name, at);
    }

    Lexer lex_;
    std::string_view src_;
    ParseOptions opts_;
    Token tok_;
    uint32_t prevEnd_ = 0;
    SourcePos prevEndPos_;
    int depth_ = 0;
    uintptr_t stackLimit_ = 0;
    std::vector<FnCtx> fnStack_;
    std::vector<DeclScope> declScopes_;
    std::vector<PrivateScope> privateScopes_;
    std::vector<SourcePos> coverErrors_;  // `{a = 1}` outside a pattern, pending
    std::unordered_set<const Expr*> parenthesized_;
    std::unordered_set<const Expr*> spreadTrailingComma_;  // [...a,] cannot become a pattern
    bool ifBodyStatement_ = false;  // parseStatement is parsing the body of an if
};

// ---------------------------------------------------------------------------------------------

void Parser::unexpected(const Token& t) {
    std::string msg;
    switch (t.type) {
    case Tok::EndOfInput: msg = "Unexpected end of input"; break;
    case Tok::Identifier:
        if (strict() && isStrictReservedWord(t.ident)) msg = "Unexpected strict mode reserved word";
        else if (t.escaped && isReservedWordSpelling(t.ident)) msg = "Keyword must not contain escaped characters";
        else msg = "Unexpected identifier '" + t.ident + "'";
        break;
    case Tok::PrivateName: msg = "Unexpected identifier '" + t.ident + "'"; break;
    case Tok::Number:
    case Tok::BigInt: msg = "Unexpected number"; break;
    case Tok::String: msg = "Unexpected string"; break;
    case Tok::Template: msg = "Unexpected template string"; break;
    case Tok::RegExp: msg = "Unexpected regular expression"; break;
    case Tok::KwEnum: msg = "Unexpected reserved word"; break;
    default: msg = std::string("Unexpected token '") + tokName(t.type) + "'"; break;
    }
    fail(msg, t.start);
}

void Parser::consumeSemicolon() {
    if (eat(Tok::Semicolon)) return;
    if (is(Tok::RBrace) || is(Tok::EndOfInput) || tok_.newlineBefore) return;
    unexpected();
}

void Parser::checkBindingName(const std::string& name, SourcePos at, bool lexical) {
    if (strict()) {
        if (name == "eval" || name == "arguments") fail("Unexpected eval or arguments in strict mode", at);
        if (isStrictReservedWord(name)) fail("Unexpected strict mode reserved word", at);
    }
    if (lexical && name == "let") fail("let is disallowed as a lexically bound name", at);
    if (name == "yield" && (ctx().isGenerator || strict())) {
        fail(strict() ? "Unexpected strict mode reserved word" : "Unexpected identifier 'yield'", at);
    }
    if (name == "await" && (ctx().isAsync || ctx().inStaticBlock)) fail("Unexpected reserved word", at);
}

void Parser::declareLexical(const std::string& name, SourcePos at, bool isBlockFunction) {
    DeclScope& s = declScopes_.back();
    bool dup = s.vars.count(name) || s.params.count(name) || s.catchParams.count(name);
    if (s.lexical.count(name)) {
        bool bothFunctions = isBlockFunction && s.blockFunctions.count(name) && !strict();
        if (!bothFunctions) dup = true;
    }
    if (dup) fail("Identifier '" + name + "' has already been declared", at);
    s.lexical.insert(name);
    if (isBlockFunction) s.blockFunctions.insert(name);
}

void Parser::declareVar(const std::string& name, SourcePos at) {
    for (size_t i = declScopes_.size(); i-- > 0;) {
        DeclScope& s = declScopes_[i];
        if (s.lexical.count(name))
            fail("Identifier '" + name + "' has already been declared", at);
        if (s.catchParams.count(name) && s.catchParamIsPattern)
            fail("Identifier '" + name + "' has already been declared", at);
        s.vars.insert(name);
        if (s.isFunction) break;
    }
}

void Parser::setInferredName(Expr* e, const std::string& name) {
    if (!e) return;
    if (e->kind == NodeKind::FunctionExpr || e->kind == NodeKind::ArrowFunction) {
        auto& fn = *e->as<FunctionExpr>().fn;
        if (!fn.id && fn.name.empty()) fn.name = name;
    } else if (e->kind == NodeKind::ClassExpr) {
        auto& cls = *e->as<ClassExpr>().cls;
        if (!cls.id && cls.name.empty()) cls.name = name;
    }
}

// ---------------------------------------------------------------------------------------------
// Program and statements

std::unique_ptr<Program> Parser::parseProgram() {
    auto prog = std::make_unique<Program>();
    prog->sourceName = opts_.sourceName;
    FnCtx top;
    top.strict = opts_.strict;
    top.allowReturn = opts_.allowReturnOutsideFunction;
    top.allowNewTarget = opts_.allowNewTarget || opts_.allowReturnOutsideFunction;
    top.allowSuperProperty = opts_.allowSuperProperty;
    top.allowSuperCall = opts_.allowSuperCall;
    top.allowArguments = opts_.allowArguments;
    top.inFunction = opts_.allowReturnOutsideFunction;
    fnStack_.push_back(top);
    pushDeclScope(true);
    tok_ = lex_.next();
    auto topFn = std::make_unique<FunctionNode>();
    topFn->pos = tok_.start;
    topFn->srcStart = 0;
    parseDirectivesAndBody(prog->body, false, topFn.get());
    if (!is(Tok::EndOfInput)) unexpected();
    topFn->srcEnd = static_cast<uint32_t>(src_.size());
    topFn->isStrict = strict();
    prog->isStrict = strict();
    prog->topLevel = std::move(topFn);
    if (!privateScopes_.empty()) privateScopes_.clear();
    return prog;
}

// Parses a directive prologue, then statements until '}' or end of input.
void Parser::parseDirectivesAndBody(StmtList& body, bool isFunctionBody, FunctionNode* fn) {
    bool inPrologue = true;
    SourcePos firstOctal{};
    bool sawOctal = false;
    while (!is(Tok::EndOfInput) && !(isFunctionBody && is(Tok::RBrace))) {
        if (inPrologue && is(Tok::String)) {
            Token strTok = tok_;
            auto stmt = parseStatementListItem();
            bool isDirective = stmt->kind == NodeKind::ExprStmt &&
                               stmt->as<ExprStmt>().expression->kind == NodeKind::StringLiteral &&
                               stmt->as<ExprStmt>().expression->pos.offset == strTok.start.offset &&
                               !parenthesized_.count(stmt->as<ExprStmt>().expression.get());
            if (isDirective) {
                stmt->as<ExprStmt>().isDirective = true;
                if (strTok.legacyOctal && !sawOctal) {
                    sawOctal = true;
                    firstOctal = strTok.octalEscapePos;
                }
                std::string_view raw = src_.substr(strTok.start.offset, strTok.end - strTok.start.offset);
                if (raw == "'use strict'" || raw == "\"use strict\"") {
                    if (fn && !fn->hasSimpleParams)
                        fail("Illegal 'use strict' directive in function with non-simple parameter list", strTok.start);
                    if (!ctx().strict) {
                        ctx().strict = true;
                        if (sawOctal) fail("Octal escape sequences are not allowed in strict mode.", firstOctal);
                        // Re-check what was parsed before we knew: name and parameters.
                        if (fn) {
                            if (fn->id) checkBindingName(fn->id->name, fn->id->pos, false);
                            std::vector<const Identifier*> names;
                            for (auto& p : fn->params) collectBoundNames(p.get(), names);
                            collectBoundNames(fn->rest.get(), names);
                            std::unordered_set<std::string> seen;
                            for (auto* id : names) {
                                checkBindingName(id->name, id->pos, false);
                                if (!seen.insert(id->name).second)
                                    fail("Duplicate parameter name not allowed in this context", id->pos);
                            }
                        }
                    }
                }
                body.push_back(std::move(stmt));
                continue;
            }
            inPrologue = false;
            body.push_back(std::move(stmt));
            continue;
        }
        inPrologue = false;
        body.push_back(parseStatementListItem());
    }
}

StmtPtr Parser::parseStatementListItem() {
    switch (tok_.type) {
    case Tok::KwFunction: return parseFunctionDeclaration(declScopes_.back().isFunction == false);
    case Tok::KwClass: return parseClassDeclaration();
    case Tok::KwConst: {
        auto d = parseVarDecl(DeclKind::Const, false, false);
        consumeSemicolon();
        return d;
    }
    case Tok::Identifier:
        if (isIdent("let")) {
            Token n = peek();
            if (n.type == Tok::Identifier || n.type == Tok::LBracket || n.type == Tok::LBrace ||
                (n.type >= Tok::KwBreak && n.type <= Tok::KwWith && !n.newlineBefore)) {
                auto d = parseVarDecl(DeclKind::Let, false, false);
                consumeSemicolon();
                return d;
            }
        } else if (isIdent("async")) {
            Token n = peek();
            if (n.type == Tok::KwFunction && !n.newlineBefore)
                return parseFunctionDeclaration(declScopes_.back().isFunction == false);
        }
        break;
    default: break;
    }
    return parseStatement();
}

StmtPtr Parser::parseStatement() {
    DepthGuard guard(*this);
    SourcePos pos = tok_.start;
    bool ifBody = ifBodyStatement_;
    ifBodyStatement_ = false;
    switch (tok_.type) {
    case Tok::LBrace: return parseBlock();
    case Tok::Semicolon: next(); return std::make_unique<EmptyStmt>(pos);
    case Tok::KwVar: {
        auto d = parseVarDecl(DeclKind::Var, false, false);
        consumeSemicolon();
        return d;
    }
    case Tok::KwIf: return parseIf();
    case Tok::KwFor: return parseFor();
    case Tok::KwWhile: return parseWhile();
    case Tok::KwDo: return parseDoWhile();
    case Tok::KwContinue: return parseBreakContinue(false);
    case Tok::KwBreak: return parseBreakContinue(true);
    case Tok::KwReturn: return parseReturn();
    case Tok::KwThrow: return parseThrow();
    case Tok::KwTry: return parseTry();
    case Tok::KwSwitch: return parseSwitch();
    case Tok::KwWith: return parseWith();
    case Tok::KwDebugger:
        next();
        consumeSemicolon();
        return std::make_unique<DebuggerStmt>(pos);
    case Tok::KwFunction:
        // Only reached in single-statement position (if/else/labeled bodies).
        if (strict()) fail("In strict mode code, functions can only be declared at top level or inside a block.", pos);
        if (!ifBody)
            fail("In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.", pos);
        {
            // Annex B: treat as if wrapped in a block.
            auto block = std::make_unique<BlockStmt>(pos);
            pushDeclScope(false);
            block->body.push_back(parseFunctionDeclaration(true));
            popDeclScope();
            return block;
        }
    case Tok::KwClass:
    case Tok::KwConst:
        fail("Lexical declaration cannot appear in a single-statement context", pos);
    case Tok::KwImport:
        if (peek().type == Tok::LParen) break;
        fail("Cannot use import statement outside a module", pos);
    case Tok::KwExport: fail("Unexpected token 'export'", pos);
    default: break;
    }
    if (isIdent("let") && peek().type == Tok::LBracket)
        fail("Lexical declaration cannot appear in a single-statement context", pos);
    return parseLabeledOrExpression();
}

std::unique_ptr<BlockStmt> Parser::parseBlock(const std::vector<std::string>* catchParams, bool catchPattern) {
    auto block = std::make_unique<BlockStmt>(tok_.start);
    expect(Tok::LBrace);
    pushDeclScope(false);
    if (catchParams) {
        for (auto& n : *catchParams) declScopes_.back().catchParams.insert(n);
        declScopes_.back().catchParamIsPattern = catchPattern;
    }
    while (!is(Tok::RBrace)) {
        if (is(Tok::EndOfInput)) unexpected();
        block->body.push_back(parseStatementListItem());
    }
    popDeclScope();
    next();
    return block;
}

std::unique_ptr<VarDecl> Parser::parseVarDecl(DeclKind kind, bool noIn, bool inForHead) {
    auto decl = std::make_unique<VarDecl>(tok_.start, kind);
    next();  // var / let / const
    while (true) {
        VarDeclarator d;
        d.pos = tok_.start;
        d.target = parseBindingTarget();
        std::vector<const Identifier*> names;
        collectBoundNames(d.target.get(), names);
        for (auto* id : names) {
            checkBindingName(id->name, id->pos, kind != DeclKind::Var);
            if (kind == DeclKind::Var) declareVar(id->name, id->pos);
            else declareLexical(id->name, id->pos);
        }
        if (eat(Tok::Assign)) {
            d.init = parseAssignment(noIn);
            if (d.target->kind == NodeKind::Identifier) setInferredName(d.init.get(), d.target->as<Identifier>().name);
        } else if (!(inForHead && (is(Tok::KwIn) || isIdent("of")))) {
            if (kind == DeclKind::Const) fail("Missing initializer in const declaration", d.target->pos);
            if (d.target->kind != NodeKind::Identifier)
                fail("Missing initializer in destructuring declaration", d.target->pos);
        }
        decl->declarations.push_back(std::move(d));
        if (!eat(Tok::Comma)) break;
    }
    return decl;
}

StmtPtr Parser::parseLoopBody() {
    ctx().loopDepth++;
    ctx().breakableDepth++;
    auto body = parseStatement();
    ctx().loopDepth--;
    ctx().breakableDepth--;
    return body;
}

StmtPtr Parser::parseIf() {
    auto s = std::make_unique<IfStmt>(tok_.start);
    next();
    expect(Tok::LParen);
    s->test = parseExpression();
    expect(Tok::RParen);
    ifBodyStatement_ = true;
    s->consequent = parseStatement();
    if (eat(Tok::KwElse)) {
        ifBodyStatement_ = true;
        s->alternate = parseStatement();
    }
    return s;
}

StmtPtr Parser::parseWhile() {
    auto s = std::make_unique<WhileStmt>(tok_.start);
    next();
    expect(Tok::LParen);
    s->test = parseExpression();
    expect(Tok::RParen);
    s->body = parseLoopBody();
    return s;
}

StmtPtr Parser::parseDoWhile() {
    auto s = std::make_unique<DoWhileStmt>(tok_.start);
    next();
    s->body = parseLoopBody();
    expect(Tok::KwWhile);
    expect(Tok::LParen);
    s->test = parseExpression();
    expect(Tok::RParen);
    eat(Tok::Semicolon);  // ASI always applies after do-while
    return s;
}

StmtPtr Parser::parseFor() {
    SourcePos pos = tok_.start;
    next();
    bool isAwait = false;
    if (isIdent("await")) {
        if (!ctx().isAsync) unexpected();
        isAwait = true;
        next();
    }
    expect(Tok::LParen);
    bool lexicalHead = is(Tok::KwConst) ||
                       (isIdent("let") && [&] {
                           Token n = peek();
                           return n.type == Tok::Identifier || n.type == Tok::LBracket || n.type == Tok::LBrace;
                       }());
    pushDeclScope(false);
    struct PopScope {
        Parser& p;
        ~PopScope() { p.popDeclScope(); }
    } popper{*this};

    StmtPtr initDecl;
    ExprPtr initExpr;
    SourcePos initPos = tok_.start;
    if (is(Tok::Semicolon)) {
        // no init
    } else if (is(Tok::KwVar) || lexicalHead) {
        DeclKind k = is(Tok::KwVar) ? DeclKind::Var : is(Tok::KwConst) ? DeclKind::Const : DeclKind::Let;
        auto decl = parseVarDecl(k, true, true);
        if ((is(Tok::KwIn) || isIdent("of")) && decl->declarations.size() == 1) {
            bool isOf = !is(Tok::KwIn);
            auto& d = decl->declarations[0];
            if (d.init) {
                if (isOf) fail("for-of loop variable declaration may not have an initializer.", d.pos);
                if (strict() || k != DeclKind::Var || d.target->kind != NodeKind::Identifier)
                    fail("for-in loop variable declaration may not have an initializer.", d.pos);
            }
            auto s = std::make_unique<ForInOfStmt>(pos, isOf);
            s->isAwait = isAwait;
            next();
            s->right = isOf ? parseAssignment() : parseExpression();
            expect(Tok::RParen);
            s->leftDecl = std::move(decl);
            s->body = parseLoopBody();
            return s;
        }
        if (is(Tok::KwIn) || isIdent("of"))
            fail(std::string("Invalid left-hand side in ") + (is(Tok::KwIn) ? "for-in" : "for-of") +
                     " loop: Must have a single binding.", initPos);
        for (auto& d : decl->declarations) {
            if (!d.init && k == DeclKind::Const) fail("Missing initializer in const declaration", d.pos);
            if (!d.init && d.target->kind != NodeKind::Identifier)
                fail("Missing initializer in destructuring declaration", d.pos);
        }
        initDecl = std::move(decl);
    } else {
        size_t mark = coverErrors_.size();
        bool startsWithLet = isIdent("let");
        bool startsWithAsync = isIdent("async");
        ExprPtr e = parseExpression(true, true);
        if (is(Tok::KwIn) || isIdent("of")) {
            bool isOf = !is(Tok::KwIn);
            if (isOf && startsWithLet) fail("The left-hand side of a for-of loop may not be 'let'.", initPos);
            if (isOf && startsWithAsync && e->kind == NodeKind::Identifier)
                fail("The left-hand side of a for-of loop may not be 'async'.", initPos);
            coverErrors_.resize(mark);
            if (e->kind == NodeKind::ObjectLiteral || e->kind == NodeKind::ArrayLiteral) {
                if (parenthesized_.count(e.get())) fail("Invalid left-hand side in for-loop", initPos);
                e = toAssignmentTarget(std::move(e), false);
            } else {
                checkSimpleAssignTarget(*e, "Invalid left-hand side in for-loop", initPos);
            }
            auto s = std::make_unique<ForInOfStmt>(pos, isOf);
            s->isAwait = isAwait;
            next();
            s->right = isOf ? parseAssignment() : parseExpression();
            expect(Tok::RParen);
            s->leftTarget = std::move(e);
            s->body = parseLoopBody();
            return s;
        }
        if (coverErrors_.size() > mark) fail("Invalid shorthand property initializer", coverErrors_[mark]);
        initExpr = std::move(e);
    }
    if (isAwait) unexpected();
    auto s = std::make_unique<ForStmt>(pos);
    if (initDecl) s->init = std::move(initDecl);
    else if (initExpr) s->init = std::make_unique<ExprStmt>(initPos, std::move(initExpr));
    expect(Tok::Semicolon);
    if (!is(Tok::Semicolon)) s->test = parseExpression();
    expect(Tok::Semicolon);
    if (!is(Tok::RParen)) s->update = parseExpression();
    expect(Tok::RParen);
    s->body = parseLoopBody();
    return s;
}

StmtPtr Parser::parseBreakContinue(bool isBreak) {
    SourcePos pos = tok_.start;
    next();
    std::string label;
    if (is(Tok::Identifier) && !tok_.newlineBefore) {
        label = tok_.ident;
        bool found = false;
        for (auto& l : ctx().labels) {
            if (l.name == label) {
                found = true;
                if (!isBreak && !l.isLoop) fail("Illegal continue statement: '" + label + "' does not denote an iteration statement", tok_.start);
            }
        }
        if (!found) fail("Undefined label '" + label + "'", tok_.start);
        next();
    } else if (isBreak && ctx().breakableDepth == 0) {
        fail("Illegal break statement", pos);
    } else if (!isBreak && ctx().loopDepth == 0) {
        fail("Illegal continue statement: no surrounding iteration statement", pos);
    }
    consumeSemicolon();
    if (isBreak) {
        auto s = std::make_unique<BreakStmt>(pos);
        s->label = std::move(label);
        return s;
    }
    auto s = std::make_unique<ContinueStmt>(pos);
    s->label = std::move(label);
    return s;
}

StmtPtr Parser::parseReturn() {
    SourcePos pos = tok_.start;
    if (!ctx().allowReturn) fail("Illegal return statement", pos);
    next();
    auto s = std::make_unique<ReturnStmt>(pos);
    if (!is(Tok::Semicolon) && !is(Tok::RBrace) && !is(Tok::EndOfInput) && !tok_.newlineBefore)
        s->argument = parseExpression();
    consumeSemicolon();
    return s;
}

StmtPtr Parser::parseThrow() {
    SourcePos pos = tok_.start;
    next();
    if (tok_.newlineBefore) fail("Illegal newline after throw", pos);
    auto s = std::make_unique<ThrowStmt>(pos);
    s->argument = parseExpression();
    consumeSemicolon();
    return s;
}

StmtPtr Parser::parseTry() {
    auto s = std::make_unique<TryStmt>(tok_.start);
    next();
    s->block = parseBlock();
    if (is(Tok::KwCatch)) {
        auto c = std::make_unique<CatchClause>();
        c->pos = tok_.start;
        next();
        std::vector<std::string> names;
        bool isPattern = false;
        if (eat(Tok::LParen)) {
            c->param = parseBindingTarget();
            isPattern = c->param->kind != NodeKind::Identifier;
            std::vector<const Identifier*> ids;
            collectBoundNames(c->param.get(), ids);
            std::unordered_set<std::string> seen;
            for (auto* id : ids) {
                checkBindingName(id->name, id->pos, false);
                if (!seen.insert(id->name).second) fail("Identifier '" + id->name + "' has already been declared", id->pos);
                names.push_back(id->name);
            }
            expect(Tok::RParen);
        }
        c->body = parseBlock(&names, isPattern);
        s->handler = std::move(c);
    }
    if (eat(Tok::KwFinally)) s->finalizer = parseBlock();
    if (!s->handler && !s->finalizer) fail("Missing catch or finally after try", tok_.start);
    return s;
}

StmtPtr Parser::parseSwitch() {
    auto s = std::make_unique<SwitchStmt>(tok_.start);
    next();
    expect(Tok::LParen);
    s->discriminant = parseExpression();
    expect(Tok::RParen);
    expect(Tok::LBrace);
    pushDeclScope(false);
    ctx().breakableDepth++;
    bool sawDefault = false;
    while (!is(Tok::RBrace)) {
        SwitchCase c;
        c.pos = tok_.start;
        if (eat(Tok::KwCase)) {
            c.test = parseExpression();
        } else if (is(Tok::KwDefault)) {
            if (sawDefault) fail("More than one default clause in switch statement", tok_.start);
            sawDefault = true;
            next();
        } else {
            unexpected();
        }
        expect(Tok::Colon);
        while (!is(Tok::RBrace) && !is(Tok::KwCase) && !is(Tok::KwDefault)) {
            if (is(Tok::EndOfInput)) unexpected();
            c.body.push_back(parseStatementListItem());
        }
        s->cases.push_back(std::move(c));
    }
    ctx().breakableDepth--;
    popDeclScope();
    next();
    return s;
}

StmtPtr Parser::parseWith() {
    SourcePos pos = tok_.start;
    if (strict()) fail("Strict mode code may not include a with statement", pos);
    next();
    auto s = std::make_unique<WithStmt>(pos);
    expect(Tok::LParen);
    s->object = parseExpression();
    expect(Tok::RParen);
    s->body = parseStatement();
    return s;
}

StmtPtr Parser::parseLabeledOrExpression() {
    SourcePos pos = tok_.start;
    if (is(Tok::Identifier) && !(isIdent("yield") && ctx().isGenerator) && !(isIdent("await") && ctx().isAsync)) {
        Token n = peek();
        if (n.type == Tok::Colon) {
            std::string label = tok_.ident;
            checkBindingName(label, pos, false);
            for (auto& l : ctx().labels)
                if (l.name == label) fail("Label '" + label + "' has already been declared", pos);
            next();
            next();
            auto s = std::make_unique<LabeledStmt>(pos);
            s->label = label;
            // Is the labeled body a loop (so `continue label` is legal)? Look through nested labels.
            bool isLoop = is(Tok::KwFor) || is(Tok::KwWhile) || is(Tok::KwDo);
            ctx().labels.push_back({label, isLoop});
            ctx().breakableDepth++;
            if (is(Tok::KwFunction)) {
                if (strict()) fail("In strict mode code, functions can only be declared at top level or inside a block.", tok_.start);
                s->body = parseFunctionDeclaration(true);
            } else {
                s->body = parseStatement();
            }
            ctx().breakableDepth--;
            ctx().labels.pop_back();
            return s;
        }
    }
    auto e = parseExpression();
    consumeSemicolon();
    return std::make_unique<ExprStmt>(pos, std::move(e));
}

StmtPtr Parser::parseFunctionDeclaration(bool inBlock) {
    SourcePos pos = tok_.start;
    FnSpec spec;
    spec.pos = pos;
    spec.srcStart = tok_.start.offset;
    if (isIdent("async")) {
        spec.isAsync = true;
        next();
    }
    expect(Tok::KwFunction);
    if (eat(Tok::Star)) spec.isGenerator = true;
    if (!is(Tok::Identifier)) {
        if (is(Tok::LParen)) fail("Function statements require a function name", pos);
        unexpected();
    }
    std::string name = tok_.ident;
    SourcePos namePos = tok_.start;
    // The name is bound in the enclosing scope: check it with the enclosing function's rules.
    checkBindingName(name, namePos, false);
    if (inBlock) declareLexical(name, namePos, !spec.isAsync && !spec.isGenerator);
    else declareVar(name, namePos);
    next();
    spec.id = std::make_unique<Identifier>(namePos, name);
    spec.name = name;
    auto fn = parseFunctionRest(std::move(spec));
    return std::make_unique<FunctionDecl>(pos, std::move(fn));
}

StmtPtr Parser::parseClassDeclaration() {
    SourcePos pos = tok_.start;
    auto cls = parseClass(false);
    return std::make_unique<ClassDecl>(pos, std::move(cls));
}

// ---------------------------------------------------------------------------------------------
// Functions

void Parser::pushFunctionCtx(const FnSpec& spec) {
    FnCtx c;
    c.strict = strict();
    c.isAsync = spec.isAsync;
    c.isGenerator = spec.isGenerator;
    c.inFunction = true;
    c.allowReturn = true;
    c.allowNewTarget = true;
    c.allowSuperProperty = spec.isMethod;
    c.allowSuperCall = spec.kind == FunctionKind::DerivedConstructor;
    c.allowArguments = true;
    if (spec.kind == FunctionKind::FieldInitializer || spec.kind == FunctionKind::StaticBlock) {
        c.allowArguments = false;
        c.allowReturn = false;
        c.inStaticBlock = spec.kind == FunctionKind::StaticBlock;
    }
    fnStack_.push_back(std::move(c));
}

std::unique_ptr<FunctionNode> Parser::parseFunctionRest(FnSpec spec) {
    DepthGuard guard(*this);
    auto fn = std::make_unique<FunctionNode>();
    fn->kind = spec.kind;
    fn->pos = spec.pos;
    fn->name = spec.name;
    fn->id = std::move(spec.id);
    fn->isAsync = spec.isAsync;
    fn->isGenerator = spec.isGenerator;
    fn->isMethodLike = spec.isMethod;
    fn->srcStart = spec.srcStart;
    pushFunctionCtx(spec);
    pushDeclScope(true);
    SourcePos paramsPos = tok_.start;
    parseFormalParams(*fn);
    bool allowDup = fn->hasSimpleParams && !strict() && spec.kind == FunctionKind::Normal;
    if (fn->kind == FunctionKind::Getter && (!fn->params.empty() || fn->rest))
        fail("Getter must not have any formal parameters.", paramsPos);
    if (fn->kind == FunctionKind::Setter) {
        if (fn->rest) fail("Setter function argument must not be a rest parameter", paramsPos);
        if (fn->params.size() != 1) fail("Setter must have exactly one formal parameter.", paramsPos);
    }
    finishParams(*fn, allowDup);
    if (!is(Tok::LBrace)) unexpected();
    next();
    parseDirectivesAndBody(fn->body, true, fn.get());
    fn->isStrict = strict();
    fn->srcEnd = tok_.end;
    expect(Tok::RBrace);
    popDeclScope();
    fnStack_.pop_back();
    return fn;
}

void Parser::parseFormalParams(FunctionNode& fn) {
    expect(Tok::LParen);
    ctx().inParams = true;
    while (!is(Tok::RParen)) {
        if (is(Tok::Ellipsis)) {
            next();
            fn.rest = parseBindingTarget();
            fn.hasSimpleParams = false;
            if (is(Tok::Assign)) fail("Rest parameter may not have a default initializer", tok_.start);
            if (!is(Tok::RParen)) fail("Rest parameter must be last formal parameter", tok_.start);
            break;
        }
        auto p = parseBindingElement();
        if (p->kind != NodeKind::Identifier) fn.hasSimpleParams = false;
        fn.params.push_back(std::move(p));
        if (!is(Tok::RParen)) expect(Tok::Comma);
    }
    ctx().inParams = false;
    next();
}

// Validates parameter names, records them for redeclaration checks, computes fn.length.
void Parser::finishParams(FunctionNode& fn, bool allowDuplicates) {
    std::vector<const Identifier*> names;
    for (auto& p : fn.params) collectBoundNames(p.get(), names);
    collectBoundNames(fn.rest.get(), names);
    std::unordered_set<std::string> seen;
    for (auto* id : names) {
        checkBindingName(id->name, id->pos, false);
        if (!seen.insert(id->name).second && !allowDuplicates)
            fail("Duplicate parameter name not allowed in this context", id->pos);
        declScopes_.back().params.insert(id->name);
    }
    int len = 0;
    for (auto& p : fn.params) {
        if (p->kind == NodeKind::AssignPattern) break;
        ++len;
    }
    fn.paramCountForLength = len;
}

std::unique_ptr<FunctionNode> Parser::parseArrowRest(FnSpec spec, std::vector<ExprPtr> params, ExprPtr rest) {
    DepthGuard guard(*this);
    auto fn = std::make_unique<FunctionNode>();
    fn->kind = FunctionKind::Arrow;
    fn->isArrow = true;
    fn->pos = spec.pos;
    fn->isAsync = spec.isAsync;
    fn->srcStart = spec.srcStart;
    fn->params = std::move(params);
    fn->rest = std::move(rest);
    for (auto& p : fn->params)
        if (p->kind != NodeKind::Identifier) fn->hasSimpleParams = false;
    if (fn->rest) fn->hasSimpleParams = false;
    if (tok_.newlineBefore) unexpected();
    expect(Tok::Arrow);
    FnCtx c = ctx();  // arrows inherit this/super/new.target/arguments permissions
    c.isAsync = spec.isAsync;
    c.isGenerator = false;
    c.isArrow = true;
    c.inFunction = true;
    c.allowReturn = true;
    c.inStaticBlock = false;
    c.inParams = false;
    c.labels.clear();
    c.loopDepth = 0;
    c.breakableDepth = 0;
    fnStack_.push_back(std::move(c));
    pushDeclScope(true);
    finishParams(*fn, false);
    if (spec.isAsync) {
        std::vector<const Identifier*> names;
        for (auto& p : fn->params) collectBoundNames(p.get(), names);
        for (auto* id : names)
            if (id->name == "await") fail("Unexpected reserved word", id->pos);
    }
    if (is(Tok::LBrace)) {
        next();
        parseDirectivesAndBody(fn->body, true, fn.get());
        fn->srcEnd = tok_.end;
        expect(Tok::RBrace);
    } else {
        SourcePos p = tok_.start;
        auto ret = std::make_unique<ReturnStmt>(p);
        ret->argument = parseAssignment();
        fn->isExpressionBody = true;
        fn->body.push_back(std::move(ret));
        fn->srcEnd = prevEnd_;
    }
    fn->isStrict = strict();
    popDeclScope();
    fnStack_.pop_back();
    return fn;
}

std::unique_ptr<FunctionNode> Parser::makeSyntheticFunction(FunctionKind kind, SourcePos pos, uint32_t srcStart) {
    auto fn = std::make_unique<FunctionNode>();
    fn->kind = kind;
    fn->pos = pos;
    fn->isMethodLike = true;
    fn->srcStart = srcStart;
    return fn;
}

// ---------------------------------------------------------------------------------------------
// Classes

std::unique_ptr<ClassNode> Parser::parseClass(bool isExpr) {
    DepthGuard guard(*this);
    auto cls = std::make_unique<ClassNode>();
    cls->pos = tok_.start;
    cls->srcStart = tok_.start.offset;
    next();  // class
    // Class code is strict, including the name and heritage.
    bool savedStrict = ctx().strict;
    ctx().strict = true;
    if (is(Tok::Identifier) && !isIdent("extends")) {
        checkBindingName(tok_.ident, tok_.start, true);
        cls->id = std::make_unique<Identifier>(tok_.start, tok_.ident);
        cls->name = tok_.ident;
        next();
    } else if (!isExpr) {
        unexpected();
    }
    if (!isExpr) {
        ctx().strict = savedStrict;
        declareLexical(cls->name, cls->id->pos);
        ctx().strict = true;
    }
    if (eat(Tok::KwExtends)) cls->superClass = parseLeftHandSide();
    expect(Tok::LBrace);
    privateScopes_.emplace_back();
    while (!is(Tok::RBrace)) {
        if (eat(Tok::Semicolon)) continue;
        if (is(Tok::EndOfInput)) unexpected();
        ClassMember m;
        m.pos = tok_.start;
        uint32_t memberStart = tok_.start.offset;
        if (isIdent("static")) {
            Token n = peek();
            if (n.type != Tok::LParen && n.type != Tok::Assign && n.type != Tok::Semicolon && n.type != Tok::RBrace) {
                m.isStatic = true;
                next();
                memberStart = tok_.start.offset;
                if (is(Tok::LBrace)) {
                    // static { ... }
                    m.kind = ClassMember::Kind::StaticBlock;
                    FnSpec spec;
                    spec.kind = FunctionKind::StaticBlock;
                    spec.isMethod = true;
                    auto fn = makeSyntheticFunction(FunctionKind::StaticBlock, tok_.start, memberStart);
                    pushFunctionCtx(spec);
                    pushDeclScope(true);
                    next();
                    while (!is(Tok::RBrace)) {
                        if (is(Tok::EndOfInput)) unexpected();
                        fn->body.push_back(parseStatementListItem());
                    }
                    fn->srcEnd = tok_.end;
                    next();
                    fn->isStrict = true;
                    popDeclScope();
                    fnStack_.pop_back();
                    m.fn = std::move(fn);
                    cls->members.push_back(std::move(m));
                    continue;
                }
            }
        }
        bool isAsync = false, isGen = false;
        ClassMember::Kind kind = ClassMember::Kind::Method;
        if (isIdent("async")) {
            Token n = peek();
            if (n.type != Tok::LParen && n.type != Tok::Assign && n.type != Tok::Semicolon && n.type != Tok::RBrace &&
                !n.newlineBefore) {
                isAsync = true;
                next();
            }
        }
        if (eat(Tok::Star)) isGen = true;
        if (!isAsync && !isGen && (isIdent("get") || isIdent("set"))) {
            Token n = peek();
            if (n.type != Tok::LParen && n.type != Tok::Assign && n.type != Tok::Semicolon && n.type != Tok::RBrace) {
                kind = isIdent("get") ? ClassMember::Kind::Getter : ClassMember::Kind::Setter;
                next();
            }
        }
        SourcePos keyPos = tok_.start;
        m.key = parsePropertyKey(true);
        bool isPrivate = m.key.kind == PropertyKey::Kind::Private;
        std::string kname = keyName(m.key);
        if (isPrivate && kname == "#constructor")
            fail(is(Tok::LParen) ? "Classes may not have a private field named '#constructor'"
                                 : "Classes may not have a field named 'constructor'", keyPos);
        if (is(Tok::LParen)) {
            bool isCtor = !m.isStatic && m.key.kind == PropertyKey::Kind::Named && kname == "constructor";
            if (isCtor && kind != ClassMember::Kind::Method) fail("Class constructor may not be an accessor", keyPos);
            if (isCtor && isGen) fail("Class constructor may not be a generator", keyPos);
            if (isCtor && isAsync) fail("Class constructor may not be an async method", keyPos);
            if (m.isStatic && m.key.kind == PropertyKey::Kind::Named && kname == "prototype")
                fail("Classes may not have a static property named 'prototype'", keyPos);
            FnSpec spec;
            spec.isAsync = isAsync;
            spec.isGenerator = isGen;
            spec.isMethod = true;
            spec.pos = keyPos;
            spec.srcStart = memberStart;
            spec.kind = isCtor ? (cls->superClass ? FunctionKind::DerivedConstructor : FunctionKind::ClassConstructor)
                        : kind == ClassMember::Kind::Getter ? FunctionKind::Getter
                        : kind == ClassMember::Kind::Setter ? FunctionKind::Setter
                                                            : FunctionKind::Method;
            if (isCtor) spec.name = cls->name;
            else if (m.key.kind != PropertyKey::Kind::Computed)
                spec.name = (kind == ClassMember::Kind::Getter ? "get " : kind == ClassMember::Kind::Setter ? "set " : "") + kname;
            auto fn = parseFunctionRest(std::move(spec));
            if (isCtor) {
                if (cls->constructor) fail("A class may only have one constructor", keyPos);
                cls->constructor = std::move(fn);
                continue;
            }
            if (isPrivate) {
                int bit = kind == ClassMember::Kind::Getter ? 1 : kind == ClassMember::Kind::Setter ? 2 : 4;
                int& have = privateScopes_.back().declared[kname];
                if ((have & bit) || (have && (bit == 4 || (have & 4)))) fail("Identifier '" + kname + "' has already been declared", keyPos);
                have |= bit;
            }
            m.kind = kind;
            m.fn = std::move(fn);
            cls->members.push_back(std::move(m));
            continue;
        }
        // Field.
        if (isAsync || isGen || kind != ClassMember::Kind::Method) unexpected();
        if (m.key.kind == PropertyKey::Kind::Named && (kname == "constructor"))
            fail("Classes may not have a field named 'constructor'", keyPos);
        if (m.isStatic && m.key.kind == PropertyKey::Kind::Named && kname == "prototype")
            fail("Classes may not have a static property named 'prototype'", keyPos);
        if (isPrivate) {
            int& have = privateScopes_.back().declared[kname];
            if (have) fail("Identifier '" + kname + "' has already been declared", keyPos);
            have = 4;
        }
        m.kind = ClassMember::Kind::Field;
        if (is(Tok::Assign)) {
            next();
            FnSpec spec;
            spec.kind = FunctionKind::FieldInitializer;
            spec.isMethod = true;
            auto fn = makeSyntheticFunction(FunctionKind::FieldInitializer, tok_.start, tok_.start.offset);
            pushFunctionCtx(spec);
            pushDeclScope(true);
            auto ret = std::make_unique<ReturnStmt>(tok_.start);
            ret->argument = parseAssignment();
            if (m.key.kind != PropertyKey::Kind::Computed) setInferredName(ret->argument.get(), kname);
            fn->body.push_back(std::move(ret));
            fn->isExpressionBody = true;
            fn->srcEnd = prevEnd_;
            fn->isStrict = true;
            popDeclScope();
            fnStack_.pop_back();
            m.fn = std::move(fn);
        }
        consumeSemicolon();
        cls->members.push_back(std::move(m));
    }
    cls->srcEnd = tok_.end;
    next();  // }
    // Private names referenced in this class must be declared here or in an enclosing class.
    PrivateScope ps = std::move(privateScopes_.back());
    privateScopes_.pop_back();
    for (auto& [name, at] : ps.references) {
        if (ps.declared.count(name)) continue;
        if (privateScopes_.empty()) fail("Private field '" + name + "' must be declared in an enclosing class", at);
        privateScopes_.back().references.emplace_back(name, at);
    }
    ctx().strict = savedStrict;
    return cls;
}

// ---------------------------------------------------------------------------------------------
// Expressions

ExprPtr Parser::parseExpression(bool noIn, bool cover) {
    SourcePos pos = tok_.start;
    ExprPtr first = cover ? parseAssignmentCover(noIn) : parseAssignment(noIn);
    if (!is(Tok::Comma)) return first;
    auto seq = std::make_unique<SequenceExpr>(pos);
    seq->expressions.push_back(std::move(first));
    while (eat(Tok::Comma)) seq->expressions.push_back(cover ? parseAssignmentCover(noIn) : parseAssignment(noIn));
    return seq;
}

ExprPtr Parser::parseAssignment(bool noIn) {
    size_t mark = coverErrors_.size();
    ExprPtr e = parseAssignmentInner(noIn);
    if (coverErrors_.size() > mark) fail("Invalid shorthand property initializer", coverErrors_[mark]);
    return e;
}

ExprPtr Parser::parseAssignmentCover(bool noIn) { return parseAssignmentInner(noIn); }

static bool assignOpFor(Tok t, AssignOp& op) {
    switch (t) {
    case Tok::Assign: op = AssignOp::Assign; return true;
    case Tok::PlusAssign: op = AssignOp::Add; return true;
    case Tok::MinusAssign: op = AssignOp::Sub; return true;
    case Tok::StarAssign: op = AssignOp::Mul; return true;
    case Tok::SlashAssign: op = AssignOp::Div; return true;
    case Tok::PercentAssign: op = AssignOp::Mod; return true;
    case Tok::StarStarAssign: op = AssignOp::Exp; return true;
    case Tok::ShlAssign: op = AssignOp::Shl; return true;
    case Tok::SarAssign: op = AssignOp::Sar; return true;
    case Tok::ShrAssign: op = AssignOp::Shr; return true;
    case Tok::AmpAssign: op = AssignOp::BitAnd; return true;
    case Tok::PipeAssign: op = AssignOp::BitOr; return true;
    case Tok::CaretAssign: op = AssignOp::BitXor; return true;
    case Tok::AmpAmpAssign: op = AssignOp::And; return true;
    case Tok::PipePipeAssign: op = AssignOp::Or; return true;
    case Tok::QuestionQuestionAssign: op = AssignOp::Nullish; return true;
    default: return false;
    }
}

void Parser::checkSimpleAssignTarget(const Expr& e, const char* message, SourcePos at) {
    if (parenthesized_.count(&e) && (e.kind == NodeKind::ObjectLiteral || e.kind == NodeKind::ArrayLiteral))
        fail(message, at);
    switch (e.kind) {
    case NodeKind::Identifier: {
        const auto& name = e.as<Identifier>().name;
        if (strict() && (name == "eval" || name == "arguments")) fail("Unexpected eval or arguments in strict mode", e.pos);
        return;
    }
    case NodeKind::Member:
    case NodeKind::SuperMember: return;
    default: fail(message, at);
    }
}

ExprPtr Parser::parseAssignmentInner(bool noIn) {
    DepthGuard guard(*this);
    if (isIdent("yield") && ctx().isGenerator) {
        if (ctx().inParams) fail("Yield expression not allowed in formal parameter", tok_.start);
        return parseYield(noIn);
    }
    size_t mark = coverErrors_.size();
    SourcePos start = tok_.start;
    ExprPtr lhs = parseConditional(noIn);
    AssignOp op;
    if (!assignOpFor(tok_.type, op)) return lhs;
    if ((lhs->kind == NodeKind::ArrowFunction) && !parenthesized_.count(lhs.get())) return lhs;
    SourcePos opPos = tok_.start;
    if (op == AssignOp::Assign && (lhs->kind == NodeKind::ObjectLiteral || lhs->kind == NodeKind::ArrayLiteral) &&
        !parenthesized_.count(lhs.get())) {
        lhs = toAssignmentTarget(std::move(lhs), false);
        coverErrors_.resize(mark);
    } else {
        checkSimpleAssignTarget(*lhs, "Invalid left-hand side in assignment", start);
    }
    next();
    ExprPtr rhs = parseAssignmentInner(noIn);
    if (lhs->kind == NodeKind::Identifier && (op == AssignOp::Assign || op == AssignOp::And || op == AssignOp::Or || op == AssignOp::Nullish))
        setInferredName(rhs.get(), lhs->as<Identifier>().name);
    (void)opPos;
    return std::make_unique<AssignExpr>(start, op, std::move(lhs), std::move(rhs));
}

ExprPtr Parser::parseYield(bool noIn) {
    auto y = std::make_unique<YieldExpr>(tok_.start);
    next();
    if (tok_.newlineBefore) return y;
    if (eat(Tok::Star)) {
        y->delegate = true;
        y->argument = parseAssignment(noIn);
        return y;
    }
    switch (tok_.type) {
    case Tok::RParen: case Tok::RBracket: case Tok::RBrace: case Tok::Comma: case Tok::Semicolon:
    case Tok::Colon: case Tok::EndOfInput: case Tok::KwIn: case Tok::Question:
        return y;
    default:
        y->argument = parseAssignment(noIn);
        return y;
    }
}

ExprPtr Parser::parseConditional(bool noIn) {
    SourcePos start = tok_.start;
    ExprPtr test = parseBinary(0, noIn);
    if (!is(Tok::Question)) return test;
    if (test->kind == NodeKind::ArrowFunction && !parenthesized_.count(test.get())) return test;
    next();
    auto c = std::make_unique<ConditionalExpr>(start);
    c->test = std::move(test);
    c->consequent = parseAssignment(false);
    expect(Tok::Colon);
    c->alternate = parseAssignment(noIn);
    return c;
}

namespace {
// Binary precedence: higher binds tighter. 0 = not a binary operator here.
int binaryPrecedence(Tok t, bool noIn) {
    switch (t) {
    case Tok::QuestionQuestion: return 1;
    case Tok::PipePipe: return 2;
    case Tok::AmpAmp: return 3;
    case Tok::Pipe: return 4;
    case Tok::Caret: return 5;
    case Tok::Amp: return 6;
    case Tok::Eq: case Tok::NotEq: case Tok::StrictEq: case Tok::StrictNotEq: return 7;
    case Tok::Lt: case Tok::Gt: case Tok::LtEq: case Tok::GtEq: case Tok::KwInstanceof: return 8;
    case Tok::KwIn: return noIn ? 0 : 8;
    case Tok::Shl: case Tok::Sar: case Tok::Shr: return 9;
    case Tok::Plus: case Tok::Minus: return 10;
    case Tok::Star: case Tok::Slash: case Tok::Percent: return 11;
    default: return 0;
    }
}

BinaryOp binaryOpFor(Tok t) {
    switch (t) {
    case Tok::Plus: return BinaryOp::Add; case Tok::Minus: return BinaryOp::Sub;
    case Tok::Star: return BinaryOp::Mul; case Tok::Slash: return BinaryOp::Div;
    case Tok::Percent: return BinaryOp::Mod; case Tok::StarStar: return BinaryOp::Exp;
    case Tok::Shl: return BinaryOp::Shl; case Tok::Sar: return BinaryOp::Sar; case Tok::Shr: return BinaryOp::Shr;
    case Tok::Amp: return BinaryOp::BitAnd; case Tok::Pipe: return BinaryOp::BitOr; case Tok::Caret: return BinaryOp::BitXor;
    case Tok::Eq: return BinaryOp::Eq; case Tok::NotEq: return BinaryOp::NotEq;
    case Tok::StrictEq: return BinaryOp::StrictEq; case Tok::StrictNotEq: return BinaryOp::StrictNotEq;
    case Tok::Lt: return BinaryOp::Lt; case Tok::Gt: return BinaryOp::Gt;
    case Tok::LtEq: return BinaryOp::LtEq; case Tok::GtEq: return BinaryOp::GtEq;
    case Tok::KwIn: return BinaryOp::In; default: return BinaryOp::InstanceOf;
    }
}
}  // namespace

ExprPtr Parser::parseBinary(int minPrec, bool noIn) {
    SourcePos start = tok_.start;
    ExprPtr left;
    if (is(Tok::PrivateName)) {
        // #x in obj
        auto p = std::make_unique<PrivateInExpr>(tok_.start);
        p->name = tok_.ident;
        addPrivateReference(p->name, tok_.start);
        next();
        if (!is(Tok::KwIn) || noIn || minPrec > 8) unexpected();
        next();
        p->right = parseBinary(9, noIn);
        left = std::move(p);
    } else {
        left = parseExponentOrUnary();
    }
    int chain = 0;
    while (true) {
        int prec = binaryPrecedence(tok_.type, noIn);
        if (prec == 0 || prec <= minPrec) break;
        if (left->kind == NodeKind::ArrowFunction && !parenthesized_.count(left.get())) break;
        if (depth_ + ++chain > kMaxParseDepth) fail("Maximum nesting depth exceeded", tok_.start);
        Tok opTok = tok_.type;
        bool logical = opTok == Tok::QuestionQuestion || opTok == Tok::PipePipe || opTok == Tok::AmpAmp;
        if (logical && left->kind == NodeKind::Logical && !parenthesized_.count(left.get()) &&
            ((left->as<LogicalExpr>().op == LogicalOp::Nullish) != (opTok == Tok::QuestionQuestion)))
            unexpected();  // ?? cannot mix with && or || without parentheses
        next();
        // The right operand of ?? is a bitwise-OR expression: stop before && and ||.
        ExprPtr right = parseBinary(opTok == Tok::QuestionQuestion ? 3 : prec, noIn);
        if (logical) {
            LogicalOp op = opTok == Tok::QuestionQuestion ? LogicalOp::Nullish : opTok == Tok::PipePipe ? LogicalOp::Or : LogicalOp::And;
            left = std::make_unique<LogicalExpr>(start, op, std::move(left), std::move(right));
        } else {
            left = std::make_unique<BinaryExpr>(start, binaryOpFor(opTok), std::move(left), std::move(right));
        }
    }
    return left;
}

ExprPtr Parser::parseExponentOrUnary() {
    SourcePos start = tok_.start;
    bool unaryStart = is(Tok::Bang) || is(Tok::Tilde) || is(Tok::Plus) || is(Tok::Minus) || is(Tok::KwTypeof) ||
                      is(Tok::KwVoid) || is(Tok::KwDelete) || (isIdent("await") && ctx().isAsync);
    ExprPtr base = parseUnary();
    if (!is(Tok::StarStar)) return base;
    if (unaryStart && base->kind != NodeKind::Update)
        fail("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", start);
    if (base->kind == NodeKind::ArrowFunction && !parenthesized_.count(base.get())) return base;
    next();
    DepthGuard guard(*this);
    ExprPtr right = parseExponentOrUnary();  // right associative
    return std::make_unique<BinaryExpr>(start, BinaryOp::Exp, std::move(base), std::move(right));
}

ExprPtr Parser::parseUnary() {
    SourcePos pos = tok_.start;
    UnaryOp op;
    switch (tok_.type) {
    case Tok::Bang: op = UnaryOp::Not; break;
    case Tok::Tilde: op = UnaryOp::BitNot; break;
    case Tok::Plus: op = UnaryOp::Plus; break;
    case Tok::Minus: op = UnaryOp::Minus; break;
    case Tok::KwTypeof: op = UnaryOp::Typeof; break;
    case Tok::KwVoid: op = UnaryOp::Void; break;
    case Tok::KwDelete: op = UnaryOp::Delete; break;
    case Tok::PlusPlus:
    case Tok::MinusMinus: {
        bool inc = is(Tok::PlusPlus);
        next();
        DepthGuard guard(*this);
        SourcePos argPos = tok_.start;
        ExprPtr arg = parseUnary();
        checkSimpleAssignTarget(*arg, "Invalid left-hand side expression in prefix operation", argPos);
        return std::make_unique<UpdateExpr>(pos, inc, true, std::move(arg));
    }
    default:
        if (isIdent("await") && (ctx().isAsync)) {
            if (ctx().inParams) fail("Illegal await-expression in formal parameters of async function", pos);
            next();
            DepthGuard guard(*this);
            return std::make_unique<AwaitExpr>(pos, parseUnary());
        }
        return parsePostfix();
    }
    next();
    DepthGuard guard(*this);
    ExprPtr arg = parseUnary();
    if (op == UnaryOp::Delete && strict() && arg->kind == NodeKind::Identifier)
        fail("Delete of an unqualified identifier in strict mode.", arg->pos);
    if (op == UnaryOp::Delete && arg->kind == NodeKind::Member && arg->as<MemberExpr>().isPrivate)
        fail("Private fields can not be deleted", arg->pos);
    return std::make_unique<UnaryExpr>(pos, op, std::move(arg));
}

ExprPtr Parser::parsePostfix() {
    SourcePos start = tok_.start;
    ExprPtr e = parseLeftHandSide();
    if ((is(Tok::PlusPlus) || is(Tok::MinusMinus)) && !tok_.newlineBefore) {
        if (e->kind == NodeKind::ArrowFunction && !parenthesized_.count(e.get())) return e;
        checkSimpleAssignTarget(*e, "Invalid left-hand side expression in postfix operation", start);
        bool inc = is(Tok::PlusPlus);
        next();
        return std::make_unique<UpdateExpr>(start, inc, false, std::move(e));
    }
    return e;
}

ExprPtr Parser::parseLeftHandSide() {
    SourcePos start = tok_.start;
    ExprPtr e;
    if (is(Tok::KwNew)) e = parseNew();
    else if (is(Tok::KwSuper)) e = parseSuper();
    else e = parsePrimary();
    return parseCallTail(std::move(e), start, true);
}

ExprPtr Parser::parseSuper() {
    SourcePos pos = tok_.start;
    next();
    if (is(Tok::LParen)) {
        if (!ctx().allowSuperCall) fail("'super' keyword unexpected here", pos);
        auto c = std::make_unique<SuperCallExpr>(pos);
        c->arguments = parseArguments();
        return c;
    }
    if (!ctx().allowSuperProperty) fail("'super' keyword unexpected here", pos);
    auto m = std::make_unique<SuperMemberExpr>(pos);
    if (eat(Tok::Dot)) {
        if (!(is(Tok::Identifier) || (tok_.type >= Tok::KwBreak && tok_.type <= Tok::KwWith))) unexpected();
        m->name = tok_.ident;
        next();
    } else if (eat(Tok::LBracket)) {
        m->computed = true;
        m->property = parseExpression();
        expect(Tok::RBracket);
    } else {
        fail("'super' keyword unexpected here", pos);
    }
    return m;
}

ExprPtr Parser::parseNew() {
    DepthGuard guard(*this);
    SourcePos pos = tok_.start;
    next();  // new
    if (is(Tok::Dot)) {
        next();
        if (!isIdent("target")) unexpected();
        if (!ctx().allowNewTarget) fail("new.target expression is not allowed here", pos);
        next();
        return std::make_unique<NewTargetExpr>(pos);
    }
    SourcePos calleeStart = tok_.start;
    ExprPtr callee;
    if (is(Tok::KwNew)) callee = parseNew();
    else if (is(Tok::KwSuper)) callee = parseSuper();
    else if (is(Tok::KwImport)) fail("Cannot use new with import", tok_.start);
    else callee = parsePrimary();
    callee = parseCallTail(std::move(callee), calleeStart, false);
    auto n = std::make_unique<NewExpr>(pos);
    n->callee = std::move(callee);
    if (is(Tok::LParen)) n->arguments = parseArguments();
    return n;
}

// Member accesses, calls, optional chains and tagged templates after a primary expression.
// allowCalls == false: the callee of `new` (stops before the argument list).
ExprPtr Parser::parseCallTail(ExprPtr e, SourcePos start, bool allowCalls) {
    bool inOptionalChain = false;
    int chain = 0;
    while (true) {
        if (e->kind == NodeKind::ArrowFunction && !parenthesized_.count(e.get())) break;
        if (depth_ + ++chain > kMaxParseDepth) fail("Maximum nesting depth exceeded", tok_.start);
        if (is(Tok::Dot)) {
            next();
            auto m = std::make_unique<MemberExpr>(tok_.start);
            m->start = start;
            if (is(Tok::PrivateName)) {
                m->isPrivate = true;
                addPrivateReference(tok_.ident, tok_.start);
            } else if (!(is(Tok::Identifier) || (tok_.type >= Tok::KwBreak && tok_.type <= Tok::KwWith))) {
                unexpected();
            }
            m->name = tok_.ident;
            next();
            m->object = std::move(e);
            e = std::move(m);
        } else if (is(Tok::QuestionDot)) {
            if (!allowCalls) fail("Invalid optional chain from new expression", tok_.start);
            SourcePos qpos = tok_.start;
            next();
            inOptionalChain = true;
            if (is(Tok::LParen)) {
                auto c = std::make_unique<CallExpr>(qpos);
                c->start = start;
                c->callee = std::move(e);
                c->optional = true;
                c->arguments = parseArguments();
                e = std::move(c);
            } else if (is(Tok::LBracket)) {
                auto m = std::make_unique<MemberExpr>(tok_.start);
                m->start = start;
                next();
                m->computed = true;
                m->optional = true;
                m->property = parseExpression();
                expect(Tok::RBracket);
                m->object = std::move(e);
                e = std::move(m);
            } else if (is(Tok::Template)) {
                fail("Invalid tagged template on optional chain", tok_.start);
            } else {
                auto m = std::make_unique<MemberExpr>(tok_.start);
                m->start = start;
                m->optional = true;
                if (is(Tok::PrivateName)) {
                    m->isPrivate = true;
                    addPrivateReference(tok_.ident, tok_.start);
                } else if (!(is(Tok::Identifier) || (tok_.type >= Tok::KwBreak && tok_.type <= Tok::KwWith))) {
                    unexpected();
                }
                m->name = tok_.ident;
                next();
                m->object = std::move(e);
                e = std::move(m);
            }
        } else if (is(Tok::LBracket)) {
            auto m = std::make_unique<MemberExpr>(tok_.start);
            m->start = start;
            next();
            m->computed = true;
            m->property = parseExpression();
            expect(Tok::RBracket);
            m->object = std::move(e);
            e = std::move(m);
        } else if (is(Tok::LParen) && allowCalls) {
            SourcePos cpos = tok_.start;
            if (e->kind == NodeKind::Member && !e->as<MemberExpr>().computed) cpos = e->pos;
            auto c = std::make_unique<CallExpr>(cpos);
            c->start = start;
            c->isDirectEvalCandidate = e->kind == NodeKind::Identifier && e->as<Identifier>().name == "eval" &&
                                       !parenthesized_.count(e.get());
            c->callee = std::move(e);
            c->arguments = parseArguments();
            e = std::move(c);
        } else if (is(Tok::Template)) {
            if (inOptionalChain) fail("Invalid tagged template on optional chain", tok_.start);
            e = parseTemplate(std::move(e), start);
        } else {
            break;
        }
    }
    if (inOptionalChain) e = std::make_unique<OptionalChainExpr>(start, std::move(e));
    return e;
}

std::vector<ExprPtr> Parser::parseArguments(bool cover) {
    std::vector<ExprPtr> args;
    expect(Tok::LParen);
    while (!is(Tok::RParen)) {
        SourcePos argPos = tok_.start;
        if (is(Tok::Ellipsis)) {
            SourcePos p = tok_.start;
            next();
            args.push_back(std::make_unique<SpreadElement>(p, cover ? parseAssignmentCover() : parseAssignment()));
        } else {
            args.push_back(cover ? parseAssignmentCover() : parseAssignment());
        }
        if (is(Tok::RParen)) break;
        if (!is(Tok::Comma)) {
            if (is(Tok::EndOfInput)) unexpected();
            fail("missing ) after argument list", argPos);
        }
        next();
    }
    next();
    return args;
}

ExprPtr Parser::parseIdentifierReference() {
    SourcePos pos = tok_.start;
    const std::string& name = tok_.ident;
    if (tok_.escaped && isReservedWordSpelling(name)) fail("Keyword must not contain escaped characters", pos);
    if (strict() && isStrictReservedWord(name)) fail("Unexpected strict mode reserved word", pos);
    if (name == "yield" && ctx().isGenerator) unexpected();
    if (name == "await" && (ctx().isAsync || ctx().inStaticBlock)) fail("Unexpected reserved word", pos);
    if (name == "arguments" && !ctx().allowArguments)
        fail("'arguments' is not allowed in class field initializer or static initialization block", pos);
    auto id = std::make_unique<Identifier>(pos, name);
    next();
    return id;
}

ExprPtr Parser::parsePrimary() {
    SourcePos pos = tok_.start;
    switch (tok_.type) {
    case Tok::Identifier: {
        if (isIdent("async")) return parseAsyncPrimary();
        Token n = peek();
        if (n.type == Tok::Arrow && !n.newlineBefore) {
            // x => body
            FnSpec spec;
            spec.pos = pos;
            spec.srcStart = pos.offset;
            std::vector<ExprPtr> params;
            checkBindingName(tok_.ident, pos, false);
            if (tok_.escaped && isReservedWordSpelling(tok_.ident)) fail("Keyword must not contain escaped characters", pos);
            params.push_back(std::make_unique<Identifier>(pos, tok_.ident));
            next();
            auto fn = parseArrowRest(std::move(spec), std::move(params), nullptr);
            return std::make_unique<FunctionExpr>(NodeKind::ArrowFunction, pos, std::move(fn));
        }
        return parseIdentifierReference();
    }
    case Tok::Number: {
        if (tok_.legacyOctal && strict()) {
            std::string_view text = src_.substr(tok_.start.offset, tok_.end - tok_.start.offset);
            if (text.find_first_of("89") != std::string_view::npos)
                fail("Decimals with leading zeros are not allowed in strict mode.", pos);
            fail("Octal literals are not allowed in strict mode.", pos);
        }
        auto e = std::make_unique<NumberLiteral>(pos, tok_.number);
        next();
        return e;
    }
    case Tok::BigInt: {
        auto e = std::make_unique<BigIntLiteral>(pos, tok_.ident);
        next();
        return e;
    }
    case Tok::String: {
        if (tok_.legacyOctal && strict()) {
            if (tok_.nonOctalDecimalEscape) fail("\\8 and \\9 are not allowed in strict mode.", tok_.octalEscapePos);
            fail("Octal escape sequences are not allowed in strict mode.", tok_.octalEscapePos);
        }
        auto e = std::make_unique<StringLiteral>(pos, tok_.str);
        next();
        return e;
    }
    case Tok::Template: return parseTemplate(nullptr, pos);
    case Tok::Slash:
    case Tok::SlashAssign: {
        tok_ = lex_.rescanRegExp(tok_);
        if (RegExpChecker check = gRegExpChecker.load(std::memory_order_relaxed)) {
            std::string msg = check(tok_.str, tok_.ident);
            if (!msg.empty()) fail(msg, tok_.start);
        }
        auto e = std::make_unique<RegExpLiteral>(pos, tok_.str, tok_.ident);
        next();
        return e;
    }
    case Tok::KwTrue: next(); return std::make_unique<BooleanLiteral>(pos, true);
    case Tok::KwFalse: next(); return std::make_unique<BooleanLiteral>(pos, false);
    case Tok::KwNull: next(); return std::make_unique<NullLiteral>(pos);
    case Tok::KwThis: next(); return std::make_unique<ThisExpr>(pos);
    case Tok::LParen: return parseParenOrArrow();
    case Tok::LBracket: return parseArrayLiteral();
    case Tok::LBrace: return parseObjectLiteral();
    case Tok::KwFunction: return parseFunctionExpression();
    case Tok::KwClass: return parseClassExpression();
    case Tok::KwImport:
        fail("Cannot use import statement outside a module", pos);
    default: unexpected();
    }
}

// `async` as: async function expression, async arrow (`async x =>`, `async (...) =>`),
// or the plain identifier `async` (possibly called: `async(...)`).
ExprPtr Parser::parseAsyncPrimary() {
    SourcePos pos = tok_.start;
    Token n = peek();
    if (n.type == Tok::KwFunction && !n.newlineBefore) return parseFunctionExpression();
    auto identThenArrow = [&] {
        auto s = lex_.save();
        lex_.next();
        Token after = lex_.next();
        lex_.restore(s);
        return after.type == Tok::Arrow && !after.newlineBefore;
    };
    if (n.type == Tok::Identifier && !n.newlineBefore && identThenArrow()) {
        next();  // async
        FnSpec spec;
        spec.pos = pos;
        spec.srcStart = pos.offset;
        spec.isAsync = true;
        checkBindingName(tok_.ident, tok_.start, false);
        if (tok_.ident == "await") fail("Unexpected reserved word", tok_.start);
        std::vector<ExprPtr> params;
        params.push_back(std::make_unique<Identifier>(tok_.start, tok_.ident));
        next();
        if (!is(Tok::Arrow) || tok_.newlineBefore) unexpected();
        auto fn = parseArrowRest(std::move(spec), std::move(params), nullptr);
        return std::make_unique<FunctionExpr>(NodeKind::ArrowFunction, pos, std::move(fn));
    }
    if (n.type == Tok::Arrow && !n.newlineBefore) {
        // `async => ...`: an arrow whose parameter is named async
        std::vector<ExprPtr> params;
        params.push_back(std::make_unique<Identifier>(pos, "async"));
        next();
        FnSpec spec;
        spec.pos = pos;
        spec.srcStart = pos.offset;
        auto fn = parseArrowRest(std::move(spec), std::move(params), nullptr);
        return std::make_unique<FunctionExpr>(NodeKind::ArrowFunction, pos, std::move(fn));
    }
    if (n.type == Tok::LParen && !n.newlineBefore) {
        auto callee = std::make_unique<Identifier>(pos, "async");
        next();  // async
        size_t mark = coverErrors_.size();
        // Parse the argument list as a cover for arrow parameters.
        std::vector<ExprPtr> args;
        ExprPtr restParam;
        bool trailingComma = false;
        expect(Tok::LParen);
        while (!is(Tok::RParen)) {
            trailingComma = false;
            if (is(Tok::Ellipsis)) {
                SourcePos p = tok_.start;
                next();
                args.push_back(std::make_unique<SpreadElement>(p, parseAssignmentCover()));
            } else {
                args.push_back(parseAssignmentCover());
            }
            if (is(Tok::RParen)) break;
            if (!is(Tok::Comma)) fail("missing ) after argument list", tok_.start);
            next();
            trailingComma = true;
        }
        next();
        if (is(Tok::Arrow) && !tok_.newlineBefore) {
            coverErrors_.resize(mark);
            std::vector<ExprPtr> params;
            for (size_t i = 0; i < args.size(); ++i) {
                if (args[i]->kind == NodeKind::Spread) {
                    if (i + 1 != args.size() || trailingComma) fail("Rest parameter must be last formal parameter", args[i]->pos);
                    restParam = toBindingPattern(std::move(args[i]->as<SpreadElement>().argument));
                } else {
                    params.push_back(toBindingPattern(std::move(args[i])));
                }
            }
            FnSpec spec;
            spec.pos = pos;
            spec.srcStart = pos.offset;
            spec.isAsync = true;
            auto fn = parseArrowRest(std::move(spec), std::move(params), std::move(restParam));
            return std::make_unique<FunctionExpr>(NodeKind::ArrowFunction, pos, std::move(fn));
        }
        if (coverErrors_.size() > mark) fail("Invalid shorthand property initializer", coverErrors_[mark]);
        auto c = std::make_unique<CallExpr>(pos);
        c->start = pos;
        c->callee = std::move(callee);
        c->arguments = std::move(args);
        return c;
    }
    return parseIdentifierReference();
}

ExprPtr Parser::parseParenOrArrow() {
    SourcePos pos = tok_.start;
    next();  // (
    size_t mark = coverErrors_.size();
    std::vector<ExprPtr> items;
    ExprPtr rest;
    SourcePos restPos{};
    bool trailingComma = false;
    while (!is(Tok::RParen)) {
        trailingComma = false;
        if (is(Tok::Ellipsis)) {
            restPos = tok_.start;
            next();
            rest = parseBindingTarget();
            if (is(Tok::Assign)) fail("Rest parameter may not have a default initializer", tok_.start);
            if (!is(Tok::RParen)) fail("Rest parameter must be last formal parameter", rest->pos);
            break;
        }
        items.push_back(parseAssignmentCover());
        if (is(Tok::RParen)) break;
        expect(Tok::Comma);
        trailingComma = true;
    }
    Token closeTok = tok_;
    next();  // )
    if (is(Tok::Arrow) && !tok_.newlineBefore) {
        coverErrors_.resize(mark);
        std::vector<ExprPtr> params;
        for (auto& it : items) {
            if (parenthesized_.count(it.get())) fail("Invalid destructuring assignment target", it->pos);
            params.push_back(toBindingPattern(std::move(it)));
        }
        FnSpec spec;
        spec.pos = pos;
        spec.srcStart = pos.offset;
        auto fn = parseArrowRest(std::move(spec), std::move(params), std::move(rest));
        return std::make_unique<FunctionExpr>(NodeKind::ArrowFunction, pos, std::move(fn));
    }
    if (rest) fail("Unexpected token '...'", restPos);
    if (items.empty()) unexpected(closeTok);
    if (trailingComma) unexpected(closeTok);
    if (coverErrors_.size() > mark) fail("Invalid shorthand property initializer", coverErrors_[mark]);
    ExprPtr e;
    if (items.size() == 1) {
        e = std::move(items[0]);
    } else {
        auto seq = std::make_unique<SequenceExpr>(items[0]->pos);
        seq->expressions = std::move(items);
        e = std::move(seq);
    }
    parenthesized_.insert(e.get());
    return e;
}

ExprPtr Parser::parseArrayLiteral() {
    auto arr = std::make_unique<ArrayLiteral>(tok_.start);
    next();
    while (!is(Tok::RBracket)) {
        if (is(Tok::Comma)) {
            next();
            arr->elements.push_back(nullptr);
            continue;
        }
        if (is(Tok::Ellipsis)) {
            SourcePos p = tok_.start;
            next();
            arr->elements.push_back(std::make_unique<SpreadElement>(p, parseAssignmentCover()));
            if (is(Tok::Comma)) spreadTrailingComma_.insert(arr.get());
        } else {
            arr->elements.push_back(parseAssignmentCover());
        }
        if (is(Tok::RBracket)) break;
        if (!is(Tok::Comma)) unexpected();
        next();
    }
    next();
    return arr;
}

PropertyKey Parser::parsePropertyKey(bool allowPrivate) {
    PropertyKey key;
    key.pos = tok_.start;
    switch (tok_.type) {
    case Tok::String:
        if (tok_.legacyOctal && strict()) fail("Octal escape sequences are not allowed in strict mode.", tok_.start);
        key.name = tok_.str;
        next();
        return key;
    case Tok::Number:
        if (tok_.legacyOctal && strict()) fail("Octal literals are not allowed in strict mode.", tok_.start);
        key.name = numberToKey(tok_.number);
        next();
        return key;
    case Tok::BigInt: {
        // Decimal text of the bigint; hex/octal/binary forms converted when they fit 64 bits.
        std::string d = tok_.ident;
        if (d.size() > 2 && d[0] == '0' && (d[1] == 'x' || d[1] == 'o' || d[1] == 'b')) {
            int radix = d[1] == 'x' ? 16 : d[1] == 'o' ? 8 : 2;
            unsigned long long v = std::stoull(d.substr(2).substr(0, 15), nullptr, radix);
            d = std::to_string(v);
        }
        key.name = std::u16string(d.begin(), d.end());
        next();
        return key;
    }
    case Tok::LBracket:
        next();
        key.kind = PropertyKey::Kind::Computed;
        key.expr = parseAssignment();
        expect(Tok::RBracket);
        return key;
    case Tok::PrivateName:
        if (!allowPrivate) unexpected();
        key.kind = PropertyKey::Kind::Private;
        key.name = utf8ToUtf16(tok_.ident);
        next();
        return key;
    default:
        if (is(Tok::Identifier) || (tok_.type >= Tok::KwBreak && tok_.type <= Tok::KwWith)) {
            key.name = utf8ToUtf16(tok_.ident);
            next();
            return key;
        }
        unexpected();
    }
}

ExprPtr Parser::parseObjectLiteral() {
    auto obj = std::make_unique<ObjectLiteral>(tok_.start);
    next();
    bool sawProto = false;
    while (!is(Tok::RBrace)) {
        ObjectProperty prop;
        prop.pos = tok_.start;
        uint32_t propStart = tok_.start.offset;
        if (is(Tok::Ellipsis)) {
            next();
            prop.kind = ObjectProperty::Kind::Spread;
            prop.value = parseAssignmentCover();
            obj->properties.push_back(std::move(prop));
            if (!is(Tok::RBrace)) expect(Tok::Comma);
            continue;
        }
        bool isAsync = false, isGen = false;
        FunctionKind accessor = FunctionKind::Method;
        auto startsKey = [](const Token& n) {
            return n.type != Tok::Comma && n.type != Tok::Colon && n.type != Tok::LParen && n.type != Tok::RBrace &&
                   n.type != Tok::Assign;
        };
        if (isIdent("async")) {
            Token n = peek();
            if (startsKey(n) && !n.newlineBefore) {
                isAsync = true;
                next();
            }
        }
        if (eat(Tok::Star)) isGen = true;
        if (!isAsync && !isGen && (isIdent("get") || isIdent("set"))) {
            Token n = peek();
            if (startsKey(n)) {
                accessor = isIdent("get") ? FunctionKind::Getter : FunctionKind::Setter;
                next();
            }
        }
        Token keyTok = tok_;
        prop.key = parsePropertyKey(false);
        bool computed = prop.key.kind == PropertyKey::Kind::Computed;
        std::string kname = computed ? "" : keyName(prop.key);
        if (isAsync || isGen || accessor != FunctionKind::Method || is(Tok::LParen)) {
            FnSpec spec;
            spec.kind = accessor;
            spec.isAsync = isAsync;
            spec.isGenerator = isGen;
            spec.isMethod = true;
            spec.pos = keyTok.start;
            spec.srcStart = propStart;
            if (!computed)
                spec.name = (accessor == FunctionKind::Getter ? "get " : accessor == FunctionKind::Setter ? "set " : "") + kname;
            auto fn = parseFunctionRest(std::move(spec));
            prop.kind = accessor == FunctionKind::Getter ? ObjectProperty::Kind::Getter
                        : accessor == FunctionKind::Setter ? ObjectProperty::Kind::Setter
                                                           : ObjectProperty::Kind::Init;
            prop.method = true;
            prop.value = std::make_unique<FunctionExpr>(NodeKind::FunctionExpr, keyTok.start, std::move(fn));
        } else if (eat(Tok::Colon)) {
            prop.value = parseAssignmentCover();
            if (!computed) setInferredName(prop.value.get(), kname);
            if (!computed && kname == "__proto__") {
                if (sawProto) fail("Duplicate __proto__ fields are not allowed in object literals", keyTok.start);
                sawProto = true;
                prop.kind = ObjectProperty::Kind::Proto;
            }
        } else {
            // Shorthand `x` or cover-initialized `x = 1` (only valid as a pattern).
            if (keyTok.type != Tok::Identifier) {
                if (is(Tok::Comma) || is(Tok::RBrace) || is(Tok::Assign)) unexpected(keyTok);
                unexpected();  // V8 blames the token after a keyword key
            }
            if (keyTok.escaped && isReservedWordSpelling(keyTok.ident)) fail("Keyword must not contain escaped characters", keyTok.start);
            if (strict() && isStrictReservedWord(keyTok.ident)) fail("Unexpected strict mode reserved word", keyTok.start);
            if (keyTok.ident == "await" && ctx().isAsync) fail("Unexpected reserved word", keyTok.start);
            if (keyTok.ident == "yield" && ctx().isGenerator) unexpected(keyTok);
            if (keyTok.ident == "arguments" && !ctx().allowArguments)
                fail("'arguments' is not allowed in class field initializer or static initialization block", keyTok.start);
            prop.shorthand = true;
            auto id = std::make_unique<Identifier>(keyTok.start, keyTok.ident);
            if (is(Tok::Assign)) {
                coverErrors_.push_back(keyTok.start);
                next();
                auto def = parseAssignment();
                setInferredName(def.get(), keyTok.ident);
                prop.value = std::make_unique<AssignPattern>(keyTok.start, std::move(id), std::move(def));
            } else {
                prop.value = std::move(id);
            }
        }
        obj->properties.push_back(std::move(prop));
        if (!is(Tok::RBrace)) expect(Tok::Comma);
    }
    next();
    return obj;
}

ExprPtr Parser::parseTemplate(ExprPtr tag, SourcePos start) {
    auto lit = std::make_unique<TemplateLiteral>(tok_.start);
    while (true) {
        if (!is(Tok::Template)) unexpected();
        if (!tok_.cooked && !tag) fail(tok_.invalidEscapeMessage, tok_.invalidEscapePos);
        TemplateElement el;
        el.cooked = tok_.cooked;
        el.raw = tok_.raw;
        el.pos = tok_.start;
        lit->quasis.push_back(std::move(el));
        if (tok_.templateTail) {
            next();
            break;
        }
        next();
        lit->expressions.push_back(parseExpression());
        if (!is(Tok::RBrace)) unexpected();
        tok_ = lex_.rescanTemplateContinuation(tok_);
    }
    if (!tag) return lit;
    auto t = std::make_unique<TaggedTemplateExpr>(start);
    t->tag = std::move(tag);
    t->quasi = std::move(lit);
    return t;
}

ExprPtr Parser::parseFunctionExpression() {
    SourcePos pos = tok_.start;
    FnSpec spec;
    spec.pos = pos;
    spec.srcStart = pos.offset;
    if (isIdent("async")) {
        spec.isAsync = true;
        next();
    }
    expect(Tok::KwFunction);
    if (eat(Tok::Star)) spec.isGenerator = true;
    if (is(Tok::Identifier)) {
        // The name of a function expression follows the function's own generator/async rules.
        const std::string& name = tok_.ident;
        if (strict() && (name == "eval" || name == "arguments")) fail("Unexpected eval or arguments in strict mode", tok_.start);
        if (strict() && isStrictReservedWord(name)) fail("Unexpected strict mode reserved word", tok_.start);
        if (name == "yield" && spec.isGenerator) unexpected();
        if (name == "await" && spec.isAsync) fail("Unexpected reserved word", tok_.start);
        spec.id = std::make_unique<Identifier>(tok_.start, name);
        spec.name = name;
        next();
    } else if (!is(Tok::LParen)) {
        unexpected();
    }
    auto fn = parseFunctionRest(std::move(spec));
    return std::make_unique<FunctionExpr>(NodeKind::FunctionExpr, pos, std::move(fn));
}

ExprPtr Parser::parseClassExpression() {
    SourcePos pos = tok_.start;
    auto cls = parseClass(true);
    return std::make_unique<ClassExpr>(pos, std::move(cls));
}

// ---------------------------------------------------------------------------------------------
// Patterns

ExprPtr Parser::parseBindingTarget() {
    DepthGuard guard(*this);
    SourcePos pos = tok_.start;
    if (is(Tok::Identifier)) {
        if (tok_.escaped && isReservedWordSpelling(tok_.ident)) fail("Keyword must not contain escaped characters", pos);
        auto id = std::make_unique<Identifier>(pos, tok_.ident);
        if (id->name == "yield" && ctx().isGenerator) unexpected();
        if (id->name == "await" && (ctx().isAsync || ctx().inStaticBlock)) fail("Unexpected reserved word", pos);
        next();
        return id;
    }
    if (is(Tok::LBracket)) {
        auto pat = std::make_unique<ArrayPattern>(pos);
        next();
        while (!is(Tok::RBracket)) {
            if (is(Tok::Comma)) {
                next();
                pat->elements.push_back(nullptr);
                continue;
            }
            if (is(Tok::Ellipsis)) {
                next();
                pat->rest = parseBindingTarget();
                if (!is(Tok::RBracket)) fail("Rest element must be last element", tok_.start);
                break;
            }
            pat->elements.push_back(parseBindingElement());
            if (!is(Tok::RBracket)) expect(Tok::Comma);
        }
        next();
        return pat;
    }
    if (is(Tok::LBrace)) {
        auto pat = std::make_unique<ObjectPattern>(pos);
        next();
        while (!is(Tok::RBrace)) {
            if (is(Tok::Ellipsis)) {
                next();
                if (!is(Tok::Identifier)) unexpected();
                pat->rest = parseBindingTarget();
                if (!is(Tok::RBrace)) fail("Rest element must be last element", tok_.start);
                break;
            }
            PatternProperty prop;
            prop.pos = tok_.start;
            Token keyTok = tok_;
            prop.key = parsePropertyKey(false);
            if (eat(Tok::Colon)) {
                prop.value = parseBindingElement();
            } else {
                if (keyTok.type != Tok::Identifier) {
                    if (is(Tok::Comma) || is(Tok::RBrace) || is(Tok::Assign)) unexpected(keyTok);
                    unexpected();  // V8 blames the token after a keyword key
                }
                if (keyTok.escaped && isReservedWordSpelling(keyTok.ident)) fail("Keyword must not contain escaped characters", keyTok.start);
                if (keyTok.ident == "yield" && ctx().isGenerator) unexpected(keyTok);
                if (keyTok.ident == "await" && ctx().isAsync) fail("Unexpected reserved word", keyTok.start);
                prop.shorthand = true;
                ExprPtr target = std::make_unique<Identifier>(keyTok.start, keyTok.ident);
                if (eat(Tok::Assign)) {
                    auto def = parseAssignment();
                    setInferredName(def.get(), keyTok.ident);
                    target = std::make_unique<AssignPattern>(keyTok.start, std::move(target), std::move(def));
                }
                prop.value = std::move(target);
            }
            pat->properties.push_back(std::move(prop));
            if (!is(Tok::RBrace)) expect(Tok::Comma);
        }
        next();
        return pat;
    }
    unexpected();
}

ExprPtr Parser::parseBindingElement() {
    SourcePos pos = tok_.start;
    ExprPtr target = parseBindingTarget();
    if (!is(Tok::Assign)) return target;
    next();
    auto def = parseAssignment();
    if (target->kind == NodeKind::Identifier) setInferredName(def.get(), target->as<Identifier>().name);
    return std::make_unique<AssignPattern>(pos, std::move(target), std::move(def));
}

// Expression (object/array literal, or an element of one) -> assignment pattern.
ExprPtr Parser::toAssignmentTarget(ExprPtr e, bool isElement) {
    DepthGuard guard(*this);
    SourcePos pos = e->pos;
    bool paren = parenthesized_.count(e.get()) > 0;
    switch (e->kind) {
    case NodeKind::ObjectLiteral: {
        if (paren) fail("Invalid destructuring assignment target", pos);
        auto& obj = e->as<ObjectLiteral>();
        auto pat = std::make_unique<ObjectPattern>(pos);
        for (size_t i = 0; i < obj.properties.size(); ++i) {
            auto& p = obj.properties[i];
            if (p.kind == ObjectProperty::Kind::Spread) {
                if (i + 1 != obj.properties.size()) fail("Rest element must be last element", p.value->pos);
                checkSimpleAssignTarget(*p.value, "`...` must be followed by an assignable reference in assignment contexts", p.value->pos);
                pat->rest = std::move(p.value);
                continue;
            }
            if (p.method || p.kind == ObjectProperty::Kind::Getter || p.kind == ObjectProperty::Kind::Setter)
                fail("Invalid destructuring assignment target", p.pos);
            PatternProperty pp;
            pp.pos = p.pos;
            pp.key = std::move(p.key);
            pp.shorthand = p.shorthand;
            if (p.shorthand) {
                if (p.value->kind == NodeKind::Identifier) checkSimpleAssignTarget(*p.value, "Invalid destructuring assignment target", p.pos);
                if (p.value->kind == NodeKind::AssignPattern)
                    checkSimpleAssignTarget(*p.value->as<AssignPattern>().target, "Invalid destructuring assignment target", p.pos);
                pp.value = std::move(p.value);
            } else {
                pp.value = toAssignmentTarget(std::move(p.value), true);
            }
            pat->properties.push_back(std::move(pp));
        }
        return pat;
    }
    case NodeKind::ArrayLiteral: {
        if (paren) fail("Invalid destructuring assignment target", pos);
        auto& arr = e->as<ArrayLiteral>();
        auto pat = std::make_unique<ArrayPattern>(pos);
        for (size_t i = 0; i < arr.elements.size(); ++i) {
            auto& el = arr.elements[i];
            if (!el) {
                pat->elements.push_back(nullptr);
                continue;
            }
            if (el->kind == NodeKind::Spread) {
                if (i + 1 != arr.elements.size() || spreadTrailingComma_.count(&arr))
                    fail("Rest element must be last element", el->pos);
                pat->rest = toAssignmentTarget(std::move(el->as<SpreadElement>().argument), false);
                continue;
            }
            pat->elements.push_back(toAssignmentTarget(std::move(el), true));
        }
        return pat;
    }
    case NodeKind::Assign: {
        auto& a = e->as<AssignExpr>();
        if (!isElement || a.op != AssignOp::Assign || paren) fail("Invalid destructuring assignment target", pos);
        return std::make_unique<AssignPattern>(pos, std::move(a.target), std::move(a.value));
    }
    case NodeKind::ObjectPattern:
    case NodeKind::ArrayPattern:
    case NodeKind::AssignPattern:
        return e;
    default:
        checkSimpleAssignTarget(*e, "Invalid destructuring assignment target", pos);
        return e;
    }
}

// Arrow parameter from the cover expression: a binding pattern (identifiers only as leaves).
ExprPtr Parser::toBindingPattern(ExprPtr e) {
    DepthGuard guard(*this);
    SourcePos pos = e->pos;
    switch (e->kind) {
    case NodeKind::Identifier: {
        auto& id = e->as<Identifier>();
        if (id.name == "await" && ctx().isAsync) fail("Unexpected reserved word", pos);
        return e;
    }
    case NodeKind::Assign: {
        auto& a = e->as<AssignExpr>();
        if (a.op != AssignOp::Assign) fail("Invalid destructuring assignment target", pos);
        auto target = toBindingPattern(std::move(a.target));
        return std::make_unique<AssignPattern>(pos, std::move(target), std::move(a.value));
    }
    case NodeKind::AssignPattern: {
        auto& a = e->as<AssignPattern>();
        a.target = toBindingPattern(std::move(a.target));
        return e;
    }
    case NodeKind::ObjectLiteral:
    case NodeKind::ArrayLiteral:
        if (parenthesized_.count(e.get())) fail("Invalid destructuring assignment target", pos);
        return toBindingPattern(toAssignmentTarget(std::move(e), false));
    case NodeKind::ObjectPattern: {
        auto& p = e->as<ObjectPattern>();
        for (auto& pr : p.properties) pr.value = toBindingPattern(std::move(pr.value));
        if (p.rest) {
            if (p.rest->kind != NodeKind::Identifier) fail("Invalid destructuring assignment target", p.rest->pos);
        }
        return e;
    }
    case NodeKind::ArrayPattern: {
        auto& p = e->as<ArrayPattern>();
        for (auto& el : p.elements)
            if (el) el = toBindingPattern(std::move(el));
        if (p.rest) p.rest = toBindingPattern(std::move(p.rest));
        return e;
    }
    default: fail("Invalid destructuring assignment target", pos);
    }
}

}  // namespace

std::unique_ptr<Program> parseProgram(std::string_view source, const ParseOptions& options) {
    Parser p(source, options);
    return p.parseProgram();
}

}  // namespace js
