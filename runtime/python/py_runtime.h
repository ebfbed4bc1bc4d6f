// runtime/python/py_runtime.h — the Python object model on the shared heap: type objects (PyType,
// with C3 MRO; attributes are the type object's own shape properties), dicts (insertion-ordered
// hash table keyed by __hash__/__eq__), iterators, and PyLanguage — the runtime/language.h hooks
// with CPython semantics. Instances of user classes are plain Objects whose proto() is their
// PyType and whose shape properties are their __dict__; list and tuple are ArrayObjects (class tag
// tells them apart); str is String; int is an int32 Value or a BigInt; float a double; None null.
#pragma once
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include "runtime/bigint.h"
#include "runtime/function.h"
#include "runtime/language.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace dualvm::py {

// Object::classTag values of Python objects.
enum ClassTag : uint16_t { kTagNone = 0, kTagType = 0x5001, kTagList, kTagTuple, kTagDict, kTagIter, kTagRange, kTagSlice, kTagProperty, kTagClassMethod, kTagStaticMethod, kTagSuper,
  // the container types of containers.h (set.cpp, bytes.cpp, dict_view.cpp): keep them contiguous
  kTagSet, kTagFrozenSet, kTagBytes, kTagByteArray, kTagDictKeys, kTagDictValues, kTagDictItems, kTagMemoryView };
// set/frozenset/bytes/bytearray/dict views: the generic paths hand these to containers.h's hooks.
inline bool isContainerExt(Value v) {
  return isObject(v) && asObject(v)->classTag() >= kTagSet && asObject(v)->classTag() <= kTagMemoryView;
}

class PyType final : public Object {
 public:
  PyType(Shape* s, Object* meta) : Object(s, meta, CellKind::ObjectOther) { setClassTag(kTagType); }
  String* name = nullptr;
  std::vector<PyType*> mro;    // this type first
  std::vector<PyType*> bases;
  bool builtin = false;
  // finalizer.h: whether the MRO defines __del__, valid while VM::classEpoch == delEpoch.
  bool hasDel = false;
  uint32_t delEpoch = ~0u;
  // init_call.cpp: the __init__ a call of this class runs inline, valid while VM::classEpoch ==
  // initEpoch (not traced: while the epoch holds, the value is still in the MRO); empty() when
  // a call needs the general path.
  uint32_t initEpoch = 0;
  Value initFn;
  void trace(gc::Tracer& t) override;
};
inline bool isType(Value v) { return isObject(v) && asObject(v)->classTag() == kTagType; }
inline PyType* asType(Value v) { return static_cast<PyType*>(v.asCell()); }

struct DictEntry { Value key, value; int64_t hash; };
class PyDict final : public Object {
 public:
  PyDict(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagDict); }
  std::vector<DictEntry> entries;  // insertion order; deleted entries have key == empty
  // CPython's compact dict (dict_table.cpp owns it): a power-of-two open-addressing table of
  // positions in `entries` (-1 free, -2 deleted), empty until the first insert. Code that clears
  // a dict clears entries and index and sets live = 0.
  std::vector<int32_t> index;
  uint32_t live = 0;
  uint32_t fill = 0;    // index slots not free (live + deleted markers)
  uint32_t layout = 0;  // bumped when the table is rebuilt: a lookup that ran __eq__ restarts
  void trace(gc::Tracer& t) override;
  size_t memoryBytes() const override { return sizeof(PyDict) + entries.capacity() * sizeof(DictEntry) + index.capacity() * sizeof(int32_t); }
};
inline bool isDict(Value v) { return isObject(v) && asObject(v)->classTag() == kTagDict; }
inline PyDict* asDict(Value v) { return static_cast<PyDict*>(v.asCell()); }

