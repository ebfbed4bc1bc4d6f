// Primitive wrappers: property access, equality, valueOf.
const n = new Number(5);
const s = new String("ab");
const b = new Boolean(false);
console.log(typeof n, typeof s, typeof b);
console.log(n + 1, s + "c", b ? "object is truthy" : "falsy");
console.log(n == 5, n === 5, s == "ab", s === "ab");
console.log(s.length, s[1], Object.keys(s));
console.log("abc".length, (5).toFixed(2), true.toString());
const prim = "hello";
prim.extra = 1;
console.log(prim.extra);
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
console.log("hi".shout());
delete String.prototype.shout;
console.log(Object(1) instanceof Number, 1 instanceof Number);
