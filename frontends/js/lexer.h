// frontends/js/lexer.h — the JavaScript tokenizer (ES2022) over a UTF-8 source buffer.
//
// The lexer never decides between regexp and division or where a template continues: `/` and
// `/=` come out as Slash/SlashAssign and `}` as RBrace; the parser, which knows the context,
// asks for rescanRegExp() / rescanTemplateContinuation() on that token.
#pragma once

#include <string_view>

#include "frontends/js/syntax_error.h"
#include "frontends/js/token.h"

namespace js {

class Lexer {
public:
    explicit Lexer(std::string_view source);

    // Scan the next token. Throws SyntaxError on malformed input.
    Token next();
    // `tok` was Slash/SlashAssign: rescan from its start as a regular expression literal.
    Token rescanRegExp(const Token& tok);
    // `tok` was RBrace closing a `${ }` substitution: rescan as the template's next chunk.
    Token rescanTemplateContinuation(const Token& tok);

    // Backtracking for the parser's lookahead.
    struct State {
        uint32_t pos, line, lineStart;
    };
    State save() const { return {pos_, line_, lineStart_}; }
    void restore(const State& s);

    std::string_view source() const { return src_; }
    // Position (line/column) of a byte offset at or after the current line start.
    SourcePos posAt(uint32_t offset);

    [[noreturn]] void fail(const std::string& message, SourcePos at);

private:
    int peekByte(uint32_t ahead = 0) const;
    uint32_t decodeAt(uint32_t at, int* len) const;  // code point at byte offset (or -1 fallback)
    bool skipTrivia();  // whitespace and comments; returns true if a line terminator was seen
    void newline(uint32_t nextLineStart);
    void scanIdentifierOrKeyword(Token& t);
    void scanNumber(Token& t);
    void scanString(Token& t, char quote);
    void scanTemplateChunk(Token& t);  // pos_ is just after '`' or '}'
    void scanPunctuator(Token& t);
    uint32_t scanUnicodeEscape(bool* ok);  // after "\u"; returns code point
    void finish(Token& t);

    std::string_view src_;
    uint32_t pos_ = 0;
    uint32_t line_ = 1;
    uint32_t lineStart_ = 0;
    // column cache for lines with non-ASCII text: (offset, column) of a recent posAt()
    uint32_t colCacheOffset_ = 0;
    int colCacheColumn_ = 1;
    uint32_t colCacheLine_ = 0;
};

bool isIdStartCodePoint(uint32_t c);
bool isIdPartCodePoint(uint32_t c);
void appendCodePoint(std::u16string& out, uint32_t c);

}  // namespace js
