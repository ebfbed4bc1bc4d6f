// frontends/js/lexer.cpp — ES2022 tokenizer: identifiers (ICU ID_Start/ID_Continue), numbers,
// strings, template chunks, regexp bodies, punctuators, comments, line tracking for ASI.
#include "frontends/js/lexer.h"

#include <unicode/uchar.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace js {

namespace {

struct Keyword {
    const char* text;
    Tok tok;
};
const Keyword kKeywords[] = {
    {"break", Tok::KwBreak}, {"case", Tok::KwCase}, {"catch", Tok::KwCatch},
    {"class", Tok::KwClass}, {"const", Tok::KwConst}, {"continue", Tok::KwContinue},
    {"debugger", Tok::KwDebugger}, {"default", Tok::KwDefault}, {"delete", Tok::KwDelete},
    {"do", Tok::KwDo}, {"else", Tok::KwElse}, {"enum", Tok::KwEnum}, {"export", Tok::KwExport},
    {"extends", Tok::KwExtends}, {"false", Tok::KwFalse}, {"finally", Tok::KwFinally},
    {"for", Tok::KwFor}, {"function", Tok::KwFunction}, {"if", Tok::KwIf},
    {"import", Tok::KwImport}, {"in", Tok::KwIn}, {"instanceof", Tok::KwInstanceof},
    {"new", Tok::KwNew}, {"null", Tok::KwNull}, {"return", Tok::KwReturn},
    {"super", Tok::KwSuper}, {"switch", Tok::KwSwitch}, {"this", Tok::KwThis},
    {"throw", Tok::KwThrow}, {"true", Tok::KwTrue}, {"try", Tok::KwTry},
    {"typeof", Tok::KwTypeof}, {"var", Tok::KwVar}, {"void", Tok::KwVoid},
    {"while", Tok::KwWhile}, {"with", Tok::KwWith},
};

Tok keywordFor(const std::string& s) {
    if (s.size() < 2 || s.size() > 10 || s[0] < 'b' || s[0] > 'w') return Tok::Identifier;
    for (const auto& k : kKeywords)
        if (s == k.text) return k.tok;
    return Tok::Identifier;
}

bool isAsciiIdStart(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_'; }
bool isAsciiIdPart(int c) { return isAsciiIdStart(c) || (c >= '0' && c <= '9'); }
int hexVal(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, uint32_t c) {
    if (c < 0x80) out += char(c);
    else if (c < 0x800) { out += char(0xC0 | (c >> 6)); out += char(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12)); out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18)); out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F));
    }
}

bool isLineTerminatorCp(uint32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

bool isWhitespaceCp(uint32_t c) {
    if (c == '\t' || c == 0x0B || c == 0x0C || c == ' ' || c == 0xA0 || c == 0xFEFF) return true;
    return c > 0x7F && u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR;
}

}  // namespace

bool isIdStartCodePoint(uint32_t c) {
    if (c < 0x80) return isAsciiIdStart(int(c));
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ID_START);
}

bool isIdPartCodePoint(uint32_t c) {
    if (c < 0x80) return isAsciiIdPart(int(c));
    if (c == 0x200C || c == 0x200D) return true;
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_ID_CONTINUE);
}

void appendCodePoint(std::u16string& out, uint32_t c) {
    if (c >= 0x10000) {
        c -= 0x10000;
        out += char16_t(0xD800 + (c >> 10));
        out += char16_t(0xDC00 + (c & 0x3FF));
    } else {
        out += char16_t(c);
    }
}

