// The Python tokenizer (see tokenizer.h). Follows CPython 3.11's Parser/tokenizer.c: the same
// indentation algorithm (tab size 8 and 1 compared for TabError), the same bracket checks and
// the same messages for lexical errors.
#include "frontends/python/tokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstring>

namespace py {

const char* tokenKindName(TokenKind k) {
    switch (k) {
        case TokenKind::Name: return "NAME";
        case TokenKind::Number: return "NUMBER";
        case TokenKind::String: return "STRING";
        case TokenKind::Op: return "OP";
        case TokenKind::Newline: return "NEWLINE";
        case TokenKind::Indent: return "INDENT";
        case TokenKind::Dedent: return "DEDENT";
        case TokenKind::EndMarker: return "ENDMARKER";
        case TokenKind::Error: return "ERRORTOKEN";
    }
    return "?";
}

// ---------------------------------------------------------------------------------------------
// UTF-8 and identifiers

char32_t decodeUtf8(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; return c; }
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
    if (n < 0 || c > 0xF4 || i + static_cast<size_t>(n) >= s.size()) { ++i; return 0xFFFD; }
    char32_t cp = c & (0x3F >> n);
    for (int k = 1; k <= n; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) { ++i; return 0xFFFD; }
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms are malformed; surrogates (ED A0..BF) are accepted (WTF-8).
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) { ++i; return 0xFFFD; }
    i += n + 1;
    return cp;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

bool isIdentifierStart(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_XID_START);
}

bool isIdentifierContinue(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_XID_CONTINUE);
}

std::string nfkcNormalize(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return utf8;
    icu::UnicodeString in = icu::UnicodeString::fromUTF8(utf8);
    icu::UnicodeString out = nfkc->normalize(in, status);
    if (U_FAILURE(status)) return utf8;
    std::string result;
    out.toUTF8String(result);
    return result;
}

// Python's str.isprintable(): everything but Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than ' '.
static bool isPrintable(char32_t c) {
    if (c == ' ') return true;
    switch (u_charType(static_cast<UChar32>(c))) {
        case U_CONTROL_CHAR: case U_FORMAT_CHAR: case U_SURROGATE: case U_PRIVATE_USE_CHAR:
        case U_UNASSIGNED: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR: case U_SPACE_SEPARATOR:
            return false;
        default:
            return true;
    }
}

static std::string hex4(char32_t c) {
    char buf[16];
    snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

static std::string invalidCharacterMessage(char32_t c) {
    if (!isPrintable(c)) return "invalid non-printable character " + hex4(c);
    std::string ch;
    appendUtf8(ch, c);
    return "invalid character '" + ch + "' (" + hex4(c) + ")";
}

// ---------------------------------------------------------------------------------------------
// SourceText

static std::string lowerAscii(std::string s) {
    for (char& c : s) c = static_cast<char>(tolower(static_cast<unsigned char>(c)));
    return s;
}

// PEP 263: `# -*- coding: NAME -*-` on line 1 or 2.
static std::string codingCookie(const std::string& text) {
    size_t pos = 0;
    for (int line = 0; line < 2 && pos < text.size(); ++line) {
        size_t eol = text.find('\n', pos);
        std::string l = text.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos);
        size_t k = l.find_first_not_of(" \t\f");
        if (k == std::string::npos || l[k] != '#') {
            if (k != std::string::npos) return "";  // code before the cookie: none applies
        } else {
            size_t c = l.find("coding", k);
            if (c != std::string::npos && c + 6 < l.size() && (l[c + 6] == ':' || l[c + 6] == '=')) {
                size_t s = c + 7;
                while (s < l.size() && (l[s] == ' ' || l[s] == '\t')) ++s;
                size_t e = s;
                while (e < l.size() && (isalnum(static_cast<unsigned char>(l[e])) || l[e] == '-' || l[e] == '_' || l[e] == '.')) ++e;
                return lowerAscii(l.substr(s, e - s));
            }
        }
        if (eol == std::string::npos) break;
        pos = eol + 1;
    }
    return "";
}

