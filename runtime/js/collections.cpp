// runtime/js/collections.cpp — Map, Set, WeakMap, WeakSet and WeakRef.
//
// Map and Set share one insertion-ordered hash table keyed by SameValueZero: an entry vector
// (deleted entries become tombstones) plus a hash index. Iterators walk the entry vector by
// position, so entries added during iteration are visited and deleted ones skipped, as the spec
// says. Tombstones are compacted away only when no iterator (or forEach) is in progress.
//
// WeakMap / WeakSet use the same table, as ephemerons of the collector (gc/weak.h, pyweak): the
// table does not trace its entries; a WeakMap value is marked only once its key is, and entries
// whose key died are removed before the sweep. WeakRef's target is a weak slot (undefined once
// dead); a target made or deref()ed during a job stays alive until the job and its microtasks
// end (the spec's KeepDuringJob / ClearKeptObjects). FinalizationRegistry cells hold the target
// and unregister token weakly and the held value strongly; when targets die the registry queues
// itself and its cleanup callbacks run as a task of the event loop (a macrotask source), never
// inside the collector. node forces no collection without --expose-gc, so programs only observe
// the living behaviour; tests/unit/gc and the js_std unit tests check death.
#include <algorithm>
#include <unordered_map>
#include "gc/heap.h"
#include "runtime/js/iteration.h"
#include "runtime/js/object_ops.h"
#include "runtime/js/operations.h"
#include "runtime/js/stdlib.h"

namespace dualvm::js {

namespace {

// SameValueZero-normalised key: numbers as int when integral (and -0 as 0), NaN canonical.
Value normalizeKey(Value k) {
  if (k.isDouble()) {
    double d = k.asDouble();
    if (d == 0) return Value::integer(0);
    return Value::fromDoubleNormalized(d);
  }
  return k;
}

struct KeyHash {
  size_t operator()(Value v) const {
    if (isString(v)) return asString(v)->hash();
    uint64_t b = v.bits();
    b ^= b >> 33;
    b *= 0xff51afd7ed558ccdull;
    b ^= b >> 33;
    return size_t(b);
  }
};
struct KeyEq {
  bool operator()(Value a, Value b) const {
    if (a == b) return true;
    if (isString(a) && isString(b)) return asString(a)->equals(asString(b));
    return false;
  }
};

}  // namespace

class CollectionObject final : public Object, public gc::WeakHolder {
 public:
  CollectionObject(Shape* shape, Object* proto, ClassTag tag) : Object(shape, proto, CellKind::ObjectOther) {
    setClassTag(uint16_t(tag));
  }
  bool isWeak() const { return classTag() == uint16_t(ClassTag::WeakMap) || classTag() == uint16_t(ClassTag::WeakSet); }
  struct Entry { Value key, value; };
  std::vector<Entry> entries;  // key == Value::empty() marks a deleted entry
  std::unordered_map<Value, uint32_t, KeyHash, KeyEq> index;
  uint32_t liveCount = 0;
  uint32_t activeIterators = 0;

