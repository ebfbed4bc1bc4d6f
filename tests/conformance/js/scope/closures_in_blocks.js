// Closures over block-scoped bindings and shadowing across nested functions.
let x = "global x";
function outer() {
  let x = "outer x";
  function middle() {
    const inner = () => x;
    {
      let x = "block x";
      return [inner(), (() => x)()];
    }
  }
  return middle();
}
console.log(outer());
const counters = {};
for (const name of ["a", "b"]) {
  let n = 0;
  counters[name] = () => ++n;
}
counters.a(); counters.a(); counters.b();
console.log(counters.a(), counters.b());
function makeAccumulators() {
  const list = [];
  for (let i = 1; i <= 3; i++) {
    let total = 0;
    list.push((v) => (total += v * i));
  }
  return list;
}
const accs = makeAccumulators();
accs[0](1); accs[1](1); accs[1](1); accs[2](2);
console.log(accs.map((f) => f(0)));
