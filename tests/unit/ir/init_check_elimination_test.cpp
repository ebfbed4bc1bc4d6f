// Unit tests of InitCheckElimination (shared-ir/init_check_elimination.cpp): which CheckInit
// guards go, which must stay, and that jumps, handlers and lines are renumbered.
#include <catch.hpp>
#include <vector>
#include "shared-ir/builder.h"

using namespace ir;

namespace {
// pcs of every instruction with this opcode.
std::vector<uint32_t> find(const Function& f, Op op) {
  std::vector<uint32_t> out;
  for (uint32_t pc = 0; pc < f.code.size(); pc += opLength(Op(f.code[pc])))
    if (Op(f.code[pc]) == op) out.push_back(pc);
  return out;
}
}  // namespace

TEST_CASE("a guard after an assignment on every path is removed, jumps renumbered", "[ir]") {
  // x = uninit; x = 1; loop { check x; x = x + 1; if (x) jump loop } ; check x; return x
  Function f;
  f.numParams = 0;
  Builder b(f);
  uint32_t x = b.allocReg(), t = b.allocReg();
  uint32_t name = b.constStringUtf8("x");
  b.emit(Op::LoadUninit, {x});
  b.setPosition(1, 1);
  b.emit(Op::LoadInt, {x, 1});
  Builder::Label head;
  b.bind(head);
  b.setPosition(2, 1);
  b.emit(Op::CheckInit, {x, name});
  b.setPosition(3, 1);
  b.emit(Op::Add, {x, x, x, b.newCache()});
  b.emit(Op::Lt, {t, x, x});
  b.emitJump(Op::JumpIfTrue, {t}, head);
  b.emit(Op::CheckInit, {x, name});
  b.emit(Op::Return, {x});
  REQUIRE(verify(f) == "");
  eliminateInitChecks(f);
  REQUIRE(verify(f) == "");
  REQUIRE(find(f, Op::CheckInit).empty());
  // The back edge now targets the Add (the removed guard's successor).
  uint32_t jit = find(f, Op::JumpIfTrue).at(0);
  REQUIRE(f.code[jit + 2] == find(f, Op::Add).at(0));
  // Line 2 named the removed guard; the Add is still on line 3.
  bool line3AtAdd = false;
  for (const LinePos& p : f.lines) line3AtAdd |= p.pc == find(f, Op::Add).at(0) && p.line == 3;
  REQUIRE(line3AtAdd);
}

TEST_CASE("a guard reachable from an unassigned path stays", "[ir]") {
  // x = uninit; if (t) x = 1; check x   (CPython: UnboundLocalError when t is false)
  Function f;
  f.numParams = 1;
  Builder b(f);
  b.reserveRegs(1);
  uint32_t x = b.allocReg();
  uint32_t name = b.constStringUtf8("x");
  b.emit(Op::LoadUninit, {x});
  Builder::Label skip;
  b.emitJump(Op::JumpIfFalse, {0}, skip);
  b.emit(Op::LoadInt, {x, 1});
  b.bind(skip);
  b.emit(Op::CheckInit, {x, name});
  b.emit(Op::Return, {x});
  eliminateInitChecks(f);
  REQUIRE(verify(f) == "");
  REQUIRE(find(f, Op::CheckInit).size() == 1);
}

TEST_CASE("del inside a loop and copies through Mov keep their guards", "[ir]") {
  // x = 1; loop { check x; y = x; x = uninit (del x); check y; if (p) jump loop }
  Function f;
  f.numParams = 1;
  Builder b(f);
  b.reserveRegs(1);
  uint32_t x = b.allocReg(), y = b.allocReg();
  uint32_t nx = b.constStringUtf8("x"), ny = b.constStringUtf8("y");
  b.emit(Op::LoadInt, {x, 1});
  Builder::Label head;
  b.bind(head);
  b.emit(Op::CheckInit, {x, nx});     // stays: the back edge brings x deleted
  b.emit(Op::Mov, {y, x});
  b.emit(Op::LoadUninit, {x});
  b.emit(Op::CheckInit, {y, ny});     // goes: y is a copy of x right after x's guard
  b.emitJump(Op::JumpIfTrue, {0}, head);
  b.emit(Op::ReturnUndef);
  eliminateInitChecks(f);
  REQUIRE(verify(f) == "");
  auto checks = find(f, Op::CheckInit);
  REQUIRE(checks.size() == 1);
  REQUIRE(f.code[checks[0] + 1] == x);
}

TEST_CASE("a handler starts from the union of its try range's states", "[ir]") {
  // try { x = uninit ... x = 1; call } except e: check x   -> stays (x may be unassigned
  // when the call... or anything before it raises); after the try, x is assigned: guard goes.
  Function f;
  f.numParams = 1;
  Builder b(f);
  b.reserveRegs(1);
  uint32_t x = b.allocReg(), e = b.allocReg(), t = b.allocReg();
  uint32_t nx = b.constStringUtf8("x");
  b.emit(Op::LoadUninit, {x});
  uint32_t start = b.pc();
  b.emit(Op::Call, {t, 0, t, 0, b.newCache()});
  b.emit(Op::LoadInt, {x, 1});
  uint32_t end = b.pc();
  Builder::Label after;
  b.emitJump(Op::Jump, {}, after);
  uint32_t handler = b.pc();
  b.emit(Op::CheckInit, {x, nx});
  b.emit(Op::CheckInit, {e, nx});     // the exception register is written by the unwinder
  b.emit(Op::ReturnUndef);
  b.bind(after);
  b.emit(Op::CheckInit, {x, nx});
  b.emit(Op::Return, {x});
  b.addHandler(start, end, handler, e, 0);
  REQUIRE(verify(f) == "");
  eliminateInitChecks(f);
  REQUIRE(verify(f) == "");
  auto checks = find(f, Op::CheckInit);
  REQUIRE(checks.size() == 1);
  REQUIRE(f.code[checks[0] + 1] == x);
  REQUIRE(f.handlers[0].handler == checks[0]);
  REQUIRE(f.handlers[0].start == start);
}
