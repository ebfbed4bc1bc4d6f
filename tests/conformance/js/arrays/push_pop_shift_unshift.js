// Mutating ends of an array: return values and resulting contents.
const a = [1, 2];
console.log(a.push(3, 4), JSON.stringify(a));
console.log(a.pop(), JSON.stringify(a));
console.log(a.shift(), JSON.stringify(a));
console.log(a.unshift(-1, 0), JSON.stringify(a));
console.log([].pop(), [].shift(), [].push(), [].unshift());
const q = [];
for (let i = 0; i < 5; i++) q.push(i * i);
const drained = [];
while (q.length) drained.push(q.shift());
console.log(drained, q.length);
const obj = { length: 2, 0: "a", 1: "b" };
Array.prototype.push.call(obj, "c");
console.log(JSON.stringify(obj));
console.log(Array.prototype.pop.call(obj), JSON.stringify(obj));
const stack = [];
stack.push("a"); stack.push("b"); stack.pop(); stack.push("c");
console.log(stack.join(""), stack.length);
