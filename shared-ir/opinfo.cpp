// The opcode table (name and operand formats) generated from opcodes.def.
#include <cstdio>
#include <cstdlib>
#include "shared-ir/ir.h"

namespace ir {

namespace {
const OpInfo kOpInfo[] = {
#define OP(name, fmt) {#name, fmt},
#include "shared-ir/opcodes.def"
#undef OP
};
static_assert(sizeof(kOpInfo) / sizeof(kOpInfo[0]) == size_t(Op::Count_));
}  // namespace

const OpInfo& opInfo(Op op) {
  static const OpInfo kInvalid{"<invalid>", ""};
  return uint32_t(op) < uint32_t(Op::Count_) ? kOpInfo[uint32_t(op)] : kInvalid;
}

}  // namespace ir
