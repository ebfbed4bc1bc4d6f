// name and length of functions in their many forms; toString returns source text.
function declared(a, b) {}
const expr = function (x) {};
const named = function inner() {};
const arrow = (a, b, c) => {};
const obj = { method() {}, get prop() { return 1; }, ["comp" + "uted"]() {}, [Symbol("sym")]() {} };
class K { static s() {} m() {} }
console.log(declared.name, declared.length, expr.name, named.name, arrow.name, arrow.length);
console.log(obj.method.name, Object.getOwnPropertyDescriptor(obj, "prop").get.name, obj.computed.name);
console.log(obj[Object.getOwnPropertySymbols(obj)[0]].name, K.name, K.s.name, new K().m.name);
console.log((function () {}).name === "", (() => {}).name, new Function("a", "b", "return a").length);
console.log(declared.bind(null).name, (async function af() {}).name, (function* g() {}).name);
console.log(declared.toString());
console.log(arrow.toString());
console.log(obj.method.toString());
function counter() { counter.calls = (counter.calls || 0) + 1; return counter.calls; }
counter(); counter();
console.log(counter.calls, typeof declared.prototype, declared.prototype.constructor === declared);
