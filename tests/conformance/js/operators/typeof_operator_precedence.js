// Precedence and associativity of common operator combinations.
console.log(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -(2 ** 2), 10 - 4 - 3, 100 / 10 / 5);
console.log(typeof 1 + 2, typeof (1 + 2), !1 + 1, !(1 + 1), 1 < 2 === true, 1 == 1 && 2 == 2);
console.log(1 | 2 & 3, (1 | 2) & 3, 1 ^ 3 | 4, 2 + 3 << 1, 1 << 2 + 1);
console.log(true || false && false, (true || false) && false, null ?? (0 || "x"));
let x = 1;
const y = x++ + ++x;
console.log(x, y, x-- - --x, x);
console.log("3" - -"3", +"2" + +"2", 5 - -"-5");
