// + concatenates when either primitive side is a string, otherwise adds; left to right.
console.log(1 + 2 + "3", "1" + 2 + 3, 1 + (2 + "3"), "" + null + undefined);
console.log([1] + 1, ({}) + 1, (() => 1) + "", new Date(0).getTime() + 1);
let s = "";
for (let i = 0; i < 5; i++) s += i;
console.log(s, s.length);
let t = 1;
t += "1";
console.log(t, typeof t);
console.log("a" + Symbol.iterator.description, `${1 + 1}${"x".repeat(2)}`);
