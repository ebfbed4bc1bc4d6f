// Unit tests of the shared IR: builder (labels, constants, positions), verifier, disassembler.
#include <catch.hpp>
#include "shared-ir/builder.h"

using namespace ir;

namespace {
// sum(n): s = 0; for (i = 0; i < n; i++) s += i; return s
void buildSum(Function& f) {
  f.name = "sum";
  f.numParams = 1;
  Builder b(f);
  b.reserveRegs(1);
  uint32_t s = b.allocReg(), i = b.allocReg(), t = b.allocReg();
  b.setPosition(1, 1);
  b.emit(Op::LoadInt, {s, 0});
  b.emit(Op::LoadInt, {i, 0});
  Builder::Label head, exit;
  b.bind(head);
  b.emit(Op::LoopHeader);
  b.setPosition(2, 5);
  b.emit(Op::Lt, {t, i, 0});
  b.emitJump(Op::JumpIfFalse, {t}, exit);
  b.emit(Op::Add, {s, s, i, b.newCache()});
  b.emit(Op::Inc, {i, i});
  b.emitJump(Op::Jump, {}, head);
  b.bind(exit);
  b.emit(Op::Return, {s});
}
}  // namespace

TEST_CASE("builder emits instructions and patches forward and backward jumps", "[ir]") {
  Function f;
  buildSum(f);
  REQUIRE(verify(f) == "");
  REQUIRE(f.numRegs == 4);
  REQUIRE(f.numCaches == 1);
  // Find the JumpIfFalse and check it targets the Return.
  uint32_t pc = 0, jif = 0, ret = 0, jmp = 0, head = 0;
  while (pc < f.code.size()) {
    Op op = Op(f.code[pc]);
    if (op == Op::JumpIfFalse) jif = pc;
    if (op == Op::Return) ret = pc;
    if (op == Op::Jump) jmp = pc;
    if (op == Op::LoopHeader) head = pc;
    pc += opLength(op);
  }
  REQUIRE(f.code[jif + 2] == ret);
  REQUIRE(f.code[jmp + 1] == head);
  REQUIRE(f.lines.size() == 2);
  REQUIRE(f.lines[0].pc == 0);
  REQUIRE(f.lines[1].line == 2);
}

TEST_CASE("builder checks operand counts and de-duplicates constants", "[ir]") {
  Function f;
  Builder b(f);
  REQUIRE_THROWS(b.emit(Op::Mov, {0}));
  REQUIRE_THROWS(b.emit(Op::Jump, {0}));  // jumps go through emitJump
  Builder::Label l;
  REQUIRE_THROWS(b.emitJump(Op::Mov, {0}, l));
  uint32_t a = b.constNumber(1.5), c = b.constNumber(1.5), z = b.constNumber(0.0), nz = b.constNumber(-0.0);
  REQUIRE(a == c);
  REQUIRE(z != nz);
  uint32_t s1 = b.constStringUtf8("foo"), s2 = b.constString(u"foo"), s3 = b.constStringUtf8("h\xC3\xA9");
  REQUIRE(s1 == s2);
  REQUIRE(std::get<std::u16string>(f.constants[s3]) == u"h\u00e9");
  REQUIRE(b.constPyString(U"x") == b.constPyString(U"x"));
}

