// runtime/js/json_builtins.cpp — JSON.parse (a strict ECMA-404 parser over UTF-16 with V8's
// (node 20's) SyntaxError messages, and the reviver walk) and JSON.stringify (replacer function
// or property list, number/string gap, toJSON, boxed primitives, well-formed escapes of lone
// surrogates, and node's "Converting circular structure to JSON" TypeError).
#include <algorithm>
#include <cmath>
#include "runtime/js/json_errors.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"

namespace dualvm::js {

using U16 = std::u16string;
using U16View = std::u16string_view;

// ---- error messages (pure; json_errors.h) ----

static std::string u16ToUtf8(U16View s) {
  std::string out;
  for (size_t i = 0; i < s.size(); i++) {
    uint32_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (c < 0x80) out += char(c);
    else if (c < 0x800) { out += char(0xC0 | (c >> 6)); out += char(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) { out += char(0xE0 | (c >> 12)); out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F)); }
    else { out += char(0xF0 | (c >> 18)); out += char(0x80 | ((c >> 12) & 0x3F)); out += char(0x80 | ((c >> 6) & 0x3F)); out += char(0x80 | (c & 0x3F)); }
  }
  return out;
}

std::string jsonUnexpectedTokenMessage(U16View source, size_t pos) {
  if (pos >= source.size()) return "Unexpected end of JSON input";
  if (source == u"undefined" || source == u"NaN" || source == u"Infinity" || source == u"[object Object]")
    return "\"" + u16ToUtf8(source) + "\" is not valid JSON";
  std::string token = u16ToUtf8(source.substr(pos, 1));
  constexpr size_t kMaxContext = 10;
  constexpr size_t kMinLengthForContext = kMaxContext * 2 + 1;
  std::string head = "Unexpected token '" + token + "', ";
  if (source.size() <= kMinLengthForContext) return head + "\"" + u16ToUtf8(source) + "\" is not valid JSON";
  if (pos < kMaxContext)
    return head + "\"" + u16ToUtf8(source.substr(0, pos + kMaxContext)) + "\"... is not valid JSON";
  if (pos < source.size() - kMaxContext)
    return head + "...\"" + u16ToUtf8(source.substr(pos - kMaxContext, 2 * kMaxContext)) + "\"... is not valid JSON";
  return head + "...\"" + u16ToUtf8(source.substr(pos - kMaxContext)) + "\" is not valid JSON";
}

// ---- parse ----

namespace {

struct JsonParser {
  VM& vm;
  U16View s;
  size_t pos = 0;

  [[noreturn]] void fail(const std::string& msg) { throwSyntaxError(vm, msg); }
  [[noreturn]] void unexpected() { fail(jsonUnexpectedTokenMessage(s, pos)); }
  // A specific message (V8 prefers it to "Unexpected end of JSON input").
  [[noreturn]] void failAt(const char* what) {
    fail(std::string(what) + " in JSON at position " + std::to_string(pos));
  }

  void skipWs() {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r')) pos++;
  }

  Value parseValue(int depth) {
    if (depth > 5000) throwRangeError(vm, "Maximum call stack size exceeded");
    skipWs();
    if (pos >= s.size()) unexpected();
    char16_t c = s[pos];
    switch (c) {
      case '{': return parseObject(depth);
      case '[': return parseArray(depth);
      case '"': return parseString();
      case 't': return parseLiteral(u"true", Value::boolean(true));
      case 'f': return parseLiteral(u"false", Value::boolean(false));
      case 'n': return parseLiteral(u"null", Value::null());
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return parseNumber();
        unexpected();
    }
  }

  Value parseLiteral(U16View word, Value v) {
    for (size_t i = 0; i < word.size(); i++) {
      if (pos + i >= s.size() || s[pos + i] != word[i]) {
        pos += i;
        unexpected();
      }
    }
    pos += word.size();
    return v;
  }

