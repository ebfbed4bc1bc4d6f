// runtime/js/regexp_builtins.cpp — RegExp on PCRE2 (16-bit code units, JIT-compiled): the
// constructor (patterns translated by regexp_translate.h), exec/test with lastIndex semantics for
// g and y (sticky = PCRE2_ANCHORED at lastIndex), result arrays with index/input/groups/indices,
// source/flags and the flag getters, toString, compile, and the Symbol.match/matchAll/replace/
// search/split methods the String methods dispatch to (with the replacement patterns of
// GetSubstitution and function replacers). RegExpExec honours a user-defined `exec`.
#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
#include <algorithm>
#include <iterator>
#include <cmath>
#include "frontends/js/parser.h"
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/regexp_translate.h"
#include "runtime/js/stdlib.h"

namespace dualvm::js {

using U16 = std::u16string;
using U16View = std::u16string_view;

class RegExpObject final : public Object {
 public:
  RegExpObject(Shape* shape, Object* proto) : Object(shape, proto, CellKind::ObjectOther) {
    setClassTag(uint16_t(ClassTag::RegExp));
  }
  ~RegExpObject() override { release(); }
  void release() {
    if (md) pcre2_match_data_free(md);
    if (code) pcre2_code_free(code);
    md = nullptr;
    code = nullptr;
    for (IterationCode& c : iterationCode) {
      if (c.md) pcre2_match_data_free(c.md);
      if (c.code) pcre2_code_free(c.code);
    }
    iterationCode.clear();
    if (mctx) pcre2_match_context_free(mctx);
    mctx = nullptr;
  }
  Value source;      // the pattern text as given (String)
  Value flagsText;   // canonical flags (String)
  RegExpFlags flags;
  pcre2_code* code = nullptr;
  pcre2_match_data* md = nullptr;
  uint32_t captureCount = 0;
  // Captures of quantified groups (regexp_translate.h, RegExpRepeat): PCRE2's numbering, and one
  // iteration of each repeat compiled on first need.
  struct IterationCode {
    pcre2_code* code = nullptr;
    pcre2_match_data* md = nullptr;
    bool failed = false;
  };
  uint32_t compileOptions = 0;
  uint32_t pcreCaptureCount = 0;
  std::vector<uint32_t> pcreGroup;
  std::vector<RegExpGroupFix> groupFix;
  std::vector<RegExpRepeat> repeats;
  std::vector<IterationCode> iterationCode;
  pcre2_match_context* mctx = nullptr;
  std::vector<U16> groupNames;
  bool hasNamedGroups = false;
  // Latin-1 subjects are widened once and cached (exec loops over one string stay linear).
  Value cachedSubject;
  U16 cachedUnits;
  void trace(gc::Tracer& t) override {
    Object::trace(t);
    traceValue(t, source);
    traceValue(t, flagsText);
    traceValue(t, cachedSubject);
  }
  size_t memoryBytes() const override {
    return Object::memoryBytes() + cachedUnits.capacity() * 2 + 256;
  }
};

static bool isRegExpObject(Value v) { return hasClassTag(v, ClassTag::RegExp); }
static RegExpObject* asRegExp(Value v) { return static_cast<RegExpObject*>(v.asCell()); }

// ---- compiling ----

static U16 canonicalFlags(const RegExpFlags& f) {
  U16 out;
  if (f.hasIndices) out += u'd';
  if (f.global) out += u'g';
  if (f.ignoreCase) out += u'i';
  if (f.multiline) out += u'm';
  if (f.dotAll) out += u's';
  if (f.unicode) out += u'u';
  if (f.unicodeSets) out += u'v';
  if (f.sticky) out += u'y';
  return out;
}

static std::string u16ToUtf8(VM& vm, U16View s) { return String::fromUtf16(vm.heap, s)->toUtf8(); }

static std::string v8MessageFor(int pcreError, const std::string& pcreText) {
  switch (pcreError) {
    case 114: return "Unterminated group";
    case 122: return "Unmatched ')'";
    case 109: return "Nothing to repeat";
    case 106: return "Unterminated character class";
    case 108: return "Range out of order in character class";
    case 104: return "numbers out of order in {} quantifier";
    case 115: return "Invalid named capture referenced";
    case 146: case 147: return "Invalid property name";
    case 125: return "Invalid regular expression: lookbehind assertion is not fixed length";
    default: return pcreText;
  }
}

// Translates and compiles a pattern: the code, or nullptr with V8's message in *error.
// *syntaxError tells a JS syntax error (the translator's, or a PCRE2 error V8 reports the same
// way) from a limit of PCRE2 (e.g. a lookbehind that is not fixed-length).
static pcre2_code* compilePattern(const U16& source, const RegExpFlags& flags, TranslatedRegExp* t,
                                  std::string* error, bool* syntaxError = nullptr) {
  *t = translateRegExp(source, flags);
  if (syntaxError) *syntaxError = true;
  if (!t->error.empty()) {
    *error = t->error;
    return nullptr;
  }
  int errorCode = 0;
  PCRE2_SIZE errorOffset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t->pattern.data()), t->pattern.size(),
                                   t->compileOptions, &errorCode, &errorOffset, nullptr);
  if (!code) {
    PCRE2_UCHAR buf[256];
    int n = pcre2_get_error_message(errorCode, buf, 256);
    std::string text;
    for (int k = 0; k < n; k++) text.push_back(char(buf[k] < 0x80 ? buf[k] : '?'));  // PCRE2's messages are ASCII
    *error = v8MessageFor(errorCode, text);
    // Errors V8 words the same way are JS syntax errors; the rest are PCRE2's limits.
    static const int kSyntaxErrors[] = {104, 106, 108, 109, 114, 115, 122, 146, 147};
    if (syntaxError) *syntaxError = std::find(std::begin(kSyntaxErrors), std::end(kSyntaxErrors), errorCode) != std::end(kSyntaxErrors);
  }
  return code;
}

