// runtime/python/modules/binascii.cpp — the native `binascii` module (CPython's
// Modules/binascii.c; owner pycmods): hexlify/b2a_hex (sep, bytes_per_sep), unhexlify/a2b_hex,
// a2b_base64 (strict_mode), b2a_base64 (newline), crc32 (zlib's), crc_hqx, a2b_qp/b2a_qp,
// b2a_uu/a2b_uu, Error and Incomplete, with binascii.c's algorithms and messages. base64,
// secrets, uuid, email, quopri and zipfile run on it.
#include <zlib.h>
#include "runtime/python/modules/cmods_args.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

struct Errors { PyType *error, *incomplete; };
std::unordered_map<PyLanguage*, Errors> errs;

[[noreturn]] void binError(VM& vm, const std::string& msg) { L.raise(errs[&L].error, msg); }

// ascii_buffer_converter: the a2b_* functions take bytes-like or an ASCII-only str.
std::string asciiData(VM& vm, Value v) {
  std::string s;
  if (cmodsBuffer(L, v, s)) return s;
  if (isString(v)) {
    std::u32string cps = asString(v)->toCodePoints();
    for (char32_t c : cps) {
      if (c > 127) L.raise(L.t.ValueError, "string argument should contain only ASCII characters");
      s += char(c);
    }
    return s;
  }
  L.raise(L.t.TypeError, "argument should be bytes, buffer or ASCII string, not '" + L.typeName(v) + "'");
}

const char kHex[] = "0123456789abcdef";

// _Py_strhex_impl: hex digits with an optional separator every |bytes_per_sep| bytes, counted
// from the right when positive and from the left when negative.
std::string hexWithSep(const std::string& d, char sep, int64_t per) {
  std::string out;
  size_t n = d.size();
  if (!sep || per == 0 || n == 0) {
    for (unsigned char c : d) { out += kHex[c >> 4]; out += kHex[c & 15]; }
    return out;
  }
  size_t k = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < n; i++) {
    if (i > 0) {
      bool boundary = per > 0 ? (n - i) % k == 0 : i % k == 0;
      if (boundary) out += sep;
    }
    unsigned char c = (unsigned char)d[i];
    out += kHex[c >> 4]; out += kHex[c & 15];
  }
  return out;
}

Value hexlify(VM& vm, CallArgs& a) {
  const char* fn = nativeMagic(a) ? "b2a_hex" : "hexlify";
  RootedKwargs kw(L, fn, {"data", "sep", "bytes_per_sep"});
  Value data = cmodsArg(a, kw, 0, "data");
  if (!cmodsGiven(data)) L.raise(L.t.TypeError, std::string(fn) + "() missing required argument 'data' (pos 1)");
  std::string d = cmodsNeedBuffer(L, data);
  Value sepv = cmodsArg(a, kw, 1, "sep"), perv = cmodsArg(a, kw, 2, "bytes_per_sep");
  char sep = 0;
  if (cmodsGiven(sepv) && !sepv.isNull()) {
    std::string s;
    if (isString(sepv)) {
      std::u32string cps = asString(sepv)->toCodePoints();
      if (cps.size() == 1 && cps[0] > 127) L.raise(L.t.ValueError, "sep must be ASCII.");
      for (char32_t c : cps) s += char(c);
    } else if (!cmodsBuffer(L, sepv, s)) {
      L.raise(L.t.TypeError, "sep must be str or bytes.");
    }
    if (s.size() != 1) L.raise(L.t.ValueError, "sep must be length 1.");
    sep = s[0];
  }
  int64_t per = cmodsGiven(perv) ? L.toIndex(perv) : 1;
  return newBytes(L, hexWithSep(d, sep, per));
}

