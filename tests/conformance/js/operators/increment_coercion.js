// ++/-- apply ToNumeric: postfix yields the converted old value, prefix the new one.
const cases = ["5", "", " 7 ", "x", null, undefined, true, false, [], [3], {}, 1.5, -0, 10n, "0x10"];
for (const start of cases) {
  let a = start, b = start;
  const post = a++;
  const pre = --b;
  const show = (v) => (typeof v === "bigint" ? `${v}n` : Object.is(v, -0) ? "-0" : typeof v === "string" || (typeof v === "object" && v !== null) ? JSON.stringify(v) : String(v));
  console.log(show(start).padEnd(10), "post:", show(post), "after:", show(a), "| pre--:", show(pre));
}
const obj = { valueOf() { return 41; } };
let o = obj;
o++;
console.log(o, typeof o);
const frozen = Object.freeze({ n: 1 });
frozen.n++;
console.log(frozen.n);
try { const c = 1; c++; } catch (e) { console.log(e.name); }
