// runtime/python/traceback.cpp — traceback chains as CPython 3.11 builds them (owner: pyintro);
// the frame objects they point at are trace.cpp's.
//
// Tracebacks: CPython adds one traceback entry per frame an exception unwinds through
// (PyTraceBack_Here at each frame's error label), so e.__traceback__ starts at the frame that
// caught it and tb_next goes toward the raise point. The interpreter tells the language nothing
// while unwinding, so the same chain is built in two steps: at the raise (Raise/Reraise
// intrinsics, natives' exceptions) the frames then running are recorded with their lines under
// PyLanguage::tbKey (a list of kEntry values per frame, outermost first); when the exception
// is caught in Python (SetExcInfo, WithExit) the entries from the catching frame inward are
// prepended to its chain. An exception caught by native code, or printed after it ended the
// program, takes the entries of the recorded frames that are no longer running.
#include "runtime/python/traceback.h"
#include "runtime/python/trace.h"
#include <fstream>
#include <sstream>
#include <unordered_map>
#include "runtime/interpreter.h"
#include "runtime/python/containers.h"
#include "runtime/python/py_module.h"

namespace dualvm::py {

namespace {

struct State {
  PyType* traceback = nullptr;
  Symbol* chainKey = nullptr;  // hidden exception property: the traceback chain (or None)
  // The frame objects recorded last, by position in vm.frames: [frame, function, registers] per
  // position, so repeated raises under the same callers make no new frame objects for them.
  ArrayObject* frames = nullptr;
};
std::unordered_map<PyLanguage*, State> states;

State& state(PyLanguage& P) {
  State& s = states[&P];
  if (!s.traceback) installTracebackType(P);
  return s;
}

// A recorded frame: [frame object, line, index in vm.frames, function, registers address].
constexpr size_t kEntry = 5;

bool entryLive(PyLanguage& P, const std::vector<Value>& el, size_t i) {
  VM& vm = P.vm;
  size_t index = size_t(el[i * kEntry + 2].asInt());
  if (index >= vm.frames.size()) return false;
  Frame* f = vm.frames[index];
  return Value::cell(f->fn) == el[i * kEntry + 3] && double(reinterpret_cast<uintptr_t>(f->regs)) == el[i * kEntry + 4].toDouble();
}

Value newTb(PyLanguage& P, Value frame, Value lineno, Value next) {
  VM& vm = P.vm;
  Rooted rf(vm, frame), rn(vm, next);
  Object* tb = vm.heap.make<Object>(vm.emptyShape(), state(P).traceback);
  Rooted rtb(vm, Value::cell(tb));
  tb->putDirect(vm, P.s("tb_frame"), rf);
  tb->putDirect(vm, P.s("tb_lineno"), lineno);
  // tb_lasti -1: traceback.py then shows tb_lineno without asking co_positions() for columns
  tb->putDirect(vm, P.s("tb_lasti"), Value::integer(-1));
  tb->putDirect(vm, P.s("__dualvm_next__"), rn);  // read by the tb_next property
  return rtb;
}

Value ownOrNull(Object* o, PropertyKey k) {
  uint32_t i = o->findOwn(k);
  return i == Shape::kNotFound ? Value::null() : o->slot(i);
}

// Prepends entries for the recorded frames from `from` on to exc's chain; clears the record.
// A record that remains after a Python handler caught the exception: the frames outside the
// catching one, with a trailing marker. They count only if the exception goes on unwinding
// (an except clause that does not match, finally, with): the next catch adds them; they are
// dropped when the exception is raised anew or its __traceback__ is read by running code.
bool isContinuation(Value rec) { return asArray(rec)->elements.size() % kEntry == 1; }

// Prepends entries for the recorded frames from `from` on to exc's chain. The record is cleared,
// or with keepOuter cut to the frames before `from` (a continuation).
void materialize(PyLanguage& P, Value exc, size_t from, bool keepOuter) {
  VM& vm = P.vm;
  Rooted rexc(vm, exc);
  Object* o = asObject(exc);
  Rooted rec(vm, ownOrNull(o, P.tbKey));
  if (!isArray(rec)) return;
  Rooted chain(vm, ownOrNull(o, state(P).chainKey));
  size_t n = asArray(rec)->elements.size() / kEntry;
  for (size_t i = n; i-- > from;) {
    auto& el = asArray(rec)->elements;
    chain = newTb(P, el[kEntry * i], el[kEntry * i + 1], chain);
  }
  Value rest = Value::null();
  if (keepOuter && from > 0) {
    auto& el = asArray(rec)->elements;
    el.resize(from * kEntry);
    el.push_back(Value::boolean(true));
    rest = rec;
  }
  asObject(rexc)->putDirect(vm, P.tbKey, rest, kWritable | kConfigurable);
  asObject(rexc)->putDirect(vm, state(P).chainKey, chain, kWritable | kConfigurable);
}

// The first recorded frame that has finished: where an exception caught outside Python frames
// (or not caught at all) stopped unwinding.
size_t firstFinished(PyLanguage& P, Value rec) {
  auto& el = asArray(rec)->elements;
  size_t n = el.size() / kEntry;
  for (size_t i = 0; i < n; i++)
    if (!entryLive(P, el, i)) return i;
  return n;
}

bool pythonFramesRunning(PyLanguage& P) {
  for (Frame* f : P.vm.frames)
    if (f->fn->language == &P) return true;
  return false;
}

// Adds the entries of recorded frames that have finished: the exception was caught by native
// code or ended the program. A continuation counts only in the latter case (no Python frame runs).
void settle(PyLanguage& P, Value exc) {
  if (!isObject(exc)) return;
  Value rec = ownOrNull(asObject(exc), P.tbKey);
  if (!isArray(rec)) return;
  if (isContinuation(rec) && pythonFramesRunning(P)) {
    asObject(exc)->putDirect(P.vm, P.tbKey, Value::null(), kWritable | kConfigurable);
    return;
  }
  materialize(P, exc, firstFinished(P, rec), false);
}

Value tbNextGet(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isObject(a.thisValue)) return Value::null();
  return ownOrNull(asObject(a.thisValue), lang(vm).s("__dualvm_next__"));
}

Value tbNextSet(VM& vm, CallArgs& a) {
  PyLanguage& P = lang(vm);
  takeSelf(a);
  Rooted self(vm, a.thisValue);
  Rooted v(vm, a.argc ? a[a.argc - 1] : Value::null());
  PyType* tt = state(P).traceback;
  if (!isObject(self) || P.typeOf(self) != tt) P.raise(P.t.TypeError, "descriptor 'tb_next' for 'traceback' objects doesn't apply to a '" + P.typeName(self) + "' object");
  if (!v.get().isNull() && (!isObject(v) || P.typeOf(v) != tt)) P.raise(P.t.TypeError, "expected traceback object or None, got '" + P.typeName(v) + "'");
  for (Value c = v; !c.isNull(); c = ownOrNull(asObject(c), P.s("__dualvm_next__")))  // no loops
    if (c == self.get()) P.raise(P.t.ValueError, "traceback loop detected");
  asObject(self)->putDirect(vm, P.s("__dualvm_next__"), v);
  return Value::null();
}

void defProperty(PyLanguage& P, PyType* ty, const char* name, NativeFn get, NativeFn set, int magic) {
  VM& vm = P.vm;
  NativeFunction* g = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, get, &P);
  Rooted rg(vm, Value::cell(g));
  g->data = Value::cell(vm.intern(name));
  g->magic = magic;
  Rooted rs(vm, Value::null());
  if (set) {
    NativeFunction* s = vm.heap.make<NativeFunction>(vm.emptyShape(), P.t.builtinFunction, set, &P);
    s->data = Value::cell(vm.intern(name));
    rs = Value::cell(s);
  }
  PyBox* b = vm.heap.make<PyBox>(vm.emptyShape(), P.t.property, kTagProperty);
  b->a = rg;
  b->b = rs;
  b->c = Value::null();
  Rooted rb(vm, Value::cell(b));
  ty->putDirect(vm, vm.intern(name), rb);
}

}  // namespace