// The early error of a regular-expression literal (the JS parser's RegExpChecker): "" when the
// pattern compiles, else the message the RegExp constructor would throw.
static std::string regexpLiteralError(const std::u16string& source, const std::string& flagsUtf8) {
  U16 flagText(flagsUtf8.begin(), flagsUtf8.end());  // the lexer accepted only ASCII flag letters
  RegExpFlags flags;
  if (!parseRegExpFlags(flagText, &flags)) return "Invalid regular expression flags";
  TranslatedRegExp t;
  std::string error;
  bool syntaxError = false;
  pcre2_code* code = compilePattern(source, flags, &t, &error, &syntaxError);
  if (code) {
    pcre2_code_free(code);
    return "";
  }
  if (!syntaxError) return "";  // an engine limit, not an early error: thrown when evaluated
  std::string src;  // the pattern as UTF-8 for the message
  for (size_t k = 0; k < source.size(); k++) {
    uint32_t c = source[k];
    if (c >= 0xD800 && c <= 0xDBFF && k + 1 < source.size() && source[k + 1] >= 0xDC00 && source[k + 1] <= 0xDFFF)
      c = 0x10000 + ((c - 0xD800) << 10) + (source[++k] - 0xDC00);
    if (c < 0x80) src.push_back(char(c));
    else if (c < 0x800) { src.push_back(char(0xC0 | (c >> 6))); src.push_back(char(0x80 | (c & 0x3F))); }
    else if (c < 0x10000) { src.push_back(char(0xE0 | (c >> 12))); src.push_back(char(0x80 | ((c >> 6) & 0x3F))); src.push_back(char(0x80 | (c & 0x3F))); }
    else { src.push_back(char(0xF0 | (c >> 18))); src.push_back(char(0x80 | ((c >> 12) & 0x3F))); src.push_back(char(0x80 | ((c >> 6) & 0x3F))); src.push_back(char(0x80 | (c & 0x3F))); }
  }
  return "Invalid regular expression: /" + src + "/" + flagsUtf8 + ": " + error;
}

[[noreturn]] static void throwPatternError(VM& vm, const U16& source, const U16& flags, const std::string& msg) {
  throwSyntaxError(vm, "Invalid regular expression: /" + u16ToUtf8(vm, source) + "/" + u16ToUtf8(vm, flags) +
                           ": " + msg);
}

// RegExpInitialize: (re)compile `re` with the pattern and flags.
static void initializeRegExp(VM& vm, RegExpObject* re, Value pattern, Value flagsValue) {
  JsRealm& r = jsRealm(vm);
  Rooted rre(vm, Value::cell(re));
  Rooted p(vm, pattern.isUndefined() ? Value::cell(r.names.empty) : Value::cell(toString(vm, pattern)));
  Rooted f(vm, flagsValue.isUndefined() ? Value::cell(r.names.empty) : Value::cell(toString(vm, flagsValue)));
  U16 source = asString(p)->toUtf16();
  U16 flagText = asString(f)->toUtf16();
  RegExpFlags flags;
  if (!parseRegExpFlags(flagText, &flags))
    throwSyntaxError(vm, "Invalid flags supplied to RegExp constructor '" + u16ToUtf8(vm, flagText) + "'");
  TranslatedRegExp t;
  std::string error;
  pcre2_code* code = compilePattern(source, flags, &t, &error);
  if (!code) throwPatternError(vm, source, flagText, error);
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // falls back to the interpreter if JIT is unavailable
  re->release();
  re->code = code;
  re->md = pcre2_match_data_create_from_pattern(code, nullptr);
  re->flags = flags;
  re->captureCount = t.captureCount;
  re->compileOptions = t.compileOptions;
  re->pcreCaptureCount = t.pcreCaptureCount;
  re->pcreGroup = std::move(t.pcreGroup);
  re->groupFix = std::move(t.groupFix);
  re->repeats = std::move(t.repeats);
  re->iterationCode.assign(re->repeats.size(), RegExpObject::IterationCode());
  re->groupNames = t.groupNames;
  re->hasNamedGroups = t.hasNamedGroups;
  re->source = p;
  writeBarrier(re, p);
  Value canon = makeString(vm, canonicalFlags(flags));
  re->flagsText = canon;
  writeBarrier(re, canon);
  re->cachedSubject = Value::undefined();
  re->cachedUnits.clear();
  setProperty(vm, rre, r.names.lastIndex, Value::integer(0), rre, true);
}

static RegExpObject* allocRegExp(VM& vm, Object* proto) {
  JsRealm& r = jsRealm(vm);
  Rooted rp(vm, Value::cell(proto));
  RegExpObject* re = vm.heap.make<RegExpObject>(vm.emptyShape(), proto);
  Rooted rre(vm, Value::cell(re));
  re->addProperty(vm, r.names.lastIndex, Value::integer(0), kWritable);
  return re;
}

static Value regexpCreate(VM& vm, Value pattern, Value flags) {
  Rooted p(vm, pattern), f(vm, flags);
  RegExpObject* re = allocRegExp(vm, jsRealm(vm).regexpPrototype);
  Rooted rre(vm, Value::cell(re));
  initializeRegExp(vm, re, p, f);
  return rre;
}

