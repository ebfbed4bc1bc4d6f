// Verifier: structural checks of an ir::Function so a frontend's output is testable without
// running it, and so the interpreter can trust operand ranges.
#include <string>
#include <vector>
#include "shared-ir/ir.h"

namespace ir {

namespace {

bool isStringConstant(const Constant& c) {
  return std::holds_alternative<std::u16string>(c) || std::holds_alternative<std::u32string>(c);
}

std::string at(uint32_t pc) { return "at " + std::to_string(pc) + ": "; }

std::string verifyOne(const Function& f) {
  if (f.numParams > f.numRegs) return "numParams > numRegs";
  const uint32_t n = uint32_t(f.code.size());
  if (n == 0) return "empty code";
  std::vector<bool> boundary(n + 1, false);
  uint32_t lastPc = 0;
  // Pass 1: decode, mark instruction boundaries, check every operand but jump targets.
  for (uint32_t pc = 0; pc < n;) {
    boundary[pc] = true;
    lastPc = pc;
    uint32_t word = f.code[pc];
    if (word >= uint32_t(Op::Count_)) return at(pc) + "bad opcode " + std::to_string(word);
    Op op = Op(word);
    const OpInfo& info = opInfo(op);
    uint32_t len = opLength(op);
    if (pc + len > n) return at(pc) + info.name + " truncated";
    for (uint32_t i = 1; i < len; i++) {
      uint32_t v = f.code[pc + i];
      char kind = info.format[i - 1];
      std::string where = at(pc) + info.name + " operand " + std::to_string(i) + ": ";
      switch (kind) {
        case 'R':
          if (v >= f.numRegs) return where + "register r" + std::to_string(v) + " >= numRegs " + std::to_string(f.numRegs);
          break;
        case 'K':
          if (v == UINT32_MAX && op == Op::PushEnv) break;  // no scope info
          if (v >= f.constants.size()) return where + "constant " + std::to_string(v) + " out of range";
          break;
        case 'N':
          if (v >= f.constants.size()) return where + "name constant " + std::to_string(v) + " out of range";
          if (!isStringConstant(f.constants[v])) return where + "name constant is not a string";
          break;
        case 'C':
          if (v >= f.numCaches) return where + "cache " + std::to_string(v) + " >= numCaches";
          break;
        case 'F':
          if (v >= f.functions.size() || !f.functions[v]) return where + "function " + std::to_string(v) + " out of range";
          break;
        default: break;
      }
    }
    // Register windows of calls: base .. base+argc must be in the frame.
    auto window = [&](uint32_t base, uint32_t argc) -> std::string {
      if (uint64_t(base) + argc >= f.numRegs) return at(pc) + info.name + ": argument window r" +
                                                      std::to_string(base) + "+" + std::to_string(argc) + " exceeds frame";
      return "";
    };
    std::string w;
    switch (op) {
      case Op::Call: case Op::New: case Op::CallMethod: w = window(f.code[pc + 3], f.code[pc + 4]); break;
      case Op::Eval: w = window(f.code[pc + 3], f.code[pc + 4]); break;
      case Op::SuperCall: w = window(f.code[pc + 2], f.code[pc + 3]); break;
      case Op::NewRegExp:
        if (!isStringConstant(f.constants[f.code[pc + 2]]) || !isStringConstant(f.constants[f.code[pc + 3]]))
          return at(pc) + "NewRegExp operands must be string constants";
        break;
      case Op::TemplateObject:
        if (!std::holds_alternative<TemplateStrings>(f.constants[f.code[pc + 2]]))
          return at(pc) + "TemplateObject operand must be a TemplateStrings constant";
        break;
      case Op::PushEnv: {
        uint32_t k = f.code[pc + 2];
        if (k != UINT32_MAX && !std::holds_alternative<ScopeInfo>(f.constants[k]))
          return at(pc) + "PushEnv operand must be a ScopeInfo constant";
        break;
      }
      case Op::ThrowError:
        if (f.code[pc + 1] > 3) return at(pc) + "ThrowError kind out of range";
        break;
      default: break;
    }
    if (!w.empty()) return w;
    pc += len;
  }
  boundary[n] = false;
  // Pass 2: jump targets land on instruction boundaries.
  for (uint32_t pc = 0; pc < n;) {
    Op op = Op(f.code[pc]);
    const OpInfo& info = opInfo(op);
    uint32_t len = opLength(op);
    for (uint32_t i = 1; i < len; i++) {
      if (info.format[i - 1] != 'J') continue;
      uint32_t t = f.code[pc + i];
      if (t >= n || !boundary[t])
        return at(pc) + info.name + ": jump target " + std::to_string(t) + " is not an instruction";
    }
    pc += len;
  }
  Op last = Op(f.code[lastPc]);
  if (last != Op::Return && last != Op::ReturnUndef && last != Op::Throw && last != Op::Jump &&
      last != Op::ThrowError && last != Op::ThrowConstAssign)
    return std::string("last instruction ") + opInfo(last).name + " is not a terminator";
  for (size_t i = 0; i < f.handlers.size(); i++) {
    const Handler& h = f.handlers[i];
    std::string where = "handler " + std::to_string(i) + ": ";
    if (h.start >= h.end || h.end > n) return where + "bad range";
    if (!boundary[h.start]) return where + "start is not an instruction";
    if (h.handler >= n || !boundary[h.handler]) return where + "target is not an instruction";
    if (h.exceptionReg >= f.numRegs) return where + "exception register out of range";
  }
  for (size_t i = 1; i < f.lines.size(); i++)
    if (f.lines[i].pc < f.lines[i - 1].pc) return "line table not sorted by pc";
  return "";
}

std::string verifyRec(const Function& f, const std::string& path) {
  std::string name = path.empty() ? (f.name.empty() ? "<anonymous>" : f.name) : path;
  std::string err = verifyOne(f);
  if (!err.empty()) return name + ": " + err;
  for (size_t i = 0; i < f.functions.size(); i++) {
    if (!f.functions[i]) continue;
    const Function& c = *f.functions[i];
    if (c.language != f.language) return name + ": nested function " + std::to_string(i) + " has another language";
    err = verifyRec(c, name + "/" + (c.name.empty() ? "fn" + std::to_string(i) : c.name));
    if (!err.empty()) return err;
  }
  return "";
}

}  // namespace

std::string verify(const Function& f) { return verifyRec(f, ""); }

}  // namespace ir
