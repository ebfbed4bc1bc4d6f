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

struct TranslatedRegExp {
  std::u16string pattern;                 // PCRE2 syntax
  uint32_t compileOptions = 0;            // PCRE2_* options
  uint32_t captureCount = 0;              // capturing groups
  std::vector<std::u16string> groupNames; // per group 1..captureCount ("" when unnamed)
  bool hasNamedGroups = false;
  std::string error;                      // non-empty: V8-style message ("Unterminated group")
};

TranslatedRegExp translateRegExp(const std::u16string& source, const RegExpFlags& flags);

}  // namespace dualvm::js