  Value parseNumber() {
    size_t start = pos;
    if (s[pos] == '-') {
      pos++;
      if (pos >= s.size() || !(s[pos] >= '0' && s[pos] <= '9')) failAt("No number after minus sign");
    }
    if (s[pos] == '0') {
      pos++;
      if (pos < s.size() && s[pos] >= '0' && s[pos] <= '9')
        fail("Unexpected number in JSON at position " + std::to_string(pos));
    } else {
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') pos++;
    }
    bool isInt = true;
    if (pos < s.size() && s[pos] == '.') {
      isInt = false;
      pos++;
      if (pos >= s.size() || !(s[pos] >= '0' && s[pos] <= '9')) failAt("Unterminated fractional number");
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') pos++;
    }
    if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
      isInt = false;
      pos++;
      if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) pos++;
      if (pos >= s.size() || !(s[pos] >= '0' && s[pos] <= '9')) failAt("Exponent part is missing a number");
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') pos++;
    }
    std::string text;
    for (size_t i = start; i < pos; i++) text += char(s[i]);
    if (text == "-0") return Value::number(-0.0);
    if (isInt && text.size() < 10) return Value::integer(std::atoi(text.c_str()));
    return Value::fromDoubleNormalized(std::strtod(text.c_str(), nullptr));
  }

  U16 parseStringUnits() {
    pos++;  // opening quote
    U16 out;
    while (true) {
      if (pos >= s.size()) fail("Unterminated string in JSON at position " + std::to_string(pos));
      char16_t c = s[pos];
      if (c == '"') { pos++; return out; }
      if (c < 0x20) fail("Bad control character in string literal in JSON at position " + std::to_string(pos));
      if (c != '\\') { out.push_back(c); pos++; continue; }
      pos++;
      if (pos >= s.size()) fail("Unterminated string in JSON at position " + std::to_string(pos));
      char16_t e = s[pos];
      switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          uint32_t v = 0;
          for (int i = 1; i <= 4; i++) {
            if (pos + i >= s.size()) { pos += i; fail("Bad Unicode escape in JSON at position " + std::to_string(pos)); }
            char16_t h = s[pos + i];
            int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) { pos += i; fail("Bad Unicode escape in JSON at position " + std::to_string(pos)); }
            v = v * 16 + uint32_t(d);
          }
          out.push_back(char16_t(v));
          pos += 4;
          break;
        }
        default:
          fail("Bad escaped character in JSON at position " + std::to_string(pos));
      }
      pos++;
    }
  }

  Value parseString() { return makeString(vm, parseStringUnits()); }

  Value parseArray(int depth) {
    pos++;
    Rooted arr(vm, Value::cell(newArray(vm)));
    skipWs();
    if (pos < s.size() && s[pos] == ']') { pos++; return arr; }
    while (true) {
      Value v = parseValue(depth + 1);
      asArray(arr)->push(v);
      skipWs();
      if (pos < s.size() && s[pos] == ',') { pos++; continue; }
      if (pos < s.size() && s[pos] == ']') { pos++; return arr; }
      failAt("Expected ',' or ']' after array element");
    }
  }

  Value parseObject(int depth) {
    JsRealm& r = jsRealm(vm);
    pos++;
    Rooted obj(vm, Value::cell(newPlainObject(vm, r.objectPrototype)));
    skipWs();
    if (pos < s.size() && s[pos] == '}') { pos++; return obj; }
    for (bool first = true;; first = false) {
      skipWs();
      if (pos >= s.size() || s[pos] != '"')
        failAt(first ? "Expected property name or '}'" : "Expected double-quoted property name");
      U16 key = parseStringUnits();
      skipWs();
      if (pos >= s.size() || s[pos] != ':') failAt("Expected ':' after property name");
      pos++;
      Rooted rkey(vm, Value::cell(vm.intern(String::fromUtf16(vm.heap, key))));
      Rooted v(vm, parseValue(depth + 1));
      PropertyKey pk = asString(rkey);
      uint32_t idx;
      if (asString(rkey)->isArrayIndex(&idx)) pk = indexToKey(vm, idx);
      createDataProperty(vm, asObject(obj), pk, v);
      skipWs();
      if (pos < s.size() && s[pos] == ',') { pos++; continue; }
      if (pos < s.size() && s[pos] == '}') { pos++; return obj; }
      failAt("Expected ',' or '}' after property value");
    }
  }
};

}  // namespace

