// runtime/python/trace.cpp — Python's view of the execution hooks (runtime/execution_hooks.h,
// docs/decisions.md D30): sys.settrace/gettrace/setprofile/getprofile with CPython 3.11's
// semantics (the global trace function gets 'call' and returns the frame's local trace function,
// f_trace gets 'line'/'return'/'exception'; a profile function gets 'call'/'return'/'c_call'/
// 'c_return'/'c_exception'; hooks are muted while they run; a hook that raises is removed and
// its exception propagates), the frame type (f_back, f_code, f_lineno, f_locals, f_globals,
// f_builtins, f_trace, f_trace_lines, f_trace_opcodes, f_lasti, clear), sys._getframe's frames,
// and the native profiler slot _lsprof uses.
//
// A frame object refers to its activation by position in vm.frames plus the activation's
// function and registers; once the activation is gone (detected, or told by the hooks) the
// object keeps the last line and locals it saw. While hooks are installed each activation has
// one frame object (kept in its FrameRecord), so bdb's `frame is self.stopframe` works.
#include "runtime/python/trace.h"
#include "runtime/interpreter.h"
#include "runtime/python/py_module.h"
#include "runtime/python/modules/native_type.h"

namespace dualvm::py {

namespace {

constexpr int kFrameKind = 0x7472;  // NativeState kind of frame objects
enum FrameValues { kVTrace, kVCode, kVLocals, kVFn, kVCallee, kVBack, kNumV };
enum FrameInts { kNIndex, kNLine, kNTraceLines, kNRegs, kNTraceOpcodes, kNumN };

class PyTracer;
PyTracer* tracerOf(PyLanguage& P);

class PyTracer final : public ExecutionHooks {
 public:
  explicit PyTracer(PyLanguage& p) : ExecutionHooks(p.vm), P(p) {}
  PyLanguage& P;
  Value traceFunc = Value::null();
  Value profileFunc = Value::null();
  NativeProfiler* nativeProfiler = nullptr;
  PyType* frameType = nullptr;
  // Frame objects made while no hooks are installed (sys._getframe): the same object is returned
  // for the same activation, and installing the hooks adopts them (bdb's set_trace sets f_trace
  // on its caller's frames before it calls settrace).
  std::vector<Value> looseFrames;

  void traceRoots(gc::Tracer& t) override {
    ExecutionHooks::traceRoots(t);
    traceValue(t, traceFunc);
    traceValue(t, profileFunc);
    if (nativeProfiler) traceValue(t, nativeProfiler->owner);
    t.mark(frameType);
    for (Value v : looseFrames) traceValue(t, v);
  }

  // Installs or removes the hooks as the functions require.
  void update() {
    lineEvents = !traceFunc.isNull();
    bool want = !traceFunc.isNull() || !profileFunc.isNull() || nativeProfiler;
    setExecutionHooks(vm, want ? this : nullptr);
    if (vm.executionHooks == this) adoptLooseFrames();
  }
  void adoptLooseFrames();

  Value frameFor(FrameRecord& r) {
    if (r.data.isUndefined()) {
      Value fo = frameObjectAt(P, r.index);
      r.data = fo;
    }
    return r.data;
  }

  // Calls hook(frame, event, arg); a hook that raises is removed (CPython's trace_trampoline and
  // profile_trampoline) and the exception propagates.
  Value dispatch(Value hook, Value frame, const char* event, Value arg, bool isTrace) {
    Rooted rh(vm, hook), rf(vm, frame), ra(vm, arg.isUndefined() || arg.isHole() ? Value::null() : arg);
    Rooted ev(vm, P.newStr(event));
    Rooted handled(vm, P.handled);
    Value args[3] = {rf, ev, ra};
    try {
      Value r = P.call(rh, args, 3);
      P.handled = handled;
      return r;
    } catch (ScriptThrow&) {
      P.handled = handled;
      Rooted exc(vm, vm.exception);
      if (isTrace) {
        traceFunc = Value::null();
        if (isNativeState(rf, kFrameKind)) asState(rf)->set(kVTrace, Value::null());
      } else {
        profileFunc = Value::null();
      }
      update();
      vm.exception = exc;
      throw;
    }
  }

