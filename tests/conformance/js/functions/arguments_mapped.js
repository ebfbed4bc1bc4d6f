// Mapped (sloppy) arguments: elements alias parameters until deleted or redefined.
function f(a, b) {
  arguments[0] = 10; b = 20;
  const d1 = Object.getOwnPropertyDescriptor(arguments, "1");
  delete arguments[0]; a = 99;
  const after = arguments[0];
  arguments[0] = 5;
  return [a, b, arguments[1], after, arguments[0], d1.value, Object.keys(arguments), JSON.stringify(arguments)];
}
console.log(f(1, 2, 3));
function g(a) { Object.defineProperty(arguments, "0", { value: 7, writable: false }); a = 8; return [a, arguments[0]]; }
console.log(g(1));
function h(a, a2) { a = "x"; return arguments; }
console.log(h(1));
function dup(x, x) { x = 'last'; return [arguments[0], arguments[1]]; }
console.log(dup(1, 2));
function cl(a) { const get = () => a; arguments[0] = 'viaArgs'; return get(); }
console.log(cl(1));
function sum() { let s = 0; for (let i = 0; i < arguments.length; i++) s += arguments[i]; return s; }
console.log(sum(1,2,3,4));
function fewer(a, b) { b = 5; return [arguments.length, arguments[1]]; }
console.log(fewer(1));
console.log((function(){return arguments})()); console.log([(function(){return arguments})(1,[2])])
