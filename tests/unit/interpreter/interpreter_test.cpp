// Interpreter unit tests: small functions built with ir::Builder and run on a VM with the
// minimal test language (test_language.h): loops, calls, recursion limits, exceptions across
// frames, natives and re-entry, environments, inline caches, generators, GC stress.
#include <catch.hpp>
#include "shared-ir/builder.h"
#include "test_language.h"

using namespace dualvm;
using ir::Builder;
using ir::Op;

namespace {

struct Env {
  VM vm;
  test::TestLanguage lang{vm};
  Env() { vm.setLanguage(ir::Language::JavaScript, &lang); }
  explicit Env(VMOptions o) : vm(o) { vm.setLanguage(ir::Language::JavaScript, &lang); }

  Value run(std::unique_ptr<ir::Function> f) {
    f->isScript = true;
    FunctionProto* p = vm.link(std::shared_ptr<const ir::Function>(std::move(f)));
    return vm.runTopLevel(p, Value::undefined(), nullptr);
  }
  Value closure(std::unique_ptr<ir::Function> f) {
    FunctionProto* p = vm.link(std::shared_ptr<const ir::Function>(std::move(f)));
    Rooted root(vm, Value::cell(p));  // makeClosure allocates
    return lang.makeClosure(vm, p, nullptr);
  }
  std::string errorText() { return isString(vm.exception) ? asString(vm.exception)->toUtf8() : "<not a string>"; }
  Value global(const char* name) { return lang.getGlobal(vm, vm.intern(name), true, nullptr); }
};

std::unique_ptr<ir::Function> fn(const char* name, uint32_t params = 0) {
  auto f = std::make_unique<ir::Function>();
  f->name = name;
  f->numParams = params;
  f->numRegs = params;
  return f;
}

// sum(n) = 0 + 1 + ... + (n-1)
std::unique_ptr<ir::Function> sumFunction() {
  auto f = fn("sum", 1);
  Builder b(*f);
  b.reserveRegs(1);
  uint32_t s = b.allocReg(), i = b.allocReg(), t = b.allocReg();
  b.emit(Op::LoadInt, {s, 0});
  b.emit(Op::LoadInt, {i, 0});
  Builder::Label head, exit;
  b.bind(head);
  b.emit(Op::LoopHeader);
  b.emit(Op::Lt, {t, i, 0});
  b.emitJump(Op::JumpIfFalse, {t}, exit);
  b.emit(Op::Add, {s, s, i, b.newCache()});
  b.emit(Op::Inc, {i, i});
  b.emitJump(Op::Jump, {}, head);
  b.bind(exit);
  b.emit(Op::Return, {s});
  return f;
}

// fib(n) = n < 2 ? n : fib(n-1) + fib(n-2), calling itself through the global "fib".
std::unique_ptr<ir::Function> fibFunction() {
  auto f = fn("fib", 1);
  Builder b(*f);
  b.reserveRegs(1);
  uint32_t two = b.allocReg(), t = b.allocReg(), callee = b.allocReg(), base = b.allocRegs(2), r1 = b.allocReg(),
           r2 = b.allocReg(), k = b.allocReg();
  uint32_t name = b.constStringUtf8("fib");
  b.setPosition(1, 1);
  b.emit(Op::LoadInt, {two, 2});
  b.emit(Op::Lt, {t, 0, two});
  Builder::Label rec;
  b.emitJump(Op::JumpIfFalse, {t}, rec);
  b.emit(Op::Return, {0});
  b.bind(rec);
  b.setPosition(2, 3);
  b.emit(Op::GetGlobal, {callee, name, b.newCache()});
  b.emit(Op::LoadUndef, {base});
  b.emit(Op::LoadInt, {k, 1});
  b.emit(Op::Sub, {base + 1, 0, k, b.newCache()});
  b.emit(Op::Call, {r1, callee, base, 1, b.newCache()});
  b.emit(Op::LoadInt, {k, 2});
  b.emit(Op::Sub, {base + 1, 0, k, b.newCache()});
  b.emit(Op::Call, {r2, callee, base, 1, b.newCache()});
  b.emit(Op::Add, {r1, r1, r2, b.newCache()});
  b.emit(Op::Return, {r1});
  return f;
}

// Top-level script: global[name] = closure of `child`; return name(arg).
std::unique_ptr<ir::Function> callGlobalScript(const char* gname, std::unique_ptr<ir::Function> child, int32_t arg) {
  auto f = fn("<script>");
  Builder b(*f);
  uint32_t c = b.allocReg(), base = b.allocRegs(2), r = b.allocReg();
  uint32_t name = b.constStringUtf8(gname);
  f->functions.push_back(std::move(child));
  b.emit(Op::MakeClosure, {c, 0});
  b.emit(Op::SetGlobal, {name, c, b.newCache()});
  b.emit(Op::LoadUndef, {base});
  b.emit(Op::LoadInt, {base + 1, uint32_t(arg)});
  b.emit(Op::Call, {r, c, base, 1, b.newCache()});
  b.emit(Op::Return, {r});
  return f;
}

}  // namespace

