// tests/unit/js_runtime/scripts_test.cpp — small end-to-end scripts through the whole pipeline
// (compiler, interpreter, JS library), checking console output captured from the realm.
#include <catch.hpp>
#include "runtime/js/js_engine.h"
#include "runtime/js/realm.h"

using namespace dualvm;
using namespace dualvm::js;

static std::string runScript(const std::string& source, int* exitCode = nullptr) {
  VM vm;
  JsRealm& r = installJsRealm(vm);
  std::string out, err;
  r.writeStdout = [&](const std::string& s) { out += s; };
  r.writeStderr = [&](const std::string& s) { err += s; };
  int code = runMainScript(vm, "/tmp/unit_js_runtime.js", source, {"dualvm", "/tmp/unit_js_runtime.js"});
  if (exitCode) *exitCode = code;
  return out;
}

TEST_CASE("operators and coercions", "[js_runtime][e2e]") {
  CHECK(runScript("console.log(1 + '2', '3' * '4', [] + {}, 7 % -3, -7 % 3, 2 ** 10, 1 / 0, -1 >>> 0)") ==
        "12 12 [object Object] 1 -1 1024 Infinity 4294967295\n");
  CHECK(runScript("console.log(null == undefined, null == 0, '' == 0, '1' == 1, NaN == NaN, [1] == 1)") ==
        "true false true true false true\n");
  CHECK(runScript("console.log({ valueOf() { return 5; } } + 1, `${{ toString() { return 'x'; } }}`)") == "6 x\n");
}

TEST_CASE("objects, classes and property attributes", "[js_runtime][e2e]") {
  CHECK(runScript("class A { constructor() { this.x = 1; } m() { return 'A'; } }\n"
                  "class B extends A { m() { return 'B' + super.m(); } }\n"
                  "const b = new B(); console.log(b, b.m(), b instanceof A, Object.keys(b));") ==
        "B { x: 1 } BA true [ 'x' ]\n");
  CHECK(runScript("'use strict'; const o = Object.freeze({ a: 1 });\n"
                  "try { o.a = 2; } catch (e) { console.log(e.message); }") ==
        "Cannot assign to read only property 'a' of object '#<Object>'\n");
  CHECK(runScript("const o = {}; Object.defineProperty(o, 'h', { value: 1 });\n"
                  "console.log(Object.getOwnPropertyDescriptor(o, 'h'), Object.keys(o).length)") ==
        "{ value: 1, writable: false, enumerable: false, configurable: false } 0\n");
}

TEST_CASE("arrays, iteration and generators", "[js_runtime][e2e]") {
  CHECK(runScript("const a = [5, 1, 10, 2]; a.sort(); console.log(a, [5, 1, 10].sort((x, y) => x - y));") ==
        "[ 1, 10, 2, 5 ] [ 1, 5, 10 ]\n");
  CHECK(runScript("function* g() { yield 1; yield 2; } console.log([...g()], Array.from({ length: 3 }, (_, i) => i * i));") ==
        "[ 1, 2 ] [ 0, 1, 4 ]\n");
  CHECK(runScript("console.log(Array.from({ length: 30 }, (_, i) => i))") ==
        "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n"
        "  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]\n");  // node's grouping
}

TEST_CASE("errors and the event loop", "[js_runtime][e2e]") {
  int code = 0;
  CHECK(runScript("console.log('before'); null.x;", &code) == "before\n");
  CHECK(code == 1);
  CHECK(runScript("async function f() { await null; return 2; }\n"
                  "f().then(v => console.log('then', v)); console.log('sync');") == "sync\nthen 2\n");
  CHECK(runScript("try { undefinedThing; } catch (e) { console.log(e.name + ': ' + e.message); }") ==
        "ReferenceError: undefinedThing is not defined\n");
}
