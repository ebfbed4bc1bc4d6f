// runtime/js/inspect.cpp — node's util.inspect algorithm (lib/internal/util/inspect.js) for the
// values of this VM: formatValue / formatRaw / formatProperty / reduceToSingleString /
// groupArrayElements follow node's structure so output matches byte for byte.
#include "runtime/js/inspect.h"
#include <algorithm>
#include <cmath>
#include "runtime/js/buffer.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/promise_core.h"
#include "runtime/js/typed_arrays.h"
#include "runtime/js/proxy.h"

namespace dualvm::js {

std::string functionSourceText(VM& vm, Value f);  // function_builtins.cpp

namespace {

struct Ctx {
  VM& vm;
  InspectOptions opts;
  int indentationLvl = 0;
  int currentDepth = 0;
  std::vector<Object*> seen;
  std::vector<std::pair<Object*, int>> circular;
};

enum ExtrasType { kObjectType, kArrayExtrasType };

size_t displayLength(const std::string& s) {
  // Length in UTF-16 units approximated by code points (node counts string length).
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) n++;
    if (c >= 0xF0) n++;  // astral: two UTF-16 units
  }
  return n;
}

std::string repeat(char c, int n) { return n > 0 ? std::string(size_t(n), c) : std::string(); }

bool isIdentifierKey(const std::string& k) {
  if (k.empty()) return false;
  auto ok0 = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!ok0(k[0])) return false;
  for (char c : k)
    if (!ok0(c) && !(c >= '0' && c <= '9')) return false;
  return true;
}