  // The frame's local trace function, or null when it has none (no frame object yet: none).
  NativeState* tracedFrame(FrameRecord& r) {
    if (traceFunc.isNull() || r.data.isUndefined()) return nullptr;
    NativeState* fo = asState(r.data);
    return fo->v[kVTrace].isNull() ? nullptr : fo;
  }
  void localTrace(FrameRecord& r, const char* event, Value arg) {
    NativeState* fo = tracedFrame(r);
    if (!fo) return;
    Rooted frame(vm, Value::cell(fo));
    Value res = dispatch(fo->v[kVTrace], frame, event, arg, true);
    if (!res.isNull()) asState(frame)->set(kVTrace, res);
  }
  void profile(FrameRecord& r, const char* event, Value arg) {
    if (profileFunc.isNull()) return;
    Rooted ra(vm, arg);
    Rooted frame(vm, frameFor(r));
    dispatch(profileFunc, frame, event, ra, false);
  }

  void onCall(FrameRecord& r) override {
    if (r.fn->language != &P) return;
    if (!traceFunc.isNull()) {
      Rooted frame(vm, frameFor(r));
      Value res = dispatch(traceFunc, frame, "call", Value::null(), true);
      if (!res.isNull()) asState(frame)->set(kVTrace, res);
    }
    profile(r, "call", Value::null());
    if (nativeProfiler) nativeProfiler->event(NativeProfiler::Call, r, Value::undefined(), Value::undefined());
  }
  void onReturn(FrameRecord& r, Value v) override {
    if (r.fn->language != &P) return;
    Rooted rv(vm, v.isHole() || v.isUndefined() ? Value::null() : v);
    localTrace(r, "return", rv);
    profile(r, "return", rv);
    if (nativeProfiler) nativeProfiler->event(NativeProfiler::Return, r, Value::undefined(), Value::undefined());
  }
  void onException(FrameRecord& r, Value exc) override {
    if (r.fn->language != &P || !tracedFrame(r)) return;
    Rooted e(vm, exc);
    Value tb = P.getAttr(e, P.s("__traceback__"), false);
    Rooted rtb(vm, tb.isMagic(Magic::Empty) ? Value::null() : tb);
    Value items[3] = {Value::cell(P.typeOf(e)), e, rtb};
    Rooted arg(vm, P.newTuple(items, 3));
    localTrace(r, "exception", arg);
  }
  void onLine(FrameRecord& r, uint32_t) override {
    if (r.fn->language != &P) return;
    NativeState* fo = tracedFrame(r);
    if (!fo || !fo->n[kNTraceLines]) return;
    localTrace(r, "line", Value::null());
  }
  void nativeEvent(FrameRecord& r, const char* event, NativeProfiler::Event e, Value callee, Value self) {
    if (r.fn->language != &P) return;
    Rooted rc(vm, callee), rs(vm, self);
    profile(r, event, rc);
    if (nativeProfiler) nativeProfiler->event(e, r, rc, rs);
  }
  void onNativeCall(FrameRecord& r, Value callee, Value self) override { nativeEvent(r, "c_call", NativeProfiler::NativeCall, callee, self); }
  void onNativeReturn(FrameRecord& r, Value callee, Value self) override { nativeEvent(r, "c_return", NativeProfiler::NativeReturn, callee, self); }
  void onNativeException(FrameRecord& r, Value callee, Value self) override { nativeEvent(r, "c_exception", NativeProfiler::NativeException, callee, self); }
  void onFrameGone(FrameRecord& r) override;
};

PyTracer* tracerOf(PyLanguage& P) {
  VM& vm = P.vm;
  if (!vm.executionHooksOwner) vm.executionHooksOwner = std::make_unique<PyTracer>(P);
  return static_cast<PyTracer*>(vm.executionHooksOwner.get());
}

// ---- frame objects ----

// The activation a frame object describes, or null once it has ended.
Frame* liveFrame(PyLanguage& P, NativeState* s) {
  VM& vm = P.vm;
  int64_t i = s->n[kNIndex];
  if (i < 0) return nullptr;
  if (size_t(i) < vm.frames.size()) {
    Frame* f = vm.frames[size_t(i)];
    if (Value::cell(f->fn) == s->v[kVFn] && int64_t(reinterpret_cast<intptr_t>(f->regs)) == s->n[kNRegs]) return f;
  }
  s->n[kNIndex] = -1;
  return nullptr;
}

uint32_t frameLine(Frame* f) {
  const ir::Function& ir = *f->fn->ir;
  if (f->pc == 0 && !ir.isScript) return ir.line;  // not started: its `def` line, as CPython
  return interp::positionAt(ir, f->pc).line;
}

Value globalsDict(PyLanguage& P, FunctionProto* fn) {
  // the live dict when the module is in dict mode already (py_module.cpp), else a snapshot, so a
  // frame does not move its module off the fast global caches for good (D13)
  VM& vm = P.vm;
  Object* ns = fn->globals ? fn->globals : P.mainGlobals;
  if (ns->classTag() != 0 || ns->findOwn(hiddenKey(P)) != Shape::kNotFound) return P.nsDict(ns);
  Rooted g(vm, P.newDict());
  for (uint32_t i = 0; i < ns->propertyCount(); i++)
    if (isString(Value::cell(ns->keyAt(i)))) P.dictSet(asDict(g), Value::cell(ns->keyAt(i)), ns->slot(i));
  return g;
}

// The fast locals of a live frame (cells and free variables are not included, D30), refreshed
// into `into` when it is a dict (CPython's PyFrame_FastToLocals: other keys stay, so bdb's
// f_locals['__return__'] survives; unbound locals are removed).
Value localsDict(PyLanguage& P, Frame* f, Value into = Value::null()) {
  VM& vm = P.vm;
  const ir::Function& ir = *f->fn->ir;
  if (ir.isScript) return globalsDict(P, f->fn);
  Rooted d(vm, isDict(into) ? into : P.newDict());
  for (size_t i = 0; i < ir.localNames.size() && i < ir.numRegs; i++) {
    if (ir.localNames[i].empty()) continue;
    Value v = f->regs[i];
    Rooted k(vm, P.newStr(ir.localNames[i]));
    if (v.isUndefined() || v.isUninitialized() || v.isHole()) {
      P.dictDel(asDict(d), k);
      continue;
    }
    Rooted rv(vm, v);
    P.dictSet(asDict(d), k, rv);
  }
  return d;
}

NativeState* frameSelf(PyLanguage& P, CallArgs& a, const char* name) {
  takeSelf(a);
  if (!isNativeState(a.thisValue, kFrameKind))
    P.raise(P.t.TypeError, std::string("descriptor '") + name + "' for 'frame' objects doesn't apply to a '" + P.typeName(a.thisValue) + "' object");
  return asState(a.thisValue);
}

#define L (lang(vm))

// The line a live frame is on: while line events are reported, the line of its last one (the
// `def` line before the first), as CPython's f_lineno; else its current instruction's.
uint32_t currentLine(PyLanguage& P, NativeState* s, Frame* f) {
  PyTracer* t = tracerOf(P);
  if (P.vm.executionHooks == t && t->lineEvents)
    if (ExecutionHooks::FrameRecord* r = t->recordAt(size_t(s->n[kNIndex]))) return r->lastLine;
  return frameLine(f);
}

Value frame_lineno(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "f_lineno");
  if (Frame* f = liveFrame(L, s)) s->n[kNLine] = currentLine(L, s, f);
  return Value::fromInt64(s->n[kNLine]);
}
Value frame_back(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "f_back");
  if (!liveFrame(L, s)) return s->v[kVBack];
  PyLanguage& P = L;
  for (size_t i = size_t(s->n[kNIndex]); i-- > 0;)
    if (vm.frames[i]->fn->language == &P) return frameObjectAt(P, i);
  return Value::null();
}
Value frame_code(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "f_code");
  if (s->v[kVCode].isNull()) {
    Rooted self(vm, Value::cell(s));
    Closure* c = s->v[kVCallee].isNull() ? nullptr : asClosure(s->v[kVCallee]);
    Value code = codeObjectOf(L, static_cast<FunctionProto*>(s->v[kVFn].asCell()), c);
    asState(self)->set(kVCode, code);
  }
  return asState(Value::cell(s))->v[kVCode];
}
Value frame_locals(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "f_locals");
  Rooted self(vm, Value::cell(s));
  if (Frame* f = liveFrame(L, s)) asState(self)->set(kVLocals, localsDict(L, f, asState(self)->v[kVLocals]));
  if (asState(self)->v[kVLocals].isNull()) asState(self)->set(kVLocals, L.newDict());
  return asState(self)->v[kVLocals];
}
Value frame_globals(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "f_globals");
  return globalsDict(L, static_cast<FunctionProto*>(s->v[kVFn].asCell()));
}
Value frame_builtins(VM& vm, CallArgs& a) {
  frameSelf(L, a, "f_builtins");
  return L.nsDict(L.builtins);
}
Value frame_lasti(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "f_lasti");
  Frame* f = liveFrame(L, s);
  return Value::fromInt64(f ? int64_t(f->pc) * 2 : -1);
}
// f_trace / f_trace_lines / f_trace_opcodes: get (one argument) and set (two).
Value frame_trace(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "f_trace");
  if (a.argc >= 1) { s->set(kVTrace, a[0]); return Value::null(); }  // (setter: self, value)
  return s->v[kVTrace];
}
Value frame_trace_del(VM& vm, CallArgs& a) {
  frameSelf(L, a, "f_trace")->set(kVTrace, Value::null());
  return Value::null();
}
Value frame_flag(VM& vm, CallArgs& a) {
  int which = nativeMagic(a);
  NativeState* s = frameSelf(L, a, which == kNTraceLines ? "f_trace_lines" : "f_trace_opcodes");
  if (a.argc >= 1) {
    if (!a[0].isBool()) L.raise(L.t.TypeError, std::string("attribute value type must be bool"));
    s->n[which] = a[0].asBool();
    return Value::null();
  }
  return Value::boolean(s->n[which] != 0);
}
Value frame_clear(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "clear");
  if (liveFrame(L, s)) L.raise(L.t.RuntimeError, "cannot clear an executing frame");
  s->set(kVLocals, Value::null());
  return Value::null();
}
Value frame_repr(VM& vm, CallArgs& a) {
  NativeState* s = frameSelf(L, a, "__repr__");
  Rooted self(vm, Value::cell(s));
  if (Frame* f = liveFrame(L, s)) s->n[kNLine] = currentLine(L, s, f);
  const ir::Function& ir = *static_cast<FunctionProto*>(s->v[kVFn].asCell())->ir;
  char addr[32];
  snprintf(addr, sizeof addr, "%p", static_cast<void*>(s));
  return L.newStr(std::string("<frame at ") + addr + ", file '" + ir.fileName + "', line " + std::to_string(s->n[kNLine]) +
                  ", code " + (ir.isScript ? "<module>" : ir.name) + ">");
}

