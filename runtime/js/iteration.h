// runtime/js/iteration.h — the iterator protocol (ECMA-262 §7.4) and the built-in iterators the
// core library owns: %IteratorPrototype%, array iterators, iterator result objects.
#pragma once
#include "runtime/js/realm.h"

namespace dualvm::js {

// An iterator record.
struct IteratorRecord {
  Value iterator;
  Value nextMethod;
  bool done = false;
};

// GetIterator(obj, sync): TypeError "x is not iterable" when there is no @@iterator.
// The record's Values must be rooted by the caller (e.g. Rooted on each).
void getIterator(VM& vm, Value obj, IteratorRecord* out, bool async = false);
// IteratorStep + IteratorValue: false when done; *value set otherwise.
bool iteratorStep(VM& vm, IteratorRecord& rec, Value* value);
// IteratorClose for an abrupt completion of the consumer: calls return() (errors from return()
// are swallowed when `suppress`, i.e. when the completion was a throw).
void iteratorClose(VM& vm, Value iterator, bool suppress);
// CreateIterResultObject(value, done).
Value createIterResult(VM& vm, Value value, bool done);
// Collect every value of an iterable (IterableToList) into out.
void iterableToList(VM& vm, Value iterable, RootedVector& out);
// CreateAsyncFromSyncIterator: an async iterator whose next/return resolve the sync
// iterator's values (generators.cpp).
Value createAsyncFromSyncIterator(VM& vm, Value iterator, Value nextMethod);
// A new array iterator over obj (kind 0 keys, 1 values, 2 entries).
Value newArrayIterator(VM& vm, Value obj, int kind);
// True when for-of over v may walk its elements directly: v is an ArrayObject whose
// Symbol.iterator is the original Array.prototype.values and %ArrayIteratorPrototype%.next is
// unmodified.
bool arrayIterationIsPristine(VM& vm, Value v);

}  // namespace dualvm::js
