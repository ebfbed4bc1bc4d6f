// super works in concise methods of object literals through [[HomeObject]] and __proto__.
const base = { greet() { return "base greet"; }, get kind() { return "base kind"; } };
const derived = {
  __proto__: base,
  greet() { return "derived + " + super.greet(); },
  get kind() { return "derived/" + super.kind; },
};
console.log(derived.greet(), derived.kind);
const borrowed = { __proto__: { greet() { return "other proto"; } }, greet: derived.greet };
console.log(borrowed.greet());
const chain = { __proto__: derived, greet() { return "chain > " + super.greet(); } };
console.log(chain.greet());
Object.setPrototypeOf(derived, { greet() { return "swapped proto"; }, kind: "plain" });
console.log(derived.greet(), chain.greet(), derived.kind);
