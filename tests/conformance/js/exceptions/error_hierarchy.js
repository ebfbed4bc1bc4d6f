// Built-in Error types: names, messages, prototype chain, toString, and errors the engine raises.
const types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const T of types) {
  const e = new T("msg");
  console.log(e.name, e.message, String(e), e instanceof Error, e instanceof T, Object.getPrototypeOf(T) === (T === Error ? Function.prototype : Error));
}
console.log(String(new Error()), new Error().message === "", String(new Error(undefined)), new Error(42).message);
console.log(Error("called without new") instanceof Error, Object.keys(new Error("x")), "stack" in new Error("x"));
const agg = new AggregateError([new Error("a"), new TypeError("b")], "many");
console.log(agg.name, agg.message, agg.errors.map(String));
const custom = new Error("m");
custom.name = "Custom";
console.log(String(custom), Object.prototype.toString.call(custom));
const triggers = [
  () => null.prop, () => undefined(), () => notDefined, () => new Array(-1), () => (1).toFixed(200),
  () => JSON.parse("{"), () => decodeURIComponent("%"), () => Symbol() + 1, () => { const c = 1; c = 2; },
  () => ({}).x.y, () => new (class { #p; static check(o) { return o.#p; } }).check({}),
];
for (const f of triggers) {
  try { f(); } catch (e) { console.log(e.constructor.name, e instanceof Error); }
}
