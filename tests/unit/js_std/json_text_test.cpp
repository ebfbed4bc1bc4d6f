// tests/unit/js_std/json_text_test.cpp — JSON's pure text pieces (runtime/js/json_errors.h):
// node 20's "Unexpected token" messages and JSON.stringify quoting.
#include <catch.hpp>
#include "runtime/js/json_errors.h"

using namespace dualvm::js;

TEST_CASE("unexpected-token messages match node 20", "[js_std][json]") {
  CHECK(jsonUnexpectedTokenMessage(u"{\"a\":}", 5) == "Unexpected token '}', \"{\"a\":}\" is not valid JSON");
  CHECK(jsonUnexpectedTokenMessage(u"[1, 2", 5) == "Unexpected end of JSON input");
  CHECK(jsonUnexpectedTokenMessage(u"undefined", 0) == "\"undefined\" is not valid JSON");
  // Long inputs show a window of 10 characters around the position.
  std::u16string longText = u"{\"key\": \"value\", \"other\": x, \"more\": 1}";
  size_t pos = longText.find(u'x');
  CHECK(jsonUnexpectedTokenMessage(longText, pos) ==
        "Unexpected token 'x', ...\" \"other\": x, \"more\":\"... is not valid JSON");
  CHECK(jsonUnexpectedTokenMessage(u"x234567890123456789012345", 0) ==
        "Unexpected token 'x', \"x234567890\"... is not valid JSON");
}

TEST_CASE("stringify quotes and escapes", "[js_std][json]") {
  CHECK(jsonQuote(u"a\"b\\c") == u"\"a\\\"b\\\\c\"");
  CHECK(jsonQuote(u"\n\t\x01") == u"\"\\n\\t\\u0001\"");
  CHECK(jsonQuote(u"\xD83D\xDE00") == u"\"\xD83D\xDE00\"");  // a pair stays as is
  CHECK(jsonQuote(u"\xD83D") == u"\"\\ud83d\"");              // a lone surrogate is escaped
}
