// Roman numeral conversion both ways, validated by round-tripping 1..3999.
const table = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
function toRoman(n) { let s = ""; for (const [v, r] of table) while (n >= v) { s += r; n -= v; } return s; }
function fromRoman(s) {
  const val = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) total += val[s[i]] < (val[s[i + 1]] ?? 0) ? -val[s[i]] : val[s[i]];
  return total;
}
console.log([1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999].map(toRoman).join(" "));
let ok = true, longest = "";
for (let n = 1; n < 4000; n++) { const r = toRoman(n); if (fromRoman(r) !== n) ok = false; if (r.length > longest.length) longest = r; }
console.log(ok, longest, fromRoman(longest));
