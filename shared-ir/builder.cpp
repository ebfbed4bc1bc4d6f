// Builder: emission with operand checks against opcodes.def, labels with back-patching,
// de-duplicated constants and the pc -> source position table.
#include "shared-ir/builder.h"
#include <cstring>
#include <stdexcept>

namespace ir {

namespace {
[[noreturn]] void misuse(Op op, const char* what) {
  throw std::logic_error(std::string("ir::Builder: ") + opInfo(op).name + ": " + what);
}
}  // namespace

void Builder::emit(Op op, std::initializer_list<uint32_t> operands) {
  const char* fmt = opInfo(op).format;
  size_t n = std::strlen(fmt);
  if (operands.size() != n) misuse(op, "wrong operand count");
  for (size_t i = 0; i < n; i++)
    if (fmt[i] == 'J') misuse(op, "jump operands go through emitJump");
  f_.code.push_back(uint32_t(op));
  for (uint32_t o : operands) f_.code.push_back(o);
}

void Builder::emitJump(Op op, std::initializer_list<uint32_t> operandsBeforeTarget, Label& target) {
  const char* fmt = opInfo(op).format;
  size_t n = std::strlen(fmt);
  if (n == 0 || fmt[n - 1] != 'J') misuse(op, "not a jump (no trailing J operand)");
  if (operandsBeforeTarget.size() != n - 1) misuse(op, "wrong operand count");
  f_.code.push_back(uint32_t(op));
  for (uint32_t o : operandsBeforeTarget) f_.code.push_back(o);
  if (target.pos >= 0) {
    f_.code.push_back(uint32_t(target.pos));
  } else {
    target.fixups.push_back(uint32_t(f_.code.size()));
    f_.code.push_back(UINT32_MAX);  // patched by bind()
  }
}

void Builder::bind(Label& l) {
  if (l.pos >= 0) throw std::logic_error("ir::Builder: label bound twice");
  l.pos = int32_t(pc());
  for (uint32_t at : l.fixups) f_.code[at] = uint32_t(l.pos);
  l.fixups.clear();
}

uint32_t Builder::constNumber(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);  // by bit pattern: 0 and -0 stay distinct
  auto it = numberConsts_.find(bits);
  if (it != numberConsts_.end()) return it->second;
  uint32_t i = constOther(d);
  numberConsts_.emplace(bits, i);
  return i;
}

uint32_t Builder::constString(const std::u16string& s) {
  auto it = stringConsts_.find(s);
  if (it != stringConsts_.end()) return it->second;
  uint32_t i = constOther(s);
  stringConsts_.emplace(s, i);
  return i;
}

uint32_t Builder::constStringUtf8(const std::string& s) {
  std::u16string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    uint32_t cp;
    int len;
    if (c < 0x80) { cp = c; len = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1F; len = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0F; len = 3; }
    else if ((c >> 3) == 30) { cp = c & 0x07; len = 4; }
    else { out.push_back(0xFFFD); i++; continue; }
    if (i + len > s.size()) { out.push_back(0xFFFD); break; }
    bool ok = true;
    for (int k = 1; k < len; k++) {
      unsigned char cc = s[i + k];
      if ((cc >> 6) != 2) { ok = false; break; }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!ok) { out.push_back(0xFFFD); i++; continue; }
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(char16_t(0xD800 + (cp >> 10)));
      out.push_back(char16_t(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(char16_t(cp));
    }
  }
  return constString(out);
}

uint32_t Builder::constPyString(const std::u32string& s) {
  auto it = pyStringConsts_.find(s);
  if (it != pyStringConsts_.end()) return it->second;
  uint32_t i = constOther(s);
  pyStringConsts_.emplace(s, i);
  return i;
}

void Builder::setPosition(uint32_t line, uint32_t column) {
  if (line == curLine_ && column == curCol_ && !f_.lines.empty()) return;
  curLine_ = line;
  curCol_ = column;
  if (!f_.lines.empty() && f_.lines.back().pc == pc()) {
    f_.lines.back().line = line;  // nothing emitted at the previous position
    f_.lines.back().column = column;
    return;
  }
  f_.lines.push_back({pc(), line, column});
}

}  // namespace ir
