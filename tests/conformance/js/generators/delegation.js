// yield* delegates to any iterable, forwards next values, and evaluates to the inner return value.
function* inner() { const x = yield "inner 1"; console.log("inner got", x); return "inner result"; }
function* outer() {
  yield "outer start";
  const r = yield* inner();
  console.log("delegation returned", r);
  yield* [10, 20];
  yield* "hi";
}
const it = outer();
console.log(it.next().value, it.next().value, it.next("sent").value);
console.log([...it]);
function* tree(node) {
  if (!node) return;
  yield* tree(node.left);
  yield node.value;
  yield* tree(node.right);
}
const t = { value: 4, left: { value: 2, left: { value: 1 }, right: { value: 3 } }, right: { value: 6, left: { value: 5 } } };
console.log([...tree(t)].join(" "));