// A property of the frame type with a native getter and (optionally) setter and deleter.
void frameProperty(PyLanguage& P, PyType* ty, const char* name, NativeFn get, NativeFn set = nullptr,
                   NativeFn del = nullptr, int magic = 0) {
  VM& vm = P.vm;
  auto native = [&](NativeFn fn) -> Value {
    if (!fn) return Value::null();
    NativeFunction* f = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, fn, &P);
    f->data = Value::cell(vm.intern(name));
    f->magic = magic;
    return Value::cell(f);
  };
  Rooted g(vm, native(get));
  Rooted s(vm, native(set));
  Rooted d(vm, native(del));
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.property, kTagProperty);
  b->a = g;
  b->b = s;
  b->c = d;
  Rooted rb(vm, Value::cell(b));
  ty->putDirect(vm, vm.intern(name), rb);
}

PyType* frameType(PyLanguage& P) {
  PyTracer* t = tracerOf(P);
  if (t->frameType) return t->frameType;
  VM& vm = P.vm;
  PyType* ty = newNativeType(P, "frame", "builtins");
  t->frameType = ty;
  frameProperty(P, ty, "f_lineno", frame_lineno);
  frameProperty(P, ty, "f_back", frame_back);
  frameProperty(P, ty, "f_code", frame_code);
  frameProperty(P, ty, "f_locals", frame_locals);
  frameProperty(P, ty, "f_globals", frame_globals);
  frameProperty(P, ty, "f_builtins", frame_builtins);
  frameProperty(P, ty, "f_lasti", frame_lasti);
  frameProperty(P, ty, "f_trace", frame_trace, frame_trace, frame_trace_del);
  frameProperty(P, ty, "f_trace_lines", frame_flag, frame_flag, nullptr, kNTraceLines);
  frameProperty(P, ty, "f_trace_opcodes", frame_flag, frame_flag, nullptr, kNTraceOpcodes);
  P.defNative(ty, "clear", frame_clear);
  P.defNative(ty, "__repr__", frame_repr);
  (void)vm;
  return ty;
}

