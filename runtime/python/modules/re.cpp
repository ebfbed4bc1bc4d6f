// runtime/python/modules/re.cpp — the native `re` module on PCRE2 (32-bit code units, so match
// offsets are code point indexes): compile/search/match/fullmatch/findall/finditer/sub/subn/
// split/escape/purge, Pattern and Match objects, re.error, the flag constants. Python's syntax
// is translated where PCRE2 differs (\Z, \u/\U escapes, {,n}, the a/L/u inline flags); Python's
// semantics are kept where the engines differ (empty matches after a match: PCRE2's
// NOTEMPTY_ATSTART is CPython's must_advance; lastindex from the pattern's group nesting;
// replacement templates; error messages and positions). See docs/decisions.md (native re).
#define PCRE2_CODE_UNIT_WIDTH 32
#include <pcre2.h>
#include <memory>
#include <unordered_map>
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum Flag { kTemplate = 1, kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16, kUnicode = 32, kVerbose = 64, kDebug = 128, kAscii = 256 };
enum : uint16_t { kTagPattern = 0x5102, kTagMatch = 0x5103 };

struct Classes { PyType *pattern, *match, *error; };
std::unordered_map<PyLanguage*, Classes> classes;

class PatternObj final : public Object {
 public:
  PatternObj(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagPattern); }
  ~PatternObj() override { if (code) pcre2_code_free(code); }
  pcre2_code* code = nullptr;
  Value source;      // the pattern as given (str or bytes)
  Value groupindex;  // dict name -> number
  int flags = 0;
  uint32_t groups = 0;
  bool bytes = false;
  std::vector<uint32_t> closeOrder;  // per group (1-based index - 1): position of its ')' in the pattern
  std::vector<std::string> names;    // per group: name or ""
  void trace(gc::Tracer& t) override { Object::trace(t); traceValue(t, source); traceValue(t, groupindex); }
  size_t memoryBytes() const override { return sizeof(PatternObj) + 256; }
};

using Subject = std::shared_ptr<const std::u32string>;

class MatchObj final : public Object {
 public:
  MatchObj(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagMatch); }
  Value string, pattern;
  Subject subject;
  std::vector<int64_t> spans;  // 2 per group incl. group 0; -1 when unset
  int64_t pos = 0, endpos = 0;
  void trace(gc::Tracer& t) override { Object::trace(t); traceValue(t, string); traceValue(t, pattern); }
  size_t memoryBytes() const override { return sizeof(MatchObj) + spans.capacity() * 8; }
};

bool isPattern(Value v) { return isObject(v) && asObject(v)->classTag() == kTagPattern; }
bool isMatch(Value v) { return isObject(v) && asObject(v)->classTag() == kTagMatch; }
PatternObj* asPattern(Value v) { return static_cast<PatternObj*>(asObject(v)); }
MatchObj* asMatch(Value v) { return static_cast<MatchObj*>(asObject(v)); }

// ---- errors ----

[[noreturn]] void reError(VM& vm, const std::string& msg, Value pattern, int64_t pos) {
  Rooted rp(vm, pattern);
  std::string full = msg;
  if (pos >= 0) {
    full += " at position " + std::to_string(pos);
    if (isString(rp)) {  // CPython adds line/column for multi-line patterns
      std::u32string cps = asString(rp)->toCodePoints();
      int64_t line = 1, col = 1;
      bool multi = cps.find(U'\n') != std::u32string::npos;
      for (int64_t i = 0; i < pos && i < int64_t(cps.size()); i++) { if (cps[size_t(i)] == '\n') { line++; col = 1; } else col++; }
      if (multi) full += " (line " + std::to_string(line) + ", column " + std::to_string(col) + ")";
    }
  }
  Rooted e(vm, L.makeException(classes[&L].error, full));
  asObject(e)->putDirect(vm, L.s("msg"), L.newStr(msg));
  asObject(e)->putDirect(vm, L.s("pattern"), rp);
  asObject(e)->putDirect(vm, L.s("pos"), pos >= 0 ? bigint::fromInt64(vm.heap, pos) : Value::null());
  vm.throwValue(e);
}

// ---- text as code points ----

std::u32string codePointsOf(Value v) {
  if (isString(v)) return asString(v)->toCodePoints();
  const std::string& d = asBytes(v)->data;
  std::u32string out(d.size(), 0);
  for (size_t i = 0; i < d.size(); i++) out[i] = (unsigned char)d[i];
  return out;
}
Value sliceText(VM& vm, const std::u32string& s, bool str, int64_t a, int64_t b) {
  if (str) return L.newStrCp(s.substr(size_t(a), size_t(b - a)));
  std::string out;
  for (int64_t i = a; i < b; i++) out += char(s[size_t(i)]);
  return newBytes(L, out);
}
Value sliceValue(VM& vm, MatchObj* m, int64_t a, int64_t b) { return sliceText(vm, *m->subject, isString(m->string), a, b); }

// ---- translation of Python's syntax to PCRE2's ----

struct Translated {
  std::u32string pattern;
  std::vector<size_t> origin;  // translated index -> pattern index (for error positions)
  int inlineFlags = 0;
  std::vector<uint32_t> closeOrder;
  std::vector<std::string> names;
};

