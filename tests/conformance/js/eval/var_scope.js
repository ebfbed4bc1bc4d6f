// Sloppy direct eval declares its top-level vars and functions in the calling function's var scope.
function f(a) {
  var existing = 1;
  eval("var existing = 2; var fresh = 3; function g() { return fresh + existing; }");
  { let blockLocal = 5; eval("var fromBlock = blockLocal * 2"); }
  const inner = () => fresh + fromBlock;
  fresh = 10;
  return [existing, fresh, g(), inner(), typeof fromBlock, a];
}
console.log(f(7), typeof fresh, typeof g, typeof fromBlock);
function s() { "use strict"; eval("var hidden = 1"); return typeof hidden; }
console.log(s(), typeof hidden);
eval("var topLevel = 4");
console.log(topLevel, globalThis.topLevel);
function twice() { eval("var c = (typeof c === 'undefined') ? 1 : c + 1"); eval("c++"); return c; }
console.log(twice(), twice());
function del() { eval("var d = 1"); return [delete d, typeof d]; }
console.log(del());