const char* tokName(Tok t) {
    switch (t) {
    case Tok::EndOfInput: return "end of input";
    case Tok::Identifier: return "identifier";
    case Tok::PrivateName: return "private name";
    case Tok::Number: return "number";
    case Tok::BigInt: return "bigint";
    case Tok::String: return "string";
    case Tok::Template: return "template string";
    case Tok::RegExp: return "regular expression";
    case Tok::LBrace: return "{"; case Tok::RBrace: return "}"; case Tok::LParen: return "(";
    case Tok::RParen: return ")"; case Tok::LBracket: return "["; case Tok::RBracket: return "]";
    case Tok::Dot: return "."; case Tok::Ellipsis: return "..."; case Tok::Semicolon: return ";";
    case Tok::Comma: return ","; case Tok::Lt: return "<"; case Tok::Gt: return ">";
    case Tok::LtEq: return "<="; case Tok::GtEq: return ">="; case Tok::Eq: return "==";
    case Tok::NotEq: return "!="; case Tok::StrictEq: return "==="; case Tok::StrictNotEq: return "!==";
    case Tok::Plus: return "+"; case Tok::Minus: return "-"; case Tok::Star: return "*";
    case Tok::Percent: return "%"; case Tok::StarStar: return "**"; case Tok::PlusPlus: return "++";
    case Tok::MinusMinus: return "--"; case Tok::Shl: return "<<"; case Tok::Sar: return ">>";
    case Tok::Shr: return ">>>"; case Tok::Amp: return "&"; case Tok::Pipe: return "|";
    case Tok::Caret: return "^"; case Tok::Bang: return "!"; case Tok::Tilde: return "~";
    case Tok::AmpAmp: return "&&"; case Tok::PipePipe: return "||"; case Tok::QuestionQuestion: return "??";
    case Tok::Question: return "?"; case Tok::QuestionDot: return "?."; case Tok::Colon: return ":";
    case Tok::Assign: return "="; case Tok::PlusAssign: return "+="; case Tok::MinusAssign: return "-=";
    case Tok::StarAssign: return "*="; case Tok::PercentAssign: return "%="; case Tok::StarStarAssign: return "**=";
    case Tok::ShlAssign: return "<<="; case Tok::SarAssign: return ">>="; case Tok::ShrAssign: return ">>>=";
    case Tok::AmpAssign: return "&="; case Tok::PipeAssign: return "|="; case Tok::CaretAssign: return "^=";
    case Tok::AmpAmpAssign: return "&&="; case Tok::PipePipeAssign: return "||=";
    case Tok::QuestionQuestionAssign: return "?\?="; case Tok::Arrow: return "=>";
    case Tok::Slash: return "/"; case Tok::SlashAssign: return "/=";
    default:
        for (const auto& k : kKeywords)
            if (k.tok == t) return k.text;
        return "?";
    }
}

Lexer::Lexer(std::string_view source) : src_(source) {
    // Skip a UTF-8 BOM and a hashbang line (node accepts both).
    if (src_.size() >= 3 && (unsigned char)src_[0] == 0xEF && (unsigned char)src_[1] == 0xBB &&
        (unsigned char)src_[2] == 0xBF)
        pos_ = 3;
    if (src_.size() >= pos_ + 2 && src_[pos_] == '#' && src_[pos_ + 1] == '!') {
        while (pos_ < src_.size() && src_[pos_] != '\n' && src_[pos_] != '\r') ++pos_;
    }
}

void Lexer::restore(const State& s) {
    pos_ = s.pos;
    line_ = s.line;
    lineStart_ = s.lineStart;
}

int Lexer::peekByte(uint32_t ahead) const {
    uint32_t p = pos_ + ahead;
    return p < src_.size() ? static_cast<unsigned char>(src_[p]) : -1;
}

uint32_t Lexer::decodeAt(uint32_t at, int* len) const {
    auto b = [&](uint32_t i) -> unsigned { return i < src_.size() ? (unsigned char)src_[i] : 0; };
    unsigned c0 = b(at);
    if (c0 < 0x80) { *len = 1; return c0; }
    int n = (c0 & 0xE0) == 0xC0 ? 2 : (c0 & 0xF0) == 0xE0 ? 3 : (c0 & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || at + n > src_.size()) { *len = 1; return 0xFFFD; }
    uint32_t c = c0 & (0x7F >> n);
    for (int i = 1; i < n; ++i) {
        unsigned cb = b(at + i);
        if ((cb & 0xC0) != 0x80) { *len = 1; return 0xFFFD; }
        c = (c << 6) | (cb & 0x3F);
    }
    *len = n;
    return c;
}

SourcePos Lexer::posAt(uint32_t offset) {
    SourcePos p;
    p.line = int(line_);
    p.offset = offset;
    if (offset < lineStart_) {  // only happens for positions on earlier lines: approximate
        p.column = 1;
        return p;
    }
    uint32_t from = lineStart_;
    int col = 1;
    if (colCacheLine_ == lineStart_ + 1 && colCacheOffset_ <= offset && colCacheOffset_ >= lineStart_) {
        from = colCacheOffset_;
        col = colCacheColumn_;
    }
    for (uint32_t i = from; i < offset && i < src_.size(); ++i) {
        unsigned char c = src_[i];
        if ((c & 0xC0) != 0x80) col += (c >= 0xF0) ? 2 : 1;
    }
    colCacheLine_ = lineStart_ + 1;
    colCacheOffset_ = offset;
    colCacheColumn_ = col;
    p.column = col;
    return p;
}

