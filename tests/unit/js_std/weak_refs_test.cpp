// tests/unit/js_std/weak_refs_test.cpp — WeakRef, FinalizationRegistry and WeakMap/WeakSet
// against real collections (runtime/js/collections.cpp on gc/weak.h). node needs --expose-gc to
// force a collection, so conformance programs cannot observe death; here a test-only global
// gc() collects. Objects made by the main script are logged (heap.h allocation log) until it
// ends, so the checks run in timer callbacks, each its own job.
#include <catch.hpp>
#include "runtime/js/js_engine.h"
#include "runtime/js/realm.h"

using namespace dualvm;
using namespace dualvm::js;

static Value forceGc(VM& vm, CallArgs&) {
  vm.heap.collect();
  return Value::undefined();
}

static std::string runWithGc(const std::string& source) {
  VM vm;
  JsRealm& r = installJsRealm(vm);
  std::string out, err;
  r.writeStdout = [&](const std::string& s) { out += s; };
  r.writeStderr = [&](const std::string& s) { err += s; };
  defineNativeMethod(vm, r.global, "gc", forceGc, 0);
  runMainScript(vm, "/tmp/unit_weak_refs.js", source, {"dualvm", "/tmp/unit_weak_refs.js"});
  return out + err;
}

TEST_CASE("WeakRef targets die at a collection after the job that made them", "[js_std][weak]") {
  CHECK(runWithGc("const strong = {name: 's'};\n"
                  "const ws = new WeakRef(strong);\n"
                  "const wd = (() => new WeakRef({name: 'd'}))();\n"
                  "console.log(wd.deref().name);  // kept during the job\n"
                  "setTimeout(() => {\n"
                  "  gc();\n"
                  "  console.log(ws.deref() === strong, wd.deref());\n"
                  "}, 0);\n") == "d\ntrue undefined\n");
}

TEST_CASE("deref() keeps the target until the end of the job", "[js_std][weak]") {
  // A target deref()ed in a job survives a collection in that same job.
  CHECK(runWithGc("let keep = {v: 2};\n"
                  "const wr = new WeakRef(keep);\n"
                  "setTimeout(() => {\n"
                  "  const t = wr.deref(); keep = null;\n"
                  "  gc();\n"
                  "  console.log(wr.deref() === t, t.v);\n"
                  "  setTimeout(() => { gc(); console.log(wr.deref()); }, 0);\n"
                  "}, 0);\n") == "true 2\nundefined\n");
}

TEST_CASE("FinalizationRegistry cleanup runs as a task after the target died", "[js_std][weak]") {
  // (Targets are made inside a function: the module body's frame may keep stale registers.)
  // Under DUALVM_GC_STRESS the targets may die (and be cleaned up) before the first timer.
  std::string out = runWithGc("const fr = new FinalizationRegistry(h => console.log('cleanup', h));\n"
                  "const token = {};\n"
                  "let c;\n"
                  "(() => {\n"
                  "  const a = {}, b = {}; c = {};\n"
                  "  fr.register(a, 'a');\n"
                  "  fr.register(b, 'b', token);\n"
                  "  fr.register(c, 'c');\n"
                  "})();\n"
                  "console.log(fr.unregister(token));\n"
                  "setTimeout(() => { gc(); console.log('collected'); }, 0);\n"
                  "setTimeout(() => { console.log('later', typeof c); }, 5);\n");
  CHECK((out == "true\ncollected\ncleanup a\nlater object\n" || out == "true\ncleanup a\ncollected\nlater object\n"));
  // An unreachable registry calls nothing back.
  CHECK(runWithGc("(() => { const fr = new FinalizationRegistry(h => console.log('no', h)); fr.register({}, 1); })();\n"
                  "setTimeout(() => { gc(); }, 0);\n"
                  "setTimeout(() => { console.log('done'); }, 5);\n") == "done\n");
}

TEST_CASE("WeakMap entries are ephemerons", "[js_std][weak]") {
  CHECK(runWithGc("const wm = new WeakMap();\n"
                  "let key = {};\n"
                  "let vref, selfRef;\n"
                  "(() => {\n"
                  "  const v = {}; wm.set(key, v); vref = new WeakRef(v);\n"
                  "  const k2 = {}; wm.set(k2, {back: k2}); selfRef = new WeakRef(k2);  // value refers to its key\n"
                  "})();\n"
                  "setTimeout(() => {\n"
                  "  gc();\n"
                  "  console.log(vref.deref() !== undefined, wm.get(key) === vref.deref(), selfRef.deref());\n"
                  "  key = null;\n"
                  "  setTimeout(() => { gc(); console.log(vref.deref()); }, 0);\n"
                  "}, 0);\n") == "true true undefined\nundefined\n");
  CHECK(runWithGc("const ws = new WeakSet();\n"
                  "let o = {};\n"
                  "ws.add(o);\n"
                  "const r = new WeakRef(o);\n"
                  "setTimeout(() => { gc(); console.log(ws.has(o)); o = null; setTimeout(() => { gc(); console.log(r.deref()); }, 0); }, 0);\n") ==
        "true\nundefined\n");
}
