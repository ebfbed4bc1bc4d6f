// Functions created inside eval close over the eval's scope; eval can read and assign locals.
function factory(n) {
  const base = n * 10;
  return eval("(x) => x + base");
}
console.log(factory(2)(5), factory(3)(1));
function mutate() {
  let value = 1;
  eval("value = value * 7");
  return value;
}
console.log(mutate());
const expressions = ["2 ** 10", "[1,2,3].map(x => x * x)", "'abc'.toUpperCase()", "typeof eval"];
for (const src of expressions) console.log(src, "=>", eval(src));
