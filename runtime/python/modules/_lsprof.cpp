// runtime/python/modules/_lsprof.cpp — the native `_lsprof` module (CPython's Modules/_lsprof.c)
// that cProfile builds on: Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True) with
// enable/disable/getstats/clear, and the profiler_entry / profiler_subentry struct sequences.
// It is a NativeProfiler (runtime/python/trace.h, D30): the execution hooks call it directly,
// without frame objects or a Python-level profile function; sys.getprofile() returns it.
// Entries are keyed by the function's FunctionProto (Python) or NativeFunction (builtins), and
// accounted as CPython does (a stack of contexts; recursive calls count in reccallcount and
// their time once; sub-entries per caller/callee pair). getstats() makes one code object per
// Python entry (shared by its entry and sub-entries, as cProfile matches them by id()); a
// builtin is named as CPython's normalizeUserObj names it ("<built-in method builtins.len>",
// "<method 'append' of 'list' objects>").
#include <chrono>
#include <memory>
#include <unordered_map>
#include "runtime/interpreter.h"
#include "runtime/python/modules/native_type.h"
#include "runtime/python/trace.h"

namespace dualvm::py {

#define L (lang(vm))

namespace {

enum : uint16_t { kTagProfiler = 0x5172 };

struct SubEntry {
  int64_t callcount = 0, reccallcount = 0, recursionLevel = 0;
  double tt = 0, it = 0;
};

struct Entry {
  gc::Cell* key = nullptr;      // FunctionProto (Python) or NativeFunction (builtin)
  std::string label;            // builtins: CPython's name for them
  int64_t callcount = 0, reccallcount = 0, recursionLevel = 0;
  double tt = 0, it = 0;
  std::unordered_map<Entry*, SubEntry> calls;
  std::vector<Entry*> callOrder;  // first-call order of `calls`
};

struct Context {
  Entry* entry;
  double t0, subt;
};

class ProfilerObject;

// The adapter the execution hooks call.
class Hook final : public NativeProfiler {
 public:
  ProfilerObject* self = nullptr;
  void event(Event e, ExecutionHooks::FrameRecord& rec, Value callee, Value receiver) override;
};

class ProfilerObject final : public Object {
 public:
  ProfilerObject(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) {
    setClassTag(kTagProfiler);
    hook.self = this;
  }
  PyLanguage* P = nullptr;
  Value timer = Value::null();
  double timeunit = 0.0;
  bool subcalls = true, builtins = true, enabled = false;
  std::unordered_map<gc::Cell*, std::unique_ptr<Entry>> entries;
  std::vector<Entry*> order;
  std::vector<Context> stack;
  Hook hook;

  void trace(gc::Tracer& t) override {
    Object::trace(t);
    traceValue(t, timer);
    for (Entry* e : order) t.mark(e->key);
  }
  size_t memoryBytes() const override { return sizeof(ProfilerObject) + order.size() * sizeof(Entry); }

  double now() {
    if (timer.isNull()) {
      auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
      return double(ns) * 1e-9;
    }
    VM& vm = P->vm;
    Rooted t(vm, timer);
    Value r = P->call(t, nullptr, 0);
    double v = isInteger(r) || r.isDouble() || r.isBool() ? P->toFloat(r) : 0.0;
    return timeunit > 0 ? v * timeunit : v;
  }

  Entry* entryFor(gc::Cell* key) {
    auto it = entries.find(key);
    if (it != entries.end()) return it->second.get();
    auto e = std::make_unique<Entry>();
    e->key = key;
    Entry* raw = e.get();
    entries.emplace(key, std::move(e));
    order.push_back(raw);
    return raw;
  }

  void enter(Entry* e) {
    e->recursionLevel++;
    if (subcalls && !stack.empty()) {
      Entry* caller = stack.back().entry;
      auto [it, added] = caller->calls.try_emplace(e);
      if (added) caller->callOrder.push_back(e);
      it->second.recursionLevel++;
    }
    stack.push_back({e, now(), 0.0});
  }