void Lexer::fail(const std::string& message, SourcePos at) { throw SyntaxError(message, at.line, at.column); }

void Lexer::newline(uint32_t nextLineStart) {
    ++line_;
    lineStart_ = nextLineStart;
}

bool Lexer::skipTrivia() {
    bool sawNewline = false;
    while (pos_ < src_.size()) {
        unsigned char c = src_[pos_];
        if (c == ' ' || c == '\t' || c == 0x0B || c == 0x0C) { ++pos_; continue; }
        if (c == '\n') { ++pos_; newline(pos_); sawNewline = true; continue; }
        if (c == '\r') {
            ++pos_;
            if (peekByte() == '\n') ++pos_;
            newline(pos_);
            sawNewline = true;
            continue;
        }
        if (c == '/' && peekByte(1) == '/') {
            pos_ += 2;
            while (pos_ < src_.size()) {
                int len;
                uint32_t cp = decodeAt(pos_, &len);
                if (isLineTerminatorCp(cp)) break;
                pos_ += len;
            }
            continue;
        }
        if (c == '/' && peekByte(1) == '*') {
            SourcePos start = posAt(pos_);
            pos_ += 2;
            bool closed = false;
            while (pos_ < src_.size()) {
                unsigned char d = src_[pos_];
                if (d == '*' && peekByte(1) == '/') { pos_ += 2; closed = true; break; }
                if (d == '\n') { ++pos_; newline(pos_); sawNewline = true; continue; }
                if (d == '\r') {
                    ++pos_;
                    if (peekByte() == '\n') ++pos_;
                    newline(pos_);
                    sawNewline = true;
                    continue;
                }
                if (d >= 0x80) {
                    int len;
                    uint32_t cp = decodeAt(pos_, &len);
                    pos_ += len;
                    if (cp == 0x2028 || cp == 0x2029) { newline(pos_); sawNewline = true; }
                    continue;
                }
                ++pos_;
            }
            if (!closed) fail("Invalid or unexpected token", start);
            continue;
        }
        if (c >= 0x80) {
            int len;
            uint32_t cp = decodeAt(pos_, &len);
            if (cp == 0x2028 || cp == 0x2029) { pos_ += len; newline(pos_); sawNewline = true; continue; }
            if (isWhitespaceCp(cp)) { pos_ += len; continue; }
        }
        break;
    }
    return sawNewline;
}

void Lexer::finish(Token& t) {
    t.end = pos_;
    t.endPos = posAt(pos_);
}

Token Lexer::next() {
    Token t;
    t.newlineBefore = skipTrivia();
    t.start = posAt(pos_);
    if (pos_ >= src_.size()) {
        t.type = Tok::EndOfInput;
        finish(t);
        return t;
    }
    unsigned char c = src_[pos_];
    if (isAsciiIdStart(c) || c == '\\' || c >= 0x80) {
        scanIdentifierOrKeyword(t);
    } else if (c >= '0' && c <= '9') {
        scanNumber(t);
    } else if (c == '.' && peekByte(1) >= '0' && peekByte(1) <= '9') {
        scanNumber(t);
    } else if (c == '"' || c == '\'') {
        scanString(t, char(c));
    } else if (c == '`') {
        ++pos_;
        scanTemplateChunk(t);
    } else if (c == '#') {
        ++pos_;
        int len;
        uint32_t cp = pos_ < src_.size() ? decodeAt(pos_, &len) : 0;
        if (!(isIdStartCodePoint(cp) || cp == '\\')) fail("Invalid or unexpected token", t.start);
        scanIdentifierOrKeyword(t);
        t.type = Tok::PrivateName;
        t.ident = "#" + t.ident;
    } else {
        scanPunctuator(t);
    }
    finish(t);
    return t;
}

uint32_t Lexer::scanUnicodeEscape(bool* ok) {
    // pos_ is just after "\u"
    *ok = false;
    if (peekByte() == '{') {
        ++pos_;
        uint32_t v = 0;
        int digits = 0;
        while (pos_ < src_.size() && hexVal(peekByte()) >= 0) {
            v = v * 16 + hexVal(peekByte());
            if (v > 0x10FFFF) {
                while (hexVal(peekByte()) >= 0) ++pos_;
                return 0x110000;  // out of range (callers report "Undefined Unicode code-point")
            }
            ++pos_;
            ++digits;
        }
        if (digits == 0 || peekByte() != '}') return 0;
        ++pos_;
        *ok = true;
        return v;
    }
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        int h = hexVal(peekByte());
        if (h < 0) return 0;
        v = v * 16 + h;
        ++pos_;
    }
    *ok = true;
    return v;
}

