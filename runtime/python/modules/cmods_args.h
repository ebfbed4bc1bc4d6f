// runtime/python/modules/cmods_args.h — argument helpers shared by the C-library-backed modules
// (binascii, zlib, _hashlib, _blake2, pyexpat, unicodedata; owner pycmods): the bytes of a
// buffer argument and positional-or-keyword argument lookup.
#pragma once
#include <string>
#include "runtime/bigint.h"
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

// The bytes of a bytes-like value (bytes, bytearray, memoryview); false for anything else.
inline bool cmodsBuffer(PyLanguage& P, Value v, std::string& out) {
  if (isBytesLike(v)) { out = asBytes(v)->data; return true; }
  if (isMemoryView(v)) { out = memoryviewData(P, v); return true; }
  return false;
}
// The bytes of a buffer argument, or CPython's TypeError.
inline std::string cmodsNeedBuffer(PyLanguage& P, Value v) {
  std::string s;
  if (!cmodsBuffer(P, v, s)) P.raise(P.t.TypeError, "a bytes-like object is required, not '" + P.typeName(v) + "'");
  return s;
}
// Argument i, or the keyword `name`, or empty() when neither was passed.
inline Value cmodsArg(CallArgs& a, const RootedKwargs& kw, uint32_t i, const char* name) {
  if (a.argc > i) return a[i];
  return name ? kw.get(name) : Value::empty();
}
inline bool cmodsGiven(Value v) { return !v.isMagic(Magic::Empty); }
// A Python int from a C++ integer (ints past int32 are big ints, never floats).
inline Value cmodsInt(PyLanguage& P, int64_t i) { return bigint::fromInt64(P.vm.heap, i); }

}  // namespace dualvm::py
