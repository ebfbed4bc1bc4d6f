// runtime/python/py_text.h — what the str / int / float / formatting files (str.cpp, format.cpp,
// int.cpp, float.cpp) share with each other and with installBuiltins: their install functions
// and small text helpers.
#pragma once
#include <string>
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// Each installs its type's methods and the builtins about it (called from installBuiltins).
void installStr(PyLanguage& P);     // str.cpp: str methods, str(), chr, ord
void installFormat(PyLanguage& P);  // format.cpp: str.format, format()
void installInt(PyLanguage& P);     // int.cpp: int(), int methods, hex/bin/oct, divmod, pow
void installFloat(PyLanguage& P);   // float.cpp: float(), float methods, round

Value percentFormat(PyLanguage& P, String* fmt, Value args);

// Keyword arguments of the native being called (py_builtins.cpp): the value, or empty() when absent;
// noKw raises CPython's TypeError for any keyword not in `allowed`.
Value kwarg(PyLanguage& P, const char* name);
void noKw(PyLanguage& P, const char* fn, std::initializer_list<const char*> allowed = {});

// repr(v) with non-ASCII characters escaped: ascii(), !a, %a (str.cpp)
std::string asciiRepr(PyLanguage& P, Value v);
// |d| (finite) as text for code 'e', 'f', 'g' or 'r' (shortest round-trip digits), with CPython's
// layout rules; dot0 = the ".0" / 'g'-threshold of repr and of format's empty type (format.cpp)
std::string formatFloatAbs(double d, char code, int precision, bool dot0, bool alt);
// CPython's str.isspace / str.isprintable of one code point (str.cpp)
bool pyIsSpace(char32_t c);
bool pyIsPrintable(char32_t c);
// int(text, base) / float(text) parsing with CPython's rules; false when the text is malformed
// (int.cpp, float.cpp). base 0 reads a 0x/0o/0b prefix as literals do.
bool parseIntText(PyLanguage& P, const std::u32string& text, int base, Value* out);
bool parseFloatText(const std::u32string& text, double* out);
std::u32string utf8ToCp(std::string_view utf8);  // malformed bytes -> U+FFFD
inline std::u32string cps(Value v) { return asString(v)->toCodePoints(); }
// The text of the str a str method runs on (str.cpp). An unbound call (str.upper(s),
// key=str.lower) passes the str as the first argument: the arguments shift down.
std::u32string selfText(VM& vm, CallArgs& a);

}  // namespace dualvm::py
