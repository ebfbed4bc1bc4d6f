// runtime/js/lookup_cache.h — the JS property lookup cache behind the interpreter's monomorphic
// inline caches (owner jsfix). A site that sees several receiver shapes (a method of a base class
// called on instances of its subclasses) or finds its property more than one prototype up misses
// its instruction's cache on every execution; JsLanguage::getProperty then looks here first: a
// direct-mapped table of (receiver shape, key) -> the data property's slot on the receiver or on
// its depth-th prototype, answered with a few pointer compares instead of a full lookup.
//
// Why an entry stays right (runtime/js/CORE.md, "Inline caches"): the receiver's shape is a tree
// shape (immutable, and it determines the prototype) for prototype entries; each prototype on the
// way is remembered with its shape and checked on every hit — intermediate ones must have tree
// shapes (so they cannot gain the key without changing shape), the holder may be a dictionary
// (a dictionary shape only appends, and attribute changes swap in a fresh copy). Own-slot entries
// follow the OwnSlot rule. Entries hold raw pointers, so the table is emptied at every collection
// (JsRealm::sweepWeak) before an address can be reused.
#pragma once
#include <cstdint>
#include <vector>
#include "runtime/object.h"

namespace dualvm::js {

struct PropertyLookupCache {
  static constexpr uint32_t kEntries = 2048;  // a power of two
  static constexpr uint32_t kMaxDepth = 4;    // prototypes searched

  struct Entry {
    Shape* shape = nullptr;  // the receiver's shape; nullptr = empty
    PropertyKey key = nullptr;
    uint32_t slot = 0;
    uint32_t depth = 0;  // 0: the receiver's own slot; d: a slot of chain[d - 1]
    Object* chain[kMaxDepth] = {};
    Shape* chainShapes[kMaxDepth] = {};
  };

  std::vector<Entry> entries = std::vector<Entry>(kEntries);

  Entry& at(Shape* s, PropertyKey k) {
    uintptr_t h = (uintptr_t(s) >> 3) * 0x9E3779B1u ^ (uintptr_t(k) >> 3);
    return entries[uint32_t(h ^ (h >> 13)) & (kEntries - 1)];
  }
  void clear() {
    for (Entry& e : entries) e.shape = nullptr;
  }
};

}  // namespace dualvm::js