bool isHex(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

Translated translate(VM& vm, const std::u32string& p, Value source, bool verbose) {
  Translated t;
  auto emit = [&](const std::u32string& s, size_t at) { for (char32_t c : s) { t.pattern += c; t.origin.push_back(at); } };
  auto emitc = [&](char32_t c, size_t at) { t.pattern += c; t.origin.push_back(at); };
  bool inClass = false;
  struct Open { bool capturing; uint32_t group; };
  std::vector<Open> stack;
  uint32_t groupCount = 0;
  size_t i = 0, n = p.size();
  // leading inline flags (?aiLmsux) (CPython applies global flags only at the start)
  while (i + 2 < n && p[i] == '(' && p[i + 1] == '?' && std::u32string(U"aiLmsux").find(p[i + 2]) != std::u32string::npos) {
    size_t j = i + 2;
    int f = 0;
    std::u32string kept;
    while (j < n && std::u32string(U"aiLmsux").find(p[j]) != std::u32string::npos) {
      switch (p[j]) {
        case 'a': f |= kAscii; break; case 'i': f |= kIgnoreCase; kept += 'i'; break; case 'L': f |= kLocale; break;
        case 'm': f |= kMultiline; kept += 'm'; break; case 's': f |= kDotAll; kept += 's'; break;
        case 'u': f |= kUnicode; break; case 'x': f |= kVerbose; kept += 'x'; break;
      }
      j++;
    }
    if (j >= n || p[j] != ')') break;  // a scoped group (?i:...): handled below
    t.inlineFlags |= f;
    if (!kept.empty()) emit(U"(?" + kept + U")", i);
    i = j + 1;
  }
  if (t.inlineFlags & kVerbose) verbose = true;
  for (; i < n; i++) {
    char32_t c = p[i];
    if (c == '\\') {
      if (i + 1 >= n) reError(vm, "bad escape (end of pattern)", source, int64_t(i));
      char32_t d = p[i + 1];
      if (!inClass && d == 'Z') { emit(U"\\z", i); i++; continue; }
      if (d == 'u' || d == 'U') {
        size_t len = d == 'u' ? 4 : 8;
        size_t k = i + 2;
        while (k < n && k < i + 2 + len && isHex(p[k])) k++;
        if (k - (i + 2) != len) reError(vm, std::string("incomplete escape \\") + char(d) + cpToUtf8(p.substr(i + 2, k - (i + 2))), source, int64_t(i));
        emit(U"\\x{" + p.substr(i + 2, len) + U"}", i);
        i = k - 1;
        continue;
      }
      if (d < 128 && isalpha(int(d)) && std::u32string(U"AbBdDsSwWZafnrtvxN").find(d) == std::u32string::npos)
        reError(vm, std::string("bad escape \\") + char(d), source, int64_t(i));
      emitc(c, i); emitc(d, i + 1); i++;
      continue;
    }
    if (inClass) {
      if (c == ']') inClass = false;
      emitc(c, i);
      continue;
    }
    if (verbose && c == '#') {  // comment to end of line (PCRE2_EXTENDED does this too; keep it verbatim)
      while (i < n && p[i] != '\n') { emitc(p[i], i); i++; }
      if (i < n) emitc(p[i], i);
      continue;
    }
    if (c == '[') {
      inClass = true;
      emitc(c, i);
      // a ']' first (or after '^') is literal
      if (i + 1 < n && p[i + 1] == '^') { ++i; emitc(p[i], i); }
      if (i + 1 < n && p[i + 1] == ']') { ++i; emitc(p[i], i); }
      continue;
    }
    if (c == '{' && i + 1 < n && p[i + 1] == ',') {  // {,n} -> {0,n}
      size_t k = i + 2;
      while (k < n && p[k] >= '0' && p[k] <= '9') k++;
      if (k < n && p[k] == '}' && k > i + 2) { emit(U"{0", i); continue; }
    }
    if (c == '(') {
      bool capturing = true;
      if (i + 1 < n && p[i + 1] == '?') {
        capturing = false;
        if (i + 2 < n && p[i + 2] == 'P' && i + 3 < n && p[i + 3] == '<') capturing = true;
        else if (i + 2 < n && p[i + 2] == '<' && i + 3 < n && p[i + 3] != '=' && p[i + 3] != '!') capturing = true;
        else if (i + 2 < n && p[i + 2] == '#') {  // comment group: copy through the ')'
          while (i < n && p[i] != ')') { emitc(p[i], i); i++; }
          if (i < n) emitc(p[i], i);
          continue;
        } else {
          // scoped flags (?aiLmsux-imsx:...): drop a, L, u (PCRE2 does not know them)
          size_t j = i + 2;
          std::u32string kept;
          bool isFlags = false;
          while (j < n && std::u32string(U"aiLmsux-").find(p[j]) != std::u32string::npos) {
            if (p[j] != 'a' && p[j] != 'L' && p[j] != 'u') kept += p[j];
            j++;
            isFlags = true;
          }
          if (isFlags && j < n && p[j] == ':') {
            stack.push_back({false, 0});
            emit(U"(?" + kept + U":", i);
            i = j;
            continue;
          }
        }
      }
      if (capturing) {
        groupCount++;
        t.closeOrder.resize(groupCount, 0);
        t.names.resize(groupCount);
        if (i + 3 < n && p[i + 1] == '?') {  // named group: record the name
          size_t start = p[i + 2] == 'P' ? i + 4 : i + 3;
          size_t end = p.find(U'>', start);
          if (end != std::u32string::npos) t.names[groupCount - 1] = cpToUtf8(p.substr(start, end - start));
        }
      }
      stack.push_back({capturing, capturing ? groupCount : 0});
      emitc(c, i);
      continue;
    }
    if (c == ')') {
      if (!stack.empty()) {
        Open o = stack.back();
        stack.pop_back();
        if (o.capturing) t.closeOrder[o.group - 1] = uint32_t(i);
      }
      emitc(c, i);
      continue;
    }
    emitc(c, i);
  }
  t.origin.push_back(n);
  return t;
}

// The position CPython reports for PCRE2's compile error `code` at translated offset `off`.
void compileError(VM& vm, int code, size_t off, const Translated& t, const std::u32string& p, Value source) {
  size_t pos = off < t.origin.size() ? t.origin[off] : p.size();
  switch (code) {
    case 114: {  // missing ): the unmatched '('
      std::vector<size_t> opens;
      bool inClass = false;
      for (size_t i = 0; i < p.size(); i++) {
        char32_t c = p[i];
        if (c == '\\') { i++; continue; }
        if (inClass) { if (c == ']') inClass = false; continue; }
        if (c == '[') { inClass = true; if (i + 1 < p.size() && p[i + 1] == '^') i++; if (i + 1 < p.size() && p[i + 1] == ']') i++; continue; }
        if (c == '(') opens.push_back(i);
        else if (c == ')' && !opens.empty()) opens.pop_back();
      }
      reError(vm, "missing ), unterminated subpattern", source, opens.empty() ? int64_t(pos) : int64_t(opens.back()));
    }
    case 106: {  // missing ]: the '[' that opened the set
      size_t k = p.rfind(U'[', pos ? pos - 1 : 0);
      reError(vm, "unterminated character set", source, k == std::u32string::npos ? int64_t(pos) : int64_t(k));
    }
    case 122: reError(vm, "unbalanced parenthesis", source, int64_t(pos));
    case 109: reError(vm, "nothing to repeat", source, int64_t(pos));
    case 115: case 162: reError(vm, "unknown group name", source, int64_t(pos));
    case 143: reError(vm, "redefinition of group name", source, int64_t(pos));
    case 125: reError(vm, "look-behind requires fixed-width pattern", source, -1);
    case 104: {  // CPython points at the minimum, just after the '{'
      size_t k = p.rfind(U'{', pos ? pos - 1 : 0);
      reError(vm, "min repeat greater than max repeat", source, k == std::u32string::npos ? int64_t(pos) : int64_t(k + 1));
    }
    case 108: reError(vm, "bad character range", source, int64_t(pos));
    default: {
      PCRE2_UCHAR32 buf[256];
      int len = pcre2_get_error_message(code, buf, 256);
      std::u32string msg;
      for (int k = 0; k < len && k < 256; k++) msg += char32_t(buf[k]);
      reError(vm, cpToUtf8(msg), source, int64_t(pos));
    }
  }
}

// ---- compile (with a cache, as re._compile has) ----

// (type, pattern, flags) -> Pattern; the dict is re._cache (the module keeps it alive).
std::unordered_map<PyLanguage*, PyDict*> caches;

Value compilePattern(VM& vm, Value source, int flags) {
  if (isPattern(source)) {
    if (flags) L.raise(L.t.ValueError, "cannot process flags argument with a compiled pattern");
    return source;
  }
  if (!isString(source) && !isBytesLike(source)) L.raise(L.t.TypeError, "first argument must be string or compiled pattern");
  bool bytes = !isString(source);
  Rooted src(vm, source);
  Value keyItems[3] = {Value::cell(L.typeOf(source)), source, Value::integer(flags)};
  Rooted key(vm, L.newTuple(keyItems, 3));
  Value hit = L.dictGet(caches[&L], key);
  if (!hit.isMagic(Magic::Empty)) return hit;
  std::u32string p = codePointsOf(src);
  if (bytes && (flags & kUnicode)) L.raise(L.t.ValueError, "cannot use UNICODE flag with a bytes pattern");
  if ((flags & kAscii) && (flags & kUnicode)) L.raise(L.t.ValueError, "ASCII and UNICODE flags are incompatible");
  Translated t = translate(vm, p, src, flags & kVerbose);
  int all = flags | t.inlineFlags;
  if (!bytes && !(all & kAscii)) all |= kUnicode;
  uint32_t opts = PCRE2_NO_UTF_CHECK;
  if (all & kIgnoreCase) opts |= PCRE2_CASELESS;
  if (all & kMultiline) opts |= PCRE2_MULTILINE;
  if (all & kDotAll) opts |= PCRE2_DOTALL;
  if (all & kVerbose) opts |= PCRE2_EXTENDED;
  if (all & kUnicode) opts |= PCRE2_UCP;
  pcre2_compile_context* cc = pcre2_compile_context_create(nullptr);
  pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
  int err = 0;
  PCRE2_SIZE off = 0;
  std::vector<PCRE2_UCHAR32> units(t.pattern.begin(), t.pattern.end());
  units.push_back(0);  // never a null pointer, even for the empty pattern
  pcre2_code* code = pcre2_compile(units.data(), units.size() - 1, opts, &err, &off, cc);
  pcre2_compile_context_free(cc);
  if (!code) compileError(vm, err, off, t, p, src);
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  PatternObj* po = vm.heap.make<PatternObj>(vm.emptyShape(), classes[&L].pattern);
  po->code = code;
  Rooted rpo(vm, Value::cell(po));
  po->source = src;
  po->flags = all;
  po->bytes = bytes;
  uint32_t cap = 0;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &cap);
  po->groups = cap;
  po->closeOrder = t.closeOrder;
  po->closeOrder.resize(cap, 0);
  po->names = t.names;
  po->names.resize(cap);
  Value gi = L.newDict();
  asPattern(rpo)->groupindex = gi;
  for (uint32_t g = 0; g < cap; g++) {
    if (asPattern(rpo)->names[g].empty()) continue;
    Rooted k(vm, L.newStr(asPattern(rpo)->names[g]));
    L.dictSet(asDict(asPattern(rpo)->groupindex), k, Value::integer(int32_t(g + 1)));
  }
  PyDict* cache = caches[&L];
  if (cache->live >= 512) { cache->entries.clear(); cache->index.clear(); cache->live = 0; }  // as re._MAXCACHE
  L.dictSet(cache, key, rpo);
  return rpo;
}

