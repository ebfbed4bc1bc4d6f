// Default parameters: evaluated per call, left to right, only for undefined, can see earlier params.
let calls = 0;
function f(a, b = a * 2, c = (calls++, [])) { c.push(a); return [a, b, c]; }
console.log(JSON.stringify(f(1)), JSON.stringify(f(1, null)), JSON.stringify(f(2, undefined, [9])), calls);
function g(x = 1, y) { return [x, y]; }
console.log(g.length, g(undefined, 2), g(0, 2));
function h(a, b = 2, c) {}
console.log(h.length, ((...r) => r).length, ((a, ...r) => r).length);
function withDestructure({ name = "anon", age = 0 } = {}, [first = "none"] = []) { return `${name}/${age}/${first}`; }
console.log(withDestructure(), withDestructure({ name: "bo" }, ["z"]));
function tdz(a = b, b = 1) { return a; }
try { tdz(); } catch (e) { console.log(e.name); }
console.log(tdz(5));
const outer = "outer";
function scope(x = () => outer) { const outer = "inner"; return x(); }
console.log(scope());