static bool isRegExpLike(VM& vm, Value v) {
  if (!isObject(v)) return false;
  Value m = getProperty(vm, v, jsRealm(vm).symbols.match);
  if (!m.isUndefined()) return toBoolean(m);
  return isRegExpObject(v);
}

static Value regexpConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  Rooted pattern(vm, args[0]), flags(vm, args[1]);
  bool patternIsRegExp = isRegExpLike(vm, pattern);
  Rooted newTarget(vm, args.newTarget);
  if (!args.isConstructCall()) {
    newTarget = Value::cell(r.regexpConstructor);
    if (patternIsRegExp && flags.get().isUndefined()) {
      Value ctor = getProperty(vm, pattern, r.names.constructor);
      if (ctor == newTarget.get()) return pattern;
    }
  }
  Rooted p(vm), f(vm);
  if (isRegExpObject(pattern)) {
    p = asRegExp(pattern)->source;
    f = flags.get().isUndefined() ? asRegExp(pattern)->flagsText : flags.get();
  } else if (patternIsRegExp) {
    p = getProperty(vm, pattern, r.names.source);
    f = flags.get().isUndefined() ? getProperty(vm, pattern, r.names.flags) : flags.get();
  } else {
    p = pattern.get();
    f = flags.get();
  }
  Object* proto = prototypeFromConstructor(vm, newTarget, r.regexpPrototype);
  RegExpObject* re = allocRegExp(vm, proto);
  Rooted rre(vm, Value::cell(re));
  initializeRegExp(vm, re, p, f);
  return rre;
}

// ---- matching ----

struct MatchResult {
  bool matched = false;
  std::vector<int64_t> ovector;  // 2 * (captureCount + 1), -1 for unset
};

// The subject's UTF-16 units (TwoByte strings directly, Latin-1 through the cache).
static U16View subjectUnits(RegExpObject* re, String* s) {
  if (s->encoding() == String::TwoByte) return U16View(s->twoByte(), s->length());
  if (re->cachedSubject != Value::cell(s)) {
    re->cachedUnits.assign(s->latin1(), s->latin1() + s->length());
    re->cachedSubject = Value::cell(s);
    writeBarrier(re, re->cachedSubject);
  }
  return U16View(re->cachedUnits);
}

static int iterationEndCallout(pcre2_callout_block* cb, void* data) {
  return cb->current_position == *static_cast<PCRE2_SIZE*>(data) ? 0 : 1;  // nonzero: backtrack
}

// Repeat r's body alone, anchored at its last iteration's start and required to end where that
// iteration ended: the first such path in priority order is the one the whole match took (the
// rest of the pattern sees only the end position), so its captures are that iteration's. Groups
// before the body keep their numbers through never-matching empty groups.
static bool rematchIteration(RegExpObject* re, size_t r, U16View units, int64_t start, int64_t end,
                             std::vector<int64_t>& pv) {
  const RegExpRepeat& rep = re->repeats[r];
  RegExpObject::IterationCode& ic = re->iterationCode[r];
  if (ic.failed) return false;
  if (!ic.code) {
    U16 p = u"(?:(?!)";
    for (uint32_t g = 1; g < rep.bodyFirst; g++) p += u"()";
    p += u")?(?:" + rep.body + u")(?C1)";
    int err = 0;
    PCRE2_SIZE off = 0;
    // No auto-possessification: it would look through the callout and cut the backtracking it needs.
    ic.code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(p.data()), p.size(),
                            re->compileOptions | PCRE2_NO_AUTO_POSSESS | PCRE2_NO_START_OPTIMIZE, &err, &off, nullptr);
    if (!ic.code) {
      ic.failed = true;
      return false;
    }
    pcre2_jit_compile(ic.code, PCRE2_JIT_COMPLETE);
    ic.md = pcre2_match_data_create_from_pattern(ic.code, nullptr);
  }
  if (!re->mctx) re->mctx = pcre2_match_context_create(nullptr);
  PCRE2_SIZE endAt = PCRE2_SIZE(end);
  pcre2_set_callout(re->mctx, iterationEndCallout, &endAt);
  int rc = pcre2_match(ic.code, reinterpret_cast<PCRE2_SPTR>(units.data()), units.size(), PCRE2_SIZE(start),
                       PCRE2_ANCHORED, ic.md, re->mctx);
  if (rc < 0) return false;
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(ic.md);
  for (uint32_t g = rep.bodyFirst; g <= rep.bodyLast; g++) {
    bool set = g < uint32_t(rc) && ov[2 * g] != PCRE2_UNSET;
    pv[2 * g] = set ? int64_t(ov[2 * g]) : -1;
    pv[2 * g + 1] = set ? int64_t(ov[2 * g + 1]) : -1;
  }
  return true;
}

