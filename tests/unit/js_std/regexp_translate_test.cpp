// tests/unit/js_std/regexp_translate_test.cpp — JS regexp syntax -> PCRE2 syntax
// (runtime/js/regexp_translate.h): the rewritten constructs, group names, options and errors.
#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
#include <catch.hpp>
#include "runtime/js/regexp_translate.h"

using namespace dualvm::js;

static TranslatedRegExp tr(const std::u16string& src, const std::u16string& flags = u"") {
  RegExpFlags f;
  REQUIRE(parseRegExpFlags(flags, &f));
  return translateRegExp(src, f);
}

// Compile the translation and match it against a subject (true when it matches somewhere).
static bool matches(const std::u16string& src, const std::u16string& subject, const std::u16string& flags = u"") {
  TranslatedRegExp t = tr(src, flags);
  REQUIRE(t.error.empty());
  int err;
  PCRE2_SIZE off;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t.pattern.data()), t.pattern.size(),
                                   t.compileOptions, &err, &off, nullptr);
  REQUIRE(code);
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(code, nullptr);
  int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), 0, 0, md, nullptr);
  pcre2_match_data_free(md);
  pcre2_code_free(code);
  return rc >= 0;
}

TEST_CASE("flags parse and reject duplicates", "[js_std][regexp]") {
  RegExpFlags f;
  CHECK(parseRegExpFlags(u"gimsuyd", &f));
  CHECK((f.global && f.ignoreCase && f.multiline && f.dotAll && f.unicode && f.sticky && f.hasIndices));
  CHECK_FALSE(parseRegExpFlags(u"gg", &f));
  CHECK_FALSE(parseRegExpFlags(u"x", &f));
}

TEST_CASE("named groups become numbered groups with names on the side", "[js_std][regexp]") {
  TranslatedRegExp t = tr(u"(?<year>\\d{4})-(\\d\\d)-(?<day>\\d\\d)\\k<year>");
  CHECK(t.error.empty());
  CHECK(t.captureCount == 3);
  REQUIRE(t.groupNames.size() == 3);
  CHECK(t.groupNames[0] == u"year");
  CHECK(t.groupNames[1].empty());
  CHECK(t.hasNamedGroups);
  CHECK(t.pattern.find(u"(?<") == std::u16string::npos);
  CHECK(t.pattern.find(u"\\g{1}") != std::u16string::npos);
}

TEST_CASE("JS-specific constructs match as JS does", "[js_std][regexp]") {
  CHECK(matches(u"^a.c$", u"abc"));
  CHECK_FALSE(matches(u"a.c", u"a\nc"));
  CHECK(matches(u"a.c", u"a\nc", u"s"));
  CHECK_FALSE(matches(u"a$", u"a\n"));          // $ does not match before a final newline
  CHECK(matches(u"^b", u"a\nb", u"m"));
  CHECK(matches(u"\\s", u"\u00a0"));            // JS white space includes NBSP
  CHECK(matches(u"[^]", u"\n"));
  CHECK_FALSE(matches(u"[]", u"a"));
  CHECK(matches(u"\\u0041", u"A"));
  CHECK(matches(u"\\u{1F600}", u"\xD83D\xDE00", u"u"));
  CHECK(matches(u"(a)?b\\1", u"b"));             // unset backreference matches empty
  CHECK(matches(u"\\a\\e", u"ae"));              // identity escapes (Annex B)
  CHECK(matches(u"[\\b]", u"\b"));
  CHECK(matches(u"\\cJ", u"\n"));
  CHECK(matches(u"É", u"é", u"i"));
  CHECK(matches(u"\\bfoo\\b", u"a foo b", u"i"));
  CHECK(matches(u"\\p{Script=Greek}", u"α", u"u"));
}

TEST_CASE("syntax errors carry V8's wording", "[js_std][regexp]") {
  CHECK(tr(u"(a").error == "Unterminated group");
  CHECK(tr(u"a)").error == "Unmatched ')'");
  CHECK(tr(u"[a").error == "Unterminated character class");
  CHECK(tr(u"(?<n>a)\\k<m>").error == "Invalid named capture referenced");
  CHECK(tr(u"(?<n>a)(?<n>b)").error == "Duplicate capture group name");
}
