// The shared IR's data: a compiled function as frontends produce it, before the runtime links it.
//
// Nothing here touches the heap: constants are plain C++ values (strings as UTF-16 for JS text,
// code points for Python text, big integers as decimal text), so a frontend can be tested — built,
// verified, dumped — without a VM. The runtime "links" an ir::Function into a FunctionProto cell,
// interning names and materialising constants (runtime/function.h).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace ir {

enum class Op : uint32_t {
#define OP(name, fmt) name,
#include "shared-ir/opcodes.def"
#undef OP
  Count_
};

struct OpInfo {
  const char* name;
  const char* format;  // operand letters, see opcodes.def
};
const OpInfo& opInfo(Op op);
inline uint32_t opLength(Op op);  // words including the opcode word

enum class Language : uint8_t { JavaScript = 0, Python = 1 };

// How calls pass arguments to a function (the frontend chooses; the runtime follows it without
// asking which language the function is in):
//   ThisAndPositional  the receiver of a method call is `this`; arguments bind by position and the
//                      runtime fills a rest parameter (JavaScript).
//   BoundByLanguage    the receiver of a method call (CallMethod) is the first argument, and the
//                      function's Language::bindArguments binds defaults, keyword arguments,
//                      *args and **kwargs; only these functions accept keyword calls (Python).
enum class CallConvention : uint8_t { ThisAndPositional = 0, BoundByLanguage = 1 };

struct BigIntText { std::string decimal; };          // an integer literal too large for int32
struct TemplateStrings {                               // a tagged template's cooked/raw strings
  std::vector<std::u16string> raw;
  std::vector<std::u16string> cooked;
  std::vector<bool> cookedValid;  // false where the cooked string is undefined (bad escape)
};
// Environment slot names (UTF-8), for eval. varScope: the function scope of a function with a
// sloppy direct eval, where eval code may declare new `var`s at run time (DeclareEvalVar).
struct ScopeInfo { std::vector<std::string> names; bool varScope = false; };
struct ConstantList;
// A constant: number, UTF-16 string (JS), code-point string (Python), big integer, or richer
// compiler-made data. Strings used as property/global names are interned at link time.
using Constant = std::variant<double, std::u16string, std::u32string, BigIntText, TemplateStrings,
                              ScopeInfo, std::shared_ptr<ConstantList>>;
struct ConstantList { std::vector<Constant> items; };  // e.g. a tuple of keyword names

// try region: an exception thrown at pc in [start, end) jumps to `handler` with the thrown value in
// register `exceptionReg`; the environment chain is unwound to depth `envDepth` (envs pushed in
// this function that are live at the handler).
struct Handler {
  uint32_t start, end, handler, exceptionReg, envDepth;
};

// pc -> source position, sorted by pc; a position covers every pc up to the next entry.
struct LinePos {
  uint32_t pc;
  uint32_t line;    // 1-based
  uint32_t column;  // 1-based
};

struct Function {
  std::string name;             // UTF-8; "" for anonymous
  Language language = Language::JavaScript;
  CallConvention callConvention = CallConvention::ThisAndPositional;
  uint32_t numParams = 0;       // declared formal parameters (registers 0..numParams-1)
  uint32_t numRegs = 0;         // frame size in value slots (>= numParams)
  uint32_t length = 0;          // JS function .length (params before the first default/rest)
  uint32_t numCaches = 0;       // inline-cache slots
  // Flags.
  bool strict = false;
  bool isArrow = false;         // lexical this/arguments/new.target
  bool isGenerator = false;
  bool isAsync = false;
  bool isMethod = false;        // object/class method: not a constructor
  bool isClassConstructor = false;
  bool isDerivedConstructor = false;
  bool isGetter = false, isSetter = false;
  bool hasRest = false;         // last param collects the rest (Python *args)
  bool needsArguments = false;
  bool hasSimpleParams = true;
  bool isScript = false;        // top-level code of a script/module/eval
  // Code and tables.
  std::vector<uint32_t> code;
  std::vector<Constant> constants;
  std::vector<std::unique_ptr<Function>> functions;  // nested functions (MakeClosure's F operand)
  std::vector<Handler> handlers;                      // innermost first
  std::vector<LinePos> lines;
  // Source text for Function.prototype.toString and tracebacks.
  std::shared_ptr<const std::u16string> source;
  std::string fileName;
  uint32_t sourceStart = 0, sourceEnd = 0;  // offsets into *source
  uint32_t line = 0, column = 0;            // where the function starts

  // Language-specific extras kept opaque to the shared layers (e.g. Python's parameter names
  // and defaults layout for keyword calls).
  std::vector<std::string> paramNames;      // UTF-8, for keyword arguments and error messages
  uint32_t numKwOnly = 0;
  uint32_t numPosOnly = 0;
  bool hasKwArgs = false;                   // Python **kwargs
  // Python: the fast local held in register i ("" where none or a cell), for frame.f_locals
  // (added by pytrace, D30).
  std::vector<std::string> localNames;
  // Call/New/CallSpread/NewSpread/Eval instruction pc -> the callee as written ("foo.bar"), sorted
  // by pc, for "TypeError: foo.bar is not a function" (added by jscomp; JS fills it).
  std::vector<std::pair<uint32_t, std::string>> calleeText;
};

// Text form (`--dump=ir`) and structural checks.
std::string disassemble(const Function& f, bool recursive = true);
// Returns "" if f is well formed, else a description of the first problem found.
std::string verify(const Function& f);
// Removes CheckInit instructions that cannot fire (shared-ir/init_check_elimination.cpp); each
// frontend runs it on the functions it compiles, nested ones included.
void eliminateInitChecks(Function& f);

inline uint32_t opLength(Op op) {
  const char* f = opInfo(op).format;
  uint32_t n = 1;
  while (*f++) n++;
  return n;
}

}  // namespace ir