// ECMAScript clears a quantified group's captures at each iteration; PCRE2 keeps an earlier
// iteration's. Keep a capture only if it was set in the last iteration of its innermost repeat
// (groups are visited in '(' order, so a repeat's own span is final before its body's groups).
static void resetRepeatedCaptures(RegExpObject* re, U16View units, std::vector<int64_t>& pv) {
  std::vector<bool> exact(re->repeats.size(), false);
  for (uint32_t g = 1; g <= re->pcreCaptureCount; g++) {
    const RegExpGroupFix& fix = re->groupFix[g];
    if (fix.repeat < 0 || pv[2 * g] < 0) continue;
    size_t r = size_t(fix.repeat);
    const RegExpRepeat& rep = re->repeats[r];
    int64_t start = pv[2 * rep.group], end = pv[2 * rep.group + 1];
    if (start < 0) {  // the repeat did not iterate on the match's path (in its parent's last iteration)
      pv[2 * g] = pv[2 * g + 1] = -1;
      continue;
    }
    if (exact[r]) continue;
    // PCRE2 may end a loop with an empty iteration that ECMAScript rejects (its RepeatMatcher
    // fails an empty iteration once the minimum is met): then the span is not the last iteration
    // ECMAScript kept, which is unknown here, so PCRE2's values stand.
    if (start == end && rep.min < 2) continue;
    int64_t a = pv[2 * g], b = pv[2 * g + 1];
    if (!fix.lookaround) {
      if (a > start || (a == start && b > start)) continue;  // within the last iteration
      if (a < start) {                                       // an earlier iteration's
        pv[2 * g] = pv[2 * g + 1] = -1;
        continue;
      }
      if (fix.mandatory) continue;  // empty at the iteration's start, and set in every iteration
    }
    // The positions do not tell (an empty capture where the iteration began, or one inside a
    // lookaround): find that iteration's captures exactly. A body that refers to groups outside
    // itself cannot run alone; it keeps PCRE2's value.
    if (rep.outerBackref || !rematchIteration(re, r, units, start, end, pv)) continue;
    exact[r] = true;
    g = rep.bodyFirst - 1;  // the body's nested repeats again, against the exact values
  }
}

static MatchResult matchAt(VM& vm, RegExpObject* re, String* subject, size_t start, bool sticky) {
  MatchResult m;
  U16View units = subjectUnits(re, subject);
  if (start > units.size()) return m;
  int rc = pcre2_match(re->code, reinterpret_cast<PCRE2_SPTR>(units.data()), units.size(), start,
                       sticky ? PCRE2_ANCHORED : 0, re->md, nullptr);
  if (rc == PCRE2_ERROR_NOMATCH) return m;
  if (rc < 0) {
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT)
      throwRangeError(vm, "Maximum call stack size exceeded");
    return m;
  }
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(re->md);
  uint32_t np = re->pcreCaptureCount + 1;
  std::vector<int64_t> pv(2 * np);
  for (uint32_t i = 0; i < np; i++) {
    bool set = i < uint32_t(rc) && ov[2 * i] != PCRE2_UNSET;
    pv[2 * i] = set ? int64_t(ov[2 * i]) : -1;
    pv[2 * i + 1] = set ? int64_t(ov[2 * i + 1]) : -1;
  }
  if (!re->repeats.empty()) resetRepeatedCaptures(re, units, pv);
  uint32_t n = re->captureCount + 1;
  m.matched = true;
  m.ovector.resize(2 * n);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t p = re->pcreGroup[i];
    m.ovector[2 * i] = pv[2 * p];
    m.ovector[2 * i + 1] = pv[2 * p + 1];
  }
  return m;
}

static Value substringValue(VM& vm, String* s, int64_t b, int64_t e) {
  if (b < 0) return Value::undefined();
  if (s->encoding() == String::Latin1)
    return Value::cell(String::fromLatin1(vm.heap, s->latin1View().substr(size_t(b), size_t(e - b))));
  return makeString(vm, U16View(s->twoByte() + b, size_t(e - b)));
}

static uint64_t readLastIndex(VM& vm, Value re) {
  return toLength(vm, getProperty(vm, re, jsRealm(vm).names.lastIndex));
}
static void writeLastIndex(VM& vm, Value re, double v) {
  setProperty(vm, re, jsRealm(vm).names.lastIndex, Value::fromDoubleNormalized(v), re, true);
}

// The result array of a successful match.
static Value buildExecResult(VM& vm, RegExpObject* re, Value subjectValue, const MatchResult& m) {
  JsRealm& r = jsRealm(vm);
  Rooted rre(vm, Value::cell(re)), subj(vm, subjectValue);
  String* s = asString(subj);
  uint32_t n = re->captureCount + 1;
  RootedVector items(vm);
  for (uint32_t i = 0; i < n; i++) items.push(substringValue(vm, asString(subj), m.ovector[2 * i], m.ovector[2 * i + 1]));
  Rooted arr(vm, Value::cell(createArrayFromList(vm, items.data(), items.size())));
  createDataProperty(vm, asObject(arr), r.names.index, Value::fromInt64(m.ovector[0]));
  createDataProperty(vm, asObject(arr), r.names.input, subj);
  Rooted groups(vm);
  if (re->hasNamedGroups) {
    groups = Value::cell(newPlainObject(vm, nullptr));
    for (uint32_t i = 1; i < n; i++) {
      const U16& name = re->groupNames[i - 1];
      if (name.empty()) continue;
      putData(vm, asObject(groups), u16ToUtf8(vm, name), items[i]);
    }
  }
  createDataProperty(vm, asObject(arr), r.names.groups, groups);
  if (re->flags.hasIndices) {
    RootedVector pairs(vm);
    for (uint32_t i = 0; i < n; i++) {
      if (m.ovector[2 * i] < 0) { pairs.push(Value::undefined()); continue; }
      Value pr[2] = {Value::fromInt64(m.ovector[2 * i]), Value::fromInt64(m.ovector[2 * i + 1])};
      pairs.push(Value::cell(createArrayFromList(vm, pr, 2)));
    }
    Rooted indices(vm, Value::cell(createArrayFromList(vm, pairs.data(), pairs.size())));
    Rooted igroups(vm);
    if (re->hasNamedGroups) {
      igroups = Value::cell(newPlainObject(vm, nullptr));
      for (uint32_t i = 1; i < n; i++) {
        const U16& name = re->groupNames[i - 1];
        if (name.empty()) continue;
        putData(vm, asObject(igroups), u16ToUtf8(vm, name), pairs[i]);
      }
    }
    createDataProperty(vm, asObject(indices), r.names.groups, igroups);
    putData(vm, asObject(arr), "indices", indices);
  }
  (void)s;
  return arr;
}

