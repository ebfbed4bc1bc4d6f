// Well-known symbols: iterator, toPrimitive, toStringTag, hasInstance, species, isConcatSpreadable.
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description);
class Temp {
  constructor(c) { this.c = c; }
  [Symbol.toPrimitive](hint) { return hint === "string" ? `${this.c}°C` : this.c; }
  get [Symbol.toStringTag]() { return "Temperature"; }
}
const t = new Temp(21);
console.log(`${t}`, t + 1, t * 2, Object.prototype.toString.call(t));
class Countdown {
  constructor(n) { this.n = n; }
  *[Symbol.iterator]() { for (let i = this.n; i > 0; i--) yield i; }
}
console.log([...new Countdown(3)], Array.from(new Countdown(2)));
class MyArr extends Array { static get [Symbol.species]() { return Array; } }
const mine = MyArr.from([1, 2, 3]);
console.log(mine instanceof MyArr, mine.map((x) => x) instanceof MyArr);
console.log(Object.prototype.toString.call(null), Object.prototype.toString.call([]), Object.prototype.toString.call(new Map()));
console.log(Object.prototype.toString.call(function* () {}), Object.prototype.toString.call(Promise.resolve()), Object.prototype.toString.call(Math));
