// InitCheckElimination: removes CheckInit instructions that can never fire.
//
// Frontends emit `CheckInit r, name` before every read of a variable that may still hold the
// uninitialised marker (Python locals before assignment or after `del`: UnboundLocalError; JS
// let/const in their temporal dead zone: ReferenceError). Most such reads follow an assignment on
// every path — `x = 1; for ...: x = x * 31 + i` — and the check is pure dispatch overhead, in
// the hottest loops. This pass is a forward "may be uninitialised" dataflow over the bytecode,
// language-neutral, run by each frontend on every function it compiles (CPython 3.12 does the
// same analysis to choose LOAD_FAST over LOAD_FAST_CHECK).
//
// The uninitialised marker enters a register only through LoadUninit, is copied by Mov, and may
// come out of an environment slot through GetEnv; every other instruction that writes a register
// writes a real value (kWritesDst lists the ones whose first operand is such a destination;
// instructions not listed leave the state as it is, which is safe). A CheckInit that falls
// through leaves its register initialised. An exception may leave from any instruction of a try
// range, so a handler starts from the union of the states inside its range.
//
// Removed instructions are compacted away: jump targets, handler ranges, the line table and the
// callee-text table are renumbered. A jump to a removed check lands on the next instruction.
#include <algorithm>
#include <cstdint>
#include <vector>
#include "shared-ir/ir.h"

namespace ir {

namespace {

// Opcodes whose first operand is a register they always write with a real value.
bool writesDst(Op op) {
  switch (op) {
    case Op::LoadK: case Op::LoadInt: case Op::LoadUndef: case Op::LoadNull: case Op::LoadTrue:
    case Op::LoadFalse: case Op::LoadThis: case Op::LoadCallee: case Op::LoadNewTarget:
    case Op::LoadArguments: case Op::LoadRest: case Op::GetEnvChecked: case Op::GetGlobal:
    case Op::GetGlobalOrUndef: case Op::GetName: case Op::TypeOfName: case Op::GetProp:
    case Op::GetElem: case Op::DeleteName: case Op::DelProp: case Op::DelElem: case Op::In:
    case Op::InstanceOf: case Op::TypeOf: case Op::GetSuper: case Op::GetPrivate:
    case Op::HasPrivate: case Op::LoadHomeObject: case Op::GetSuperFrom: case Op::NewObject:
    case Op::NewArray: case Op::NewRegExp: case Op::MakeClosure: case Op::MakeClass:
    case Op::TemplateObject: case Op::Add: case Op::Sub: case Op::Mul: case Op::Div: case Op::Mod:
    case Op::Pow: case Op::BitAnd: case Op::BitOr: case Op::BitXor: case Op::Shl: case Op::Shr:
    case Op::UShr: case Op::Neg: case Op::Plus: case Op::BitNot: case Op::Not: case Op::Inc:
    case Op::Dec: case Op::ToNumeric: case Op::ToPropertyKey: case Op::ToStringForConcat:
    case Op::Concat: case Op::Eq: case Op::Ne: case Op::StrictEq: case Op::StrictNe: case Op::Lt:
    case Op::Le: case Op::Gt: case Op::Ge: case Op::Call: case Op::CallSpread: case Op::New:
    case Op::NewSpread: case Op::SuperCall: case Op::SuperCallFrom: case Op::SuperCallSpread:
    case Op::Eval: case Op::GetIterator: case Op::GetAsyncIterator: case Op::ForInStart:
    case Op::Yield: case Op::Await: case Op::ResumeMode: case Op::YieldStar:
    case Op::CallIntrinsic: case Op::CallKw: case Op::CallEx: case Op::FloorDiv: case Op::MatMul:
    case Op::Is: case Op::IsNot: case Op::GetMethod: case Op::CallMethod: case Op::InplaceBinary:
      return true;
    default:
      return false;
  }
}

bool endsFlow(Op op) {
  return op == Op::Jump || op == Op::Return || op == Op::ReturnUndef || op == Op::Throw ||
         op == Op::ThrowError || op == Op::ThrowConstAssign;
}

// A set of registers that may hold the uninitialised marker.
struct RegSet {
  std::vector<uint64_t> words;
  explicit RegSet(uint32_t n = 0) : words((n + 63) / 64, 0) {}
  bool has(uint32_t r) const { return (words[r >> 6] >> (r & 63)) & 1; }
  void set(uint32_t r, bool on) {
    if (on) words[r >> 6] |= uint64_t(1) << (r & 63);
    else words[r >> 6] &= ~(uint64_t(1) << (r & 63));
  }
  bool unite(const RegSet& o) {  // returns whether this grew
    bool grew = false;
    for (size_t i = 0; i < words.size(); i++) {
      uint64_t w = words[i] | o.words[i];
      grew |= w != words[i];
      words[i] = w;
    }
    return grew;
  }
};

class Pass {
 public:
  explicit Pass(Function& f) : f_(f), n_(uint32_t(f.code.size())) {}