TEST_CASE("verifier rejects malformed functions", "[ir]") {
  SECTION("register out of range") {
    Function f;
    Builder b(f);
    b.reserveRegs(1);
    b.emit(Op::Mov, {0, 5});
    b.emit(Op::ReturnUndef);
    REQUIRE(verify(f).find("register r5") != std::string::npos);
  }
  SECTION("jump into the middle of an instruction") {
    Function f;
    Builder b(f);
    b.reserveRegs(1);
    b.emit(Op::LoadInt, {0, 1});
    f.code.push_back(uint32_t(Op::Jump));
    f.code.push_back(1);
    REQUIRE(verify(f).find("jump target") != std::string::npos);
  }
  SECTION("missing terminator") {
    Function f;
    Builder b(f);
    b.reserveRegs(1);
    b.emit(Op::LoadInt, {0, 1});
    REQUIRE(verify(f).find("terminator") != std::string::npos);
  }
  SECTION("name operand must be a string") {
    Function f;
    Builder b(f);
    b.reserveRegs(1);
    uint32_t k = b.constNumber(3);
    b.emit(Op::GetGlobal, {0, k, b.newCache()});
    b.emit(Op::Return, {0});
    REQUIRE(verify(f).find("not a string") != std::string::npos);
  }
  SECTION("cache and nested function indices") {
    Function f;
    Builder b(f);
    b.reserveRegs(1);
    b.emit(Op::MakeClosure, {0, 0});
    b.emit(Op::Return, {0});
    REQUIRE(verify(f).find("function 0") != std::string::npos);
    Function g;
    Builder gb(g);
    gb.reserveRegs(3);
    uint32_t name = gb.constStringUtf8("x");
    g.code = {uint32_t(Op::GetProp), 0, 1, name, 7, uint32_t(Op::Return), 0};
    REQUIRE(verify(g).find("cache 7") != std::string::npos);
  }
  SECTION("call window and handler range") {
    Function f;
    Builder b(f);
    b.reserveRegs(3);
    b.emit(Op::Call, {0, 1, 2, 4, b.newCache()});
    b.emit(Op::Return, {0});
    REQUIRE(verify(f).find("argument window") != std::string::npos);
    Function g;
    Builder gb(g);
    gb.reserveRegs(1);
    gb.emit(Op::LoadInt, {0, 1});
    gb.emit(Op::Return, {0});
    gb.addHandler(0, 3, 1, 0, 0);  // target inside LoadInt
    REQUIRE(verify(g).find("handler 0") != std::string::npos);
  }
  SECTION("nested function errors name the path") {
    Function f;
    f.name = "outer";
    Builder b(f);
    b.reserveRegs(1);
    auto inner = std::make_unique<Function>();
    inner->name = "inner";
    inner->code = {uint32_t(Op::Nop)};
    f.functions.push_back(std::move(inner));
    b.emit(Op::MakeClosure, {0, 0});
    b.emit(Op::Return, {0});
    std::string e = verify(f);
    REQUIRE(e.find("outer/inner") != std::string::npos);
  }
}

TEST_CASE("disassembler shows operands, constants, jumps and nested functions", "[ir]") {
  Function f;
  f.name = "main";
  f.strict = true;
  Builder b(f);
  b.reserveRegs(3);
  uint32_t foo = b.constStringUtf8("foo");
  uint32_t half = b.constNumber(0.5);
  b.emit(Op::GetProp, {2, 1, foo, b.newCache()});
  b.emit(Op::LoadK, {0, half});
  Builder::Label end;
  b.emitJump(Op::JumpIfTrue, {0}, end);
  auto inner = std::make_unique<Function>();
  inner->name = "helper";
  {
    Builder ib(*inner);
    ib.emit(Op::ReturnUndef);
  }
  f.functions.push_back(std::move(inner));
  b.emit(Op::MakeClosure, {1, 0});
  b.bind(end);
  b.emit(Op::Return, {2});
  b.addHandler(0, 5, 14, 0, 0);
  REQUIRE(verify(f) == "");
  std::string text = disassemble(f);
  INFO(text);
  REQUIRE(text.find("function main") != std::string::npos);
  REQUIRE(text.find("strict") != std::string::npos);
  REQUIRE(text.find("0000  GetProp r2, r1, \"foo\", ic0") != std::string::npos);
  REQUIRE(text.find("LoadK r0, 0.5") != std::string::npos);
  REQUIRE(text.find("JumpIfTrue r0, -> 0014") != std::string::npos);
  REQUIRE(text.find("MakeClosure r1, fn0<helper>") != std::string::npos);
  REQUIRE(text.find("handlers:") != std::string::npos);
  REQUIRE(text.find("function helper") != std::string::npos);
  REQUIRE(disassemble(f, false).find("function helper") == std::string::npos);
}
