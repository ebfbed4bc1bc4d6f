// pyparse: a developer tool for the Python frontend. Not part of the library.
//   pyparse tokens FILE        print the token stream
//   pyparse dump FILE          print the AST like CPython's ast.dump(tree, indent=2)
//   pyparse dump-pos FILE      the same with include_attributes=True (positions)
//   pyparse symtable FILE      print the scopes and each name's classification
//   pyparse check FILE...      parse + analyze every file; print failures and a summary
//   pyparse errors FILE...     one line per file: OK or 'Type: message @line:col'
// Exit status: 0 when everything parsed, 1 otherwise.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "frontends/python/ast_dump.h"
#include "frontends/python/parser.h"
#include "frontends/python/symtable.h"
#include "frontends/python/tokenizer.h"

static bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::stringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: pyparse tokens|dump|symtable|check FILE...\n";
        return 2;
    }
    std::string mode = argv[1];
    if (mode == "errors") {
        // Each argument file: compile (parse + symtable) and print "OK" or
        // "Type: message @line:column", to compare with CPython's compile().
        for (int i = 2; i < argc; ++i) {
            std::string src;
            readFile(argv[i], src);
            try {
                auto m = py::parse(src, {py::ast::ParseMode::File, argv[i]});
                py::buildSymbolTable(*m, src);
                std::cout << "OK\n";
            } catch (const py::SyntaxErrorInfo& e) {
                std::cout << e.type << ": " << e.message << " @" << e.line << ":" << e.column << "\n";
            }
        }
        return 0;
    }
    if (mode == "check") {
        int ok = 0, failed = 0;
        auto t0 = std::chrono::steady_clock::now();
        for (int i = 2; i < argc; ++i) {
            std::string src;
            if (!readFile(argv[i], src)) {
                std::cerr << argv[i] << ": cannot read\n";
                ++failed;
                continue;
            }
            try {
                auto m = py::parse(src, {py::ast::ParseMode::File, argv[i]});
                py::SymbolTable table = py::buildSymbolTable(*m, src);
                ++ok;
            } catch (const py::SyntaxErrorInfo& e) {
                std::cout << argv[i] << ":" << e.line << ":" << e.column << ": " << e.type << ": " << e.message << "\n";
                ++failed;
            }
        }
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::cout << "parsed " << ok << "/" << (ok + failed) << " files in " << secs << "s\n";
        return failed ? 1 : 0;
    }
    std::string src;
    if (!readFile(argv[2], src)) {
        std::cerr << argv[2] << ": cannot read\n";
        return 2;
    }
    try {
        if (mode == "tokens") {
            py::SourceText text(src);
            py::TokenStream ts = py::tokenize(text);
            for (const py::Token& t : ts.tokens)
                std::cout << t.line << ":" << t.col << "-" << t.endLine << ":" << t.endCol << " "
                          << py::tokenKindName(t.kind) << " " << t.text << "\n";
            if (ts.error) throw *ts.error;
            return 0;
        }
        auto m = py::parse(src, {py::ast::ParseMode::File, argv[2], mode != "dump" && mode != "dump-pos"});
        if (mode == "dump" || mode == "dump-pos") {
            py::DumpOptions opt;
            opt.includePositions = mode == "dump-pos";
            std::cout << py::dumpAst(*m, opt) << "\n";
            return 0;
        }
        if (mode == "symtable") {
            py::SymbolTable table = py::buildSymbolTable(*m, src);
            std::cout << py::dumpSymbolTable(table);
            return 0;
        }
    } catch (const py::SyntaxErrorInfo& e) {
        std::cerr << e.format(argv[2]);
        return 1;
    }
    std::cerr << "unknown mode " << mode << "\n";
    return 2;
}
