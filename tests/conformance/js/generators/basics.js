// Generator functions: lazy execution, next() results, return values, done state.
function* gen() {
  console.log("started");
  yield 1;
  yield 2;
  return "done";
}
const g = gen();
console.log("created");
console.log(g.next(), g.next(), g.next(), g.next());
console.log([...gen()]);
function* fib() { let [a, b] = [0, 1]; while (true) { yield a; [a, b] = [b, a + b]; } }
const first = [];
for (const f of fib()) { if (f > 100) break; first.push(f); }
console.log(first.join(" "));
const it = fib();
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it), typeof it.next);
const GenProto = Object.getPrototypeOf(gen);
console.log(GenProto.constructor.name, gen.constructor.name);
