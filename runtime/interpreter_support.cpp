// Interpreter helpers off the hot path: string concatenation for the Concat opcode and the
// best-effort source text of a callee for "x is not a function" messages.
#include <cctype>
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
  if (len >= String::kMinRopeLength) return String::makeRope(vm.heap, a, b);
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

std::string cellName(Value v) {
  if (!isString(v)) return "";
  std::string n = asString(v)->toUtf8();
  for (char c : n)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$')) return "";
  return n;
}

// The name of environment slot `slot` `hops` levels out from env, from its scope info.
std::string envSlotName(Environment* env, uint32_t hops, uint32_t slot) {
  for (; env && hops; hops--) env = env->parent;
  if (!env || !isArray(env->scopeInfo)) return "";
  const auto& names = asArray(env->scopeInfo)->elements;
  return slot < names.size() ? cellName(names[slot]) : "";
}

bool isIdentChar(char16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         c >= 0x80;
}

// A member chain "a.b.c" in the source ending with the identifier at (line, column): the text
// node shows for the callee. "" when the source is not available or the shape is unexpected.
std::string memberChainAt(const ir::Function& f, uint32_t line, uint32_t column) {
  if (!f.source || line == 0 || column == 0) return "";
  const std::u16string& src = *f.source;
  size_t pos = 0;
  for (uint32_t l = 1; l < line && pos < src.size(); pos++)
    if (src[pos] == '\n') l++;
  pos += column - 1;
  if (pos >= src.size() || !isIdentChar(src[pos])) return "";
  size_t end = pos;
  while (end < src.size() && isIdentChar(src[end])) end++;
  size_t start = pos;
  for (;;) {
    size_t s = start;
    while (s > 0 && isIdentChar(src[s - 1])) s--;
    start = s;
    if (start >= 2 && src[start - 1] == '.' && src[start - 2] == '?') {  // a?.b
      if (start >= 3 && isIdentChar(src[start - 3])) { start -= 2; continue; }
    } else if (start >= 1 && src[start - 1] == '.' && start >= 2 && isIdentChar(src[start - 2])) {
      start -= 1;
      continue;
    }
    break;
  }
  if (start > 0 && (src[start - 1] == '.' || src[start - 1] == ']' || src[start - 1] == ')')) return "";
  std::string out;
  for (size_t i = start; i < end; i++) {
    if (src[i] >= 0x80) return "";
    out += char(src[i]);
  }
  return out;
}

// `new a.b(...)` with the position at `new`: the member chain after it.
std::string chainAfterNew(const ir::Function& f, uint32_t line, uint32_t column) {
  const std::u16string& src = *f.source;
  size_t pos = 0;
  for (uint32_t l = 1; l < line && pos < src.size(); pos++)
    if (src[pos] == '\n') l++;
  pos += column - 1 + 3;
  while (pos < src.size() && (src[pos] == ' ' || src[pos] == '\t')) pos++;
  std::string out;
  while (pos < src.size() && (isIdentChar(src[pos]) || src[pos] == '.')) {
    if (src[pos] >= 0x80) return "";
    out += char(src[pos++]);
  }
  if (out.empty() || out.back() == '.' || !(isIdentChar(char16_t(out[0])) && !(out[0] >= '0' && out[0] <= '9')))
    return "";
  return out;
}

std::string describe(const ir::Function& f, uint32_t pc, uint32_t reg, Environment* env, int depth) {
  if (depth > 4) return "";
  uint32_t w = lastWriter(f, pc, reg);
  if (w == UINT32_MAX) {
    if (reg < f.paramNames.size() && reg < f.numParams) return f.paramNames[reg];
    return "";
  }
  const uint32_t* c = f.code.data() + w;
  switch (ir::Op(c[0])) {
    case ir::Op::GetGlobal: case ir::Op::GetGlobalOrUndef: case ir::Op::GetName:
      return constantName(f, c[2]);
    case ir::Op::GetEnv: case ir::Op::GetEnvChecked:
      return envSlotName(env, c[2], c[3]);
    case ir::Op::GetProp: {
      std::string name = constantName(f, c[3]);
      if (name.empty()) return "";
      std::string obj = describe(f, w, c[2], env, depth + 1);
      if (!obj.empty()) return obj + "." + name;
      // The object is a local in a register: take the chain from the source text.
      ir::LinePos p = positionAt(f, w);
      std::string chain = memberChainAt(f, p.line, p.column);
      size_t dot = chain.rfind('.');
      if (dot != std::string::npos && chain.compare(dot + 1, std::string::npos, name) == 0) return chain;
      return "";
    }
    case ir::Op::GetElem: {
      std::string obj = describe(f, w, c[2], env, depth + 1);
      return obj.empty() ? "" : obj + "[...]";
    }
    case ir::Op::GetSuper: return "super[...]";
    case ir::Op::Mov: {
      std::string d = describe(f, w, c[2], env, depth + 1);
      if (!d.empty() || depth > 0) return d;
      break;
    }
    case ir::Op::LoadThis: return "this";
    case ir::Op::Call: {
      std::string callee = describe(f, w, c[2], env, depth + 1);
      return callee.empty() ? "" : callee + "(...)";
    }
    default: break;
  }
  if (depth > 0) return "";
  // A local in a register (`let x = 5; x()`): the identifier at the call's position, if the
  // source there is `name(`.
  ir::LinePos p = positionAt(f, pc);
  std::string id = memberChainAt(f, p.line, p.column);
  if (id.empty() || id.find('.') != std::string::npos || !f.source) return "";
  static const char* const kKeywords[] = {"new", "typeof", "void", "delete", "await", "yield", "return",
                                          "throw", "in", "of", "instanceof", "case", "do", "else"};
  if (id == "new") return chainAfterNew(f, p.line, p.column);
  for (const char* k : kKeywords)
    if (id == k) return "";
  return id;
}

}  // namespace

std::string describeRegister(const ir::Function& fn, uint32_t pc, uint32_t reg, Environment* env) {
  return describe(fn, pc, reg, env, 0);
}

}  // namespace interp
}  // namespace dualvm
