// Interpreter helpers off the hot path: string concatenation for the Concat opcode and the
// best-effort source text of a callee for "x is not a function" messages.
#include <cstring>
#include "runtime/interpreter.h"

namespace dualvm {
namespace interp {

namespace {

void copyUnits(String* dst, uint32_t at, const String* src) {
  const uint32_t n = src->length();
  switch (dst->encoding()) {
    case String::Latin1:
      std::memcpy(static_cast<uint8_t*>(dst->mutableData()) + at, src->latin1(), n);
      break;
    case String::TwoByte: {
      char16_t* out = static_cast<char16_t*>(dst->mutableData()) + at;
      if (src->encoding() == String::TwoByte) std::memcpy(out, src->twoByte(), size_t(n) * 2);
      else for (uint32_t i = 0; i < n; i++) out[i] = char16_t(src->at(i));
      break;
    }
    case String::FourByte: {
      char32_t* out = static_cast<char32_t*>(dst->mutableData()) + at;
      if (src->encoding() == String::FourByte) std::memcpy(out, src->fourByte(), size_t(n) * 4);
      else for (uint32_t i = 0; i < n; i++) out[i] = char32_t(src->at(i));
      break;
    }
  }
}

}  // namespace

String* concatStrings(VM& vm, String* a, String* b) {
  if (a->isEmpty()) return b;
  if (b->isEmpty()) return a;
  uint64_t len = uint64_t(a->length()) + b->length();
  if (len > (uint64_t(1) << 30)) vm.throwError(ErrorKind::RangeError, "Invalid string length");
  String::Encoding enc = std::max(a->encoding(), b->encoding());
  Rooted ra(vm, Value::cell(a));
  Rooted rb(vm, Value::cell(b));
  String* s = String::allocate(vm.heap, enc, uint32_t(len));
  copyUnits(s, 0, a);
  copyUnits(s, a->length(), b);
  return s;
}

namespace {

std::string constantName(const ir::Function& f, uint32_t k) {
  if (k >= f.constants.size()) return "";
  std::string out;
  if (const auto* s = std::get_if<std::u16string>(&f.constants[k])) {
    for (char16_t c : *s) {
      if (c < 0x80) out += char(c);
      else return "";  // keep it simple: ASCII names only
    }
    return out;
  }
  if (const auto* s = std::get_if<std::u32string>(&f.constants[k])) {
    for (char32_t c : *s) {
      if (c < 0x80) out += char(c);
      else return "";
    }
    return out;
  }
  return "";
}

// The last instruction before `pc` (in code order) that writes `reg`, or UINT32_MAX.
uint32_t lastWriter(const ir::Function& f, uint32_t pc, uint32_t reg) {
  uint32_t found = UINT32_MAX;
  for (uint32_t p = 0; p < pc && p < f.code.size();) {
    ir::Op op = ir::Op(f.code[p]);
    const char* fmt = ir::opInfo(op).format;
    if (fmt[0] == 'R' && f.code[p + 1] == reg) {
      switch (op) {
        case ir::Op::SetProp: case ir::Op::SetElem: case ir::Op::Throw: case ir::Op::Return:
        case ir::Op::JumpIfTrue: case ir::Op::JumpIfFalse: case ir::Op::JumpIfNullish:
        case ir::Op::JumpIfNotNullish: case ir::Op::JumpIfUndefined: case ir::Op::JumpIfNotUndefined:
        case ir::Op::ArrayPush: case ir::Op::ArrayPushHole: case ir::Op::ArraySpread:
        case ir::Op::DefineField: case ir::Op::DefineMethod: case ir::Op::DefineGetter:
        case ir::Op::DefineSetter: case ir::Op::CopyDataProps: case ir::Op::CopyDataPropsExcept:
        case ir::Op::SetProto: case ir::Op::IteratorClose: case ir::Op::CheckInit:
          break;  // reads its first register
        default: found = p;
      }
    }
    p += ir::opLength(op);
  }
  return found;
}

std::string describe(const ir::Function& f, uint32_t pc, uint32_t reg, int depth) {
  if (depth > 4) return "";
  uint32_t w = lastWriter(f, pc, reg);
  if (w == UINT32_MAX) {
    if (reg < f.paramNames.size()) return f.paramNames[reg];
    return "";
  }
  const uint32_t* c = f.code.data() + w;
  switch (ir::Op(c[0])) {
    case ir::Op::GetGlobal: case ir::Op::GetGlobalOrUndef: case ir::Op::GetName:
      return constantName(f, c[2]);
    case ir::Op::GetProp: {
      std::string obj = describe(f, w, c[2], depth + 1);
      std::string name = constantName(f, c[3]);
      if (obj.empty() || name.empty()) return "";
      return obj + "." + name;
    }
    case ir::Op::GetElem: {
      std::string obj = describe(f, w, c[2], depth + 1);
      return obj.empty() ? "" : obj + "[...]";
    }
    case ir::Op::GetSuper: return "super[...]";
    case ir::Op::Mov: return describe(f, w, c[2], depth + 1);
    case ir::Op::LoadThis: return "this";
    case ir::Op::Call: {
      std::string callee = describe(f, w, c[2], depth + 1);
      return callee.empty() ? "" : callee + "(...)";
    }
    default: return "";
  }
}

}  // namespace

std::string describeRegister(const ir::Function& fn, uint32_t pc, uint32_t reg) {
  return describe(fn, pc, reg, 0);
}

}  // namespace interp
}  // namespace dualvm