int hexVal(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Value unhexlify(VM& vm, CallArgs& a) {
  const char* fn = nativeMagic(a) ? "a2b_hex" : "unhexlify";
  RootedKwargs kw(L, fn, {"hexstr"});
  Value v = cmodsArg(a, kw, 0, "hexstr");
  if (!cmodsGiven(v)) L.raise(L.t.TypeError, std::string(fn) + "() missing required argument 'hexstr' (pos 1)");
  std::string s = asciiData(vm, v), out;
  if (s.size() % 2) binError(vm, "Odd-length string");
  for (size_t i = 0; i < s.size(); i += 2) {
    int hi = hexVal((unsigned char)s[i]), lo = hexVal((unsigned char)s[i + 1]);
    if (hi < 0 || lo < 0) binError(vm, "Non-hexadecimal digit found");
    out += char(hi * 16 + lo);
  }
  return newBytes(L, out);
}

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
int b64Val(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return 64;
}

Value a2bBase64(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "a2b_base64", {"data", "strict_mode"});
  Value v = cmodsArg(a, kw, 0, "data");
  if (!cmodsGiven(v)) L.raise(L.t.TypeError, "a2b_base64() missing required argument 'data' (pos 1)");
  Value sm = kw.get("strict_mode");
  bool strict = cmodsGiven(sm) && L.truthy(vm, sm);
  std::string s = asciiData(vm, v), out;
  if (strict && !s.empty() && s[0] == '=') binError(vm, "Leading padding not allowed");
  int quad = 0, pads = 0;
  unsigned left = 0;
  bool paddingStarted = false;
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '=') {
      paddingStarted = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        // a complete pad sequence ends the data
        if (strict && i + 1 < s.size()) binError(vm, "Excess data after padding");
        return newBytes(L, out);
      }
      continue;
    }
    int x = b64Val(c);
    if (x >= 64) {
      if (strict) binError(vm, "Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) binError(vm, "Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0: quad = 1; left = unsigned(x); break;
      case 1: quad = 2; out += char((left << 2) | (unsigned(x) >> 4)); left = unsigned(x) & 0x0f; break;
      case 2: quad = 3; out += char((left << 4) | (unsigned(x) >> 2)); left = unsigned(x) & 0x03; break;
      default: quad = 0; out += char((left << 6) | unsigned(x)); left = 0; break;
    }
  }
  if (quad == 1)
    binError(vm, "Invalid base64-encoded string: number of data characters (" + std::to_string(out.size() / 3 * 4 + 1) +
                     ") cannot be 1 more than a multiple of 4");
  if (quad != 0) binError(vm, "Incorrect padding");
  return newBytes(L, out);
}

Value b2aBase64(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "b2a_base64", {"data", "newline"});
  Value v = cmodsArg(a, kw, 0, "data");
  if (!cmodsGiven(v)) L.raise(L.t.TypeError, "b2a_base64() missing required argument 'data' (pos 1)");
  if (a.argc > 1) L.raise(L.t.TypeError, "b2a_base64() takes exactly 1 positional argument (" + std::to_string(a.argc) + " given)");
  std::string d = cmodsNeedBuffer(L, v), out;
  Value nl = kw.get("newline");
  bool newline = !cmodsGiven(nl) || L.truthy(vm, nl);
  size_t i = 0;
  for (; i + 2 < d.size(); i += 3) {
    unsigned x = (unsigned char)d[i] << 16 | (unsigned char)d[i + 1] << 8 | (unsigned char)d[i + 2];
    out += kB64[x >> 18]; out += kB64[(x >> 12) & 63]; out += kB64[(x >> 6) & 63]; out += kB64[x & 63];
  }
  if (d.size() - i == 1) {
    unsigned x = (unsigned char)d[i] << 16;
    out += kB64[x >> 18]; out += kB64[(x >> 12) & 63]; out += "==";
  } else if (d.size() - i == 2) {
    unsigned x = (unsigned char)d[i] << 16 | (unsigned char)d[i + 1] << 8;
    out += kB64[x >> 18]; out += kB64[(x >> 12) & 63]; out += kB64[(x >> 6) & 63]; out += '=';
  }
  if (newline) out += '\n';
  return newBytes(L, out);
}

// An unsigned int argument taken modulo 2**32 (CPython's bitwise unsigned_int converter).
uint32_t uintMask(VM& vm, Value v) {
  Value m = L.intBinary(BinaryOp::BitAnd, L.toInt(v), bigint::fromInt64(vm.heap, 0xffffffffLL));
  return uint32_t(L.toIndex(m));
}

