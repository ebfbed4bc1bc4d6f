// if/else chains, dangling else, and statements as branch bodies.
function fizz(n) {
  if (n % 15 === 0) return "FizzBuzz";
  else if (n % 3 === 0) return "Fizz";
  else if (n % 5 === 0) return "Buzz";
  else return String(n);
}
console.log(Array.from({ length: 20 }, (_, i) => fizz(i + 1)).join(" "));
function dangling(a, b) {
  if (a) if (b) return "a and b"; else return "a not b";
  return "not a";
}
console.log(dangling(1, 1), dangling(1, 0), dangling(0, 1));
let v = 0;
if (v) ; else v = 9;
console.log(v);
