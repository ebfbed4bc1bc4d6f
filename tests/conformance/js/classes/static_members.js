// static methods, static fields, static blocks, and their inheritance.
class Counter {
  static count = 0;
  static #secret = "hidden";
  static increment() { return ++this.count; }
  static reveal() { return Counter.#secret; }
  static { Counter.initialized = true; }
}
Counter.increment(); Counter.increment();
console.log(Counter.count, Counter.reveal(), Counter.initialized, "count" in new Counter());
class Sub extends Counter {}
console.log(Sub.increment(), Sub.count, Counter.count, Object.hasOwn(Sub, "count"));
class Factory {
  static create(kind) { return new this(kind); }
  constructor(kind) { this.kind = kind; }
}
class Special extends Factory {}
const s = Special.create("x");
console.log(s instanceof Special, s.kind);
console.log(Object.getOwnPropertyNames(Counter).sort().join(" "));