TEST_CASE("loops and int arithmetic", "[interpreter]") {
  Env e;
  Value sum = e.closure(sumFunction());
  Value arg = Value::integer(100);
  Value r = e.vm.call(sum, Value::undefined(), &arg, 1);
  REQUIRE(r.isInt());
  REQUIRE(r.asInt() == 4950);
  REQUIRE(e.vm.counters.loopIterations == 101);
  // Overflow goes to the language's slow path (the test language makes a double).
  arg = Value::integer(100000);
  r = e.vm.call(sum, Value::undefined(), &arg, 1);
  REQUIRE(r.isDouble());
  REQUIRE(r.asDouble() == 4999950000.0);
  REQUIRE(e.vm.frames.empty());
  REQUIRE(e.vm.stackTop == e.vm.stack.data());
}

TEST_CASE("script-to-script recursion through a global", "[interpreter]") {
  Env e;
  Value r = e.run(callGlobalScript("fib", fibFunction(), 20));
  REQUIRE(r.isInt());
  REQUIRE(r.asInt() == 6765);
  REQUIRE(e.vm.frames.empty());
  REQUIRE(e.vm.counters.icHits > 0);
}

TEST_CASE("garbage collection during execution keeps frames intact (stress)", "[interpreter][gc]") {
  Env e;
  e.vm.heap.setStress(true);
  // Allocating loop: each iteration makes an object, stores i into o.x and reads it back.
  auto f = fn("alloc", 1);
  Builder b(*f);
  b.reserveRegs(1);
  uint32_t s = b.allocReg(), i = b.allocReg(), t = b.allocReg(), o = b.allocReg(), v = b.allocReg();
  uint32_t x = b.constStringUtf8("x");
  b.emit(Op::LoadInt, {s, 0});
  b.emit(Op::LoadInt, {i, 0});
  Builder::Label head, exit;
  b.bind(head);
  b.emit(Op::Lt, {t, i, 0});
  b.emitJump(Op::JumpIfFalse, {t}, exit);
  b.emit(Op::NewObject, {o});
  b.emit(Op::PushEnv, {2, UINT32_MAX});
  b.emit(Op::SetEnv, {0, 1, i});
  b.emit(Op::SetProp, {o, x, i, b.newCache()});
  b.emit(Op::GetProp, {v, o, x, b.newCache()});
  b.emit(Op::GetEnv, {t, 0, 1});
  b.emit(Op::PopEnv);
  b.emit(Op::Add, {s, s, v, b.newCache()});
  b.emit(Op::Add, {s, s, t, b.newCache()});
  b.emit(Op::Inc, {i, i});
  b.emitJump(Op::Jump, {}, head);
  b.bind(exit);
  b.emit(Op::Return, {s});
  Value c = e.closure(std::move(f));
  Rooted root(e.vm, c);
  Value arg = Value::integer(200);
  Value r = e.vm.call(c, Value::undefined(), &arg, 1);
  REQUIRE(r.asInt() == 2 * 19900);
  REQUIRE(e.vm.heap.stats().collections > 100);
  Value fr = e.run(callGlobalScript("fib", fibFunction(), 10));
  REQUIRE(fr.asInt() == 55);
}