static Value internalize(VM& vm, Value holder, PropertyKey name, Value reviver) {
  Rooted rh(vm, holder), rr(vm, reviver), rname(vm, Value::cell(name));
  Rooted val(vm, getProperty(vm, holder, name));
  if (isObject(val)) {
    if (isArrayValue(vm, val)) {
      uint64_t len = lengthOfArrayLike(vm, val);
      for (uint64_t i = 0; i < len; i++) {
        Rooted key(vm, Value::cell(indexToKey(vm, uint32_t(i))));
        Value nv = internalize(vm, val, asString(key), rr);
        if (nv.isUndefined()) deleteProperty(vm, asObject(val), asString(key), false);
        else createDataProperty(vm, asObject(val), asString(key), nv, false);
      }
    } else {
      RootedVector keys(vm);
      ownEnumerableStringKeys(vm, asObject(val), keys);
      for (size_t i = 0; i < keys.size(); i++) {
        PropertyKey k = static_cast<PropertyKey>(keys[i].asCell());
        Value nv = internalize(vm, val, k, rr);
        if (nv.isUndefined()) deleteProperty(vm, asObject(val), k, false);
        else createDataProperty(vm, asObject(val), k, nv, false);
      }
    }
  }
  Rooted keyStr(vm, Value::cell(name));
  Value argv[2] = {keyStr, val};
  return call(vm, rr, rh, argv, 2);
}

static Value jsonParse(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Rooted text(vm, Value::cell(toString(vm, args[0])));
  U16 units = asString(text)->toUtf16();
  JsonParser p{vm, units};
  Rooted result(vm, p.parseValue(0));
  p.skipWs();
  if (p.pos < units.size()) {
    p.fail("Unexpected non-whitespace character after JSON at position " + std::to_string(p.pos));
  }
  if (isCallable(args[1])) {
    Object* root = newPlainObject(vm, r.objectPrototype);
    Rooted rroot(vm, Value::cell(root));
    createDataProperty(vm, root, r.names.empty, result);
    return internalize(vm, rroot, r.names.empty, args[1]);
  }
  return result;
}

// ---- stringify ----

std::u16string jsonQuote(U16View s) {
  U16 out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < s.size(); i++) {
    char16_t c = s[i];
    switch (c) {
      case '"': out += u"\\\""; continue;
      case '\\': out += u"\\\\"; continue;
      case '\b': out += u"\\b"; continue;
      case '\f': out += u"\\f"; continue;
      case '\n': out += u"\\n"; continue;
      case '\r': out += u"\\r"; continue;
      case '\t': out += u"\\t"; continue;
      default: break;
    }
    bool lone = false;
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        out.push_back(c);
        out.push_back(s[++i]);
        continue;
      }
      lone = true;
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      lone = true;
    }
    if (c < 0x20 || lone) {
      out += u"\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out.push_back(char16_t(hex[(c >> sh) & 0xF]));
      continue;
    }
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

namespace {

struct Stringifier {
  VM& vm;
  Rooted replacerFn;
  RootedVector propertyList;
  bool hasPropertyList = false;
  U16 gap;
  U16 indent;
  RootedVector stack;
  U16 out;

  Stringifier(VM& vm) : vm(vm), replacerFn(vm), propertyList(vm), stack(vm) {}