PyType* tracebackType(PyLanguage& P) { return state(P).traceback; }

void installTracebackType(PyLanguage& P) {
  State& s = states[&P];
  if (s.traceback) return;
  VM& vm = P.vm;
  s.traceback = P.newType("traceback", P.t.object);
  vm.addPermanentRoot(Value::cell(s.traceback));
  s.chainKey = vm.heap.make<Symbol>(Value::undefined());
  vm.addPermanentRoot(Value::cell(s.chainKey));
  s.frames = asArray(P.newList(nullptr, 0));
  vm.addPermanentRoot(Value::cell(s.frames));
  // tb_next is writable, as CPython's (unittest cuts its own frames off a traceback)
  defProperty(P, s.traceback, "tb_next", tbNextGet, tbNextSet, 0);
}

void recordRaise(PyLanguage& P, Value exc, bool bareReraise) {
  if (!isObject(exc)) return;
  VM& vm = P.vm;
  Rooted rexc(vm, exc);
  settle(P, exc);  // a raise of an exception caught by native code keeps the frames it went through
  std::vector<size_t> idx;
  for (size_t i = 0; i < vm.frames.size(); i++)
    if (vm.frames[i]->fn->language == &P) idx.push_back(i);
  if (bareReraise && !idx.empty()) idx.pop_back();
  Rooted rec(vm, P.newList(nullptr, 0));
  for (size_t i : idx) {
    Frame* f = vm.frames[i];
    Value fnv = Value::cell(f->fn), regs = Value::number(double(reinterpret_cast<uintptr_t>(f->regs)));
    std::vector<Value>& cache = state(P).frames->elements;
    Value fo;
    if (cache.size() > 3 * i + 2 && cache[3 * i + 1] == fnv && cache[3 * i + 2].toDouble() == regs.toDouble()) {
      fo = cache[3 * i];
    } else {
      fo = frameObjectAt(P, i);  // trace.cpp
      std::vector<Value>& c = state(P).frames->elements;
      if (c.size() < 3 * i + 3) c.resize(3 * i + 3, Value::null());
      c[3 * i] = fo; c[3 * i + 1] = fnv; c[3 * i + 2] = regs;
      writeBarrier(state(P).frames, fo);
      writeBarrier(state(P).frames, fnv);
    }
    ArrayObject* r = asArray(rec);
    r->push(fo);
    r->push(Value::integer(int32_t(interp::positionAt(*f->fn->ir, f->pc).line)));
    r->push(Value::integer(int32_t(i)));
    r->push(Value::cell(f->fn));
    r->push(Value::number(double(reinterpret_cast<uintptr_t>(f->regs))));
  }
  asObject(rexc)->putDirect(vm, P.tbKey, rec, kWritable | kConfigurable);
}

