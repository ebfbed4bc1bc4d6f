// Arrow functions: lexical this/arguments, no prototype, cannot be constructed, concise bodies.
const square = (x) => x * x;
const makeObj = (a) => ({ a });
const noArgs = () => "none";
console.log(square(7), makeObj(1), noArgs(), square.name, makeObj.length);
console.log("prototype" in square, "prototype" in function () {});
try { new square(1); } catch (e) { console.log(e.name, e.message); }
class Timer {
  constructor() { this.ticks = 0; }
  run() { [1, 2, 3].forEach(() => this.ticks++); return this.ticks; }
}
console.log(new Timer().run());
const compose = (...fns) => (x) => fns.reduceRight((acc, f) => f(acc), x);
console.log(compose((x) => x + 1, (x) => x * 2)(5));
const curried = (a) => (b) => (c) => a * b * c;
console.log(curried(2)(3)(4));
const multiline = (x) => {
  const y = x + 1;
  return y * 2;
};
console.log(multiline(3), [3, 1, 2].sort((a, b) => b - a));
