// runtime/python/modules/_codecs.cpp — the native `_codecs` module (CPython's
// Modules/_codecsmodule.c) that codecs.py imports: the codec search registry (register, lookup,
// the encodings package registers itself there), error handlers (lookup_error/register_error
// with strict, ignore, replace), encode/decode and the utf_8/latin_1/ascii helpers. The actual
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
  Value args[2] = {enc, errs};
  return P.callMethod(robj, decode ? "decode" : "encode", args, 2);
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