  void run() {
    decode();
    if (checks_ == 0) return;
    solve();
    std::vector<bool> remove(n_, false);
    size_t removed = 0;
    for (uint32_t b = 0; b < blockStart_.size(); b++) {
      if (!reached_[b]) continue;  // unreachable code keeps its checks (never runs anyway)
      RegSet s = in_[b];
      for (uint32_t pc = blockStart_[b]; pc < blockEnd(b); pc += opLength(Op(f_.code[pc]))) {
        if (Op(f_.code[pc]) == Op::CheckInit && !s.has(f_.code[pc + 1])) {
          remove[pc] = true;
          removed++;
        }
        transfer(pc, s, /*taken=*/false);
      }
    }
    if (removed) compact(remove);
  }

 private:
  Function& f_;
  const uint32_t n_;
  uint32_t checks_ = 0;
  std::vector<uint32_t> blockStart_;      // sorted leader pcs
  std::vector<uint32_t> blockOf_;         // pc -> block index (instruction starts only)
  std::vector<std::vector<uint32_t>> covering_;  // block -> handlers whose try range holds it
  std::vector<RegSet> in_;
  std::vector<bool> reached_;

  uint32_t blockEnd(uint32_t b) const { return b + 1 < blockStart_.size() ? blockStart_[b + 1] : n_; }

  int32_t jumpOperand(Op op) const {
    const char* fmt = opInfo(op).format;
    for (int32_t i = 0; fmt[i]; i++)
      if (fmt[i] == 'J') return i + 1;
    return -1;
  }

  void decode() {
    std::vector<bool> leader(n_ + 1, false);
    leader[0] = true;
    for (uint32_t pc = 0; pc < n_;) {
      Op op = Op(f_.code[pc]);
      uint32_t len = opLength(op);
      if (op == Op::CheckInit) checks_++;
      int32_t j = jumpOperand(op);
      if (j > 0) leader[f_.code[pc + j]] = true;
      if (j > 0 || endsFlow(op)) leader[pc + len] = true;
      pc += len;
    }
    // Try-range boundaries start blocks so a block lies wholly inside or outside each range.
    for (const Handler& h : f_.handlers) leader[h.start] = leader[h.end] = leader[h.handler] = true;
    blockOf_.assign(n_, 0);
    for (uint32_t pc = 0; pc < n_;) {
      if (leader[pc]) blockStart_.push_back(pc);
      blockOf_[pc] = uint32_t(blockStart_.size() - 1);
      pc += opLength(Op(f_.code[pc]));
    }
    covering_.assign(blockStart_.size(), {});
    for (uint32_t hi = 0; hi < f_.handlers.size(); hi++) {
      const Handler& h = f_.handlers[hi];
      if (h.start >= h.end) continue;
      for (uint32_t b = blockOf_[h.start]; b < blockStart_.size() && blockStart_[b] < h.end; b++)
        covering_[b].push_back(hi);
    }
  }