// CPython's get_normal_name: "utf-8" and "iso-8859-1" families by their canonical names.
static std::string normalEncodingName(const std::string& cookie) {
    std::string s = lowerAscii(cookie.substr(0, 12));
    for (char& c : s) if (c == '_') c = '-';
    if (s == "utf-8" || s.rfind("utf-8-", 0) == 0) return "utf-8";
    for (const char* l : {"latin-1", "iso-8859-1", "iso-latin-1"})
        if (s == l || s.rfind(std::string(l) + "-", 0) == 0) return "iso-8859-1";
    return cookie;
}

static SyntaxErrorInfo encodingError(std::string message, int line) {
    SyntaxErrorInfo e;
    e.type = "SyntaxError";
    e.message = std::move(message);
    e.line = line;
    e.column = 0;
    return e;
}

SourceText::SourceText(std::string text, const std::string& filename) : text_(std::move(text)) {
    bool bom = text_.compare(0, 3, "\xEF\xBB\xBF") == 0;
    if (bom) text_.erase(0, 3);
    std::string cookie = codingCookie(text_);
    std::string encoding = cookie.empty() ? "utf-8" : normalEncodingName(cookie);
    if (bom && encoding != "utf-8") throw encodingError("encoding problem: " + cookie + " with BOM", 0);
    if (encoding == "iso-8859-1") {
        std::string out;
        for (unsigned char c : text_) appendUtf8(out, c);
        text_ = std::move(out);
    } else if (encoding != "utf-8") {
        // Any other declared encoding: ICU's converters decode it.
        UErrorCode status = U_ZERO_ERROR;
        UConverter* conv = ucnv_open(cookie.c_str(), &status);
        if (U_FAILURE(status) || !conv) throw encodingError("unknown encoding: " + cookie, 0);
        ucnv_close(conv);
        icu::UnicodeString u(text_.data(), static_cast<int32_t>(text_.size()), cookie.c_str());
        std::string out;
        u.toUTF8String(out);
        text_ = std::move(out);
    }
    // Universal newlines: \r\n and lone \r become \n, as CPython's tokenizer translates them.
    if (text_.find('\r') != std::string::npos) {
        std::string out;
        out.reserve(text_.size());
        for (size_t i = 0; i < text_.size(); ++i) {
            if (text_[i] == '\r') {
                out += '\n';
                if (i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
            } else {
                out += text_[i];
            }
        }
        text_ = std::move(out);
    }
    lineStarts_.push_back(0);
    for (size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') lineStarts_.push_back(i + 1);
    size_t nul = text_.find('\0');
    if (nul != std::string::npos) {
        SyntaxErrorInfo e = error("SyntaxError", "source code cannot contain null bytes", lineOf(nul), 0);
        e.lineText = lineText(e.line).substr(0, nul - lineStarts_[e.line - 1]);
        throw e;
    }
    if (encoding == "utf-8") {
        // Validate UTF-8 (CPython's file tokenizer: "Non-UTF-8 code starting with ...").
        for (size_t i = 0; i < text_.size();) {
            unsigned char c = static_cast<unsigned char>(text_[i]);
            if (c < 0x80) { ++i; continue; }
            size_t before = i;
            char32_t cp = decodeUtf8(text_, i);
            bool bad = (cp == 0xFFFD && !(i - before == 3 && text_.compare(before, 3, "\xEF\xBF\xBD") == 0)) ||
                       (cp >= 0xD800 && cp <= 0xDFFF);
            if (bad) {
                int line = lineOf(before);
                char buf[64];
                snprintf(buf, sizeof buf, "'\\x%02x'", c);
                if (!cookie.empty())
                    throw encodingError("(unicode error) 'utf-8' codec can't decode byte 0x" + std::string(buf + 3, 2) +
                                            " in position " + std::to_string(before - lineStarts_[line - 1]) +
                                            ": invalid start byte", line);
                throw encodingError(std::string("Non-UTF-8 code starting with ") + buf + " in file " + filename +
                                        " on line " + std::to_string(line) +
                                        ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                                    line);
            }
        }
    }
}

int SourceText::lineOf(size_t offset) const {
    return static_cast<int>(std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset) - lineStarts_.begin());
}

size_t SourceText::lineStart(int line) const {
    if (line < 1) return 0;
    if (line > lineCount()) return text_.size();
    return lineStarts_[line - 1];
}

std::string SourceText::lineText(int line) const {
    if (line < 1 || line > lineCount()) return "";
    size_t s = lineStarts_[line - 1];
    size_t e = s;
    while (e < text_.size() && text_[e] != '\n' && text_[e] != '\r') ++e;
    return text_.substr(s, e - s);
}

int SourceText::charColumn(int line, int byteCol) const {
    if (line < 1 || line > lineCount()) return byteCol + 1;
    size_t s = lineStarts_[line - 1];
    int chars = 0;
    for (size_t i = s; i < s + byteCol && i < text_.size(); ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++chars;
    return chars + 1;
}

SyntaxErrorInfo SourceText::error(std::string type, std::string message, int line, int byteCol) const {
    SyntaxErrorInfo e;
    e.type = std::move(type);
    e.message = std::move(message);
    e.line = line;
    e.column = charColumn(line, byteCol);
    e.lineText = lineText(line);
    return e;
}

std::string SyntaxErrorInfo::format(const std::string& filename) const {
    std::string out = "  File \"" + filename + "\", line " + std::to_string(line) + "\n";
    if (!lineText.empty()) {
        size_t k = lineText.find_first_not_of(" \t\f");
        std::string stripped = k == std::string::npos ? "" : lineText.substr(k);
        out += "    " + stripped + "\n";
        int caret = column - 1 - static_cast<int>(k == std::string::npos ? 0 : k);
        out += "    " + std::string(std::max(caret, 0), ' ') + "^\n";
    }
    out += type + ": " + message + "\n";
    return out;
}

// ---------------------------------------------------------------------------------------------
// The tokenizer proper

namespace {

constexpr int kMaxIndent = 100;   // CPython's MAXINDENT
constexpr int kMaxLevel = 200;    // CPython's MAXLEVEL (bracket nesting)

struct Bracket {
    char c;
    int line;
    int col;
};

class Lexer {
public:
    Lexer(const SourceText& src, const TokenizerOptions& opt)
        : src_(src), s_(src.text()), sub_(opt.subRange) {
        if (sub_) {
            pos_ = opt.begin;
            end_ = std::min(opt.end, s_.size());
            line_ = opt.line;
            lineStart_ = src.lineStart(opt.line);
        } else {
            end_ = s_.size();
        }
    }

    TokenStream run() {
        try {
            scan();
        } catch (SyntaxErrorInfo& e) {
            Token t;
            t.kind = TokenKind::Error;
            t.line = e.line;
            t.col = 0;
            t.level = static_cast<int>(brackets_.size());
            out_.error = std::move(e);
            out_.tokens.push_back(std::move(t));
        }
        return std::move(out_);
    }

private:
    const SourceText& src_;
    const std::string& s_;
    bool sub_;
    size_t pos_ = 0;
    size_t end_ = 0;
    int line_ = 1;
    size_t lineStart_ = 0;
    std::vector<Bracket> brackets_;
    std::vector<int> indents_{0};
    std::vector<int> altIndents_{0};
    bool atLineStart_ = true;
    bool lineHasTokens_ = false;
    TokenStream out_;

    int col() const { return static_cast<int>(pos_ - lineStart_); }
    char peek(size_t k = 0) const { return pos_ + k < end_ ? s_[pos_ + k] : '\0'; }
    bool atEnd() const { return pos_ >= end_; }

    [[noreturn]] void fail(const std::string& message, int line, int col, const char* type = "SyntaxError") {
        std::string msg = sub_ && strcmp(type, "SyntaxError") == 0 && message.rfind("f-string", 0) != 0 &&
                                  (message.rfind("unmatched", 0) == 0 || message.rfind("closing", 0) == 0)
                              ? "f-string: " + message
                              : message;
        throw src_.error(type, msg, line, col);
    }

    void newline() {  // pos_ is just past a line break
        ++line_;
        lineStart_ = pos_;
    }

    // Consume a line break at pos_ (\n, \r\n or \r); returns false if none.
    bool eatLineBreak() {
        if (peek() == '\n') { ++pos_; newline(); return true; }
        if (peek() == '\r') { ++pos_; if (peek() == '\n') ++pos_; newline(); return true; }
        return false;
    }

    void push(TokenKind kind, size_t start, int line, int col, std::string text) {
        Token t;
        t.kind = kind;
        t.text = std::move(text);
        t.line = line;
        t.col = col;
        t.endLine = line_;
        t.endCol = this->col();
        t.offset = start;
        t.endOffset = pos_;
        t.level = static_cast<int>(brackets_.size()) + (sub_ ? 1 : 0);
        out_.tokens.push_back(std::move(t));
        if (kind != TokenKind::Newline && kind != TokenKind::Indent && kind != TokenKind::Dedent) lineHasTokens_ = true;
    }

    void pushMarker(TokenKind kind) {
        Token t;
        t.kind = kind;
        t.line = t.endLine = line_;
        t.col = t.endCol = col();
        t.offset = t.endOffset = pos_;
        out_.tokens.push_back(std::move(t));
    }

    // Indentation at the start of a logical line. Returns false when the line is blank.
    bool indentation() {
        int column = 0, alt = 0;
        int contColumn = -1, contAlt = 0;  // indentation before a backslash continuation
        for (;;) {
            char c = peek();
            if (c == ' ') { ++column; ++alt; }
            else if (c == '\t') { column = (column / 8 + 1) * 8; ++alt; }
            else if (c == '\f') { column = alt = 0; }
            else if (c == '\\') {
                // Indentation cannot continue over a backslash: the first one fixes the level
                // (CPython 3.11's tok_continuation_line).
                if (peek(1) != '\n') fail("unexpected character after line continuation character", line_, col() + 1);
                if (contColumn < 0) { contColumn = column; contAlt = alt; }
                pos_ += 2;
                newline();
                continue;
            }
            else break;
            ++pos_;
        }
        if (contColumn >= 0) { column = contColumn; alt = contAlt; }
        char c = peek();
        if (c == '#' || c == '\n' || atEnd()) return false;  // blank line
        int indentCol = col();
        if (column == indents_.back()) {
            if (alt != altIndents_.back()) fail("inconsistent use of tabs and spaces in indentation", line_, 0, "TabError");
        } else if (column > indents_.back()) {
            if (static_cast<int>(indents_.size()) >= kMaxIndent) fail("too many levels of indentation", line_, indentCol, "IndentationError");
            if (alt <= altIndents_.back()) fail("inconsistent use of tabs and spaces in indentation", line_, 0, "TabError");
            indents_.push_back(column);
            altIndents_.push_back(alt);
            pushMarker(TokenKind::Indent);
            out_.tokens.back().col = 0;
            out_.tokens.back().endCol = indentCol;
        } else {
            // Check the target level before emitting any DEDENT, as CPython does.
            size_t level = indents_.size() - 1;
            while (level > 0 && column < indents_[level]) --level;
            if (column != indents_[level])
                fail("unindent does not match any outer indentation level", line_,
                     static_cast<int>(src_.lineText(line_).size()), "IndentationError");
            while (indents_.size() > level + 1) {
                indents_.pop_back();
                altIndents_.pop_back();
                pushMarker(TokenKind::Dedent);
            }
            if (alt != altIndents_.back()) fail("inconsistent use of tabs and spaces in indentation", line_, 0, "TabError");
        }
        return true;
    }

    void scan() {
        while (true) {
            if (atLineStart_ && !sub_ && brackets_.empty()) {
                atLineStart_ = false;
                lineHasTokens_ = false;
                if (!indentation()) {
                    // Blank or comment-only line: skip it entirely (a backslash inside a comment
                    // does not continue the line).
                    if (peek() == '#')
                        while (!atEnd() && peek() != '\n') ++pos_;
                    if (peek() == '\\') {
                        // A backslash continuation on an otherwise blank line.
                        ++pos_;
                        eatLineBreak();
                        continue;
                    }
                    if (atEnd()) break;
                    eatLineBreak();
                    atLineStart_ = true;
                    continue;
                }
            }
            if (atEnd()) break;
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\f') { ++pos_; continue; }
            int commentCol = -1;  // CPython's NEWLINE after a comment starts at the '#'
            if (c == '#') {
                commentCol = col();
                while (!atEnd() && peek() != '\n') ++pos_;
                if (atEnd()) continue;
                c = peek();
            }
            if (c == '\n' || c == '\r') {
                int l = line_, cl = commentCol >= 0 ? commentCol : col();
                size_t start = pos_;
                eatLineBreak();
                if (brackets_.empty() && !sub_) {
                    if (lineHasTokens_) {
                        Token t;
                        t.kind = TokenKind::Newline;
                        t.text = "\n";
                        t.line = t.endLine = l;
                        t.col = cl;
                        t.endCol = cl + 1;
                        t.offset = start;
                        t.endOffset = pos_;
                        out_.tokens.push_back(std::move(t));
                    }
                    atLineStart_ = true;
                }
                continue;
            }
            if (c == '\\') {
                int l = line_, cl = col();
                ++pos_;
                if (!eatLineBreak()) {
                    if (atEnd()) fail("unexpected EOF while parsing", l, cl + 1);
                    fail("unexpected character after line continuation character", l, cl + 1);
                }
                if (atEnd()) fail("unexpected EOF while parsing", l, cl + 1);
                continue;
            }
            size_t start = pos_;
            int startLine = line_, startCol = col();
            unsigned char uc = static_cast<unsigned char>(c);
            if (isdigit(uc) || (c == '.' && isdigit(static_cast<unsigned char>(peek(1))))) {
                number();
                push(TokenKind::Number, start, startLine, startCol, s_.substr(start, pos_ - start));
                continue;
            }
            if (c == '"' || c == '\'') {
                string(start, startLine, startCol);
                continue;
            }
            if (uc >= 0x80 || isalpha(uc) || c == '_') {
                name(start, startLine, startCol);
                continue;
            }
            op(start, startLine, startCol);
        }
        // End of input.
        if (!brackets_.empty() && !sub_) {
            const Bracket& b = brackets_.back();
            fail(std::string("'") + b.c + "' was never closed", b.line, b.col);
        }
        if (!sub_) {
            if (lineHasTokens_ && !atLineStart_) pushMarker(TokenKind::Newline);
            else if (lineHasTokens_ && !out_.tokens.empty() && out_.tokens.back().kind != TokenKind::Newline)
                pushMarker(TokenKind::Newline);
            // CPython places the DEDENTs and ENDMARKER at EOF on the last line, after its text.
            if (pos_ > 0 && s_[pos_ - 1] == '\n' && line_ > 1) {
                --line_;
                lineStart_ = src_.lineStart(line_);
                size_t save = pos_;
                pos_ = lineStart_ + src_.lineText(line_).size();
                while (indents_.size() > 1) {
                    indents_.pop_back();
                    pushMarker(TokenKind::Dedent);
                }
                pushMarker(TokenKind::EndMarker);
                pos_ = save;
                return;
            }
            while (indents_.size() > 1) {
                indents_.pop_back();
                pushMarker(TokenKind::Dedent);
            }
        }
        pushMarker(TokenKind::EndMarker);
    }

    void name(size_t start, int startLine, int startCol) {
        bool ascii = true;
        while (!atEnd()) {
            unsigned char c = static_cast<unsigned char>(peek());
            if (c >= 0x80) { ascii = false; ++pos_; continue; }
            if (isalnum(c) || c == '_') { ++pos_; continue; }
            break;
        }
        std::string text = s_.substr(start, pos_ - start);
        // String prefix?
        if (ascii && (peek() == '"' || peek() == '\'') && text.size() <= 2) {
            std::string p = lowerAscii(text);
            if (p == "r" || p == "u" || p == "b" || p == "f" || p == "br" || p == "rb" || p == "fr" || p == "rf") {
                string(start, startLine, startCol);
                return;
            }
        }
        if (!ascii) {
            // Verify after NFKC normalization, as CPython's verify_identifier does; report the
            // first offending character of the original text.
            std::string norm = nfkcNormalize(text);
            size_t i = 0;
            bool first = true, ok = true;
            while (i < norm.size()) {
                char32_t cp = decodeUtf8(norm, i);
                if (first ? !isIdentifierStart(cp) : !isIdentifierContinue(cp)) { ok = false; break; }
                first = false;
            }
            if (!ok) {
                size_t j = 0;
                bool f = true;
                while (j < text.size()) {
                    size_t at = j;
                    char32_t cp = decodeUtf8(text, j);
                    std::string one;
                    appendUtf8(one, cp);
                    std::string n1 = nfkcNormalize(one);
                    size_t k = 0;
                    bool good = true, ff = f;
                    while (k < n1.size()) {
                        char32_t q = decodeUtf8(n1, k);
                        if (ff ? !isIdentifierStart(q) : !isIdentifierContinue(q)) good = false;
                        ff = false;
                    }
                    if (!good) fail(invalidCharacterMessage(cp), startLine, startCol + static_cast<int>(at));
                    f = false;
                }
                fail(invalidCharacterMessage(0xFFFD), startLine, startCol);
            }
            text = norm;
        }
        push(TokenKind::Name, start, startLine, startCol, std::move(text));
    }

    void digits(bool (*isDigit)(char), const char* kind, int startLine) {
        // Digits with single underscores between them; pos_ is at a digit.
        for (;;) {
            while (isDigit(peek())) ++pos_;
            if (peek() != '_') break;
            ++pos_;
            if (!isDigit(peek())) fail(std::string("invalid ") + kind + " literal", line_, col() - 1);
        }
    }

    static bool isDec(char c) { return c >= '0' && c <= '9'; }
    static bool isHex(char c) { return isxdigit(static_cast<unsigned char>(c)) != 0; }
    static bool isOct(char c) { return c >= '0' && c <= '7'; }
    static bool isBin(char c) { return c == '0' || c == '1'; }

    // CPython's verify_end_of_number: a number may touch a keyword (`1if x else y`) but not a name.
    void endOfNumber(const char* kind) {
        char c = peek();
        auto follows = [&](const char* kw) { return s_.compare(pos_, strlen(kw), kw) == 0; };
        if (follows("and") || follows("else") || follows("for") || follows("if") || follows("in") ||
            follows("is") || follows("not") || follows("or"))
            return;
        unsigned char uc = static_cast<unsigned char>(c);
        // CPython points one column before the offending character.
        if (isalnum(uc) || c == '_' || uc >= 0x80) fail(std::string("invalid ") + kind + " literal", line_, col() - 1);
    }

    void fractionAndExponent() {
        if (peek() == '.') {
            ++pos_;
            if (isDec(peek())) digits(isDec, "decimal", line_);
        }
        if (peek() == 'e' || peek() == 'E') {
            size_t save = pos_;
            ++pos_;
            if (peek() == '+' || peek() == '-') ++pos_;
            if (!isDec(peek())) {
                // Not an exponent: `1else` is the number 1 touching the keyword else.
                pos_ = save;
                endOfNumber("decimal");
                return;
            }
            digits(isDec, "decimal", line_);
        }
        if (peek() == 'j' || peek() == 'J') ++pos_;
        endOfNumber("decimal");
    }

    int numberStartCol_ = 0;

    void number() {
        numberStartCol_ = col();
        char c = peek();
        if (c == '.') {  // .5
            fractionAndExponent();
            return;
        }
        if (c == '0') {
            char n = peek(1);
            if (n == 'x' || n == 'X' || n == 'o' || n == 'O' || n == 'b' || n == 'B') {
                pos_ += 2;
                char k = static_cast<char>(tolower(n));
                bool (*isDigit)(char) = k == 'x' ? isHex : k == 'o' ? isOct : isBin;
                const char* kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
                if (peek() == '_') ++pos_;
                if (!isDigit(peek())) {
                    if (k != 'x' && isDec(peek())) fail(std::string("invalid digit '") + peek() + "' in " + kind + " literal", line_, col());
                    fail(std::string("invalid ") + kind + " literal", line_, col() - 1);
                }
                digits(isDigit, kind, line_);
                if (k != 'x' && isDec(peek())) fail(std::string("invalid digit '") + peek() + "' in " + kind + " literal", line_, col());
                endOfNumber(kind);
                return;
            }
            // Zeros, then maybe a float; a nonzero digit after leading zeros must be a float.
            int startCol = col();
            size_t numStart = pos_;
            bool nonzero = false;
            digits(isDec, "decimal", line_);
            for (size_t i = numStart; i < pos_; ++i)
                if (s_[i] >= '1' && s_[i] <= '9') nonzero = true;
            if (peek() == '.' || peek() == 'e' || peek() == 'E' || peek() == 'j' || peek() == 'J') {
                fractionAndExponent();
                return;
            }
            if (nonzero)
                fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                     line_, startCol);
            endOfNumber("decimal");
            return;
        }
        digits(isDec, "decimal", line_);
        fractionAndExponent();
    }

    // CPython counts a final line break as ending the last line, not starting a new one.
    int detectedLine() const { return atEnd() && pos_ > 0 && s_[pos_ - 1] == '\n' ? line_ - 1 : line_; }

    void string(size_t start, int startLine, int startCol) {
        // pos_ is at the opening quote.
        char q = peek();
        bool triple = peek(1) == q && peek(2) == q;
        pos_ += triple ? 3 : 1;
        for (;;) {
            if (atEnd()) {
                if (triple)
                    fail("unterminated triple-quoted string literal (detected at line " + std::to_string(detectedLine()) + ")",
                         startLine, startCol);
                fail("unterminated string literal (detected at line " + std::to_string(detectedLine()) + ")", startLine, startCol);
            }
            char c = peek();
            if (c == '\\') {
                ++pos_;
                if (atEnd()) continue;
                if (!eatLineBreak()) ++pos_;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!triple)
                    fail("unterminated string literal (detected at line " + std::to_string(detectedLine()) + ")", startLine, startCol);
                eatLineBreak();
                continue;
            }
            if (c == q) {
                if (!triple) { ++pos_; break; }
                if (peek(1) == q && peek(2) == q) { pos_ += 3; break; }
            }
            ++pos_;
        }
        push(TokenKind::String, start, startLine, startCol, s_.substr(start, pos_ - start));
    }

    void op(size_t start, int startLine, int startCol) {
        static const char* const three[] = {"**=", "//=", ">>=", "<<=", "..."};
        static const char* const two[] = {"!=", "<>", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
                                          ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
        for (const char* t : three)
            if (s_.compare(pos_, 3, t) == 0 && pos_ + 3 <= end_) {
                pos_ += 3;
                push(TokenKind::Op, start, startLine, startCol, t);
                return;
            }
        for (const char* t : two)
            if (s_.compare(pos_, 2, t) == 0 && pos_ + 2 <= end_) {
                pos_ += 2;
                push(TokenKind::Op, start, startLine, startCol, t);
                return;
            }
        char c = peek();
        if (strchr("%&()*+,-./:;<=>@[]^{|}~", c) && c != '\0') {
            if (c == '(' || c == '[' || c == '{') {
                if (brackets_.size() >= static_cast<size_t>(kMaxLevel)) fail("too many nested parentheses", startLine, startCol);
                ++pos_;
                push(TokenKind::Op, start, startLine, startCol, std::string(1, c));  // level before the bracket
                brackets_.push_back({c, startLine, startCol});
                return;
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets_.empty()) fail(std::string("unmatched '") + c + "'", startLine, startCol);
                Bracket open = brackets_.back();
                char want = open.c == '(' ? ')' : open.c == '[' ? ']' : '}';
                if (c != want) {
                    if (open.line != startLine)
                        fail(std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open.c +
                                 "' on line " + std::to_string(open.line),
                             startLine, startCol);
                    fail(std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + open.c + "'",
                         startLine, startCol);
                }
                brackets_.pop_back();
            }
            ++pos_;
            push(TokenKind::Op, start, startLine, startCol, std::string(1, c));
            if (c == ')' || c == ']' || c == '}') out_.tokens.back().level = static_cast<int>(brackets_.size()) + 1 + (sub_ ? 1 : 0);
            return;
        }
        unsigned char uc = static_cast<unsigned char>(c);
        if (uc >= 0x80) {
            size_t i = pos_;
            char32_t cp = decodeUtf8(s_, i);
            fail(invalidCharacterMessage(cp), startLine, startCol);
        }
        if (uc < 0x20 && c != '\t' && c != '\f') fail(invalidCharacterMessage(uc), startLine, startCol);
        // `$`, `?`, `!`, backtick: CPython makes them one-character OP tokens that no grammar rule
        // accepts, so the parser reports "invalid syntax" there and lexing goes on.
        ++pos_;
        push(TokenKind::Op, start, startLine, startCol, std::string(1, c));
    }
};

}  // namespace

TokenStream tokenize(const SourceText& source, const TokenizerOptions& options) {
    Lexer lexer(source, options);
    return lexer.run();
}

}  // namespace py
