// IIFEs, function declarations hoisted with their body, function expressions not.
console.log(typeof hoisted, hoisted());
function hoisted() { return "hoisted body"; }
console.log(typeof notYet);
var notYet = function () {};
console.log(typeof notYet);
const result = (function (x) { return x * 2; })(21);
console.log(result, (() => "arrow iife")(), !function () { return 0; }());
var counterModule = (function () {
  let count = 0;
  return { next: () => ++count, reset() { count = 0; } };
})();
counterModule.next(); counterModule.next();
console.log(counterModule.next(), typeof count);
function shadow() { return 1; }
function shadow() { return 2; }
console.log(shadow());
if (true) { function inBlock() { return "block fn"; } }
console.log(inBlock());
