// runtime/python/modules/_string.cpp — the native `_string` module (CPython's
// Objects/stringlib/unicode_format.h helpers) that string.Formatter uses:
// formatter_parser(s) -> (literal, field_name, format_spec, conversion) tuples, and
// formatter_field_name_split(name) -> (first, iterator of (is_attribute, key)).
#include "runtime/python/modules/native_module.h"

namespace dualvm::py {

#define L (lang(vm))

static std::u32string cps(PyLanguage& P, Value v, const char* fn) {
  if (!isString(v)) P.raise(P.t.TypeError, std::string(fn) + "() argument must be str, not " + P.typeName(v));
  return asString(v)->toCodePoints();
}

static Value strOf(PyLanguage& P, const std::u32string& s) { return P.newStrCp(s); }

static Value f_parser(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::u32string s = cps(P, a[0], "formatter_parser");
  RootedVector out(vm);
  size_t i = 0, n = s.size();
  while (i < n) {
    std::u32string lit;
    bool field = false;
    while (i < n) {
      char32_t c = s[i];
      if (c == '{' || c == '}') {
        if (i + 1 < n && s[i + 1] == c) { lit += c; i += 2; goto emitLiteral; }  // {{ or }}: ends this literal
        if (c == '}') P.raise(P.t.ValueError, "Single '}' encountered in format string");
        field = true;
        i++;
        break;
      }
      lit += c;
      i++;
    }
    if (!field) {
    emitLiteral:
      Rooted l(vm, strOf(P, lit));
      Value t[4] = {l, Value::null(), Value::null(), Value::null()};
      out.push(P.newTuple(t, 4));
      continue;
    }
    {
      // the field up to its matching '}'
      size_t start = i;
      int depth = 1;
      while (i < n) {
        if (s[i] == '{') depth++;
        else if (s[i] == '}' && --depth == 0) break;
        i++;
      }
      if (i >= n) P.raise(P.t.ValueError, depth > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
      std::u32string body = s.substr(start, i - start);
      i++;  // past '}'
      // field name ends at '!' or ':' outside [...]
      size_t j = 0;
      int bracket = 0;
      while (j < body.size()) {
        if (body[j] == '[') bracket++;
        else if (body[j] == ']') bracket = bracket ? bracket - 1 : 0;
        else if (!bracket && (body[j] == '!' || body[j] == ':')) break;
        j++;
      }
      std::u32string name = body.substr(0, j), spec;
      Rooted conv(vm, Value::null());
      if (j < body.size() && body[j] == '!') {
        if (j + 1 >= body.size()) P.raise(P.t.ValueError, "end of string while looking for conversion specifier");
        conv = strOf(P, body.substr(j + 1, 1));
        j += 2;
        if (j < body.size() && body[j] != ':') P.raise(P.t.ValueError, "expected ':' after conversion specifier");
      }
      if (j < body.size() && body[j] == ':') spec = body.substr(j + 1);
      Rooted l(vm, strOf(P, lit)), fn(vm, strOf(P, name)), fs(vm, strOf(P, spec));
      Value t[4] = {l, fn, fs, conv};
      out.push(P.newTuple(t, 4));
    }
  }
  Rooted list(vm, P.newList(out.data(), out.size()));
  return P.getIterator(vm, list, false);
}

static bool allDigits(const std::u32string& s) {
  if (s.empty()) return false;
  for (char32_t c : s) if (c < '0' || c > '9') return false;
  return true;
}

static Value keyValue(PyLanguage& P, const std::u32string& s) {
  if (allDigits(s)) {
    Rooted str(P.vm, strOf(P, s));
    return P.toInt(str);
  }
  return strOf(P, s);
}

static Value f_field_name_split(VM& vm, CallArgs& a) {
  PyLanguage& P = L;
  std::u32string s = cps(P, a[0], "formatter_field_name_split");
  size_t i = 0;
  while (i < s.size() && s[i] != '.' && s[i] != '[') i++;
  Rooted first(vm, keyValue(P, s.substr(0, i)));
  RootedVector rest(vm);
  while (i < s.size()) {
    if (s[i] == '.') {
      size_t j = ++i;
      while (i < s.size() && s[i] != '.' && s[i] != '[') i++;
      if (i == j) P.raise(P.t.ValueError, "Empty attribute in format string");
      Rooted k(vm, strOf(P, s.substr(j, i - j)));
      Value t[2] = {Value::boolean(true), k};
      rest.push(P.newTuple(t, 2));
    } else if (s[i] == '[') {
      size_t j = ++i;
      while (i < s.size() && s[i] != ']') i++;
      if (i >= s.size()) P.raise(P.t.ValueError, "Missing ']' in format string");
      if (i == j) P.raise(P.t.ValueError, "Empty attribute in format string");
      Rooted k(vm, keyValue(P, s.substr(j, i - j)));
      i++;
      if (i < s.size() && s[i] != '.' && s[i] != '[') P.raise(P.t.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      Value t[2] = {Value::boolean(false), k};
      rest.push(P.newTuple(t, 2));
    } else {
      P.raise(P.t.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  Rooted list(vm, P.newList(rest.data(), rest.size()));
  Rooted it(vm, P.getIterator(vm, list, false));
  Value t[2] = {first, it};
  return P.newTuple(t, 2);
}

void initString(PyLanguage& P, Object* m) {
  P.defNative(m, "formatter_parser", f_parser);
  P.defNative(m, "formatter_field_name_split", f_field_name_split);
}

}  // namespace dualvm::py
