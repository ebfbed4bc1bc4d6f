// Python string-literal decoding (see string_literal.h). Mirrors CPython's
// _PyUnicode_DecodeUnicodeEscapeInternal and _PyBytes_DecodeEscape, including their messages.
#include "frontends/python/string_literal.h"

#include <unicode/uchar.h>

#include <cctype>

#include "frontends/python/tokenizer.h"

namespace py {

StringPrefix parseStringPrefix(std::string_view text) {
    StringPrefix p;
    size_t i = 0;
    while (i < text.size() && text[i] != '\'' && text[i] != '"') {
        char c = static_cast<char>(tolower(static_cast<unsigned char>(text[i])));
        if (c == 'r') p.raw = true;
        else if (c == 'b') p.bytes = true;
        else if (c == 'f') p.fstring = true;
        else if (c == 'u') p.u = true;
        ++i;
    }
    p.prefixLength = i;
    p.quoteLength = (i + 2 < text.size() && text[i + 1] == text[i] && text[i + 2] == text[i] &&
                     text.size() >= i + 6)
                        ? 3
                        : 1;
    return p;
}

static int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Character index of byte offset `i` in body (CPython reports positions in characters).
static size_t charIndex(std::string_view body, size_t i) {
    size_t n = 0;
    for (size_t k = 0; k < i && k < body.size(); ++k)
        if ((static_cast<unsigned char>(body[k]) & 0xC0) != 0x80) ++n;
    return n;
}

bool decodeEscapes(std::string_view body, bool bytes, std::string& out, std::string& error) {
    out.clear();
    out.reserve(body.size());
    auto unicodeError = [&](size_t start, size_t end, const char* what) {
        error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                std::to_string(charIndex(body, start)) + "-" + std::to_string(charIndex(body, end) - 1) + ": " + what;
        return false;
    };
    size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c != '\\') {
            if (bytes && static_cast<unsigned char>(c) >= 0x80) {
                error = "bytes can only contain ASCII literal characters";
                return false;
            }
            out += c;
            ++i;
            continue;
        }
        size_t start = i;
        ++i;
        if (i >= body.size()) {
            if (bytes) { error = "(value error) Trailing \\ in string"; return false; }
            return unicodeError(start, i, "\\ at end of string");
        }
        char e = body[i++];
        switch (e) {
            case '\n': break;
            case '\r': if (i < body.size() && body[i] == '\n') ++i; break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'a': out += '\a'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'v': out += '\v'; break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                unsigned v = e - '0';
                for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k) v = v * 8 + (body[i++] - '0');
                if (bytes) out += static_cast<char>(v & 0xFF);
                else appendUtf8(out, v);
                break;
            }
            case 'x': case 'u': case 'U': {
                if (bytes && e != 'x') {  // \u and \U are not escapes in bytes
                    out += '\\';
                    out += e;
                    break;
                }
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                unsigned long v = 0;
                for (int k = 0; k < n; ++k) {
                    int h = i < body.size() ? hexValue(body[i]) : -1;
                    if (h < 0) {
                        if (bytes) {
                            error = "(value error) invalid \\x escape at position " + std::to_string(start);
                            return false;
                        }
                        const char* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                        return unicodeError(start, i, what);
                    }
                    v = v * 16 + h;
                    ++i;
                }
                if (bytes) out += static_cast<char>(v);
                else {
                    if (v > 0x10FFFF) return unicodeError(start, i, "illegal Unicode character");
                    appendUtf8(out, static_cast<char32_t>(v));
                }
                break;
            }
            case 'N': {
                if (bytes) { out += "\\N"; break; }
                if (i >= body.size() || body[i] != '{') return unicodeError(start, i, "malformed \\N character escape");
                size_t close = body.find('}', i);
                if (close == std::string_view::npos || close == i + 1)
                    return unicodeError(start, close == std::string_view::npos ? body.size() : close + 1, "malformed \\N character escape");
                std::string name(body.substr(i + 1, close - i - 1));
                UErrorCode status = U_ZERO_ERROR;
                UChar32 cp = u_charFromName(U_UNICODE_CHAR_NAME, name.c_str(), &status);
                if (U_FAILURE(status) || cp < 0) {
                    status = U_ZERO_ERROR;
                    cp = u_charFromName(U_CHAR_NAME_ALIAS, name.c_str(), &status);
                }
                if (U_FAILURE(status) || cp < 0) return unicodeError(start, close + 1, "unknown Unicode character name");
                appendUtf8(out, static_cast<char32_t>(cp));
                i = close + 1;
                break;
            }
            default:
                // Unknown escapes stay as written (CPython only warns).
                out += '\\';
                out += e;
                if (bytes && static_cast<unsigned char>(e) >= 0x80) {
                    error = "bytes can only contain ASCII literal characters";
                    return false;
                }
                break;
        }
    }
    return true;
}

}  // namespace py
