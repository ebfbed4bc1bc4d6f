// runtime/python/escape_codecs.cpp — (pylang) the 'unicode_escape' and 'raw_unicode_escape' codecs
// (CPython's Objects/unicodeobject.c PyUnicode_{Encode,Decode}{Raw,}UnicodeEscape). bytes.cpp's
// str.encode / bytes.decode dispatch here; decoding errors go through bytes.cpp's error-handler
// callback so errors='strict'/'replace'/'ignore'/... behave as for the other codecs.
#include <unicode/uchar.h>

#include <functional>

#include "runtime/python/py_runtime.h"

namespace dualvm::py {

std::string escapeEncode(const std::u32string& cps, bool raw) {
  std::string out;
  char b[16];
  for (char32_t c : cps) {
    if (raw) {
      if (c < 0x100) { out += char(c); continue; }
    } else {
      if (c == '\\') { out += "\\\\"; continue; }
      if (c == '\t') { out += "\\t"; continue; }
      if (c == '\n') { out += "\\n"; continue; }
      if (c == '\r') { out += "\\r"; continue; }
      if (c >= 0x20 && c < 0x7f) { out += char(c); continue; }
      if (c < 0x100) { snprintf(b, sizeof b, "\\x%02x", unsigned(c)); out += b; continue; }
    }
    snprintf(b, sizeof b, c < 0x10000 ? "\\u%04x" : "\\U%08x", unsigned(c));
    out += b;
  }
  return out;
}

// bad(start, end, reason) reports an undecodable run (it raises, or appends a replacement).
void escapeDecode(const std::string& data, bool raw, std::u32string& out,
                  const std::function<void(size_t, size_t, const std::string&)>& bad) {
  auto hex = [](char c) { return isxdigit((unsigned char)c) ? (isdigit((unsigned char)c) ? c - '0' : (tolower(c) - 'a' + 10)) : -1; };
  size_t n = data.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = data[i];
    if (c != '\\') { out += char32_t(c); i++; continue; }
    size_t start = i++;
    if (i >= n) {
      if (raw) { out += U'\\'; break; }
      bad(start, n, "\\ at end of string");
      break;
    }
    char e = data[i];
    // raw: only \u / \U after an odd run of backslashes are escapes; others stay as written
    if (raw && e == '\\') { out += U"\\\\"; i++; continue; }
    if (raw && e != 'u' && e != 'U') { out += U'\\'; continue; }
    i++;
    int digits = 0;
    switch (e) {
      case '\n': continue;
      case '\\': out += U'\\'; continue;
      case '\'': out += U'\''; continue;
      case '"': out += U'"'; continue;
      case 'a': out += U'\a'; continue;
      case 'b': out += U'\b'; continue;
      case 'f': out += U'\f'; continue;
      case 'n': out += U'\n'; continue;
      case 'r': out += U'\r'; continue;
      case 't': out += U'\t'; continue;
      case 'v': out += U'\v'; continue;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        char32_t v = char32_t(e - '0');
        for (int k = 0; k < 2 && i < n && data[i] >= '0' && data[i] <= '7'; k++) v = v * 8 + char32_t(data[i++] - '0');
        out += v;
        continue;
      }
      case 'x': digits = 2; break;
      case 'u': digits = 4; break;
      case 'U': digits = 8; break;
      case 'N': {
        // \N{NAME}: a Unicode character name, as unicodedata.lookup knows it
        size_t close = i < n && data[i] == '{' ? data.find('}', i) : std::string::npos;
        if (close == std::string::npos || close == i + 1) { bad(start, close == std::string::npos ? n : close + 1, "malformed \\N character escape"); i = close == std::string::npos ? n : close + 1; continue; }
        std::string name = data.substr(i + 1, close - i - 1);
        UErrorCode err = U_ZERO_ERROR;
        UChar32 cp = u_charFromName(U_EXTENDED_CHAR_NAME, name.c_str(), &err);
        if (U_FAILURE(err)) { err = U_ZERO_ERROR; cp = u_charFromName(U_CHAR_NAME_ALIAS, name.c_str(), &err); }
        if (U_FAILURE(err)) bad(start, close + 1, "unknown Unicode character name");
        else out += char32_t(cp);
        i = close + 1;
        continue;
      }
      default: out += U'\\'; out += char32_t((unsigned char)e); continue;  // kept as written
    }
    char32_t v = 0;
    int k = 0;
    for (; k < digits && i + size_t(k) < n && hex(data[i + k]) >= 0; k++) v = v * 16 + char32_t(hex(data[i + k]));
    if (k < digits) {
      const char* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
      bad(start, i + size_t(k), what);
      i += size_t(k);
      continue;
    }
    i += size_t(k);
    if (v > 0x10ffff) { bad(start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character"); continue; }
    out += v;
  }
}

}  // namespace dualvm::py