void tracebackCaught(PyLanguage& P, Value exc) {
  if (!isObject(exc)) return;
  VM& vm = P.vm;
  Rooted rexc(vm, exc);
  Rooted rec(vm, ownOrNull(asObject(exc), P.tbKey));
  if (!isArray(rec)) return;
  // the catching frame is the innermost Python frame
  size_t cur = SIZE_MAX;
  for (size_t i = vm.frames.size(); i-- > 0;)
    if (vm.frames[i]->fn->language == &P) { cur = i; break; }
  auto& el = asArray(rec)->elements;
  size_t n = el.size() / kEntry, from = n;
  for (size_t i = n; i-- > 0;)
    if (size_t(el[i * kEntry + 2].asInt()) == cur && entryLive(P, el, i)) { from = i; break; }
  if (from == n) from = firstFinished(P, rec);
  materialize(P, rexc, from, true);
}

Value tracebackOf(PyLanguage& P, Value exc) {
  if (!isObject(exc)) return Value::null();
  VM& vm = P.vm;
  Rooted rexc(vm, exc);
  settle(P, exc);
  return ownOrNull(asObject(rexc), state(P).chainKey);
}

void setTraceback(PyLanguage& P, Value exc, Value tb) {
  VM& vm = P.vm;
  Rooted rexc(vm, exc), rtb(vm, tb);
  asObject(rexc)->putDirect(vm, P.tbKey, Value::null(), kWritable | kConfigurable);
  asObject(rexc)->putDirect(vm, state(P).chainKey, rtb, kWritable | kConfigurable);
}

