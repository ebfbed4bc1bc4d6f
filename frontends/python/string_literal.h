// Decoding of Python string and bytes literals: prefixes (r, b, u, f in any case and order) and
// backslash escapes (\n \t ... \xhh \ooo \uXXXX \UXXXXXXXX \N{name} via ICU, line continuation).
// The parser uses this for plain literals and for the literal parts of f-strings.
#pragma once

#include <string>
#include <string_view>

namespace py {

struct StringPrefix {
    bool raw = false;
    bool bytes = false;
    bool fstring = false;
    bool u = false;
    size_t prefixLength = 0;  // letters before the opening quote
    size_t quoteLength = 0;   // 1 or 3
};

// Split a STRING token's text into prefix flags; the body is
// text.substr(prefixLength + quoteLength, size - prefixLength - 2 * quoteLength).
StringPrefix parseStringPrefix(std::string_view tokenText);

// Decode the backslash escapes of a (non-raw) literal body. For str the result is UTF-8 (lone
// surrogates in WTF-8 form); for bytes, raw bytes. On a bad escape returns false and sets `error`
// to CPython's message, e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in
// position 0-1: truncated \xXX escape".
bool decodeEscapes(std::string_view body, bool bytes, std::string& out, std::string& error);

}  // namespace py
