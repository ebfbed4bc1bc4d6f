// The interpreter: frames on the VM value stack and the one dispatch loop over the shared IR.
//
// ---- Frame layout ----
// Every script frame's registers are a contiguous window of VM::stack (a fixed-capacity vector
// allocated once, never reallocated, so frames and CallArgs may point into it):
//
//   stack: [ ...caller regs (base = this, base+1.. = args)... ][ callee regs 0..numRegs-1 ][ free
//                                                               ^ Frame::regs              ^ vm.stackTop
//
// Registers 0..numParams-1 of the callee receive copies of the actual arguments (missing ones
// are undefined); every other register starts undefined, so everything below vm.stackTop is a
// valid Value and the GC traces exactly [stack, stackTop). Frame::args/argc keep the actual
// arguments for `arguments` and rest parameters: for script-to-script calls they point into the
// caller's register window (untouched while the callee runs); VM::call first copies C++-provided
// arguments onto the stack; a generator keeps them after its saved registers.
//
// Frame records (callee, this, env, pc, ...) live in a fixed array (VM::frameStore);
// VM::frames lists the active ones, innermost last.
//
// ---- Calling convention ----
// Call dst, callee, base, argc: regs[base] is `this`, regs[base+1..base+argc] the arguments.
//   Closure   -> push a frame and continue in the same loop (no C recursion); Return writes the
//                result into the caller's dst (Frame::retReg) and resumes after the Call.
//   Native    -> called directly with CallArgs{argv = &regs[base+1]} (rooted: on the stack).
//   other     -> Language::callOther of the running function's language.
// A generator/async closure is not run: the call makes a GeneratorObject (params placed, pc 0)
// and returns Language::startGenerator(gen). A frame entered from C++ (VM::call, construct,
// runTopLevel, resume) is flagged kEntry: returning from it, or an exception unwinding past it,
// leaves the loop back to C++ (the exception as ScriptThrow with VM::exception set).
//
// ---- Exceptions ----
// Script Throw and C++ ScriptThrow (from language hooks and natives) both unwind through the
// frame's ir handler table: the first handler whose [start, end) covers the throwing
// instruction gets the exception in its register, with the env chain popped to its envDepth;
// without one the frame is popped and the caller's Call instruction is the throw point.
// gc::HeapExhausted becomes the language's out-of-memory error; too deep recursion (frames or
// the value stack or the C stack of nested native entries) the language's stack-overflow error.
//
// ---- Generators ----
// Yield/Await save the registers, pc and env chain into the GeneratorObject and return from the
// VM::resume that ran the frame. Resuming in Throw mode throws the sent value at the Yield.
// Resuming in Return mode: when no handler of the frame covers the Yield, the frame returns the
// sent value at once; otherwise execution continues after the Yield with dst = sent value and
// ResumeMode = 2, and the compiler's code after a Yield inside a try region must check
// ResumeMode and perform a `return dst` (so finally blocks run like for a return statement).
#pragma once
#include <cstdint>
#include "runtime/vm.h"