std::string strEscape(const std::u16string& s) {
  char16_t quote = u'\'';
  if (s.find(u'\'') != std::u16string::npos) {
    if (s.find(u'"') == std::u16string::npos) quote = u'"';
    else if (s.find(u'`') == std::u16string::npos && s.find(u"${") == std::u16string::npos) quote = u'`';
  }
  std::u16string out;
  out.push_back(quote);
  for (size_t i = 0; i < s.size(); i++) {
    char16_t c = s[i];
    if (c == quote || c == u'\\') { out.push_back(u'\\'); out.push_back(c); continue; }
    if (c < 0x20 || c == 0x7F) {
      switch (c) {
        case '\n': out += u"\\n"; break;
        case '\t': out += u"\\t"; break;
        case '\r': out += u"\\r"; break;
        case '\b': out += u"\\b"; break;
        case '\f': out += u"\\f"; break;
        case '\v': out += u"\\v"; break;
        default: {
          char buf[8];
          snprintf(buf, sizeof buf, "\\x%02X", unsigned(c));
          for (char* p = buf; *p; p++) out.push_back(char16_t(*p));
        }
      }
      continue;
    }
    out.push_back(c);
  }
  out.push_back(quote);
  // Convert to UTF-8 (lone surrogates as \uXXXX escapes as node does).
  std::string utf8;
  for (size_t i = 0; i < out.size(); i++) {
    uint32_t c = out[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < out.size() && out[i + 1] >= 0xDC00 && out[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (out[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      char buf[8];
      snprintf(buf, sizeof buf, "\\u%04X", c);
      utf8 += buf;
      continue;
    }
    if (c < 0x80) utf8.push_back(char(c));
    else if (c < 0x800) { utf8.push_back(char(0xC0 | (c >> 6))); utf8.push_back(char(0x80 | (c & 0x3F))); }
    else if (c < 0x10000) { utf8.push_back(char(0xE0 | (c >> 12))); utf8.push_back(char(0x80 | ((c >> 6) & 0x3F))); utf8.push_back(char(0x80 | (c & 0x3F))); }
    else { utf8.push_back(char(0xF0 | (c >> 18))); utf8.push_back(char(0x80 | ((c >> 12) & 0x3F))); utf8.push_back(char(0x80 | ((c >> 6) & 0x3F))); utf8.push_back(char(0x80 | (c & 0x3F))); }
  }
  return utf8;
}

std::string formatNumber(double d) {
  if (d == 0 && std::signbit(d)) return "-0";
  return numberToStdString(d);
}

std::string formatValue(Ctx& ctx, Value v, int recurseTimes, bool typedArray = false);

std::string formatPrimitive(Ctx& ctx, Value v) {
  if (isString(v)) {
    std::u16string s = asString(v)->toUtf16();
    // Long strings in multi-line output are split at line breaks.
    if (s.size() > 16 && int(s.size()) > ctx.opts.breakLength - ctx.indentationLvl - 4) {
      std::vector<std::u16string> parts;
      size_t start = 0;
      for (size_t i = 0; i < s.size(); i++) {
        if (s[i] == u'\n') { parts.push_back(s.substr(start, i + 1 - start)); start = i + 1; }
      }
      if (start < s.size()) parts.push_back(s.substr(start));
      if (parts.size() > 1) {
        std::string out;
        for (size_t i = 0; i < parts.size(); i++) {
          if (i) out += " +\n" + repeat(' ', ctx.indentationLvl + 2);
          out += strEscape(parts[i]);
        }
        return out;
      }
    }
    return strEscape(s);
  }
  if (v.isNumber()) return formatNumber(v.toDouble());
  if (v.isUndefined()) return "undefined";
  if (v.isNull()) return "null";
  if (v.isBool()) return v.asBool() ? "true" : "false";
  if (isSymbol(v)) return keyToDisplay(asSymbol(v));
  if (isBigInt(v)) return bigint::toString(v) + "n";
  return "";
}

// The own data property `name` of o without running getters.
Value ownData(Ctx& ctx, Object* o, PropertyKey key) {
  uint32_t s = o->findOwn(key);
  if (s == Shape::kNotFound || (o->attrsAt(s) & kAccessor)) return Value::undefined();
  return o->slot(s);
}

std::string functionName(Ctx& ctx, Object* f) {
  Value n = ownData(ctx, f, jsRealm(ctx.vm).names.name);
  return isString(n) ? asString(n)->toUtf8() : "";
}

// getConstructorName: the first `constructor` own property up the chain with a name.
// Returns false for a null-prototype object with no constructor found.
bool constructorName(Ctx& ctx, Object* o, std::string* out) {
  JsRealm& r = jsRealm(ctx.vm);
  for (Object* p = o; p; p = p->proto()) {
    PropertyDescriptor d;
    materializeLazyProperties(ctx.vm, p);
    uint32_t s = p->findOwn(r.names.constructor);
    if (s != Shape::kNotFound && !(p->attrsAt(s) & kAccessor)) {
      Value c = p->slot(s);
      if (isCallable(c)) {
        std::string n = functionName(ctx, asObject(c));
        if (!n.empty()) { *out = n; return true; }
      }
    }
  }
  return false;
}

std::string getPrefix(const std::string& ctor, bool hasCtor, const std::string& tag, const std::string& fallback,
                      const std::string& size = "") {
  if (!hasCtor) {
    if (!tag.empty() && fallback != tag) return "[" + fallback + size + ": null prototype] [" + tag + "] ";
    return "[" + fallback + size + ": null prototype] ";
  }
  if (!tag.empty() && ctor != tag) return ctor + size + " [" + tag + "] ";
  return ctor + size + " ";
}

bool isBelowBreakLength(Ctx& ctx, const std::vector<std::string>& output, size_t start, const std::string& base) {
  size_t total = output.size() + start;
  if (total + output.size() > size_t(ctx.opts.breakLength)) return false;
  for (const std::string& s : output) {
    total += displayLength(s);
    if (total > size_t(ctx.opts.breakLength)) return false;
  }
  return base.empty() || base.find('\n') == std::string::npos;
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < v.size(); i++) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

std::vector<std::string> groupArrayElements(Ctx& ctx, const std::vector<std::string>& output, Value value,
                                            bool hasMore) {
  size_t totalLength = 0, maxLength = 0;
  size_t outputLength = output.size() - (hasMore ? 1 : 0);
  const size_t separatorSpace = 2;
  std::vector<size_t> dataLen(outputLength);
  for (size_t i = 0; i < outputLength; i++) {
    size_t len = displayLength(output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  size_t actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + size_t(ctx.indentationLvl) < size_t(ctx.opts.breakLength) &&
      (double(totalLength) / double(actualMax) > 5 || maxLength <= 6)) {
    double approxCharHeights = 2.5, averageBias = std::sqrt(double(actualMax) - double(totalLength) / double(output.size()));
    double biasedMax = std::max(double(actualMax) - 3 - averageBias, 1.0);
    double columnsD = std::min({std::round(std::sqrt(approxCharHeights * biasedMax * double(outputLength)) / biasedMax),
                                std::floor(double(ctx.opts.breakLength - ctx.indentationLvl) / double(actualMax)),
                                3.0 * 4, 15.0});
    size_t columns = size_t(columnsD);
    if (columns <= 1) return output;
    std::vector<std::string> tmp;
    std::vector<size_t> maxLineLength;
    for (size_t i = 0; i < columns; i++) {
      size_t lineLength = 0;
      for (size_t j = i; j < outputLength; j += columns)
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      maxLineLength.push_back(lineLength + separatorSpace);
    }
    bool padStart = true;  // numbers right-aligned
    if (isArray(value)) {
      ArrayObject* a = asArray(value);
      for (size_t i = 0; i < output.size() && i < a->elements.size(); i++) {
        Value e = a->elements[i];
        if (!e.isNumber() && !isBigInt(e)) { padStart = false; break; }
      }
      if (output.size() > a->elements.size()) padStart = false;
    } else {
      padStart = false;
    }
    for (size_t i = 0; i < outputLength; i += columns) {
      size_t max = std::min(i + columns, outputLength);
      std::string str;
      size_t j = i;
      for (; j < max - 1; j++) {
        std::string cell = output[j] + ", ";
        size_t padding = maxLineLength[j - i];
        size_t len = dataLen[j] + 2;
        if (padStart) str += repeat(' ', int(padding) - int(len)) + cell;
        else str += cell + repeat(' ', int(padding) - int(len));
      }
      if (padStart) {
        size_t padding = maxLineLength[j - i] - separatorSpace;
        str += repeat(' ', int(padding) - int(dataLen[j])) + output[j];
      } else {
        str += output[j];
      }
      tmp.push_back(str);
    }
    if (hasMore) tmp.push_back(output.back());
    return tmp;
  }
  return output;
}

std::string reduceToSingleString(Ctx& ctx, std::vector<std::string> output, const std::string& base,
                                 const std::string& brace0, const std::string& brace1, ExtrasType extrasType,
                                 int recurseTimes, Value value, bool hasMore) {
  size_t entries = output.size();
  if (extrasType == kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value, hasMore);
  if (ctx.currentDepth - recurseTimes < 3 && entries == output.size()) {
    size_t start = output.size() + size_t(ctx.indentationLvl) + displayLength(brace0) + displayLength(base) + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      std::string joined = join(output, ", ");
      if (joined.find('\n') == std::string::npos) {
        return (base.empty() ? "" : base + " ") + brace0 + " " + joined + " " + brace1;
      }
    }
  }
  std::string indentation = "\n" + repeat(' ', ctx.indentationLvl);
  return (base.empty() ? "" : base + " ") + brace0 + indentation + "  " +
         join(output, "," + indentation + "  ") + indentation + brace1;
}

std::string formatPropertyKey(Ctx& ctx, PropertyKey key) {
  if (key->kind == uint8_t(CellKind::Symbol)) return "[" + keyToDisplay(key) + "]";
  std::string k = static_cast<String*>(key)->toUtf8();
  if (isIdentifierKey(k)) return k;
  return strEscape(static_cast<String*>(key)->toUtf16());
}

std::string formatProperty(Ctx& ctx, Object* o, PropertyKey key, int recurseTimes, ExtrasType type) {
  Rooted ro(ctx.vm, Value::cell(o)), rk(ctx.vm, Value::cell(key));
  PropertyDescriptor d;
  if (!getOwnProperty(ctx.vm, o, key, &d)) d = PropertyDescriptor::data(Value::undefined(), kDefaultAttrs);
  std::string str;
  if (d.isData()) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, d.value, recurseTimes, false);
    ctx.indentationLvl -= 2;
  } else if (!d.getter.isUndefined()) {
    str = d.setter.isUndefined() ? "[Getter]" : "[Getter/Setter]";
  } else {
    str = d.setter.isUndefined() ? "undefined" : "[Setter]";
  }
  if (type == kArrayExtrasType) return str;
  return formatPropertyKey(ctx, key) + ": " + str;
}

std::string formatError(Ctx& ctx, Object* err) {
  JsRealm& r = jsRealm(ctx.vm);
  materializeLazyProperties(ctx.vm, err);
  Value stack = ownData(ctx, err, r.names.stack);
  std::string s;
  if (isString(stack)) {
    s = asString(stack)->toUtf8();
  } else {
    Rooted re(ctx.vm, Value::cell(err));
    Value ts = js::getProperty(ctx.vm, re, r.names.toString);
    s = isCallable(ts) ? toStdString(ctx.vm, call(ctx.vm, ts, re)) : "Error";
  }
  if (s.find("\n    at") == std::string::npos) s = "[" + s + "]";
  if (ctx.indentationLvl) {
    std::string ind = repeat(' ', ctx.indentationLvl);
    std::string out;
    for (char c : s) {
      out.push_back(c);
      if (c == '\n') out += ind;
    }
    s = out;
  }
  return s;
}

std::string functionBase(Ctx& ctx, Object* f) {
  std::string name = functionName(ctx, f);
  if (isClassConstructor(Value::cell(f))) {
    std::string base = "[class " + (name.empty() ? std::string("(anonymous)") : name);
    Object* sup = f->proto();
    if (sup && sup != jsRealm(ctx.vm).functionPrototype && isCallable(Value::cell(sup))) {
      std::string sn = functionName(ctx, sup);
      if (!sn.empty()) base += " extends " + sn;
    }
    return base + "]";
  }
  std::string type = "Function";
  if (isClosure(Value::cell(f))) {
    const ir::Function& fi = *static_cast<Closure*>(f)->fn->ir;
    if (fi.isGenerator) type = fi.isAsync ? "AsyncGeneratorFunction" : "GeneratorFunction";
    else if (fi.isAsync) type = "AsyncFunction";
  }
  std::string base = "[" + type;
  base += name.empty() ? " (anonymous)" : ": " + name;
  return base + "]";
}

std::string formatRaw(Ctx& ctx, Object* o, int recurseTimes, bool typedArray) {
  VM& vm = ctx.vm;
  JsRealm& r = jsRealm(vm);
  Value ov = Value::cell(o);
  Rooted ro(vm, ov);
  if (isTypedArray(ov) && isBuffer(vm, ov)) return inspectBuffer(vm, ov);  // node's Buffer inspect
  std::string ctor;
  bool hasCtor = constructorName(ctx, o, &ctor);
  std::string tag;
  {
    Value t = ownData(ctx, o, r.symbols.toStringTag);
    for (Object* p = o; p && t.isUndefined(); p = p->proto()) t = ownData(ctx, p, r.symbols.toStringTag);
    if (isString(t)) tag = asString(t)->toUtf8();
    if (tag == ctor) tag.clear();
  }
  // Keys: own enumerable strings (array index keys excluded for arrays) and enumerable symbols.
  RootedVector allKeys(vm);
  ownPropertyKeys(vm, o, allKeys);
  std::vector<PropertyKey> keys;
  bool isArr = isArray(ov);
  bool isArgs = o->classTag() == uint16_t(ClassTag::Arguments);
  bool isTyped = isTypedArray(ov);
  for (size_t i = 0; i < allKeys.size(); i++) {
    PropertyKey k = static_cast<PropertyKey>(allKeys[i].asCell());
    uint32_t idx;
    if ((isArr || isTyped || o->classTag() == uint16_t(ClassTag::StringObject)) &&
        k->kind == uint8_t(CellKind::String) && static_cast<String*>(k)->isArrayIndex(&idx))
      continue;
    if (isArgs && (k == r.names.length || k == r.names.callee)) continue;
    PropertyDescriptor d;
    if (!getOwnProperty(vm, o, k, &d) || !d.enumerable) continue;
    if (o->classTag() == uint16_t(ClassTag::Error) && (k == r.names.stack || k == r.names.message)) continue;
    keys.push_back(k);
  }

  std::string base, brace0, brace1 = "}";
  ExtrasType extrasType = kObjectType;
  std::vector<std::string> output;
  bool hasMore = false;
  enum { Plain, ArrayLike, MapLike, SetLike } formatter = Plain;
  uint64_t arrayLen = 0;

  // node 20 shows an arguments object as an object (its iterator is neither an array's nor a
  // collection's): `[Arguments] { '0': 1 }`.
  if (isArr || isTyped) {
    arrayLen = isArr ? asArray(ov)->elements.size() : asTypedArray(ov)->length;
    std::string prefix;
    if (isTyped) prefix = getPrefix(ctor, hasCtor, "", "", "(" + std::to_string(arrayLen) + ")");
    else if (!hasCtor || ctor != "Array") prefix = getPrefix(ctor, hasCtor, tag, "Array", "(" + std::to_string(arrayLen) + ")");
    brace0 = prefix + "[";
    brace1 = "]";
    if (arrayLen == 0 && keys.empty()) return brace0 + "]";
    extrasType = kArrayExtrasType;
    formatter = ArrayLike;
  } else if (o->classTag() == uint16_t(ClassTag::Map) || o->classTag() == uint16_t(ClassTag::Set)) {
    bool isMap = o->classTag() == uint16_t(ClassTag::Map);
    RootedVector ks(vm), vs(vm);
    if (r.collectionEntries) r.collectionEntries(vm, o, ks, vs);
    std::string prefix = getPrefix(ctor, hasCtor, tag, isMap ? "Map" : "Set", "(" + std::to_string(ks.size()) + ")");
    brace0 = prefix + "{";
    if (ks.size() == 0 && keys.empty()) return prefix + "{}";
    if (recurseTimes > ctx.opts.depth && ctx.opts.depth >= 0) return "[" + std::string(isMap ? "Map" : "Set") + "]";
    ctx.seen.push_back(o);
    ctx.currentDepth = recurseTimes;
    ctx.indentationLvl += 2;
    for (size_t i = 0; i < ks.size(); i++) {
      std::string s = formatValue(ctx, ks[i], recurseTimes + 1);
      if (isMap) s += " => " + formatValue(ctx, vs[i], recurseTimes + 1);
      output.push_back(s);
    }
    ctx.indentationLvl -= 2;
    for (PropertyKey k : keys) output.push_back(formatProperty(ctx, o, k, recurseTimes + 1, kObjectType));
    ctx.seen.pop_back();
    formatter = isMap ? MapLike : SetLike;
  } else {
    if (isCallable(ov)) {
      base = functionBase(ctx, o);
      if (keys.empty()) return base;
      brace0 = "{";
    } else if (o->classTag() == uint16_t(ClassTag::Error)) {
      base = formatError(ctx, o);
      if (keys.empty()) return base;
      brace0 = "{";
    } else if (o->classTag() == uint16_t(ClassTag::RegExp)) {
      base = toStdString(vm, invoke(vm, ov, r.names.toString));
      if (keys.empty()) return base;
      brace0 = "{";
    } else if (o->classTag() == uint16_t(ClassTag::Date)) {
      Value iso;
      try {
        iso = invoke(vm, ov, vm.intern("toISOString"));
        base = toStdString(vm, iso);
      } catch (ScriptThrow&) {
        vm.exception = Value::undefined();
        base = "Invalid Date";
      }
      if (keys.empty()) return base;
      brace0 = "{";
    } else if (o->classTag() == uint16_t(ClassTag::NumberObject) || o->classTag() == uint16_t(ClassTag::StringObject) ||
               o->classTag() == uint16_t(ClassTag::BooleanObject) || o->classTag() == uint16_t(ClassTag::SymbolObject) ||
               o->classTag() == uint16_t(ClassTag::BigIntObject)) {
      Value prim = static_cast<InternalObject*>(o)->internal[0];
      const char* type = o->classTag() == uint16_t(ClassTag::NumberObject) ? "Number"
                         : o->classTag() == uint16_t(ClassTag::StringObject) ? "String"
                         : o->classTag() == uint16_t(ClassTag::BooleanObject) ? "Boolean"
                         : o->classTag() == uint16_t(ClassTag::SymbolObject) ? "Symbol" : "BigInt";
      Ctx sub{vm, ctx.opts};
      base = "[" + std::string(type) + ": " + formatPrimitive(sub, prim) + "]";
      if (keys.empty()) return base;
      brace0 = "{";
    } else if (o->classTag() == uint16_t(ClassTag::Promise)) {
      PromiseObject* p = static_cast<PromiseObject*>(o);
      brace0 = getPrefix(ctor, hasCtor, tag, "Promise") + "{";
      if (recurseTimes > ctx.opts.depth && ctx.opts.depth >= 0) return "[Promise]";
      ctx.indentationLvl += 2;
      if (p->state == PromiseObject::State::Pending) output.push_back("<pending>");
      else {
        std::string s = formatValue(ctx, p->result, recurseTimes + 1);
        output.push_back(p->state == PromiseObject::State::Rejected ? "<rejected> " + s : s);
      }
      ctx.indentationLvl -= 2;
    } else if (o->classTag() == uint16_t(ClassTag::ArrayBuffer) || o->classTag() == uint16_t(ClassTag::DataView)) {
      // node shows a buffer's bytes (up to 100) and byteLength; a DataView its three fields.
      bool isBuffer = o->classTag() == uint16_t(ClassTag::ArrayBuffer);
      brace0 = getPrefix(ctor, hasCtor, "", isBuffer ? "ArrayBuffer" : "DataView") + "{";
      if (recurseTimes > ctx.opts.depth && ctx.opts.depth >= 0) return isBuffer ? "[ArrayBuffer]" : "[DataView]";
      if (isBuffer) {
        const std::vector<uint8_t>& bytes = static_cast<ArrayBufferObject*>(o)->data;
        std::string hex = "[Uint8Contents]: <";
        size_t shown = std::min<size_t>(bytes.size(), 100);
        for (size_t i = 0; i < shown; i++) {
          char b[4];
          snprintf(b, sizeof b, "%02x", bytes[i]);
          if (i) hex += " ";
          hex += b;
        }
        if (bytes.size() > shown) hex += " ... " + std::to_string(bytes.size() - shown) + " more byte" + (bytes.size() - shown > 1 ? "s" : "");
        output.push_back(hex + ">");
        output.push_back("byteLength: " + std::to_string(bytes.size()));
      } else {
        InternalObject* dv = static_cast<InternalObject*>(o);
        ctx.seen.push_back(o);
        ctx.currentDepth = recurseTimes;
        output.push_back("byteLength: " + formatNumber(dv->internal[2].toDouble()));
        output.push_back("byteOffset: " + formatNumber(dv->internal[1].toDouble()));
        ctx.indentationLvl += 2;
        output.push_back("buffer: " + formatValue(ctx, dv->internal[0], recurseTimes + 1));
        ctx.indentationLvl -= 2;
        ctx.seen.pop_back();
      }
      for (PropertyKey k : keys) output.push_back(formatProperty(ctx, o, k, recurseTimes + 1, kObjectType));
      formatter = SetLike;  // entries are complete: skip the generic key pass below
    } else if (o->classTag() == uint16_t(ClassTag::WeakMap) || o->classTag() == uint16_t(ClassTag::WeakSet)) {
      std::string n = o->classTag() == uint16_t(ClassTag::WeakMap) ? "WeakMap" : "WeakSet";
      return getPrefix(ctor, hasCtor, tag, n) + "{ <items unknown> }";
    } else {
      if (isArgs) {
        brace0 = "[Arguments] {";
      } else if (hasCtor && ctor == "Object") {
        if (!tag.empty()) brace0 = getPrefix(ctor, hasCtor, tag, "Object") + "{";
        else brace0 = "{";
      } else {
        brace0 = getPrefix(ctor, hasCtor, tag, "Object") + "{";
      }
      if (keys.empty()) {
        if (o->classTag() == uint16_t(ClassTag::ArrayIterator)) return "Object [Array Iterator] {}";
        if (o->kind == uint8_t(CellKind::Generator)) return "Object [Generator] {}";
        return brace0 + "}";
      }
    }
  }

  if (recurseTimes > ctx.opts.depth && ctx.opts.depth >= 0) {
    std::string name = getPrefix(ctor, hasCtor, tag, formatter == ArrayLike ? "Array" : "Object");
    name.pop_back();
    return "[" + name + "]";
  }

  if (formatter == Plain || formatter == ArrayLike) {
    ctx.seen.push_back(o);
    ctx.currentDepth = recurseTimes;
    if (formatter == ArrayLike) {
      uint64_t outputLength = std::min<uint64_t>(arrayLen, 100);
      uint64_t i = 0;
      for (; i < outputLength; i++) {
        if (!hasProperty(vm, asObject(ro), indexToKey(vm, uint32_t(i))) ||
            (isArr && asArray(ro)->elements[i].isHole() && !hasOwnProperty(vm, asObject(ro), indexToKey(vm, uint32_t(i))))) {
          uint64_t j = i;
          while (j < arrayLen && !hasOwnProperty(vm, asObject(ro), indexToKey(vm, uint32_t(j)))) j++;
          uint64_t holes = j - i;
          output.push_back("<" + std::to_string(holes) + " empty item" + (holes > 1 ? "s" : "") + ">");
          i = j - 1;
          if (output.size() >= outputLength) { i = j; break; }
          continue;
        }
        output.push_back(formatProperty(ctx, asObject(ro), indexToKey(vm, uint32_t(i)), recurseTimes + 1, kArrayExtrasType));
      }
      if (i < arrayLen && output.size() >= 100) {
        uint64_t rem = arrayLen - i;
        output.push_back("... " + std::to_string(rem) + " more item" + (rem > 1 ? "s" : ""));
        hasMore = true;
      }
    }
    for (PropertyKey k : keys) output.push_back(formatProperty(ctx, asObject(ro), k, recurseTimes + 1, kObjectType));
    ctx.seen.pop_back();
  }

  std::string res = reduceToSingleString(ctx, output, base, brace0, brace1, extrasType, recurseTimes, ro, hasMore);
  for (auto& c : ctx.circular) {
    if (c.first == asObject(ro)) { res = "<ref *" + std::to_string(c.second) + "> " + res; break; }
  }
  return res;
}

std::string formatValue(Ctx& ctx, Value v, int recurseTimes, bool typedArray) {
  if (!isObject(v)) return formatPrimitive(ctx, v);
  Object* o = asObject(v);
  for (Object* s : ctx.seen) {
    if (s == o) {
      int index = 0;
      for (auto& c : ctx.circular)
        if (c.first == o) index = c.second;
      if (!index) {
        index = int(ctx.circular.size()) + 1;
        ctx.circular.push_back({o, index});
      }
      return "[Circular *" + std::to_string(index) + "]";
    }
  }
  // Proxies show their target (util.inspect's showProxy: false), without running traps.
  if (isProxyObject(o)) {
    Value t = proxyTarget(o);
    return isObject(t) ? formatValue(ctx, t, recurseTimes, typedArray) : "<Revoked Proxy>";
  }
  // Objects with a custom [util.inspect.custom] are not supported: node's symbol is not shared.
  return formatRaw(ctx, o, recurseTimes, typedArray);
}

}  // namespace

