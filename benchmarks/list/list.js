// list: linked lists and the Takeuchi-style "tail" recursion over them (shorter-than tests walk
// the lists); size = how many times one iteration repeats tail(list 15, list 10, list 6).
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

class Element {
  constructor(value, next) {
    this.value = value;
    this.next = next;
  }

  length() {
    let count = 0;
    for (let element = this; element !== null; element = element.next) count++;
    return count;
  }
}

function makeList(length) {
  let result = null;
  for (let value = 1; value <= length; value++) result = new Element(value, result);
  return result;
}

function isShorterThan(x, y) {
  while (y !== null) {
    if (x === null) return true;
    x = x.next;
    y = y.next;
  }
  return false;
}

function tail(x, y, z) {
  if (isShorterThan(y, x)) return tail(tail(x.next, y, z), tail(y.next, z, x), tail(z.next, x, y));
  return z;
}

function run(repeats) {
  let total = 0;
  for (let i = 0; i < repeats; i++) total += tail(makeList(15), makeList(10), makeList(6)).length();
  return total;
}

function verify(result, repeats) {
  if (result !== 10 * repeats) throw new Error("list: total length " + result + ", expected " + 10 * repeats);
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 100;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const result = run(size);
    const elapsed = performance.now() - start;
    verify(result, size);
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