int flagsArg(VM& vm, Value v) {
  if (v.isMagic(Magic::Empty) || v.isUndefined()) return 0;
  if (!isInteger(v) && !v.isBool()) L.raise(L.t.TypeError, "flags must be an int");
  return int(L.toIndex(v));
}

// ---- matching ----

enum Mode { kSearch, kMatch, kFull };

// One match of `po` in `s` within [pos, endpos); nullptr when none.
Value matchAt(VM& vm, Value pattern, Value string, const Subject& s, int64_t pos, int64_t endpos, Mode mode, bool notEmptyAtStart) {
  PatternObj* po = asPattern(pattern);
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(po->code, nullptr);
  uint32_t opts = PCRE2_NO_UTF_CHECK;
  if (mode != kSearch) opts |= PCRE2_ANCHORED;
  if (mode == kFull) opts |= PCRE2_ENDANCHORED;
  if (notEmptyAtStart) opts |= PCRE2_NOTEMPTY_ATSTART;
  int rc = pcre2_match(po->code, reinterpret_cast<PCRE2_SPTR32>(s->data()), size_t(endpos), size_t(pos), opts, md, nullptr);
  if (rc == PCRE2_ERROR_NOMATCH) { pcre2_match_data_free(md); return Value::null(); }
  if (rc < 0) {
    pcre2_match_data_free(md);
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
      L.raise(L.t.RecursionError, "maximum recursion limit exceeded");
    L.raise(L.t.RuntimeError, "internal error in regular expression engine");
  }
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
  Rooted rp(vm, pattern), rs(vm, string);
  MatchObj* m = vm.heap.make<MatchObj>(vm.emptyShape(), classes[&L].match);
  m->string = rs;
  m->pattern = rp;
  m->subject = s;
  m->pos = pos;
  m->endpos = endpos;
  uint32_t ng = asPattern(rp)->groups + 1;
  m->spans.assign(2 * ng, -1);
  for (uint32_t g = 0; g < ng && g < uint32_t(rc); g++) {
    if (ov[2 * g] == PCRE2_UNSET) continue;
    m->spans[2 * g] = int64_t(ov[2 * g]);
    m->spans[2 * g + 1] = int64_t(ov[2 * g + 1]);
  }
  pcre2_match_data_free(md);
  return Value::cell(m);
}