void Lexer::scanIdentifierOrKeyword(Token& t) {
    std::string name;
    bool first = true;
    while (pos_ < src_.size()) {
        unsigned char c = src_[pos_];
        if (c < 0x80 && c != '\\') {
            if (first ? !isAsciiIdStart(c) : !isAsciiIdPart(c)) break;
            name += char(c);
            ++pos_;
        } else if (c == '\\') {
            SourcePos at = posAt(pos_);
            if (peekByte(1) != 'u') fail("Invalid or unexpected token", at);
            pos_ += 2;
            bool ok;
            uint32_t cp = scanUnicodeEscape(&ok);
            if (!ok) fail("Invalid Unicode escape sequence", at);
            if (first ? !isIdStartCodePoint(cp) : !isIdPartCodePoint(cp)) fail("Invalid Unicode escape sequence", at);
            appendUtf8(name, cp);
            t.escaped = true;
        } else {
            int len;
            uint32_t cp = decodeAt(pos_, &len);
            if (first ? !isIdStartCodePoint(cp) : !isIdPartCodePoint(cp)) {
                if (first) fail("Invalid or unexpected token", posAt(pos_));
                break;
            }
            name.append(src_.data() + pos_, len);
            pos_ += len;
        }
        first = false;
    }
    if (name.empty()) fail("Invalid or unexpected token", t.start);
    t.type = t.escaped ? Tok::Identifier : keywordFor(name);
    t.ident = std::move(name);
}

