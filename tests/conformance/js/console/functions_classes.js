// Functions and classes print as [Function: name] / [class X]; anonymous ones and extends.
function named() {}
const arrow = () => {};
class Animal {}
class Dog extends Animal {}
console.log(named, arrow, Animal, Dog, function () {}, () => {}, class {});
console.log([named, Animal], { fn: arrow, cls: Dog, method() {} });
console.log(async function af() {}, function* gen() {}, async () => {});
console.log(Math.max, [].push, Object);
named.extra = 1;
console.log(named);
