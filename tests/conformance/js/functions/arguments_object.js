// arguments: array-like, mapped to parameters in sloppy mode, unmapped in strict mode.
function sloppy(a, b) {
  arguments[0] = "changed";
  b = "param";
  return [a, arguments[1], arguments.length, Array.isArray(arguments), typeof arguments];
}
console.log(sloppy(1, 2, 3));
function strict(a) {
  "use strict";
  arguments[0] = "changed";
  return [a, arguments[0]];
}
console.log(strict(1));
function toArray() { return Array.prototype.slice.call(arguments); }
console.log(toArray(1, "two", [3]));
function fromArgs() { return Array.from(arguments).reverse(); }
console.log(fromArgs("a", "b", "c"));
function count() { return arguments.length; }
console.log(count(), count(undefined), count(...[1, 2, 3]));
function withDefault(a = 0) { a = 9; return arguments[0]; }
console.log(withDefault(1));
const arrow = () => typeof arguments;
function outer() { const inner = () => arguments[0]; return inner("ignored"); }
console.log(outer("outer arg"));
console.log(Object.prototype.toString.call((function () { return arguments; })()));