// RegExpBuiltinExec.
static Value builtinExec(VM& vm, Value reValue, Value subjectValue) {
  Rooted rre(vm, reValue), subj(vm, subjectValue);
  RegExpObject* re = asRegExp(rre);
  uint64_t lastIndex = readLastIndex(vm, rre);
  bool global = re->flags.global, sticky = re->flags.sticky;
  if (!global && !sticky) lastIndex = 0;
  String* s = asString(subj);
  if (lastIndex > s->length()) {
    if (global || sticky) writeLastIndex(vm, rre, 0);
    return Value::null();
  }
  MatchResult m = matchAt(vm, re, s, size_t(lastIndex), sticky);
  if (!m.matched) {
    if (global || sticky) writeLastIndex(vm, rre, 0);
    return Value::null();
  }
  if (global || sticky) writeLastIndex(vm, rre, double(m.ovector[1]));
  return buildExecResult(vm, re, subj, m);
}

// RegExpExec: a user-defined exec wins over the builtin one.
static Value regexpExecAbstract(VM& vm, Value r, Value s) {
  JsRealm& realm = jsRealm(vm);
  Rooted rr(vm, r), rs(vm, s);
  Value exec = getProperty(vm, rr, vm.intern("exec"));
  if (isCallable(exec) && !(isNativeFunction(exec) && exec == namedIntrinsic(vm, "jsstd:regexpExec"))) {
    Rooted f(vm, exec);
    Value a = rs;
    Value result = call(vm, f, rr, &a, 1);
    if (!isObject(result) && !result.isNull()) throwTypeError(vm, "object null is not a function");
    return result;
  }
  if (!isRegExpObject(rr))
    throwTypeError(vm, "Method RegExp.prototype.exec called on incompatible receiver " + describeForError(vm, rr));
  (void)realm;
  return builtinExec(vm, rr, rs);
}

static RegExpObject* thisRegExp(VM& vm, Value v, const char* method) {
  if (!isRegExpObject(v))
    throwTypeError(vm, std::string("Method RegExp.prototype.") + method + " called on incompatible receiver " +
                           describeForError(vm, v));
  return asRegExp(v);
}

static Value regexpExec(VM& vm, CallArgs& args) {
  thisRegExp(vm, args.thisValue, "exec");
  Rooted s(vm, Value::cell(toString(vm, args[0])));
  return builtinExec(vm, args.thisValue, s);
}

static Value regexpTest(VM& vm, CallArgs& args) {
  if (!isObject(args.thisValue))
    throwTypeError(vm, "Method RegExp.prototype.test called on incompatible receiver " + describeForError(vm, args.thisValue));
  Rooted s(vm, Value::cell(toString(vm, args[0])));
  return Value::boolean(!regexpExecAbstract(vm, args.thisValue, s).isNull());
}

static U16 escapedSource(const U16& src) {
  if (src.empty()) return u"(?:)";
  U16 out;
  bool inClass = false;
  for (size_t i = 0; i < src.size(); i++) {
    char16_t c = src[i];
    if (c == '\\' && i + 1 < src.size()) { out.push_back(c); out.push_back(src[++i]); continue; }
    if (c == '[') inClass = true;
    else if (c == ']') inClass = false;
    if (c == '/' && !inClass) { out += u"\\/"; continue; }
    if (c == '\n') { out += u"\\n"; continue; }
    if (c == '\r') { out += u"\\r"; continue; }
    if (c == 0x2028) { out += u"\\u2028"; continue; }
    if (c == 0x2029) { out += u"\\u2029"; continue; }
    out.push_back(c);
  }
  return out;
}

static Value regexpSourceGetter(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (args.thisValue == Value::cell(r.regexpPrototype)) return makeStringUtf8(vm, "(?:)");
  RegExpObject* re = thisRegExp(vm, args.thisValue, "source");
  return makeString(vm, escapedSource(asString(re->source)->toUtf16()));
}

static Value regexpFlagsGetter(VM& vm, CallArgs& args) {
  if (!isObject(args.thisValue)) throwTypeError(vm, "RegExp.prototype.flags getter called on non-object " + describeForError(vm, args.thisValue));
  static const struct { const char* name; char16_t c; } kFlags[] = {
      {"hasIndices", 'd'}, {"global", 'g'}, {"ignoreCase", 'i'}, {"multiline", 'm'}, {"dotAll", 's'},
      {"unicode", 'u'}, {"unicodeSets", 'v'}, {"sticky", 'y'}};
  U16 out;
  for (auto& f : kFlags)
    if (toBoolean(getProperty(vm, args.thisValue, vm.intern(f.name)))) out.push_back(f.c);
  return makeString(vm, out);
}

// Flag getters: magic = index into the flag list below.
static Value regexpFlagGetter(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  int which = static_cast<NativeFunction*>(args.callee)->magic;
  if (args.thisValue == Value::cell(r.regexpPrototype)) return Value::undefined();
  static const char* names[] = {"hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"};
  RegExpObject* re = thisRegExp(vm, args.thisValue, names[which]);
  const RegExpFlags& f = re->flags;
  bool v[] = {f.hasIndices, f.global, f.ignoreCase, f.multiline, f.dotAll, f.unicode, f.unicodeSets, f.sticky};
  return Value::boolean(v[which]);
}

