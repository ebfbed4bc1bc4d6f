// runtime/python/py_class.h — what the class-machinery files share (owner: pyclass):
// exception.cpp (the builtin exception hierarchy, BaseException's methods, sys.exc_info),
// type.cpp (class creation, metaclasses, type/object methods), descriptor.cpp (attribute
// deletion, object.__getattribute__/__setattr__/__delattr__, function attributes),
// generator.cpp (generator/coroutine objects, await, async generators).
#pragma once
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

// Called once from installBuiltins: every install* of the files above.
void installClassMachinery(PyLanguage& P);
void installExceptions(PyLanguage& P);
void installTypeMachinery(PyLanguage& P);
void installDescriptors(PyLanguage& P);
void installGenerators(PyLanguage& P);
void installReduce(PyLanguage& P);  // reduce.cpp: object.__reduce_ex__/__reduce__/__getstate__
// object.__new__'s check (type.cpp): TypeError "Can't instantiate abstract class X with abstract
// methods a, b" when the class's own __abstractmethods__ is non-empty.
void checkAbstract(PyLanguage& P, PyType* ty);
// type.__new__(meta, name, bases, ns, **kw) (type.cpp); type(name, bases, ns) calls it with
// thisValue = type.
Value typeNew(VM& vm, CallArgs& a);

// str(exc) for an instance of a builtin exception type (OSError's "[Errno 2] ...", KeyError's repr).
std::string exceptionStr(PyLanguage& P, Value exc);
// sys.exc_info() (exception.cpp), for the sys module.
Value sysExcInfo(VM& vm, CallArgs& a);
// object.__getattribute__ / object.__setattr__ without the user hooks (py_objects.cpp).
Value genericGetAttr(PyLanguage& P, Value obj, String* name, bool throwIfMissing);
void genericSetAttr(PyLanguage& P, Value obj, String* name, Value v);
// Special attributes of builtin objects (functions' __code__, generators' gi_frame, ...), or
// empty() (descriptor.cpp).
Value builtinAttr(PyLanguage& P, Value obj, String* name);
// except* (exception.cpp): the ExceptStarMatch / ExceptStarReraise intrinsics.
Value exceptStarMatch(PyLanguage& P, Value* args);
Value exceptStarReraise(PyLanguage& P, Value* args);
// The live __dict__ of a plain instance once asked for (descriptor.cpp); nullptr when the
// instance still keeps its attributes in its shape (and create is false or it has no __dict__).
PyDict* instanceDict(PyLanguage& P, Object* o, bool create);
// type.cpp: a user class's __getitem__/__setitem__/__delitem__ (v empty() unless setting) —
// true when it ran; list[int] as a types.GenericAlias.
bool userItemHook(PyLanguage& P, Value obj, const char* name, Value key, Value v, Value* out);
Value genericAlias(PyLanguage& P, Value origin, Value args);
// descriptor.cpp: the member descriptor of a __slots__ name.
Value newSlotMember(PyLanguage& P, Value owner, String* name);
// True when d is the __slots__ member descriptor of `name` (its value is the instance's own
// property `name`): the attribute caches treat it as the plain own slot (attr_cache.cpp).
bool isSlotMemberFor(Value d, String* name);
// CPython's _PyObject_FunctionStr ("__main__.f()"), for messages about a call's arguments.
std::string functionStr(PyLanguage& P, Value f);
// match.cpp: MatchSequence (0), MatchMapping (1), MatchMappingRest (2), MatchClass (3).
Value matchIntrinsic(PyLanguage& P, int which, Value* args);
// `del obj.name` (descriptor.cpp): __delattr__, a data descriptor's __delete__, the instance dict.
void delAttr(PyLanguage& P, Value obj, String* name);
// An exception `raise` may throw: a class is instantiated; anything else is TypeError (exception.cpp).
Value toRaisable(PyLanguage& P, Value exc, bool cause);

// The intrinsics type.cpp implements (BuildClass, DelAttr); callIntrinsic's default case.
Value classIntrinsic(PyLanguage& P, uint32_t id, Value* args, uint32_t argc);
// Calling a class: the metaclass's __call__ if it has its own, else PyLanguage::instantiate.
Value callType(PyLanguage& P, PyType* type, const Value* argv, uint32_t argc, const std::vector<String*>& names, const Value* kwv);

// generator.cpp: the type of a new generator object (generator / coroutine / async_generator),
// keyword calls of generator functions, `async for`'s __aiter__, and the AsyncNext (0) /
// AsyncWithEnter (1) / AsyncWithExit (2) intrinsics.
PyType* generatorType(PyLanguage& P, GeneratorObject* g);
Value startGeneratorKw(PyLanguage& P, Closure* c, const Value* argv, uint32_t argc, const ir::ConstantList* kwNames);
Value asyncIterator(PyLanguage& P, Value v);
Value asyncIntrinsic(PyLanguage& P, int which, Value* args);

// The native's `self`: thisValue, or (called through the class, e.g. Base.__init__(self, x))
// the first argument, which is then dropped from `a`.
inline Value nativeSelf(CallArgs& a) {
  if (!a.thisValue.isUndefined()) return a.thisValue;
  if (a.argc == 0) return Value::undefined();
  Value s = a.argv[0];
  a.argv++;
  a.argc--;
  return s;
}

}  // namespace dualvm::py
