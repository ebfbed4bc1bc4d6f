// runtime/python/dict_table.cpp — dict's hash table (pyperf): CPython 3.11's compact ordered dict
// (Objects/dictobject.c). PyDict::entries holds the items in insertion order (a deleted item's key
// is the empty magic, so iteration by position skips it); PyDict::index is the open-addressing
// table over positions in entries, probed as CPython probes (j = 5*j + 1 + perturb, perturb >>= 5),
// with deletion markers; it is rebuilt (and entries compacted) when two thirds of it is used.
// A key's __eq__ may run Python code that mutates the dict: the lookup then restarts, as CPython's.
#include "runtime/python/py_runtime.h"

namespace dualvm::py {

namespace {
constexpr int32_t kFree = -1, kDeleted = -2;
constexpr size_t kMinSize = 8;

size_t usable(size_t size) { return (size << 1) / 3; }

// Rebuilds the index with at least minSize slots (a power of two), dropping deleted entries.
void rebuild(PyDict* d, size_t minSize) {
  if (d->live != d->entries.size()) {
    size_t w = 0;
    for (size_t r = 0; r < d->entries.size(); r++)
      if (!d->entries[r].key.isMagic(Magic::Empty)) d->entries[w++] = d->entries[r];
    d->entries.resize(w);
  }
  size_t size = kMinSize;
  while (size < minSize) size <<= 1;
  d->index.assign(size, kFree);
  size_t mask = size - 1;
  for (size_t i = 0; i < d->entries.size(); i++) {
    uint64_t perturb = uint64_t(d->entries[i].hash);
    size_t j = size_t(perturb) & mask;
    while (d->index[j] != kFree) { perturb >>= 5; j = (j * 5 + perturb + 1) & mask; }
    d->index[j] = int32_t(i);
  }
  d->fill = uint32_t(d->entries.size());
  d->layout++;
}

// Equality of two keys with equal hashes, without calling into Python for the common key types.
// Returns 1/0, or -1 when only PyLanguage::eq can tell.
inline int quickEq(Value a, Value b) {
  if (a == b) return 1;
  if (a.isInt() && b.isInt()) return 0;
  if (isString(a) && isString(b)) return asString(a)->equals(asString(b)) ? 1 : 0;
  if (a.isDouble() && b.isDouble()) return a.asDouble() == b.asDouble() ? 1 : 0;
  return -1;
}
}  // namespace

// Position in d->entries of key (hash h), or -1. *slot receives the index slot holding it.
static int32_t lookup(PyLanguage& P, PyDict* d, Value key, int64_t h, size_t* slot) {
restart:
  if (d->index.empty()) return -1;
  size_t mask = d->index.size() - 1;
  uint64_t perturb = uint64_t(h);
  size_t j = size_t(perturb) & mask;
  for (;;) {
    int32_t ix = d->index[j];
    if (ix == kFree) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[size_t(ix)];
      if (e.hash == h) {
        int q = quickEq(e.key, key);
        if (q < 0) {
          // __eq__ runs Python code: keep the stored key alive and notice a mutated table
          Rooted start(P.vm, e.key);
          uint32_t layout = d->layout;
          bool r = P.eq(start, key);
          if (d->layout != layout || size_t(ix) >= d->entries.size() || d->entries[size_t(ix)].key != start.get() ||
              d->index.size() != mask + 1 || d->index[j] != ix)
            goto restart;
          q = r;
        }
        if (q) { *slot = j; return ix; }
      }
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & mask;
  }
}

Value PyLanguage::dictGet(PyDict* d, Value key) {
  int64_t h = hash(key);
  size_t slot;
  int32_t ix = lookup(*this, d, key, h, &slot);
  return ix < 0 ? Value::empty() : d->entries[size_t(ix)].value;
}

void PyLanguage::dictSet(PyDict* d, Value key, Value v) {
  int64_t h = hash(key);
  size_t slot;
  int32_t ix = lookup(*this, d, key, h, &slot);
  if (ix >= 0) {
    writeBarrier(d, v);
    d->entries[size_t(ix)].value = v;
    return;
  }
  // a new key: the first free or deleted slot on its probe sequence
  if (d->index.empty() || std::max<size_t>(d->fill, d->entries.size()) + 1 > usable(d->index.size()))
    rebuild(d, size_t(d->live) * 3);  // CPython's GROWTH_RATE
  size_t mask = d->index.size() - 1;
  uint64_t perturb = uint64_t(h);
  size_t j = size_t(perturb) & mask;
  while (d->index[j] >= 0) { perturb >>= 5; j = (j * 5 + perturb + 1) & mask; }
  if (d->index[j] == kFree) d->fill++;
  writeBarrier(d, key);
  writeBarrier(d, v);
  d->index[j] = int32_t(d->entries.size());
  d->entries.push_back({key, v, h});
  d->live++;
}

bool PyLanguage::dictDel(PyDict* d, Value key) {
  int64_t h = hash(key);
  size_t slot;
  int32_t ix = lookup(*this, d, key, h, &slot);
  if (ix < 0) return false;
  d->index[slot] = kDeleted;
  d->entries[size_t(ix)].key = Value::empty();
  d->entries[size_t(ix)].value = Value::undefined();
  d->live--;
  return true;
}

}  // namespace dualvm::py
