// runtime/js/uri_builtins.cpp — encodeURI, encodeURIComponent, decodeURI, decodeURIComponent
// (ECMA-262 §19.2.6, UTF-8 percent-encoding, URIError "URI malformed"), escape/unescape (Annex B)
// and btoa/atob (node's Latin-1 base64 globals).
#include <cstring>
#include <string>
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"

namespace dualvm::js {

using U16 = std::u16string;

static const char* kUriReserved = ";/?:@&=+$,";
static const char* kUriUnescapedExtra = "-_.!~*'()";

static bool isAlnum(char16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
static bool inSet(char16_t c, const char* set) {
  for (const char* p = set; *p; p++) if (c == char16_t(*p)) return true;
  return false;
}

// encodeURI / encodeURIComponent: magic 0 / 1.
static Value uriEncode(VM& vm, CallArgs& args) {
  bool component = static_cast<NativeFunction*>(args.callee)->magic == 1;
  U16 s = toString(vm, args[0])->toUtf16();
  std::string out;
  static const char* hex = "0123456789ABCDEF";
  for (size_t k = 0; k < s.size(); k++) {
    char16_t c = s[k];
    if (isAlnum(c) || inSet(c, kUriUnescapedExtra) || (!component && (inSet(c, kUriReserved) || c == '#'))) {
      out += char(c);
      continue;
    }
    uint32_t cp = c;
    if (c >= 0xDC00 && c <= 0xDFFF) throwError(vm, ErrorType::URIError, "URI malformed");
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (k + 1 >= s.size() || !(s[k + 1] >= 0xDC00 && s[k + 1] <= 0xDFFF))
        throwError(vm, ErrorType::URIError, "URI malformed");
      cp = 0x10000 + ((uint32_t(c) - 0xD800) << 10) + (uint32_t(s[++k]) - 0xDC00);
    }
    unsigned char bytes[4];
    int n;
    if (cp < 0x80) { bytes[0] = uint8_t(cp); n = 1; }
    else if (cp < 0x800) { bytes[0] = uint8_t(0xC0 | (cp >> 6)); bytes[1] = uint8_t(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) { bytes[0] = uint8_t(0xE0 | (cp >> 12)); bytes[1] = uint8_t(0x80 | ((cp >> 6) & 0x3F)); bytes[2] = uint8_t(0x80 | (cp & 0x3F)); n = 3; }
    else { bytes[0] = uint8_t(0xF0 | (cp >> 18)); bytes[1] = uint8_t(0x80 | ((cp >> 12) & 0x3F)); bytes[2] = uint8_t(0x80 | ((cp >> 6) & 0x3F)); bytes[3] = uint8_t(0x80 | (cp & 0x3F)); n = 4; }
    for (int i = 0; i < n; i++) { out += '%'; out += hex[bytes[i] >> 4]; out += hex[bytes[i] & 0xF]; }
  }
  return makeStringUtf8(vm, out);
}

static int hexValue(char16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// decodeURI / decodeURIComponent: magic 0 / 1.
static Value uriDecode(VM& vm, CallArgs& args) {
  bool component = static_cast<NativeFunction*>(args.callee)->magic == 1;
  U16 s = toString(vm, args[0])->toUtf16();
  U16 out;
  // The byte of the escape "%XY" at k, or -1.
  auto byteAt = [&](size_t k) -> int {
    if (k + 3 > s.size()) return -1;
    if (s[k] != '%') return -1;
    int h = hexValue(s[k + 1]), l = hexValue(s[k + 2]);
    if (h < 0 || l < 0) return -1;
    return h * 16 + l;
  };
  auto malformed = [&]() { throwError(vm, ErrorType::URIError, "URI malformed"); };
  for (size_t k = 0; k < s.size(); k++) {
    char16_t c = s[k];
    if (c != '%') { out.push_back(c); continue; }
    size_t start = k;
    int b = byteAt(k);
    if (b < 0) malformed();
    k += 2;
    if (b < 0x80) {
      char16_t ch = char16_t(b);
      if (!component && (inSet(ch, kUriReserved) || ch == '#')) out.append(s, start, 3);
      else out.push_back(ch);
      continue;
    }
    int n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0) malformed();
    uint32_t cp = uint32_t(b) & (0xFFu >> (n + 1));
    for (int j = 1; j < n; j++) {
      k++;
      int cb = byteAt(k);
      if (cb < 0 || (cb & 0xC0) != 0x80) malformed();
      cp = (cp << 6) | uint32_t(cb & 0x3F);
      k += 2;
    }
    static const uint32_t minByLength[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < minByLength[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) malformed();
    if (cp < 0x10000) {
      out.push_back(char16_t(cp));
    } else {
      cp -= 0x10000;
      out.push_back(char16_t(0xD800 + (cp >> 10)));
      out.push_back(char16_t(0xDC00 + (cp & 0x3FF)));
    }
  }
  return makeString(vm, out);
}

static Value globalEscape(VM& vm, CallArgs& args) {
  U16 s = toString(vm, args[0])->toUtf16();
  std::string out;
  static const char* hex = "0123456789ABCDEF";
  for (char16_t c : s) {
    if (isAlnum(c) || inSet(c, "@*_+-./")) out += char(c);
    else if (c < 256) { out += '%'; out += hex[c >> 4]; out += hex[c & 0xF]; }
    else { out += "%u"; for (int sh = 12; sh >= 0; sh -= 4) out += hex[(c >> sh) & 0xF]; }
  }
  return makeStringUtf8(vm, out);
}

static Value globalUnescape(VM& vm, CallArgs& args) {
  U16 s = toString(vm, args[0])->toUtf16();
  U16 out;
  for (size_t k = 0; k < s.size(); k++) {
    if (s[k] == '%' && k + 5 < s.size() && s[k + 1] == 'u') {
      int a = hexValue(s[k + 2]), b = hexValue(s[k + 3]), c = hexValue(s[k + 4]), d = hexValue(s[k + 5]);
      if (a >= 0 && b >= 0 && c >= 0 && d >= 0) { out.push_back(char16_t((a << 12) | (b << 8) | (c << 4) | d)); k += 5; continue; }
    }
    if (s[k] == '%' && k + 2 < s.size()) {
      int a = hexValue(s[k + 1]), b = hexValue(s[k + 2]);
      if (a >= 0 && b >= 0) { out.push_back(char16_t((a << 4) | b)); k += 2; continue; }
    }
    out.push_back(s[k]);
  }
  return makeString(vm, out);
}

static const char* kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

[[noreturn]] static void throwDomException(VM& vm, const std::string& message) {
  Rooted e(vm, makeError(vm, ErrorType::Error, message));
  defineValue(vm, asObject(e), jsRealm(vm).names.name, makeStringUtf8(vm, "InvalidCharacterError"));
  vm.throwValue(e);
}

static Value globalBtoa(VM& vm, CallArgs& args) {
  if (args.argc == 0) throwTypeError(vm, "The \"data\" argument must be specified");
  U16 s = toString(vm, args[0])->toUtf16();
  std::string bytes;
  for (char16_t c : s) {
    if (c > 0xFF) throwDomException(vm, "Invalid character");
    bytes += char(c);
  }
  std::string out;
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t n = uint32_t(uint8_t(bytes[i])) << 16;
    if (i + 1 < bytes.size()) n |= uint32_t(uint8_t(bytes[i + 1])) << 8;
    if (i + 2 < bytes.size()) n |= uint8_t(bytes[i + 2]);
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kBase64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kBase64[n & 63] : '=';
  }
  return makeStringUtf8(vm, out);
}

static Value globalAtob(VM& vm, CallArgs& args) {
  if (args.argc == 0) throwTypeError(vm, "The \"data\" argument must be specified");
  U16 s = toString(vm, args[0])->toUtf16();
  std::string clean;
  for (char16_t c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') continue;
    if (c > 0x7F) throwDomException(vm, "The string to be decoded is not correctly encoded.");
    clean += char(c);
  }
  if (clean.size() % 4 == 0 && !clean.empty()) {
    if (clean.back() == '=') clean.pop_back();
    if (clean.back() == '=') clean.pop_back();
  }
  if (clean.size() % 4 == 1) throwDomException(vm, "The string to be decoded is not correctly encoded.");
  U16 out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : clean) {
    const char* p = std::strchr(kBase64, c);
    if (!p || !c) throwDomException(vm, "The string to be decoded is not correctly encoded.");
    acc = (acc << 6) | uint32_t(p - kBase64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(char16_t((acc >> bits) & 0xFF));
    }
  }
  return makeString(vm, out);
}

void installUriBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* g = r.global;
  defineNativeMethod(vm, g, "encodeURI", uriEncode, 1, 0);
  defineNativeMethod(vm, g, "encodeURIComponent", uriEncode, 1, 1);
  defineNativeMethod(vm, g, "decodeURI", uriDecode, 1, 0);
  defineNativeMethod(vm, g, "decodeURIComponent", uriDecode, 1, 1);
  defineNativeMethod(vm, g, "escape", globalEscape, 1);
  defineNativeMethod(vm, g, "unescape", globalUnescape, 1);
  defineNativeMethod(vm, g, "btoa", globalBtoa, 1);
  defineNativeMethod(vm, g, "atob", globalAtob, 1);
}

}  // namespace dualvm::js