// A builtin iterator: over a sequence (list/tuple/str/range/dict keys/items/values) by index.
class PyIter final : public Object {
 public:
  enum Kind : uint8_t { Seq, Str, Range, DictKeys, DictValues, DictItems, Enumerate, Zip, Map, Filter, Reversed, Callable, Bytes };
  PyIter(Shape* s, Object* type) : Object(s, type, CellKind::ObjectOther) { setClassTag(kTagIter); }
  Kind kind = Seq;
  Value source, extra;      // the iterated object(s)
  int64_t index = 0, stop = 0, step = 1;
  void trace(gc::Tracer& t) override { Object::trace(t); traceValue(t, source); traceValue(t, extra); }
};
inline bool isPyIter(Value v) { return isObject(v) && asObject(v)->classTag() == kTagIter; }

// A small generic holder: range (a,b,c as start/stop/step), slice, property, classmethod, staticmethod.
class PyBox final : public Object {
 public:
  PyBox(Shape* s, Object* type, uint16_t tag) : Object(s, type, CellKind::ObjectOther) { setClassTag(tag); }
  Value a, b, c;
  void trace(gc::Tracer& t) override { Object::trace(t); traceValue(t, a); traceValue(t, b); traceValue(t, c); }
};
inline bool isBox(Value v, uint16_t tag) { return isObject(v) && asObject(v)->classTag() == tag; }
inline PyBox* asBox(Value v) { return static_cast<PyBox*>(v.asCell()); }

class PyLanguage;
PyLanguage& lang(VM& vm);

// Builtin types and singletons, created by PyLanguage::init.
struct Types {
  PyType *object, *type, *int_, *bool_, *float_, *str, *none, *list, *tuple, *dict, *function,
      *builtinFunction, *method, *generator, *iterator, *range, *slice, *property, *classmethod,
      *staticmethod, *super, *module, *notImplementedType, *ellipsisType;
  // exceptions
  PyType *BaseException, *Exception, *TypeError, *ValueError, *NameError, *UnboundLocalError,
      *AttributeError, *IndexError, *KeyError, *LookupError, *ZeroDivisionError, *ArithmeticError,
      *OverflowError, *RuntimeError, *RecursionError, *NotImplementedError, *StopIteration,
      *StopAsyncIteration, *AssertionError, *ImportError, *ModuleNotFoundError, *SystemExit,
      *KeyboardInterrupt, *MemoryError, *SyntaxError, *GeneratorExit, *UnicodeError, *OSError,
      *FileNotFoundError;
  // containers (created by installContainers, containers.h)
  PyType *set, *frozenset, *bytes, *bytearray, *dictKeys, *dictValues, *dictItems;
};

// PyLanguage is a root source: the state it keeps between calls (the exception being handled,
// a native call's keyword arguments) is traced by every collection.
class PyLanguage final : public Language, public gc::RootSource {
 public:
  explicit PyLanguage(VM& vm);
  ~PyLanguage() override;
  PyLanguage(const PyLanguage&) = delete;
  void traceRoots(gc::Tracer& t) override;
  ir::Language id() const override { return ir::Language::Python; }
  void init(VM& vm);

  VM& vm;
  Types t{};
  Object* builtins = nullptr;   // the builtins module namespace (shape properties)
  Object* mainGlobals = nullptr; // __main__'s namespace
  Value notImplemented, ellipsis;
  Symbol* tbKey = nullptr;       // hidden exception property: the captured traceback text
  Value handled = Value::null(); // the exception being handled (sys.exc_info)
  // keyword arguments of the native being called (CallKw into a builtin): names + values
  std::vector<String*> kwNames;
  std::vector<Value> kwValues;
  // str_units.cpp (pystr): the one-character Latin-1 strs, made on first use (permanent roots)
  String* charCache[256] = {};