static Value regexpToString(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!isObject(args.thisValue))
    throwTypeError(vm, "Method RegExp.prototype.toString called on incompatible receiver " + describeForError(vm, args.thisValue));
  U16 out = u"/";
  out += toString(vm, getProperty(vm, args.thisValue, r.names.source))->toUtf16();
  out += u"/";
  out += toString(vm, getProperty(vm, args.thisValue, r.names.flags))->toUtf16();
  return makeString(vm, out);
}

static Value regexpCompile(VM& vm, CallArgs& args) {
  RegExpObject* re = thisRegExp(vm, args.thisValue, "compile");
  Rooted p(vm, args[0]), f(vm, args[1]);
  if (isRegExpObject(p)) {
    if (!f.get().isUndefined()) throwTypeError(vm, "Cannot supply flags when constructing one RegExp from another");
    f = asRegExp(p)->flagsText;
    p = asRegExp(p)->source;
  }
  initializeRegExp(vm, re, p, f);
  return args.thisValue;
}

static size_t advanceIndex(String* s, size_t index, bool unicode) {
  if (!unicode || index + 1 >= s->length()) return index + 1;
  uint32_t c = s->at(uint32_t(index));
  if (c >= 0xD800 && c <= 0xDBFF) {
    uint32_t d = s->at(uint32_t(index + 1));
    if (d >= 0xDC00 && d <= 0xDFFF) return index + 2;
  }
  return index + 1;
}

static bool flagOf(VM& vm, Value rx, const char* name) {
  U16 f = toString(vm, getProperty(vm, rx, jsRealm(vm).names.flags))->toUtf16();
  return f.find(char16_t(name[0])) != U16::npos;
}

// ---- Symbol.match ----
static Value regexpSymbolMatch(VM& vm, CallArgs& args) {
  if (!isObject(args.thisValue)) throwTypeError(vm, "RegExp.prototype[Symbol.match] called on non-object");
  Rooted rx(vm, args.thisValue);
  Rooted s(vm, Value::cell(toString(vm, args[0])));
  if (!flagOf(vm, rx, "g")) return regexpExecAbstract(vm, rx, s);
  bool unicode = flagOf(vm, rx, "u") || flagOf(vm, rx, "v");
  writeLastIndex(vm, rx, 0);
  Rooted arr(vm, Value::cell(newArray(vm)));
  while (true) {
    Rooted result(vm, regexpExecAbstract(vm, rx, s));
    if (result.get().isNull()) return asArray(arr)->elements.empty() ? Value::null() : arr.get();
    Rooted matched(vm, Value::cell(toString(vm, getIndex(vm, result, 0))));
    asArray(arr)->push(matched);
    if (asString(matched)->length() == 0) {
      uint64_t li = readLastIndex(vm, rx);
      writeLastIndex(vm, rx, double(advanceIndex(asString(s), size_t(li), unicode)));
    }
  }
}

// ---- Symbol.replace ----
static Value regexpSymbolReplace(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!isObject(args.thisValue)) throwTypeError(vm, "RegExp.prototype[Symbol.replace] called on non-object");
  Rooted rx(vm, args.thisValue);
  Rooted s(vm, Value::cell(toString(vm, args[0])));
  Rooted replaceValue(vm, args[1]);
  bool functional = isCallable(replaceValue);
  if (!functional) replaceValue = Value::cell(toString(vm, replaceValue));
  bool global = flagOf(vm, rx, "g");
  bool unicode = false;
  if (global) {
    unicode = flagOf(vm, rx, "u") || flagOf(vm, rx, "v");
    writeLastIndex(vm, rx, 0);
  }
  RootedVector results(vm);
  while (true) {
    Value result = regexpExecAbstract(vm, rx, s);
    if (result.isNull()) break;
    results.push(result);
    if (!global) break;
    Rooted rres(vm, result);
    Rooted matched(vm, Value::cell(toString(vm, getIndex(vm, rres, 0))));
    if (asString(matched)->length() == 0) {
      uint64_t li = readLastIndex(vm, rx);
      writeLastIndex(vm, rx, double(advanceIndex(asString(s), size_t(li), unicode)));
    }
  }
  U16 str = asString(s)->toUtf16();
  U16 replacement = functional ? U16() : asString(replaceValue)->toUtf16();
  U16 out;
  size_t nextSourcePosition = 0;
  for (size_t k = 0; k < results.size(); k++) {
    Rooted result(vm, results[k]);
    uint64_t nCaptures = lengthOfArrayLike(vm, result);
    nCaptures = nCaptures > 0 ? nCaptures - 1 : 0;
    Rooted matched(vm, Value::cell(toString(vm, getIndex(vm, result, 0))));
    U16 matchedUnits = asString(matched)->toUtf16();
    double position = toIntegerOrInfinity(vm, getProperty(vm, result, r.names.index));
    size_t pos = size_t(std::max(0.0, std::min(position, double(str.size()))));
    RootedVector captures(vm);
    for (uint64_t n = 1; n <= nCaptures; n++) {
      Value c = getIndex(vm, result, n);
      if (!c.isUndefined()) c = Value::cell(toString(vm, c));
      captures.push(c);
    }
    Rooted namedCaptures(vm, getProperty(vm, result, r.names.groups));
    U16 replacementText;
    if (functional) {
      RootedVector argv(vm);
      argv.push(matched);
      for (size_t c = 0; c < captures.size(); c++) argv.push(captures[c]);
      argv.push(Value::fromInt64(int64_t(pos)));
      argv.push(s);
      if (!namedCaptures.get().isUndefined()) argv.push(namedCaptures);
      Value rv = call(vm, replaceValue, Value::undefined(), argv.data(), uint32_t(argv.size()));
      replacementText = toString(vm, rv)->toUtf16();
    } else {
      if (!namedCaptures.get().isUndefined()) namedCaptures = Value::cell(toObject(vm, namedCaptures));
      replacementText = getSubstitution(vm, matchedUnits, str, pos, captures, namedCaptures, replacement);
    }
    if (pos >= nextSourcePosition) {
      out.append(str, nextSourcePosition, pos - nextSourcePosition);
      out += replacementText;
      nextSourcePosition = pos + matchedUnits.size();
    }
  }
  if (nextSourcePosition < str.size()) out.append(str, nextSourcePosition, U16::npos);
  return makeString(vm, out);
}