void PyTracer::onFrameGone(FrameRecord& r) {
  if (r.data.isUndefined()) return;
  Rooted fo(vm, r.data);
  NativeState* s = asState(fo);
  if (Frame* f = liveFrame(P, s)) {  // still running (its return event): keep what it shows now
    s->n[kNLine] = currentLine(P, s, f);
    Value loc = localsDict(P, f, asState(fo)->v[kVLocals]);
    asState(fo)->set(kVLocals, loc);
    Rooted rl(vm, loc);
    for (size_t i = size_t(asState(fo)->n[kNIndex]); i-- > 0;)
      if (vm.frames[i]->fn->language == &P) { asState(fo)->set(kVBack, frameObjectAt(P, i)); break; }
  }
  asState(fo)->n[kNIndex] = -1;
}

void PyTracer::adoptLooseFrames() {
  for (Value v : looseFrames) {
    NativeState* s = asState(v);
    if (!liveFrame(P, s)) continue;
    if (FrameRecord* r = recordAt(size_t(s->n[kNIndex])); r && r->data.isUndefined()) r->data = v;
  }
  looseFrames.clear();
}

// ---- sys functions ----

Value sys_settrace(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "settrace() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  PyTracer* t = tracerOf(L);
  t->traceFunc = a[0];
  t->update();
  return Value::null();
}
Value sys_gettrace(VM& vm, CallArgs&) { return tracerOf(L)->traceFunc; }
Value sys_setprofile(VM& vm, CallArgs& a) {
  if (a.argc != 1) L.raise(L.t.TypeError, "setprofile() takes exactly one argument (" + std::to_string(a.argc) + " given)");
  PyTracer* t = tracerOf(L);
  t->profileFunc = a[0];
  t->nativeProfiler = nullptr;  // one profile hook at a time, as CPython's c_profilefunc
  t->update();
  return Value::null();
}
Value sys_getprofile(VM& vm, CallArgs&) {
  PyTracer* t = tracerOf(L);
  if (t->nativeProfiler) return t->nativeProfiler->owner;
  return t->profileFunc;
}

