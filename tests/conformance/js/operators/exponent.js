// ** is right-associative and binds tighter than unary minus only with parentheses.
console.log(2 ** 10, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 3, (-8) ** (1 / 3));
console.log(NaN ** 0, 1 ** NaN, 1 ** Infinity, 0 ** -1, (-0) ** -1, 4 ** 0.5);
let x = 3;
x **= 2;
console.log(x, 2n ** 10n);
try {
  eval("-2 ** 2");
} catch (e) {
  console.log(e.name);
}