std::string inspectValue(VM& vm, Value v, const InspectOptions& opts) {
  Ctx ctx{vm, opts};
  Rooted rv(vm, v);
  return formatValue(ctx, v, 0);
}

std::string formatLogArguments(VM& vm, const Value* argv, uint32_t argc) {
  std::string out;
  uint32_t a = 0;
  if (argc && isString(argv[0])) {
    std::string f = asString(argv[0])->toUtf8();
    a = 1;
    if (f.find('%') != std::string::npos && argc > 1) {
      std::string res;
      for (size_t i = 0; i < f.size(); i++) {
        if (f[i] != '%' || i + 1 >= f.size()) { res.push_back(f[i]); continue; }
        char c = f[i + 1];
        if (c == '%') { res.push_back('%'); i++; continue; }
        if (a >= argc) { res.push_back(f[i]); continue; }
        Value arg = argv[a];
        switch (c) {
          case 's':
            if (isString(arg)) res += asString(arg)->toUtf8();
            else if (isBigInt(arg)) res += bigint::toString(arg) + "n";
            else if (isObject(arg) && !isCallable(arg)) res += inspectValue(vm, arg, InspectOptions{0, 80, false});
            else if (isSymbol(arg)) res += keyToDisplay(asSymbol(arg));
            else if (arg.isNumber()) res += formatNumber(arg.toDouble());
            else res += toStdString(vm, arg);
            break;
          case 'd': case 'i': {
            if (isObject(arg)) { res += "NaN"; break; }
            if (isBigInt(arg)) { res += bigint::toString(arg) + "n"; break; }
            if (isSymbol(arg)) { res += "NaN"; break; }
            double d = toNumber(vm, arg);
            if (c == 'i') d = std::trunc(d);
            res += formatNumber(d);
            break;
          }
          case 'f':
            res += isSymbol(arg) ? "NaN" : formatNumber(toNumber(vm, isString(arg) ? arg : Value::cell(toString(vm, arg))));
            break;
          case 'j': {
            JsRealm& r = jsRealm(vm);
            Value json = js::getProperty(vm, Value::cell(r.global), vm.intern("JSON"));
            if (isObject(json)) {
              Rooted rj(vm, json);
              Value s = invoke(vm, json, vm.intern("stringify"), &arg, 1);
              res += s.isUndefined() ? "undefined" : toStdString(vm, s);
            }
            break;
          }
          case 'o': res += inspectValue(vm, arg, InspectOptions{4, 80, true}); break;
          case 'O': res += inspectValue(vm, arg); break;
          case 'c': break;
          default: res.push_back('%'); res.push_back(c); i++; continue;
        }
        a++;
        i++;
      }
      out = res;
    } else {
      out = f;
    }
  }
  for (; a < argc; a++) {
    if (!out.empty() || a > 0) out += " ";
    out += isString(argv[a]) ? asString(argv[a])->toUtf8() : inspectValue(vm, argv[a]);
  }
  return out;
}

}  // namespace dualvm::js