  int64_t find(Value key) const {
    auto it = index.find(normalizeKey(key));
    return it == index.end() ? -1 : int64_t(it->second);
  }
  void set(Value key, Value value) {
    key = normalizeKey(key);
    auto it = index.find(key);
    if (it != index.end()) {
      writeBarrier(this, value);
      entries[it->second].value = value;
      return;
    }
    maybeCompact();
    writeBarrier(this, key);
    writeBarrier(this, value);
    index.emplace(key, uint32_t(entries.size()));
    entries.push_back({key, value});
    liveCount++;
  }
  bool remove(Value key) {
    auto it = index.find(normalizeKey(key));
    if (it == index.end()) return false;
    Entry& e = entries[it->second];
    e.key = Value::empty();
    e.value = Value::undefined();
    index.erase(it);
    liveCount--;
    return true;
  }
  void clear() {
    for (Entry& e : entries) { e.key = Value::empty(); e.value = Value::undefined(); }
    index.clear();
    liveCount = 0;
    maybeCompact();
  }
  void maybeCompact() {
    size_t dead = entries.size() - liveCount;
    if (activeIterators > 0 || dead < 16 || dead < liveCount) return;
    std::vector<Entry> live;
    live.reserve(liveCount);
    for (const Entry& e : entries)
      if (!e.key.isMagic()) live.push_back(e);
    entries.swap(live);
    index.clear();
    for (uint32_t i = 0; i < entries.size(); i++) index.emplace(entries[i].key, i);
  }
  void trace(gc::Tracer& t) override {
    Object::trace(t);
    if (isWeak()) return;  // ephemerons: traceEphemerons / sweepWeak
    for (const Entry& e : entries) { traceValue(t, e.key); traceValue(t, e.value); }
  }
  // A WeakMap value is reachable once its key is (WeakSet entries have key == value).
  bool traceEphemerons(gc::Tracer& t) override {
    bool any = false;
    for (const Entry& e : entries) {
      if (e.key.isMagic() || !t.isMarked(e.key.asCell())) continue;
      if (e.value.isCell() && !t.isMarked(e.value.asCell())) {
        traceValue(t, e.value);
        any = true;
      }
    }
    return any;
  }
  void sweepWeak(gc::Tracer& t) override {
    for (Entry& e : entries) {
      if (e.key.isMagic() || t.isMarked(e.key.asCell())) continue;
      index.erase(e.key);
      e.key = Value::empty();
      e.value = Value::undefined();
      liveCount--;
    }
  }
  size_t memoryBytes() const override {
    return Object::memoryBytes() + entries.capacity() * sizeof(Entry) + index.size() * 32;
  }
};

static CollectionObject* thisCollection(VM& vm, Value v, ClassTag tag, const char* method) {
  if (!hasClassTag(v, tag)) {
    const char* type = tag == ClassTag::Map ? "Map" : tag == ClassTag::Set ? "Set"
                       : tag == ClassTag::WeakMap ? "WeakMap" : "WeakSet";
    throwTypeError(vm, std::string("Method ") + type + ".prototype." + method +
                           " called on incompatible receiver " + describeForError(vm, v));
  }
  return static_cast<CollectionObject*>(v.asCell());
}

static bool canBeHeldWeakly(Value v) {
  if (isObject(v)) return true;
  return isSymbol(v) && !asSymbol(v)->registered;
}

// ---- constructors ----
// Map / Set / WeakMap / WeakSet: magic = ClassTag.
static Value collectionConstructor(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  ClassTag tag = ClassTag(static_cast<NativeFunction*>(args.callee)->magic);
  const char* name = tag == ClassTag::Map ? "Map" : tag == ClassTag::Set ? "Set" : tag == ClassTag::WeakMap ? "WeakMap" : "WeakSet";
  if (!args.isConstructCall()) throwTypeError(vm, std::string("Constructor ") + name + " requires 'new'");
  Object* fallback = tag == ClassTag::Map ? r.mapPrototype : tag == ClassTag::Set ? r.setPrototype
                     : tag == ClassTag::WeakMap ? r.weakMapPrototype : r.weakSetPrototype;
  Object* proto = prototypeFromConstructor(vm, args.newTarget, fallback);
  Rooted rp(vm, Value::cell(proto));
  CollectionObject* c = vm.heap.make<CollectionObject>(vm.emptyShape(), proto, tag);
  if (c->isWeak()) vm.heap.registerWeakHolder(c, c);
  Rooted rc(vm, Value::cell(c));
  if (args[0].isNullish()) return rc;
  bool isMapLike = tag == ClassTag::Map || tag == ClassTag::WeakMap;
  Rooted adder(vm, getProperty(vm, rc, isMapLike ? r.names.set : r.names.add));
  if (!isCallable(adder))
    throwTypeError(vm, "'" + describeForError(vm, adder) + "' returned for property '" +
                           (isMapLike ? "set" : "add") + "' of object '#<" + name + ">' is not a function");
  // Fast path: the original adder over an array.
  IteratorRecord rec;
  getIterator(vm, args[0], &rec);
  Rooted iter(vm, rec.iterator), next(vm, rec.nextMethod), item(vm);
  while (true) {
    rec.iterator = iter;
    rec.nextMethod = next;
    Value v;
    if (!iteratorStep(vm, rec, &v)) break;
    item = v;
    try {
      if (isMapLike) {
        if (!isObject(item))
          throwTypeError(vm, "Iterator value " + toStdString(vm, item) + " is not an entry object");
        Value kv[2];
        Rooted k(vm, getIndex(vm, item, 0));
        Rooted val(vm, getIndex(vm, item, 1));
        kv[0] = k; kv[1] = val;
        call(vm, adder, rc, kv, 2);
      } else {
        Value a = item;
        call(vm, adder, rc, &a, 1);
      }
    } catch (ScriptThrow&) {
      Rooted e(vm, vm.exception);
      vm.exception = Value::undefined();
      iteratorClose(vm, iter, true);
      vm.throwValue(e);
    }
  }
  return rc;
}

// ---- Map.prototype / WeakMap.prototype ----
// magic: bit 0..7 = op (0 get, 1 set, 2 has, 3 delete, 4 clear, 5 size), bit 8 = weak.
static Value mapMethod(VM& vm, CallArgs& args) {
  int magic = static_cast<NativeFunction*>(args.callee)->magic;
  bool weak = magic & 0x100;
  int op = magic & 0xFF;
  static const char* names[] = {"get", "set", "has", "delete", "clear", "size"};
  CollectionObject* m = thisCollection(vm, args.thisValue, weak ? ClassTag::WeakMap : ClassTag::Map, names[op]);
  switch (op) {
    case 0: {
      int64_t i = m->find(args[0]);
      return i < 0 ? Value::undefined() : m->entries[size_t(i)].value;
    }
    case 1:
      if (weak && !canBeHeldWeakly(args[0]))
        throwTypeError(vm, "Invalid value used as weak map key");
      m->set(args[0], args[1]);
      return args.thisValue;
    case 2: return Value::boolean(m->find(args[0]) >= 0);
    case 3: return Value::boolean(m->remove(args[0]));
    case 4: m->clear(); return Value::undefined();
    default: return Value::integer(int32_t(m->liveCount));
  }
}

// ---- Set.prototype / WeakSet.prototype ----
// magic: op (0 add, 1 has, 2 delete, 3 clear, 4 size), bit 8 = weak.
static Value setMethod(VM& vm, CallArgs& args) {
  int magic = static_cast<NativeFunction*>(args.callee)->magic;
  bool weak = magic & 0x100;
  int op = magic & 0xFF;
  static const char* names[] = {"add", "has", "delete", "clear", "size"};
  CollectionObject* s = thisCollection(vm, args.thisValue, weak ? ClassTag::WeakSet : ClassTag::Set, names[op]);
  switch (op) {
    case 0:
      if (weak && !canBeHeldWeakly(args[0])) throwTypeError(vm, "Invalid value used in weak set");
      if (s->find(args[0]) < 0) s->set(args[0], args[0]);
      return args.thisValue;
    case 1: return Value::boolean(s->find(args[0]) >= 0);
    case 2: return Value::boolean(s->remove(args[0]));
    case 3: s->clear(); return Value::undefined();
    default: return Value::integer(int32_t(s->liveCount));
  }
}

// forEach for both: magic 0 Map, 1 Set.
static Value collectionForEach(VM& vm, CallArgs& args) {
  bool isSet = static_cast<NativeFunction*>(args.callee)->magic == 1;
  CollectionObject* c = thisCollection(vm, args.thisValue, isSet ? ClassTag::Set : ClassTag::Map, "forEach");
  if (!isCallable(args[0])) throwTypeError(vm, describeForError(vm, args[0]) + " is not a function");
  Rooted self(vm, args.thisValue);
  c->activeIterators++;
  try {
    for (size_t i = 0; i < c->entries.size(); i++) {
      if (c->entries[i].key.isMagic()) continue;
      Value argv[3] = {c->entries[i].value, c->entries[i].key, self};
      call(vm, args[0], args[1], argv, 3);
    }
  } catch (ScriptThrow&) {
    c->activeIterators--;
    throw;
  }
  c->activeIterators--;
  return Value::undefined();
}

// ---- iterators: InternalObject [0] collection (undefined when done), [1] position, [2] kind ----
// kind: 0 keys, 1 values, 2 entries.
static Value makeCollectionIterator(VM& vm, Value collection, bool isSet, int kind) {
  JsRealm& r = jsRealm(vm);
  Rooted rc(vm, collection);
  InternalObject* it = newInternalObject(vm, isSet ? ClassTag::SetIterator : ClassTag::MapIterator,
                                         isSet ? r.setIteratorPrototype : r.mapIteratorPrototype, 3);
  it->internal[0] = rc;
  it->internal[1] = Value::integer(0);
  it->internal[2] = Value::integer(kind);
  static_cast<CollectionObject*>(rc.get().asCell())->activeIterators++;
  return Value::cell(it);
}

// keys / values / entries: magic = kind + 4 * isSet.
static Value collectionIteratorMethod(VM& vm, CallArgs& args) {
  int magic = static_cast<NativeFunction*>(args.callee)->magic;
  bool isSet = magic >= 4;
  int kind = magic & 3;
  static const char* names[] = {"keys", "values", "entries"};
  thisCollection(vm, args.thisValue, isSet ? ClassTag::Set : ClassTag::Map, names[kind]);
  return makeCollectionIterator(vm, args.thisValue, isSet, kind);
}

static Value collectionIteratorNext(VM& vm, CallArgs& args) {
  bool isSet = static_cast<NativeFunction*>(args.callee)->magic == 1;
  if (!hasClassTag(args.thisValue, isSet ? ClassTag::SetIterator : ClassTag::MapIterator))
    throwTypeError(vm, std::string("Method ") + (isSet ? "Set" : "Map") + " Iterator.prototype.next called on incompatible receiver " +
                           describeForError(vm, args.thisValue));
  InternalObject* it = static_cast<InternalObject*>(args.thisValue.asCell());
  if (it->internal[0].isUndefined()) return createIterResult(vm, Value::undefined(), true);
  CollectionObject* c = static_cast<CollectionObject*>(it->internal[0].asCell());
  size_t pos = size_t(it->internal[1].asInt());
  while (pos < c->entries.size() && c->entries[pos].key.isMagic()) pos++;
  if (pos >= c->entries.size()) {
    c->activeIterators--;
    it->internal[0] = Value::undefined();
    return createIterResult(vm, Value::undefined(), true);
  }
  it->internal[1] = Value::integer(int32_t(pos + 1));
  int kind = it->internal[2].asInt();
  Value k = c->entries[pos].key, v = c->entries[pos].value;
  if (kind == 0) return createIterResult(vm, k, false);
  if (kind == 1) return createIterResult(vm, v, false);
  Value pair[2] = {k, v};
  Rooted arr(vm, Value::cell(createArrayFromList(vm, pair, 2)));
  return createIterResult(vm, arr, false);
}

static Value returnThis(VM&, CallArgs& args) { return args.thisValue; }

// Map.groupBy(items, callback).
static Value mapGroupBy(VM& vm, CallArgs& args) {
  JsRealm& r = jsRealm(vm);
  CollectionObject* m = vm.heap.make<CollectionObject>(vm.emptyShape(), r.mapPrototype, ClassTag::Map);
  Rooted rm(vm, Value::cell(m));
  if (!isCallable(args[1])) throwTypeError(vm, describeForError(vm, args[1]) + " is not a function");
  IteratorRecord rec;
  getIterator(vm, args[0], &rec);
  Rooted iter(vm, rec.iterator), next(vm, rec.nextMethod), item(vm), key(vm);
  for (int32_t k = 0;; k++) {
    rec.iterator = iter;
    rec.nextMethod = next;
    Value v;
    if (!iteratorStep(vm, rec, &v)) break;
    item = v;
    Value argv[2] = {item, Value::integer(k)};
    key = call(vm, args[1], Value::undefined(), argv, 2);
    int64_t i = m->find(key);
    if (i < 0) {
      Rooted group(vm, Value::cell(newArray(vm)));
      m->set(key, group);
      i = m->find(key);
    }
    asArray(m->entries[size_t(i)].value)->push(item);
  }
  return rm;
}

// ---- WeakRef / FinalizationRegistry ----
namespace {

class WeakRefObject final : public Object, public gc::WeakHolder {
 public:
  WeakRefObject(Shape* shape, Object* proto) : Object(shape, proto, CellKind::ObjectOther) {
    setClassTag(uint16_t(ClassTag::WeakRef));
  }
  Value target = Value::undefined();  // weak
  void sweepWeak(gc::Tracer& t) override {
    if (target.isCell() && !t.isMarked(target.asCell())) target = Value::undefined();
  }
  size_t memoryBytes() const override { return sizeof(WeakRefObject); }
};

class FinRegObject final : public Object, public gc::WeakHolder {
 public:
  FinRegObject(Shape* shape, Object* proto, gc::WeakQueue* q)
      : Object(shape, proto, CellKind::ObjectOther), queue(q) {
    setClassTag(uint16_t(ClassTag::FinalizationRegistry));
  }
  struct Record { Value target, held, token; };  // target and token weak, held strong
  Value cleanup = Value::undefined();
  std::vector<Record> records;
  std::vector<Value> pending;  // held values of dead targets, for the next cleanup task
  gc::WeakQueue* queue;
  bool queued = false;
  void trace(gc::Tracer& t) override {
    Object::trace(t);
    traceValue(t, cleanup);
    for (const Record& r : records) traceValue(t, r.held);
    for (Value v : pending) traceValue(t, v);
  }
  void sweepWeak(gc::Tracer& t) override {
    size_t kept = 0;
    for (Record& r : records) {
      if (r.token.isCell() && !t.isMarked(r.token.asCell())) r.token = Value::undefined();
      if (!t.isMarked(r.target.asCell())) {
        pending.push_back(r.held);
        continue;
      }
      records[kept++] = r;
    }
    records.resize(kept);
    if (!pending.empty() && !queued) {
      queued = true;
      queue->push(this);
    }
  }
  size_t memoryBytes() const override {
    return sizeof(FinRegObject) + records.capacity() * sizeof(Record) + pending.capacity() * sizeof(Value);
  }
};

// Per realm: objects kept alive until the current job ends, and registries with cleanup due.
class WeakJsState final : public gc::Cell {
 public:
  WeakJsState() : gc::Cell(uint8_t(CellKind::Internal)) {}
  std::vector<Value> kept;
  gc::WeakQueue queue;
  void trace(gc::Tracer& t) override {
    for (Value v : kept) traceValue(t, v);
    queue.trace(t);
  }
  size_t memoryBytes() const override { return sizeof(WeakJsState) + kept.capacity() * sizeof(Value); }
};

WeakJsState& weakState(VM& vm) {
  return *static_cast<WeakJsState*>(namedIntrinsic(vm, "jsstd:weakState").asCell());
}
// AddToKeptObjects
void keepDuringJob(VM& vm, Value v) { weakState(vm).kept.push_back(v); }

}  // namespace

static Value weakRefConstructor(VM& vm, CallArgs& args) {
  if (!args.isConstructCall()) throwTypeError(vm, "Constructor WeakRef requires 'new'");
  if (!canBeHeldWeakly(args[0])) throwTypeError(vm, "WeakRef: target must be an object");
  Object* proto = prototypeFromConstructor(vm, args.newTarget, asObject(namedIntrinsic(vm, "jsstd:weakRefProto")));
  Rooted rp(vm, Value::cell(proto));
  WeakRefObject* o = vm.heap.make<WeakRefObject>(vm.emptyShape(), proto);
  o->target = args[0];
  vm.heap.registerWeakHolder(o, o);
  keepDuringJob(vm, args[0]);
  return Value::cell(o);
}

static Value weakRefDeref(VM& vm, CallArgs& args) {
  if (!hasClassTag(args.thisValue, ClassTag::WeakRef))
    throwTypeError(vm, "WeakRef.prototype.deref: 'this' is not a WeakRef");
  Value target = static_cast<WeakRefObject*>(args.thisValue.asCell())->target;
  if (!target.isUndefined()) keepDuringJob(vm, target);
  return target;
}

static Value finalizationRegistryConstructor(VM& vm, CallArgs& args) {
  if (!args.isConstructCall()) throwTypeError(vm, "Constructor FinalizationRegistry requires 'new'");
  if (!isCallable(args[0])) throwTypeError(vm, "FinalizationRegistry: cleanup must be callable");
  Object* proto = prototypeFromConstructor(vm, args.newTarget, asObject(namedIntrinsic(vm, "jsstd:finRegProto")));
  Rooted rp(vm, Value::cell(proto));
  FinRegObject* o = vm.heap.make<FinRegObject>(vm.emptyShape(), proto, &weakState(vm).queue);
  o->cleanup = args[0];
  vm.heap.registerWeakHolder(o, o);
  return Value::cell(o);
}

static FinRegObject* thisRegistry(VM& vm, Value v, const char* method) {
  if (!hasClassTag(v, ClassTag::FinalizationRegistry))
    throwTypeError(vm, std::string("Method FinalizationRegistry.prototype.") + method +
                           " called on incompatible receiver " + describeForError(vm, v));
  return static_cast<FinRegObject*>(v.asCell());
}

// register(target, heldValue, unregisterToken)
static Value finRegRegister(VM& vm, CallArgs& args) {
  FinRegObject* reg = thisRegistry(vm, args.thisValue, "register");
  Value target = args[0], held = args[1], token = args[2];
  if (!canBeHeldWeakly(target)) throwTypeError(vm, "FinalizationRegistry.prototype.register: invalid target");
  if (target == held) throwTypeError(vm, "FinalizationRegistry.prototype.register: target and holdings must not be same");
  if (!token.isUndefined() && !canBeHeldWeakly(token))
    throwTypeError(vm, "Invalid unregisterToken ('" + toStdString(vm, token) + "')");
  writeBarrier(reg, held);
  reg->records.push_back({target, held, token});
  return Value::undefined();
}

// unregister(token): drops the records registered with it; true when there was one.
static Value finRegUnregister(VM& vm, CallArgs& args) {
  FinRegObject* reg = thisRegistry(vm, args.thisValue, "unregister");
  Value token = args[0];
  if (!canBeHeldWeakly(token)) throwTypeError(vm, "Invalid unregisterToken ('" + toStdString(vm, token) + "')");
  size_t before = reg->records.size();
  reg->records.erase(std::remove_if(reg->records.begin(), reg->records.end(),
                                    [&](const FinRegObject::Record& r) { return r.token == token; }),
                     reg->records.end());
  return Value::boolean(reg->records.size() != before);
}

// The macrotask source (first in line): a job and its microtasks just ended, so forget the kept
// objects (ClearKeptObjects); then, if collections found dead targets, run one registry's
// cleanup callbacks as a task. An exception in a callback is uncaught, as in node.
static bool runFinalizationTask(VM& vm) {
  WeakJsState& st = weakState(vm);
  st.kept.clear();
  if (st.queue.empty()) return false;
  RootedVector regs(vm);
  for (gc::Cell* c : st.queue.take()) regs.push(Value::cell(c));
  for (size_t i = 0; i < regs.size(); i++) {
    FinRegObject* reg = static_cast<FinRegObject*>(regs[i].asCell());
    reg->queued = false;
    RootedVector held(vm);
    for (Value v : reg->pending) held.push(v);
    reg->pending.clear();
    Rooted cleanup(vm, reg->cleanup);
    for (size_t j = 0; j < held.size(); j++) {
      Value arg = held[j];
      try {
        call(vm, cleanup, Value::undefined(), &arg, 1);
      } catch (ScriptThrow&) {
        // Requeue the registries not reached yet, then report.
        for (size_t k = i + 1; k < regs.size(); k++) st.queue.push(regs[k].asCell());
        for (size_t k = j + 1; k < held.size(); k++) reg->pending.push_back(held[k]);
        if (!reg->pending.empty() && !reg->queued) { reg->queued = true; st.queue.push(reg); }
        throw;
      }
    }
  }
  return true;
}

static void collectEntries(VM&, Object* o, RootedVector& keys, RootedVector& values) {
  CollectionObject* c = static_cast<CollectionObject*>(o);
  for (const auto& e : c->entries) {
    if (e.key.isMagic()) continue;
    keys.push(e.key);
    values.push(e.value);
  }
}

void installCollectionBuiltins(VM& vm) {
  JsRealm& r = jsRealm(vm);
  auto makeProto = [&](const char* tagName) {
    Object* p = newPlainObject(vm, r.objectPrototype);
    defineValue(vm, p, r.symbols.toStringTag, makeStringUtf8(vm, tagName), kConfigurable);
    return p;
  };
  // Map
  r.mapPrototype = makeProto("Map");
  NativeFunction* mapCtor = defineConstructor(vm, "Map", collectionConstructor, 0, r.mapPrototype);
  mapCtor->magic = int32_t(ClassTag::Map);
  defineNativeMethod(vm, r.mapPrototype, "get", mapMethod, 1, 0);
  defineNativeMethod(vm, r.mapPrototype, "set", mapMethod, 2, 1);
  defineNativeMethod(vm, r.mapPrototype, "has", mapMethod, 1, 2);
  defineNativeMethod(vm, r.mapPrototype, "delete", mapMethod, 1, 3);
  defineNativeMethod(vm, r.mapPrototype, "clear", mapMethod, 0, 4);
  defineNativeMethod(vm, r.mapPrototype, "forEach", collectionForEach, 1, 0);
  defineNativeMethod(vm, r.mapPrototype, "keys", collectionIteratorMethod, 0, 0);
  defineNativeMethod(vm, r.mapPrototype, "values", collectionIteratorMethod, 0, 1);
  NativeFunction* mapEntries = defineNativeMethod(vm, r.mapPrototype, "entries", collectionIteratorMethod, 0, 2);
  defineValue(vm, r.mapPrototype, r.symbols.iterator, Value::cell(mapEntries));
  {
    NativeFunction* size = newNativeFunction(vm, mapMethod, "get size", 0, false, 5);
    Accessor* acc = vm.heap.make<Accessor>(Value::cell(size), Value::undefined());
    r.mapPrototype->putDirect(vm, r.names.size, Value::cell(acc), kConfigurable | kAccessor);
  }
  defineNativeMethod(vm, mapCtor, "groupBy", mapGroupBy, 2);
  defineNativeAccessor(vm, mapCtor, r.symbols.species, returnThis, nullptr);

  // Set
  r.setPrototype = makeProto("Set");
  NativeFunction* setCtor = defineConstructor(vm, "Set", collectionConstructor, 0, r.setPrototype);
  setCtor->magic = int32_t(ClassTag::Set);
  defineNativeMethod(vm, r.setPrototype, "add", setMethod, 1, 0);
  defineNativeMethod(vm, r.setPrototype, "has", setMethod, 1, 1);
  defineNativeMethod(vm, r.setPrototype, "delete", setMethod, 1, 2);
  defineNativeMethod(vm, r.setPrototype, "clear", setMethod, 0, 3);
  defineNativeMethod(vm, r.setPrototype, "forEach", collectionForEach, 1, 1);
  defineNativeMethod(vm, r.setPrototype, "entries", collectionIteratorMethod, 0, 4 + 2);
  NativeFunction* setValues = defineNativeMethod(vm, r.setPrototype, "values", collectionIteratorMethod, 0, 4 + 1);
  defineValue(vm, r.setPrototype, "keys", Value::cell(setValues));
  defineValue(vm, r.setPrototype, r.symbols.iterator, Value::cell(setValues));
  {
    NativeFunction* size = newNativeFunction(vm, setMethod, "get size", 0, false, 4);
    Accessor* acc = vm.heap.make<Accessor>(Value::cell(size), Value::undefined());
    r.setPrototype->putDirect(vm, r.names.size, Value::cell(acc), kConfigurable | kAccessor);
  }
  defineNativeAccessor(vm, setCtor, r.symbols.species, returnThis, nullptr);

  // WeakMap / WeakSet
  r.weakMapPrototype = makeProto("WeakMap");
  NativeFunction* wmCtor = defineConstructor(vm, "WeakMap", collectionConstructor, 0, r.weakMapPrototype);
  wmCtor->magic = int32_t(ClassTag::WeakMap);
  defineNativeMethod(vm, r.weakMapPrototype, "get", mapMethod, 1, 0x100 | 0);
  defineNativeMethod(vm, r.weakMapPrototype, "set", mapMethod, 2, 0x100 | 1);
  defineNativeMethod(vm, r.weakMapPrototype, "has", mapMethod, 1, 0x100 | 2);
  defineNativeMethod(vm, r.weakMapPrototype, "delete", mapMethod, 1, 0x100 | 3);
  r.weakSetPrototype = makeProto("WeakSet");
  NativeFunction* wsCtor = defineConstructor(vm, "WeakSet", collectionConstructor, 0, r.weakSetPrototype);
  wsCtor->magic = int32_t(ClassTag::WeakSet);
  defineNativeMethod(vm, r.weakSetPrototype, "add", setMethod, 1, 0x100 | 0);
  defineNativeMethod(vm, r.weakSetPrototype, "has", setMethod, 1, 0x100 | 1);
  defineNativeMethod(vm, r.weakSetPrototype, "delete", setMethod, 1, 0x100 | 2);

  // Iterator prototypes
  r.mapIteratorPrototype = newPlainObject(vm, r.iteratorPrototype);
  defineNativeMethod(vm, r.mapIteratorPrototype, "next", collectionIteratorNext, 0, 0);
  defineValue(vm, r.mapIteratorPrototype, r.symbols.toStringTag, makeStringUtf8(vm, "Map Iterator"), kConfigurable);
  r.setIteratorPrototype = newPlainObject(vm, r.iteratorPrototype);
  defineNativeMethod(vm, r.setIteratorPrototype, "next", collectionIteratorNext, 0, 1);
  defineValue(vm, r.setIteratorPrototype, r.symbols.toStringTag, makeStringUtf8(vm, "Set Iterator"), kConfigurable);

  // WeakRef / FinalizationRegistry
  Object* wrProto = makeProto("WeakRef");
  r.namedIntrinsics["jsstd:weakRefProto"] = Value::cell(wrProto);
  defineConstructor(vm, "WeakRef", weakRefConstructor, 1, wrProto);
  defineNativeMethod(vm, wrProto, "deref", weakRefDeref, 0);
  Object* frProto = makeProto("FinalizationRegistry");
  r.namedIntrinsics["jsstd:finRegProto"] = Value::cell(frProto);
  defineConstructor(vm, "FinalizationRegistry", finalizationRegistryConstructor, 1, frProto);
  defineNativeMethod(vm, frProto, "register", finRegRegister, 2);
  defineNativeMethod(vm, frProto, "unregister", finRegUnregister, 1);
  r.namedIntrinsics["jsstd:weakState"] = Value::cell(vm.heap.make<WeakJsState>());
  r.macrotaskSources.insert(r.macrotaskSources.begin(), runFinalizationTask);

  r.collectionEntries = collectEntries;
}

}  // namespace dualvm::js