void Lexer::scanNumber(Token& t) {
    t.type = Tok::Number;
    uint32_t start = pos_;
    auto digitsWithSeparators = [&](int radix, std::string& out) {
        bool lastWasDigit = false;
        bool any = false;
        while (pos_ < src_.size()) {
            int c = peekByte();
            if (c == '_') {
                if (peekByte(1) == '_') fail("Only one underscore is allowed as numeric separator", posAt(pos_ + 1));
                if (lastWasDigit && !(hexVal(peekByte(1)) >= 0 && hexVal(peekByte(1)) < radix))
                    fail("Numeric separators are not allowed at the end of numeric literals", t.start);
                if (!lastWasDigit) fail("Numeric separators are not allowed here", posAt(pos_));
                ++pos_;
                lastWasDigit = false;
                continue;
            }
            int v = hexVal(c);
            if (v < 0 || v >= radix) break;
            out += char(c);
            ++pos_;
            lastWasDigit = true;
            any = true;
        }
        return any;
    };
    std::string text;
    int c0 = peekByte();
    int c1 = peekByte(1);
    bool isBigInt = false;
    if (c0 == '0' && (c1 == 'x' || c1 == 'X' || c1 == 'o' || c1 == 'O' || c1 == 'b' || c1 == 'B')) {
        int radix = (c1 == 'x' || c1 == 'X') ? 16 : (c1 == 'o' || c1 == 'O') ? 8 : 2;
        pos_ += 2;
        std::string digits;
        if (!digitsWithSeparators(radix, digits)) fail("Invalid or unexpected token", t.start);
        if (peekByte() == 'n') {
            ++pos_;
            isBigInt = true;
            t.ident = std::string("0") + char(c1 | 0x20) + digits;
        } else {
            // Exact conversion: express the digits as hex, let from_chars round once.
            std::string hex;
            if (radix == 16) {
                hex = digits;
            } else {
                int bitsPer = radix == 8 ? 3 : 1;
                std::string bits;
                for (char d : digits) {
                    int v = d - '0';
                    for (int b = bitsPer - 1; b >= 0; --b) bits += char('0' + ((v >> b) & 1));
                }
                while (bits.size() % 4) bits.insert(bits.begin(), '0');
                static const char* hx = "0123456789abcdef";
                for (size_t i = 0; i < bits.size(); i += 4)
                    hex += hx[(bits[i] - '0') * 8 + (bits[i + 1] - '0') * 4 + (bits[i + 2] - '0') * 2 + (bits[i + 3] - '0')];
            }
            double v = 0;
            auto r = std::from_chars(hex.data(), hex.data() + hex.size(), v, std::chars_format::hex);
            if (r.ec == std::errc::result_out_of_range) v = INFINITY;
            t.number = v;
        }
    } else if (c0 == '0' && c1 >= '0' && c1 <= '9') {
        // Legacy octal (017) or NonOctalDecimalIntegerLiteral (08, 019): sloppy mode only.
        t.legacyOctal = true;
        ++pos_;
        std::string digits;
        bool octal = true;
        while (peekByte() >= '0' && peekByte() <= '9') {
            if (peekByte() >= '8') octal = false;
            digits += char(peekByte());
            ++pos_;
        }
        if (peekByte() == '_') fail("Numeric separators are not allowed here", posAt(pos_));
        if (peekByte() == 'n') fail("Invalid or unexpected token", t.start);
        if (octal) {
            double v = 0;
            for (char d : digits) v = v * 8 + (d - '0');
            t.number = v;
        } else {
            if (peekByte() == '.' || peekByte() == 'e' || peekByte() == 'E') {
                // 08.5 and 09e1 are decimal literals with a leading zero
                text = digits;
                if (peekByte() == '.') {
                    text += '.';
                    ++pos_;
                    while (peekByte() >= '0' && peekByte() <= '9') { text += char(peekByte()); ++pos_; }
                }
                if (peekByte() == 'e' || peekByte() == 'E') {
                    text += 'e';
                    ++pos_;
                    if (peekByte() == '+' || peekByte() == '-') { text += char(peekByte()); ++pos_; }
                    if (!(peekByte() >= '0' && peekByte() <= '9')) fail("Invalid or unexpected token", t.start);
                    while (peekByte() >= '0' && peekByte() <= '9') { text += char(peekByte()); ++pos_; }
                }
                std::from_chars(text.data(), text.data() + text.size(), t.number);
            } else {
                std::from_chars(digits.data(), digits.data() + digits.size(), t.number);
            }
        }
    } else {
        bool intPart = false;
        if (c0 != '.') intPart = digitsWithSeparators(10, text);
        bool simpleInt = true;
        if (peekByte() == 'n' && intPart) {
            if (text.size() > 1 && text[0] == '0') fail("Invalid or unexpected token", t.start);
            ++pos_;
            isBigInt = true;
            t.ident = text;
        } else {
            if (peekByte() == '.') {
                simpleInt = false;
                ++pos_;
                text += '.';
                if (peekByte() == '_') fail("Numeric separators are not allowed here", posAt(pos_));
                digitsWithSeparators(10, text);
            }
            if (peekByte() == 'e' || peekByte() == 'E') {
                simpleInt = false;
                ++pos_;
                text += 'e';
                if (peekByte() == '+' || peekByte() == '-') { text += char(peekByte()); ++pos_; }
                std::string exp;
                if (!digitsWithSeparators(10, exp)) fail("Invalid or unexpected token", t.start);
                text += exp;
            }
            (void)simpleInt;
            if (text == ".") fail("Invalid or unexpected token", t.start);
            std::string num = text[0] == '.' ? "0" + text : text;
            if (num.back() == '.') num.pop_back();
            double v = 0;
            auto r = std::from_chars(num.data(), num.data() + num.size(), v);
            if (r.ec == std::errc::result_out_of_range) {
                // from_chars reports overflow/underflow; decide which by the exponent sign
                size_t e = num.find('e');
                bool negExp = e != std::string::npos && e + 1 < num.size() && num[e + 1] == '-';
                v = negExp ? 0.0 : INFINITY;
            }
            t.number = v;
        }
    }
    (void)start;
    if (isBigInt) t.type = Tok::BigInt;
    // The source character right after a numeric literal must not start an identifier or digit.
    if (pos_ < src_.size()) {
        int len;
        uint32_t cp = decodeAt(pos_, &len);
        if ((cp >= '0' && cp <= '9') || cp == '\\' || isIdStartCodePoint(cp))
            fail("Invalid or unexpected token", t.start);
    }
}