  // Interned name of a C string. Memoized by content (pyperf): s() sits on hot paths (dunder
  // lookups in getAttr, operators), and vm.intern(const char*) allocates and hashes a fresh String
  // every time. The memoized names are permanent roots; callers pass names from fixed tables.
  // In front of the map: a small cache keyed by the name's address, confirmed by content.
  String* s(const char* name) {
    SEntry& q = sQuick_[(uintptr_t(name) >> 3) & 127];
    if (q.name == name && std::strcmp(q.text, name) == 0) return q.str;
    String* str;
    auto it = nameCache_.find(std::string_view(name));
    if (it != nameCache_.end()) {
      str = it->second;
      q = {name, it->first.c_str(), str};
    } else {
      str = vm.intern(name);
      vm.addPermanentRoot(Value::cell(str));
      auto ins = nameCache_.emplace(std::string(name), str).first;
      q = {name, ins->first.c_str(), str};
    }
    return str;
  }
  struct SEntry { const char* name = nullptr; const char* text = nullptr; String* str = nullptr; };
  SEntry sQuick_[128];
  struct NameHash {
    using is_transparent = void;
    size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
  };
  std::unordered_map<std::string, String*, NameHash, std::equal_to<>> nameCache_;

  // ---- object model ----
  PyType* typeOf(Value v);
  PyType* newType(const char* name, PyType* base, bool builtin = true);
  Value lookupType(PyType* t, PropertyKey key);  // empty() when missing
  Value getAttr(Value obj, String* name, bool throwIfMissing = true);  // empty() if missing and !throw
  void setAttr(Value obj, String* name, Value v);
  void defNative(Object* holder, const char* name, NativeFn fn, int magic = 0);
  Value newTuple(const Value* items, size_t n);
  Value newList(const Value* items, size_t n);
  Value newDict();
  Value newStr(const std::string& utf8);  // str.cpp: code points (astral chars are one char, not a surrogate pair)
  Value newStrCp(const std::u32string& cps) { return Value::cell(String::fromCodePoints(vm.heap, cps)); }
  Value call(Value callee, const Value* argv, uint32_t argc) { return vm.call(callee, Value::undefined(), argv, argc); }
  Value callMethod(Value obj, const char* name, const Value* argv, uint32_t argc);
  Value callDunder(Value obj, const char* name, const Value* argv, uint32_t argc, bool* found);
  bool isInstance(Value v, PyType* t);
  bool isSubtype(PyType* a, PyType* b);
  [[noreturn]] void raise(PyType* type, const std::string& message);
  Value makeException(PyType* type, const std::string& message);

  // dict
  int64_t hash(Value v);
  bool eq(Value a, Value b);
  Value dictGet(PyDict* d, Value key);  // empty() when missing
  void dictSet(PyDict* d, Value key, Value v);
  bool dictDel(PyDict* d, Value key);

  // text
  std::string repr(Value v);
  std::string str(Value v);
  Value reprValue(Value v);
  std::string typeName(Value v);
  static std::string floatRepr(double d);
  int reprDepth = 0;

  // numbers
  Value toInt(Value v);  // int(x)
  double toFloat(Value v);
  int64_t toIndex(Value v);

  // iteration helpers
  void collect(Value iterable, RootedVector& out);
  // A list/tuple whose iteration is the builtin one (no Python __iter__ override): its elements,
  // read in place by collect and unpacking; null otherwise.
  const std::vector<Value>* arrayItems(Value iterable);
  Value next(Value iterator, bool* done);

  // exceptions and tracebacks
  void attachTraceback(Value exc);
  std::string formatTraceback(Value exc);
  std::string currentSource;  // the main script's source (for traceback lines)
  std::unordered_map<std::string, std::string> sources;

  bool isModuleLike(Value v) { return isObject(v) && asObject(v)->proto() == t.module; }
  std::string moduleName(Value v) { Value n = getAttr(v, s("__name__"), false); return isString(n) ? asString(n)->toUtf8() : "?"; }
  Value intBinary(BinaryOp op, Value a, Value b);
  Value floatBinary(BinaryOp op, double a, double b);
  Value seqBinary(BinaryOp op, Value a, Value b);
  Value sliceOf(Value seq, PyBox* slice);
  bool sliceIndices(PyBox* slice, int64_t len, int64_t* start, int64_t* stop, int64_t* step);
  [[noreturn]] void binaryTypeError(BinaryOp op, Value a, Value b);
  int cmp3(Value a, Value b, CompareOp op);