TEST_CASE("inline caches serve repeated property accesses", "[interpreter][ic]") {
  Env e;
  auto f = fn("props", 1);
  Builder b(*f);
  b.reserveRegs(1);
  uint32_t s = b.allocReg(), i = b.allocReg(), t = b.allocReg(), o = b.allocReg(), v = b.allocReg();
  uint32_t x = b.constStringUtf8("x"), y = b.constStringUtf8("y");
  b.emit(Op::LoadInt, {s, 0});
  b.emit(Op::LoadInt, {i, 0});
  Builder::Label head, exit;
  b.bind(head);
  b.emit(Op::Lt, {t, i, 0});
  b.emitJump(Op::JumpIfFalse, {t}, exit);
  b.emit(Op::NewObject, {o});
  b.emit(Op::SetProp, {o, x, i, b.newCache()});  // AddSlot after the first miss
  b.emit(Op::SetProp, {o, y, i, b.newCache()});
  b.emit(Op::SetProp, {o, y, s, b.newCache()});  // OwnSlot
  b.emit(Op::GetProp, {v, o, x, b.newCache()});
  b.emit(Op::Add, {s, s, v, b.newCache()});
  b.emit(Op::Inc, {i, i});
  b.emitJump(Op::Jump, {}, head);
  b.bind(exit);
  b.emit(Op::Return, {s});
  Value c = e.closure(std::move(f));
  Rooted root(e.vm, c);
  Value arg = Value::integer(1000);
  Value r = e.vm.call(c, Value::undefined(), &arg, 1);
  REQUIRE(r.asInt() == 499500);
  REQUIRE(e.lang.getPropertyCalls == 1);
  REQUIRE(e.vm.counters.icHits >= 3996);
}

TEST_CASE("too deep recursion raises the language's error, never crashes", "[interpreter]") {
  VMOptions o;
  o.maxCallDepth = 5000;
  Env e(o);
  // f(n) = f(n + 1), forever.
  auto f = fn("down", 1);
  Builder b(*f);
  b.reserveRegs(1);
  uint32_t callee = b.allocReg(), base = b.allocRegs(2), r = b.allocReg(), k = b.allocReg();
  uint32_t name = b.constStringUtf8("down");
  b.emit(Op::GetGlobal, {callee, name, b.newCache()});
  b.emit(Op::LoadUndef, {base});
  b.emit(Op::LoadInt, {k, 1});
  b.emit(Op::Add, {base + 1, 0, k, b.newCache()});
  b.emit(Op::Call, {r, callee, base, 1, b.newCache()});
  b.emit(Op::Return, {r});
  REQUIRE_THROWS_AS(e.run(callGlobalScript("down", std::move(f), 0)), ScriptThrow);
  REQUIRE(e.errorText() == "RangeError: Maximum call stack size exceeded");
  REQUIRE(e.vm.frames.empty());
  REQUIRE(e.vm.stackTop == e.vm.stack.data());
  REQUIRE(e.vm.nativeDepth == 0);

  // Python flavour: the language picks the kind; a handler at the top catches it.
  e.lang.overflowKind = ErrorKind::RecursionError;
  auto top = fn("<script>");
  Builder tb(*top);
  uint32_t c = tb.allocReg(), tbase = tb.allocRegs(2), tr = tb.allocReg(), exc = tb.allocReg();
  uint32_t downName = tb.constStringUtf8("down");
  tb.emit(Op::GetGlobal, {c, downName, tb.newCache()});
  tb.emit(Op::LoadUndef, {tbase});
  tb.emit(Op::LoadInt, {tbase + 1, 0});
  uint32_t start = tb.pc();
  tb.emit(Op::Call, {tr, c, tbase, 1, tb.newCache()});
  uint32_t end = tb.pc();
  tb.emit(Op::Return, {tr});
  uint32_t handler = tb.pc();
  tb.emit(Op::Return, {exc});
  tb.addHandler(start, end, handler, exc, 0);
  Value caught = e.run(std::move(top));
  REQUIRE(isString(caught));
  REQUIRE(asString(caught)->toUtf8() == "RecursionError: Maximum call stack size exceeded");
}