#undef L

}  // namespace

Value frameObjectAt(PyLanguage& P, size_t index) {
  VM& vm = P.vm;
  PyTracer* t = tracerOf(P);
  ExecutionHooks::FrameRecord* rec = vm.executionHooks == t ? t->recordAt(index) : nullptr;
  if (rec && !rec->data.isUndefined()) return rec->data;
  Frame* f = vm.frames[index];
  if (!rec) {
    // (dead loose frames go; one live object per activation)
    auto& loose = t->looseFrames;
    size_t out = 0;
    Value found = Value::undefined();
    for (Value v : loose) {
      if (!liveFrame(P, asState(v))) continue;
      if (size_t(asState(v)->n[kNIndex]) == index) found = v;
      loose[out++] = v;
    }
    loose.resize(out);
    if (!found.isUndefined()) return found;
  }
  NativeState* s = newState(P, frameType(P), kFrameKind, kNumV, kNumN);
  Rooted rs(vm, Value::cell(s));
  s->set(kVFn, Value::cell(f->fn));
  s->set(kVCallee, f->callee ? Value::cell(f->callee) : Value::null());
  s->n[kNIndex] = int64_t(index);
  s->n[kNRegs] = int64_t(reinterpret_cast<intptr_t>(f->regs));
  s->n[kNLine] = frameLine(f);
  s->n[kNTraceLines] = 1;
  rec = vm.executionHooks == t ? t->recordAt(index) : nullptr;  // (allocation may not move it, but re-check)
  if (rec) rec->data = rs;
  else t->looseFrames.push_back(rs);
  return rs;
}

void setNativeProfiler(PyLanguage& P, NativeProfiler* profiler) {
  PyTracer* t = tracerOf(P);
  t->nativeProfiler = profiler;
  if (profiler) t->profileFunc = Value::null();
  t->update();
}

void installTraceFunctions(PyLanguage& P, Object* m) {
  P.defNative(m, "settrace", sys_settrace);
  P.defNative(m, "gettrace", sys_gettrace);
  P.defNative(m, "setprofile", sys_setprofile);
  P.defNative(m, "getprofile", sys_getprofile);
}

}  // namespace dualvm::py
