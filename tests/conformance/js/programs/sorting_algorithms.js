// Hand-written quicksort, mergesort, heapsort and insertion sort agree with Array.prototype.sort.
let seed = 42;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const data = Array.from({ length: 2000 }, () => Math.floor(rand() * 10000));
function quicksort(a) {
  if (a.length <= 1) return a;
  const [pivot, ...rest] = a;
  return [...quicksort(rest.filter((x) => x < pivot)), pivot, ...quicksort(rest.filter((x) => x >= pivot))];
}
function mergesort(a) {
  if (a.length <= 1) return a;
  const mid = a.length >> 1, l = mergesort(a.slice(0, mid)), r = mergesort(a.slice(mid));
  const out = [];
  let i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  return out.concat(l.slice(i), r.slice(j));
}
function heapsort(input) {
  const a = input.slice();
  const sift = (start, end) => {
    let root = start;
    while (2 * root + 1 <= end) {
      let child = 2 * root + 1;
      if (child + 1 <= end && a[child] < a[child + 1]) child++;
      if (a[root] < a[child]) { [a[root], a[child]] = [a[child], a[root]]; root = child; } else return;
    }
  };
  for (let s = (a.length - 2) >> 1; s >= 0; s--) sift(s, a.length - 1);
  for (let end = a.length - 1; end > 0; end--) { [a[0], a[end]] = [a[end], a[0]]; sift(0, end - 1); }
  return a;
}
function insertion(input) {
  const a = input.slice();
  for (let i = 1; i < a.length; i++) { const v = a[i]; let j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
  return a;
}
const expected = data.slice().sort((x, y) => x - y).join();
for (const [name, fn] of [["quick", quicksort], ["merge", mergesort], ["heap", heapsort], ["insertion", insertion]]) {
  console.log(name, fn(data).join() === expected);
}
console.log(expected.split(",").slice(0, 8).join(" "), data.slice(0, 5).join(" "));