namespace {
Value nativeAdd(VM&, CallArgs& a) { return Value::integer(a[0].asInt() + a[1].asInt()); }
Value nativeThrow(VM& vm, CallArgs& a) { vm.throwValue(a[0]); }
// Calls its first argument (a function) with its second argument: re-enters the interpreter.
Value nativeApply(VM& vm, CallArgs& a) {
  Value arg = a[1];
  return vm.call(a[0], Value::undefined(), &arg, 1);
}
Value nativeRecurse(VM& vm, CallArgs& a) {
  // Calls the script function in data, which calls this native again: unbounded C recursion.
  Value self = Value::cell(a.callee);
  return vm.call(asNativeFunction(self)->data, Value::undefined(), nullptr, 0);
}
Value nativeStack(VM& vm, CallArgs&) {
  auto st = vm.captureStack();
  std::string s;
  for (auto& e : st) s += e.function + ":" + std::to_string(e.line) + ";";
  return Value::cell(vm.newString(s));
}

NativeFunction* makeNative(Env& e, const char* name, NativeFn f) {
  auto* n = e.vm.heap.make<NativeFunction>(e.vm.emptyShape(), nullptr, f, &e.lang);
  Rooted rn(e.vm, Value::cell(n));
  Rooted key(e.vm, Value::cell(e.vm.intern(name)));  // interned strings are weak
  e.lang.global->putDirect(e.vm, asString(key), rn);
  return n;
}

// Script: return native(a, b) with a handler that returns the exception.
std::unique_ptr<ir::Function> callNativeScript(const char* gname, Value a, Value b2, bool withHandler) {
  auto f = fn("<script>");
  Builder b(*f);
  uint32_t c = b.allocReg(), base = b.allocRegs(3), r = b.allocReg(), exc = b.allocReg();
  uint32_t name = b.constStringUtf8(gname);
  b.setPosition(7, 1);
  b.emit(Op::GetGlobal, {c, name, b.newCache()});
  b.emit(Op::LoadUndef, {base});
  b.emit(Op::LoadInt, {base + 1, uint32_t(a.isInt() ? a.asInt() : 0)});
  b.emit(Op::LoadInt, {base + 2, uint32_t(b2.isInt() ? b2.asInt() : 0)});
  uint32_t start = b.pc();
  b.emit(Op::Call, {r, c, base, 2, b.newCache()});
  uint32_t end = b.pc();
  b.emit(Op::Return, {r});
  uint32_t h = b.pc();
  b.emit(Op::Return, {exc});
  if (withHandler) b.addHandler(start, end, h, exc, 0);
  return f;
}
}  // namespace

TEST_CASE("natives: direct calls, throws caught by script handlers, re-entry", "[interpreter][native]") {
  Env e;
  makeNative(e, "add", nativeAdd);
  makeNative(e, "fail", nativeThrow);
  REQUIRE(e.run(callNativeScript("add", Value::integer(40), Value::integer(2), false)).asInt() == 42);
  REQUIRE(e.run(callNativeScript("fail", Value::integer(7), Value::integer(0), true)).asInt() == 7);
  REQUIRE_THROWS_AS(e.run(callNativeScript("fail", Value::integer(9), Value::integer(0), false)), ScriptThrow);
  REQUIRE(e.vm.exception.asInt() == 9);
  REQUIRE(e.vm.frames.empty());

  // apply(fib, 15): native re-enters the interpreter.
  makeNative(e, "apply", nativeApply);
  e.run(callGlobalScript("fib", fibFunction(), 1));
  auto f = fn("<script>");
  Builder b(*f);
  uint32_t c = b.allocReg(), base = b.allocRegs(3), r = b.allocReg();
  b.emit(Op::GetGlobal, {c, b.constStringUtf8("apply"), b.newCache()});
  b.emit(Op::LoadUndef, {base});
  b.emit(Op::GetGlobal, {base + 1, b.constStringUtf8("fib"), b.newCache()});
  b.emit(Op::LoadInt, {base + 2, 15});
  b.emit(Op::Call, {r, c, base, 2, b.newCache()});
  b.emit(Op::Return, {r});
  REQUIRE(e.run(std::move(f)).asInt() == 610);
}

