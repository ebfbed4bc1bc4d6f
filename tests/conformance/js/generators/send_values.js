// next(value) resumes the paused yield with that value; the first next's argument is ignored.
function* conversation() {
  const name = yield "What is your name?";
  const hobby = yield `Hello ${name}! Your hobby?`;
  return `${name} likes ${hobby}`;
}
const c = conversation();
console.log(c.next("ignored").value);
console.log(c.next("Ada").value);
console.log(c.next("math"));
function* accumulator() { let total = 0; while (true) { const x = yield total; if (x === undefined) return total; total += x; } }
const acc = accumulator();
acc.next();
acc.next(5); acc.next(10);
console.log(acc.next(2).value, acc.next());
