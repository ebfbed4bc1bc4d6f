// Builder: how frontends emit bytecode — registers, labels with back-patching, constants with
// de-duplication, cache slots, handler ranges and source positions.
#pragma once
#include <algorithm>
#include <map>
#include <string>
#include "shared-ir/ir.h"

namespace ir {

class Builder {
 public:
  explicit Builder(Function& f) : f_(f) {}

  struct Label { int32_t pos = -1; std::vector<uint32_t> fixups; };

  // Emit an instruction; operands in opcodes.def order. For J operands pass a Label* through
  // emitJump/emitBranch instead. For C operands pass newCache().
  void emit(Op op, std::initializer_list<uint32_t> operands = {});
  void emitJump(Op op, std::initializer_list<uint32_t> operandsBeforeTarget, Label& target);
  void bind(Label& l);            // the label now points here; pending jumps are patched
  uint32_t pc() const { return uint32_t(f_.code.size()); }

  uint32_t newCache() { return f_.numCaches++; }
  uint32_t allocReg() { uint32_t r = nextReg_++; if (nextReg_ > f_.numRegs) f_.numRegs = nextReg_; return r; }
  uint32_t allocRegs(uint32_t n) { uint32_t r = nextReg_; nextReg_ += n; if (nextReg_ > f_.numRegs) f_.numRegs = nextReg_; return r; }
  void freeRegsTo(uint32_t mark) { nextReg_ = mark; }  // stack discipline for temporaries
  uint32_t regMark() const { return nextReg_; }
  void reserveRegs(uint32_t n) { nextReg_ = std::max(nextReg_, n); if (n > f_.numRegs) f_.numRegs = n; }

  uint32_t constNumber(double d);
  uint32_t constString(const std::u16string& s);   // JS text
  uint32_t constStringUtf8(const std::string& s);  // names: stored as UTF-16
  uint32_t constPyString(const std::u32string& s); // Python text
  uint32_t constOther(Constant c) { f_.constants.push_back(std::move(c)); return uint32_t(f_.constants.size() - 1); }

  void setPosition(uint32_t line, uint32_t column);  // applies to instructions emitted next
  void addHandler(uint32_t start, uint32_t end, uint32_t handler, uint32_t excReg, uint32_t envDepth) {
    f_.handlers.push_back({start, end, handler, excReg, envDepth});
  }
  Function& function() { return f_; }

 private:
  Function& f_;
  uint32_t nextReg_ = 0;
  std::map<uint64_t, uint32_t> numberConsts_;
  std::map<std::u16string, uint32_t> stringConsts_;
  std::map<std::u32string, uint32_t> pyStringConsts_;
  uint32_t curLine_ = 0, curCol_ = 0;
};

}  // namespace ir