void checkSubjectType(VM& vm, PatternObj* po, Value s) {
  if (po->bytes && isString(s)) L.raise(L.t.TypeError, "cannot use a bytes pattern on a string-like object");
  if (!po->bytes && isBytesLike(s)) L.raise(L.t.TypeError, "cannot use a string pattern on a bytes-like object");
  if (!isString(s) && !isBytesLike(s)) L.raise(L.t.TypeError, "expected string or bytes-like object, got '" + L.typeName(s) + "'");
}

// pos/endpos as CPython clamps them.
void clampRange(int64_t len, int64_t& pos, int64_t& endpos) {
  if (pos < 0) pos = 0;
  if (pos > len) pos = len;
  if (endpos < 0) endpos = 0;
  if (endpos > len) endpos = len;
}

// Arguments of the pattern methods: (string, pos=0, endpos=maxsize) or the module function's
// (pattern, string, flags=0). Returns the pattern object.
struct Call {
  Value pattern, string;
  int64_t pos = 0, endpos = INT64_MAX;
  Value extra[3];  // per-method extras (repl, count, maxsplit)
};

Value groupValue(VM& vm, MatchObj* m, uint32_t g, Value dflt) {
  if (m->spans[2 * g] < 0) return dflt;
  return sliceValue(vm, m, m->spans[2 * g], m->spans[2 * g + 1]);
}

// All matches left to right with CPython's empty-match rule; each is passed to `each`, which
// returns false to stop.
template <class F>
void scan(VM& vm, Rooted& pattern, Rooted& string, int64_t pos, int64_t endpos, F each) {
  Subject s = std::make_shared<const std::u32string>(codePointsOf(string));
  clampRange(int64_t(s->size()), pos, endpos);
  bool mustAdvance = false;
  while (pos <= endpos) {
    Rooted m(vm, matchAt(vm, pattern, string, s, pos, endpos, kSearch, mustAdvance));
    if (m.get().isNull()) break;
    int64_t a = asMatch(m)->spans[0], b = asMatch(m)->spans[1];
    if (!each(m)) break;
    mustAdvance = a == b;
    pos = b;
  }
}

Value findallList(VM& vm, Rooted& pattern, Rooted& string, int64_t pos, int64_t endpos) {
  RootedVector out(vm);
  uint32_t ng = asPattern(pattern)->groups;
  Rooted empty(vm, asPattern(pattern)->bytes ? newBytes(L, "") : L.newStr(""));
  scan(vm, pattern, string, pos, endpos, [&](Rooted& m) {
    MatchObj* mo = asMatch(m);
    if (ng == 0) out.push(groupValue(vm, mo, 0, empty));
    else if (ng == 1) out.push(groupValue(vm, mo, 1, empty));
    else {
      RootedVector row(vm);
      for (uint32_t g = 1; g <= ng; g++) row.push(groupValue(vm, asMatch(m), g, empty));
      out.push(L.newTuple(row.data(), row.size()));
    }
    return true;
  });
  return L.newList(out.data(), out.size());
}

// ---- replacement templates ----

// A parsed template: literal pieces and group references (-1 for a literal).
struct TemplatePiece { std::u32string text; int64_t group; };
std::vector<TemplatePiece> parseTemplate(VM& vm, Rooted& pattern, Value templ) {
  std::u32string t = codePointsOf(templ);
  std::vector<TemplatePiece> out;
  std::u32string lit;
  PatternObj* po = asPattern(pattern);
  auto flush = [&] { if (!lit.empty()) { out.push_back({lit, -1}); lit.clear(); } };
  auto groupRef = [&](int64_t g, size_t at) {
    if (g < 0 || g > int64_t(po->groups)) reError(vm, "invalid group reference " + std::to_string(g), templ, int64_t(at));
    flush();
    out.push_back({U"", g});
  };
  for (size_t i = 0; i < t.size(); i++) {
    char32_t c = t[i];
    if (c != '\\') { lit += c; continue; }
    if (i + 1 >= t.size()) reError(vm, "bad escape (end of pattern)", templ, int64_t(i));
    char32_t d = t[i + 1];
    if (d == 'g') {
      size_t open = i + 2;
      if (open >= t.size() || t[open] != '<') reError(vm, "missing <", templ, int64_t(open));
      size_t close = t.find(U'>', open + 1);
      if (close == std::u32string::npos) reError(vm, "missing >, unterminated name", templ, int64_t(open + 1));
      std::u32string name = t.substr(open + 1, close - open - 1);
      if (name.empty()) reError(vm, "missing group name", templ, int64_t(open + 1));
      bool digits = true;
      for (char32_t x : name) if (x < '0' || x > '9') digits = false;
      int64_t g = -1;
      if (digits) {
        g = 0;
        for (char32_t x : name) { g = g * 10 + (x - '0'); if (g > 1000000) break; }
      } else {
        std::string n8 = cpToUtf8(name);
        for (uint32_t k = 0; k < po->groups; k++) if (po->names[k] == n8) g = k + 1;
        if (g < 0) L.raise(L.t.IndexError, "unknown group name '" + n8 + "'");
      }
      groupRef(g, open + 1);
      i = close;
      continue;
    }
    if (d >= '0' && d <= '9') {  // sre_parse.parse_template's rules for \0, \ooo and \nn
      auto oct = [&](size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '7'; };
      size_t k = i + 2;
      if (d == '0') {
        int v = 0;
        for (int cnt = 0; cnt < 2 && oct(k); cnt++, k++) v = v * 8 + int(t[k] - '0');
        lit += char32_t(v & 0xff);
        i = k - 1;
        continue;
      }
      int64_t g = d - '0';
      if (k < t.size() && t[k] >= '0' && t[k] <= '9') {
        if (d <= '7' && oct(k) && oct(k + 1)) {
          int v = (d - '0') * 64 + int(t[k] - '0') * 8 + int(t[k + 1] - '0');
          if (v > 0377) reError(vm, "octal escape value \\" + cpToUtf8(t.substr(i + 1, 3)) + " outside of range 0-0o377", templ, int64_t(i));
          lit += char32_t(v);
          i = k + 1;
          continue;
        }
        g = g * 10 + (t[k] - '0');
        k++;
      }
      groupRef(g, i + 1);
      i = k - 1;
      continue;
    }
    switch (d) {
      case 'n': lit += '\n'; break; case 't': lit += '\t'; break; case 'r': lit += '\r'; break;
      case 'f': lit += '\f'; break; case 'v': lit += '\v'; break; case 'a': lit += '\a'; break;
      case 'b': lit += '\b'; break; case '\\': lit += '\\'; break;
      default:
        if (d < 128 && isalpha(int(d))) reError(vm, std::string("bad escape \\") + char(d), templ, int64_t(i));
        lit += '\\'; lit += d;
    }
    i++;
  }
  flush();
  return out;
}