  // imports (py_import.cpp; native modules in modules/)
  std::unordered_map<std::string, Value> modules;  // values are permanent roots
  std::vector<std::string> argv;
  Value importName(Value name, Value fromlist, Value level);
  Value importFrom(Value module, Value name);
  void importStar(Value module);  // into the calling frame's globals
  Value sysModules;               // the dict behind sys.modules (permanent root; set by py_module.cpp)
  Object* sysModule = nullptr;
  // per-module globals (py_module.cpp). A namespace is a module object (its shape properties,
  // so GetGlobal's GlobalSlot cache works) or a dict (exec/eval with a dict, or a module whose
  // __dict__ was asked for: it then moves its names into that dict for good, "dict mode").
  Symbol* nsDictKey = nullptr;    // hidden property of a module in dict mode: its PyDict
  Object* currentGlobals();       // the innermost Python frame's globals (mainGlobals if none)
  Value nsGet(Object* ns, String* name);   // empty() when missing
  void nsSet(Object* ns, String* name, Value v);
  bool nsDel(Object* ns, String* name);
  Value nsDict(Object* ns);       // the live dict of a namespace (switches a module to dict mode)

  // ---- Language hooks ----
  Value binary(VM&, BinaryOp, Value a, Value b) override;
  Value unary(VM&, UnaryOp, Value a) override;
  Value compare(VM&, CompareOp, Value a, Value b) override;
  bool truthy(VM&, Value v) override;
  Value typeOf(VM&, Value v) override;
  Value toPropertyKey(VM&, Value v) override { return v; }
  Value toStringForConcat(VM&, Value v) override { return newStr(str(v)); }
  bool instanceOf(VM&, Value v, Value constructor) override;
  Value getProperty(VM&, Value obj, PropertyKey key, InlineCache* ic) override;
  void setProperty(VM&, Value obj, PropertyKey key, Value v, bool strict, InlineCache* ic) override;
  Value loadMethod(VM&, Value obj, PropertyKey key, InlineCache* ic, Value* self) override;  // attr_cache.cpp
  // Call after any change to a class's attributes (set, delete, __bases__): invalidates the
  // class-based inline caches (attr_cache.cpp, docs/decisions.md D11).
  void typeModified();
  Value inplaceBinary(VM&, BinaryOp op, Value a, Value b) override;    // inplace.cpp
  Value prepareInit(VM&, Value callee, Value* init) override;           // init_call.cpp
  Value finishInit(VM&, Value instance, Value returned) override;       // init_call.cpp
  Value getElement(VM&, Value obj, Value key) override;
  void setElement(VM&, Value obj, Value key, Value v, bool strict) override;
  bool deleteElement(VM&, Value obj, Value key, bool strict) override;
  bool hasProperty(VM&, Value obj, Value key) override;
  void defineProperty(VM&, Value obj, Value key, Value v, int kind, uint32_t flags) override;
  void copyDataProperties(VM&, Value, Value, Value) override { unsupported("copyDataProperties"); }
  Value getSuper(VM&, Value, Value, Value) override { unsupported("getSuper"); }
  void setSuper(VM&, Value, Value, Value, Value) override { unsupported("setSuper"); }
  void setPrototypeOf(VM&, Value, Value) override { unsupported("setPrototypeOf"); }
  Value getGlobal(VM&, String* name, bool throwIfMissing, InlineCache* ic) override;
  void setGlobal(VM&, String* name, Value v, bool strict, InlineCache* ic) override;
  void declareGlobal(VM&, String*, uint32_t) override {}
  Value newObject(VM&) override { return newDict(); }
  Value newArray(VM&, uint32_t) override { return newList(nullptr, 0); }
  void arraySpread(VM&, Value array, Value iterable) override;
  Value newRegExp(VM&, Value, Value) override { unsupported("newRegExp"); }
  Value makeClosure(VM&, FunctionProto* fn, Environment* env) override;
  Value makeClass(VM&, Value, Value) override { unsupported("makeClass"); }
  Value templateObject(VM&, FunctionProto*, uint32_t) override { unsupported("templateObject"); }
  Value makeArguments(VM&, Value, const Value*, uint32_t) override { unsupported("arguments"); }
  Value makeRestArray(VM&, const Value* argv, uint32_t argc) override { return newTuple(argv, argc); }
  Value callOther(VM&, Value callee, Value thisValue, const Value* argv, uint32_t argc) override;
  Value constructOther(VM&, Value callee, const Value* argv, uint32_t argc, Value) override {
    return callOther(vm, callee, Value::undefined(), argv, argc);
  }
  Value createThis(VM&, Closure*, Value) override { return Value::undefined(); }
  [[noreturn]] void throwNotCallable(VM&, Value callee, const std::string& exprText, bool isNew) override;
  Value getIterator(VM&, Value iterable, bool async) override;
  bool iteratorStep(VM&, Value iterator, Value* out) override;
  void iteratorClose(VM&, Value) override {}
  Value forInStart(VM&, Value) override { unsupported("for-in"); }
  bool forInNext(VM&, Value, Value*) override { unsupported("for-in"); }
  Value startGenerator(VM&, GeneratorObject* gen) override;
  void awaitValue(VM&, GeneratorObject* gen, Value v) override;  // generator.cpp
  int delegateYield(VM&, Value iterator, uint8_t mode, Value received, Value* out) override;
  Value makeError(VM&, ErrorKind, const std::string& message) override;
  ErrorKind stackOverflowKind() const override { return ErrorKind::RecursionError; }
  std::string stackOverflowMessage() const override { return "maximum recursion depth exceeded"; }
  ErrorKind outOfMemoryKind() const override { return ErrorKind::MemoryError; }
  std::string outOfMemoryMessage() const override { return ""; }
  Value makeUninitializedError(VM& vm, const std::string& name) override;
  bool isEvalIntrinsic(VM&, Value) override { return false; }
  Value directEval(VM&, Value, Environment*, Value, bool, FunctionProto*) override { unsupported("eval"); }
  Value callIntrinsic(VM&, uint32_t id, Value* args, uint32_t argc) override;
  void bindArguments(VM&, Closure* callee, const Value* argv, uint32_t argc, const ir::ConstantList* kwNames,
                     Value* params) override;
  Value callWithKeywords(VM&, Value callee, const Value* argv, uint32_t argc, const ir::ConstantList* kwNames) override;
  Value callUnpacked(VM&, Value callee, Value args, Value kwargs) override;

