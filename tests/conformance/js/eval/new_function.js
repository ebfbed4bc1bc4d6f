// new Function builds a function in the global scope from strings of parameters and body.
const add = new Function("a", "b", "return a + b");
console.log(add(2, 3), add.length, typeof add, add.name);
const multi = Function("a, b", "c", "return [a, b, c].join('-')");
console.log(multi(1, 2, 3));
const noArgs = new Function("return typeof this");
console.log(noArgs(), new Function()() === undefined);
globalThis.visible = "global property";
function maker() {
  const visible = "local const";
  return new Function("return visible");
}
console.log(maker()());
try { new Function("return )"); } catch (e) { console.log(e.name); }
const strict = new Function("'use strict'; return this");
console.log(strict());
const withDefaults = new Function("x = 5", "...rest", "return x + rest.length");
console.log(withDefaults(), withDefaults(1, 2, 3));
