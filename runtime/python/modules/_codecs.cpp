// runtime/python/modules/_codecs.cpp — the native `_codecs` module (CPython's
// Modules/_codecsmodule.c) that codecs.py imports: the codec search registry (register, lookup,
// the encodings package registers itself there), error handlers (lookup_error/register_error
// with strict, ignore, replace), encode/decode, the utf_8/latin_1/ascii helpers and the charmap
// codecs (charmap_decode/encode/build; pyintro). The actual
// transcoding is str.encode / bytes.decode (bytes.cpp).
#include <cctype>
#include "runtime/python/containers.h"
#include "runtime/python/modules/native_module.h"

namespace dualvm::py {

#define L (lang(vm))

static Object* codecsModule(PyLanguage& P) {
  Value m = P.dictGet(asDict(P.sysModules), P.newStr("_codecs"));
  return isObject(m) ? asObject(m) : nullptr;
}

// Hidden registries on the module: a list of search functions, a dict of error handlers, a cache.
static Value registry(PyLanguage& P, const char* name) {
  Object* m = codecsModule(P);
  return m ? P.nsGet(m, P.s(name)) : Value::empty();
}

static std::string normalize(std::string e) {
  std::string out;
  for (char c : e) out += c == ' ' ? '_' : char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

static Value c_register(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Value cb = P.lookupType(P.typeOf(a[0]), P.s("__call__"));
  if (!isClosure(a[0]) && !isNativeFunction(a[0]) && !isKind(a[0], CellKind::BoundFunction) && cb.isMagic(Magic::Empty))
    P.raise(P.t.TypeError, "argument must be callable");
  Rooted list(vm, registry(P, "__dualvm_search__"));
  asArray(list)->push(a[0]);
  return Value::null();
}

static Value c_unregister(VM& vm, CallArgs& a) {
  Rooted list(vm, registry(L, "__dualvm_search__"));
  auto& el = asArray(list)->elements;
  for (size_t i = 0; i < el.size(); i++) if (el[i] == a[0]) { el.erase(el.begin() + long(i)); break; }
  return Value::null();
}

static Value c_lookup(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!isString(a[0])) P.raise(P.t.TypeError, "lookup() argument must be str, not " + P.typeName(a[0]));
  std::string enc = normalize(asString(a[0])->toUtf8());
  Rooted key(vm, P.newStr(enc));
  Rooted cache(vm, registry(P, "__dualvm_cache__"));
  Value hit = P.dictGet(asDict(cache), key);
  if (!hit.isMagic(Magic::Empty)) return hit;
  Rooted list(vm, registry(P, "__dualvm_search__"));
  if (asArray(list)->elements.empty()) {  // CPython imports encodings (its search function) at startup
    Rooted name(vm, P.newStr("encodings"));
    P.importName(name, Value::null(), Value::integer(0));
  }
  RootedVector fns(vm);
  for (Value f : asArray(list)->elements) fns.push(f);
  for (size_t i = 0; i < fns.size(); i++) {
    Value arg = key;
    Rooted r(vm, P.call(fns[i], &arg, 1));
    if (r.get().isNull()) continue;
    P.dictSet(asDict(cache), key, r);
    return r;
  }
  P.raise(P.t.LookupError, "unknown encoding: " + asString(a[0])->toUtf8());
}

// The built-in error handlers: strict raises the exception; ignore and replace resume after it.
static Value e_handler(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  int kind = asNativeFunction(Value::cell(a.callee))->magic;
  Value exc = a[0];
  if (!P.isInstance(exc, P.t.BaseException)) P.raise(P.t.TypeError, "don't know how to handle " + P.typeName(exc) + " in error callback");
  if (kind == 0) vm.throwValue(exc);
  Rooted rexc(vm, exc);
  Value end = P.getAttr(exc, P.s("end"), false);
  Rooted rend(vm, end.isMagic(Magic::Empty) ? Value::integer(0) : end);
  bool decoding = P.typeName(exc).find("Decode") != std::string::npos;
  Rooted rep(vm, P.newStr(kind == 1 ? "" : decoding ? "\xef\xbf\xbd" : "?"));
  Value t[2] = {rep, rend};
  return P.newTuple(t, 2);
}

static Value c_lookup_error(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted errs(vm, registry(P, "__dualvm_errors__"));
  Value h = P.dictGet(asDict(errs), a[0]);
  if (h.isMagic(Magic::Empty)) P.raise(P.t.LookupError, "unknown error handler name '" + P.str(a[0]) + "'");
  return h;
}

static Value c_register_error(VM& vm, CallArgs& a) {
  Rooted errs(vm, registry(L, "__dualvm_errors__"));
  L.dictSet(asDict(errs), a[0], a[1]);
  return Value::null();
}

// encode(obj, encoding='utf-8', errors='strict') / decode(...): through str.encode / bytes.decode.
static Value c_transcode(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  bool decode = asNativeFunction(Value::cell(a.callee))->magic == 1;
  Value obj = a[0];
  Rooted enc(vm, a.argc > 1 && isString(a[1]) ? a[1] : P.newStr("utf-8"));
  Rooted errs(vm, a.argc > 2 && isString(a[2]) ? a[2] : P.newStr("strict"));
  for (size_t i = 0; i < P.kwNames.size(); i++) {
    std::string k = P.kwNames[i]->toUtf8();
    if (k == "encoding") enc = P.kwValues[i];
    else if (k == "errors") errs = P.kwValues[i];
    else if (k == "obj") obj = P.kwValues[i];
  }
  Rooted robj(vm, obj);
  P.kwNames.clear(); P.kwValues.clear();
  // any codec (rot13, base64, ...): lookup(encoding).encode/decode(obj, errors)[0]
  Value e = enc;
  CallArgs la{Value::undefined(), Value::undefined(), &e, 1, a.callee};
  Rooted info(vm, c_lookup(vm, la));
  Rooted fn(vm, P.getAttr(info, P.s(decode ? "decode" : "encode")));
  Value args[2] = {robj, errs};
  Rooted r(vm, P.call(fn, args, 2));
  if (!isArray(r) || asArray(r)->elements.size() != 2)
    P.raise(P.t.TypeError, decode ? "decoder must return a tuple (object,integer)" : "encoder must return a tuple (object, integer)");
  return asArray(r)->elements[0];
}

// utf_8_encode(str, errors=None) -> (bytes, consumed); utf_8_decode(data, errors=None, final=False)
// -> (str, consumed). magic: encoding index * 2 + (1 when decoding).
static Value c_codec_fn(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  static const char* encs[] = {"utf-8", "latin-1", "ascii", "unicode-escape", "raw-unicode-escape"};
  int magic = asNativeFunction(Value::cell(a.callee))->magic;
  bool decode = magic & 1;
  Rooted obj(vm, a[0]);
  Rooted enc(vm, P.newStr(encs[magic >> 1]));
  Rooted errs(vm, a.argc > 1 && isString(a[1]) ? a[1] : P.newStr("strict"));
  Value args[2] = {enc, errs};
  Rooted r(vm, decode ? P.callMethod(bytesFromObject(P, obj, false), "decode", args, 2) : P.callMethod(obj, "encode", args, 2));
  int64_t consumed = decode ? int64_t(asBytes(bytesFromObject(P, obj, false))->data.size()) : int64_t(asString(obj)->toCodePoints().size());
  Value t[2] = {r, Value::fromInt64(consumed)};
  return P.newTuple(t, 2);
}

// ---- charmap codecs (the cp*/mac_*/koi8 modules of the encodings package) ----

// UnicodeDecodeError / UnicodeEncodeError('charmap', object, i, i + 1, 'character maps to <undefined>')
[[noreturn]] static void charmapError(PyLanguage& P, bool decode, Value object, size_t i) {
  VM& vm = P.vm;
  Rooted obj(vm, object);
  Rooted type(vm, P.builtins->slot(P.builtins->findOwn(P.s(decode ? "UnicodeDecodeError" : "UnicodeEncodeError"))));
  Rooted enc(vm, P.newStr("charmap")), why(vm, P.newStr("character maps to <undefined>"));
  Value args[5] = {enc, obj, Value::fromInt64(int64_t(i)), Value::fromInt64(int64_t(i + 1)), why};
  Rooted e(vm, P.call(type, args, 5));
  P.attachTraceback(e);
  vm.throwValue(e);
}

static std::string errorsArg(CallArgs& a, uint32_t i) {
  return a.argc > i && isString(a[i]) ? asString(a[i])->toUtf8() : "strict";
}

// charmap_decode(data, errors=None, mapping=None) -> (str, consumed): mapping is a str indexed by
// byte ('\ufffe' undefined) or a dict byte -> str/int/None; None is latin-1.
static Value c_charmap_decode(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  Rooted data(vm, bytesFromObject(P, a[0], false));
  std::string errors = errorsArg(a, 1);
  Rooted map(vm, a.argc > 2 ? a[2] : Value::null());
  const std::string bytes = asBytes(data)->data;
  std::u32string table = isString(map) ? asString(map)->toCodePoints() : std::u32string();
  std::u32string out;
  for (size_t i = 0; i < bytes.size(); i++) {
    unsigned char b = (unsigned char)bytes[i];
    bool ok = true;
    if (map.get().isNull()) {
      out += char32_t(b);
      continue;
    }
    if (isString(map)) {
      ok = b < table.size() && table[b] != 0xfffe;
      if (ok) out += table[b];
    } else {
      Value v = isDict(map) ? P.dictGet(asDict(map), Value::integer(b)) : Value::null();
      if (isString(v)) out += asString(v)->toCodePoints();
      else if (v.isInt()) out += char32_t(v.asInt());
      else ok = false;
    }
    if (ok) continue;
    if (errors == "ignore") continue;
    if (errors == "replace") { out += char32_t(0xfffd); continue; }
    charmapError(P, true, data, i);
  }
  Rooted str(vm, P.newStrCp(out));
  Value t[2] = {str, Value::fromInt64(int64_t(bytes.size()))};
  return P.newTuple(t, 2);
}

// charmap_encode(str, errors=None, mapping=None) -> (bytes, consumed): mapping is a dict
// code point -> int/bytes/None (charmap_build's result, or a codec's encoding_map).
static Value c_charmap_encode(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!isString(a[0])) P.raise(P.t.TypeError, "charmap_encode() argument 1 must be str, not " + P.typeName(a[0]));
  Rooted str(vm, a[0]);
  std::string errors = errorsArg(a, 1);
  Rooted map(vm, a.argc > 2 ? a[2] : Value::null());
  std::u32string cps = asString(str)->toCodePoints();
  std::string out;
  auto lookup = [&](char32_t c, std::string& to) -> bool {
    if (map.get().isNull()) { if (c > 0xff) return false; to += char(c); return true; }
    if (!isDict(map)) return false;
    Value v = P.dictGet(asDict(map), Value::fromInt64(int64_t(c)));
    if (v.isInt()) { to += char(v.asInt() & 0xff); return true; }
    if (isBytesLike(v)) { to += asBytes(v)->data; return true; }
    return false;
  };
  for (size_t i = 0; i < cps.size(); i++) {
    if (lookup(cps[i], out)) continue;
    if (errors == "ignore") continue;
    if (errors == "replace" && lookup(U'?', out)) continue;
    charmapError(P, false, str, i);
  }
  Rooted b(vm, newBytes(P, out));
  Value t[2] = {b, Value::fromInt64(int64_t(cps.size()))};
  return P.newTuple(t, 2);
}

