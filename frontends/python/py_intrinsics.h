// The Python intrinsics: the ids of the `CallIntrinsic dst, id, base, argc` opcode
// (shared-ir/opcodes.def). The Python compiler emits them for operations that only Python has
// and that are not hot enough for an opcode of their own; runtime/python implements them in
// PyLanguage::callIntrinsic(vm, id, args, argc), where args[i] is register base+i.
//
// Conventions of the operand lists below:
//  * `undefined` (Value::undefined()) means "absent"; Python's None is Value::null().
//  * Strings produced by the compiler (names, qualnames) are Python str constants.
//  * "-> None" intrinsics return None; the compiler ignores their result.
//  * Intrinsics that name the running module (imports, globals) use the calling frame's
//    closure's globals (the innermost Python frame of the VM).
// The numeric values are part of the compiled bytecode: append new ids, never renumber.
#pragma once
#include <cstdint>

namespace py {

enum class Intrinsic : uint32_t {
  // ---- displays ----
  BuildTuple = 0,       // (items...) -> tuple of the argc items
  BuildList = 1,        // (items...) -> list
  BuildSet = 2,         // (items...) -> set (TypeError for unhashable items)
  BuildDict = 3,        // (k0, v0, k1, v1, ...) -> dict, later keys win
  BuildSlice = 4,       // (lower, upper, step) -> slice; absent parts are None
  ListAppend = 5,       // (list, value) -> None
  ListExtend = 6,       // (list, iterable) -> None: [*x] ("Value after * must be an iterable, not int")
  ListToTuple = 7,      // (list) -> tuple with the same items
  SetAdd = 8,           // (set, value) -> None
  SetUpdate = 9,        // (set, iterable) -> None: {*x}
  DictSetItem = 10,     // (dict, key, value) -> None
  DictUpdate = 11,      // (dict, mapping) -> None: {**m} ("'int' object is not a mapping")
  // (dict, mapping, callee) -> None: f(**m): keys must be str ("keywords must be strings");
  // a repeated key raises "f() got multiple values for keyword argument 'k'"; a non-mapping
  // "f() argument after ** must be a mapping, not int" (callee gives the name "f").
  DictMerge = 12,

  // ---- unpacking: results are written into the argument registers ----
  // (iterable, slot_1 .. slot_n) -> None: argc = 1 + n. Stores the n items into args[1..n].
  // "cannot unpack non-iterable int object", "too many values to unpack (expected 2)",
  // "not enough values to unpack (expected 3, got 2)".
  UnpackSequence = 13,
  // (iterable, before, after, slot_1 .. slot_{before+1+after}) -> None: `a, *b, c = x`.
  // before/after are ints; the starred slot (args[3+before]) gets a list.
  // "not enough values to unpack (expected at least 2, got 1)".
  UnpackEx = 14,

  // ---- strings ----
  // (value, conversion, spec) -> str: f"{value!conversion:spec}". conversion is an int: -1 none,
  // 's' (115) str(), 'r' (114) repr(), 'a' (97) ascii(); spec is a str or undefined (format(v, "")).
  FormatValue = 15,
  BuildString = 16,     // (str pieces...) -> their concatenation (argc may be 0 -> "")
  BytesFromLatin1 = 17, // (str) -> bytes whose byte i is code point i of the str (all < 256): b"..." constants
  MakeComplex = 18,     // (real float, imag float) -> complex: `3j` literals (real 0.0)
  LoadEllipsis = 19,    // () -> Ellipsis

  // ---- imports ----
  // (name str, fromlist tuple-of-str or None, level int) -> module, as
  // __import__(name, globals(), None, fromlist, level) with the calling module's globals:
  // `import a.b` gets the top package `a` (fromlist None); `from a.b import x` gets `a.b`.
  ImportName = 20,
  // (module, name str) -> the attribute, or the submodule module.__name__ + "." + name, else
  // ImportError "cannot import name 'x' from 'm' (path)".
  ImportFrom = 21,
  ImportStar = 22,      // (module) -> None: copies public names (or __all__) into the calling module's globals

  // ---- exceptions ----
  // (exc, type) -> bool: `except type:` matching; type may be a class or a tuple of classes
  // ("catching classes that do not inherit from BaseException is not allowed").
  ExceptionMatches = 23,
  // (exc, cause) -> never returns: `raise exc [from cause]`. exc may be a class (instantiated
  // with no arguments) or an instance ("exceptions must derive from BaseException"); cause is
  // undefined when there is no `from` (None for `from None`). Sets __context__ from the
  // exception being handled and __traceback__ as usual, then throws.
  Raise = 24,
  Reraise = 25,         // () -> never returns: bare `raise` ("RuntimeError: No active exception to reraise")
  // (exc) -> the previously handled exception (None if none): entering an except block makes exc
  // "the exception being handled" (sys.exc_info(), bare raise, __context__ of new exceptions).
  SetExcInfo = 26,
  // (previous) -> None: leaving an except block restores what SetExcInfo returned.
  RestoreExcInfo = 27,
  AssertFail = 28,      // (message or undefined) -> never returns: raises AssertionError(message)
  // (exc) -> bool: exc is a StopAsyncIteration instance (ends an `async for` loop).
  IsStopAsyncIteration = 29,