Value expandTemplate(VM& vm, const std::vector<TemplatePiece>& pieces, Rooted& m, bool bytes) {
  std::u32string out;
  MatchObj* mo = asMatch(m);
  for (const TemplatePiece& p : pieces) {
    if (p.group < 0) out += p.text;
    else if (mo->spans[2 * size_t(p.group)] >= 0)
      out += mo->subject->substr(size_t(mo->spans[2 * size_t(p.group)]), size_t(mo->spans[2 * size_t(p.group) + 1] - mo->spans[2 * size_t(p.group)]));
  }
  if (!bytes) return L.newStrCp(out);
  std::string b;
  for (char32_t c : out) b += char(c);
  return newBytes(L, b);
}

Value subImpl(VM& vm, Rooted& pattern, Value repl, Rooted& string, int64_t count, bool withCount) {
  Rooted rrepl(vm, repl);
  PatternObj* po = asPattern(pattern);
  checkSubjectType(vm, po, string);
  bool callable = !isString(repl) && !isBytesLike(repl);
  std::vector<TemplatePiece> pieces;
  if (!callable) {
    if (po->bytes != !isString(repl)) L.raise(L.t.TypeError, po->bytes ? "expected a bytes-like object, str found" : "expected str instance, bytes found");
    pieces = parseTemplate(vm, pattern, rrepl);
  }
  std::u32string out;
  Subject s;
  int64_t last = 0, n = 0;
  bool bytes = po->bytes;
  scan(vm, pattern, string, 0, INT64_MAX, [&](Rooted& m) {
    MatchObj* mo = asMatch(m);
    if (!s) s = mo->subject;
    out += s->substr(size_t(last), size_t(mo->spans[0] - last));
    int64_t end = mo->spans[1];
    Value piece = callable ? L.call(rrepl, m.address(), 1) : expandTemplate(vm, pieces, m, bytes);
    if (callable) {
      if (bytes ? !isBytesLike(piece) : !isString(piece))
        L.raise(L.t.TypeError, std::string(bytes ? "expected a bytes-like object, " : "expected str instance, ") + L.typeName(piece) + " found");
    }
    out += codePointsOf(piece);
    last = end;
    n++;
    return count <= 0 || n < count;
  });
  if (!s) s = std::make_shared<const std::u32string>(codePointsOf(string));
  out += s->substr(size_t(std::min<int64_t>(last, int64_t(s->size()))));
  Value result;
  if (n == 0 && !bytes) result = string;  // CPython returns the same object
  else if (!bytes) result = L.newStrCp(out);
  else { std::string b; for (char32_t c : out) b += char(c); result = newBytes(L, b); }
  if (!withCount) return result;
  Rooted rr(vm, result);
  Value pair[2] = {rr, bigint::fromInt64(vm.heap, n)};
  return L.newTuple(pair, 2);
}

Value splitImpl(VM& vm, Rooted& pattern, Rooted& string, int64_t maxsplit) {
  checkSubjectType(vm, asPattern(pattern), string);
  RootedVector out(vm);
  int64_t last = 0, n = 0;
  Subject s;
  uint32_t ng = asPattern(pattern)->groups;
  if (maxsplit < 0) return L.newList(string.address(), 1);
  scan(vm, pattern, string, 0, INT64_MAX, [&](Rooted& m) {
    if (maxsplit > 0 && n >= maxsplit) return false;
    MatchObj* mo = asMatch(m);
    if (!s) s = mo->subject;
    out.push(sliceValue(vm, asMatch(m), last, asMatch(m)->spans[0]));
    for (uint32_t g = 1; g <= ng; g++) out.push(groupValue(vm, asMatch(m), g, Value::null()));
    last = asMatch(m)->spans[1];
    n++;
    return maxsplit == 0 || n < maxsplit;
  });
  if (!s) return L.newList(string.address(), 1);
  out.push(sliceText(vm, *s, isString(string), last, int64_t(s->size())));
  return L.newList(out.data(), out.size());
}

// ---- Pattern methods and module functions ----

PatternObj* patternSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isPattern(a.thisValue)) L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 're.Pattern' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asPattern(a.thisValue);
}

// Reads (string, pos, endpos) for methods or (pattern, string, flags) for module functions.
void readArgs(VM& vm, CallArgs& a, bool module, const char* name, Rooted& pattern, Rooted& string, int64_t& pos, int64_t& endpos) {
  RootedKwargs kw(L, name, {"pattern", "string", "pos", "endpos", "flags"});
  if (module) {
    Value p = a.argc > 0 ? a[0] : kw.get("pattern");
    Value s = a.argc > 1 ? a[1] : kw.get("string");
    Value f = a.argc > 2 ? a[2] : kw.get("flags");
    if (p.isMagic(Magic::Empty) || s.isMagic(Magic::Empty)) L.raise(L.t.TypeError, std::string(name) + "() missing required argument");
    string = s;
    pattern = compilePattern(vm, p, flagsArg(vm, f));
  } else {
    pattern = a.thisValue;
    Value s = a.argc > 0 ? a[0] : kw.get("string");
    if (s.isMagic(Magic::Empty)) L.raise(L.t.TypeError, std::string(name) + "() missing required argument 'string' (pos 1)");
    string = s;
    Value pv = a.argc > 1 ? a[1] : kw.get("pos");
    Value ev = a.argc > 2 ? a[2] : kw.get("endpos");
    if (!pv.isMagic(Magic::Empty)) pos = L.toIndex(pv);
    if (!ev.isMagic(Magic::Empty)) { Value iv = L.toInt(ev); if (!bigint::fitsInt64(iv, &endpos)) endpos = INT64_MAX; }
  }
  checkSubjectType(vm, asPattern(pattern), string);
}

