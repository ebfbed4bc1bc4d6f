// runtime/python/modules/json.cpp — the native `_json` module (CPython's Modules/_json.c, pystr):
// scanstring, make_scanner, make_encoder, encode_basestring_ascii and encode_basestring, which
// CPython's json package (loaded unchanged from /usr/lib/python3.11/json) picks up in place of
// its pure-Python fallbacks. The algorithms, error messages and error positions are _json.c's
// (where the C encoder differs from the Python one, e.g. "Out of range float values are not
// JSON compliant" without the value, CPython's behaviour is the C one's).
// The scanner and encoder are native functions carrying their configuration as a tuple (data2).
#include <cmath>
#include "runtime/python/modules/native_type.h"
#include "runtime/python/str_units.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

[[noreturn]] void decodeError(PyLanguage& P, const char* msg, Value text, int64_t pos) {
  VM& vm = P.vm;
  Rooted rt(vm, text);
  Rooted fromlist(vm, P.newStr("JSONDecodeError"));
  fromlist = P.newTuple(fromlist.address(), 1);
  Rooted mod(vm, P.importName(P.newStr("json.decoder"), fromlist, Value::integer(0)));
  Rooted cls(vm, P.getAttr(mod, P.s("JSONDecodeError")));
  RootedVector args(vm);
  args.push(P.newStr(msg));
  args.push(rt);
  args.push(Value::fromInt64(pos));
  vm.throwValue(P.call(cls, args.data(), 3));
}

[[noreturn]] void stopAt(PyLanguage& P, int64_t idx) {
  VM& vm = P.vm;
  Rooted v(vm, Value::fromInt64(idx));
  Rooted cls(vm, Value::cell(P.t.StopIteration));
  vm.throwValue(P.call(cls, v.address(), 1));
}

int hexDigit(uint32_t d) {
  if (d >= '0' && d <= '9') return int(d - '0');
  if (d >= 'a' && d <= 'f') return int(d - 'a' + 10);
  if (d >= 'A' && d <= 'F') return int(d - 'A' + 10);
  return -1;
}

// scanstring_unicode: the string whose opening quote is at end - 1; *next = after the closing one.
Value scanString(PyLanguage& P, Value text, int64_t end, bool strict, int64_t* next) {
  String* s = asString(text);
  int64_t len = s->length(), begin = end - 1;
  if (end < 0 || len < end) P.raise(P.t.ValueError, "end is out of bounds");
  StrBuilder b;
  bool built = false;
  for (;;) {
    uint32_t c = 0;
    int64_t k = end;
    for (; k < len; k++) {
      c = s->at(uint32_t(k));
      if (c == '"' || c == '\\') break;
      if (c <= 0x1f && strict) decodeError(P, "Invalid control character at", text, k);
    }
    if (k >= len || (c != '"' && c != '\\')) decodeError(P, "Unterminated string starting at", text, begin);
    if (c == '"' && !built) {  // no escapes: one slice
      *next = k + 1;
      return Value::cell(strSub(P.vm.heap, s, end, k - end));
    }
    built = true;
    b.append(s, size_t(end), size_t(k - end));
    k++;
    if (c == '"') { end = k; break; }
    if (k == len) decodeError(P, "Unterminated string starting at", text, begin);
    c = s->at(uint32_t(k));
    if (c != 'u') {
      end = k + 1;
      switch (c) {
        case '"': case '\\': case '/': break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        default: decodeError(P, "Invalid \\escape", text, end - 2);
      }
    } else {
      c = 0;
      k++;
      end = k + 4;
      if (end >= len) decodeError(P, "Invalid \\uXXXX escape", text, k - 1);
      for (; k < end; k++) {
        int d = hexDigit(s->at(uint32_t(k)));
        if (d < 0) decodeError(P, "Invalid \\uXXXX escape", text, end - 5);
        c = (c << 4) | uint32_t(d);
      }
      // a high surrogate followed by \uXXXX of a low one is one astral character
      if (c >= 0xD800 && c <= 0xDBFF && end + 6 < len && s->at(uint32_t(k)) == '\\' && s->at(uint32_t(k + 1)) == 'u') {
        k += 2;
        uint32_t c2 = 0;
        end += 6;
        for (; k < end; k++) {
          int d = hexDigit(s->at(uint32_t(k)));
          if (d < 0) decodeError(P, "Invalid \\uXXXX escape", text, end - 5);
          c2 = (c2 << 4) | uint32_t(d);
        }
        if (c2 >= 0xDC00 && c2 <= 0xDFFF) c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
        else end -= 6;
      }
    }
    b.appendChar(c);
  }
  *next = end;
  return Value::cell(b.finish(P.vm.heap));
}