void Lexer::scanString(Token& t, char quote) {
    t.type = Tok::String;
    ++pos_;
    std::u16string out;
    while (true) {
        if (pos_ >= src_.size()) fail("Invalid or unexpected token", t.start);
        unsigned char c = src_[pos_];
        if (c == (unsigned char)quote) { ++pos_; break; }
        if (c == '\n' || c == '\r') fail("Invalid or unexpected token", t.start);
        if (c == '\\') {
            SourcePos escPos = posAt(pos_);
            ++pos_;
            if (pos_ >= src_.size()) fail("Invalid or unexpected token", t.start);
            unsigned char e = src_[pos_];
            switch (e) {
            case 'n': out += u'\n'; ++pos_; break;
            case 't': out += u'\t'; ++pos_; break;
            case 'r': out += u'\r'; ++pos_; break;
            case 'b': out += u'\b'; ++pos_; break;
            case 'f': out += u'\f'; ++pos_; break;
            case 'v': out += u'\v'; ++pos_; break;
            case '\r':
                ++pos_;
                if (peekByte() == '\n') ++pos_;
                newline(pos_);
                break;
            case '\n': ++pos_; newline(pos_); break;
            case 'x': {
                ++pos_;
                int h1 = hexVal(peekByte()), h2 = hexVal(peekByte(1));
                if (h1 < 0 || h2 < 0) fail("Invalid hexadecimal escape sequence", escPos);
                out += char16_t(h1 * 16 + h2);
                pos_ += 2;
                break;
            }
            case 'u': {
                ++pos_;
                bool ok;
                uint32_t cp = scanUnicodeEscape(&ok);
                if (!ok) fail(cp == 0x110000 ? "Undefined Unicode code-point" : "Invalid Unicode escape sequence", escPos);
                appendCodePoint(out, cp);
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    if (e == '0' && !(peekByte(1) >= '0' && peekByte(1) <= '9')) {
                        out += u'\0';
                        ++pos_;
                        break;
                    }
                    // Legacy octal escape: up to three digits, value <= 0377.
                    if (!t.legacyOctal) t.octalEscapePos = posAt(pos_);
                    t.legacyOctal = true;
                    int v = e - '0';
                    ++pos_;
                    int maxDigits = e <= '3' ? 2 : 1;
                    for (int i = 0; i < maxDigits && peekByte() >= '0' && peekByte() <= '7'; ++i) {
                        v = v * 8 + (peekByte() - '0');
                        ++pos_;
                    }
                    out += char16_t(v);
                } else if (e == '8' || e == '9') {
                    if (!t.legacyOctal) {
                        t.octalEscapePos = posAt(pos_);
                        t.nonOctalDecimalEscape = true;
                    }
                    t.legacyOctal = true;
                    out += char16_t(e);
                    ++pos_;
                } else if (e >= 0x80) {
                    int len;
                    uint32_t cp = decodeAt(pos_, &len);
                    pos_ += len;
                    if (cp == 0x2028 || cp == 0x2029) { newline(pos_); break; }  // continuation
                    appendCodePoint(out, cp);
                } else {
                    out += char16_t(e);
                    ++pos_;
                }
            }
            continue;
        }
        if (c < 0x80) {
            out += char16_t(c);
            ++pos_;
        } else {
            int len;
            uint32_t cp = decodeAt(pos_, &len);
            appendCodePoint(out, cp);
            pos_ += len;
        }
    }
    t.str = std::move(out);
}