namespace dualvm {

struct Frame {
  enum Flags : uint8_t {
    kEntry = 1,       // entered from C++: returning leaves the interpreter loop
    kConstruct = 2,   // a [[Construct]] call: an object result overrides this
    kInit = 4,        // an initializer run by a class call (Language::prepareInit): the result
                      // is Language::finishInit(thisValue, returned)
  };
  Closure* callee;        // null for top-level code run by runTopLevel
  FunctionProto* fn;
  Value* regs;            // fn->ir->numRegs slots on vm.stack
  Value* top;             // regs + numRegs
  Value* savedTop;        // vm.stackTop before this frame was pushed (restored on pop)
  const Value* args;      // actual arguments (for `arguments` and rest)
  uint32_t argc;
  uint32_t pc;            // word offset of the current instruction (synced before calls/slow paths)
  uint32_t retReg;        // caller's register receiving the result
  uint32_t envDepth;      // environments pushed by this frame above its base env
  Value thisValue;
  Value newTarget;
  Environment* env;       // innermost environment
  GeneratorObject* gen;   // the generator whose frame this is, or null
  uint8_t flags;
};

namespace interp {

// Frame management shared by the loop and VM entry points.
// Pushes a frame for fn with copies of the arguments in its parameter registers. Throws the
// language's stack-overflow error (ScriptThrow) when the depth or value-stack limit is reached.
Frame* pushFrame(VM& vm, Closure* callee, FunctionProto* fn, Environment* env, Value thisValue,
                 Value newTarget, const Value* args, uint32_t argc, uint32_t retReg, uint8_t flags);
void popFrame(VM& vm);
// Pushes the kEntry frame that resumes gen at gen->pc: its registers are gen->regs itself (not a
// window of the value stack), so resuming and suspending copy nothing.
Frame* pushGeneratorFrame(VM& vm, GeneratorObject* gen);
// Words of an instruction, opcode included (a table lookup; ir::opLength scans the format).
uint32_t instructionLength(ir::Op op);
// Fills a rest parameter (ir hasRest: the last parameter register collects the extra args).
void fillRestParameter(VM& vm, Frame* f);

// Runs frames until the innermost frame (which must be flagged kEntry) returns or suspends.
// *yielded is set when a generator frame suspended (Yield/Await) rather than returned.
// With startUnwinding, the innermost frame first throws VM::exception at its pc (generator
// resumed in Throw mode).
Value run(VM& vm, bool* yielded = nullptr, bool startUnwinding = false);

// [[Construct]] result rule: an object result overrides this.
Value constructResult(VM& vm, Frame* f, Value returned);
// Is a closure a constructor (JS: not arrow/method/generator/async/accessor)?
bool isConstructorClosure(const Closure* c);

// Builds the GeneratorObject for a call of a generator/async closure (not run yet) and returns
// the language's wrapper (Language::startGenerator).
Value startGenerator(VM& vm, Closure* callee, Value thisValue, Value newTarget, const Value* args,
                     uint32_t argc);

// Throws the language's stack-overflow error (RangeError / RecursionError).
[[noreturn]] void throwStackOverflow(VM& vm, Language* lang);
// Guards the C stack of nested interpreter entries from C++.
void checkNativeStack(VM& vm);

// Scope of a C++ entry into the interpreter (VM::call, construct, runTopLevel, resume): guards
// the C stack, and on exit restores the value-stack top and drops frames left by an exception.
class NativeEntry {
 public:
  explicit NativeEntry(VM& vm);
  ~NativeEntry();
  NativeEntry(const NativeEntry&) = delete;
 private:
  VM& vm_;
  Value* savedTop_;
  size_t savedFrames_;
};

// Links nested function F of fn on first use.
FunctionProto* childFunction(VM& vm, FunctionProto* fn, uint32_t index);

// Best-effort source text of the value in register `reg` at pc ("obj.method", "foo"), for
// "x is not a function" messages; "" when unknown. env is the frame's live environment (names of
// captured variables come from its scope info).
std::string describeRegister(const ir::Function& fn, uint32_t pc, uint32_t reg, Environment* env);

// Class private members (GetPrivate/SetPrivate/DefinePrivate/HasPrivate): stored as own
// properties keyed by VM::privateSymbol(name); accessors as Accessor slots.
Value getPrivate(VM& vm, Language* lang, Value obj, String* name);
void setPrivate(VM& vm, Language* lang, Value obj, String* name, Value v);
void definePrivate(VM& vm, Language* lang, Value obj, String* name, Value v, uint32_t kind);
bool hasPrivate(VM& vm, Language* lang, Value obj, String* name);

// Source position of pc in fn (line 0 if unknown).
ir::LinePos positionAt(const ir::Function& fn, uint32_t pc);

// A string concatenation of two Strings (the Concat opcode; also usable by language libraries).
String* concatStrings(VM& vm, String* a, String* b);

}  // namespace interp
}  // namespace dualvm
