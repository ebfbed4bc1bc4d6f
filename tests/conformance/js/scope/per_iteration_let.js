// let in a for head gets a fresh binding per iteration (copied before the update).
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
console.log(fns.map((f) => f()).join(","));
const fns2 = [];
for (let i = 0; i < 3; i++) { fns2.push(() => i); i++; }
console.log(fns2.map((f) => f()).join(","));
// A closure created in the initializer sees the first binding, which later iterations copy away from.
const seenByInit = [];
for (let i = 0, getInit = () => i; i < 3; i++) seenByInit.push(getInit());
console.log(seenByInit.join(","));
const fns4 = [];
for (const k in { a: 1, b: 2 }) fns4.push(() => k);
console.log(fns4.map((f) => f()).join(","));
const fns5 = [];
let j = 0;
while (j < 3) { let captured = j; fns5.push(() => captured); j++; }
console.log(fns5.map((f) => f()).join(","));