TEST_CASE("unbounded recursion through natives hits a limit, not the C stack", "[interpreter][native]") {
  VMOptions o;
  o.maxCallDepth = 1000000;  // only the C-stack guard can stop it
  Env e(o);
  NativeFunction* n = makeNative(e, "rec", nativeRecurse);
  // script function: return rec()
  auto f = fn("viaScript");
  Builder b(*f);
  uint32_t c = b.allocReg(), base = b.allocReg(), r = b.allocReg();
  b.emit(Op::GetGlobal, {c, b.constStringUtf8("rec"), b.newCache()});
  b.emit(Op::LoadUndef, {base});
  b.emit(Op::Call, {r, c, base, 0, b.newCache()});
  b.emit(Op::Return, {r});
  n->data = e.closure(std::move(f));
  REQUIRE_THROWS_AS(e.vm.call(Value::cell(n), Value::undefined(), nullptr, 0), ScriptThrow);
  REQUIRE(e.errorText() == "RangeError: Maximum call stack size exceeded");
  REQUIRE(e.vm.frames.empty());
  REQUIRE(e.vm.nativeDepth == 0);
}

TEST_CASE("exceptions unwind across frames and environments", "[interpreter]") {
  Env e;
  // thrower(x) { PushEnv; throw x + 1 }
  auto thrower = fn("thrower", 1);
  {
    Builder b(*thrower);
    b.reserveRegs(1);
    uint32_t k = b.allocReg();
    b.emit(Op::PushEnv, {1, UINT32_MAX});
    b.emit(Op::LoadInt, {k, 1});
    b.emit(Op::Add, {k, 0, k, b.newCache()});
    b.emit(Op::Throw, {k});
  }
  // middle(x) { return thrower(x) }  (no handler)
  auto middle = fn("middle", 1);
  {
    Builder b(*middle);
    b.reserveRegs(1);
    uint32_t c = b.allocReg(), base = b.allocRegs(2), r = b.allocReg();
    b.emit(Op::GetGlobal, {c, b.constStringUtf8("thrower"), b.newCache()});
    b.emit(Op::LoadUndef, {base});
    b.emit(Op::Mov, {base + 1, 0});
    b.emit(Op::Call, {r, c, base, 1, b.newCache()});
    b.emit(Op::Return, {r});
  }
  // script: try { PushEnv; PushEnv; middle(41) } catch (e) { return e * 2 + envDepth check }
  auto top = fn("<script>");
  Builder b(*top);
  uint32_t c = b.allocReg(), base = b.allocRegs(2), r = b.allocReg(), exc = b.allocReg(), k = b.allocReg();
  top->functions.push_back(std::move(thrower));
  top->functions.push_back(std::move(middle));
  b.emit(Op::PushEnv, {1, UINT32_MAX});
  b.emit(Op::LoadInt, {k, 1000});
  b.emit(Op::InitEnv, {0, 0, k});
  b.emit(Op::MakeClosure, {c, 0});
  b.emit(Op::SetGlobal, {b.constStringUtf8("thrower"), c, b.newCache()});
  b.emit(Op::MakeClosure, {c, 1});
  uint32_t start = b.pc();
  b.emit(Op::PushEnv, {1, UINT32_MAX});
  b.emit(Op::PushEnv, {1, UINT32_MAX});
  b.emit(Op::LoadUndef, {base});
  b.emit(Op::LoadInt, {base + 1, 41});
  b.emit(Op::Call, {r, c, base, 1, b.newCache()});
  uint32_t end = b.pc();
  b.emit(Op::Return, {r});
  uint32_t h = b.pc();
  b.emit(Op::GetEnv, {k, 0, 0});  // the env pushed before the try: unwound to depth 1
  b.emit(Op::Add, {r, exc, k, b.newCache()});
  b.emit(Op::Return, {r});
  b.addHandler(start, end, h, exc, 1);
  REQUIRE(e.run(std::move(top)).asInt() == 1042);
  REQUIRE(e.vm.frames.empty());
}

