// Number(), toLocaleString-free formatting helpers, and valueOf on wrappers.
const format = (n) => {
  const [int, frac] = Math.abs(n).toFixed(2).split(".");
  return (n < 0 ? "-" : "") + int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + "." + frac;
};
console.log(format(1234567.891), format(-1000), format(0.5), format(999.999));
console.log(new Number(42).valueOf(), Number.prototype.valueOf.call(7), typeof Number("1"), typeof new Number(1));
try { Number.prototype.toFixed.call("1", 2); } catch (e) { console.log(e.name); }
const clamp = (x, lo, hi) => Math.min(Math.max(x, lo), hi);
console.log(clamp(15, 0, 10), clamp(-5, 0, 10), clamp(5, 0, 10));
const roundTo = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
console.log(roundTo(1.23456, 2), roundTo(-1.5, 0), roundTo(1234.5, -2));
console.log(Number("12_3"), 1_000_000, 0b1010, 0o777, 0xff, 1e3, .5, 5., 0.1e1);