  [[noreturn]] void circular(Value v) {
    JsRealm& r = jsRealm(vm);
    auto ctorName = [&](Value o) -> std::string {
      Value c = getProperty(vm, o, r.names.constructor);
      if (isObject(c)) {
        Value n = getProperty(vm, c, r.names.name);
        if (isString(n) && asString(n)->length()) return asString(n)->toUtf8();
      }
      return "Object";
    };
    std::string msg = "Converting circular structure to JSON\n    --> starting at object with constructor '" +
                      ctorName(v) + "'";
    // V8's layout: the first two links of the cycle, an ellipsis, the last link, the closing key.
    size_t start = 0;
    while (start < stack.size() && stack[start] != v) start++;
    size_t n = stack.size();
    auto line = [&](size_t i) {
      return "\n    |     " + pathKey(i - 1) + " -> object with constructor '" + ctorName(stack[i]) + "'";
    };
    size_t prefixEnd = std::min(n, start + 3);
    for (size_t i = start + 1; i < prefixEnd; i++) msg += line(i);
    if (n > prefixEnd + 1) msg += "\n    |     ...";
    for (size_t i = std::max(prefixEnd, n - 1); i < n; i++) msg += line(i);
    msg += "\n    --- " + pathKey(n - 1) + " closes the circle";
    throwTypeError(vm, msg);
  }
  // keyPath[i] = how stack[i+1] was reached: "property 'k'" or "index N".
  std::vector<std::string> keyPath;
  std::string pathKey(size_t i) { return i < keyPath.size() ? keyPath[i] : "property '?'"; }

  // SerializeJSONProperty. Returns false when the value is undefined (nothing written).
  bool serialize(Value holder, Value key, Value value) {
    JsRealm& r = jsRealm(vm);
    Rooted rh(vm, holder), rk(vm, key), v(vm, value);
    if (isObject(v) || isBigInt(v)) {
      Value toJSON = getProperty(vm, v, r.names.toJSON);
      if (isCallable(toJSON)) {
        Rooted f(vm, toJSON);
        Value a = rk;
        v = call(vm, f, v, &a, 1);
      }
    }
    if (!replacerFn.get().isUndefined()) {
      Value argv[2] = {rk, v};
      v = call(vm, replacerFn, rh, argv, 2);
    }
    if (isObject(v)) {
      uint16_t tag = asObject(v)->classTag();
      if (tag == uint16_t(ClassTag::NumberObject)) v = Value::number(toNumber(vm, v));
      else if (tag == uint16_t(ClassTag::StringObject)) v = Value::cell(toString(vm, v));
      else if (tag == uint16_t(ClassTag::BooleanObject) || tag == uint16_t(ClassTag::BigIntObject))
        v = static_cast<InternalObject*>(v.get().asCell())->internal[0];
    }
    Value x = v;
    if (x.isNull()) { out += u"null"; return true; }
    if (x.isBool()) { out += x.asBool() ? u"true" : u"false"; return true; }
    if (isString(x)) { out += jsonQuote(asString(x)->toUtf16()); return true; }
    if (x.isNumber()) {
      double d = x.toDouble();
      if (!std::isfinite(d)) { out += u"null"; return true; }
      std::string s = numberToStdString(d);
      out.append(s.begin(), s.end());
      return true;
    }
    if (isBigInt(x)) throwTypeError(vm, "Do not know how to serialize a BigInt");
    if (isObject(x) && !isCallable(x)) {
      if (isArrayValue(vm, x)) serializeArray(v);
      else serializeObject(v);
      return true;
    }
    return false;
  }

  void enter(Value v) {
    for (size_t i = 0; i < stack.size(); i++)
      if (stack[i] == v) circular(v);
    stack.push(v);
  }
  void leave() {
    stack.vec().pop_back();
    stack.sync();
  }

  void serializeObject(Value value) {
    JsRealm& r = jsRealm(vm);
    Rooted v(vm, value);
    enter(v);
    U16 stepback = indent;
    indent += gap;
    RootedVector keys(vm);
    if (hasPropertyList) {
      for (size_t i = 0; i < propertyList.size(); i++) keys.push(propertyList[i]);
    } else {
      ownEnumerableStringKeys(vm, asObject(v), keys);
    }
    out.push_back('{');
    bool any = false;
    for (size_t i = 0; i < keys.size(); i++) {
      PropertyKey k = static_cast<PropertyKey>(keys[i].asCell());
      Rooted pv(vm, getProperty(vm, v, k));
      size_t mark = out.size();
      if (any) out.push_back(',');
      if (!gap.empty()) { out.push_back('\n'); out += indent; }
      out += jsonQuote(asString(keys[i])->toUtf16());
      out.push_back(':');
      if (!gap.empty()) out.push_back(' ');
      keyPath.resize(stack.size());
      keyPath[stack.size() - 1] = "property '" + asString(keys[i])->toUtf8() + "'";
      if (!serialize(v, keys[i], pv)) out.resize(mark);
      else any = true;
    }
    if (any && !gap.empty()) { out.push_back('\n'); out += stepback; }
    out.push_back('}');
    indent = stepback;
    leave();
    (void)r;
  }