  // Applies instruction pc to s. `taken`: s is the state on its jump edge rather than fallthrough.
  void transfer(uint32_t pc, RegSet& s, bool taken) const {
    const Op op = Op(f_.code[pc]);
    const uint32_t a = f_.code.size() > pc + 1 ? f_.code[pc + 1] : 0;
    switch (op) {
      case Op::LoadUninit: s.set(a, true); return;
      case Op::Mov: s.set(a, s.has(f_.code[pc + 2])); return;
      case Op::GetEnv: s.set(a, true); return;  // an environment slot may be in its dead zone
      case Op::CheckInit: s.set(a, false); return;
      case Op::IteratorNext: case Op::ForInNext: if (!taken) s.set(a, false); return;
      default:
        if (writesDst(op)) s.set(a, false);
        return;
    }
  }

  void solve() {
    const size_t nb = blockStart_.size();
    in_.assign(nb, RegSet(f_.numRegs));
    reached_.assign(nb, false);
    std::vector<uint32_t> work{0};
    std::vector<bool> queued(nb, false);
    reached_[0] = queued[0] = true;
    auto flowTo = [&](uint32_t target, const RegSet& s) {
      uint32_t b = blockOf_[target];
      bool grew = in_[b].unite(s);
      if ((grew || !reached_[b]) && !queued[b]) { queued[b] = true; work.push_back(b); }
      reached_[b] = true;
    };
    while (!work.empty()) {
      uint32_t b = work.back();
      work.pop_back();
      queued[b] = false;
      RegSet s = in_[b];
      // An exception raised anywhere in the block reaches the handlers whose range covers it
      // (the innermost one takes it; flowing to all is merely conservative), in the state of the
      // instruction that raised: the union over the block's instructions.
      RegSet raised = s;
      uint32_t pc = blockStart_[b], last = pc;
      for (; pc < blockEnd(b); pc += opLength(Op(f_.code[pc]))) {
        last = pc;
        if (!covering_[b].empty()) raised.unite(s);
        const Op op = Op(f_.code[pc]);
        int32_t j = jumpOperand(op);
        if (j > 0) {
          RegSet t = s;
          transfer(pc, t, /*taken=*/true);
          flowTo(f_.code[pc + j], t);
        }
        transfer(pc, s, /*taken=*/false);
      }
      for (uint32_t hi : covering_[b]) {
        const Handler& h = f_.handlers[hi];
        RegSet e = raised;
        e.set(h.exceptionReg, false);
        flowTo(h.handler, e);
      }
      if (!endsFlow(Op(f_.code[last])) && pc < n_) flowTo(pc, s);
    }
  }

  void compact(const std::vector<bool>& remove) {
    // newPc[pc] for every instruction start and for n_: removed instructions map to the next kept.
    std::vector<uint32_t> newPc(n_ + 1, 0);
    std::vector<uint32_t> starts;
    uint32_t out = 0;
    for (uint32_t pc = 0; pc < n_; pc += opLength(Op(f_.code[pc]))) {
      starts.push_back(pc);
      newPc[pc] = out;
      if (!remove[pc]) out += opLength(Op(f_.code[pc]));
    }
    newPc[n_] = out;
    std::vector<uint32_t> code;
    code.reserve(out);
    for (uint32_t pc : starts) {
      if (remove[pc]) continue;
      const Op op = Op(f_.code[pc]);
      const uint32_t len = opLength(op);
      const int32_t j = jumpOperand(op);
      for (uint32_t i = 0; i < len; i++)
        code.push_back(int32_t(i) == j ? newPc[f_.code[pc + i]] : f_.code[pc + i]);
    }
    f_.code = std::move(code);
    for (Handler& h : f_.handlers) {
      h.start = newPc[h.start];
      h.end = newPc[h.end];
      h.handler = newPc[h.handler];
    }
    // Line entries of removed instructions now name the next kept one; where two land on one pc
    // the later entry is the one that covered it.
    std::vector<LinePos> lines;
    for (LinePos p : f_.lines) {
      p.pc = newPc[std::min(p.pc, n_)];
      if (!lines.empty() && lines.back().pc == p.pc) lines.back() = p;
      else lines.push_back(p);
    }
    f_.lines = std::move(lines);
    for (auto& [pc, text] : f_.calleeText) pc = newPc[std::min(pc, n_)];
  }
};

}  // namespace

void eliminateInitChecks(Function& f) {
  Pass(f).run();
  for (auto& child : f.functions)
    if (child) eliminateInitChecks(*child);
}

}  // namespace ir
