// Reflect mirrors the internal methods; returns booleans where operators would throw.
const o = { a: 1 };
console.log(Reflect.has(o, "a"), Reflect.get(o, "a"), Reflect.set(o, "b", 2), o.b);
console.log(Reflect.ownKeys({ x: 1, [Symbol("y")]: 2 }).length, Reflect.getPrototypeOf([]) === Array.prototype);
Object.freeze(o);
console.log(Reflect.set(o, "a", 5), Reflect.defineProperty(o, "c", { value: 1 }), Reflect.deleteProperty(o, "a"));
console.log(Reflect.apply(Math.max, null, [1, 9, 4]), Reflect.construct(Date, [0]).getTime());
class A { constructor() { this.t = new.target.name; } }
class B {}
console.log(Reflect.construct(A, [], B).t, Reflect.construct(A, [], B) instanceof B);
const receiver = { factor: 10 };
const withGetter = { get scaled() { return this.factor * 2; } };
console.log(Reflect.get(withGetter, "scaled", receiver));
console.log(Reflect.isExtensible({}), Reflect.isExtensible(o));