TEST_CASE("closures capture environments", "[interpreter]") {
  Env e;
  // counter() { env[0] = 0; return () => ++env[0] }
  auto inc = fn("inc");
  {
    Builder b(*inc);
    uint32_t v = b.allocReg();
    b.emit(Op::GetEnvChecked, {v, 0, 0, b.constStringUtf8("count")});
    b.emit(Op::Inc, {v, v});
    b.emit(Op::SetEnv, {0, 0, v});
    b.emit(Op::Return, {v});
  }
  auto top = fn("<script>");
  Builder b(*top);
  uint32_t c = b.allocReg(), base = b.allocReg(), r = b.allocReg(), k = b.allocReg();
  top->functions.push_back(std::move(inc));
  b.emit(Op::PushEnv, {1, UINT32_MAX});
  b.emit(Op::LoadInt, {k, 10});
  b.emit(Op::InitEnv, {0, 0, k});
  b.emit(Op::MakeClosure, {c, 0});
  b.emit(Op::LoadUndef, {base});
  b.emit(Op::Call, {r, c, base, 0, b.newCache()});
  b.emit(Op::Call, {r, c, base, 0, b.newCache()});
  b.emit(Op::Call, {r, c, base, 0, b.newCache()});
  b.emit(Op::Return, {r});
  REQUIRE(e.run(std::move(top)).asInt() == 13);

  // TDZ: reading an uninitialised binding goes through the language's error.
  auto tdz = fn("<script>");
  Builder tb(*tdz);
  uint32_t v = tb.allocReg();
  tb.emit(Op::PushEnv, {1, UINT32_MAX});
  tb.emit(Op::GetEnvChecked, {v, 0, 0, tb.constStringUtf8("x")});
  tb.emit(Op::Return, {v});
  REQUIRE_THROWS_AS(e.run(std::move(tdz)), ScriptThrow);
  REQUIRE(e.errorText() == "ReferenceError: Cannot access 'x' before initialization");
}

TEST_CASE("calls: not callable, class constructors, construct", "[interpreter]") {
  Env e;
  // missing(): GetGlobalOrUndef then call -> "missing is not a function"
  auto top = fn("<script>");
  {
    Builder b(*top);
    uint32_t c = b.allocReg(), base = b.allocReg(), r = b.allocReg();
    b.emit(Op::GetGlobalOrUndef, {c, b.constStringUtf8("missing"), b.newCache()});
    b.emit(Op::LoadUndef, {base});
    b.emit(Op::Call, {r, c, base, 0, b.newCache()});
    b.emit(Op::Return, {r});
  }
  REQUIRE_THROWS_AS(e.run(std::move(top)), ScriptThrow);
  REQUIRE(e.errorText() == "TypeError: missing is not a function");

  // class Point { constructor(x) { this.x = x } }
  auto ctor = fn("Point", 1);
  ctor->isClassConstructor = true;
  {
    Builder b(*ctor);
    b.reserveRegs(1);
    uint32_t t = b.allocReg();
    b.emit(Op::LoadThis, {t});
    b.emit(Op::SetProp, {t, b.constStringUtf8("x"), 0, b.newCache()});
    b.emit(Op::ReturnUndef);
  }
  auto script = fn("<script>");
  Builder b(*script);
  uint32_t c = b.allocReg(), base = b.allocRegs(2), r = b.allocReg();
  script->functions.push_back(std::move(ctor));
  b.emit(Op::MakeClosure, {c, 0});
  b.emit(Op::SetGlobal, {b.constStringUtf8("Point"), c, b.newCache()});
  b.emit(Op::LoadInt, {base + 1, 5});
  b.emit(Op::New, {r, c, base, 1, b.newCache()});
  b.emit(Op::GetProp, {r, r, b.constStringUtf8("x"), b.newCache()});
  b.emit(Op::Return, {r});
  REQUIRE(e.run(std::move(script)).asInt() == 5);
  REQUIRE_THROWS_AS(e.vm.call(e.global("Point"), Value::undefined(), nullptr, 0), ScriptThrow);
  REQUIRE(e.errorText() == "TypeError: Class constructor Point cannot be invoked without 'new'");
  Value five = Value::integer(5);
  Value obj = e.vm.construct(e.global("Point"), &five, 1, Value::undefined());
  REQUIRE(isObject(obj));
}