void Lexer::scanTemplateChunk(Token& t) {
    t.type = Tok::Template;
    std::u16string cooked, raw;
    bool cookedValid = true;
    auto invalid = [&](const char* msg, SourcePos at) {
        if (cookedValid) {
            cookedValid = false;
            t.invalidEscapeMessage = msg;
            t.invalidEscapePos = at;
        }
    };
    while (true) {
        if (pos_ >= src_.size()) fail("Unterminated template literal", t.start);
        unsigned char c = src_[pos_];
        if (c == '`') { ++pos_; t.templateTail = true; break; }
        if (c == '$' && peekByte(1) == '{') { pos_ += 2; t.templateTail = false; break; }
        if (c == '\r') {  // CR and CRLF become LF in both cooked and raw
            ++pos_;
            if (peekByte() == '\n') ++pos_;
            newline(pos_);
            cooked += u'\n';
            raw += u'\n';
            continue;
        }
        if (c == '\n') { ++pos_; newline(pos_); cooked += u'\n'; raw += u'\n'; continue; }
        if (c == '\\') {
            SourcePos escPos = posAt(pos_);
            uint32_t escStart = pos_;
            ++pos_;
            if (pos_ >= src_.size()) fail("Unterminated template literal", t.start);
            unsigned char e = src_[pos_];
            switch (e) {
            case 'n': cooked += u'\n'; ++pos_; break;
            case 't': cooked += u'\t'; ++pos_; break;
            case 'r': cooked += u'\r'; ++pos_; break;
            case 'b': cooked += u'\b'; ++pos_; break;
            case 'f': cooked += u'\f'; ++pos_; break;
            case 'v': cooked += u'\v'; ++pos_; break;
            case '\r':
                ++pos_;
                if (peekByte() == '\n') ++pos_;
                newline(pos_);
                raw += u"\\\n";
                continue;
            case '\n': ++pos_; newline(pos_); raw += u"\\\n"; continue;
            case 'x': {
                ++pos_;
                int h1 = hexVal(peekByte()), h2 = h1 >= 0 ? hexVal(peekByte(1)) : -1;
                if (h1 < 0 || h2 < 0) {
                    invalid("Invalid hexadecimal escape sequence", escPos);
                } else {
                    cooked += char16_t(h1 * 16 + h2);
                    pos_ += 2;
                }
                break;
            }
            case 'u': {
                ++pos_;
                uint32_t save = pos_;
                bool ok;
                uint32_t cp = scanUnicodeEscape(&ok);
                if (!ok) {
                    invalid("Invalid Unicode escape sequence", escPos);
                    pos_ = save;
                } else {
                    appendCodePoint(cooked, cp);
                }
                break;
            }
            default:
                if (e == '0' && !(peekByte(1) >= '0' && peekByte(1) <= '9')) {
                    cooked += u'\0';
                    ++pos_;
                } else if (e >= '0' && e <= '9') {
                    invalid("Octal escape sequences are not allowed in template strings", escPos);
                    ++pos_;
                } else if (e >= 0x80) {
                    int len;
                    uint32_t cp = decodeAt(pos_, &len);
                    pos_ += len;
                    if (cp == 0x2028 || cp == 0x2029) newline(pos_);
                    else appendCodePoint(cooked, cp);
                } else {
                    cooked += char16_t(e);
                    ++pos_;
                }
            }
            // raw text of the escape, verbatim
            std::u16string r = utf8ToUtf16(std::string(src_.substr(escStart, pos_ - escStart)));
            raw += r;
            continue;
        }
        int len = 1;
        uint32_t cp = c < 0x80 ? c : decodeAt(pos_, &len);
        pos_ += len;
        appendCodePoint(cooked, cp);
        appendCodePoint(raw, cp);
        if (cp == 0x2028 || cp == 0x2029) newline(pos_);
    }
    if (cookedValid) t.cooked = std::move(cooked);
    t.raw = std::move(raw);
}

Token Lexer::rescanRegExp(const Token& tok) {
    pos_ = tok.start.offset;
    Token t;
    t.newlineBefore = tok.newlineBefore;
    t.start = tok.start;
    t.type = Tok::RegExp;
    ++pos_;  // '/'
    bool inClass = false;
    uint32_t bodyStart = pos_;
    while (true) {
        if (pos_ >= src_.size()) fail("Invalid regular expression: missing /", t.start);
        int len;
        uint32_t cp = decodeAt(pos_, &len);
        if (isLineTerminatorCp(cp)) fail("Invalid regular expression: missing /", t.start);
        if (cp == '\\') {
            pos_ += 1;
            if (pos_ >= src_.size()) fail("Invalid regular expression: missing /", t.start);
            uint32_t n = decodeAt(pos_, &len);
            if (isLineTerminatorCp(n)) fail("Invalid regular expression: missing /", t.start);
            pos_ += len;
            continue;
        }
        if (cp == '[') inClass = true;
        else if (cp == ']') inClass = false;
        else if (cp == '/' && !inClass) break;
        pos_ += len;
    }
    t.str = utf8ToUtf16(std::string(src_.substr(bodyStart, pos_ - bodyStart)));
    ++pos_;  // closing '/'
    std::string flags;
    while (pos_ < src_.size()) {
        int len;
        uint32_t cp = decodeAt(pos_, &len);
        if (cp == '\\') fail("Invalid regular expression flags", t.start);
        if (!isIdPartCodePoint(cp)) break;
        flags.append(src_.data() + pos_, len);
        pos_ += len;
    }
    for (size_t i = 0; i < flags.size(); ++i) {
        if (!std::strchr("dgimsuyv", flags[i]) || flags.find(flags[i], i + 1) != std::string::npos ||
            flags[i] == 0)
            fail("Invalid regular expression flags", t.start);
    }
    t.ident = std::move(flags);
    finish(t);
    return t;
}

