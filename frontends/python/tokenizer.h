// The Python tokenizer: UTF-8 source text -> tokens (NAME, NUMBER, STRING, OP, NEWLINE,
// INDENT, DEDENT, ENDMARKER), as CPython 3.11's tokenizer produces them for its parser:
// INDENT/DEDENT from an indentation stack (TabError / IndentationError on inconsistency),
// implicit line joining inside brackets, backslash continuation, comments and blank lines dropped,
// Unicode identifiers checked against XID_Start/XID_Continue and NFKC-normalized (ICU).
//
// A STRING token is the literal's raw source (prefix and quotes included); the parser decodes it
// (string_literal.h) and parses f-string fields. A lexical error does not throw at once: the
// token list ends with an Error token carrying the SyntaxErrorInfo, and the parser throws it when
// it reaches that token, so an earlier syntax error is reported first, as CPython does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/python/syntax_error.h"

namespace py {

enum class TokenKind { Name, Number, String, Op, Newline, Indent, Dedent, EndMarker, Error };
const char* tokenKindName(TokenKind);

struct Token {
    TokenKind kind = TokenKind::EndMarker;
    std::string text;     // Name: NFKC-normalized identifier; Op/Number/String: source text
    int line = 0;         // 1-based
    int col = 0;          // 0-based byte offset in the line
    int endLine = 0;
    int endCol = 0;
    int level = 0;        // bracket nesting depth before this token
    size_t offset = 0;    // byte offset of the token's start in the source
    size_t endOffset = 0;

    bool is(TokenKind k, std::string_view t) const { return kind == k && text == t; }
    bool isOp(std::string_view t) const { return kind == TokenKind::Op && text == t; }
};

// The source text split into lines, shared by tokenizer, parser and error reporting.
class SourceText {
public:
    // Takes the file's bytes: UTF-8 by default (a leading BOM is dropped; \r\n and \r become \n);
    // a PEP 263 coding cookie names another encoding, decoded with ICU. Invalid UTF-8 or an
    // unknown encoding throws SyntaxErrorInfo with CPython's message.
    // `filename` only appears in the "Non-UTF-8 code ... in file F" message.
    explicit SourceText(std::string text, const std::string& filename = "<string>");
    const std::string& text() const { return text_; }
    int lineCount() const { return static_cast<int>(lineStarts_.size()); }
    size_t lineStart(int line) const;          // 1-based line -> byte offset
    int lineOf(size_t offset) const;           // byte offset -> 1-based line
    std::string lineText(int line) const;      // without the line break
    // 0-based byte column -> 1-based character column (for SyntaxErrorInfo.column).
    int charColumn(int line, int byteCol) const;
    // Fill message location fields of an error: line, 1-based char column, lineText.
    SyntaxErrorInfo error(std::string type, std::string message, int line, int byteCol) const;

private:
    std::string text_;
    std::vector<size_t> lineStarts_;
};

struct TokenizerOptions {
    // Tokenize only [begin, end) of the source, starting in the middle of line `line` (used for
    // f-string replacement fields). Inside such a range newlines are insignificant (as inside
    // brackets) and no INDENT/DEDENT/NEWLINE is produced.
    bool subRange = false;
    size_t begin = 0;
    size_t end = 0;
    int line = 1;
};

// Tokenize the whole source (or a sub-range). Never throws: errors end the list with an Error
// token whose info is in `error`.
struct TokenStream {
    std::vector<Token> tokens;
    std::optional<SyntaxErrorInfo> error;
};
TokenStream tokenize(const SourceText& source, const TokenizerOptions& options = {});

// Python identifier rules (ICU): start / continue character, and NFKC normalization.
bool isIdentifierStart(char32_t c);
bool isIdentifierContinue(char32_t c);
std::string nfkcNormalize(const std::string& utf8);

// UTF-8 helpers shared by the frontend. decodeUtf8 returns the code point at s[i] and advances i;
// on malformed input it returns 0xFFFD and advances one byte.
char32_t decodeUtf8(std::string_view s, size_t& i);
void appendUtf8(std::string& out, char32_t c);  // also encodes lone surrogates (WTF-8)

}  // namespace py
