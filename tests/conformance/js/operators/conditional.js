// The conditional operator is right-associative and evaluates one branch only.
const grade = (s) => (s >= 90 ? "A" : s >= 80 ? "B" : s >= 70 ? "C" : "F");
console.log([95, 85, 75, 10].map(grade).join(""));
let evaluated = [];
const pick = (c) => (c ? evaluated.push("then") : evaluated.push("else"));
pick(1);
pick(0);
pick("");
console.log(evaluated);
console.log(null ? 1 : undefined ? 2 : 0 ? 3 : "" ? 4 : NaN ? 5 : 6);
const x = true ? false ? "a" : "b" : "c";
console.log(x);