  // ---- names outside registers ----
  // (namespace, name str) -> the value bound to name in the namespace mapping (a dict or any
  // mapping: __getitem__), or undefined when it is missing. Class bodies read their names
  // through it, falling back to GetGlobal (the compiler emits the fallback).
  NsGet = 30,
  NsSet = 31,           // (namespace, name str, value) -> None
  NsDelete = 32,        // (namespace, name str) -> None; NameError "name 'x' is not defined" if missing
  DeleteGlobal = 33,    // (name str) -> None: `del x` of a global; NameError if missing

  // ---- functions and classes ----
  // (function, defaults tuple or undefined, kwdefaults dict or undefined, annotations dict or
  // undefined, qualname str or undefined[, doc str]) -> the function: attributes of a new
  // `def`/lambda. defaults apply to the last len(defaults) positional parameters; kwdefaults by
  // name. argc is 6 when the function has a docstring (__doc__), else 5.
  SetupFunction = 34,
  // (body closure, name str, qualname str, bases tuple, kwargs dict or undefined) -> the class,
  // as __build_class__: resolve the metaclass (kwargs "metaclass", else from the bases),
  // ns = meta.__prepare__(name, bases, **kw) (or a dict), r = body(ns), cls = meta(name,
  // bases, ns, **kw) (kwargs other than metaclass passed on); if r is not None it is a
  // function of one argument that sets the class's `__class__` cell: call r(cls). Returns cls.
  // The body itself stores __module__ and __qualname__ (and __doc__) into ns.
  BuildClass = 35,

  // ---- operators ----
  // (op, a, b) -> a op= b: op is the dualvm::BinaryOp value as an int; tries __iop__ first,
  // then the binary operator (same errors as `a op b` with "+=" in the message).
  InplaceOp = 36,

  // ---- context managers ----
  // (manager, exitSlot) -> manager.__enter__() looked up on the type; stores the bound
  // __exit__ into args[1]. TypeError "'X' object does not support the context manager protocol".
  WithEnter = 37,
  // (exit, exc or None) -> exit(type(exc), exc, exc.__traceback__) or exit(None, None, None).
  WithExit = 38,
  // (manager, exitSlot) -> the awaitable manager.__aenter__(); stores bound __aexit__ into args[1]
  // ("'X' object does not support the asynchronous context manager protocol").
  AsyncWithEnter = 39,
  AsyncWithExit = 40,   // (exit, exc or None) -> the awaitable of __aexit__(...)
  // (asyncIterator) -> the awaitable iterator.__anext__() ("'async for' received an object from
  // __anext__ that is not awaitable: X"); the compiler awaits it.
  AsyncNext = 41,
  // (value) -> None: the REPL ('single' mode) shows an expression statement's value as
  // sys.displayhook does (nothing for None, else repr(value) and builtins._ = value).
  DisplayHook = 42,

  // ---- structural pattern matching (`match`) ----
  // (subject, count, hasStar) -> a list of the subject's items when it is a sequence for
  // matching (list, tuple, range, collections.abc.Sequence — never str, bytes, bytearray) of
  // length count (at least count when hasStar is true), else undefined.
  MatchSequence = 43,
  // (subject, keys tuple) -> a tuple of the values of those keys when the subject is a mapping
  // (dict or collections.abc.Mapping) holding every key, else undefined.
  MatchMapping = 44,
  // (subject, keys tuple) -> a new dict of the subject's items whose keys are not in keys (**rest).
  MatchMappingRest = 45,
  // (subject, cls, nPositional, kwNames tuple of str) -> a tuple of nPositional + len(kwNames)
  // attribute values when isinstance(subject, cls) and every attribute exists, else undefined.
  // Positional names come from cls.__match_args__, except that bool, bytearray, bytes, dict,
  // float, frozenset, int, list, set, str and tuple take one positional pattern matching the
  // subject itself. TypeError "called match pattern must be a class" (or a type), "C() accepts
  // 1 positional sub-pattern (2 given)".
  MatchClass = 46,

  // ---- except* (exception groups) ----
  // (rest, type) -> the part of `rest` matching type (an exception group), or None; stores the
  // part that does not match (or None) back into args[0]. A `rest` that is not an exception
  // group is first wrapped as BaseExceptionGroup("", [rest]) (ExceptionGroup when it is an
  // Exception). TypeError "catching ExceptionGroup with except* is not allowed. Use except
  // instead." when type is (or contains) an exception group class.
  ExceptStarMatch = 47,
  // (original, rest, raised list) -> None when rest is None and raised is empty; otherwise
  // raises: the original exception when nothing matched and nothing was raised, else the
  // group combining what handlers raised and the unmatched rest (CPython's _PyExc_PrepReraiseStar).
  ExceptStarReraise = 48,

  // (name0 str, value0, name1 str, value1, ...) -> a new dict of the pairs whose value is bound
  // (not Value::uninitialized()): `locals()` inside a function (the compiler passes every
  // local and cell variable of the frame).
  BuildLocals = 49,
  // (object, name str) -> None: `del object.name` (delattr semantics: __delattr__, descriptors'
  // __delete__, AttributeError). DelProp is not used by Python: its hook cannot tell an
  // attribute from an item.
  DelAttr = 50,

  Count_
};

}  // namespace py
