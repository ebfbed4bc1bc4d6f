// Building strings by concatenation, join and repeat; results must be identical.
let s = "";
for (let i = 0; i < 1000; i++) s += String.fromCharCode(97 + (i % 26));
const parts = [];
for (let i = 0; i < 1000; i++) parts.push(String.fromCharCode(97 + (i % 26)));
const joined = parts.join("");
console.log(s.length, s === joined, s.slice(0, 30), s.slice(-5));
const alphabet = "abcdefghijklmnopqrstuvwxyz";
console.log(alphabet.repeat(39).slice(0, 1000) === s);
let table = "";
for (let r = 1; r <= 4; r++) {
  let row = "";
  for (let c = 1; c <= 4; c++) row += String(r * c).padStart(4);
  table += row + "\n";
}
process.stdout.write(table);
const counts = {};
for (const ch of "mississippi") counts[ch] = (counts[ch] || 0) + 1;
console.log(Object.entries(counts).map(([k, v]) => k + v).join(""));
const reversed = [..."stressed"].reverse().join("");
console.log(reversed, "racecar" === [..."racecar"].reverse().join(""));
