// Unit tests for shapes: shared transitions, slot order, dictionary mode, many properties.
#include <catch.hpp>
#include <string>
#include "runtime/object.h"
#include "runtime/vm.h"

using namespace dualvm;

TEST_CASE("objects built the same way share a shape; slots follow insertion order") {
  VM vm;
  vm.heap.setStress(false);
  Rooted a(vm, Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)));
  Rooted b(vm, Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)));
  PropertyKey x = vm.intern("x"), y = vm.intern("y");
  asObject(a)->addProperty(vm, x, Value::integer(1));
  asObject(a)->addProperty(vm, y, Value::integer(2));
  asObject(b)->addProperty(vm, x, Value::integer(10));
  asObject(b)->addProperty(vm, y, Value::integer(20));
  REQUIRE(asObject(a)->shape() == asObject(b)->shape());
  REQUIRE(asObject(a)->findOwn(y) == 1);
  REQUIRE(asObject(b)->slot(asObject(b)->findOwn(x)).asInt() == 10);
  REQUIRE(asObject(a)->findOwn(vm.intern("z")) == Shape::kNotFound);
  // A different order is a different shape.
  Rooted c(vm, Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)));
  asObject(c)->addProperty(vm, y, Value::integer(2));
  asObject(c)->addProperty(vm, x, Value::integer(1));
  REQUIRE(asObject(c)->shape() != asObject(a)->shape());
  // Different attributes are a different transition.
  Rooted d(vm, Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)));
  asObject(d)->addProperty(vm, x, Value::integer(1), kEnumerable);
  REQUIRE(asObject(d)->shape() != asObject(b)->shape());
  REQUIRE(asObject(d)->attrsAt(0) == kEnumerable);
}

TEST_CASE("deleting a property moves the object to its own dictionary shape") {
  VM vm;
  vm.heap.setStress(false);
  Rooted a(vm, Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)));
  Rooted b(vm, Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)));
  PropertyKey x = vm.intern("x"), y = vm.intern("y"), z = vm.intern("z");
  for (Object* o : {asObject(a), asObject(b)}) {
    o->addProperty(vm, x, Value::integer(1));
    o->addProperty(vm, y, Value::integer(2));
    o->addProperty(vm, z, Value::integer(3));
  }
  Shape* shared = asObject(b)->shape();
  REQUIRE(asObject(a)->removeProperty(vm, y));
  REQUIRE(asObject(a)->shape()->isDictionary());
  REQUIRE(asObject(a)->shape() != shared);
  REQUIRE(asObject(b)->shape() == shared);  // the other object is untouched
  REQUIRE(asObject(a)->findOwn(y) == Shape::kNotFound);
  REQUIRE(asObject(a)->slot(asObject(a)->findOwn(z)).asInt() == 3);  // later slots shifted
  REQUIRE(asObject(a)->propertyCount() == 2);
  REQUIRE_FALSE(asObject(a)->removeProperty(vm, y));
}

TEST_CASE("objects past the tree limit go to dictionary mode and stay correct") {
  VM vm;
  vm.heap.setStress(false);
  Rooted o(vm, Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)));
  const int n = int(Shape::kMaxTreeProperties) + 50;
  for (int i = 0; i < n; i++)
    asObject(o)->addProperty(vm, vm.intern("p" + std::to_string(i)), Value::integer(i));
  REQUIRE(asObject(o)->shape()->isDictionary());
  for (int i = 0; i < n; i++) {
    uint32_t slot = asObject(o)->findOwn(vm.intern("p" + std::to_string(i)));
    REQUIRE(slot == uint32_t(i));
    REQUIRE(asObject(o)->slot(slot).asInt() == i);
  }
}

TEST_CASE("shapes and objects survive collection while reachable") {
  VM vm;
  Rooted o(vm, Value::cell(vm.heap.make<Object>(vm.emptyShape(), nullptr)));
  vm.heap.truncateAllocations(0);
  vm.heap.setStress(true);
  for (int i = 0; i < 20; i++) {
    String* key = vm.intern("k" + std::to_string(i));
    Rooted keep(vm, Value::cell(key));
    asObject(o)->addProperty(vm, key, Value::cell(vm.newString("v" + std::to_string(i))));
    vm.heap.truncateAllocations(0);
  }
  vm.heap.setStress(false);
  vm.heap.collect();
  for (int i = 0; i < 20; i++) {
    uint32_t slot = asObject(o)->findOwn(vm.intern("k" + std::to_string(i)));
    REQUIRE(slot == uint32_t(i));
    REQUIRE(asString(asObject(o)->slot(slot))->toUtf8() == "v" + std::to_string(i));
  }
}
