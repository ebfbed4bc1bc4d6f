// tests/unit/js_std/regexp_capture_reset_test.cpp — the translator's bookkeeping for captures in
// quantified groups (regexp_translate.h, RegExpRepeat): hidden groups, PCRE2 numbering, which
// repeat each group belongs to. The matching itself is covered by the conformance program
// tests/conformance/js/regexp/capture_reset.js.
#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>
#include <catch.hpp>
#include "runtime/js/regexp_translate.h"

using namespace dualvm::js;

static TranslatedRegExp tr(const std::u16string& src) {
  RegExpFlags f;
  return translateRegExp(src, f);
}

TEST_CASE("a quantified non-capturing group with captures gets a hidden group", "[js_std][regexp]") {
  TranslatedRegExp t = tr(u"(?:(a)|b)+(c)");
  REQUIRE(t.error.empty());
  CHECK(t.pattern == u"(?:((a)|b))+(c)");
  CHECK(t.captureCount == 2);
  CHECK(t.pcreCaptureCount == 3);
  CHECK(t.pcreGroup == std::vector<uint32_t>{0, 2, 3});
  REQUIRE(t.repeats.size() == 1);
  CHECK(t.repeats[0].group == 1);
  CHECK(t.repeats[0].bodyFirst == 2);
  CHECK(t.repeats[0].bodyLast == 2);
  CHECK(t.repeats[0].body == u"(a)|b");
  CHECK(t.groupFix[2].repeat == 0);
  CHECK_FALSE(t.groupFix[2].mandatory);  // in one alternative
  CHECK(t.groupFix[3].repeat == -1);
}

TEST_CASE("a quantified capturing group is its own iteration span", "[js_std][regexp]") {
  TranslatedRegExp t = tr(u"((a)b)*");
  CHECK(t.pattern == u"((a)b)*");
  CHECK(t.pcreCaptureCount == 2);
  REQUIRE(t.repeats.size() == 1);
  CHECK(t.repeats[0].group == 1);
  CHECK(t.groupFix[2].repeat == 0);
  CHECK(t.groupFix[2].mandatory);
}

TEST_CASE("groups that cannot repeat or hold no captures are left alone", "[js_std][regexp]") {
  CHECK(tr(u"(?:(a)|b)?").repeats.empty());
  CHECK(tr(u"(?:(a)|b){1}").repeats.empty());
  CHECK(tr(u"(?:ab)+(c)").repeats.empty());
  CHECK(tr(u"(ab)+").repeats.empty());
  CHECK(tr(u"(?=(a))+").repeats.empty());
}

TEST_CASE("backreferences use PCRE2 numbers and mark bodies that look outside", "[js_std][regexp]") {
  TranslatedRegExp t = tr(u"(x)(?:(a)\\2|\\1)+\\2");
  REQUIRE(t.error.empty());
  CHECK(t.pcreGroup == std::vector<uint32_t>{0, 1, 3});
  CHECK(t.pattern.find(u"\\g{3}") != std::u16string::npos);
  REQUIRE(t.repeats.size() == 1);
  CHECK(t.repeats[0].outerBackref);  // \1 refers to a group outside the body
  CHECK_FALSE(tr(u"(?:(a)\\1|b)+").repeats[0].outerBackref);
}

TEST_CASE("nested repeats and lookarounds", "[js_std][regexp]") {
  TranslatedRegExp t = tr(u"(?:x(?:(a)|(?=(b)))*)+");
  REQUIRE(t.error.empty());
  REQUIRE(t.repeats.size() == 2);
  CHECK(t.repeats[0].bodyFirst == 2);
  CHECK(t.repeats[0].bodyLast == 4);
  CHECK(t.groupFix[2].repeat == 0);  // the inner repeat's hidden group belongs to the outer one
  CHECK(t.groupFix[3].repeat == 1);
  CHECK(t.groupFix[4].repeat == 1);
  CHECK(t.groupFix[4].lookaround);
  // The translation still compiles.
  int err;
  PCRE2_SIZE off;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(t.pattern.data()), t.pattern.size(), t.compileOptions,
                                   &err, &off, nullptr);
  CHECK(code);
  pcre2_code_free(code);
}