  void leave() {
    if (stack.empty()) return;  // a return of a frame entered before enable()
    Context ctx = stack.back();
    stack.pop_back();
    double tt = now() - ctx.t0, it = tt - ctx.subt;
    Entry* e = ctx.entry;
    if (!stack.empty()) stack.back().subt += tt;
    if (--e->recursionLevel == 0) e->tt += tt;
    else e->reccallcount++;
    e->it += it;
    e->callcount++;
    if (subcalls && !stack.empty()) {
      auto found = stack.back().entry->calls.find(e);
      if (found != stack.back().entry->calls.end()) {
        SubEntry& s = found->second;
        if (--s.recursionLevel == 0) s.tt += tt;
        else s.reccallcount++;
        s.it += it;
        s.callcount++;
      }
    }
  }

  void flushUnmatched() {
    while (!stack.empty()) leave();
  }
};

// CPython's normalizeUserObj for a builtin: a method of self's type reprs as its descriptor,
// a function as "<built-in method module.name>".
std::string builtinLabel(PyLanguage& P, Value callee, Value self) {
  VM& vm = P.vm;
  Rooted rc(vm, callee), rs(vm, self);
  Value nameV = asNativeFunction(callee)->data;
  std::string name = isString(nameV) ? asString(nameV)->toUtf8() : "?";
  if (!self.isUndefined()) {
    // a method: the repr of its descriptor, "<method 'append' of 'list' objects>", naming the
    // class that defines it (with its module unless a builtin type, as a C type's tp_name)
    PyType* ty = P.typeOf(rs);
    String* key = vm.intern(name);
    for (PyType* owner : ty->mro) {
      uint32_t slot = owner->findOwn(key);
      if (slot == Shape::kNotFound) continue;
      if (owner->slot(slot) != rc.get()) break;
      std::string cls = owner->name ? owner->name->toUtf8() : "?";
      if (!owner->builtin) {
        uint32_t m = owner->findOwn(P.s("__module__"));
        if (m != Shape::kNotFound && isString(owner->slot(m)) && asString(owner->slot(m))->toUtf8() != "builtins")
          cls = asString(owner->slot(m))->toUtf8() + "." + cls;
      }
      return "<method '" + name + "' of '" + cls + "' objects>";
    }
  }
  // the module that holds it: builtins, else a loaded module with that attribute
  std::string module;
  uint32_t slot = P.builtins->findOwn(vm.intern(name));
  if (slot != Shape::kNotFound && P.builtins->slot(slot) == rc.get()) module = "builtins";
  if (module.empty()) {
    for (auto& [modName, mod] : P.modules) {
      if (!isObject(mod)) continue;
      uint32_t s = asObject(mod)->findOwn(vm.intern(name));
      if (s != Shape::kNotFound && asObject(mod)->slot(s) == rc.get()) { module = modName; break; }
    }
  }
  return module.empty() ? "<built-in method " + name + ">" : "<built-in method " + module + "." + name + ">";
}

void Hook::event(Event e, ExecutionHooks::FrameRecord& rec, Value callee, Value receiver) {
  ProfilerObject* p = self;
  switch (e) {
    case Call: p->enter(p->entryFor(rec.fn)); break;
    case Return: p->leave(); break;
    case NativeCall:
      if (p->builtins) {
        Entry* en = p->entryFor(callee.asCell());
        if (en->label.empty()) en->label = builtinLabel(*p->P, callee, receiver);
        p->enter(en);
      }
      break;
    case NativeReturn:
    case NativeException:
      if (p->builtins) p->leave();
      break;
  }
}

ProfilerObject* selfProfiler(VM& vm, CallArgs& a, const char* method) {
  takeSelf(a);
  if (!isObject(a.thisValue) || asObject(a.thisValue)->classTag() != kTagProfiler)
    L.raise(L.t.TypeError, std::string("descriptor '") + method + "' for '_lsprof.Profiler' objects doesn't apply to a '" + L.typeName(a.thisValue) + "' object");
  return static_cast<ProfilerObject*>(asObject(a.thisValue));
}

Value profilerNew(VM& vm, CallArgs& a) {
  if (!a.argc || !isType(a[0])) L.raise(L.t.TypeError, "Profiler.__new__(X): X is not a type object");
  ProfilerObject* p = vm.heap.make<ProfilerObject>(vm.emptyShape(), asType(a[0]));
  p->P = &L;
  return Value::cell(p);
}

// Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True)
Value profilerInit(VM& vm, CallArgs& a) {
  ProfilerObject* p = selfProfiler(vm, a, "__init__");
  Rooted self(vm, Value::cell(p));
  RootedKwargs kw(L, "Profiler", {"timer", "timeunit", "subcalls", "builtins"});
  if (a.argc > 4) L.raise(L.t.TypeError, "Profiler() takes at most 4 arguments (" + std::to_string(a.argc) + " given)");
  Value args[4] = {Value::empty(), Value::empty(), Value::empty(), Value::empty()};
  const char* names[4] = {"timer", "timeunit", "subcalls", "builtins"};
  for (uint32_t i = 0; i < a.argc; i++) args[i] = a[i];
  for (int i = 0; i < 4; i++) {
    Value v = kw.get(names[i]);
    if (!v.isMagic(Magic::Empty)) {
      if (!args[i].isMagic(Magic::Empty))
        L.raise(L.t.TypeError, std::string("argument for Profiler() given by name ('") + names[i] + "') and position (" + std::to_string(i + 1) + ")");
      args[i] = v;
    }
  }
  p = static_cast<ProfilerObject*>(asObject(self));
  if (!args[0].isMagic(Magic::Empty)) p->timer = args[0];
  if (!args[1].isMagic(Magic::Empty)) p->timeunit = L.toFloat(args[1]);
  if (!args[2].isMagic(Magic::Empty)) p->subcalls = L.truthy(vm, args[2]);
  if (!args[3].isMagic(Magic::Empty)) p->builtins = L.truthy(vm, args[3]);
  writeBarrier(p, p->timer);
  return Value::null();
}

// enable(subcalls=True, builtins=True)
Value profilerEnable(VM& vm, CallArgs& a) {
  ProfilerObject* p = selfProfiler(vm, a, "enable");
  Rooted self(vm, Value::cell(p));
  RootedKwargs kw(L, "enable", {"subcalls", "builtins"});
  Value sub = a.argc > 0 ? a[0] : kw.get("subcalls");
  Value bi = a.argc > 1 ? a[1] : kw.get("builtins");
  if (!sub.isMagic(Magic::Empty)) p->subcalls = L.truthy(vm, sub);
  if (!bi.isMagic(Magic::Empty)) p->builtins = L.truthy(vm, bi);
  p->hook.owner = self;
  p->enabled = true;
  setNativeProfiler(L, &p->hook);
  return Value::null();
}

void disableProfiler(PyLanguage& P, ProfilerObject* p) {
  if (!p->enabled) return;
  p->enabled = false;
  p->flushUnmatched();
  setNativeProfiler(P, nullptr);
}

Value profilerDisable(VM& vm, CallArgs& a) {
  ProfilerObject* p = selfProfiler(vm, a, "disable");
  disableProfiler(L, p);
  return Value::null();
}

Value profilerClear(VM& vm, CallArgs& a) {
  ProfilerObject* p = selfProfiler(vm, a, "clear");
  p->stack.clear();
  p->entries.clear();
  p->order.clear();
  return Value::null();
}

Value structOf(PyLanguage& P, PyType* ty, const Value* items, size_t n) {
  Value t = P.newTuple(items, n);
  asObject(t)->setProto(ty);
  return t;
}

Value profilerGetstats(VM& vm, CallArgs& a) {
  ProfilerObject* p = selfProfiler(vm, a, "getstats");
  PyLanguage& P = L;
  Rooted self(vm, Value::cell(p));
  // one code object (or label string) per entry, shared by entries and sub-entries
  RootedVector codes(vm);
  std::unordered_map<Entry*, size_t> codeIndex;
  std::vector<Entry*> order = p->order;
  for (Entry* e : order) {
    codeIndex[e] = codes.size();
    if (isNativeFunction(Value::cell(e->key))) codes.push(P.newStr(e->label));
    else codes.push(codeObjectOf(P, static_cast<FunctionProto*>(e->key), nullptr));
  }
  // (profiler_entry, profiler_subentry): the struct types, kept by initLsprof in data2
  Value types = asNativeFunction(Value::cell(a.callee))->data2;
  PyType* entryType = asType(asArray(types)->elements[0]);
  PyType* subEntryType = asType(asArray(types)->elements[1]);
  RootedVector out(vm);
  for (Entry* e : order) {
    Rooted calls(vm, Value::null());
    if (!e->callOrder.empty()) {
      RootedVector subs(vm);
      for (Entry* c : e->callOrder) {
        const SubEntry& s = e->calls[c];
        Value items[5] = {codes[codeIndex[c]], Value::fromInt64(s.callcount), Value::fromInt64(s.reccallcount),
                          Value::number(s.tt), Value::number(s.it)};
        subs.push(structOf(P, subEntryType, items, 5));
      }
      calls = P.newList(subs.data(), subs.size());
    }
    Value items[6] = {codes[codeIndex[e]], Value::fromInt64(e->callcount), Value::fromInt64(e->reccallcount),
                      Value::number(e->tt), Value::number(e->it), calls};
    out.push(structOf(P, entryType, items, 6));
  }
  return P.newList(out.data(), out.size());
}

Value structField(VM& vm, CallArgs& a) {
  takeSelf(a);
  if (!isArray(a.thisValue) || size_t(nativeMagic(a)) >= asArray(a.thisValue)->elements.size())
    L.raise(L.t.TypeError, "descriptor requires a struct sequence object");
  return asArray(a.thisValue)->elements[size_t(nativeMagic(a))];
}

Value structRepr(VM& vm, CallArgs& a) {
  takeSelf(a);
  PyLanguage& P = L;
  Rooted self(vm, a.thisValue);
  PyType* ty = P.typeOf(self);
  Value names = P.lookupType(ty, P.s("__match_args__"));
  std::string r = "_lsprof." + ty->name->toUtf8() + "(";
  const auto& els = asArray(self)->elements;
  for (size_t i = 0; i < els.size(); i++) {
    if (i) r += ", ";
    r += asString(asArray(names)->elements[i])->toUtf8() + "=" + P.repr(asArray(self)->elements[i]);
  }
  return P.newStr(r + ")");
}

PyType* structType(PyLanguage& P, Object* m, const char* name, std::initializer_list<const char*> fields) {
  VM& vm = P.vm;
  PyType* ty = newNativeType(P, name, "_lsprof", P.t.tuple);
  Rooted rt(vm, Value::cell(ty));
  RootedVector names(vm);
  int i = 0;
  for (const char* f : fields) {
    names.push(P.newStr(f));
    defGetter(P, ty, f, structField);
    asNativeFunction(asBox(ty->slot(ty->findOwn(P.s(f))))->a)->magic = i++;
  }
  ty->putDirect(vm, P.s("__match_args__"), P.newTuple(names.data(), names.size()));
  ty->putDirect(vm, P.s("n_fields"), Value::integer(i));
  ty->putDirect(vm, P.s("n_sequence_fields"), Value::integer(i));
  ty->putDirect(vm, P.s("n_unnamed_fields"), Value::integer(0));
  P.defNative(ty, "__repr__", structRepr);
  m->putDirect(vm, P.s(name), rt);
  return ty;
}

}  // namespace

void initLsprof(PyLanguage& P, Object* m) {
  VM& vm = P.vm;
  PyType* ty = newNativeType(P, "Profiler", "_lsprof");
  Rooted rt(vm, Value::cell(ty));
  P.defNative(ty, "__new__", profilerNew);
  P.defNative(ty, "__init__", profilerInit);
  P.defNative(ty, "enable", profilerEnable);
  P.defNative(ty, "disable", profilerDisable);
  P.defNative(ty, "clear", profilerClear);
  P.defNative(ty, "getstats", profilerGetstats);
  m->putDirect(vm, P.s("Profiler"), rt);
  Value types[2];
  types[0] = Value::cell(structType(P, m, "profiler_entry", {"code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"}));
  types[1] = Value::cell(structType(P, m, "profiler_subentry", {"code", "callcount", "reccallcount", "totaltime", "inlinetime"}));
  Value pair = P.newTuple(types, 2);  // (the types are held by the module)
  NativeFunction* getstats = asNativeFunction(ty->slot(ty->findOwn(P.s("getstats"))));
  writeBarrier(getstats, pair);
  getstats->data2 = pair;
}

}  // namespace dualvm::py