void copyTraceback(PyLanguage& P, Value from, Value to) {
  VM& vm = P.vm;
  Rooted rf(vm, from), rt(vm, to);
  Rooted rec(vm, ownOrNull(asObject(from), P.tbKey));
  Rooted chain(vm, ownOrNull(asObject(from), state(P).chainKey));
  asObject(rt)->putDirect(vm, P.tbKey, rec, kWritable | kConfigurable);
  asObject(rt)->putDirect(vm, state(P).chainKey, chain, kWritable | kConfigurable);
}

// Line `line` of a file without its indentation, as the printer shows it: the source the
// runtime compiled, else the file on disk.
static std::string sourceLine(PyLanguage& P, const std::string& file, uint32_t line) {
  auto it = P.sources.find(file);
  std::string text;
  if (it != P.sources.end()) {
    text = it->second;
  } else {
    if (file.empty() || file[0] == '<') return "";
    std::ifstream in(file, std::ios::binary);
    if (!in) return "";
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  uint32_t cur = 1;
  size_t start = 0;
  for (size_t i = 0; i < text.size() && cur < line; i++) if (text[i] == '\n') { cur++; start = i + 1; }
  if (cur != line || line == 0) return "";
  size_t end = text.find('\n', start);
  std::string l = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  size_t a = l.find_first_not_of(" \t\f");
  if (a == std::string::npos) return "";
  size_t b = l.find_last_not_of(" \t\r\n\f");
  return l.substr(a, b - a + 1);
}

std::string formatTracebackEntries(PyLanguage& P, Value tb) {
  if (!isObject(tb)) return "";
  VM& vm = P.vm;
  Rooted rtb(vm, tb);
  std::string out = "Traceback (most recent call last):\n";
  std::string last;
  int repeats = 0;
  auto flush = [&] {
    if (repeats > 3) out += "  [Previous line repeated " + std::to_string(repeats - 3) + " more time" + (repeats - 3 > 1 ? "s" : "") + "]\n";
  };
  for (Value t = rtb; isObject(t); t = ownOrNull(asObject(t), P.s("__dualvm_next__"))) {
    Value fr = ownOrNull(asObject(t), P.s("tb_frame"));
    Value ln = ownOrNull(asObject(t), P.s("tb_lineno"));
    Rooted rt(vm, t), rfr(vm, fr);
    Rooted code(vm, P.getAttr(fr, P.s("f_code"), false));
    if (!isObject(code)) continue;
    Value fv = P.getAttr(code, P.s("co_filename"), false), nv = P.getAttr(code, P.s("co_name"), false);
    std::string file = isString(fv) ? asString(fv)->toUtf8() : "", name = isString(nv) ? asString(nv)->toUtf8() : "";
    ln = ownOrNull(asObject(rt), P.s("tb_lineno"));
    int64_t line = ln.isInt() ? ln.asInt() : 0;
    std::string entry = "  File \"" + file + "\", line " + std::to_string(line) + ", in " + name + "\n";
    std::string src = sourceLine(P, file, uint32_t(line));
    if (!src.empty()) entry += "    " + src + "\n";
    if (entry == last) {
      if (++repeats > 3) continue;
    } else {
      flush();
      last = entry;
      repeats = 1;
    }
    out += entry;
  }
  flush();
  return out;
}

}  // namespace dualvm::py