Value crc32Fn(VM& vm, CallArgs& a) {
  if (a.argc < 1 || a.argc > 2) L.raise(L.t.TypeError, "crc32 expected 1 or 2 arguments, got " + std::to_string(a.argc));
  std::string d = cmodsNeedBuffer(L, a[0]);
  uLong crc = a.argc > 1 ? uintMask(vm, a[1]) : 0;
  crc = ::crc32(crc, reinterpret_cast<const Bytef*>(d.data()), uInt(d.size()));
  return cmodsInt(L, int64_t(crc & 0xffffffffu));
}

Value crcHqx(VM& vm, CallArgs& a) {
  if (a.argc != 2) L.raise(L.t.TypeError, "crc_hqx expected 2 arguments, got " + std::to_string(a.argc));
  std::string d = cmodsNeedBuffer(L, a[0]);
  uint32_t crc = uintMask(vm, a[1]) & 0xffff;
  for (unsigned char c : d) {  // CRC-CCITT (polynomial 0x1021), as binascii's table
    crc ^= uint32_t(c) << 8;
    for (int k = 0; k < 8; k++) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
    crc &= 0xffff;
  }
  return Value::integer(int32_t(crc));
}

Value a2bQp(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "a2b_qp", {"data", "header"});
  Value v = cmodsArg(a, kw, 0, "data");
  if (!cmodsGiven(v)) L.raise(L.t.TypeError, "a2b_qp() missing required argument 'data' (pos 1)");
  Value hv = cmodsArg(a, kw, 1, "header");
  bool header = cmodsGiven(hv) && L.truthy(vm, hv);
  std::string s = asciiData(vm, v), out;
  size_t in = 0, n = s.size();
  while (in < n) {
    if (s[in] == '=') {
      in++;
      if (in >= n) break;
      if (s[in] == '\n' || s[in] == '\r') {  // soft line break
        if (s[in] != '\n') while (in < n && s[in] != '\n') in++;
        if (in < n) in++;
      } else if (s[in] == '=') {  // broken case from broken python qp
        out += '=';
        in++;
      } else if (in + 1 < n && hexVal((unsigned char)s[in]) >= 0 && hexVal((unsigned char)s[in + 1]) >= 0) {
        out += char(hexVal((unsigned char)s[in]) << 4 | hexVal((unsigned char)s[in + 1]));
        in += 2;
      } else {
        out += '=';
      }
    } else if (header && s[in] == '_') {
      out += ' ';
      in++;
    } else {
      out += s[in++];
    }
  }
  return newBytes(L, out);
}

Value b2aQp(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "b2a_qp", {"data", "quotetabs", "istext", "header"});
  Value v = cmodsArg(a, kw, 0, "data");
  if (!cmodsGiven(v)) L.raise(L.t.TypeError, "b2a_qp() missing required argument 'data' (pos 1)");
  auto flag = [&](uint32_t i, const char* name, bool dflt) {
    Value x = cmodsArg(a, kw, i, name);
    return cmodsGiven(x) ? L.truthy(vm, x) : dflt;
  };
  bool quotetabs = flag(1, "quotetabs", false), istext = flag(2, "istext", true), header = flag(3, "header", false);
  std::string d = cmodsNeedBuffer(L, v), o;
  const size_t kMax = 76;
  size_t n = d.size();
  bool crlf = false;
  size_t p = d.find('\n');
  if (p != std::string::npos && p > 0 && d[p - 1] == '\r') crlf = true;
  auto toHex = [&](unsigned char c) { o += "0123456789ABCDEF"[c >> 4]; o += "0123456789ABCDEF"[c & 15]; };
  auto softBreak = [&] { o += '='; if (crlf) o += '\r'; o += '\n'; };
  size_t in = 0, linelen = 0;
  while (in < n) {
    unsigned char c = (unsigned char)d[in];
    bool encode = c > 126 || c == '=' || (header && c == '_') ||
                  (c == '.' && linelen == 0 && (in + 1 == n || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0)) ||
                  (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && in + 1 == n) ||
                  (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    if (encode) {
      if (linelen + 3 >= kMax) { softBreak(); linelen = 0; }
      o += '=';
      toHex(c);
      in++;
      linelen += 3;
    } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && d[in + 1] == '\n'))) {
      linelen = 0;
      if (!o.empty() && (o.back() == ' ' || o.back() == '\t')) {  // no whitespace at a line's end
        unsigned char ch = (unsigned char)o.back();
        o.back() = '=';
        toHex(ch);
      }
      if (crlf) o += '\r';
      o += '\n';
      in += c == '\r' ? 2 : 1;
    } else {
      if (in + 1 != n && d[in + 1] != '\n' && linelen + 1 >= kMax) { softBreak(); linelen = 0; }
      linelen++;
      if (header && c == ' ') { o += '_'; in++; }
      else o += d[in++];
    }
  }
  return newBytes(L, o);
}

