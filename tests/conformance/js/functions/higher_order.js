// Functions as values: callbacks, returned functions, pipelines, once, debounce-free throttling by count.
const pipe = (...fns) => (x) => fns.reduce((v, f) => f(v), x);
const inc = (x) => x + 1;
const dbl = (x) => x * 2;
console.log(pipe(inc, dbl, inc)(3), pipe()(7));
function once(fn) { let done = false, result; return (...a) => (done ? result : (done = true, result = fn(...a))); }
const init = once((x) => { console.log("init ran"); return x * 10; });
console.log(init(1), init(2));
const partial = (fn, ...preset) => (...later) => fn(...preset, ...later);
const volume = (l, w, h) => l * w * h;
console.log(partial(volume, 2)(3, 4), partial(volume, 2, 3, 4)());
function groupBy(list, keyFn) {
  return list.reduce((acc, item) => { (acc[keyFn(item)] ||= []).push(item); return acc; }, {});
}
console.log(groupBy(["apple", "avocado", "banana", "cherry", "blueberry"], (s) => s[0]));
const zip = (...arrays) => arrays[0].map((_, i) => arrays.map((a) => a[i]));
console.log(zip([1, 2], ["a", "b"], [true, false]));
