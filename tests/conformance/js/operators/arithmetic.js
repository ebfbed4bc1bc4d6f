// Arithmetic operators, including the edges of % and division.
console.log(7 / 2, -7 / 2, 7 % 3, -7 % 3, 7 % -3, 5.5 % 2, -0 % 5, 5 % 0, Infinity % 2, 2 % Infinity);
console.log(1 / 0, -1 / 0, 0 / 0, 0 * -1, -0 + 0, -0 - 0);
console.log(0.1 * 3, 1e308 * 10, -1e308 * 10, 2 ** 1024, 5e-324 / 2);
console.log("6" - 2, "6" * "2", "6" / "2", "6" % "4", "6" + 2);
let i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
let s = "5";
s++;
console.log(s, typeof s);
let u;
u++;
console.log(u);
console.log(-"3", +"", -[], +[1], +true, -null);
console.log(Math.round(-0.5), 0.5 + 0.25, 9007199254740992 + 1, 9007199254740992 + 2);
