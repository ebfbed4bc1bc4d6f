// tests/unit/py_runtime/containers.cpp — the container types of runtime/python/containers.h:
// the set table reproduces CPython's slot order, hashes (tuple, frozenset) and reprs match
// CPython 3.11 (the expected strings and numbers were printed by python3.11).
#include <catch.hpp>
#include "runtime/python/containers.h"

using namespace dualvm;
using namespace dualvm::py;

namespace {
struct Py {
  VM vm;
  PyLanguage* L;
  Py() {
    L = new PyLanguage(vm);
    vm.adoptLanguage(ir::Language::Python, L);
    L->init(vm);
  }
  Value set(std::initializer_list<Value> items) {
    Rooted s(vm, newSet(*L, L->t.set));
    for (Value v : items) setAdd(*L, s, v);
    return s;
  }
  std::string repr(Value v) { return L->repr(v); }
};
Value I(int64_t i) { return Value::fromInt64(i); }
}  // namespace

TEST_CASE("sets iterate in CPython's slot order", "[py_runtime][containers]") {
  Py py;
  CHECK(py.repr(py.set({I(10), I(5), I(100), I(8)})) == "{8, 10, 100, 5}");
  CHECK(py.repr(py.set({I(3), I(1)})) == "{1, 3}");
  Rooted s(py.vm, newSet(*py.L, py.L->t.set));
  for (int i = 0; i < 20; i++) setAdd(*py.L, s, I(i));
  for (int i = 0; i < 20; i += 3) {
    Value k = I(i);
    Value r = py.L->callMethod(s, "discard", &k, 1);
    CHECK(r.isNull());
  }
  setAdd(*py.L, s, I(100));
  setAdd(*py.L, s, I(33));
  CHECK(py.repr(s) == "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 33, 100}");
  CHECK(setHas(*py.L, s, I(33)));
  CHECK(!setHas(*py.L, s, I(3)));
  CHECK(containerLen(*py.L, s) == 15);
}

TEST_CASE("set algebra keeps CPython's result order", "[py_runtime][containers]") {
  Py py;
  Rooted a(py.vm, py.set({I(1), I(2), I(3)}));
  Rooted b(py.vm, py.set({I(3), I(4), I(100)}));
  CHECK(py.repr(containerBinary(*py.L, BinaryOp::BitXor, a, b)) == "{1, 2, 100, 4}");
  Rooted c(py.vm, py.set({I(5), I(6), I(7), I(8), I(9)}));
  Rooted d(py.vm, py.set({I(9), I(8), I(1)}));
  CHECK(py.repr(containerBinary(*py.L, BinaryOp::BitAnd, c, d)) == "{8, 9}");
  CHECK(containerBinary(*py.L, BinaryOp::Add, a, b) == py.L->notImplemented);
  CHECK(containerCompare(*py.L, CompareOp::Lt, py.set({I(1)}), a).asBool());
  CHECK(!containerCompare(*py.L, CompareOp::Lt, a, a).asBool());
}

TEST_CASE("hashes match CPython", "[py_runtime][containers]") {
  Py py;
  Value pair[2] = {I(1), I(2)};
  Rooted t(py.vm, py.L->newTuple(pair, 2));
  CHECK(py.L->hash(t) == -3550055125485641917LL);
  Rooted empty(py.vm, py.L->newTuple(nullptr, 0));
  CHECK(py.L->hash(empty) == 5740354900026072187LL);
  Rooted f(py.vm, newSet(*py.L, py.L->t.frozenset));
  CHECK(py.L->hash(f) == 133146708735736LL);
  for (int i = 1; i <= 3; i++) setAdd(*py.L, f, I(i));
  CHECK(py.L->hash(f) == -272375401224217160LL);
  Rooted s(py.vm, py.set({I(1)}));
  CHECK_THROWS_AS(py.L->hash(s), ScriptThrow);
}

TEST_CASE("bytes repr and operations", "[py_runtime][containers]") {
  Py py;
  CHECK(py.repr(newBytes(*py.L, std::string("\0'\"", 3))) == "b'\\x00\\'\"'");
  CHECK(py.repr(newBytes(*py.L, "it's")) == "b\"it's\"");
  CHECK(py.repr(newBytes(*py.L, "ab", true)) == "bytearray(b'ab')");
  Rooted x(py.vm, newBytes(*py.L, "ab"));
  Rooted y(py.vm, newBytes(*py.L, "cd", true));
  CHECK(py.repr(containerBinary(*py.L, BinaryOp::Add, x, y)) == "b'abcd'");
  CHECK(py.repr(containerBinary(*py.L, BinaryOp::Mul, x, I(3))) == "b'ababab'");
  CHECK(containerContains(*py.L, x, I('b')));
  CHECK(containerGetItem(*py.L, x, I(-1)).asInt() == 'b');
}
