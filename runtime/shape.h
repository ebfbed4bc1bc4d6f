// Shape: the hidden class of an object — which property keys it has, in which slots, with which
// attributes. Shapes form a transition tree (adding key K with attributes A to shape S always gives
// the same child shape), so objects built the same way share a shape and an inline cache keyed by
// shape pointer knows the slot. An object leaves the tree for dictionary mode when it deletes a
// property, changes an attribute, or grows past kMaxTreeProperties: its shape is then its own,
// mutated in place, and never cached.
//
// Property keys are interned Strings or Symbols (gc::Cell*), compared by pointer.
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>
#include "gc/cell.h"
#include "runtime/cell_kind.h"

namespace gc { class Heap; }

namespace dualvm {

using PropertyKey = gc::Cell*;  // interned String* or Symbol*

enum PropertyAttr : uint8_t {
  kWritable = 1,
  kEnumerable = 2,
  kConfigurable = 4,
  kAccessor = 8,  // the slot holds an Accessor cell (getter/setter)
  kDefaultAttrs = kWritable | kEnumerable | kConfigurable,
};

struct ShapeEntry {
  PropertyKey key;
  uint8_t attrs;
};

class Shape final : public gc::Cell {
 public:
  static constexpr uint32_t kMaxTreeProperties = 64;
  static constexpr uint32_t kNotFound = UINT32_MAX;

  static Shape* makeRoot(gc::Heap&);  // the empty shape; one per VM is enough

  uint32_t count() const { return uint32_t(entries_.size()); }
  const ShapeEntry& entry(uint32_t slot) const { return entries_[slot]; }
  const std::vector<ShapeEntry>& entries() const { return entries_; }
  // Slot of key, or kNotFound.
  uint32_t lookup(PropertyKey key) const;
  bool isDictionary() const { return dictionary_; }
  // Bumped by every dictionaryAdd/dictionaryRemove (a tree shape stays 0): a cache that proves a
  // name's presence or absence by a dictionary shape checks (shape, version) (pyperf).
  uint32_t version() const { return version_; }
  // The shape this one was derived from by a transition (nullptr for roots and dictionaries).
  // Added by jslib: the JS library maps a shape's root to the prototype it was made for.
  Shape* parent() const { return parent_; }

  // Transition: the shape with `key` appended (no collection happens if it already exists).
  // Must not be called on a dictionary shape (use dictionaryAdd).
  Shape* withProperty(gc::Heap&, PropertyKey key, uint8_t attrs);
  // A fresh dictionary shape with the same entries, owned by a single object.
  Shape* toDictionary(gc::Heap&) const;
  // Dictionary-only mutation.
  void dictionaryAdd(PropertyKey key, uint8_t attrs);
  void dictionaryRemove(uint32_t slot);  // later slots shift down by one
  void dictionarySetAttrs(uint32_t slot, uint8_t attrs) { entries_[slot].attrs = attrs; }

  void trace(gc::Tracer&) override;
  size_t memoryBytes() const override;

 private:
  friend class gc::Heap;
  Shape() : gc::Cell(uint8_t(CellKind::Shape)) {}
  void buildIndex() const;

  std::vector<ShapeEntry> entries_;  // slot i holds entries_[i]
  // Children in the transition tree. Strong references: shapes are few and small.
  std::vector<Shape*> transitions_;
  Shape* parent_ = nullptr;
  bool dictionary_ = false;
  uint32_t version_ = 0;
  mutable std::unordered_map<PropertyKey, uint32_t> index_;  // built when count() > 8
};

}  // namespace dualvm
