// Direct and mutual recursion, and hoisted function declarations used before definition.
console.log(isEven(10), isOdd(7), isEven(3));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
console.log(ackermann(2, 3), ackermann(3, 3));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, "A", "C", "B", []).join(" "));
const permutations = (xs) => xs.length <= 1 ? [xs] :
  xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
console.log(permutations([1, 2, 3]).map((p) => p.join("")).join(" "));
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(20), fact(25));
