// keys/values/entries iterators, and iterating while mutating.
const a = ["x", "y", "z"];
console.log([...a.keys()], [...a.values()], [...a.entries()]);
for (const [i, v] of a.entries()) if (i === 1) console.log("at 1:", v);
const it = a[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(a[Symbol.iterator] === a.values, typeof it[Symbol.iterator]);
const live = [1, 2, 3];
const liveIt = live.values();
liveIt.next();
live.push(4);
console.log([...liveIt]);
console.log(Object.prototype.toString.call(a.keys()));
