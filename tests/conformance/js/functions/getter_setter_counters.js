// Property increments through accessors call get then set once each; ++ on missing properties gives NaN.
const log = [];
const o = {
  _v: 1,
  get v() { log.push("get"); return this._v; },
  set v(x) { log.push("set " + x); this._v = x; },
};
o.v++;
++o.v;
o.v += 10;
o.v **= 2;
console.log(o._v, log.join(", "));
const plain = {};
plain.count++;
plain.other = (plain.other || 0) + 1;
console.log(plain.count, plain.other);
const arr = [1];
arr[0]++;
arr[3] = arr[0]-- + 1;
console.log(arr, arr.length);
