// frontends/js/compiler.cpp — the compiler's entry points: scripts, CommonJS modules, eval code,
// `new Function` bodies, and compileSource (parse + scope analysis + compile, errors as values).
#include "frontends/js/compiler.h"

#include "frontends/js/compiler_impl.h"
#include "frontends/js/parser.h"
#include "frontends/js/scope.h"

namespace js {

namespace {

// UTF-8 byte offset -> UTF-16 offset for every byte position (plus the end).
std::vector<uint32_t> buildOffsetMap(std::string_view s) {
    std::vector<uint32_t> map(s.size() + 1);
    uint32_t u16 = 0;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        if (i + len > s.size()) len = s.size() - i;
        for (size_t k = 0; k < len; k++) map[i + k] = u16;
        u16 += len == 4 ? 2 : 1;
        i += len;
    }
    map[s.size()] = u16;
    return map;
}

std::unique_ptr<ir::Function> compileTop(Program& program, const CompileOptions& options, bool module, bool eval) {
    compiler::Unit unit;
    unit.options = options;
    if (unit.options.fileName.empty()) unit.options.fileName = program.sourceName;
    unit.isModule = module;
    unit.isEval = eval;
    if (!options.sourceUtf8.empty()) {
        unit.source16 = std::make_shared<const std::u16string>(utf8ToUtf16(std::string(options.sourceUtf8)));
        unit.offsetMap = buildOffsetMap(options.sourceUtf8);
    }
    auto out = std::make_unique<ir::Function>();
    try {
        compiler::FunctionCompiler c(unit, *out, program.topLevel.get(), nullptr);
        c.compileTopLevel(program);
    } catch (const compiler::CompileError& e) {
        throw SyntaxError(e.message, e.pos.line, e.pos.column);
    }
    ir::eliminateInitChecks(*out);
    return out;
}

}  // namespace

std::unique_ptr<ir::Function> compileScript(Program& program, const CompileOptions& options) {
    return compileTop(program, options, false, options.isEval);
}

std::unique_ptr<ir::Function> compileModule(Program& program, const CompileOptions& options) {
    return compileTop(program, options, true, false);
}

std::unique_ptr<ir::Function> compileEval(Program& program, const CompileOptions& options) {
    return compileTop(program, options, false, true);
}

CompileResult compileSource(std::string_view source, const std::string& fileName, const SourceOptions& options) {
    CompileResult result;
    try {
        ParseOptions po;
        po.sourceName = fileName;
        po.strict = options.strict;
        po.allowReturnOutsideFunction = options.kind == SourceKind::Module;
        po.allowNewTarget = options.inFunction;
        po.allowSuperProperty = options.inMethod;
        po.allowSuperCall = options.inDerivedConstructor;
        po.allowArguments = !options.inClassFieldInitializer;
        std::unique_ptr<Program> program = parseProgram(source, po);
        ScopeOptions so;
        so.commonJs = options.kind == SourceKind::Module;
        so.evalCode = options.kind == SourceKind::Eval;
        analyzeScopes(*program, so);
        CompileOptions co;
        co.fileName = fileName;
        co.sourceUtf8 = source;
        co.isEval = options.kind == SourceKind::Eval;
        switch (options.kind) {
        case SourceKind::Script: result.function = compileScript(*program, co); break;
        case SourceKind::Module: result.function = compileModule(*program, co); break;
        case SourceKind::Eval: result.function = compileEval(*program, co); break;
        }
    } catch (const SyntaxError& e) {
        result.error = std::make_unique<SyntaxError>(e);
    }
    return result;
}

CompileResult compileFunctionFromParts(const std::string& params, const std::string& body, bool isAsync,
                                       bool isGenerator) {
    // The function is parsed as written by Function.prototype.toString.
    std::string text = "(";
    if (isAsync) text += "async ";
    text += "function";
    if (isGenerator) text += "*";
    text += " anonymous(" + params + "\n) {\n" + body + "\n})";
    CompileResult result;
    try {
        // Text that closes the parameter list or the body early ("a) {}, (function (") cannot
        // yield a program of exactly one function expression: checked below.
        std::unique_ptr<Program> program = parseProgram(text, ParseOptions{"anonymous", false, false});
        if (program->body.size() != 1 || program->body[0]->kind != NodeKind::ExprStmt)
            throw SyntaxError("Unexpected token in function body", 1, 1);
        auto& es = program->body[0]->as<ExprStmt>();
        if (es.expression->kind != NodeKind::FunctionExpr)
            throw SyntaxError("Unexpected token in function body", 1, 1);
        ScopeOptions so;
        so.commonJs = false;
        analyzeScopes(*program, so);
        CompileOptions co;
        co.fileName = "anonymous";
        co.sourceUtf8 = text;
        std::unique_ptr<ir::Function> top = compileScript(*program, co);
        if (top->functions.size() != 1) throw SyntaxError("Unexpected token in function body", 1, 1);
        result.function = std::move(top->functions[0]);
    } catch (const SyntaxError& e) {
        result.error = std::make_unique<SyntaxError>(e);
    }
    return result;
}

}  // namespace js