Value doMatch(VM& vm, CallArgs& a) {
  int magic = nativeMagic(a);  // mode + 3 for module functions
  bool module = magic >= 3;
  Mode mode = Mode(magic % 3);
  static const char* names[] = {"search", "match", "fullmatch"};
  if (!module) patternSelf(vm, a, names[mode]);
  Rooted pattern(vm), string(vm);
  int64_t pos = 0, endpos = INT64_MAX;
  readArgs(vm, a, module, names[mode], pattern, string, pos, endpos);
  Subject s = std::make_shared<const std::u32string>(codePointsOf(string));
  clampRange(int64_t(s->size()), pos, endpos);
  return matchAt(vm, pattern, string, s, pos, endpos, mode, false);
}

Value doFindall(VM& vm, CallArgs& a) {
  bool module = nativeMagic(a) & 1, iter = nativeMagic(a) & 2;
  if (!module) patternSelf(vm, a, iter ? "finditer" : "findall");
  Rooted pattern(vm), string(vm);
  int64_t pos = 0, endpos = INT64_MAX;
  readArgs(vm, a, module, iter ? "finditer" : "findall", pattern, string, pos, endpos);
  if (!iter) return findallList(vm, pattern, string, pos, endpos);
  RootedVector out(vm);
  scan(vm, pattern, string, pos, endpos, [&](Rooted& m) { out.push(m); return true; });
  Rooted list(vm, L.newList(out.data(), out.size()));
  return L.getIterator(vm, list, false);
}

Value doSub(VM& vm, CallArgs& a) {
  bool module = nativeMagic(a) & 1, withCount = nativeMagic(a) & 2;
  const char* name = withCount ? "subn" : "sub";
  if (!module) patternSelf(vm, a, name);
  RootedKwargs kw(L, name, {"pattern", "repl", "string", "count", "flags"});
  Rooted pattern(vm), string(vm), repl(vm);
  uint32_t i = 0;
  Value fl = Value::empty();
  if (module) {
    Value p = a.argc > i ? a[i] : kw.get("pattern"); i++;
    repl = a.argc > i ? a[i] : kw.get("repl"); i++;
    string = a.argc > i ? a[i] : kw.get("string"); i++;
    Value c = a.argc > i ? a[i] : kw.get("count"); i++;
    fl = a.argc > i ? a[i] : kw.get("flags");
    if (p.isMagic(Magic::Empty) || repl.get().isMagic(Magic::Empty) || string.get().isMagic(Magic::Empty)) L.raise(L.t.TypeError, std::string(name) + "() missing required argument");
    int64_t count = c.isMagic(Magic::Empty) ? 0 : L.toIndex(c);
    pattern = compilePattern(vm, p, flagsArg(vm, fl));
    return subImpl(vm, pattern, repl, string, count, withCount);
  }
  pattern = a.thisValue;
  repl = a.argc > 0 ? a[0] : kw.get("repl");
  string = a.argc > 1 ? a[1] : kw.get("string");
  Value c = a.argc > 2 ? a[2] : kw.get("count");
  if (repl.get().isMagic(Magic::Empty) || string.get().isMagic(Magic::Empty)) L.raise(L.t.TypeError, std::string(name) + "() missing required argument");
  return subImpl(vm, pattern, repl, string, c.isMagic(Magic::Empty) ? 0 : L.toIndex(c), withCount);
}

Value doSplit(VM& vm, CallArgs& a) {
  bool module = nativeMagic(a);
  if (!module) patternSelf(vm, a, "split");
  RootedKwargs kw(L, "split", {"pattern", "string", "maxsplit", "flags"});
  Rooted pattern(vm), string(vm);
  Value ms;
  if (module) {
    Value p = a.argc > 0 ? a[0] : kw.get("pattern");
    string = a.argc > 1 ? a[1] : kw.get("string");
    ms = a.argc > 2 ? a[2] : kw.get("maxsplit");
    Value fl = a.argc > 3 ? a[3] : kw.get("flags");
    if (p.isMagic(Magic::Empty) || string.get().isMagic(Magic::Empty)) L.raise(L.t.TypeError, "split() missing required argument");
    pattern = compilePattern(vm, p, flagsArg(vm, fl));
  } else {
    pattern = a.thisValue;
    string = a.argc > 0 ? a[0] : kw.get("string");
    ms = a.argc > 1 ? a[1] : kw.get("maxsplit");
    if (string.get().isMagic(Magic::Empty)) L.raise(L.t.TypeError, "split() missing required argument 'string' (pos 1)");
  }
  return splitImpl(vm, pattern, string, ms.isMagic(Magic::Empty) ? 0 : L.toIndex(ms));
}

Value reCompile(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "compile", {"pattern", "flags"});
  Value p = a.argc > 0 ? a[0] : kw.get("pattern");
  Value f = a.argc > 1 ? a[1] : kw.get("flags");
  if (p.isMagic(Magic::Empty)) L.raise(L.t.TypeError, "compile() missing required argument 'pattern' (pos 1)");
  return compilePattern(vm, p, flagsArg(vm, f));
}

Value reEscape(VM& vm, CallArgs& a) {
  Value v = a[0];
  if (!isString(v) && !isBytesLike(v)) L.raise(L.t.TypeError, "expected str or bytes, got '" + L.typeName(v) + "'");
  static const std::u32string special = U"()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  std::u32string in = codePointsOf(v), out;
  for (char32_t c : in) { if (special.find(c) != std::u32string::npos) out += '\\'; out += c; }
  if (isString(v)) return L.newStrCp(out);
  std::string b;
  for (char32_t c : out) b += char(c);
  return newBytes(L, b);
}

Value rePurge(VM& vm, CallArgs&) {
  PyDict* cache = caches[&L];
  cache->entries.clear(); cache->index.clear(); cache->live = 0;
  return Value::null();
}

std::string flagNames(int flags, bool bytes) {
  static const struct { int f; const char* n; } names[] = {{kTemplate, "re.TEMPLATE"}, {kIgnoreCase, "re.IGNORECASE"}, {kLocale, "re.LOCALE"},
      {kMultiline, "re.MULTILINE"}, {kDotAll, "re.DOTALL"}, {kUnicode, "re.UNICODE"}, {kVerbose, "re.VERBOSE"}, {kDebug, "re.DEBUG"}, {kAscii, "re.ASCII"}};
  if (!bytes) flags &= ~kUnicode;
  std::string out;
  for (auto& n : names) if (flags & n.f) { if (!out.empty()) out += "|"; out += n.n; flags &= ~n.f; }
  if (flags) { if (!out.empty()) out += "|"; char b[16]; snprintf(b, sizeof b, "0x%x", flags); out += b; }
  return out;
}

