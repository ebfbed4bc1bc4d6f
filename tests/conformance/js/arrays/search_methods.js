// indexOf/lastIndexOf use ===, includes uses SameValueZero; fromIndex handling.
const a = [1, 2, 3, 2, 1, NaN, -0];
console.log(a.indexOf(2), a.lastIndexOf(2), a.indexOf(9), a.indexOf(2, 2), a.indexOf(1, -3), a.lastIndexOf(1, -4));
console.log(a.indexOf(NaN), a.includes(NaN), a.includes(0), a.indexOf(0), a.includes(2, 4), a.includes(1, -3));
console.log(["a", "b"].indexOf("b", 100), [].lastIndexOf(undefined), [undefined].includes(), [, ].includes(undefined), [, ].indexOf(undefined));
const objs = [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 2 }];
console.log(objs.find((o) => o.id === 2), objs.findIndex((o) => o.id === 2), objs.findLast((o) => o.id === 2) === objs[3], objs.findLastIndex((o) => o.id === 2));
console.log(objs.find((o) => o.id > 9), objs.findIndex((o) => o.id > 9));
console.log(["x", "y", "z"].at(-1), ["x", "y"].at(5), [1, 2, 3].at(1.5));