  [[noreturn]] void unsupported(const char* what) { raise(t.RuntimeError, std::string("internal error: ") + what + " is not supported in Python"); }

  // calls with keywords as (names, values) pairs
  Value callKw(Value callee, const Value* pos, uint32_t npos, const std::vector<String*>& names, const Value* kwv);
  Value instantiate(PyType* type, const Value* argv, uint32_t argc, const std::vector<String*>& names, const Value* kwv);
  Value buildClass(Value body, Value name, Value qualname, Value bases, Value kwargs);
  Value createClass(PyType* meta, String* name, Value bases, PyDict* ns);
};

// builtins (py_builtins.cpp), str/number helpers (py_text.cpp)
void installBuiltins(PyLanguage& L);
void installTypeMethods(PyLanguage& L);
std::string formatValue(PyLanguage& L, Value v, const std::string& spec);
std::string strRepr(String* s);
inline std::string cpToUtf8(const std::u32string& s) { std::string o; for (char32_t c : s) { if (c < 0x80) o += char(c); else if (c < 0x800) { o += char(0xC0 | (c >> 6)); o += char(0x80 | (c & 63)); } else if (c < 0x10000) { o += char(0xE0 | (c >> 12)); o += char(0x80 | ((c >> 6) & 63)); o += char(0x80 | (c & 63)); } else { o += char(0xF0 | (c >> 18)); o += char(0x80 | ((c >> 12) & 63)); o += char(0x80 | ((c >> 6) & 63)); o += char(0x80 | (c & 63)); } } return o; }
inline Value arg(CallArgs& a, uint32_t i) { return a[i]; }

}  // namespace dualvm::py
