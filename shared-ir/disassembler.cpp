// Disassembler: the readable text form of an ir::Function (`--dump=ir`).
//
//   function fib(params=1, regs=6, caches=3, length=1) strict
//     0000  LoadInt r1, 2
//     0003  Lt r2, r0, r1
//     0007  JumpIfFalse r2, -> 0012
//     ...
//   handlers:
//     [0004, 0020) -> 0024 exc r5 envDepth 0
// Constants are shown inline at their use; nested functions follow their parent.
#include <cstdio>
#include <sstream>
#include "shared-ir/ir.h"

namespace ir {

namespace {

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) out += char(cp);
  else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12)); out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18)); out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F)); out += char(0x80 | (cp & 0x3F));
  }
}

template <class Units>
std::string quote(const Units& s, size_t limit = 60) {
  std::string out = "\"";
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i++) {
    uint32_t c = uint32_t(s[i]);
    if (n++ >= limit) { out += "..."; break; }
    if constexpr (sizeof(s[0]) == 2) {
      if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
        c = 0x10000 + ((c - 0xD800) << 10) + (uint32_t(s[i + 1]) - 0xDC00);
        i++;
      }
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || (c >= 0xD800 && c < 0xE000)) {
          char buf[12];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          appendUtf8(out, c);
        }
    }
  }
  return out + "\"";
}

std::string constantText(const Constant& c) {
  struct V {
    std::string operator()(double d) const {
      char buf[40];
      std::snprintf(buf, sizeof buf, "%.17g", d);
      return buf;
    }
    std::string operator()(const std::u16string& s) const { return quote(s); }
    std::string operator()(const std::u32string& s) const { return "py" + quote(s); }
    std::string operator()(const BigIntText& b) const { return b.decimal + "n"; }
    std::string operator()(const TemplateStrings& t) const {
      return "template[" + std::to_string(t.raw.size()) + "]";
    }
    std::string operator()(const ScopeInfo& s) const {
      std::string out = "scope{";
      for (size_t i = 0; i < s.names.size(); i++) out += (i ? "," : "") + s.names[i];
      return out + "}";
    }
    std::string operator()(const std::shared_ptr<ConstantList>& l) const {
      if (!l) return "list(null)";
      std::string out = "(";
      for (size_t i = 0; i < l->items.size(); i++) out += (i ? ", " : "") + constantText(l->items[i]);
      return out + ")";
    }
  };
  return std::visit(V{}, c);
}

std::string pcText(uint32_t pc) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04u", pc);
  return buf;
}

void disassembleOne(const Function& f, const std::string& path, std::ostringstream& os) {
  os << "function " << (f.name.empty() ? "<anonymous>" : f.name);
  if (!path.empty()) os << " [" << path << "]";
  os << "(params=" << f.numParams << ", regs=" << f.numRegs << ", caches=" << f.numCaches
     << ", length=" << f.length << ")";
  os << (f.language == Language::Python ? " python" : " js");
  const std::pair<bool, const char*> flags[] = {
      {f.strict, "strict"}, {f.isArrow, "arrow"}, {f.isGenerator, "generator"},
      {f.isAsync, "async"}, {f.isMethod, "method"}, {f.isClassConstructor, "class-constructor"},
      {f.isDerivedConstructor, "derived"}, {f.isGetter, "getter"}, {f.isSetter, "setter"},
      {f.hasRest, "rest"}, {f.needsArguments, "arguments"}, {!f.hasSimpleParams, "non-simple-params"},
      {f.isScript, "script"}, {f.hasKwArgs, "kwargs"}};
  for (auto& [on, name] : flags)
    if (on) os << ' ' << name;
  if (!f.fileName.empty()) os << "  ; " << f.fileName << ':' << f.line << ':' << f.column;
  os << '\n';
  if (!f.paramNames.empty()) {
    os << "  params:";
    for (auto& p : f.paramNames) os << ' ' << p;
    os << '\n';
  }

  size_t lineIdx = 0;
  for (uint32_t pc = 0; pc < f.code.size();) {
    // Source position changes are shown as comments before the instruction they start at.
    while (lineIdx < f.lines.size() && f.lines[lineIdx].pc <= pc) {
      if (f.lines[lineIdx].pc == pc)
        os << "        ; line " << f.lines[lineIdx].line << ':' << f.lines[lineIdx].column << '\n';
      lineIdx++;
    }
    uint32_t word = f.code[pc];
    if (word >= uint32_t(Op::Count_)) {
      os << "  " << pcText(pc) << "  <bad opcode " << word << ">\n";
      pc++;
      continue;
    }
    Op op = Op(word);
    const OpInfo& info = opInfo(op);
    os << "  " << pcText(pc) << "  " << info.name;
    uint32_t len = opLength(op);
    const char* fmt = info.format;
    for (uint32_t i = 1; i < len; i++) {
      os << (i == 1 ? " " : ", ");
      if (pc + i >= f.code.size()) { os << "<truncated>"; break; }
      uint32_t v = f.code[pc + i];
      switch (fmt[i - 1]) {
        case 'R': os << 'r' << v; break;
        case 'K':
        case 'N':
          if (v == UINT32_MAX) os << "none";
          else if (v < f.constants.size()) os << constantText(f.constants[v]);
          else os << "k" << v << "<out of range>";
          break;
        case 'I': os << int32_t(v); break;
        case 'U': os << v; break;
        case 'J': os << "-> " << pcText(v); break;
        case 'C': os << "ic" << v; break;
        case 'F':
          os << "fn" << v;
          if (v < f.functions.size() && f.functions[v])
            os << '<' << (f.functions[v]->name.empty() ? "anonymous" : f.functions[v]->name) << '>';
          break;
        default: os << v;
      }
    }
    os << '\n';
    pc += len;
  }
  if (!f.handlers.empty()) {
    os << "  handlers:\n";
    for (const Handler& h : f.handlers)
      os << "    [" << pcText(h.start) << ", " << pcText(h.end) << ") -> " << pcText(h.handler)
         << " exc r" << h.exceptionReg << " envDepth " << h.envDepth << '\n';
  }
}

void disassembleRec(const Function& f, const std::string& path, bool recursive, std::ostringstream& os) {
  disassembleOne(f, path, os);
  if (!recursive) return;
  for (size_t i = 0; i < f.functions.size(); i++) {
    if (!f.functions[i]) continue;
    os << '\n';
    disassembleRec(*f.functions[i], path + (path.empty() ? "" : ".") + "fn" + std::to_string(i), true, os);
  }
}

}  // namespace

std::string disassemble(const Function& f, bool recursive) {
  std::ostringstream os;
  disassembleRec(f, "", recursive, os);
  return os.str();
}

}  // namespace ir