// charmap_build(decoding_table) -> the encoding map {code point: byte} (CPython returns an
// EncodingMap object; a dict serves charmap_encode the same).
static Value c_charmap_build(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  if (!isString(a[0])) P.raise(P.t.TypeError, "charmap_build() argument must be str, not " + P.typeName(a[0]));
  std::u32string table = asString(a[0])->toCodePoints();
  Rooted d(vm, P.newDict());
  for (size_t i = 0; i < table.size() && i < 256; i++)
    if (table[i] != 0xfffe) P.dictSet(asDict(d), Value::fromInt64(int64_t(table[i])), Value::integer(int32_t(i)));
  return d;
}

void initCodecs(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  P.defNative(m, "register", c_register);
  P.defNative(m, "unregister", c_unregister);
  P.defNative(m, "lookup", c_lookup);
  P.defNative(m, "lookup_error", c_lookup_error);
  P.defNative(m, "register_error", c_register_error);
  P.defNative(m, "encode", c_transcode, 0);
  P.defNative(m, "decode", c_transcode, 1);
  const char* fns[] = {"utf_8_encode", "utf_8_decode", "latin_1_encode", "latin_1_decode", "ascii_encode", "ascii_decode",
                       "unicode_escape_encode", "unicode_escape_decode", "raw_unicode_escape_encode", "raw_unicode_escape_decode"};
  for (int i = 0; i < 10; i++) P.defNative(m, fns[i], c_codec_fn, i);
  P.defNative(m, "charmap_decode", c_charmap_decode);
  P.defNative(m, "charmap_encode", c_charmap_encode);
  P.defNative(m, "charmap_build", c_charmap_build);
  m->putDirect(vm, P.s("__dualvm_search__"), P.newList(nullptr, 0));
  m->putDirect(vm, P.s("__dualvm_cache__"), P.newDict());
  Rooted errs(vm, P.newDict());
  m->putDirect(vm, P.s("__dualvm_errors__"), errs);
  const char* handlers[] = {"strict", "ignore", "replace"};
  for (int i = 0; i < 3; i++) {
    NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, e_handler, &P);
    Rooted rf(vm, Value::cell(f));
    f->magic = i;
    f->data = P.newStr(std::string(handlers[i]) + "_errors");
    P.dictSet(asDict(errs), P.newStr(handlers[i]), rf);
  }
  // the handlers CPython has and we approximate
  for (const char* n : {"surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace", "namereplace"})
    P.dictSet(asDict(errs), P.newStr(n), P.dictGet(asDict(errs), P.newStr("replace")));
}

}  // namespace dualvm::py
