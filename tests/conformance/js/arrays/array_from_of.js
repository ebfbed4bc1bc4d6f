// Array.from over iterables and array-likes, with a map function; Array.of; Array.isArray.
console.log(Array.from("héllo"), Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])));
console.log(Array.from({ length: 3 }), Array.from({ length: 3, 1: "x" }), Array.from({ length: 4 }, (_, i) => i * i));
console.log(Array.from([1, 2, 3], function (x) { return x * this.k; }, { k: 10 }));
function* g() { yield "a"; yield "b"; }
console.log(Array.from(g(), (v, i) => v + i), Array.from(5), Array.from(""), Array.from({ length: "2" }));
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), new Array(3).length, new Array(3, 4), Array(2).length);
console.log(Array.isArray([]), Array.isArray(new Array()), Array.isArray({ length: 0 }), Array.isArray("a"), Array.isArray(Array.prototype));
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { Array.from(null); } catch (e) { console.log(e.name); }
