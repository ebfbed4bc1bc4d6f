// Shape: transition tree and dictionary-mode property tables (see shape.h).
#include "runtime/shape.h"
#include "gc/heap.h"

namespace dualvm {

Shape* Shape::makeRoot(gc::Heap& heap) { return heap.make<Shape>(); }

void Shape::buildIndex() const {
  index_.clear();
  for (uint32_t i = 0; i < entries_.size(); i++) index_[entries_[i].key] = i;
}

uint32_t Shape::lookup(PropertyKey key) const {
  uint32_t n = uint32_t(entries_.size());
  if (n <= 8) {
    for (uint32_t i = 0; i < n; i++)
      if (entries_[i].key == key) return i;
    return kNotFound;
  }
  if (index_.size() != n) buildIndex();
  auto it = index_.find(key);
  return it == index_.end() ? kNotFound : it->second;
}

Shape* Shape::withProperty(gc::Heap& heap, PropertyKey key, uint8_t attrs) {
  for (Shape* child : transitions_) {
    const ShapeEntry& last = child->entries_.back();
    if (last.key == key && last.attrs == attrs) return child;
  }
  Shape* child = heap.make<Shape>();
  child->entries_.reserve(entries_.size() + 1);
  child->entries_ = entries_;
  child->entries_.push_back({key, attrs});
  child->parent_ = this;
  gc::writeBarrier(this, child);
  transitions_.push_back(child);
  return child;
}

Shape* Shape::toDictionary(gc::Heap& heap) const {
  Shape* d = heap.make<Shape>();
  d->entries_ = entries_;
  d->dictionary_ = true;
  return d;
}

void Shape::dictionaryAdd(PropertyKey key, uint8_t attrs) {
  entries_.push_back({key, attrs});
  version_++;
  if (!index_.empty()) index_[key] = uint32_t(entries_.size() - 1);
}

void Shape::dictionaryRemove(uint32_t slot) {
  entries_.erase(entries_.begin() + slot);
  version_++;
  index_.clear();
}

void Shape::trace(gc::Tracer& t) {
  for (const ShapeEntry& e : entries_) t.mark(e.key);
  for (Shape* c : transitions_) t.mark(c);
  t.mark(parent_);
}

size_t Shape::memoryBytes() const {
  return sizeof(Shape) + entries_.capacity() * sizeof(ShapeEntry) +
         transitions_.capacity() * sizeof(Shape*) + index_.size() * 32;
}

}  // namespace dualvm