Value py_scanstring(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  takeKwargs(P, "scanstring", {});
  if (a.argc < 2 || a.argc > 3) P.raise(P.t.TypeError, "scanstring expected 2 or 3 arguments, got " + std::to_string(a.argc));
  if (!isString(a[0])) P.raise(P.t.TypeError, "first argument must be a string, not " + P.typeName(a[0]));
  if (a[1].isDouble()) P.raise(P.t.TypeError, "'float' object cannot be interpreted as an integer");
  int64_t end = P.toIndex(a[1]);
  bool strict = a.argc < 3 || P.truthy(vm, a[2]);
  int64_t next = 0;
  Rooted r(vm, scanString(P, a[0], end, strict, &next));
  Value items[2] = {r, Value::fromInt64(next)};
  return P.newTuple(items, 2);
}

// ---- the scanner ----

enum ScanCfg { kStrict, kObjectHook, kPairsHook, kParseFloat, kParseInt, kParseConstant, kMemo, kScanCount };

struct Scanner {
  PyLanguage& P;
  Value text;   // rooted by the caller's arguments
  String* s;
  ArrayObject* cfg;
  int depth = 0;
  Value get(ScanCfg k) const { return cfg->elements[k]; }
  bool ws(int64_t i) const {
    uint32_t c = s->at(uint32_t(i));
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
  bool at(int64_t i, const char* word) const {
    int64_t n = int64_t(std::strlen(word));
    if (i + n > int64_t(s->length())) return false;
    for (int64_t k = 0; k < n; k++) if (s->at(uint32_t(i + k)) != uint32_t(uint8_t(word[k]))) return false;
    return true;
  }
  Value constant(const char* name) {
    Rooted fn(P.vm, get(kParseConstant));
    Rooted arg(P.vm, P.newStr(name));
    return P.call(fn, arg.address(), 1);
  }

  Value scan(int64_t idx, int64_t* next) {
    int64_t len = s->length();
    if (idx < 0) P.raise(P.t.ValueError, "idx cannot be negative");
    if (idx >= len) stopAt(P, idx);
    switch (s->at(uint32_t(idx))) {
      case '"': return scanString(P, text, idx + 1, P.truthy(P.vm, get(kStrict)), next);
      case '{': return nested(true, idx + 1, next);
      case '[': return nested(false, idx + 1, next);
      case 'n': if (at(idx, "null")) { *next = idx + 4; return Value::null(); } break;
      case 't': if (at(idx, "true")) { *next = idx + 4; return Value::boolean(true); } break;
      case 'f': if (at(idx, "false")) { *next = idx + 5; return Value::boolean(false); } break;
      case 'N': if (at(idx, "NaN")) { *next = idx + 3; return constant("NaN"); } break;
      case 'I': if (at(idx, "Infinity")) { *next = idx + 8; return constant("Infinity"); } break;
      case '-': if (at(idx, "-Infinity")) { *next = idx + 9; return constant("-Infinity"); } break;
      default: break;
    }
    return number(idx, next);
  }

  Value nested(bool object, int64_t idx, int64_t* next) {
    if (++depth > 1000)
      P.raise(P.t.RecursionError, std::string("maximum recursion depth exceeded while decoding a JSON ") + (object ? "object" : "array") + " from a unicode string");
    Value r = object ? parseObject(idx, next) : parseArray(idx, next);
    depth--;
    return r;
  }

  Value parseObject(int64_t idx, int64_t* next) {
    VM& vm = P.vm;
    int64_t end = int64_t(s->length()) - 1;
    bool pairs = !get(kPairsHook).isNull();
    RootedVector items(vm);  // (key, value) tuples for object_pairs_hook
    Rooted dict(vm, pairs ? Value::null() : P.newDict());
    Rooted memo(vm, get(kMemo));
    while (idx <= end && ws(idx)) idx++;
    if (idx > end || s->at(uint32_t(idx)) != '}') {
      for (;;) {
        if (idx > end || s->at(uint32_t(idx)) != '"') decodeError(P, "Expecting property name enclosed in double quotes", text, idx);
        int64_t n = 0;
        Rooted key(vm, scanString(P, text, idx + 1, P.truthy(vm, get(kStrict)), &n));
        Value known = P.dictGet(asDict(memo), key);  // memo.setdefault(key, key): keys share one str
        if (known.isMagic(Magic::Empty)) P.dictSet(asDict(memo), key, key);
        else key = known;
        idx = n;
        while (idx <= end && ws(idx)) idx++;
        if (idx > end || s->at(uint32_t(idx)) != ':') decodeError(P, "Expecting ':' delimiter", text, idx);
        idx++;
        while (idx <= end && ws(idx)) idx++;
        Rooted val(vm, scan(idx, &n));
        if (pairs) {
          Value kv[2] = {key, val};
          items.push(P.newTuple(kv, 2));
        } else {
          P.dictSet(asDict(dict), key, val);
        }
        idx = n;
        while (idx <= end && ws(idx)) idx++;
        if (idx <= end && s->at(uint32_t(idx)) == '}') break;
        if (idx > end || s->at(uint32_t(idx)) != ',') decodeError(P, "Expecting ',' delimiter", text, idx);
        idx++;
        while (idx <= end && ws(idx)) idx++;
      }
    }
    *next = idx + 1;
    if (pairs) {
      Rooted list(vm, P.newList(items.data(), items.size()));
      Rooted hook(vm, get(kPairsHook));
      return P.call(hook, list.address(), 1);
    }
    if (!get(kObjectHook).isNull()) {
      Rooted hook(vm, get(kObjectHook));
      return P.call(hook, dict.address(), 1);
    }
    return dict;
  }

  Value parseArray(int64_t idx, int64_t* next) {
    VM& vm = P.vm;
    int64_t end = int64_t(s->length()) - 1;
    RootedVector items(vm);
    while (idx <= end && ws(idx)) idx++;
    if (idx > end || s->at(uint32_t(idx)) != ']') {
      for (;;) {
        int64_t n = 0;
        items.push(scan(idx, &n));
        idx = n;
        while (idx <= end && ws(idx)) idx++;
        if (idx <= end && s->at(uint32_t(idx)) == ']') break;
        if (idx > end || s->at(uint32_t(idx)) != ',') decodeError(P, "Expecting ',' delimiter", text, idx);
        idx++;
        while (idx <= end && ws(idx)) idx++;
      }
    }
    *next = idx + 1;
    return P.newList(items.data(), items.size());
  }

  bool digit(int64_t i) const { uint32_t c = s->at(uint32_t(i)); return c >= '0' && c <= '9'; }

  // _match_number_unicode
  Value number(int64_t start, int64_t* next) {
    VM& vm = P.vm;
    int64_t end = int64_t(s->length()) - 1, idx = start;
    bool isFloat = false;
    if (s->at(uint32_t(idx)) == '-') {
      idx++;
      if (idx > end) stopAt(P, start);
    }
    uint32_t c = s->at(uint32_t(idx));
    if (c >= '1' && c <= '9') {
      idx++;
      while (idx <= end && digit(idx)) idx++;
    } else if (c == '0') {
      idx++;
    } else {
      stopAt(P, start);
    }
    if (idx < end && s->at(uint32_t(idx)) == '.' && digit(idx + 1)) {
      isFloat = true;
      idx += 2;
      while (idx <= end && digit(idx)) idx++;
    }
    if (idx < end && (s->at(uint32_t(idx)) == 'e' || s->at(uint32_t(idx)) == 'E')) {
      int64_t eStart = idx;
      idx++;
      if (idx < end && (s->at(uint32_t(idx)) == '-' || s->at(uint32_t(idx)) == '+')) idx++;
      while (idx <= end && digit(idx)) idx++;
      if (digit(idx - 1)) isFloat = true;
      else idx = eStart;
    }
    *next = idx;
    Value fn = get(isFloat ? kParseFloat : kParseInt);
    bool builtin = fn == Value::cell(isFloat ? P.t.float_ : P.t.int_);
    std::string digits;
    for (int64_t i = start; i < idx; i++) digits += char(s->at(uint32_t(i)));
    if (builtin && isFloat) return Value::number(std::strtod(digits.c_str(), nullptr));
    Rooted rf(vm, fn);
    Rooted arg(vm, P.newStr(digits));
    return P.call(rf, arg.address(), 1);
  }
};

Value scannerCall(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedKwargs kw(P, "scanner", {"string", "idx"});
  Value text = a.argc > 0 ? a[0] : kw.get("string");
  Value idxv = a.argc > 1 ? a[1] : kw.get("idx");
  if (text.isMagic(Magic::Empty) || idxv.isMagic(Magic::Empty) || a.argc > 2)
    P.raise(P.t.TypeError, "scanner() takes exactly 2 arguments");
  if (!isString(text)) P.raise(P.t.TypeError, "first argument must be a string, not " + P.typeName(text));
  if (idxv.isDouble()) P.raise(P.t.TypeError, "'float' object cannot be interpreted as an integer");
  Rooted rt(vm, text);
  Scanner sc{P, rt, asString(rt), asArray(asNativeFunction(Value::cell(a.callee))->data2)};
  int64_t next = 0;
  Value r;
  try {
    r = sc.scan(P.toIndex(idxv), &next);
  } catch (ScriptThrow&) {
    P.callMethod(sc.get(kMemo), "clear", nullptr, 0);
    throw;
  }
  Rooted rr(vm, r);
  P.callMethod(sc.get(kMemo), "clear", nullptr, 0);
  Value items[2] = {rr, Value::fromInt64(next)};
  return P.newTuple(items, 2);
}

Value makeScanner(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  takeKwargs(P, "make_scanner", {});
  if (a.argc != 1) P.raise(P.t.TypeError, "make_scanner() takes exactly 1 argument (" + std::to_string(a.argc) + " given)");
  Rooted ctx(vm, a[0]);
  static const char* names[] = {"strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"};
  RootedVector cfg(vm);
  for (const char* n : names) cfg.push(P.getAttr(ctx, P.s(n)));
  cfg.push(P.newDict());  // the memo of object keys, cleared after each call
  Rooted t(vm, P.newTuple(cfg.data(), cfg.size()));
  return newNativeWithData(P, "scanner", scannerCall, t);
}

// ---- the encoder ----

void escapeInto(StrBuilder& b, String* s, bool ascii) {
  static const char hex[] = "0123456789abcdef";
  b.appendChar('"');
  uint32_t n = s->length(), run = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t c = s->at(i);
    bool plain = ascii ? (c >= ' ' && c <= '~' && c != '\\' && c != '"') : (c >= ' ' && c != '\\' && c != '"');
    if (plain) continue;
    b.append(s, run, i - run);
    run = i + 1;
    b.appendChar('\\');
    switch (c) {
      case '\\': case '"': b.appendChar(c); continue;
      case '\b': b.appendChar('b'); continue;
      case '\f': b.appendChar('f'); continue;
      case '\n': b.appendChar('n'); continue;
      case '\r': b.appendChar('r'); continue;
      case '\t': b.appendChar('t'); continue;
      default: break;
    }
    auto u4 = [&](uint32_t x) {
      b.appendChar('u');
      for (int k = 12; k >= 0; k -= 4) b.appendChar(uint8_t(hex[(x >> k) & 0xF]));
    };
    if (c >= 0x10000) {
      c -= 0x10000;
      u4(0xD800 | (c >> 10));
      b.appendChar('\\');
      u4(0xDC00 | (c & 0x3FF));
    } else {
      u4(c);
    }
  }
  b.append(s, run, n - run);
  b.appendChar('"');
}