Value patternRepr(VM& vm, CallArgs& a) {
  PatternObj* po = patternSelf(vm, a, "__repr__");
  std::string src = L.repr(po->source);
  if (src.size() > 200) src = src.substr(0, 200);
  po = asPattern(a.thisValue);
  std::string f = flagNames(po->flags, po->bytes);
  return L.newStr("re.compile(" + src + (f.empty() ? "" : ", " + f) + ")");
}
Value patternAttr(VM& vm, CallArgs& a) {
  PatternObj* po = patternSelf(vm, a, "attribute");
  switch (nativeMagic(a)) {
    case 0: return po->source;
    case 1: return Value::integer(po->flags);
    case 2: return Value::integer(int32_t(po->groups));
    default: {  // groupindex: a copy (CPython gives a read-only mappingproxy)
      Rooted d(vm, L.newDict());
      Rooted src(vm, po->groupindex);
      for (size_t i = 0; i < asDict(src)->entries.size(); i++) {
        DictEntry e = asDict(src)->entries[i];
        if (!e.key.isMagic(Magic::Empty)) L.dictSet(asDict(d), e.key, e.value);
      }
      return d;
    }
  }
}
Value patternEq(VM& vm, CallArgs& a) {
  PatternObj* po = patternSelf(vm, a, "__eq__");
  Value o = a[0];
  if (!isPattern(o)) return L.notImplemented;
  PatternObj* q = asPattern(o);
  return Value::boolean(po == q || (po->flags == q->flags && po->bytes == q->bytes && L.eq(po->source, q->source)));
}
Value patternHash(VM& vm, CallArgs& a) {
  PatternObj* po = patternSelf(vm, a, "__hash__");
  return bigint::fromInt64(vm.heap, L.hash(po->source) ^ po->flags);
}

// ---- Match methods ----

MatchObj* matchSelf(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isMatch(a.thisValue)) L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for 're.Match' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return asMatch(a.thisValue);
}

// The group number `g` names (an int or a group name), or IndexError "no such group".
uint32_t groupIndex(VM& vm, MatchObj* m, Value g) {
  PatternObj* po = asPattern(m->pattern);
  if (isInteger(g) || g.isBool()) {
    int64_t i;
    if (bigint::fitsInt64(g.isBool() ? Value::integer(g.asBool()) : g, &i) && i >= 0 && i <= int64_t(po->groups)) return uint32_t(i);
  } else if (isString(g)) {
    std::string n = asString(g)->toUtf8();
    for (uint32_t k = 0; k < po->groups; k++) if (po->names[k] == n) return k + 1;
  }
  L.raise(L.t.IndexError, "no such group");
}

Value matchGroup(VM& vm, CallArgs& a) {
  MatchObj* m = matchSelf(vm, a, "group");
  Rooted self(vm, a.thisValue);
  if (a.argc == 0) return groupValue(vm, m, 0, Value::null());
  if (a.argc == 1) return groupValue(vm, m, groupIndex(vm, m, a[0]), Value::null());
  RootedVector out(vm);
  for (uint32_t i = 0; i < a.argc; i++) out.push(groupValue(vm, asMatch(self), groupIndex(vm, asMatch(self), a.argv[i]), Value::null()));
  return L.newTuple(out.data(), out.size());
}
Value matchGetItem(VM& vm, CallArgs& a) {
  MatchObj* m = matchSelf(vm, a, "__getitem__");
  return groupValue(vm, m, groupIndex(vm, m, a[0]), Value::null());
}
Value matchGroups(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "groups", {"default"});
  MatchObj* m = matchSelf(vm, a, "groups");
  Rooted self(vm, a.thisValue);
  Value d = a.argc > 0 ? a[0] : kw.get("default");
  Rooted dflt(vm, d.isMagic(Magic::Empty) ? Value::null() : d);
  RootedVector out(vm);
  uint32_t ng = asPattern(m->pattern)->groups;
  for (uint32_t g = 1; g <= ng; g++) out.push(groupValue(vm, asMatch(self), g, dflt));
  return L.newTuple(out.data(), out.size());
}
Value matchGroupdict(VM& vm, CallArgs& a) {
  RootedKwargs kw(L, "groupdict", {"default"});
  matchSelf(vm, a, "groupdict");
  Rooted self(vm, a.thisValue);
  Value d = a.argc > 0 ? a[0] : kw.get("default");
  Rooted dflt(vm, d.isMagic(Magic::Empty) ? Value::null() : d);
  Rooted out(vm, L.newDict());
  PatternObj* po = asPattern(asMatch(self)->pattern);
  for (uint32_t k = 0; k < po->groups; k++) {
    po = asPattern(asMatch(self)->pattern);
    if (po->names[k].empty()) continue;
    Rooted key(vm, L.newStr(po->names[k]));
    Rooted v(vm, groupValue(vm, asMatch(self), k + 1, dflt));
    L.dictSet(asDict(out), key, v);
  }
  return out;
}
Value matchSpan(VM& vm, CallArgs& a) {
  int which = nativeMagic(a);  // 0 span, 1 start, 2 end
  MatchObj* m = matchSelf(vm, a, which == 0 ? "span" : which == 1 ? "start" : "end");
  uint32_t g = a.argc ? groupIndex(vm, m, a[0]) : 0;
  int64_t s = m->spans[2 * g], e = m->spans[2 * g + 1];
  if (which == 1) return bigint::fromInt64(vm.heap, s);
  if (which == 2) return bigint::fromInt64(vm.heap, e);
  Value pair[2] = {bigint::fromInt64(vm.heap, s), bigint::fromInt64(vm.heap, e)};
  return L.newTuple(pair, 2);
}
// lastindex: the matched group that closed last — among the groups ending furthest right, the
// one whose ')' comes last in the pattern (an enclosing group closes after its children).
int64_t lastIndex(MatchObj* m) {
  PatternObj* po = asPattern(m->pattern);
  int64_t best = -1, bestEnd = -1;
  uint32_t bestClose = 0;
  for (uint32_t g = 1; g <= po->groups; g++) {
    int64_t e = m->spans[2 * g + 1];
    if (m->spans[2 * g] < 0) continue;
    uint32_t close = po->closeOrder[g - 1];
    if (e > bestEnd || (e == bestEnd && close > bestClose)) { best = g; bestEnd = e; bestClose = close; }
  }
  return best;
}
Value matchAttr(VM& vm, CallArgs& a) {
  MatchObj* m = matchSelf(vm, a, "attribute");
  switch (nativeMagic(a)) {
    case 0: return m->string;
    case 1: return m->pattern;
    case 2: return bigint::fromInt64(vm.heap, m->pos);
    case 3: return bigint::fromInt64(vm.heap, m->endpos);
    case 4: { int64_t i = lastIndex(m); return i < 0 ? Value::null() : bigint::fromInt64(vm.heap, i); }
    case 5: {
      int64_t i = lastIndex(m);
      if (i < 0) return Value::null();
      const std::string& n = asPattern(m->pattern)->names[size_t(i - 1)];
      return n.empty() ? Value::null() : L.newStr(n);
    }
    default: {  // regs
      Rooted self(vm, a.thisValue);
      RootedVector out(vm);
      for (size_t g = 0; g * 2 < asMatch(self)->spans.size(); g++) {
        Value pair[2] = {bigint::fromInt64(vm.heap, asMatch(self)->spans[2 * g]), bigint::fromInt64(vm.heap, asMatch(self)->spans[2 * g + 1])};
        out.push(L.newTuple(pair, 2));
      }
      return L.newTuple(out.data(), out.size());
    }
  }
}
Value matchExpand(VM& vm, CallArgs& a) {
  matchSelf(vm, a, "expand");
  Rooted self(vm, a.thisValue);
  Rooted pattern(vm, asMatch(self)->pattern);
  std::vector<TemplatePiece> pieces = parseTemplate(vm, pattern, a[0]);
  return expandTemplate(vm, pieces, self, asPattern(pattern)->bytes);
}
Value matchRepr(VM& vm, CallArgs& a) {
  MatchObj* m = matchSelf(vm, a, "__repr__");
  Rooted self(vm, a.thisValue);
  Rooted g0(vm, groupValue(vm, m, 0, Value::null()));
  std::string r = "<re.Match object; span=(" + std::to_string(asMatch(self)->spans[0]) + ", " + std::to_string(asMatch(self)->spans[1]) + "), match=" + L.repr(g0) + ">";
  return L.newStr(r);
}
Value matchBool(VM&, CallArgs&) { return Value::boolean(true); }
Value matchCopy(VM&, CallArgs& a) { takeSelf(a); return a.thisValue; }

