// delete, void and the comma operator.
const o = { a: 1, b: 2 };
console.log(delete o.a, o, "a" in o, delete o.zzz);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, 1 in arr, arr);
Object.defineProperty(o, "fixed", { value: 1, configurable: false });
console.log(delete o.fixed, o.fixed);
var globalVar = 1;
console.log(delete globalThis.globalVar, typeof globalVar);
globalThis.implicitProp = 2;
console.log(delete globalThis.implicitProp, typeof implicitProp);
console.log(void 0, void "x", typeof void 0, delete 5);
let n = 0;
const r = (n++, n++, n * 10);
console.log(r, n);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