// ---- Symbol.search ----
static Value regexpSymbolSearch(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!isObject(args.thisValue)) throwTypeError(vm, "RegExp.prototype[Symbol.search] called on non-object");
  Rooted rx(vm, args.thisValue);
  Rooted s(vm, Value::cell(toString(vm, args[0])));
  Rooted previous(vm, getProperty(vm, rx, r.names.lastIndex));
  if (!sameValue(previous, Value::integer(0))) writeLastIndex(vm, rx, 0);
  Rooted result(vm, regexpExecAbstract(vm, rx, s));
  Value current = getProperty(vm, rx, r.names.lastIndex);
  if (!sameValue(current, previous)) setProperty(vm, rx, r.names.lastIndex, previous, rx, true);
  if (result.get().isNull()) return Value::integer(-1);
  return getProperty(vm, result, r.names.index);
}

// ---- Symbol.split ----
static Value regexpSymbolSplit(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!isObject(args.thisValue)) throwTypeError(vm, "RegExp.prototype[Symbol.split] called on non-object");
  Rooted rx(vm, args.thisValue);
  Rooted s(vm, Value::cell(toString(vm, args[0])));
  uint32_t lim = args[1].isUndefined() ? 0xFFFFFFFFu : toUint32(vm, args[1]);
  Rooted arr(vm, Value::cell(newArray(vm)));
  if (lim == 0) return arr;
  // A fresh splitter (the spec constructs one with the 'y' flag; searching unanchored from q
  // finds the same next match as trying each position in turn).
  Rooted flags(vm, Value::cell(toString(vm, getProperty(vm, rx, r.names.flags))));
  U16 flagUnits = asString(flags)->toUtf16();
  bool unicode = flagUnits.find(u'u') != U16::npos || flagUnits.find(u'v') != U16::npos;
  U16 splitterFlags = flagUnits;
  if (splitterFlags.find(u'y') == U16::npos) splitterFlags.push_back(u'y');
  Rooted sf(vm, makeString(vm, splitterFlags));
  Value ctorArgs[2] = {rx, sf};
  Rooted ctor(vm, getProperty(vm, rx, r.names.constructor));
  if (ctor.get().isUndefined() || !isConstructor(ctor)) ctor = Value::cell(r.regexpConstructor);
  Rooted splitter(vm, construct(vm, ctor, ctorArgs, 2));
  size_t size = asString(s)->length();
  if (size == 0) {
    Value z = regexpExecAbstract(vm, splitter, s);
    if (z.isNull()) asArray(arr)->push(s);
    return arr;
  }
  // The builtin splitter searches unanchored from q: the first position where the sticky
  // match of the spec's loop would succeed, with the same match.
  bool fast = isRegExpObject(splitter) &&
              getProperty(vm, splitter, vm.intern("exec")) == namedIntrinsic(vm, "jsstd:regexpExec");
  size_t p = 0, q = 0;
  while (q < size) {
    size_t matchStart, e;
    RootedVector captures(vm);
    if (fast) {
      MatchResult m = matchAt(vm, asRegExp(splitter), asString(s), q, false);
      if (!m.matched || size_t(m.ovector[0]) >= size) break;
      matchStart = size_t(m.ovector[0]);
      e = std::min(size_t(m.ovector[1]), size);
      for (uint32_t c = 1; c <= asRegExp(splitter)->captureCount; c++)
        captures.push(substringValue(vm, asString(s), m.ovector[2 * c], m.ovector[2 * c + 1]));
    } else {
      writeLastIndex(vm, splitter, double(q));
      Rooted z(vm, regexpExecAbstract(vm, splitter, s));
      if (z.get().isNull()) { q = advanceIndex(asString(s), q, unicode); continue; }
      matchStart = q;
      e = std::min(size_t(readLastIndex(vm, splitter)), size);
      uint64_t n = lengthOfArrayLike(vm, z);
      for (uint64_t c = 1; c < n; c++) captures.push(getIndex(vm, z, c));
    }
    if (e == p) {
      q = advanceIndex(asString(s), matchStart, unicode);
      continue;
    }
    asArray(arr)->push(substringValue(vm, asString(s), int64_t(p), int64_t(matchStart)));
    if (asArray(arr)->elements.size() >= lim) return arr;
    p = e;
    for (size_t c = 0; c < captures.size(); c++) {
      asArray(arr)->push(captures[c]);
      if (asArray(arr)->elements.size() >= lim) return arr;
    }
    q = p;
  }
  asArray(arr)->push(substringValue(vm, asString(s), int64_t(p), int64_t(size)));
  return arr;
}