Token Lexer::rescanTemplateContinuation(const Token& tok) {
    pos_ = tok.start.offset + 1;  // after '}'
    Token t;
    t.newlineBefore = tok.newlineBefore;
    t.start = tok.start;
    scanTemplateChunk(t);
    finish(t);
    return t;
}

void Lexer::scanPunctuator(Token& t) {
    auto at = [&](int i) { return peekByte(i); };
    int c = at(0);
    auto set = [&](Tok k, int len) { t.type = k; pos_ += len; };
    switch (c) {
    case '{': set(Tok::LBrace, 1); return;
    case '}': set(Tok::RBrace, 1); return;
    case '(': set(Tok::LParen, 1); return;
    case ')': set(Tok::RParen, 1); return;
    case '[': set(Tok::LBracket, 1); return;
    case ']': set(Tok::RBracket, 1); return;
    case ';': set(Tok::Semicolon, 1); return;
    case ',': set(Tok::Comma, 1); return;
    case ':': set(Tok::Colon, 1); return;
    case '~': set(Tok::Tilde, 1); return;
    case '.':
        if (at(1) == '.' && at(2) == '.') set(Tok::Ellipsis, 3);
        else set(Tok::Dot, 1);
        return;
    case '<':
        if (at(1) == '<') { if (at(2) == '=') set(Tok::ShlAssign, 3); else set(Tok::Shl, 2); }
        else if (at(1) == '=') set(Tok::LtEq, 2);
        else set(Tok::Lt, 1);
        return;
    case '>':
        if (at(1) == '>') {
            if (at(2) == '>') { if (at(3) == '=') set(Tok::ShrAssign, 4); else set(Tok::Shr, 3); }
            else if (at(2) == '=') set(Tok::SarAssign, 3);
            else set(Tok::Sar, 2);
        } else if (at(1) == '=') set(Tok::GtEq, 2);
        else set(Tok::Gt, 1);
        return;
    case '=':
        if (at(1) == '=') { if (at(2) == '=') set(Tok::StrictEq, 3); else set(Tok::Eq, 2); }
        else if (at(1) == '>') set(Tok::Arrow, 2);
        else set(Tok::Assign, 1);
        return;
    case '!':
        if (at(1) == '=') { if (at(2) == '=') set(Tok::StrictNotEq, 3); else set(Tok::NotEq, 2); }
        else set(Tok::Bang, 1);
        return;
    case '+':
        if (at(1) == '+') set(Tok::PlusPlus, 2);
        else if (at(1) == '=') set(Tok::PlusAssign, 2);
        else set(Tok::Plus, 1);
        return;
    case '-':
        if (at(1) == '-') set(Tok::MinusMinus, 2);
        else if (at(1) == '=') set(Tok::MinusAssign, 2);
        else set(Tok::Minus, 1);
        return;
    case '*':
        if (at(1) == '*') { if (at(2) == '=') set(Tok::StarStarAssign, 3); else set(Tok::StarStar, 2); }
        else if (at(1) == '=') set(Tok::StarAssign, 2);
        else set(Tok::Star, 1);
        return;
    case '%':
        if (at(1) == '=') set(Tok::PercentAssign, 2); else set(Tok::Percent, 1);
        return;
    case '&':
        if (at(1) == '&') { if (at(2) == '=') set(Tok::AmpAmpAssign, 3); else set(Tok::AmpAmp, 2); }
        else if (at(1) == '=') set(Tok::AmpAssign, 2);
        else set(Tok::Amp, 1);
        return;
    case '|':
        if (at(1) == '|') { if (at(2) == '=') set(Tok::PipePipeAssign, 3); else set(Tok::PipePipe, 2); }
        else if (at(1) == '=') set(Tok::PipeAssign, 2);
        else set(Tok::Pipe, 1);
        return;
    case '^':
        if (at(1) == '=') set(Tok::CaretAssign, 2); else set(Tok::Caret, 1);
        return;
    case '?':
        if (at(1) == '?') { if (at(2) == '=') set(Tok::QuestionQuestionAssign, 3); else set(Tok::QuestionQuestion, 2); }
        else if (at(1) == '.' && !(at(2) >= '0' && at(2) <= '9')) set(Tok::QuestionDot, 2);
        else set(Tok::Question, 1);
        return;
    case '/':
        if (at(1) == '=') set(Tok::SlashAssign, 2); else set(Tok::Slash, 1);
        return;
    default:
        fail("Invalid or unexpected token", t.start);
    }
}

}  // namespace js