void defAttrs(PyLanguage& P, PyType* ty, NativeFn fn, std::initializer_list<const char*> names) {
  int i = 0;
  for (const char* n : names) {
    defGetter(P, ty, n, fn);
    asNativeFunction(asBox(ty->slot(ty->findOwn(P.s(n))))->a)->magic = i++;
  }
}

}  // namespace

void initRe(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  Classes& c = classes[&P];
  c.error = newNativeType(P, "error", "re", P.t.Exception);
  m->putDirect(vm, P.s("error"), Value::cell(c.error));

  c.pattern = newNativeType(P, "Pattern", "re");
  PyType* pt = c.pattern;
  P.defNative(pt, "search", doMatch, kSearch); P.defNative(pt, "match", doMatch, kMatch); P.defNative(pt, "fullmatch", doMatch, kFull);
  P.defNative(pt, "findall", doFindall, 0); P.defNative(pt, "finditer", doFindall, 2);
  P.defNative(pt, "sub", doSub, 0); P.defNative(pt, "subn", doSub, 2); P.defNative(pt, "split", doSplit, 0);
  P.defNative(pt, "__repr__", patternRepr); P.defNative(pt, "__eq__", patternEq); P.defNative(pt, "__hash__", patternHash);
  P.defNative(pt, "__copy__", matchCopy); P.defNative(pt, "__deepcopy__", matchCopy);
  defAttrs(P, pt, patternAttr, {"pattern", "flags", "groups", "groupindex"});
  m->putDirect(vm, P.s("Pattern"), Value::cell(pt));

  c.match = newNativeType(P, "Match", "re");
  PyType* mt = c.match;
  P.defNative(mt, "group", matchGroup); P.defNative(mt, "__getitem__", matchGetItem);
  P.defNative(mt, "groups", matchGroups); P.defNative(mt, "groupdict", matchGroupdict);
  P.defNative(mt, "span", matchSpan, 0); P.defNative(mt, "start", matchSpan, 1); P.defNative(mt, "end", matchSpan, 2);
  P.defNative(mt, "expand", matchExpand); P.defNative(mt, "__repr__", matchRepr); P.defNative(mt, "__bool__", matchBool);
  P.defNative(mt, "__copy__", matchCopy); P.defNative(mt, "__deepcopy__", matchCopy);
  defAttrs(P, mt, matchAttr, {"string", "re", "pos", "endpos", "lastindex", "lastgroup", "regs"});
  m->putDirect(vm, P.s("Match"), Value::cell(mt));

  P.defNative(m, "compile", reCompile);
  P.defNative(m, "search", doMatch, 3 + kSearch); P.defNative(m, "match", doMatch, 3 + kMatch); P.defNative(m, "fullmatch", doMatch, 3 + kFull);
  P.defNative(m, "findall", doFindall, 1); P.defNative(m, "finditer", doFindall, 3);
  P.defNative(m, "sub", doSub, 1); P.defNative(m, "subn", doSub, 3); P.defNative(m, "split", doSplit, 1);
  P.defNative(m, "escape", reEscape); P.defNative(m, "purge", rePurge);
  struct { const char* n; int v; } flags[] = {{"TEMPLATE", kTemplate}, {"T", kTemplate}, {"IGNORECASE", kIgnoreCase}, {"I", kIgnoreCase},
      {"LOCALE", kLocale}, {"L", kLocale}, {"MULTILINE", kMultiline}, {"M", kMultiline}, {"DOTALL", kDotAll}, {"S", kDotAll},
      {"UNICODE", kUnicode}, {"U", kUnicode}, {"VERBOSE", kVerbose}, {"X", kVerbose}, {"DEBUG", kDebug}, {"ASCII", kAscii}, {"A", kAscii}, {"NOFLAG", 0}};
  for (auto& f : flags) m->putDirect(vm, P.s(f.n), Value::integer(f.v));
  m->putDirect(vm, P.s("RegexFlag"), Value::cell(P.t.int_));  // flags are plain ints here (CPython: an IntFlag enum)
  Rooted cache(vm, P.newDict());
  m->putDirect(vm, P.s("_cache"), cache);
  caches[&P] = asDict(cache);
}

}  // namespace dualvm::py