  void serializeArray(Value value) {
    Rooted v(vm, value);
    enter(v);
    U16 stepback = indent;
    indent += gap;
    uint64_t len = lengthOfArrayLike(vm, v);
    out.push_back('[');
    for (uint64_t i = 0; i < len; i++) {
      if (i) out.push_back(',');
      if (!gap.empty()) { out.push_back('\n'); out += indent; }
      Rooted key(vm, Value::cell(indexToKey(vm, uint32_t(i))));
      Rooted ev(vm, getIndex(vm, v, i));
      keyPath.resize(stack.size());
      keyPath[stack.size() - 1] = "index " + std::to_string(i);
      if (!serialize(v, key, ev)) out += u"null";
    }
    if (len && !gap.empty()) { out.push_back('\n'); out += stepback; }
    out.push_back(']');
    indent = stepback;
    leave();
  }
};

}  // namespace

static Value jsonStringify(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Stringifier st(vm);
  Value replacer = args[1];
  if (isCallable(replacer)) {
    st.replacerFn = replacer;
  } else if (isArrayValue(vm, replacer)) {
    st.hasPropertyList = true;
    uint64_t len = lengthOfArrayLike(vm, replacer);
    for (uint64_t i = 0; i < len; i++) {
      Value e = getIndex(vm, replacer, i);
      Rooted item(vm);
      if (isString(e)) item = Value::cell(vm.intern(asString(e)));
      else if (e.isNumber()) item = Value::cell(vm.intern(toString(vm, e)));
      else if (hasClassTag(e, ClassTag::StringObject) || hasClassTag(e, ClassTag::NumberObject))
        item = Value::cell(vm.intern(toString(vm, e)));
      else continue;
      bool dup = false;
      for (size_t k = 0; k < st.propertyList.size(); k++)
        if (st.propertyList[k] == item.get()) dup = true;
      if (!dup) st.propertyList.push(item);
    }
    // Index-like keys must be the canonical interned index strings.
    for (size_t k = 0; k < st.propertyList.size(); k++) {
      uint32_t idx;
      if (asString(st.propertyList[k])->isArrayIndex(&idx)) st.propertyList[k] = Value::cell(indexToKey(vm, idx));
    }
  }
  Value space = args[2];
  if (hasClassTag(space, ClassTag::NumberObject)) space = Value::number(toNumber(vm, space));
  else if (hasClassTag(space, ClassTag::StringObject)) space = Value::cell(toString(vm, space));
  if (space.isNumber()) {
    double n = std::min(10.0, std::max(0.0, std::trunc(space.toDouble())));
    st.gap.assign(size_t(n), u' ');
  } else if (isString(space)) {
    st.gap = asString(space)->toUtf16().substr(0, 10);
  }
  Object* wrapper = newPlainObject(vm, r.objectPrototype);
  Rooted rw(vm, Value::cell(wrapper));
  createDataProperty(vm, wrapper, r.names.empty, args[0]);
  if (!st.serialize(rw, Value::cell(r.names.empty), args[0])) return Value::undefined();
  return makeString(vm, st.out);
}

void installJsonBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  Object* json = newPlainObject(vm, r.objectPrototype);
  defineValue(vm, r.global, "JSON", Value::cell(json));
  defineValue(vm, json, r.symbols.toStringTag, makeStringUtf8(vm, "JSON"), kConfigurable);
  defineNativeMethod(vm, json, "parse", jsonParse, 2);
  defineNativeMethod(vm, json, "stringify", jsonStringify, 3);
}

}  // namespace dualvm::js