Value b2aUu(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "b2a_uu", {"data", "backtick"});
  Value v = cmodsArg(a, kw, 0, "data");
  if (!cmodsGiven(v)) L.raise(L.t.TypeError, "b2a_uu() missing required argument 'data' (pos 1)");
  Value bt = kw.get("backtick");
  bool backtick = cmodsGiven(bt) && L.truthy(vm, bt);
  std::string d = cmodsNeedBuffer(L, v), o;
  if (d.size() > 45) binError(vm, "At most 45 bytes at once");
  auto enc = [&](unsigned x) { o += (backtick && x == 0) ? '`' : char(' ' + x); };
  enc(unsigned(d.size()));
  for (size_t i = 0; i < d.size(); i += 3) {
    unsigned b0 = (unsigned char)d[i], b1 = i + 1 < d.size() ? (unsigned char)d[i + 1] : 0, b2 = i + 2 < d.size() ? (unsigned char)d[i + 2] : 0;
    unsigned x = b0 << 16 | b1 << 8 | b2;
    enc(x >> 18); enc((x >> 12) & 63); enc((x >> 6) & 63); enc(x & 63);
  }
  o += '\n';
  return newBytes(L, o);
}

Value a2bUu(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "a2b_uu() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  std::string s = asciiData(vm, a[0]), o;
  if (s.empty()) return newBytes(L, std::string(32, '\0'));
  size_t len = size_t((s[0] - ' ') & 077), i = 1;
  unsigned left = 0;
  int bits = 0;
  while (o.size() < len) {
    unsigned char c = i < s.size() ? (unsigned char)s[i] : ' ';
    if (i < s.size() && (c == '\n' || c == '\r')) c = ' ';
    i++;
    if (c < ' ' || c > (' ' + 64)) binError(vm, "Illegal char");
    left = (left << 6) | ((c - ' ') & 077);
    bits += 6;
    if (bits >= 8) { bits -= 8; o += char((left >> bits) & 0xff); left &= (1u << bits) - 1; }
  }
  for (; i < s.size(); i++) {  // only whitespace (and a backtick CPython tolerates) may follow
    unsigned char c = (unsigned char)s[i];
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') binError(vm, "Trailing garbage");
  }
  return newBytes(L, o);
}

}  // namespace

void initBinascii(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Errors e;
  e.error = newNativeType(P, "Error", "binascii", P.t.ValueError);
  e.incomplete = newNativeType(P, "Incomplete", "binascii", P.t.Exception);
  errs[&P] = e;
  m->putDirect(vm, P.s("Error"), Value::cell(e.error));
  m->putDirect(vm, P.s("Incomplete"), Value::cell(e.incomplete));
  P.defNative(m, "hexlify", hexlify, 0);
  P.defNative(m, "b2a_hex", hexlify, 1);
  P.defNative(m, "unhexlify", unhexlify, 0);
  P.defNative(m, "a2b_hex", unhexlify, 1);
  P.defNative(m, "a2b_base64", a2bBase64);
  P.defNative(m, "b2a_base64", b2aBase64);
  P.defNative(m, "crc32", crc32Fn);
  P.defNative(m, "crc_hqx", crcHqx);
  P.defNative(m, "a2b_qp", a2bQp);
  P.defNative(m, "b2a_qp", b2aQp);
  P.defNative(m, "b2a_uu", b2aUu);
  P.defNative(m, "a2b_uu", a2bUu);
}

}  // namespace dualvm::py