TEST_CASE("captureStack reports every frame with its line", "[interpreter]") {
  Env e;
  makeNative(e, "stack", nativeStack);
  auto inner = fn("inner");
  {
    Builder b(*inner);
    uint32_t c = b.allocReg(), base = b.allocReg(), r = b.allocReg();
    b.setPosition(3, 5);
    b.emit(Op::GetGlobal, {c, b.constStringUtf8("stack"), b.newCache()});
    b.emit(Op::LoadUndef, {base});
    b.setPosition(4, 5);
    b.emit(Op::Call, {r, c, base, 0, b.newCache()});
    b.emit(Op::Return, {r});
  }
  auto top = fn("main");
  Builder b(*top);
  uint32_t c = b.allocReg(), base = b.allocReg(), r = b.allocReg();
  top->functions.push_back(std::move(inner));
  b.setPosition(1, 1);
  b.emit(Op::MakeClosure, {c, 0});
  b.emit(Op::LoadUndef, {base});
  b.setPosition(9, 1);
  b.emit(Op::Call, {r, c, base, 0, b.newCache()});
  b.emit(Op::Return, {r});
  Value r2 = e.run(std::move(top));
  REQUIRE(asString(r2)->toUtf8() == "inner:4;main:9;");
}

namespace {
// gen(a) { try { x = yield a; } catch (err) { yield err + 100 } return 7 }
std::unique_ptr<ir::Function> generatorFunction() {
  auto g = fn("gen", 1);
  g->isGenerator = true;
  Builder b(*g);
  b.reserveRegs(1);
  uint32_t x = b.allocReg(), exc = b.allocReg(), k = b.allocReg(), m = b.allocReg();
  uint32_t start = b.pc();
  b.emit(Op::Yield, {x, 0});
  uint32_t end = b.pc();
  b.emit(Op::ResumeMode, {m});
  b.emit(Op::LoadInt, {k, 2});
  Builder::Label notReturn;
  b.emit(Op::StrictNe, {k, m, k});
  b.emitJump(Op::JumpIfTrue, {k}, notReturn);
  b.emit(Op::Return, {x});  // return completion inside a try: the compiler's ResumeMode check
  b.bind(notReturn);
  b.emit(Op::Yield, {x, x});
  b.emit(Op::LoadInt, {k, 7});
  b.emit(Op::Return, {k});
  uint32_t h = b.pc();
  b.emit(Op::LoadInt, {k, 100});
  b.emit(Op::Add, {k, exc, k, b.newCache()});
  b.emit(Op::Yield, {x, k});
  b.emit(Op::LoadInt, {k, 7});
  b.emit(Op::Return, {k});
  b.addHandler(start, end, h, exc, 0);
  return g;
}
}  // namespace

