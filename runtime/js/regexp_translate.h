// runtime/js/regexp_translate.h — JavaScript regular-expression syntax -> PCRE2 (16-bit) syntax,
// a pure function unit-tested without a VM (tests/unit/js_std).
//
// What changes between the two dialects:
//   . (no s flag)      -> [^\n\r\x{2028}\x{2029}]        \s, \S -> JS's white-space set
//   \d \w              -> ASCII classes (as PCRE2 without UCP)
//   \uXXXX, \u{X..}    -> \x{...} (u mode joins escaped surrogate pairs)
//   \v \0 \b-in-class  -> \x{0b} \x{0} \x{08};  identity escapes (\a, \e, ...) -> the letter
//   [^] and []         -> [\s\S] and (?!)
//   [ inside a class   -> \[  (no POSIX classes in JS)
//   (?<name>...)       -> a plain numbered group; \k<name> -> \g{N}; the names are returned
//   \p{Script=X}, \p{gc=X}, \p{General_Category=X} -> \p{X} (u mode)
// Captures inside a quantified group (ECMAScript resets them at each iteration; PCRE2 keeps the
// value of an earlier iteration): a quantified group that may repeat and contains captures is a
// "repeat"; a non-capturing one gets a hidden capture around its body, so after a match the
// ovector holds the span of every repeat's last iteration. The matcher then keeps a capture only
// if it was set during the last iteration of its innermost repeat (RegExpCaptureFix below):
// decided from positions when they tell, else by re-matching the repeat's body alone over that
// last iteration's span. PCRE2 group numbers therefore differ from JS numbers (pcreGroup maps).
// Flags become compile options: i CASELESS, m MULTILINE, s DOTALL, u UTF|MATCH_INVALID_UTF;
// always DOLLAR_ENDONLY (JS $ does not match before a final \n) and MATCH_UNSET_BACKREF
// (a backreference to an unset group matches the empty string).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace dualvm::js {

struct RegExpFlags {
  bool global = false, ignoreCase = false, multiline = false, dotAll = false, unicode = false,
       sticky = false, hasIndices = false, unicodeSets = false;
};

// Parses a flags string; false on an unknown or repeated flag.
bool parseRegExpFlags(const std::u16string& text, RegExpFlags* out);

// One PCRE2 group's place among the repeats.
struct RegExpGroupFix {
  int32_t repeat = -1;     // innermost enclosing repeat (index into repeats), -1 when none
  bool lookaround = false; // inside a lookaround within that repeat: positions do not tell
  bool mandatory = false;  // set on every successful path through the repeat's body
};

struct RegExpRepeat {
  uint32_t group = 0;              // PCRE2 group spanning the last iteration (hidden or the JS group)
  uint32_t bodyFirst = 0, bodyLast = 0;  // PCRE2 groups inside the body (bodyFirst > bodyLast: none)
  std::u16string body;             // translated body, for re-matching one iteration
  bool outerBackref = false;       // the body refers to a group outside it: cannot re-match alone
  uint32_t min = 0;                // the quantifier's minimum
};

struct TranslatedRegExp {
  std::u16string pattern;                 // PCRE2 syntax
  uint32_t compileOptions = 0;            // PCRE2_* options
  uint32_t captureCount = 0;              // capturing groups
  std::vector<std::u16string> groupNames; // per group 1..captureCount ("" when unnamed)
  bool hasNamedGroups = false;
  std::string error;                      // non-empty: V8-style message ("Unterminated group")
  uint32_t pcreCaptureCount = 0;          // PCRE2 groups (JS groups plus hidden ones)
  std::vector<uint32_t> pcreGroup;        // JS group n -> PCRE2 group pcreGroup[n] ([0] = 0)
  std::vector<RegExpGroupFix> groupFix;   // per PCRE2 group (index 0 unused)
  std::vector<RegExpRepeat> repeats;      // outer repeats before the repeats they contain
};

TranslatedRegExp translateRegExp(const std::u16string& source, const RegExpFlags& flags);

}  // namespace dualvm::js