// ---- Symbol.matchAll and %RegExpStringIteratorPrototype% ----
// Iterator: InternalObject [0] regexp, [1] string, [2] global, [3] unicode, [4] done.
static Value regexpSymbolMatchAll(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  if (!isObject(args.thisValue)) throwTypeError(vm, "RegExp.prototype[Symbol.matchAll] called on non-object");
  Rooted rx(vm, args.thisValue);
  Rooted s(vm, Value::cell(toString(vm, args[0])));
  Rooted flags(vm, Value::cell(toString(vm, getProperty(vm, rx, r.names.flags))));
  Value ctorArgs[2] = {rx, flags};
  Rooted ctor(vm, getProperty(vm, rx, r.names.constructor));
  if (ctor.get().isUndefined() || !isConstructor(ctor)) ctor = Value::cell(r.regexpConstructor);
  Rooted matcher(vm, construct(vm, ctor, ctorArgs, 2));
  writeLastIndex(vm, matcher, double(readLastIndex(vm, rx)));
  U16 f = asString(flags)->toUtf16();
  InternalObject* it = newInternalObject(vm, ClassTag::RegExpStringIterator, r.regexpStringIteratorPrototype, 5);
  it->internal[0] = matcher;
  it->internal[1] = s;
  it->internal[2] = Value::boolean(f.find(u'g') != U16::npos);
  it->internal[3] = Value::boolean(f.find(u'u') != U16::npos || f.find(u'v') != U16::npos);
  it->internal[4] = Value::boolean(false);
  return Value::cell(it);
}

static Value regexpStringIteratorNext(VM& vm, CallArgs& args) {
  if (!hasClassTag(args.thisValue, ClassTag::RegExpStringIterator))
    throwTypeError(vm, "Method %RegExpStringIterator%.prototype.next called on incompatible receiver " +
                           describeForError(vm, args.thisValue));
  InternalObject* it = static_cast<InternalObject*>(args.thisValue.asCell());
  if (it->internal[4].asBool()) return createIterResult(vm, Value::undefined(), true);
  Rooted rx(vm, it->internal[0]), s(vm, it->internal[1]);
  Rooted match(vm, regexpExecAbstract(vm, rx, s));
  if (match.get().isNull()) {
    it->internal[4] = Value::boolean(true);
    return createIterResult(vm, Value::undefined(), true);
  }
  if (!it->internal[2].asBool()) {
    it->internal[4] = Value::boolean(true);
    return createIterResult(vm, match, false);
  }
  Rooted matched(vm, Value::cell(toString(vm, getIndex(vm, match, 0))));
  if (asString(matched)->length() == 0) {
    uint64_t li = readLastIndex(vm, rx);
    writeLastIndex(vm, rx, double(advanceIndex(asString(s), size_t(li), it->internal[3].asBool())));
  }
  return createIterResult(vm, match, false);
}

static Value returnThis(VM&, CallArgs& args) { return args.thisValue; }

void installRegExpBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  ::js::setRegExpChecker(regexpLiteralError);
  r.regexpPrototype = newPlainObject(vm, r.objectPrototype);
  Object* proto = r.regexpPrototype;
  NativeFunction* ctor = defineConstructor(vm, "RegExp", regexpConstructor, 2, proto);
  r.regexpConstructor = ctor;
  defineNativeAccessor(vm, ctor, r.symbols.species, returnThis, nullptr);
  NativeFunction* exec = defineNativeMethod(vm, proto, "exec", regexpExec, 1);
  r.namedIntrinsics["jsstd:regexpExec"] = Value::cell(exec);
  defineNativeMethod(vm, proto, "test", regexpTest, 1);
  defineNativeMethod(vm, proto, "toString", regexpToString, 0);
  defineNativeMethod(vm, proto, "compile", regexpCompile, 2);
  defineNativeAccessor(vm, proto, r.names.source, regexpSourceGetter, nullptr);
  defineNativeAccessor(vm, proto, r.names.flags, regexpFlagsGetter, nullptr);
  static const char* flagNames[] = {"hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"};
  for (int i = 0; i < 8; i++) {
    NativeFunction* g = newNativeFunction(vm, regexpFlagGetter, std::string("get ") + flagNames[i], 0, false, i);
    Accessor* acc = vm.heap.make<Accessor>(Value::cell(g), Value::undefined());
    proto->putDirect(vm, vm.intern(flagNames[i]), Value::cell(acc), kConfigurable | kAccessor);
  }
  defineNativeMethod(vm, proto, r.symbols.match, regexpSymbolMatch, 1);
  defineNativeMethod(vm, proto, r.symbols.matchAll, regexpSymbolMatchAll, 1);
  defineNativeMethod(vm, proto, r.symbols.replace, regexpSymbolReplace, 2);
  defineNativeMethod(vm, proto, r.symbols.search, regexpSymbolSearch, 1);
  defineNativeMethod(vm, proto, r.symbols.split, regexpSymbolSplit, 2);

  r.regexpStringIteratorPrototype = newPlainObject(vm, r.iteratorPrototype);
  defineNativeMethod(vm, r.regexpStringIteratorPrototype, "next", regexpStringIteratorNext, 0);
  defineValue(vm, r.regexpStringIteratorPrototype, r.symbols.toStringTag,
              makeStringUtf8(vm, "RegExp String Iterator"), kConfigurable);
  (void)regexpCreate;
}

}  // namespace dualvm::js