TEST_CASE("generators suspend, resume, throw and return", "[interpreter][generator]") {
  Env e;
  Value genFn = e.closure(generatorFunction());
  Rooted root(e.vm, genFn);
  Value arg = Value::integer(1);

  // next, next(5) -> yields 5 back, next -> returns 7
  Value g = e.vm.call(genFn, Value::undefined(), &arg, 1);
  REQUIRE(isKind(g, CellKind::Generator));
  Rooted gr(e.vm, g);
  auto* gen = static_cast<GeneratorObject*>(g.asCell());
  bool done = true;
  REQUIRE(e.vm.resume(gen, Value::undefined(), ResumeMode::Next, &done).asInt() == 1);
  REQUIRE(!done);
  REQUIRE(e.vm.resume(gen, Value::integer(5), ResumeMode::Next, &done).asInt() == 5);
  REQUIRE(!done);
  REQUIRE(e.vm.resume(gen, Value::undefined(), ResumeMode::Next, &done).asInt() == 7);
  REQUIRE(done);
  REQUIRE(e.vm.resume(gen, Value::undefined(), ResumeMode::Next, &done).isUndefined());
  REQUIRE(done);

  // throw at the first yield: caught inside, yields err + 100
  g = e.vm.call(genFn, Value::undefined(), &arg, 1);
  gr = g;
  gen = static_cast<GeneratorObject*>(g.asCell());
  e.vm.resume(gen, Value::undefined(), ResumeMode::Next, &done);
  REQUIRE(e.vm.resume(gen, Value::integer(1), ResumeMode::Throw, &done).asInt() == 101);
  REQUIRE(!done);
  // throw at the second yield (no handler): escapes, generator completed
  REQUIRE_THROWS_AS(e.vm.resume(gen, Value::integer(3), ResumeMode::Throw, &done), ScriptThrow);
  REQUIRE(e.vm.exception.asInt() == 3);
  REQUIRE(gen->state == GeneratorObject::State::Completed);
  REQUIRE(e.vm.frames.empty());

  // return at the first yield (inside the try): the ResumeMode check returns the sent value
  g = e.vm.call(genFn, Value::undefined(), &arg, 1);
  gr = g;
  gen = static_cast<GeneratorObject*>(g.asCell());
  e.vm.resume(gen, Value::undefined(), ResumeMode::Next, &done);
  REQUIRE(e.vm.resume(gen, Value::integer(42), ResumeMode::Return, &done).asInt() == 42);
  REQUIRE(done);
  // return before start, and at a yield outside any try
  g = e.vm.call(genFn, Value::undefined(), &arg, 1);
  gr = g;
  gen = static_cast<GeneratorObject*>(g.asCell());
  REQUIRE(e.vm.resume(gen, Value::integer(8), ResumeMode::Return, &done).asInt() == 8);
  REQUIRE(done);
  g = e.vm.call(genFn, Value::undefined(), &arg, 1);
  gr = g;
  gen = static_cast<GeneratorObject*>(g.asCell());
  e.vm.resume(gen, Value::undefined(), ResumeMode::Next, &done);
  e.vm.resume(gen, Value::integer(2), ResumeMode::Next, &done);  // now at the second yield
  REQUIRE(e.vm.resume(gen, Value::integer(9), ResumeMode::Return, &done).asInt() == 9);
  REQUIRE(done);
  REQUIRE(gen->state == GeneratorObject::State::Completed);
}

TEST_CASE("heap exhaustion becomes the language's error", "[interpreter][gc]") {
  VMOptions o;
  o.maxHeapBytes = 4 << 20;
  Env e(o);
  e.vm.heap.setStress(false);  // filling 4 MiB with a collection per allocation is quadratic
  // Build an ever-growing linked list: o = {next: o}
  auto f = fn("<script>");
  Builder b(*f);
  uint32_t head = b.allocReg(), o2 = b.allocReg(), exc = b.allocReg();
  uint32_t next = b.constStringUtf8("next");
  b.emit(Op::LoadNull, {head});
  Builder::Label loop;
  uint32_t start = b.pc();
  b.bind(loop);
  b.emit(Op::NewObject, {o2});
  b.emit(Op::SetProp, {o2, next, head, b.newCache()});
  b.emit(Op::Mov, {head, o2});
  b.emitJump(Op::Jump, {}, loop);
  uint32_t end = b.pc();
  b.emit(Op::LoadNull, {head});  // drop the list
  b.emit(Op::Return, {exc});
  b.addHandler(start, end, end, exc, 0);
  Value r = e.run(std::move(f));
  REQUIRE(isString(r));
  REQUIRE(asString(r)->toUtf8() == "RangeError: Out of memory");
}
