// typeof for every type, including undeclared identifiers and class/function/arrow.
console.log(typeof undefined, typeof null, typeof true, typeof 1, typeof 1n, typeof "s");
console.log(typeof Symbol(), typeof {}, typeof [], typeof function () {}, typeof (() => 1));
console.log(typeof class {}, typeof Math, typeof JSON, typeof Date, typeof new Date(0));
console.log(typeof notDeclaredAnywhere, typeof NaN, typeof new Number(1), typeof Object(1n));
console.log(typeof typeof 1, typeof async function () {}, typeof function* () {});
let x = 5;
console.log(typeof x === "number" ? "number ok" : "no");