// The text of a str or of an instance of a str subclass (str(x) gives its base-type value).
Value strValue(PyLanguage& P, Value v) {
  if (isString(v) || !P.isInstance(v, P.t.str)) return v;
  VM& vm = P.vm;
  Rooted arg(vm, v), ty(vm, Value::cell(P.t.str));
  return P.call(ty, arg.address(), 1);
}

Value encodeBasestring(VM& vm, CallArgs& a) {  // magic 1: ensure_ascii
  PyLanguage& P = L;
  if (a.argc != 1) P.raise(P.t.TypeError, std::string(nativeMagic(a) ? "encode_basestring_ascii" : "encode_basestring") + "() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  Value v = strValue(P, a[0]);
  if (!isString(v)) P.raise(P.t.TypeError, "first argument must be a string, not " + P.typeName(v));
  StrBuilder b;
  escapeInto(b, asString(v), nativeMagic(a) == 1);
  return Value::cell(b.finish(vm.heap));
}

enum EncCfg { kMarkers, kDefault, kEncoder, kIndent, kKeySep, kItemSep, kSortKeys, kSkipKeys, kAllowNan, kFast, kEncCount };

struct Encoder {
  PyLanguage& P;
  ArrayObject* cfg;
  StrBuilder out;
  int depth = 0;
  Value get(EncCfg k) const { return cfg->elements[k]; }
  bool flag(EncCfg k) const { return P.truthy(P.vm, get(k)); }

  void str(Value v) {
    Value fast = get(kFast);
    VM& vm = P.vm;
    if (fast.isInt() && fast.asInt() > 0) {
      Value t = strValue(P, v);
      if (isString(t)) { escapeInto(out, asString(t), fast.asInt() == 1); return; }
    }
    Rooted fn(vm, get(kEncoder)), arg(vm, v);
    Value r = P.call(fn, arg.address(), 1);
    if (!isString(r)) P.raise(P.t.TypeError, "encoder() must return a string, not " + P.typeName(r));
    out.append(asString(r));
  }
  void text(const std::string& t) { for (char c : t) out.appendChar(uint8_t(c)); }
  void floatText(double d) {
    if (!std::isfinite(d)) {
      if (!flag(kAllowNan)) P.raise(P.t.ValueError, "Out of range float values are not JSON compliant");
      text(d != d ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
      return;
    }
    text(PyLanguage::floatRepr(d));
  }
  bool isIntValue(Value v) { return isInteger(v); }
  std::string intText(Value v) {
    VM& vm = P.vm;
    if (v.isInt()) return std::to_string(v.asInt());
    if (isIntValue(v)) return P.repr(v);
    Rooted arg(vm, v), ty(vm, Value::cell(P.t.int_));
    return P.repr(P.call(ty, arg.address(), 1));  // an int subclass: int's own repr (IntEnum)
  }
  double floatValue(Value v) {
    if (v.isDouble()) return v.asDouble();
    VM& vm = P.vm;
    Rooted arg(vm, v), ty(vm, Value::cell(P.t.float_));
    return P.call(ty, arg.address(), 1).asDouble();
  }

  // markers[id(obj)] = obj while obj is being encoded
  Value enterMarker(Value obj) {
    VM& vm = P.vm;
    if (get(kMarkers).isNull()) return Value::empty();
    Rooted o(vm, obj);
    Rooted idf(vm, P.getAttr(Value::cell(P.builtins), P.s("id")));
    Rooted ident(vm, P.call(idf, o.address(), 1));
    if (!P.dictGet(asDict(get(kMarkers)), ident).isMagic(Magic::Empty)) P.raise(P.t.ValueError, "Circular reference detected");
    P.dictSet(asDict(get(kMarkers)), ident, o);
    return ident;
  }
  void leaveMarker(Value ident) {
    if (ident.isMagic(Magic::Empty)) return;
    VM& vm = P.vm;
    Rooted m(vm, get(kMarkers)), id(vm, ident);
    P.callMethod(m, "__delitem__", id.address(), 1);
  }
  void enter() {
    if (++depth > 1000) P.raise(P.t.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
  }

  void encode(Value obj) {
    VM& vm = P.vm;
    if (obj.isNull()) { text("null"); return; }
    if (obj.isBool()) { text(obj.asBool() ? "true" : "false"); return; }
    if (isString(obj)) { str(obj); return; }
    if (obj.isInt()) { text(std::to_string(obj.asInt())); return; }
    if (obj.isDouble()) { floatText(obj.asDouble()); return; }
    Rooted o(vm, obj);
    if (isArray(o) && (asObject(o)->classTag() == kTagList || asObject(o)->classTag() == kTagTuple)) { list(o); return; }
    if (isDict(o)) { dict(o); return; }
    // subclasses of str, int and float (IntEnum, ...) are encoded as their base type
    if (P.isInstance(o, P.t.str)) { str(o); return; }
    if (isInteger(o) || P.isInstance(o, P.t.int_)) { text(intText(o)); return; }
    if (P.isInstance(o, P.t.float_)) { floatText(floatValue(o)); return; }
    Rooted ident(vm, enterMarker(o));
    Rooted fn(vm, get(kDefault));
    Rooted replacement(vm, P.call(fn, o.address(), 1));
    enter();
    encode(replacement);
    depth--;
    leaveMarker(ident);
  }

  void list(Value seq) {
    VM& vm = P.vm;
    Rooted rs(vm, seq);
    if (asArray(rs)->elements.empty()) { text("[]"); return; }
    Rooted ident(vm, enterMarker(rs));
    enter();
    out.appendChar('[');
    for (size_t i = 0; i < asArray(rs)->elements.size(); i++) {
      if (i) out.append(asString(get(kItemSep)));
      Rooted item(vm, asArray(rs)->elements[i]);
      encode(item);
    }
    out.appendChar(']');
    depth--;
    leaveMarker(ident);
  }

  void dict(Value d) {
    VM& vm = P.vm;
    Rooted rd(vm, d);
    if (asDict(rd)->live == 0) { text("{}"); return; }
    Rooted ident(vm, enterMarker(rd));
    enter();
    out.appendChar('{');
    RootedVector items(vm);  // key, value, key, value, ...
    for (size_t i = 0; i < asDict(rd)->entries.size(); i++) {
      DictEntry e = asDict(rd)->entries[i];
      if (e.key.isMagic(Magic::Empty)) continue;
      items.push(e.key);
      items.push(e.value);
    }
    if (flag(kSortKeys)) {  // CPython sorts the (key, value) items
      RootedVector tuples(vm);
      for (size_t i = 0; i < items.size(); i += 2) tuples.push(P.newTuple(&items[i], 2));
      Rooted lst(vm, P.newList(tuples.data(), tuples.size()));
      P.callMethod(lst, "sort", nullptr, 0);
      for (size_t i = 0; i < tuples.size(); i++) {
        items[2 * i] = asArray(asArray(lst)->elements[i])->elements[0];
        items[2 * i + 1] = asArray(asArray(lst)->elements[i])->elements[1];
      }
    }
    bool first = true;
    for (size_t i = 0; i < items.size(); i += 2) {
      Rooted key(vm, items[i]), val(vm, items[i + 1]);
      Rooted kstr(vm);
      if (isString(key) || P.isInstance(key, P.t.str)) kstr = key.get();
      else if (key.get().isDouble() || (!key.get().isBool() && !isInteger(key) && P.isInstance(key, P.t.float_))) {
        StrBuilder saved;
        std::swap(saved, out);
        floatText(floatValue(key));
        kstr = Value::cell(out.finish(vm.heap));
        std::swap(saved, out);
      }
      else if (key.get().isBool()) kstr = P.newStr(key.get().asBool() ? "true" : "false");
      else if (key.get().isNull()) kstr = P.newStr("null");
      else if (isInteger(key) || P.isInstance(key, P.t.int_)) kstr = P.newStr(intText(key));
      else if (flag(kSkipKeys)) continue;
      else P.raise(P.t.TypeError, "keys must be str, int, float, bool or None, not " + P.typeName(key));
      if (!first) out.append(asString(get(kItemSep)));
      first = false;
      str(kstr);
      out.append(asString(get(kKeySep)));
      encode(val);
    }
    out.appendChar('}');
    depth--;
    leaveMarker(ident);
  }
};

Value encoderCall(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  RootedKwargs kw(P, "_iterencode", {"obj", "_current_indent_level"});
  Value obj = a.argc > 0 ? a[0] : kw.get("obj");
  Value level = a.argc > 1 ? a[1] : kw.get("_current_indent_level");
  if (obj.isMagic(Magic::Empty) || level.isMagic(Magic::Empty) || a.argc > 2)
    P.raise(P.t.TypeError, "_iterencode() takes exactly 2 arguments");
  Rooted ro(vm, obj);
  Encoder e{P, asArray(asNativeFunction(Value::cell(a.callee))->data2), {}};
  e.encode(ro);
  Rooted r(vm, Value::cell(e.out.finish(vm.heap)));
  return P.newTuple(r.address(), 1);  // CPython 3.11's c_make_encoder returns a 1-tuple of chunks
}

Value makeEncoder(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  takeKwargs(P, "make_encoder", {});
  if (a.argc != 9) P.raise(P.t.TypeError, "make_encoder() takes exactly 9 arguments (" + std::to_string(a.argc) + " given)");
  if (!a[0].isNull() && !isDict(a[0])) P.raise(P.t.TypeError, "make_encoder() argument 1 must be dict or None, not " + P.typeName(a[0]));
  if (!isString(a[4])) P.raise(P.t.TypeError, "make_encoder() argument 5 must be str, not " + P.typeName(a[4]));
  if (!isString(a[5])) P.raise(P.t.TypeError, "make_encoder() argument 6 must be str, not " + P.typeName(a[5]));
  RootedVector cfg(vm);
  for (uint32_t i = 0; i < 9; i++) cfg.push(a[i]);
  // the C escapers called directly (CPython's fast_encode)
  int fast = 0;
  if (isNativeFunction(a[2])) {
    NativeFunction* f = asNativeFunction(a[2]);
    if (f->fn == encodeBasestring) fast = f->magic == 1 ? 1 : 2;
  }
  cfg.push(Value::integer(fast));
  Rooted t(vm, P.newTuple(cfg.data(), cfg.size()));
  return newNativeWithData(P, "_iterencode", encoderCall, t);
}

}  // namespace

void initJson(PyLanguage& P, Object* m) {
  P.defNative(m, "scanstring", py_scanstring);
  P.defNative(m, "make_scanner", makeScanner);
  P.defNative(m, "make_encoder", makeEncoder);
  P.defNative(m, "encode_basestring_ascii", encodeBasestring, 1);
  P.defNative(m, "encode_basestring", encodeBasestring, 0);
}

}  // namespace dualvm::py
